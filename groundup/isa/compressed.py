"""The C extension: 16-bit forms and the 32-bit instruction each one stands for.

Every compressed instruction is an abbreviation of a base instruction (spec,
"Compressed Instruction Formats"), so decode expands it and nothing after decode
knows it was compressed — the engines pay nothing for it. The compressed name and
operand syntax are kept for the disassembler's `-M no-aliases` view.

Each `COp` gives the fields of its expansion as a function of the 16-bit parcel:
(rd, rs1, rs2, imm), or None where the encoding is reserved (illegal).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from groundup.isa.encoding import bits, sext

Fields = tuple[int, int, int, int]  # rd, rs1, rs2, imm of the expanded instruction
Expand = Callable[[int], Fields | None]


@dataclass(frozen=True, slots=True)
class COp:
    name: str  # c.addi, c.lw ...
    match: int
    mask: int
    base: str  # the mnemonic of the 32-bit instruction it expands to
    syntax: str  # operands in no-aliases disassembly, over the expanded fields
    expand: Expand


COPS: list[COp] = []

SP, RA = 2, 1


def cop(name: str, quadrant: int, f3: int, base: str, syntax: str, expand: Expand,
        match: int = 0, mask: int = 0) -> None:  # fmt: skip
    COPS.append(COp(name, match | (f3 << 13) | quadrant, mask | 0xE003, base, syntax, expand))


def r3(field: int) -> int:
    """The popular registers x8-x15 that a 3-bit field (rd', rs1', rs2') names."""
    return 8 + field


# Each immediate below lists, for each instruction bit from high to low, which bit of
# the immediate it carries — the spec writes these as e.g. nzuimm[5:4|9:6|2|3].
def scatter(h: int, layout: tuple[tuple[int, int, tuple[int, ...]], ...]) -> int:
    """Gather immediate bits: for each (hi, lo, targets), bits h[hi:lo] go to `targets`."""
    v = 0
    for hi, lo, targets in layout:
        field = bits(h, hi, lo)
        for i, target in enumerate(targets):
            if field >> (len(targets) - 1 - i) & 1:
                v |= 1 << target
    return v


# Immediate layouts, straight from the spec's format tables.
ADDI4SPN = ((12, 5, (5, 4, 9, 8, 7, 6, 2, 3)),)
CL_W = ((12, 10, (5, 4, 3)), (6, 6, (2,)), (5, 5, (6,)))
CL_D = ((12, 10, (5, 4, 3)), (6, 5, (7, 6)))
CI_IMM = ((12, 12, (5,)), (6, 2, (4, 3, 2, 1, 0)))
ADDI16SP = ((12, 12, (9,)), (6, 2, (4, 6, 8, 7, 5)))
CJ = ((12, 2, (11, 4, 9, 8, 10, 6, 7, 3, 2, 1, 5)),)
CB = ((12, 10, (8, 4, 3)), (6, 2, (7, 6, 2, 1, 5)))
LWSP = ((12, 12, (5,)), (6, 2, (4, 3, 2, 7, 6)))
LDSP = ((12, 12, (5,)), (6, 2, (4, 3, 8, 7, 6)))
SWSP = ((12, 7, (5, 4, 3, 2, 7, 6)),)
SDSP = ((12, 7, (5, 4, 3, 8, 7, 6)),)


def _rd(h: int) -> int:
    return bits(h, 11, 7)


def _rs2(h: int) -> int:
    return bits(h, 6, 2)


def _rdp(h: int) -> int:  # rd' in bits 4:2 (CIW, CL)
    return r3(bits(h, 4, 2))


def _rs1p(h: int) -> int:  # rs1' / rd' in bits 9:7 (CL, CS, CA, CB)
    return r3(bits(h, 9, 7))


def _ci(h: int) -> int:
    return sext(scatter(h, CI_IMM), 6)


# --- quadrant 0 -----------------------------------------------------------------------
def _addi4spn(h: int) -> Fields | None:
    imm = scatter(h, ADDI4SPN)
    return (_rdp(h), SP, 0, imm) if imm else None  # nzuimm = 0 is reserved


def _cl(layout: tuple[tuple[int, int, tuple[int, ...]], ...]) -> Expand:
    return lambda h: (_rdp(h), _rs1p(h), 0, scatter(h, layout))


def _cs(layout: tuple[tuple[int, int, tuple[int, ...]], ...]) -> Expand:
    return lambda h: (0, _rs1p(h), _rdp(h), scatter(h, layout))


cop("c.addi4spn", 0, 0, "addi", "rd,rs1,imm", _addi4spn)
cop("c.fld", 0, 1, "fld", "frd,imm(rs1)", _cl(CL_D))
cop("c.lw", 0, 2, "lw", "rd,imm(rs1)", _cl(CL_W))
cop("c.ld", 0, 3, "ld", "rd,imm(rs1)", _cl(CL_D))
cop("c.fsd", 0, 5, "fsd", "frs2,imm(rs1)", _cs(CL_D))
cop("c.sw", 0, 6, "sw", "rs2,imm(rs1)", _cs(CL_W))
cop("c.sd", 0, 7, "sd", "rs2,imm(rs1)", _cs(CL_D))


# --- quadrant 1 -----------------------------------------------------------------------
def _addiw(h: int) -> Fields | None:
    return (_rd(h), _rd(h), 0, _ci(h)) if _rd(h) else None  # rd = 0 is reserved


def _addi16sp(h: int) -> Fields | None:
    imm = sext(scatter(h, ADDI16SP), 10)
    return (SP, SP, 0, imm) if imm else None


def _lui(h: int) -> Fields | None:
    imm = _ci(h) << 12
    return (_rd(h), 0, 0, imm) if imm else None


def _shift(h: int) -> Fields:
    return (_rs1p(h), _rs1p(h), 0, scatter(h, CI_IMM))


def _branch(h: int) -> Fields:
    return (0, _rs1p(h), 0, sext(scatter(h, CB), 9))


cop("c.addi", 1, 0, "addi", "rd,imm", lambda h: (_rd(h), _rd(h), 0, _ci(h)))
cop("c.addiw", 1, 1, "addiw", "rd,imm", _addiw)
cop("c.li", 1, 2, "addi", "rd,imm", lambda h: (_rd(h), 0, 0, _ci(h)))
cop("c.addi16sp", 1, 3, "addi", "rd,imm", _addi16sp, match=SP << 7, mask=0x1F << 7)
cop("c.lui", 1, 3, "lui", "rd,cuimm", _lui)
cop("c.srli", 1, 4, "srli", "rd,shamt", _shift, match=0 << 10, mask=3 << 10)
cop("c.srai", 1, 4, "srai", "rd,shamt", _shift, match=1 << 10, mask=3 << 10)
cop("c.andi", 1, 4, "andi", "rd,imm", lambda h: (_rs1p(h), _rs1p(h), 0, _ci(h)),
    match=2 << 10, mask=3 << 10)  # fmt: skip
for _name, _base, _b12, _b65 in (
    ("c.sub", "sub", 0, 0),
    ("c.xor", "xor", 0, 1),
    ("c.or", "or", 0, 2),
    ("c.and", "and", 0, 3),
    ("c.subw", "subw", 1, 0),
    ("c.addw", "addw", 1, 1),
):
    _match = (_b12 << 12) | (3 << 10) | (_b65 << 5)
    _mask = (1 << 12) | (3 << 10) | (3 << 5)
    cop(_name, 1, 4, _base, "rd,rs2", lambda h: (_rs1p(h), _rs1p(h), _rdp(h), 0), _match, _mask)
cop("c.j", 1, 5, "jal", "target", lambda h: (0, 0, 0, sext(scatter(h, CJ), 12)))
cop("c.beqz", 1, 6, "beq", "rs1,target", _branch)
cop("c.bnez", 1, 7, "bne", "rs1,target", _branch)


# --- quadrant 2 -----------------------------------------------------------------------
def _sp_load(layout: tuple[tuple[int, int, tuple[int, ...]], ...], fp: bool) -> Expand:
    # An integer load into x0 is reserved; the FP form may name f0.
    def expand(h: int) -> Fields | None:
        if not fp and _rd(h) == 0:
            return None
        return (_rd(h), SP, 0, scatter(h, layout))

    return expand


def _jr(h: int) -> Fields | None:
    return (0, _rd(h), 0, 0) if _rd(h) else None  # c.jr with rs1 = 0 is reserved


def _sp_store(layout: tuple[tuple[int, int, tuple[int, ...]], ...]) -> Expand:
    return lambda h: (0, SP, _rs2(h), scatter(h, layout))


cop("c.slli", 2, 0, "slli", "rd,shamt",
    lambda h: (_rd(h), _rd(h), 0, scatter(h, CI_IMM)))  # fmt: skip
cop("c.fldsp", 2, 1, "fld", "frd,imm(rs1)", _sp_load(LDSP, fp=True))
cop("c.lwsp", 2, 2, "lw", "rd,imm(rs1)", _sp_load(LWSP, fp=False))
cop("c.ldsp", 2, 3, "ld", "rd,imm(rs1)", _sp_load(LDSP, fp=False))
# Funct3 100 of quadrant 2 holds four instructions told apart by bit 12 and rs2/rd.
cop("c.jr", 2, 4, "jalr", "rs1", _jr, match=0, mask=(1 << 12) | 0x7C)
cop("c.mv", 2, 4, "add", "rd,rs2", lambda h: (_rd(h), 0, _rs2(h), 0), match=0, mask=1 << 12)
cop("c.ebreak", 2, 4, "ebreak", "", lambda h: (0, 0, 0, 0), match=1 << 12, mask=0x1FFC)
cop("c.jalr", 2, 4, "jalr", "rs1", lambda h: (RA, _rd(h), 0, 0), match=1 << 12,
    mask=(1 << 12) | 0x7C)  # fmt: skip
cop("c.add", 2, 4, "add", "rd,rs2", lambda h: (_rd(h), _rd(h), _rs2(h), 0), match=1 << 12,
    mask=1 << 12)  # fmt: skip
cop("c.fsdsp", 2, 5, "fsd", "frs2,imm(rs1)", _sp_store(SDSP))
cop("c.swsp", 2, 6, "sw", "rs2,imm(rs1)", _sp_store(SWSP))
cop("c.sdsp", 2, 7, "sd", "rs2,imm(rs1)", _sp_store(SDSP))


def find(h: int) -> COp | None:
    """The compressed instruction that 16-bit parcel `h` encodes, if any.

    The table lists the most specific encodings of a shared funct3 first (c.addi16sp
    before c.lui, c.jr before c.mv, ...), so the first match is the right one.
    """
    for c in COPS:
        if h & c.mask == c.match:
            return c
    return None
