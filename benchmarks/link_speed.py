"""Linker speed: `groundup ld` next to GNU ld, on the same inputs, in the same run.

Two links, each timed as the median of several runs:

* a glibc-static hello world (tests/glibc/hello.c at -O2), with exactly the inputs
  `riscv64-linux-gnu-gcc -static` gives ld: crt1.o crti.o crtbeginT.o hello.o
  --start-group -lgcc -lgcc_eh -lc --end-group crtend.o crtn.o — some 330 archive
  members pulled from libc.a, about 30,000 relocations;
* a generated program of 2000 functions in 20 objects (freestanding, -O2, calling
  each other across objects, with data and tables), plus libgcc.a.

groundup ld runs in this process (the time of `link()` and writing the file; the
first link of a run also parses the archives, which later ones find cached, so the
median is the time of a link in a process that has linked before — a test suite's,
or `groundup cc` building several programs); GNU ld runs as a subprocess (so its
time includes starting the process).

    python benchmarks/link_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from groundup.link.errors import Reporter  # noqa: E402
from groundup.link.linker import link  # noqa: E402
from groundup.link.tool import parse_args  # noqa: E402

GNU_LD = "riscv64-linux-gnu-ld"
FUNCTIONS, FILES = 2000, 20


def gcc_file(name: str) -> str:
    import oracle

    res = oracle.run_tool("gcc", [f"-print-file-name={name}"]).check()
    return os.path.normpath(res.stdout.decode().strip())


def hello_inputs() -> list[str]:
    import oracle

    flags = ("-static", "-march=rv64gc", "-mabi=lp64d")
    obj = oracle.gcc_compile(ROOT / "tests" / "glibc" / "hello.c", "O2", flags=flags, link=False)
    dirs = sorted({os.path.dirname(gcc_file("libgcc.a")), os.path.dirname(gcc_file("libc.a"))})
    return ["-static", gcc_file("crt1.o"), gcc_file("crti.o"), gcc_file("crtbeginT.o"),
            *[f"-L{d}" for d in dirs], str(obj), "--start-group", "-lgcc", "-lgcc_eh", "-lc",
            "--end-group", gcc_file("crtend.o"), gcc_file("crtn.o")]  # fmt: skip


# _start sets gp first: GNU ld relaxes accesses to small data into gp-relative ones.
START = r"""
void _start(void) {
    asm volatile(".option push\n.option norelax\nlla gp, __global_pointer$\n.option pop");
    register long a0 asm("a0") = (long)f0(40) & 0xff;
    register long a7 asm("a7") = 93;
    asm volatile("ecall" :: "r"(a0), "r"(a7));
    for (;;) {}
}
"""


def generated_source(part: int) -> str:
    """Functions f{part*100} ... that call functions of the next object and use data."""
    per = FUNCTIONS // FILES
    lines = ["typedef unsigned long u64;"]
    first, nxt = part * per, ((part + 1) % FILES) * per
    lines += [f"u64 f{nxt + i}(u64);" for i in range(per)]
    lines.append(f"static u64 table{part}[{per}];")
    for i in range(per):
        n = first + i
        other = f"table{part}[{(i * 7) % per}]"
        lines.append(
            f"u64 f{n}(u64 x) {{ table{part}[{i}] += x; "
            f"return x < 3 ? x * {n} : f{nxt + i}(x - 1) + {other}; }}"
        )
    if part == 0:
        lines.append(START)
    return "\n".join(lines) + "\n"


def generated_inputs(work: Path) -> list[str]:
    import oracle

    objs = []
    for part in range(FILES):
        src = work / f"part{part:02d}.c"
        src.write_text(generated_source(part))
        objs.append(str(oracle.gcc_compile(src, "O2", link=False)))
    return [*objs, f"-L{os.path.dirname(gcc_file('libgcc.a'))}", "-lgcc"]


def time_ours(args: list[str], output: Path, runs: int) -> tuple[float, float]:
    """(wall, CPU) seconds, each the median of `runs` links. The CPU time of this process
    is the steadier figure on a machine that other work shares."""
    options = parse_args([*args, "-o", str(output)]).options()
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        image = link(options, Reporter()).image
        output.write_bytes(image)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def time_gnu(args: list[str], output: Path, runs: int) -> float | None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        try:
            subprocess.run([GNU_LD, *args, "-o", str(output)], check=True)
        except (OSError, subprocess.CalledProcessError):
            return None
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        links = [
            ("glibc-static hello world", hello_inputs()),
            (f"{FUNCTIONS}-function program", generated_inputs(work)),
        ]
        for label, inputs in links:
            ours, cpu = time_ours(inputs, work / "ours", args.runs)
            gnu = time_gnu(inputs, work / "gnu", args.runs)
            size = (work / "ours").stat().st_size
            scale = f"GNU ld {gnu:.3f} s ({ours / gnu:.0f}x)" if gnu else "GNU ld not found"
            print(f"{label}: groundup ld {ours:.3f} s, CPU {cpu:.3f} s (medians of {args.runs}, "
                  f"{size:,} bytes), {scale}")  # fmt: skip


if __name__ == "__main__":
    main()
