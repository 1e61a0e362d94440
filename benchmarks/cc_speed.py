"""The C compiler: how fast it compiles, and how good its code is.

* Compile speed: a generated program of about 5000 lines (functions with loops,
  arrays, structs, pointers, switches and calls; no headers) compiled to assembly
  by `groundup cc -S` at -O0, -O1 and -O2, in this process; the figure is source lines
  per host second, median of several runs, with `riscv64-linux-gnu-gcc -S` for scale.
* Code quality: the five programs in benchmarks/cc/ (sieve, n-queens, quicksort,
  integer matrix product, CRC-32) built by groundup cc and by gcc, each at -O0, -O1
  and -O2 (all linked statically with the same glibc) and run on groundup; the figure
  is the instructions each build retires, start-up and printf included, then the
  ratio groundup -O2 / gcc -O2 per program and its geometric mean (the bar: 1.5).

    python benchmarks/cc_speed.py [--runs N] [--lines N] [--quality-only]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from groundup.cli import main as groundup  # noqa: E402
from groundup.kernel.options import Mount, Options  # noqa: E402
from groundup.kernel.proc import Kernel  # noqa: E402

GCC = "riscv64-linux-gnu-gcc"
PROGRAMS = ("sieve", "nqueens", "quicksort", "matmul", "crc32")
OPTS = ("-O0", "-O1", "-O2")

FUNCTION = """
struct rec{i} {{ int key; long total; char tag[8]; struct rec{i} *next; }};
static struct rec{i} pool{i}[16];

long work{i}(int n, const int *v) {{
    long acc = {i};
    struct rec{i} *head = 0;
    for (int k = 0; k < n && k < 16; k++) {{
        struct rec{i} *r = &pool{i}[k];
        r->key = v[k] * {m} + k;
        r->total = acc += r->key;
        r->tag[k % 8] = (char)('a' + k);
        r->next = head;
        head = r;
    }}
    while (head) {{
        switch (head->key & 3) {{
        case 0: acc += head->total >> 1; break;
        case 1: acc -= head->key; break;
        case 2: acc ^= (long)head->tag[0] << 3; break;
        default: acc = acc * 3 + 1;
        }}
        head = head->next;
    }}
    return acc + {prev};
}}
"""


def generated_program(lines: int) -> str:
    parts = []
    i = 0
    while sum(p.count("\n") for p in parts) < lines - 12:
        prev = f"work{i - 1}(n - 1, v + 1)" if i else "0"
        parts.append(FUNCTION.format(i=i, m=i % 13 + 1, prev=f"(n > 1 ? {prev} : 0)"))
        i += 1
    calls = "\n".join(f"    sum += work{k}(8, v);" for k in range(0, i, max(i // 8, 1)))
    parts.append(f"""
int printf(const char *fmt, ...);
int main(void) {{
    static const int v[16] = {{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3}};
    long sum = 0;
{calls}
    printf("%ld\\n", sum);
    return 0;
}}
""")
    return "".join(parts)


def in_process(args: list[str]) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
        status = groundup(args)
    if status != 0:
        raise SystemExit(f"groundup {' '.join(args)} failed:\n{err.getvalue()}")


def median_time(action: list[str] | None, runs: int, command: list[str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        if action is not None:
            in_process(action)
        else:
            assert command is not None
            subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def retired(elf: Path, work: Path) -> tuple[int, bytes]:
    """Instructions a static program retires on groundup, and what it printed."""
    out = io.BytesIO()
    options = Options(mounts=(Mount(work, str(work)),), cwd=str(work))
    kernel = Kernel(options=options, stdout=out, stderr=io.BytesIO(), stdin=io.BytesIO())
    result = kernel.run(kernel.spawn(elf.name, elf.read_bytes(), [elf.name], []))
    if result.code != 0:
        raise SystemExit(f"{elf.name} exited with {result.code}")
    return sum(h.instret for h in kernel.machine.harts), out.getvalue()


def compile_speed(work: Path, runs: int, lines: int) -> None:
    src = work / "big.c"
    text = generated_program(lines)
    src.write_text(text)
    n = text.count("\n")
    for opt in OPTS:
        t = median_time(["cc", "-S", opt, str(src), "-o", str(work / "big.s")], runs)
        print(f"groundup cc -S {opt}: {n:,} lines in {t:.3f} s = {n / t:,.0f} lines/s "
              f"(median of {runs})")  # fmt: skip
    if shutil.which(GCC):
        cmd = [GCC, "-S", "-O0", str(src), "-o", str(work / "gcc.s")]
        t = median_time(None, runs, cmd)
        print(f"gcc -S -O0 (a process each): {t:.3f} s = {n / t:,.0f} lines/s")


def code_quality(work: Path) -> None:
    """Per program: retired instructions of each build, and groundup -O2 / gcc -O2."""
    if not shutil.which(GCC):
        print("code quality: needs riscv64-linux-gnu-gcc")
        return
    builds = [("groundup", opt) for opt in OPTS] + [("gcc", opt) for opt in OPTS]
    print(f"{'program':<10}" + "".join(f" {f'{c} {o}':>13}" for c, o in builds) + "  O2/gcc-O2")
    ratios = []
    for name in PROGRAMS:
        counts = [retired(build(work, name, c, o), work) for c, o in builds]
        if len({printed for _, printed in counts}) != 1:
            raise SystemExit(f"{name}: the builds print different things: {counts}")
        n = {b: k for b, (k, _) in zip(builds, counts, strict=True)}
        ratios.append(n["groundup", "-O2"] / n["gcc", "-O2"])
        print(f"{name:<10}" + "".join(f" {k:>13,}" for k, _ in counts) + f"  {ratios[-1]:9.2f}")
    mean = math.exp(sum(map(math.log, ratios)) / len(ratios))
    print(f"{'geomean':<10}" + " " * 14 * len(builds) + f"  {mean:9.2f}")


def build(work: Path, name: str, compiler: str, opt: str) -> Path:
    """benchmarks/cc/NAME.c built statically by groundup cc or gcc at -O level `opt`."""
    src = ROOT / "benchmarks" / "cc" / f"{name}.c"
    out = work / f"{name}-{compiler}{opt}"
    if compiler == "groundup":
        in_process(["cc", "--libc=glibc", opt, "-static", str(src), "-o", str(out)])
    else:
        subprocess.run([GCC, "-static", opt, str(src), "-o", str(out)], check=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lines", type=int, default=5000)
    ap.add_argument("--quality-only", action="store_true", help="skip the compile speed")
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; python: "
          f"{platform.python_implementation()} {platform.python_version()}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.quality_only:
            compile_speed(work, args.runs, args.lines)
        code_quality(work)


if __name__ == "__main__":
    main()
