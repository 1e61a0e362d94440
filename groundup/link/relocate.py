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

from collections.abc import Callable
from dataclasses import dataclass, field

from groundup.elf.constants import R_RISCV, SHF, STB, STT
from groundup.elf.reader import Relocation
from groundup.link.errors import Reporter
from groundup.link.got import TLS_DTV_OFFSET, Got, Slot
from groundup.link.inputs import InputSection
from groundup.link.symbols import Kind, Symbol

NO_OPS = frozenset({R_RISCV.NONE, R_RISCV.RELAX, R_RISCV.ALIGN, R_RISCV.TPREL_ADD})
HI20_TYPES = frozenset({R_RISCV.PCREL_HI20, R_RISCV.GOT_HI20, R_RISCV.TLS_GOT_HI20,
                        R_RISCV.TLS_GD_HI20})  # fmt: skip
MASK64 = (1 << 64) - 1
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
        symbols = sec.file.symbols
        self.failed = False
        for r in sec.relocations:
            if r.type in NO_OPS:
                continue
            if self.failed:
                break  # as GNU ld does: after one bad relocation, the section's rest is left
            sym = symbols[r.symbol]
            if r.symbol and not self._usable(sec, r, sym):
                continue
            if sym.name in self.warnings and not sym.is_local and sym.file is not sec.file:
                self.reporter.warning_at(sec, r.offset, self.warnings.pop(sym.name))
            if r.offset + SIZE.get(r.type, 1) > len(data):
                self._fail(sec, r, f"{type_name(r.type)} runs past the end of the section")
                continue
            self.apply(sec, data, r, sym)
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

    def apply(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol) -> None:
        at = r.offset
        value = sym.address + r.addend  # S + A
        pc = sec.address + at  # P
        match r.type:
            case R_RISCV.BRANCH:
                self._branch(sec, data, r, sym, value - pc, 13, b_type)
            case R_RISCV.CALL_PLT | R_RISCV.CALL:
                if self._fits_hi20(sec, r, sym, value - pc):
                    put32(data, at, u_type(get32(data, at), value - pc))
                    put32(data, at + 4, i_type(get32(data, at + 4), value - pc))
            case R_RISCV.PCREL_LO12_I | R_RISCV.PCREL_LO12_S:
                self._pcrel_lo(sec, data, r, sym)
            case R_RISCV.RVC_JUMP:
                self._branch(sec, data, r, sym, value - pc, 12, cj_type, width=2)
            case R_RISCV.RVC_BRANCH:
                self._branch(sec, data, r, sym, value - pc, 9, cb_type, width=2)
            case R_RISCV.PCREL_HI20 | R_RISCV.GOT_HI20 | R_RISCV.TLS_GOT_HI20 | \
                    R_RISCV.TLS_GD_HI20:  # fmt: skip
                offset = self.hi_value(sec, r)
                if self._fits_hi20(sec, r, sym, offset):
                    put32(data, at, u_type(get32(data, at), offset))
            case R_RISCV.JAL:
                self._branch(sec, data, r, sym, value - pc, 21, j_type)
            case R_RISCV.ADD8 | R_RISCV.ADD16 | R_RISCV.ADD32 | R_RISCV.ADD64:
                n = WIDTH[r.type]
                put(data, at, n, get(data, at, n) + value)
            case R_RISCV.SUB8 | R_RISCV.SUB16 | R_RISCV.SUB32 | R_RISCV.SUB64:
                n = WIDTH[r.type]
                put(data, at, n, get(data, at, n) - value)
            case R_RISCV.SET6:
                data[at] = (data[at] & 0xC0) | (value & 0x3F)
            case R_RISCV.SUB6:
                data[at] = (data[at] & 0xC0) | ((data[at] - value) & 0x3F)
            case R_RISCV.SET8 | R_RISCV.SET16 | R_RISCV.SET32:
                put(data, at, WIDTH[r.type], value)
            case R_RISCV.R_64:
                put(data, at, 8, value)
            case R_RISCV.R_32:
                put(data, at, 4, value)
            case R_RISCV.R_32_PCREL | R_RISCV.PLT32:
                self._word32(sec, data, r, sym, value - pc)
            case R_RISCV.GOT32_PCREL:
                self._word32(sec, data, r, sym, self._slot(Slot.ADDRESS, sym) + r.addend - pc)
            case R_RISCV.HI20:
                if self._fits_hi20(sec, r, sym, value):
                    put32(data, at, u_type(get32(data, at), value))
            case R_RISCV.LO12_I:
                put32(data, at, i_type(get32(data, at), value))
            case R_RISCV.LO12_S:
                put32(data, at, s_type(get32(data, at), value))
            case R_RISCV.TPREL_HI20:
                if self._fits_hi20(sec, r, sym, value - self.tls_start):
                    put32(data, at, u_type(get32(data, at), value - self.tls_start))
            case R_RISCV.TPREL_LO12_I:
                put32(data, at, i_type(get32(data, at), value - self.tls_start))
            case R_RISCV.TPREL_LO12_S:
                put32(data, at, s_type(get32(data, at), value - self.tls_start))
            case R_RISCV.TLS_DTPREL32 | R_RISCV.TLS_DTPREL64:
                n = 4 if r.type == R_RISCV.TLS_DTPREL32 else 8
                put(data, at, n, value - self.tls_start - TLS_DTV_OFFSET)
            case R_RISCV.TLS_TPREL32 | R_RISCV.TLS_TPREL64:
                put(data, at, 4 if r.type == R_RISCV.TLS_TPREL32 else 8, value - self.tls_start)
            case R_RISCV.RVC_LUI:
                self._rvc_lui(sec, data, r, sym, value)
            case R_RISCV.SET_ULEB128:  # the first of a pair: the SUB that follows writes
                self.uleb[at] = (r, sym, value)
            case R_RISCV.SUB_ULEB128:
                first = self.uleb.pop(at, None)
                if first is None:
                    self._fail(sec, r, "R_RISCV_SUB_ULEB128 without a R_RISCV_SET_ULEB128 "
                               "before it")  # fmt: skip
                else:
                    self._uleb(sec, data, r, sym, first[2] - value)
            case _:
                self._fail(sec, r, f"unsupported relocation type {type_name(r.type)} "
                           f"against `{sym.name}'")  # fmt: skip

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

    def _branch(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                offset: int, bits: int, encode: Callable[[int, int], int],
                width: int = 4) -> None:  # fmt: skip
        """A jump or branch: the offset must fit its field and be even."""
        if not fits(offset, bits) or offset & 1:
            self._overflow(sec, r, sym)
            return
        put(data, r.offset, width, encode(get(data, r.offset, width), offset))

    def _word32(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                value: int) -> None:  # fmt: skip
        if not fits(value, 32):
            self._overflow(sec, r, sym)
            return
        put(data, r.offset, 4, value)

    def _rvc_lui(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol,
                 value: int) -> None:  # fmt: skip
        hi = (value + 0x800) >> 12
        if not fits(hi, 6) or hi == 0:
            self._overflow(sec, r, sym)
            return
        put(data, r.offset, 2, ci_lui(get(data, r.offset, 2), hi))

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
        match r.type:
            case R_RISCV.GOT_HI20:
                return self._slot(Slot.ADDRESS, sym) + r.addend - pc
            case R_RISCV.TLS_GOT_HI20:
                return self._slot(Slot.TPREL, sym) + r.addend - pc
            case R_RISCV.TLS_GD_HI20:
                return self._slot(Slot.TLS_GD, sym) + r.addend - pc
        return sym.address + r.addend - pc

    def _pcrel_lo(self, sec: InputSection, data: bytearray, r: Relocation, sym: Symbol) -> None:
        """The low 12 bits of the value the auipc at label S computed."""
        label = sym.section
        hi = self._hi_at(label, sym.value) if label is not None else None
        if hi is None or label is None:
            self._fail(sec, r, "dangerous relocation: %pcrel_lo missing matching %pcrel_hi")
            return
        value = self.hi_value(label, hi) + r.addend
        encode = i_type if r.type == R_RISCV.PCREL_LO12_I else s_type
        put32(data, r.offset, encode(get32(data, r.offset), value))

    def _hi_at(self, sec: InputSection, offset: int) -> Relocation | None:
        table = self.his.get(id(sec))
        if table is None:
            table = self.his[id(sec)] = {r.offset: r for r in sec.relocations
                                         if r.type in HI20_TYPES}  # fmt: skip
        return table.get(offset)


def get(data: bytearray, at: int, n: int) -> int:
    return int.from_bytes(data[at : at + n], "little")


def put(data: bytearray, at: int, n: int, value: int) -> None:
    data[at : at + n] = (value & ((1 << (8 * n)) - 1)).to_bytes(n, "little")


def get32(data: bytearray, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "little")


def put32(data: bytearray, at: int, value: int) -> None:
    data[at : at + 4] = (value & 0xFFFFFFFF).to_bytes(4, "little")
