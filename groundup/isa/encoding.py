"""Instruction formats: where the fields and immediates sit in a 32-bit word.

RISC-V keeps rd, rs1, rs2 and funct3 at the same place in every format, and scatters
immediate bits so that the sign bit is always bit 31 (unprivileged spec, "Base
Instruction Formats" and "Immediate Encoding Variants"). The functions here pull
those immediates out of a word and put them back; the decoder, the disassembler
and the assembler's encoder all go through them.
"""

from __future__ import annotations

from enum import StrEnum


class Fmt(StrEnum):
    """How an instruction's immediate is laid out (the register fields never move)."""

    R = "R"  # no immediate
    R4 = "R4"  # rs3 in bits 31:27 (fused multiply-add)
    I = "I"  # noqa: E741  12-bit signed
    S = "S"  # 12-bit signed, split around rd
    B = "B"  # 13-bit signed branch offset, bit 0 implied
    U = "U"  # upper 20 bits
    J = "J"  # 21-bit signed jump offset, bit 0 implied
    SH6 = "SH6"  # 6-bit shift amount (RV64 slli/srli/srai)
    SH5 = "SH5"  # 5-bit shift amount (*W shifts)
    CSR = "CSR"  # csr number in bits 31:20, rs1 is a register
    CSRI = "CSRI"  # csr number in bits 31:20, rs1 field is a 5-bit immediate
    FENCE = "FENCE"  # fm, pred, succ in bits 31:20


def sext(value: int, bits: int) -> int:
    """Sign-extend the low `bits` bits of `value`."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def bits(word: int, hi: int, lo: int) -> int:
    """The field word[hi:lo], inclusive, as the spec writes it."""
    return (word >> lo) & ((1 << (hi - lo + 1)) - 1)


#  31          20 19   15 14  12 11    7 6      0
# | imm[11:0]    |  rs1  | f3   |  rd   | opcode |   I-type
def imm_i(w: int) -> int:
    return sext(w >> 20, 12)


#  31     25 24  20 19  15 14  12 11      7 6     0
# | imm[11:5]| rs2 | rs1 | f3   | imm[4:0] | opcode |   S-type
def imm_s(w: int) -> int:
    return sext((bits(w, 31, 25) << 5) | bits(w, 11, 7), 12)


#  31       30     25 24 20 19 15 14 12 11     8    7       6    0
# | imm[12] | imm[10:5] | rs2 | rs1 | f3 | imm[4:1] | imm[11] | opcode |   B-type
def imm_b(w: int) -> int:
    v = (bits(w, 31, 31) << 12) | (bits(w, 7, 7) << 11)
    v |= (bits(w, 30, 25) << 5) | (bits(w, 11, 8) << 1)
    return sext(v, 13)


#  31                  12 11   7 6      0
# | imm[31:12]           |  rd  | opcode |   U-type (value already shifted left by 12)
def imm_u(w: int) -> int:
    return sext(w & 0xFFFFF000, 32)


#  31       30        21    20       19        12 11  7 6      0
# | imm[20] | imm[10:1] | imm[11] | imm[19:12]   | rd  | opcode |   J-type
def imm_j(w: int) -> int:
    v = (bits(w, 31, 31) << 20) | (bits(w, 19, 12) << 12)
    v |= (bits(w, 20, 20) << 11) | (bits(w, 30, 21) << 1)
    return sext(v, 21)


def decode_imm(fmt: Fmt, w: int) -> int:
    """The immediate operand of word `w` in format `fmt` (0 for formats without one)."""
    match fmt:
        case Fmt.I:
            return imm_i(w)
        case Fmt.S:
            return imm_s(w)
        case Fmt.B:
            return imm_b(w)
        case Fmt.U:
            return imm_u(w)
        case Fmt.J:
            return imm_j(w)
        case Fmt.SH6:
            return bits(w, 25, 20)
        case Fmt.SH5:
            return bits(w, 24, 20)
        case Fmt.CSR | Fmt.CSRI | Fmt.FENCE:
            return bits(w, 31, 20)
        case _:
            return 0


# The range each format's immediate can hold: (lowest, highest, required alignment).
IMM_RANGE: dict[Fmt, tuple[int, int, int]] = {
    Fmt.I: (-2048, 2047, 1),
    Fmt.S: (-2048, 2047, 1),
    Fmt.B: (-4096, 4094, 2),
    Fmt.U: (-(1 << 31), (1 << 31) - 4096, 4096),
    Fmt.J: (-(1 << 20), (1 << 20) - 2, 2),
    Fmt.SH6: (0, 63, 1),
    Fmt.SH5: (0, 31, 1),
    Fmt.CSR: (0, 4095, 1),
    Fmt.CSRI: (0, 4095, 1),
    Fmt.FENCE: (0, 4095, 1),
}


def encode_imm(fmt: Fmt, imm: int) -> int:
    """The bits that place `imm` into a word of format `fmt` (the inverse of decode_imm).

    Raises ValueError when the value does not fit; the caller names the source position.
    """
    if fmt in (Fmt.R, Fmt.R4):
        return 0
    lo, hi, align = IMM_RANGE[fmt]
    if fmt is Fmt.U and 0 <= imm <= 0xFFFFF000:
        imm = sext(imm, 32)  # lui accepts the unsigned spelling of the same 32-bit value
    if not lo <= imm <= hi or imm % align:
        raise ValueError(f"immediate {imm} out of range for {fmt} format [{lo}, {hi}]")
    u = imm & 0xFFFFFFFF
    match fmt:
        case Fmt.I | Fmt.SH6 | Fmt.SH5 | Fmt.CSR | Fmt.CSRI | Fmt.FENCE:
            return (u & 0xFFF) << 20
        case Fmt.S:
            return (bits(u, 11, 5) << 25) | (bits(u, 4, 0) << 7)
        case Fmt.B:
            return (
                (bits(u, 12, 12) << 31)
                | (bits(u, 10, 5) << 25)
                | (bits(u, 4, 1) << 8)
                | (bits(u, 11, 11) << 7)
            )
        case Fmt.U:
            return u & 0xFFFFF000
        case Fmt.J:
            return (
                (bits(u, 20, 20) << 31)
                | (bits(u, 10, 1) << 21)
                | (bits(u, 11, 11) << 20)
                | (bits(u, 19, 12) << 12)
            )
    raise AssertionError(fmt)


def instruction_length(low_half: int) -> int:
    """Bytes in the instruction whose first 16-bit parcel is `low_half`.

    Spec "Base Instruction-Length Encoding": low bits != 11 is a 16-bit compressed
    instruction; xxx11 with bits 4:2 != 111 is 32-bit. Longer encodings are reserved;
    we report them as 4 so that they decode as illegal.
    """
    return 2 if low_half & 3 != 3 else 4
