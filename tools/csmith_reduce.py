#!/usr/bin/env python3
"""Reduce a C program on which groundup cc and gcc disagree, by deleting lines.

    python tools/csmith_reduce.py PROG.c [-O O2] [--error TEXT] [-o OUT.c] [--groundup DIR]

A candidate is *interesting* when gcc accepts it (-O0 and -O2 builds, with the
flags of tests/csmith.py and csmith's runtime headers), both gcc builds
run to exit 0 on qemu-riscv64 and print the same bytes (a cheap guard against
undefined behaviour the deletions bring in), and then

* without --error: groundup cc -O (default -O2) builds it and its build prints
  something else or exits otherwise than gcc -O0's (a miscompilation);
* with --error TEXT: groundup cc -O fails and says TEXT.

Deletion is ddmin-like: chunks of lines, from half the file down to single lines,
repeated until nothing more can go.  The result keeps ``#include "csmith.h"``: for a
regression test, inline the few safe_* helpers it uses by hand.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]
if "--groundup" in sys.argv:
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--groundup") + 1]).resolve()))

import csmith  # noqa: E402

GCC = "riscv64-linux-gnu-gcc"


def _run(cmd: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[bytes] | None:
    try:
        return subprocess.run(cmd, capture_output=True, cwd=cwd, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None


class Tester:
    def __init__(self, opt: str, error: str | None, include: Path, work: Path) -> None:
        self.opt, self.error, self.include, self.work = opt, error, include, work
        self.tries = 0

    def gcc_output(self, opt: str) -> bytes | None:
        out = self.work / f"g{opt}"
        cmd = [GCC, f"-{opt}", *csmith.CC_FLAGS, f"-I{self.include}", "t.c", "-o", out.name]
        cmd += csmith.LIBS
        p = _run(cmd, self.work, 60)
        if p is None or p.returncode != 0:
            return None
        r = _run(["qemu-riscv64", out.name], self.work, 5)
        if r is None or r.returncode != 0:
            return None
        return r.stdout

    def interesting(self, text: str) -> bool:
        self.tries += 1
        (self.work / "t.c").write_text(text)
        want = self.gcc_output("O0")
        if want is None or self.gcc_output("O2") != want:
            return False
        args = csmith.groundup_build_args("t.c", "gu", self.opt, self.include)
        (self.work / "gu").unlink(missing_ok=True)
        status, err = csmith.groundup_cc(args, self.work, timeout=120)
        if self.error is not None:
            return status != 0 and self.error in err
        if status != 0:
            return False
        r = _run(["qemu-riscv64", "gu"], self.work, 20)
        return r is None or r.returncode != 0 or r.stdout != want


def reduce(lines: list[str], test: Tester) -> list[str]:
    chunk = max(1, len(lines) // 2)
    while True:
        changed = False
        i = 0
        while i < len(lines):
            cand = lines[:i] + lines[i + chunk :]
            if cand and test.interesting("".join(cand)):
                lines = cand
                changed = True
                print(f"  {len(lines)} lines (chunk {chunk}, try {test.tries})", flush=True)
            else:
                i += chunk
        if chunk == 1 and not changed:
            return lines
        if not changed:
            chunk = max(1, chunk // 2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("-O", dest="opt", default="O2", help="groundup's level: O0 or O2")
    ap.add_argument("--error", help="interesting: groundup cc fails saying this")
    ap.add_argument("-o", "--output", type=Path, help="default: SOURCE.reduced.c")
    ap.add_argument("--groundup", metavar="DIR", help="import groundup from DIR")
    args = ap.parse_args()
    opt = args.opt if args.opt.startswith("O") else "O" + args.opt
    include = csmith.CSMITH_HEADERS
    out = args.output or args.source.with_suffix(".reduced.c")
    with tempfile.TemporaryDirectory(prefix="csmith-reduce-") as tmp:
        test = Tester(opt, args.error, include, Path(tmp))
        lines = args.source.read_text().splitlines(keepends=True)
        if not test.interesting("".join(lines)):
            print("the program is not interesting to begin with", file=sys.stderr)
            return 1
        lines = reduce(lines, test)
    out.write_text("".join(lines))
    print(f"{len(lines)} lines in {out} after {test.tries} tries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
