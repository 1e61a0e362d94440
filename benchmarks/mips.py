"""Emulator speed: millions of guest instructions per second, both engines, MMU on.

Builds ../shared/bench/workload.c with the oracle gcc (flags from its README),
runs it as a user process under the groundup kernel (Sv39 paging on, so every
load, store and fetch goes through the TLB), and prints MIPS per engine as the
median of several runs. The reference interpreter runs a 100-round build (same
code, fewer iterations) to keep the run short.

    python benchmarks/mips.py [--runs N] [--rounds N] [--engine fast|ref|both]
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
WORKLOAD = ROOT.parent / "shared" / "bench" / "workload.c"
FLAGS = ["-O2", "-nostdlib", "-ffreestanding", "-fno-builtin", "-static", "-fno-pic",
         "-no-pie", "-march=rv64imc", "-mabi=lp64"]  # fmt: skip
EXPECTED = {1000: b"5d586ba7 00176846\n"}


def build(rounds: int) -> Path:
    src = WORKLOAD.read_text().replace("#define ROUNDS 1000", f"#define ROUNDS {rounds}")
    return build_guest(f"workload-{rounds}", src, FLAGS)


def run_once(elf: Path, engine: str) -> tuple[float, int, bytes]:
    from groundup.kernel.proc import Kernel

    out = io.BytesIO()
    kernel = Kernel(engine=engine, stdout=out)  # type: ignore[arg-type]
    proc = kernel.spawn(str(elf), elf.read_bytes(), [elf.name], [])
    start = time.perf_counter()
    kernel.run(proc)
    elapsed = time.perf_counter() - start
    return elapsed, sum(h.instret for h in kernel.machine.harts), out.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=1000, help="ROUNDS for the fast engine")
    ap.add_argument("--ref-rounds", type=int, default=100, help="ROUNDS for the reference")
    ap.add_argument("--engine", choices=("fast", "ref", "both"), default="both")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print(f"machine: {platform.machine()} {platform.processor() or ''}".rstrip())
    print(f"python:  {platform.python_implementation()} {platform.python_version()}")
    engines = ["fast", "ref"] if args.engine == "both" else [args.engine]
    for engine in engines:
        rounds = args.rounds if engine == "fast" else args.ref_rounds
        elf = build(rounds)
        figures = []
        for _ in range(args.runs):
            elapsed, retired, output = run_once(elf, engine)
            if rounds in EXPECTED and output != EXPECTED[rounds]:
                print(f"{engine}: wrong output {output!r}", file=sys.stderr)
                return 1
            figures.append(retired / elapsed / 1e6)
        print(f"{engine:5s} engine: median {statistics.median(figures):6.2f} MIPS "
              f"({retired:,} instructions x {args.runs} runs; "
              f"min {min(figures):.2f}, max {max(figures):.2f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
