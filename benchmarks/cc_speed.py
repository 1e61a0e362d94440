"""The C compiler: how fast it compiles, and how good its code is.

* Compile speed: a generated program of about 5000 lines (functions with loops,
  arrays, structs, pointers, switches and calls; no headers) compiled to assembly
  by `groundup cc -S` at -O0 and -O1, in this process; the figure is source lines
  per host second, median of several runs, with `riscv64-linux-gnu-gcc -S` for scale.
* Code quality: the five programs in benchmarks/cc/ (sieve, n-queens, quicksort,
  integer matrix product, CRC-32) built by groundup cc -O1, gcc -O0 and gcc -O2
  (all linked statically with the same glibc) and run on groundup; the figure is
  the instructions each build retires, start-up and printf included. The bar for
  the compiler's first part is fewer instructions than gcc -O0.

    python benchmarks/cc_speed.py [--runs N] [--lines N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
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
    for opt in ("-O0", "-O1"):
        t = median_time(["cc", "-S", opt, str(src), "-o", str(work / "big.s")], runs)
        print(f"groundup cc -S {opt}: {n:,} lines in {t:.3f} s = {n / t:,.0f} lines/s "
              f"(median of {runs})")  # fmt: skip
    if shutil.which(GCC):
        cmd = [GCC, "-S", "-O0", str(src), "-o", str(work / "gcc.s")]
        t = median_time(None, runs, cmd)
        print(f"gcc -S -O0 (a process each): {t:.3f} s = {n / t:,.0f} lines/s")


def code_quality(work: Path) -> None:
    if not shutil.which(GCC):
        print("code quality: needs riscv64-linux-gnu-gcc")
        return
    print(f"{'program':<10} {'groundup -O1':>14} {'gcc -O0':>14} {'gcc -O2':>14}  -O1/gcc-O0")
    for name in PROGRAMS:
        src = ROOT / "benchmarks" / "cc" / f"{name}.c"
        ours, o0, o2 = (work / f"{name}-{tag}" for tag in ("ours", "O0", "O2"))
        in_process(["cc", "-O1", "-static", str(src), "-o", str(ours)])
        for opt, out in (("-O0", o0), ("-O2", o2)):
            subprocess.run([GCC, "-static", opt, str(src), "-o", str(out)], check=True)
        counts = []
        outputs = set()
        for elf in (ours, o0, o2):
            n, printed = retired(elf, work)
            counts.append(n)
            outputs.add(printed)
        if len(outputs) != 1:
            raise SystemExit(f"{name}: the three builds print different things: {outputs}")
        print(f"{name:<10} {counts[0]:>14,} {counts[1]:>14,} {counts[2]:>14,}  "
              f"{counts[0] / counts[1]:.2f}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lines", type=int, default=5000)
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; python: "
          f"{platform.python_implementation()} {platform.python_version()}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        compile_speed(work, args.runs, args.lines)
        code_quality(work)


if __name__ == "__main__":
    main()
