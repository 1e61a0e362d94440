"""Assembler speed: source lines per host second, on large gcc -S outputs.

Compiles the test programs (tests/programs/*.c) with the oracle gcc at -O0 and
-O2 to assembly (cached under .oracle-cache), concatenates the -O0 ones into one
large file (each in its own sections, so the symbols do not clash), and times
`groundup as` on it: tokenize, parse, encode, relax, resolve and write the ELF
object. Prints lines per second as the best of several runs, and the time of
GNU as on the same input for scale.

    python benchmarks/asm_speed.py [--runs N] [--relax | --no-relax]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from groundup.asm.assembler import Options, assemble  # noqa: E402
from groundup.elf.writer import write_relocatable  # noqa: E402

FLAGS = ["-march=rv64gc", "-mabi=lp64d", "-ffreestanding", "-fno-builtin", "-fno-pic", "-S"]


def gcc_outputs(opt: str) -> list[tuple[str, str]]:
    import oracle

    out = []
    for src in sorted((ROOT / "tests" / "programs").glob("*.c")):
        inputs = {src.name: src} | {h.name: h for h in src.parent.glob("*.h")}
        res = oracle.run_tool("gcc", [f"-{opt}", *FLAGS, src.name, "-o", "x.s"], inputs,
                              outputs=["x.s"]).check()  # fmt: skip
        out.append((src.stem, res.output("x.s").read_text()))
    return out


def big_source(parts: list[tuple[str, str]]) -> str:
    """One file from many: each program's names get a prefix so nothing clashes."""
    chunks = []
    for i, (_, text) in enumerate(parts):
        text = re.sub(r"^\t\.file\t.*$", "", text, flags=re.M)
        if i:  # GNU as takes `.attribute arch` only before the first instruction
            text = re.sub(r"^\t\.(attribute|option)\s.*$", "", text, flags=re.M)
        names = set(re.findall(r"^([A-Za-z_][\w.$]*):", text, flags=re.M))
        names |= set(re.findall(r"\.(?:globl|local|comm)\t([\w.$]+)", text))
        names |= set(re.findall(r"(?:call|tail)\t([\w.$]+)", text))
        for name in sorted(names, key=len, reverse=True):
            # a name, but not in the mnemonic position (a function may be called `neg`)
            pattern = rf"(?<!\n\t)(?<![\w.$]){re.escape(name)}(?![\w$])"
            text = re.sub(pattern, f"p{i}_{name}", text)
        text = re.sub(r"(?<![\w$])\.L(\w+)", rf".Lp{i}_\1", text)
        chunks.append(text)
    return "\n".join(chunks)


def time_ours(source: str, relax: bool, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        write_relocatable(assemble(source, "big.s", Options(relax=relax)))
        best = min(best, time.perf_counter() - t)
    return best


def time_gnu(source: str, relax: bool) -> float | None:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "big.s"
        src.write_text(source)
        flags = [] if relax else ["-mno-relax"]
        t = time.perf_counter()
        try:
            subprocess.run(["riscv64-linux-gnu-as", "-march=rv64gc", *flags, str(src), "-o",
                            str(Path(d) / "big.o")], check=True)  # fmt: skip
        except (OSError, subprocess.CalledProcessError):
            return None
        return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-relax", action="store_true")
    args = parser.parse_args()
    relax = not args.no_relax
    largest = sorted(gcc_outputs("O2"), key=lambda p: -len(p[1]))[:1]
    for label, parts in (
        ("largest -O2 file", largest),
        ("all -O0 files in one", gcc_outputs("O0")),
    ):
        source = parts[0][1] if len(parts) == 1 else big_source(parts)
        lines = source.count("\n")
        ours = time_ours(source, relax, args.runs)
        gnu = time_gnu(source, relax)
        scale = f", GNU as {gnu:.3f} s" if gnu is not None else ""
        print(f"{label}: {lines} lines in {ours:.3f} s = {lines / ours:,.0f} lines/s{scale}")


if __name__ == "__main__":
    main()
