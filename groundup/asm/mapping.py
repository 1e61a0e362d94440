"""Mapping symbols: `$x` and `$d`, which tell a disassembler where code and data are.

The RISC-V psABI ("Mapping Symbol") has assemblers mark, in sections holding
code, where a run of instructions (`$x`, or `$x<isa>` when the ISA changes)
or of data (`$d`) begins. GNU as writes them as follows, and so do we (each
rule established by assembling small cases with it, see tests/test_as_objects.py):

* an instruction needs `$x` unless the section is already in code; the
  section's first `$x` carries the ISA string (`$xrv64i2p0_m2p0...`), and so
  does one after `.option` changed the ISA; data needs `$d` unless already in
  data. Data sections get none.
* a code alignment (nop padding) counts as code: `$x` where it starts, unless
  already in code (without the ISA check).
* without linker relaxation the padding is only sized at the end: an odd
  number of bytes starts with zero bytes marked `$d`, and the alignment's `$x`
  moves after them.
* a mapping symbol at the same place as the next one is dropped (an alignment
  that needed no padding, followed by data), and so is one at the very end of
  a section.

Symbols made during the layout come after the others in the symbol table, as
GNU makes them then too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.asm.sections import AlignTail, Frag, Section
from groundup.asm.symbols import Symbol

if TYPE_CHECKING:
    from groundup.asm.assembler import Assembler


def code(asm: Assembler, sec: Section, check_arch: bool = True) -> Symbol | None:
    """Code follows in `sec`: a `$x` mapping symbol if the state (or the ISA) changed."""
    if not sec.code:
        return None
    arch = asm.mode.arch_name
    changed = check_arch and sec.mapping_arch is not None and sec.mapping_arch != arch
    if sec.mapping == "x" and not changed:
        return None
    name = "$x" + arch if sec.mapping_arch is None or changed else "$x"
    sym = place(asm, sec, name, *sec.here())
    sec.mapping = "x"
    if sec.mapping_arch is None or changed:
        sec.mapping_arch = arch
    return sym


def data(asm: Assembler, sec: Section) -> None:
    """Data follows in `sec`: a `$d` mapping symbol if it was not in data."""
    if sec.code and sec.mapping != "d":
        place(asm, sec, "$d", *sec.here())
        sec.mapping = "d"


def place(asm: Assembler, sec: Section, name: str, frag: Frag, offset: int) -> Symbol:
    """A new mapping symbol (one at the same address as a later one is dropped at the end)."""
    sym = asm.symbols.new(name)
    sym.frag, sym.offset = frag, offset
    return sym


def after_layout(asm: Assembler, sec: Section) -> None:
    """The `$d` of odd padding bytes (no relaxation), and the end-of-section cleanup."""
    if not sec.code:
        return
    for frag in sec.frags:
        tail = frag.tail
        if isinstance(tail, AlignTail) and tail.code and tail.size % 2:
            start = len(frag.data)
            place(asm, sec, "$d", frag, start)
            moved = tail.mapping
            if moved is not None:
                asm.symbols.ordered.remove(moved)
                tail.mapping = place(asm, sec, moved.name, frag, start + 1)
    end = sec.size()
    latest: dict[int, Symbol] = {}
    doomed: list[Symbol] = []
    for sym in asm.symbols.ordered:  # in creation order: a later one replaces an earlier
        if _is_mapping(sym) and sym.frag is not None and sym.frag.section is sec:
            address = sym.address()
            if address in latest:
                doomed.append(latest[address])
            latest[address] = sym
            if address == end:
                doomed.append(sym)
    for sym in doomed:
        asm.symbols.ordered.remove(sym)


def _is_mapping(sym: Symbol) -> bool:
    return sym.name in ("$x", "$d") or sym.name.startswith("$xrv")
