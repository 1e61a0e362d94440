"""Demand paging speed: page faults resolved per host second, both engines.

Builds tests/vm/touch.c with the oracle gcc (-DMEGS=64: an anonymous mapping of
64 MiB, written one byte per page, so every page is brought in by a page fault
the kernel resolves), runs it as a user process under the groundup kernel, and
prints faults per second per engine as the median of several runs. The time is
the whole run: the guest's loop, the traps, the kernel's fault handling
(finding the VMA, taking a frame, writing the PTE) and the munmap at the end.

    python benchmarks/pagefaults.py [--runs N] [--megs N] [--engine fast|ref|both]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "vm" / "touch.c"
HEADERS = [ROOT / "tests" / "vm" / "vm.h", ROOT / "tests" / "programs" / "rt.h"]
CACHE = ROOT / ".oracle-cache" / "bench"
FLAGS = ["-O2", "-nostdlib", "-ffreestanding", "-fno-builtin", "-static", "-fno-pic",
         "-no-pie", "-march=rv64gc", "-mabi=lp64d"]  # fmt: skip


def build(megs: int) -> Path:
    flags = [*FLAGS, f"-DMEGS={megs}"]
    text = b"".join(p.read_bytes() for p in [SOURCE, *HEADERS]) + " ".join(flags).encode()
    elf = CACHE / f"touch-{megs}-{hashlib.sha256(text).hexdigest()[:16]}.elf"
    if not elf.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        cmd = ["riscv64-linux-gnu-gcc", *flags, "-o", str(elf), str(SOURCE), "-lgcc"]
        subprocess.run(cmd, check=True)
    return elf


def run_once(elf: Path, engine: str, megs: int) -> tuple[float, int, int]:
    """(seconds, page faults, pages resident at the peak) of one run."""
    from groundup.kernel.proc import Kernel

    out = io.BytesIO()
    kernel = Kernel(engine=engine, stdout=out, ram_size=max(256, 2 * megs + 64) << 20)  # type: ignore[arg-type]
    proc = kernel.spawn(str(elf), elf.read_bytes(), [elf.name], [])
    start = time.perf_counter()
    result = kernel.run(proc)
    elapsed = time.perf_counter() - start
    expected = f"pages={megs * 256}\n".encode()
    if result.code != 0 or expected not in out.getvalue():
        raise SystemExit(f"{engine}: the guest failed: {out.getvalue()!r}, {result}")
    return elapsed, proc.mm.faults, proc.mm.resident()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--megs", type=int, default=64, help="MiB to touch (default 64)")
    ap.add_argument("--engine", choices=("fast", "ref", "both"), default="both")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print(f"machine: {platform.machine()} {platform.processor() or ''}".rstrip())
    print(f"python:  {platform.python_implementation()} {platform.python_version()}")
    elf = build(args.megs)
    engines = ["fast", "ref"] if args.engine == "both" else [args.engine]
    for engine in engines:
        figures = []
        for _ in range(args.runs):
            elapsed, faults, _ = run_once(elf, engine, args.megs)
            figures.append(faults / elapsed)
        median, low, high = statistics.median(figures), min(figures), max(figures)
        print(f"{engine:5s} engine: median {median:8,.0f} page faults/s "
              f"({faults:,} faults touching {args.megs} MiB x {args.runs} runs; "
              f"{1e6 / median:.1f} us each; min {low:,.0f}, max {high:,.0f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
