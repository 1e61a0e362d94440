"""Encode: from an op and its operands back to the bits (the assembler's half of decode).

32-bit instructions are built from the op's fixed bits plus the register fields and
the immediate placed by `encoding.encode_imm`. Compressed forms are found by
inverting decode: every 16-bit parcel is decoded once, and the expansion it
stands for is remembered, so compression can never disagree with decoding.
"""

from __future__ import annotations

from functools import cache

from groundup.isa.decode import decode16
from groundup.isa.encoding import Fmt, encode_imm
from groundup.isa.table import Op

# The register fields that each format actually has, besides rd/rs1/rs2.
_NO_RS2 = frozenset({Fmt.I, Fmt.U, Fmt.J, Fmt.SH6, Fmt.SH5, Fmt.CSR, Fmt.CSRI, Fmt.FENCE})


def encode(
    op: Op,
    rd: int = 0,
    rs1: int = 0,
    rs2: int = 0,
    rs3: int = 0,
    imm: int = 0,
    rm: int = 0,
    aq: bool = False,
    rl: bool = False,
) -> int:
    """The 32-bit word for `op` with these operands.

    Fields that the op fixes (funct codes, a fixed rs2 selecting a conversion, ...)
    come from its match bits and override anything passed. Raises ValueError when
    an operand does not fit its field.
    """
    for name, reg in (("rd", rd), ("rs1", rs1), ("rs2", rs2), ("rs3", rs3)):
        if not 0 <= reg < 32:
            raise ValueError(f"{name} {reg} is not a register number")
    if not 0 <= rm < 8:
        raise ValueError(f"rounding mode {rm} does not fit in 3 bits")
    word = rd << 7
    if op.fmt not in (Fmt.U, Fmt.J):  # there, bits 19:12 belong to the immediate
        word |= (rm << 12) | (rs1 << 15)
    if op.fmt not in _NO_RS2:
        word |= rs2 << 20
    if op.fmt is Fmt.R4:
        word |= rs3 << 27
    if op.ext == "A":
        word |= (int(aq) << 26) | (int(rl) << 25)
    word |= encode_imm(op.fmt, imm)
    return (word & ~op.mask) | op.match


@cache
def _compression_table() -> dict[tuple[str, int, int, int, int], int]:
    table: dict[tuple[str, int, int, int, int], int] = {}
    for half in range(1 << 16):
        if half & 3 == 3:
            continue
        ins = decode16(half)
        if ins is None:
            continue
        key = (ins.op.name, ins.rd, ins.rs1, ins.rs2, ins.imm)
        table.setdefault(key, half)  # the lowest parcel wins among hint duplicates
    return table


def compress(name: str, rd: int, rs1: int, rs2: int, imm: int) -> int | None:
    """The 16-bit parcel that expands to exactly this instruction, if there is one."""
    return _compression_table().get((name, rd, rs1, rs2, imm))
