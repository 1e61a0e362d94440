"""`groundup as` against GNU as, byte for byte, on a generated instruction corpus.

The corpus (`corpus()`), assembled by both with `-mno-relax`, under
`-march=rv64gc` (compressed forms chosen as GNU chooses them) and `-march=rv64g`
(none):

* every op of the instruction table at boundary operands (the cases of
  tests/test_encoding.py), written as objdump -M no-aliases prints them, with
  branch and jump targets written `.+offset`;
* every rounding mode and aq/rl suffix by name, fence sets, CSR names;
* the pseudo-instructions, over registers that can and cannot be compressed;
* `li` of 0, ±1, ±2^11, ±2^31, 2^32-1, 2^63-1, -2^63, every power of two and
  its neighbours, and random 64-bit values of every bit density;
* the spellings whose compression depends on how they are written (commuted
  operands, `addi rd, rs, 0`, `mv`, `add rd, rs, imm` ...);
* every 16-bit parcel as its explicit `c.*` instruction and as its expansion.

`.text` must be identical; the test reports how many instructions it compared.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402
from test_encoding import op_cases  # noqa: E402

from groundup.asm.assembler import Options, assemble  # noqa: E402
from groundup.asm.disasm import Disassembler  # noqa: E402
from groundup.elf.reader import read_elf  # noqa: E402
from groundup.elf.writer import write_relocatable  # noqa: E402
from groundup.isa.decode import decode16  # noqa: E402
from groundup.isa.encode import encode  # noqa: E402
from groundup.isa.table import OPS  # noqa: E402

pytestmark = oracle.requires_oracle("as")

REGS = ("zero", "ra", "sp", "gp", "s0", "s1", "a0", "a5", "a7", "s11", "t6")
POPULAR = ("s0", "s1", "a0", "a5")


# --- the corpus ------------------------------------------------------------------------


def _dot_relative(addr: int) -> str:
    offset = addr - (1 << 64) if addr >> 63 else addr
    return f".{offset:+d}"


def table_cases() -> Iterator[str]:
    """Every op at boundary operands, as objdump -M no-aliases writes it."""
    for op in OPS:
        for word in sorted({case.word(op) for case in op_cases(op)}):
            dis = Disassembler(no_aliases=True, symbolize=_dot_relative)
            text = dis.line(word.to_bytes(4, "little"), 0).partition(" #")[0]
            if "unknown" in text or text.startswith("."):
                continue
            yield text.replace("\t", " ")


def li_values() -> list[int]:
    values = {0, 1, -1, 2047, 2048, -2048, -2049, 31, 32, -32, -33, 0xFFF, 0x1000,
              (1 << 31) - 1, 1 << 31, -(1 << 31), -(1 << 31) - 1, (1 << 32) - 1, 1 << 32,
              (1 << 63) - 1, -(1 << 63), (1 << 64) - 1, 0x7FFFF800, 0x7FFFF7FF, 0x80000800,
              0x123456789ABCDEF0, -0x123456789ABCDEF0, 0xFF00FF00FF00FF00}  # fmt: skip
    for bit in range(64):
        for delta in (-1, 0, 1):
            values.add((1 << bit) + delta)
            values.add(-(1 << bit) + delta)
    rng = random.Random(64)
    for density in (0.05, 0.2, 0.5, 0.8, 0.95):
        for _ in range(60):
            v = sum(1 << b for b in range(64) if rng.random() < density)
            values.add(v - (1 << 64) if v >> 63 else v)
    return sorted(v for v in values if -(1 << 63) <= v < (1 << 64))


def li_cases() -> Iterator[str]:
    for v in li_values():
        for reg in ("a0", "t6", "sp", "zero"):
            yield f"li {reg},{v}"


def pseudo_cases() -> Iterator[str]:
    for rd in REGS:
        for rs in REGS:
            yield from (f"mv {rd},{rs}", f"not {rd},{rs}", f"neg {rd},{rs}", f"negw {rd},{rs}",
                        f"sext.w {rd},{rs}", f"zext.b {rd},{rs}", f"seqz {rd},{rs}",
                        f"snez {rd},{rs}", f"sltz {rd},{rs}", f"sgtz {rd},{rs}",
                        f"sgt {rd},{rs},a1", f"sgtu {rd},a1,{rs}")  # fmt: skip
        yield from (f"jr {rd}", f"jalr {rd}", f"jalr t0,{rd}", f"jalr {rd},a1", f"jr 8({rd})",
                    f"jalr 8({rd})", f"jalr t0,{rd},-4", f"frcsr {rd}", f"fscsr {rd}",
                    f"fscsr {rd},a1", f"frrm {rd}", f"fsrm {rd}", f"fsrm {rd},a2",
                    f"frflags {rd}", f"fsflags {rd}", f"fsrmi {rd},3", f"fsflagsi {rd},31",
                    f"rdcycle {rd}", f"rdtime {rd}", f"rdinstret {rd}", f"csrr {rd},mstatus",
                    f"csrw sscratch,{rd}", f"csrs sie,{rd}", f"csrc 0x7c0,{rd}")  # fmt: skip
    for f in ("s", "d"):
        for a, b in (("fa0", "fa1"), ("ft0", "ft0"), ("fs11", "ft11")):
            yield from (f"fmv.{f} {a},{b}", f"fabs.{f} {a},{b}", f"fneg.{f} {a},{b}",
                        f"fgt.{f} a0,{a},{b}", f"fge.{f} a0,{a},{b}")  # fmt: skip
    yield from (
        "nop",
        "ret",
        "fence",
        "fence rw,w",
        "fence i,o",
        "fence.i",
        "fence.tso",
        "sfence.vma",
        "sfence.vma a0",
        "sfence.vma a0,a1",
        "csrwi mstatus,5",
        "csrsi 0x300,31",
        "csrci sie,0",
        "csrw mstatus,7",
        "csrs mie,1",
        "csrc mip,2",
        "fsrmi 2",
        "fsflagsi 0",
        "ecall",
        "ebreak",
        "unimp",
        "wfi",
        "mret",
        "sret",
    )
    for name in ("beqz", "bnez", "blez", "bgez", "bltz", "bgtz"):
        for rs in REGS:
            for off in (-256, -2, 0, 254, 256, -4096, 4094):
                yield f"{name} {rs},.{off:+d}"
    for name in ("bgt", "ble", "bgtu", "bleu", "beq", "bne", "blt", "bgeu"):
        for off in (-256, 6, 254, 256, 4094, -4096):
            yield f"{name} a0,s1,.{off:+d}"
            yield f"{name} s0,zero,.{off:+d}"
    for off in (-2048, -2, 0, 2046, 2048, -(1 << 20), (1 << 20) - 2):
        yield from (f"j .{off:+d}", f"jal .{off:+d}", f"jal t0,.{off:+d}", f"jal zero,.{off:+d}")


def spelling_cases() -> Iterator[str]:
    """Spellings whose compression depends on how they are written."""
    regs = ("zero", "sp", "s0", "a0", "a5", "t6")
    for rd in regs:
        for rs1 in regs:
            for rs2 in regs:
                for op in ("add", "sub", "and", "or", "xor", "addw", "subw"):
                    yield f"{op} {rd},{rs1},{rs2}"
            for imm in (0, 1, -1, 16, -32, 31, 32, 64, 496, 512, -512, 1020, 1024, 2047):
                yield from (f"addi {rd},{rs1},{imm}", f"add {rd},{rs1},{imm}",
                            f"addiw {rd},{rs1},{imm}", f"addw {rd},{rs1},{imm}",
                            f"andi {rd},{rs1},{imm}", f"and {rd},{rs1},{imm}")  # fmt: skip
            for sh in (0, 1, 31, 32, 63):
                yield from (f"slli {rd},{rs1},{sh}", f"sll {rd},{rs1},{sh}",
                            f"srli {rd},{rs1},{sh}", f"srai {rd},{rs1},{sh}",
                            f"sra {rd},{rs1},{sh}", f"srl {rd},{rs1},{sh}")  # fmt: skip
        for imm in (0, 1, 0x1F, 0x20, 0xFFFFF, 0xFFFE0, 0xFFFDF):
            yield f"lui {rd},{imm}"
        for off in (-8, 0, 4, 8, 124, 128, 248, 252, 256, 504, 512):
            for base in ("sp", "s0", "a5", "t6"):
                yield from (f"ld {rd},{off}({base})", f"lw {rd},{off}({base})",
                            f"sd {rd},{off}({base})", f"sw {rd},{off}({base})")  # fmt: skip
    for fr in ("fa0", "fs0", "ft0", "ft11"):
        for off in (0, 8, 248, 256, 504):
            for base in ("sp", "s0", "t6"):
                yield from (f"fld {fr},{off}({base})", f"fsd {fr},{off}({base})",
                            f"flw {fr},{off}({base})", f"fsw {fr},{off}({base})")  # fmt: skip


def compressed_cases() -> Iterator[str]:
    """Every 16-bit parcel: its explicit c.* spelling and its 32-bit expansion."""
    seen: set[str] = set()
    for half in range(1 << 16):
        ins = decode16(half) if half & 3 != 3 else None
        if ins is None or ins.op.fmt.name in ("B", "J"):
            continue
        dis = Disassembler(no_aliases=True, symbolize=_dot_relative)
        text = dis.line(half.to_bytes(2, "little"), 0).replace("\t", " ")
        word = encode(ins.op, ins.rd, ins.rs1, ins.rs2, 0, ins.imm)
        expanded = dis.line(word.to_bytes(4, "little"), 0).partition(" #")[0].replace("\t", " ")
        for line in (text, expanded):
            if line not in seen and not line.startswith("."):
                seen.add(line)
                yield line


def corpus() -> str:
    lines = [*table_cases(), *pseudo_cases(), *li_cases(), *spelling_cases()]
    return ".text\n" + "".join(f"\t{line}\n" for line in lines)


# --- comparing -------------------------------------------------------------------------


def gnu_text(source: str, march: str) -> bytes:
    res = oracle.run_tool("as", [f"-march={march}", "-mno-relax", "x.s", "-o", "x.o"],
                          {"x.s": source}, outputs=["x.o"]).check()  # fmt: skip
    elf = read_elf(res.output("x.o").read_bytes(), "gnu")
    sec = elf.section(".text")
    assert sec is not None
    return elf.contents(sec)


def our_text(source: str, march: str) -> bytes:
    obj = assemble(source, "x.s", Options(march=march, relax=False))
    elf = read_elf(write_relocatable(obj), "ours")
    sec = elf.section(".text")
    assert sec is not None
    return elf.contents(sec)


def first_difference(source: str, march: str, ours: bytes, gnu: bytes) -> str:
    """The source line of the first differing byte (our addresses of each line)."""
    at = next((i for i, (a, b) in enumerate(zip(ours, gnu, strict=False)) if a != b),
              min(len(ours), len(gnu)))  # fmt: skip
    lines = source.splitlines()[1:]
    labelled = ".text\n" + "".join(f"Lline{i}:\n{line}\n" for i, line in enumerate(lines))
    obj = assemble(labelled, "x.s", Options(march=march, relax=False))
    starts = sorted((s.value, int(s.name[6:])) for s in obj.symbols if s.name.startswith("Lline"))
    line_no = max((n for value, n in starts if value <= at), default=0)
    return f"{lines[line_no].strip()} (byte {at:#x})"


@pytest.mark.parametrize("march", ["rv64gc", "rv64g"])
def test_corpus(march: str) -> None:
    source = corpus()
    gnu = gnu_text(source, march)
    ours = our_text(source, march)
    n = source.count("\n") - 1
    if ours != gnu:
        pytest.fail(f"{march}: .text differs ({len(ours)} vs {len(gnu)} bytes); first bad "
                    f"line: {first_difference(source, march, ours, gnu)}")  # fmt: skip
    print(f"{march}: {n} lines, {len(gnu)} bytes identical")


@pytest.mark.parametrize("march", ["rv64gc", "rv64g"])
def test_compressed_forms(march: str) -> None:
    """Every parcel's c.* spelling (rv64gc only: GNU rejects them without C) and expansion."""
    lines = [line for line in compressed_cases() if march == "rv64gc" or not line.startswith("c.")]
    source = ".text\n" + "".join(f"\t{line}\n" for line in lines)
    assert our_text(source, march) == gnu_text(source, march)
