"""System-call speed: calls per host second through the whole path, both engines.

A freestanding guest (built with the oracle gcc, cached under .oracle-cache/bench)
makes N calls in a tight loop — ecall, trap entry, the Python kernel's dispatch,
the handler, sret — and the figure is N divided by the host time of the run:

    write    write(fd, buf, 1) to /dev/null (the issue's figure: descriptor
             lookup, a copy from user memory, the device)
    getpid   the cheapest call: trap and dispatch alone
    clock    clock_gettime(CLOCK_MONOTONIC, &ts): a copy out to user memory

    python benchmarks/syscalls.py [--calls N] [--runs N] [--engine fast|ref|both]
"""

from __future__ import annotations

import argparse
import io
import platform
import statistics
import sys
import time
from pathlib import Path

from guest import build_guest

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["-O2", "-nostdlib", "-ffreestanding", "-fno-builtin", "-static", "-fno-pic",
         "-no-pie", "-march=rv64gc", "-mabi=lp64d"]  # fmt: skip

SOURCE = r"""
static long sys(long n, long a0, long a1, long a2, long a3) {
    register long r0 __asm__("a0") = a0;
    register long r1 __asm__("a1") = a1;
    register long r2 __asm__("a2") = a2;
    register long r3 __asm__("a3") = a3;
    register long r7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r3), "r"(r7) : "memory");
    return r0;
}

__attribute__((used)) int bench(long *sp) {
    const char *kind = (const char *)sp[2];
    long n = 0, ts[2], bad = 0;
    for (const char *s = (const char *)sp[3]; *s; s++) n = n * 10 + (*s - '0');
    int fd = (int)sys(56, -100, (long)"/dev/null", 1, 0); /* openat(AT_FDCWD, .., O_WRONLY) */
    if (fd < 0) return 2;
    for (long i = 0; i < n; i++) {
        long r;
        if (kind[0] == 'w') r = sys(64, fd, (long)"x", 1, 0) != 1;
        else if (kind[0] == 'g') r = sys(172, 0, 0, 0, 0) <= 0;
        else r = sys(113, 1, (long)ts, 0, 0) != 0;
        bad += r;
    }
    return bad != 0;
}

__attribute__((naked, noreturn)) void _start(void) {
    __asm__ volatile(".option push\n.option norelax\nla gp, __global_pointer$\n.option pop\n"
                     "mv a0, sp\ncall bench\nli a7, 94\necall\n");
}
"""
KINDS = ("write", "getpid", "clock")


def build() -> Path:
    return build_guest("syscalls", SOURCE, FLAGS)


def run_once(elf: Path, engine: str, kind: str, calls: int) -> tuple[float, int]:
    """Host seconds of the run and the number of system calls it made."""
    from groundup.kernel.options import Options
    from groundup.kernel.proc import Kernel

    kernel = Kernel(options=Options(engine=engine), stdout=io.BytesIO(),  # type: ignore[arg-type]
                    stderr=io.BytesIO())  # fmt: skip
    proc = kernel.spawn(str(elf), elf.read_bytes(), [elf.name, kind, str(calls)], [])
    start = time.perf_counter()
    result = kernel.run(proc)
    elapsed = time.perf_counter() - start
    if result.code != 0:
        raise SystemExit(f"{engine} {kind}: the guest failed (status {result.code})")
    return elapsed, sum(kernel.stats.calls.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--engine", choices=("fast", "ref", "both"), default="both")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print(f"machine: {platform.machine()} {platform.processor() or ''}".rstrip())
    print(f"python:  {platform.python_implementation()} {platform.python_version()}")
    elf = build()
    engines = ["fast", "ref"] if args.engine == "both" else [args.engine]
    for engine in engines:
        for kind in KINDS:
            figures = []
            for _ in range(args.runs):
                elapsed, calls = run_once(elf, engine, kind, args.calls)
                figures.append(calls / elapsed)
            print(f"{engine:4s} {kind:6s}: median {statistics.median(figures):9,.0f} calls/s "
                  f"({calls:,} calls x {args.runs} runs; min {min(figures):,.0f}, "
                  f"max {max(figures):,.0f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
