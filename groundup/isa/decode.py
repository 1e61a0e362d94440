"""Decode: from the bits of an instruction to an `Instr` naming its op and operands.

Compressed instructions are expanded here into the op they abbreviate, so an
`Instr` for `c.addi a0,1` carries op `addi` with rd = rs1 = a0 and imm = 1, and
size 2; `cop` remembers the compressed form for the disassembler.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from groundup.isa import compressed
from groundup.isa.compressed import COp
from groundup.isa.encoding import bits, decode_imm, instruction_length
from groundup.isa.table import BY_NAME, OPS, Op


@dataclass(frozen=True, slots=True)
class Instr:
    op: Op
    raw: int  # the instruction's bits (16 or 32 of them)
    size: int  # bytes: 2 or 4
    rd: int
    rs1: int
    rs2: int
    rs3: int
    imm: int  # sign-extended where the format says so; csr number for csr ops
    rm: int  # bits 14:12, the rounding mode of fp ops
    cop: COp | None = None  # the compressed form this was expanded from

    @property
    def name(self) -> str:
        return self.op.name

    @property
    def aq(self) -> bool:
        return bool(self.raw >> 26 & 1) if self.size == 4 else False

    @property
    def rl(self) -> bool:
        return bool(self.raw >> 25 & 1) if self.size == 4 else False


def _by_opcode() -> dict[int, list[Op]]:
    # Within an opcode, more fixed bits first: fence.tso before fence, srai before srli.
    table: dict[int, list[Op]] = {}
    for o in OPS:
        table.setdefault(o.match & 0x7F, []).append(o)
    for ops in table.values():
        ops.sort(key=lambda o: -o.mask.bit_count())
    return table


BY_OPCODE = _by_opcode()


def find_op(word: int) -> Op | None:
    """The op of a 32-bit instruction word, or None if the word is not in the table."""
    for o in BY_OPCODE.get(word & 0x7F, ()):
        if word & o.mask == o.match:
            return o
    return None


def decode32(word: int) -> Instr | None:
    o = find_op(word)
    if o is None:
        return None
    return Instr(
        o,
        word,
        4,
        rd=bits(word, 11, 7),
        rs1=bits(word, 19, 15),
        rs2=bits(word, 24, 20),
        rs3=bits(word, 31, 27),
        imm=decode_imm(o.fmt, word),
        rm=bits(word, 14, 12),
    )


def decode16(half: int) -> Instr | None:
    c = compressed.find(half)
    if c is None:
        return None
    fields = c.expand(half)
    if fields is None:
        return None
    rd, rs1, rs2, imm = fields
    # Expanded fp loads/stores are D ops; rm is never meaningful for compressed forms.
    return Instr(BY_NAME[c.base], half, 2, rd, rs1, rs2, 0, imm, 0, c)


@lru_cache(maxsize=1 << 16)
def decode(word: int) -> Instr | None:
    """Decode the instruction starting in the low bits of `word`.

    `word` holds at least the instruction's bytes, little-endian (32 bits are
    enough: a 16-bit instruction ignores the upper half). None means illegal.
    """
    if instruction_length(word & 0xFFFF) == 2:
        return decode16(word & 0xFFFF)
    return decode32(word & 0xFFFFFFFF)
