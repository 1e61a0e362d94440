"""Round trip: `groundup objdump -d` of an object, fed back to `groundup as`, gives its bytes.

The listing is turned back into source the way a person would: each line's
instruction text as it is (aliases and all), under `.option rvc` when its
encoding is 2 bytes and `.option norvc` when it is 4 (the listing shows the
bytes, so the choice is there to see); branch and jump targets `hex <sym>`
become `.+offset`; address comments go; `.word`/`.short`/`.byte` lines stay
data; `...` and gaps between addresses are zero bytes. Every executable
section must come back with the same bytes (up to the trailing zero padding
objdump does not print). Both the default listing and `-M no-aliases`.

Objects: the instruction corpus of test_as_corpus (rv64gc and rv64g, through
GNU as), and our own objects of the test programs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402
from test_as_corpus import corpus  # noqa: E402
from test_as_objects import gcc_s  # noqa: E402

from groundup.asm.assembler import Options, assemble  # noqa: E402
from groundup.asm.objdump import objdump  # noqa: E402
from groundup.elf.constants import SHF  # noqa: E402
from groundup.elf.reader import read_elf  # noqa: E402
from groundup.elf.writer import write_relocatable  # noqa: E402

HERE = Path(__file__).resolve().parent
SECTION = re.compile(r"^Disassembly of section (\S+):$")
LINE = re.compile(r"^ *([0-9a-f]+):\t((?:[0-9a-f]{2,8} ?)+)\s*\t?(.*)$")
TARGET = re.compile(r"(?:^|(?<=[\s,]))([0-9a-f]+) <[^>]*>$")
JUMPS = frozenset({"beq", "bne", "blt", "bge", "bltu", "bgeu", "beqz", "bnez", "blez", "bgez",
                   "bltz", "bgtz", "bgt", "ble", "bgtu", "bleu", "j", "jal", "c.j", "c.beqz",
                   "c.bnez"})  # fmt: skip


def listing_to_source(listing: str) -> tuple[str, list[str]]:
    """Assembly source for the code in an objdump -d listing, and the sections in it."""
    out: list[str] = []
    sections: list[str] = []
    at = 0
    for line in listing.splitlines():
        m = SECTION.match(line)
        if m:
            sections.append(m.group(1))
            out.append(f'.section {m.group(1)},"ax",@progbits')
            at = 0
            continue
        m = LINE.match(line)
        if m is None:
            continue
        address = int(m.group(1), 16)
        if address > at:
            out.append(f".zero {address - at}")
        hexbytes = m.group(2).split()
        size = sum(len(h) // 2 for h in hexbytes)
        out.append(_instruction(m.group(3), address, size))
        at = address + size
    return "\n".join(out) + "\n", sections


def _instruction(text: str, address: int, size: int) -> str:
    text = text.split(" # ")[0].strip()
    mnemonic, _, operands = text.partition("\t")
    if mnemonic.startswith("."):  # data objdump could not decode: keep it data
        return f"{mnemonic} {operands}"
    if mnemonic in JUMPS:
        m = TARGET.search(operands)
        assert m is not None, text
        operands = operands[: m.start(1)] + f".{int(m.group(1), 16) - address:+d}"
    option = ".option rvc" if size == 2 else ".option norvc"
    return f"{option}\n{mnemonic} {operands}".rstrip()


def check_round_trip(data: bytes, no_aliases: bool) -> int:
    """Reassemble the listing of object `data`; return the instructions compared."""
    listing = objdump(data, "x.o", no_aliases)
    source, sections = listing_to_source(listing)
    original = read_elf(data, "original")
    again = read_elf(write_relocatable(assemble(source, "listing.s", Options(relax=False))),
                     "again")  # fmt: skip
    for name in sections:
        want_sec, got_sec = original.section(name), again.section(name)
        assert want_sec is not None and got_sec is not None
        want, got = original.contents(want_sec), again.contents(got_sec)
        assert want_sec.flags & SHF.EXECINSTR
        assert got == want[: len(got)] and not any(want[len(got) :]), (
            f"{name}: first difference at "
            f"{next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b), -1):#x}"
        )
    return source.count("\n")


@pytest.mark.parametrize("no_aliases", [False, True], ids=["aliases", "no-aliases"])
@pytest.mark.parametrize("march", ["rv64gc", "rv64g"])
def test_corpus_round_trip(march: str, no_aliases: bool) -> None:
    oracle.require("as")
    res = oracle.run_tool("as", [f"-march={march}", "-mno-relax", "x.s", "-o", "x.o"],
                          {"x.s": corpus()}, outputs=["x.o"]).check()  # fmt: skip
    n = check_round_trip(res.output("x.o").read_bytes(), no_aliases)
    assert n > 10000


@pytest.mark.parametrize("no_aliases", [False, True], ids=["aliases", "no-aliases"])
@pytest.mark.parametrize("src", sorted((HERE / "programs").glob("*.c"))[::3], ids=lambda p: p.stem)
def test_program_round_trip(src: Path, no_aliases: bool) -> None:
    oracle.require("gcc")
    ours = write_relocatable(assemble(gcc_s(src, "O2", False, freestanding=True), "x.s"))
    check_round_trip(ours, no_aliases)
