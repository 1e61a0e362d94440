"""Relocations: what each fixup leaves in the bytes and what it tells the linker.

GNU as for RISC-V resolves almost nothing itself, because the linker may still
move code (linker relaxation, psABI "Linker Relaxation"): every reference to
a symbol becomes a relocation against that symbol (never converted to a
section symbol plus offset), and a difference of two labels becomes an
R_RISCV_ADD<n>/R_RISCV_SUB<n> pair unless both labels are in the same
non-code section. What it does write into the bytes:

* pc-relative branch and jump fields (R_RISCV_BRANCH, JAL, RVC_BRANCH,
  RVC_JUMP) hold S + A - P, with S the target's offset in its own section
  (0 when undefined): the right value when the target is in this section;
* every other relocated field, and data that a relocation fills, holds 0;
* R_RISCV_RELAX follows each relocation the linker may relax (when
  relaxation is on), R_RISCV_ALIGN marks the nops of an alignment in code.

`apply(asm, section)` writes the section's final bytes (fragments, branch
forms chosen by layout, padding) into `section.output` and returns its
relocations sorted by offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from groundup.asm import compress
from groundup.asm.sections import JAL_REACH, AlignTail, BranchTail, Fixup, Section
from groundup.asm.symbols import Symbol, Value, display_name
from groundup.diag import Pos
from groundup.elf.constants import R_RISCV
from groundup.isa.encode import encode
from groundup.isa.encoding import Fmt, encode_imm, sext
from groundup.isa.table import BY_NAME

if TYPE_CHECKING:
    from groundup.asm.assembler import Assembler

INVERSE = {"beq": "bne", "bne": "beq", "blt": "bge", "bge": "blt", "bltu": "bgeu",
           "bgeu": "bltu"}  # fmt: skip
ADD = {1: R_RISCV.ADD8, 2: R_RISCV.ADD16, 4: R_RISCV.ADD32, 8: R_RISCV.ADD64}
SUB = {1: R_RISCV.SUB8, 2: R_RISCV.SUB16, 4: R_RISCV.SUB32, 8: R_RISCV.SUB64}
_B_FIELD = encode_imm(Fmt.B, -2)  # every bit a B-type immediate occupies
_J_FIELD = encode_imm(Fmt.J, -2)
_S_FIELD = encode_imm(Fmt.S, -1)


@dataclass(frozen=True, slots=True)
class Reloc:
    offset: int
    type: R_RISCV
    symbol: Symbol | None
    addend: int


def const_value(n: int) -> Value:
    return Value(n)


def apply(asm: Assembler, sec: Section) -> list[Reloc]:
    """Write `sec.output`; return its relocations (sorted by offset, stably)."""
    out = bytearray()
    fixed: list[tuple[int, Fixup]] = []
    branches: list[Reloc] = []
    for frag in sec.frags:
        for fx in frag.fixups:
            fixed.append((frag.address + fx.offset, fx))
        out += frag.data
        tail = frag.tail
        if isinstance(tail, AlignTail):
            out += _padding(tail)
        elif isinstance(tail, BranchTail):
            _check_reach(asm, sec, tail, len(out))
            code, rels = _branch(tail, len(out))
            out += code
            branches += rels
    sec.output = out
    relocs: list[Reloc] = []
    for offset, fx in fixed:
        relocs += _fixup(asm, sec, out, offset, fx)
    for r in branches:
        if r.symbol is not None:
            asm.symbols.mark_relocated(r.symbol)
    relocs += branches
    relocs.sort(key=lambda r: r.offset)
    return relocs


def contents(sec: Section) -> bytes:
    return bytes(sec.output)


def _padding(tail: AlignTail) -> bytes:
    from groundup.asm.assembler import nops

    if tail.code:
        return nops(tail.size, tail.rvc)
    return bytes([tail.fill]) * tail.size


def target_offset(value: Value) -> int:
    """S + A as GNU as writes it into a pc-relative field: S is the symbol's section
    offset, or 0 for a symbol that is not a label."""
    sym = value.sym
    base = sym.address() if sym is not None and sym.section is not None else 0
    return base + value.addend


# --- branches --------------------------------------------------------------------------


def _check_reach(asm: Assembler, sec: Section, tail: BranchTail, at: int) -> None:
    """A jal (or the jal of a far branch) to a label of this section must reach it."""
    sym = tail.target.sym
    if sym is None or sym.section is not sec or tail.target.sub is not None:
        return
    jal_at = at + (tail.size - 4 if tail.size in (6, 8) else 0)
    delta = target_offset(tail.target) - jal_at
    if not -JAL_REACH <= delta < JAL_REACH:
        line, col = tail.where
        message = f"jump target '{display_name(sym)}' is out of range ({delta} bytes)"
        asm.report.error(Pos(asm.source, line, col) if line else None, message)


def _branch(tail: BranchTail, at: int) -> tuple[bytes, list[Reloc]]:
    """The bytes of a relaxed branch at offset `at`, in the form layout chose."""
    value = tail.target
    sym = value.sym
    if value.is_constant:  # an absolute address: GNU takes the long form, no relocation
        return _long_branch(tail, 0, at, None), []
    delta = target_offset(value) - at
    if tail.jump:
        if tail.size == 2:
            half = compress.parcel("c.j", 0, 0, 0, sext(delta, 12) & ~1)
            assert half is not None
            return half.to_bytes(2, "little"), [Reloc(at, R_RISCV.RVC_JUMP, sym, value.addend)]
        word = encode(tail.op, tail.rd, imm=sext(delta, 21) & ~1)
        return word.to_bytes(4, "little"), [Reloc(at, R_RISCV.JAL, sym, value.addend)]
    if tail.size == 2:
        cname = "c.beqz" if tail.op.name == "beq" else "c.bnez"
        half = compress.parcel(cname, 0, tail.rs1, 0, sext(delta, 9) & ~1)
        assert half is not None
        return half.to_bytes(2, "little"), [Reloc(at, R_RISCV.RVC_BRANCH, sym, value.addend)]
    if tail.size == 4:
        word = encode(tail.op, 0, tail.rs1, tail.rs2, imm=sext(delta, 13) & ~1)
        return word.to_bytes(4, "little"), [Reloc(at, R_RISCV.BRANCH, sym, value.addend)]
    skip = tail.size - 4
    code = _long_branch(tail, delta - skip, at, sym)
    return code, [Reloc(at + skip, R_RISCV.JAL, sym, value.addend)]


def _long_branch(tail: BranchTail, jal_delta: int, at: int, sym: Symbol | None) -> bytes:
    """The inverted branch over a `jal x0, target` (6 bytes when it compresses)."""
    skip = tail.size - 4 if tail.size in (6, 8) else 4
    inverse = INVERSE[tail.op.name] if not tail.jump else None
    code = b""
    if inverse is not None:
        if skip == 2:
            cname = "c.beqz" if inverse == "beq" else "c.bnez"
            half = compress.parcel(cname, 0, tail.rs1, 0, 6)
            assert half is not None
            code = half.to_bytes(2, "little")
        else:
            code = encode(BY_NAME[inverse], 0, tail.rs1, tail.rs2, imm=8).to_bytes(4, "little")
    jal = encode(BY_NAME["jal"], 0, imm=sext(jal_delta, 21) & ~1)
    return code + jal.to_bytes(4, "little")


# --- fixups ----------------------------------------------------------------------------


def _fixup(asm: Assembler, sec: Section, out: bytearray, offset: int, fx: Fixup) -> list[Reloc]:
    if fx.rtype == R_RISCV.ALIGN:
        return [Reloc(offset, R_RISCV.ALIGN, None, fx.value.addend)]
    if fx.size:
        return _data(asm, sec, out, offset, fx)
    value = fx.value
    if value.sub is not None or value.sym is None:
        _error(asm, fx, "this expression cannot be relocated here (a symbol plus a constant "
                        "is needed)")  # fmt: skip
        return []
    sym = _reloc_symbol(asm, value.sym)
    _fill_field(out, offset, fx.rtype, value, target_offset(value) - offset)
    relocs = [Reloc(offset, fx.rtype, sym, value.addend)]
    if fx.relax:  # GNU gives the RELAX the same addend
        relocs.append(Reloc(offset, R_RISCV.RELAX, None, value.addend))
    return relocs


def _fill_field(out: bytearray, offset: int, rtype: R_RISCV, value: Value, delta: int) -> None:
    """What GNU as leaves in a relocated instruction field (see the module docstring):
    the pc-relative offset for jal, the addend's part for %hi/%lo/%tprel_hi."""
    word = int.from_bytes(out[offset : offset + 4], "little")
    a = value.addend
    match rtype:
        case R_RISCV.JAL:
            word = (word & ~_J_FIELD) | encode_imm(Fmt.J, sext(delta, 21) & ~1)
        case R_RISCV.HI20:
            word = (word & 0xFFF) | (((a + 0x800) >> 12 & 0xFFFFF) << 12)
        case R_RISCV.TPREL_HI20:
            word = (word & 0xFFF) | ((a >> 12 & 0xFFFFF) << 12)
        case R_RISCV.LO12_I:
            word = (word & 0xFFFFF) | ((a & 0xFFF) << 20)
        case R_RISCV.LO12_S:
            word = (word & ~_S_FIELD) | encode_imm(Fmt.S, sext(a, 12))
        case _:
            return
    out[offset : offset + 4] = (word & 0xFFFFFFFF).to_bytes(4, "little")


def _reloc_symbol(asm: Assembler, sym: Symbol) -> Symbol:
    asm.symbols.mark_relocated(sym)
    return sym


def _data(asm: Assembler, sec: Section, out: bytearray, offset: int, fx: Fixup) -> list[Reloc]:
    """A data directive's value: bytes now, R_RISCV_32/64, or an ADD/SUB pair."""
    value, size = fx.value, fx.size
    a, b = value.sym, value.sub
    if a is not None and b is not None:
        if a.section is not None and a.section is b.section and not sec_code(a):
            n = a.address() - b.address() + value.addend
            out[offset : offset + size] = (n & ((1 << 8 * size) - 1)).to_bytes(size, "little")
            return []
        return [Reloc(offset, ADD[size], _reloc_symbol(asm, a), value.addend),
                Reloc(offset, SUB[size], _reloc_symbol(asm, b), 0)]  # fmt: skip
    if a is None:
        _error(asm, fx, "cannot subtract a symbol from nothing: write sym - sym")
        return []
    return [Reloc(offset, fx.rtype, _reloc_symbol(asm, a), value.addend)]


def sec_code(sym: Symbol) -> bool:
    return sym.section is not None and sym.section.code


def _error(asm: Assembler, fx: Fixup, message: str) -> None:
    line, col = fx.where
    asm.report.error(Pos(asm.source, line, col) if line else None, message)


def size_of(sym: Symbol) -> int | None:
    """The value of `.size sym, expr` after layout (None if it is not a constant)."""
    v = sym.size
    if v is None:
        return None
    if v.is_constant:
        return v.addend
    a, b = v.sym, v.sub
    if a is not None and b is not None and a.section is not None and a.section is b.section:
        return a.address() - b.address() + v.addend
    if a is not None and b is None and a.constant() is not None:
        return a.constant()
    return None


__all__ = ["Reloc", "apply"]
