"""Relocation: the second of the linker's two jobs.

The assembler left holes: it could not know where anything would be. Each
relocation names a place (section + offset), a symbol S, an addend A and a
type saying what to compute and how to store it (RISC-V psABI,
"Relocations"). Now every address is known:

    S  the symbol's address      A  the addend      P  the place's address
    G  the symbol's GOT slot     TP the start of the thread-local block

    absolute       R_RISCV_64, 32           S + A
                   HI20 / LO12_I / LO12_S   the upper 20 / lower 12 bits of S + A
    pc-relative    PCREL_HI20, CALL, JAL,   S + A - P
                   BRANCH, RVC_*, 32_PCREL
                   PCREL_LO12_I / _S        the low 12 bits of what the HI20 at its
                                            label computed (S names that auipc)
    via the GOT    GOT_HI20, TLS_GOT_HI20,  G + A - P
                   TLS_GD_HI20
    tp-relative    TPREL_HI20 / LO12_*      S + A - TP
    differences    ADD/SUB 8..64, SUB6,     the place's bytes plus or minus S + A,
                   SET*, SET/SUB_ULEB128    or replaced by it (gas uses them for
                                            label differences: .eh_frame, DWARF)

A value is stored into an instruction's immediate fields (diagrams below) and
checked to fit first: a value that does not fit — a call to code more than
1 MiB away through `jal`, a branch target at an odd address — is a
"relocation truncated to fit" error naming the object, section, offset,
relocation and symbol. A reference to a symbol nothing defines is an
"undefined reference" (unless weak: then S is 0).

R_RISCV_RELAX marks an instruction the linker may shorten and TPREL_ADD one
it may drop; this linker does neither, so both are no-ops; ALIGN padding was
already settled (relax.py).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from groundup.elf.constants import R_RISCV, SHF, STB, STT
from groundup.elf.reader import Relocation
from groundup.link.errors import Reporter
from groundup.link.got import SLOT_OF, TLS_DTV_OFFSET, Got, Slot
from groundup.link.inputs import InputSection
from groundup.link.symbols import Kind, Symbol

NO_OPS = frozenset({R_RISCV.NONE, R_RISCV.RELAX, R_RISCV.ALIGN, R_RISCV.TPREL_ADD})
HI20_TYPES = frozenset({R_RISCV.PCREL_HI20, R_RISCV.GOT_HI20, R_RISCV.TLS_GOT_HI20,
                        R_RISCV.TLS_GD_HI20})  # fmt: skip
MASK64 = (1 << 64) - 1
# Little-endian words read and written in place (struct: int.from_bytes on a slice and back
# took four times as long, and this is done per relocation).
U32, PAIR = struct.Struct("<I"), struct.Struct("<II")
WORD = {1: struct.Struct("<B"), 2: struct.Struct("<H"), 4: U32, 8: struct.Struct("<Q")}
GNU_IFUNC = int(STT.GNU_IFUNC)  # read per relocation: an Enum member is slow to look up
# Bytes written by the data relocations that add, subtract or set.
WIDTH: dict[int, int] = {R_RISCV.ADD8: 1, R_RISCV.ADD16: 2, R_RISCV.ADD32: 4, R_RISCV.ADD64: 8,
                         R_RISCV.SUB8: 1, R_RISCV.SUB16: 2, R_RISCV.SUB32: 4, R_RISCV.SUB64: 8,
                         R_RISCV.SET8: 1, R_RISCV.SET16: 2, R_RISCV.SET32: 4}  # fmt: skip
# Bytes each relocation rewrites, to keep it inside its section (1 for the rest: SET6,
# SUB6 and the ULEB128 pair, whose length is the number's own).
SIZE: dict[int, int] = {
    **dict.fromkeys((R_RISCV.RVC_BRANCH, R_RISCV.RVC_JUMP, R_RISCV.RVC_LUI), 2),
    **dict.fromkeys((R_RISCV.BRANCH, R_RISCV.JAL, R_RISCV.HI20, R_RISCV.LO12_I, R_RISCV.LO12_S,
                     R_RISCV.PCREL_LO12_I, R_RISCV.PCREL_LO12_S, R_RISCV.TPREL_HI20,
                     R_RISCV.TPREL_LO12_I, R_RISCV.TPREL_LO12_S, *HI20_TYPES, R_RISCV.R_32,
                     R_RISCV.R_32_PCREL, R_RISCV.PLT32, R_RISCV.GOT32_PCREL,
                     R_RISCV.TLS_DTPREL32, R_RISCV.TLS_TPREL32), 4),
    **dict.fromkeys((R_RISCV.CALL, R_RISCV.CALL_PLT, R_RISCV.R_64, R_RISCV.TLS_DTPREL64,
                     R_RISCV.TLS_TPREL64), 8),
    **WIDTH,
}  # fmt: skip


def type_name(rtype: int) -> str:
    try:
        name = R_RISCV(rtype).name
    except ValueError:
        return f"R_RISCV_<{rtype}>"
    return "R_RISCV_" + (name[2:] if name.startswith("R_") else name)


def fits(value: int, bits: int) -> bool:
    """Does `value` fit in a `bits`-bit two's-complement field?"""
    return -(1 << (bits - 1)) <= value < (1 << (bits - 1))


def hi20(value: int) -> int:
    """The upper 20 bits, rounded so that adding the sign-extended lower 12 gives value."""
    return ((value + 0x800) >> 12) & 0xFFFFF


# --- Instruction fields (The RISC-V ISA manual, "Base Instruction Formats", "RVC") ------
#
#   U  lui/auipc   | imm[31:12]                               | rd    | opcode |
#   I  addi/ld/jalr| imm[11:0]          | rs1 | f3 | rd        |       | opcode |
#   S  sd          | imm[11:5] | rs2    | rs1 | f3 | imm[4:0]  |       | opcode |
#   B  beq         |[12|10:5]  | rs2    | rs1 | f3 | [4:1|11]  |       | opcode |
#   J  jal         | [20|10:1|11|19:12]                       | rd    | opcode |
#   CB c.beqz      | f3 | [8|4:3] | rs1' | [7:6|2:1|5] | op |   (16 bits)
#   CJ c.j         | f3 | [11|4|9:8|10|6|7|3:1|5]      | op |
#   CI c.lui       | f3 | [17] | rd | [16:12] | op |


def u_type(insn: int, value: int) -> int:
    return (insn & 0xFFF) | (hi20(value) << 12)


def i_type(insn: int, value: int) -> int:
    return (insn & 0x000FFFFF) | ((value & 0xFFF) << 20)


def s_type(insn: int, value: int) -> int:
    return (insn & 0x01FFF07F) | ((value >> 5 & 0x7F) << 25) | ((value & 0x1F) << 7)


def b_type(insn: int, v: int) -> int:
    return ((insn & 0x01FFF07F) | (v >> 12 & 1) << 31 | (v >> 5 & 0x3F) << 25
            | (v >> 1 & 0xF) << 8 | (v >> 11 & 1) << 7)  # fmt: skip


def j_type(insn: int, v: int) -> int:
    return ((insn & 0xFFF) | (v >> 20 & 1) << 31 | (v >> 1 & 0x3FF) << 21
            | (v >> 11 & 1) << 20 | (v >> 12 & 0xFF) << 12)  # fmt: skip


def cb_type(insn: int, v: int) -> int:
    return ((insn & 0xE383) | (v >> 8 & 1) << 12 | (v >> 3 & 3) << 10 | (v >> 6 & 3) << 5
            | (v >> 1 & 3) << 3 | (v >> 5 & 1) << 2)  # fmt: skip


def cj_type(insn: int, v: int) -> int:
    return ((insn & 0xE003) | (v >> 11 & 1) << 12 | (v >> 4 & 1) << 11 | (v >> 8 & 3) << 9
            | (v >> 10 & 1) << 8 | (v >> 6 & 1) << 7 | (v >> 7 & 1) << 6 | (v >> 1 & 7) << 3
            | (v >> 5 & 1) << 2)  # fmt: skip


def ci_lui(insn: int, hi: int) -> int:
    return (insn & 0xEF83) | (hi >> 5 & 1) << 12 | (hi & 0x1F) << 2


# --- The relocator ---------------------------------------------------------------------


@dataclass(slots=True)
class Relocator:
    reporter: Reporter
    got: Got | None
    tls_start: int
    his: dict[int, dict[int, Relocation]] = field(default_factory=dict)  # id(sec) -> by offset
    uleb: dict[int, tuple[Relocation, Symbol, int]] = field(default_factory=dict)  # SET_ULEB128
    failed: bool = False  # a relocation of the current section could not be applied
    warnings: dict[str, str] = field(default_factory=dict)  # symbol -> text, until said once

    def relocate(self, sec: InputSection) -> None:
        """Apply every relocation of `sec` to its bytes."""
        if not sec.relocations:
            return
        data = bytearray(sec.data)
        symbols, warnings, end = sec.file.symbols, self.warnings, len(data)
        self.failed = False
        for r in sec.relocations:  # (the link's hottest loop: 30,000 times for libc)
            if r.type in NO_OPS:
                continue
            if self.failed:
                break  # as GNU ld does: after one bad relocation, the section's rest is left
            sym = symbols[r.symbol]
            target = sym.section  # not None: a definition (nearly all are, so checked first)
            usual = target is not None and not target.discarded and sym.type != GNU_IFUNC
            if r.symbol and not usual and not self._usable(sec, r, sym):
                continue
            if warnings and sym.name in warnings and not sym.is_local and sym.file is not sec.file:
                self.reporter.warning_at(sec, r.offset, warnings.pop(sym.name))
            if r.offset + SIZE.get(r.type, 1) > end:
                self._fail(sec, r, f"{type_name(r.type)} runs past the end of the section")
                continue
            apply = APPLY.get(r.type)
            if apply is None:
                self._fail(sec, r, f"unsupported relocation type {type_name(r.type)} "
                           f"against `{sym.name}'")  # fmt: skip
                continue
            value = target.address + sym.value if target is not None else sym.address
            apply(self, sec, data, r, sym, value + r.addend)  # S + A
        for r, sym, value in self.uleb.values():  # a SET_ULEB128 on its own
            self._uleb(sec, data, r, sym, value)
        self.uleb.clear()
        sec.data = bytes(data)

    def _usable(self, sec: InputSection, r: Relocation, sym: Symbol) -> bool:
        """Report a reference to nothing; False when the relocation cannot be applied."""
        if sym.kind == Kind.UNDEFINED and sym.bind != STB.WEAK and not sym.is_local:
            if sec.flags & SHF.ALLOC:
                self.reporter.undefined(sec, r.offset, sym.name)
            return False
        if sym.type == STT.GNU_IFUNC and sym.defined:
            self._fail(sec, r, f"`{sym.name}' is an indirect function (STT_GNU_IFUNC), which "
                       "groundup ld does not support")  # fmt: skip
            return False
        target = sym.section
        if target is not None and target.discarded and sec.flags & SHF.ALLOC:
            if sec.name == ".eh_frame":
                return False
            name = target.name if sym.type == STT.SECTION else sym.name
            self._fail(sec, r, f"`{name}' referenced in section `{sec.name}' of "
                       f"{sec.file.name}: defined in discarded section `{target.name}' of "
                       f"{target.file.name}")  # fmt: skip
            return False
        return True

    # --- One method per relocation type (APPLY, after the class, says which) -----------
    #
    # Each gets the place's bytes and S + A; a method that finds the value does not fit
    # reports it and writes nothing.

    def _call(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        """auipc + jalr: the distance to S + A, split over the two immediates."""
        at = r.offset
        offset = value - sec.address - at
        if self._fits_hi20(sec, r, sym, offset):
            auipc, jalr = PAIR.unpack_from(data, at)
            PAIR.pack_into(data, at, u_type(auipc, offset), i_type(jalr, offset))

    def _pcrel_hi(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                  value: int) -> None:  # fmt: skip
        """auipc of a %pcrel_hi, %got_pcrel_hi, %tls_ie_pcrel_hi or %tls_gd_pcrel_hi."""
        offset = self.hi_value(sec, r)
        if self._fits_hi20(sec, r, sym, offset):
            U32.pack_into(data, r.offset, u_type(U32.unpack_from(data, r.offset)[0], offset))

    def _pcrel_lo(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                  value: int) -> None:  # fmt: skip
        """The low 12 bits of the value the auipc at label S computed."""
        label = sym.section
        hi = self._hi_at(label, sym.value) if label is not None else None
        if hi is None or label is None:
            self._fail(sec, r, "dangerous relocation: %pcrel_lo missing matching %pcrel_hi")
            return
        value = self.hi_value(label, hi) + r.addend
        encode = i_type if r.type == R_RISCV.PCREL_LO12_I else s_type
        U32.pack_into(data, r.offset, encode(U32.unpack_from(data, r.offset)[0], value))

    def _pcrel32(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                 value: int) -> None:  # fmt: skip
        self._word32(sec, data, r, sym, value - sec.address - r.offset)

    def _got32_pcrel(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                     value: int) -> None:  # fmt: skip
        pc = sec.address + r.offset
        self._word32(sec, data, r, sym, self._slot(Slot.ADDRESS, sym) + r.addend - pc)

    def _hi20(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        if self._fits_hi20(sec, r, sym, value):
            put32(data, r.offset, u_type(get32(data, r.offset), value))

    def _lo12_i(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                value: int) -> None:  # fmt: skip
        put32(data, r.offset, i_type(get32(data, r.offset), value))

    def _lo12_s(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                value: int) -> None:  # fmt: skip
        put32(data, r.offset, s_type(get32(data, r.offset), value))

    def _tprel_hi20(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                    value: int) -> None:  # fmt: skip
        self._hi20(sec, data, r, sym, value - self.tls_start)

    def _tprel_lo12_i(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                      value: int) -> None:  # fmt: skip
        self._lo12_i(sec, data, r, sym, value - self.tls_start)

    def _tprel_lo12_s(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                      value: int) -> None:  # fmt: skip
        self._lo12_s(sec, data, r, sym, value - self.tls_start)

    def _set6(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        data[r.offset] = (data[r.offset] & 0xC0) | (value & 0x3F)

    def _sub6(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        data[r.offset] = (data[r.offset] & 0xC0) | ((data[r.offset] - value) & 0x3F)

    def _rvc_lui(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                 value: int) -> None:  # fmt: skip
        hi = (value + 0x800) >> 12
        if not fits(hi, 6) or hi == 0:
            self._overflow(sec, r, sym)
            return
        put(data, r.offset, 2, ci_lui(get(data, r.offset, 2), hi))

    def _set_uleb128(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                     value: int) -> None:  # fmt: skip
        """The first of a pair: the SUB_ULEB128 that follows writes."""
        self.uleb[r.offset] = (r, sym, value)

    def _sub_uleb128(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                     value: int) -> None:  # fmt: skip
        first = self.uleb.pop(r.offset, None)
        if first is None:
            self._fail(sec, r, "R_RISCV_SUB_ULEB128 without a R_RISCV_SET_ULEB128 before it")
        else:
            self._uleb(sec, data, r, sym, first[2] - value)

    # --- Pieces ---------------------------------------------------------------------

    def _overflow(self, sec: InputSection, r: Relocation, sym: Symbol) -> None:
        self.reporter.overflow(sec, r.offset, type_name(r.type), sym)
        self.failed = True

    def _fail(self, sec: InputSection, r: Relocation, message: str) -> None:
        self.reporter.at_relocation(sec, r.offset, message)
        self.failed = True

    def _fits_hi20(self, sec: InputSection, r: Relocation, sym: Symbol, value: int) -> bool:
        """auipc/lui + a 12-bit immediate reach ±2 GiB: value + 0x800 must fit in 32 bits."""
        if fits(value + 0x800, 32):
            return True
        self._overflow(sec, r, sym)
        return False

    def _word32(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                value: int) -> None:  # fmt: skip
        if not fits(value, 32):
            self._overflow(sec, r, sym)
            return
        put(data, r.offset, 4, value)

    def _uleb(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        """Rewrite the ULEB128 number at the place in the bytes it already has."""
        at = end = r.offset
        while end < len(data) - 1 and data[end] & 0x80:
            end += 1
        count = end - at + 1
        if value < 0 or value >> (7 * count):
            self._overflow(sec, r, sym)
            return
        for i in range(count):
            data[at + i] = (value >> (7 * i) & 0x7F) | (0x80 if i < count - 1 else 0)

    def _slot(self, kind: Slot, sym: Symbol) -> int:
        assert self.got is not None
        return self.got.address(kind, sym)

    def hi_value(self, sec: InputSection, r: Relocation) -> int:
        """What a %pcrel_hi-like relocation computes: its target's distance from P."""
        sym = sec.file.symbols[r.symbol]
        pc = sec.address + r.offset
        slot = SLOT_OF.get(r.type)  # GOT_HI20, TLS_GOT_HI20, TLS_GD_HI20: G + A - P
        if slot is not None:
            return self._slot(slot, sym) + r.addend - pc
        return sym.address + r.addend - pc

    def _hi_at(self, sec: InputSection, offset: int) -> Relocation | None:
        table = self.his.get(id(sec))
        if table is None:
            table = self.his[id(sec)] = {r.offset: r for r in sec.relocations
                                         if r.type in HI20_TYPES}  # fmt: skip
        return table.get(offset)


Apply = Callable[[Relocator, InputSection, bytearray, Relocation, Symbol, int], None]


def _jump(bits: int, width: int, encode: Callable[[int, int], int]) -> Apply:
    """A jump or branch to S + A: the offset must fit its field and be even."""
    low, high, word = -(1 << (bits - 1)), 1 << (bits - 1), WORD[width]

    def apply(self: Relocator, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        at = r.offset
        offset = value - sec.address - at
        if offset < low or offset >= high or offset & 1:
            self._overflow(sec, r, sym)
            return
        word.pack_into(data, at, encode(word.unpack_from(data, at)[0], offset))

    return apply


def _store(width: int) -> Apply:
    """A `width`-byte word: S + A."""
    mask, word = (1 << (8 * width)) - 1, WORD[width]

    def apply(self: Relocator, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        word.pack_into(data, r.offset, value & mask)

    return apply


def _tls_offset(width: int, bias: int) -> Apply:
    """A `width`-byte word: S + A as an offset in the thread-local block, less `bias`."""
    mask, word = (1 << (8 * width)) - 1, WORD[width]

    def apply(self: Relocator, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        word.pack_into(data, r.offset, (value - self.tls_start - bias) & mask)

    return apply


def _add(width: int, sign: int) -> Apply:
    """A `width`-byte word plus (sign 1) or minus (sign -1) S + A."""
    mask, word = (1 << (8 * width)) - 1, WORD[width]

    def apply(self: Relocator, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
              value: int) -> None:  # fmt: skip
        at = r.offset
        word.pack_into(data, at, (word.unpack_from(data, at)[0] + sign * value) & mask)

    return apply


# How each relocation type is applied. (A table, not a `match`: going down the cases one
# comparison at a time was most of relocation's time, some 30,000 per libc link.)
APPLY: dict[int, Apply] = {
    R_RISCV.BRANCH: _jump(13, 4, b_type),
    R_RISCV.JAL: _jump(21, 4, j_type),
    R_RISCV.RVC_BRANCH: _jump(9, 2, cb_type),
    R_RISCV.RVC_JUMP: _jump(12, 2, cj_type),
    R_RISCV.CALL: Relocator._call,
    R_RISCV.CALL_PLT: Relocator._call,
    **dict.fromkeys(HI20_TYPES, Relocator._pcrel_hi),
    R_RISCV.PCREL_LO12_I: Relocator._pcrel_lo,
    R_RISCV.PCREL_LO12_S: Relocator._pcrel_lo,
    R_RISCV.R_32_PCREL: Relocator._pcrel32,
    R_RISCV.PLT32: Relocator._pcrel32,
    R_RISCV.GOT32_PCREL: Relocator._got32_pcrel,
    R_RISCV.HI20: Relocator._hi20,
    R_RISCV.LO12_I: Relocator._lo12_i,
    R_RISCV.LO12_S: Relocator._lo12_s,
    R_RISCV.TPREL_HI20: Relocator._tprel_hi20,
    R_RISCV.TPREL_LO12_I: Relocator._tprel_lo12_i,
    R_RISCV.TPREL_LO12_S: Relocator._tprel_lo12_s,
    R_RISCV.R_64: _store(8),
    R_RISCV.R_32: _store(4),
    R_RISCV.SET8: _store(1),
    R_RISCV.SET16: _store(2),
    R_RISCV.SET32: _store(4),
    R_RISCV.TLS_DTPREL32: _tls_offset(4, TLS_DTV_OFFSET),
    R_RISCV.TLS_DTPREL64: _tls_offset(8, TLS_DTV_OFFSET),
    R_RISCV.TLS_TPREL32: _tls_offset(4, 0),
    R_RISCV.TLS_TPREL64: _tls_offset(8, 0),
    R_RISCV.ADD8: _add(1, 1),
    R_RISCV.ADD16: _add(2, 1),
    R_RISCV.ADD32: _add(4, 1),
    R_RISCV.ADD64: _add(8, 1),
    R_RISCV.SUB8: _add(1, -1),
    R_RISCV.SUB16: _add(2, -1),
    R_RISCV.SUB32: _add(4, -1),
    R_RISCV.SUB64: _add(8, -1),
    R_RISCV.SET6: Relocator._set6,
    R_RISCV.SUB6: Relocator._sub6,
    R_RISCV.RVC_LUI: Relocator._rvc_lui,
    R_RISCV.SET_ULEB128: Relocator._set_uleb128,
    R_RISCV.SUB_ULEB128: Relocator._sub_uleb128,
}


def get(data: bytearray, at: int, n: int) -> int:
    return WORD[n].unpack_from(data, at)[0]


def put(data: bytearray, at: int, n: int, value: int) -> None:
    WORD[n].pack_into(data, at, value & ((1 << (8 * n)) - 1))


def get32(data: bytearray, at: int) -> int:
    return U32.unpack_from(data, at)[0]


def put32(data: bytearray, at: int, value: int) -> None:
    U32.pack_into(data, at, value & 0xFFFFFFFF)
