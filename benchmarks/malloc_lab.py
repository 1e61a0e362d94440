"""malloc measured: groundup's malloc against glibc's, trace by trace, on groundup's kernel.

Builds benchmarks/malloc_lab/driver.c three ways with groundup cc, each with a different
malloc, and runs every trace in benchmarks/malloc_lab/traces/*.rep (CS:APP malloc-lab
format, written by make_traces.py) on groundup's kernel:

    groundup   --libc=groundup: groundup's malloc (best fit), as libc.a has it
    first-fit  --libc=groundup, with malloc.c built -DMALLOC_FIRST_FIT linked in
    glibc      -static --sysroot /usr/riscv64-linux-gnu: glibc's malloc (ptmalloc)

For each trace and allocator the driver checks every payload and prints the peak
utilization (peak live payload / peak heap: see driver.c for how the heap is measured,
the same way for both) and the user-mode instructions retired inside malloc, realloc and
free per operation (rdinstret around each call). The table gives both per trace, then:

    utilization  the mean over the traces (CS:APP's average)
    instr/op     all the traces' instructions over all their operations, and the
                 geometric mean over the traces of the per-trace ratio to glibc (each
                 trace counts the same, however many operations or copies it has)

The bar (issue 9): average utilization at least 85%, and instructions per operation
within 2x of glibc's (the geometric mean of the per-trace ratios at most 2).

    python benchmarks/malloc_lab.py [--trace NAME ...] [--alloc groundup,first-fit,glibc]
                                    [--jobs N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAB = ROOT / "benchmarks" / "malloc_lab"
DRIVER = LAB / "driver.c"
TRACES = LAB / "traces"
MALLOC_C = ROOT / "groundup" / "libc" / "src" / "malloc.c"
SYSROOT = "/usr/riscv64-linux-gnu"
ALLOCATORS = ("groundup", "first-fit", "glibc")
BAR_UTILIZATION = 0.85
BAR_RATIO = 2.0


@dataclass(frozen=True, slots=True)
class Figures:
    """What the driver printed for one trace."""

    ops: int
    peak_payload: int
    peak_heap: int
    utilization: float
    instructions: int
    instr_per_op: float


class DriverFailed(Exception):
    """The driver did not run its trace to the end, or its output did not parse."""


def cc_args(allocator: str, out: Path) -> list[str]:
    """`groundup cc` arguments building the driver with `allocator`'s malloc."""
    common = ["-O2", "-w", str(DRIVER), "-o", str(out)]
    match allocator:
        case "groundup":
            return ["--libc=groundup", *common]
        case "first-fit":
            return ["--libc=groundup", "-DMALLOC_FIRST_FIT", *common, str(MALLOC_C)]
        case "glibc":
            return ["-static", "--sysroot", SYSROOT, *common]
    raise ValueError(f"unknown allocator {allocator!r} (one of {', '.join(ALLOCATORS)})")


def build(allocator: str, work: Path) -> Path:
    """The driver linked with `allocator`'s malloc, built by groundup cc into `work`."""
    from groundup.cli import main

    out = work / f"driver-{allocator}.elf"
    said = io.StringIO()
    with contextlib.redirect_stderr(said), contextlib.redirect_stdout(said):
        status = main(["cc", *cc_args(allocator, out)])
    if status != 0:
        raise DriverFailed(f"building the driver for {allocator} failed:\n{said.getvalue()}")
    return out


def parse_figures(text: str) -> Figures:
    """The figures of the driver's "key value" lines (it ends with "checks ok")."""
    values = dict(line.split(" ", 1) for line in text.splitlines() if " " in line)
    if values.get("checks") != "ok":
        raise DriverFailed(f"the driver did not finish its checks:\n{text}")
    try:
        return Figures(
            ops=int(values["ops"]),
            peak_payload=int(values["peak_payload"]),
            peak_heap=int(values["peak_heap"]),
            utilization=float(values["utilization"]),
            instructions=int(values["instructions"]),
            instr_per_op=float(values["instr_per_op"]),
        )
    except (KeyError, ValueError) as e:
        raise DriverFailed(f"unreadable driver output ({e}):\n{text}") from None


def run_trace(elf: Path, trace: Path) -> Figures:
    """Run the driver `elf` on `trace` on groundup's kernel (in this process)."""
    from groundup.kernel.options import Mount, Options
    from groundup.kernel.proc import Kernel

    out, err = io.BytesIO(), io.BytesIO()
    where = str(trace.parent)
    options = Options(mounts=(Mount(trace.parent, where, readonly=True),), cwd=where)
    kernel = Kernel(options=options, stdout=out, stderr=err, stdin=io.BytesIO())
    result = kernel.run(kernel.spawn("driver", elf.read_bytes(), ["driver", trace.name], []))
    said = err.getvalue().decode(errors="replace")
    if result.code != 0 or said:
        raise DriverFailed(f"{elf.name} {trace.name}: status {result.code}\n{said}")
    return parse_figures(out.getvalue().decode(errors="replace"))


def _run_job(job: tuple[str, Path, Path]) -> tuple[str, str, Figures]:
    allocator, elf, trace = job
    return allocator, trace.stem, run_trace(elf, trace)


def geomean(values: list[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else 0.0


def table(results: dict[str, dict[str, Figures]], allocators: list[str]) -> str:
    """Per trace: utilization and instructions per operation for each allocator."""
    names = sorted({t for per in results.values() for t in per})
    head = f"{'trace':16} {'ops':>6} |" + "".join(f" {a:>9}" for a in allocators) + " |"
    head += "".join(f" {a:>9}" for a in allocators)
    if "glibc" in allocators:
        head += "  x glibc"
    lines = [" " * 25 + "utilization".center(10 * len(allocators)) + "  |"
             + "instructions / operation".center(10 * len(allocators)), head,
             "-" * len(head)]  # fmt: skip
    for name in names:
        row = [results[a][name] for a in allocators]
        line = f"{name:16} {row[0].ops:6} |" + "".join(f" {f.utilization:9.1%}" for f in row)
        line += " |" + "".join(f" {f.instr_per_op:9.1f}" for f in row)
        if "glibc" in allocators:
            line += f" {row[0].instr_per_op / results['glibc'][name].instr_per_op:7.2f}x"
        lines.append(line)
    lines.append("-" * len(head))
    lines.extend(summary(results, allocators, names))
    return "\n".join(lines)


def summary(results: dict[str, dict[str, Figures]], allocators: list[str],
            names: list[str]) -> list[str]:  # fmt: skip
    ops = sum(results[allocators[0]][n].ops for n in names)
    util = {a: sum(results[a][n].utilization for n in names) / len(names) for a in allocators}
    per_op = {a: sum(results[a][n].instructions for n in names) / ops for a in allocators}
    line = f"{'average':16} {ops:6} |" + "".join(f" {util[a]:9.1%}" for a in allocators)
    lines = [line + " |" + "".join(f" {per_op[a]:9.1f}" for a in allocators)]
    if "glibc" not in allocators:
        return lines
    for a in allocators:
        if a == "glibc":
            continue
        ratios = [results[a][n].instr_per_op / results["glibc"][n].instr_per_op for n in names]
        ratio = geomean(ratios)
        met = util[a] >= BAR_UTILIZATION and ratio <= BAR_RATIO
        lines.append(
            f"{a}: average utilization {util[a]:.1%} (glibc {util['glibc']:.1%}), "
            f"instructions/op {ratio:.2f}x glibc's (geometric mean over the traces; "
            f"all operations together {per_op[a] / per_op['glibc']:.2f}x): "
            f"bar (>= {BAR_UTILIZATION:.0%}, <= {BAR_RATIO:g}x) {'met' if met else 'NOT met'}"
        )
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trace", action="append", help="a trace name (default: all)")
    ap.add_argument("--alloc", default=",".join(ALLOCATORS), help="allocators, comma-separated")
    ap.add_argument("--jobs", type=int, default=1, help="traces run at once (processes)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    allocators = args.alloc.split(",")
    traces = sorted(TRACES.glob("*.rep"))
    if args.trace:
        traces = [TRACES / f"{n}.rep" for n in args.trace]
    missing = [t.name for t in traces if not t.is_file()]
    bad = [a for a in allocators if a not in ALLOCATORS]
    if missing or bad or not traces:
        print(f"malloc_lab: no such trace or allocator: {', '.join(missing + bad)}")
        return 2
    results: dict[str, dict[str, Figures]] = {a: {} for a in allocators}
    with tempfile.TemporaryDirectory(prefix="malloc-lab-") as tmp:
        try:
            elves = {a: build(a, Path(tmp)) for a in allocators}
            jobs = [(a, elves[a], t) for t in traces for a in allocators]
            if args.jobs > 1:
                with ProcessPoolExecutor(args.jobs) as pool:
                    done = list(pool.map(_run_job, jobs))
            else:
                done = [_run_job(job) for job in jobs]
        except DriverFailed as e:
            print(f"malloc_lab: {e}")
            return 1
    for allocator, name, figures in done:
        results[allocator][name] = figures
    print(table(results, allocators))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
