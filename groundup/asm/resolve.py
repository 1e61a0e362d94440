"""Finishing an object: layout, fixups, relocations and the symbol table.

After the last statement, `finish(asm)`:

1. makes the signature symbols of section groups that have none, allocates
   local common symbols at the end of .bss and pads each code section to its
   alignment (GNU as does all three at this point);
2. lays out every section (groundup.asm.sections.layout relaxes branches);
3. makes the mapping symbols only the layout can place (groundup.asm.mapping);
4. turns each fixup into bytes or relocations (groundup.asm.relocs.apply);
5. builds the symbol table in GNU as's order: the file symbol, the local
   symbols in the order they were first seen (section and mapping symbols
   included), the `.L` labels that relocations needed (in the order they were
   needed), the section symbols GNU's BFD adds for the sections GNU as made
   none for (.comment, .riscv.attributes, .group), then the global, weak and
   undefined symbols in the order first seen;
6. returns the groundup.elf.writer.ObjectFile: the .group sections, the
   sections in the order they were made, and .riscv.attributes.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from groundup.asm import mapping, relocs
from groundup.asm.attributes import Tag, encode_attributes
from groundup.asm.sections import AlignTail, BranchTail, Section, layout
from groundup.asm.symbols import LOCAL_LABEL_MARK, Symbol, display_name
from groundup.diag import Pos
from groundup.elf.constants import (
    EF_RISCV_FLOAT_ABI_DOUBLE,
    EF_RISCV_RVC,
    EM,
    GRP_COMDAT,
    SHF,
    SHN_ABS,
    SHN_COMMON,
    SHN_UNDEF,
    SHT,
    STB,
    STT,
)
from groundup.elf.writer import ObjectFile, Relocation, SectionData, SymbolData

if TYPE_CHECKING:
    from groundup.asm.assembler import Assembler

FLOAT_ABI = {"lp64": 0x0, "lp64f": 0x2, "lp64d": EF_RISCV_FLOAT_ABI_DOUBLE, "lp64q": 0x6}


def finish(asm: Assembler) -> ObjectFile:
    for name in _groups(asm):  # GNU makes a signature symbol only now, if none exists
        sym = _signature(asm, name)
        if sym.type != STT.SECTION:
            sym.signature = sym.used_in_reloc = True  # written even if it is a .L name
            asm.symbols.convert(sym)
    _allocate_local_commons(asm)
    for sec in asm.sections:
        _pad_code_section(asm, sec)
    _check_undefined_locals(asm)
    for sec in asm.sections:
        layout(sec, partial(_target_in, sec))
    for sec in asm.sections:
        mapping.after_layout(asm, sec)
    relocations = {id(sec): relocs.apply(asm, sec) for sec in asm.sections}
    _sizes(asm)
    extra = _end_sections(asm)
    ordered = _symbol_order(asm, extra)
    return _object(asm, relocations, ordered, extra)


# --- before layout ---------------------------------------------------------------------


def _allocate_local_commons(asm: Assembler) -> None:
    """`.local x; .comm x, n, a` and `.lcomm`: x gets n bytes at the end of .bss."""
    bss = next(s for s in asm.sections if s.name == ".bss")
    for sym in asm.symbols.ordered:
        if sym.common is None or sym.binding != STB.LOCAL or sym.defined:
            continue
        size, align = sym.common
        bss.align = max(bss.align, align)
        if align > 1:
            bss.close(AlignTail(align, 0, False, False, None))
        sym.frag, sym.offset = bss.here()
        bss.current.data += bytes(size)
        sym.common, sym.size = None, relocs.const_value(size)


def _pad_code_section(asm: Assembler, sec: Section) -> None:
    """GNU as pads a code section to its alignment: zeros with relaxation, else nops."""
    if not sec.code or sec.align <= 1:
        return
    sym = mapping.code(asm, sec, check_arch=False)
    sec.close(AlignTail(sec.align, 0, not asm.mode.relax, asm.mode.rvc, None, mapping=sym))


def _check_undefined_locals(asm: Assembler) -> None:
    for sym in asm.symbols.all():
        if LOCAL_LABEL_MARK in sym.name and not sym.defined:
            line, col = sym.where
            number = sym.name[2 : sym.name.index(LOCAL_LABEL_MARK)]
            asm.report.error(Pos(asm.source, line, col) if line else None,
                             f"local label '{number}' is not defined")  # fmt: skip


def _target_in(sec: Section, tail: BranchTail) -> int | None:
    """The offset of a branch's target in its own section, if it is a near label there."""
    sym = tail.target.sym
    if sym is None or tail.target.sub is not None or sym.frag is None:
        return None
    if sym.frag.section is not sec or sym.binding == STB.WEAK:
        return None
    return sym.address() + tail.target.addend


# --- after layout ----------------------------------------------------------------------


def _sizes(asm: Assembler) -> None:
    """Check `.size` expressions: they must come out constant now that layout is done."""
    for sym in asm.symbols.ordered:
        if sym.size is not None and not isinstance(relocs.size_of(sym), int):
            line, col = sym.where
            asm.report.error(Pos(asm.source, line, col) if line else None,
                             f".size of '{display_name(sym)}' is not a constant")  # fmt: skip


def _end_sections(asm: Assembler) -> list[SectionData]:
    """.comment (the .ident strings) and .riscv.attributes, which GNU makes at the end."""
    extra = []
    values: dict[int, int | str] = dict(asm.attributes)
    values[Tag.ARCH] = str(asm.mode.arch)
    if asm.csr_used and Tag.PRIV_SPEC not in values:
        values[Tag.PRIV_SPEC], values[Tag.PRIV_SPEC_MINOR] = 1, 11
    data = encode_attributes(values)
    extra.append(SectionData(".riscv.attributes", SHT.RISCV_ATTRIBUTES, SHF(0), data, len(data)))
    return extra


# --- the symbol table ------------------------------------------------------------------


def _emitted(sym: Symbol) -> bool:
    if sym.file_symbol:
        return False
    if sym.temporary:
        return sym.used_in_reloc
    if not sym.defined and sym.common is None:
        return sym.used_in_reloc or sym.binding != STB.WEAK
    return True


def _is_global(sym: Symbol) -> bool:
    if sym.file_symbol:
        return False
    if sym.common is not None:  # .comm makes a global symbol unless .local said otherwise
        return sym.binding != STB.LOCAL
    if sym.binding in (STB.GLOBAL, STB.WEAK):
        return True
    if sym.signature:  # an undefined group signature becomes a local symbol of the group
        return False
    return not sym.defined and sym.common is None and sym.type != STT.SECTION


def _symbol_order(asm: Assembler, extra: list[SectionData]) -> list[Symbol]:
    syms = asm.symbols.ordered
    aside = sorted((s for s in asm.symbols.all() if s.order < 0 and s.used_in_reloc),
                   key=lambda s: s.reloc_order)  # fmt: skip
    locals_ = [s for s in syms if _emitted(s) and not _is_global(s)]
    kept = [s for s in aside if not _is_global(s)]
    globals_ = [s for s in syms if _emitted(s) and _is_global(s)]
    globals_ += [s for s in aside if _is_global(s)]
    return asm.file_symbols + locals_ + kept + globals_


def _groups(asm: Assembler) -> dict[str, list[Section]]:
    """The section groups by signature, in the order their first section appeared."""
    groups: dict[str, list[Section]] = {}
    for sec in asm.sections:
        if sec.group is not None:
            groups.setdefault(sec.group, []).append(sec)
    return groups


def _object(asm: Assembler, relocations: dict[int, list[relocs.Reloc]], ordered: list[Symbol],
            extra: list[SectionData]) -> ObjectFile:  # fmt: skip
    """The ELF object: the .group sections first (as GNU as puts them), then the
    sections in the order they were made, then .riscv.attributes."""
    groups = _groups(asm)
    group_index = {name: i + 1 for i, name in enumerate(groups)}
    for i, sec in enumerate(asm.sections):
        sec.index = len(groups) + i + 1
    n_sections = len(groups) + len(asm.sections)
    out_syms = [SymbolData("", 0, 0, STB.LOCAL, STT.NOTYPE)]
    index: dict[int, int] = {}
    n_local = sum(1 for s in ordered if not _is_global(s))
    for sym in ordered[:n_local]:
        index[id(sym)] = len(out_syms)
        out_syms.append(_symbol_data(sym, group_index))
    # Section symbols GNU's BFD adds for sections GNU as made no symbol for.
    late = [sec.index for sec in asm.sections if sec.symbol is None]
    late += [n_sections + i + 1 for i in range(len(extra))] + list(group_index.values())
    out_syms += [SymbolData("", 0, 0, STB.LOCAL, STT.SECTION, section=n) for n in late]
    for sym in ordered[n_local:]:
        index[id(sym)] = len(out_syms)
        out_syms.append(_symbol_data(sym, group_index))
    group_data = [_group_data(asm, name, members, index) for name, members in groups.items()]
    datas = [_section_data(sec, relocations[id(sec)], index) for sec in asm.sections]
    flags = (EF_RISCV_RVC if asm.ever_rvc else 0) | FLOAT_ABI.get(asm.options.mabi, 0x4)
    return ObjectFile(EM.RISCV, flags, tuple(group_data + datas + extra), tuple(out_syms))


def _signature(asm: Assembler, name: str) -> Symbol:
    """The symbol naming a group: the symbol of that name, else a section's of that name."""
    sym = asm.symbols.by_name.get(name)
    if sym is None:
        sec = next((s for s in asm.sections if s.name == name and s.symbol is not None), None)
        if sec is not None and sec.symbol is not None:
            return sec.symbol
    return asm.symbols.get(name)


def _group_data(asm: Assembler, name: str, members: list[Section],
                index: dict[int, int]) -> SectionData:  # fmt: skip
    """A SHT_GROUP section (gABI "Section Groups"): a flag word, then its members."""
    signature = _signature(asm, name)
    flag = GRP_COMDAT if any(m.comdat for m in members) else 0
    data = flag.to_bytes(4, "little")
    return SectionData(".group", SHT.GROUP, SHF(0), data, 4, 4, 4, info=index[id(signature)],
                       members=tuple(m.index for m in members))  # fmt: skip


def _symbol_data(sym: Symbol, group_index: dict[str, int]) -> SymbolData:
    if sym.file_symbol:
        return SymbolData(sym.name, 0, 0, STB.LOCAL, STT.FILE, section=SHN_ABS)
    if sym.type == STT.SECTION:
        sec = sym.frag.section if sym.frag is not None else None
        return SymbolData("", 0, 0, STB.LOCAL, STT.SECTION, section=sec.index if sec else 0)
    bind = STB.LOCAL if not _is_global(sym) else (sym.binding or STB.GLOBAL)
    size = relocs.size_of(sym) if sym.size is not None else 0
    size = size if isinstance(size, int) else 0
    if sym.common is not None:
        csize, align = sym.common
        return SymbolData(sym.name, align, csize, bind, STT.OBJECT, sym.visibility, SHN_COMMON)
    sec = sym.section
    if sec is not None:
        return SymbolData(sym.name, sym.address(), size, bind, sym.type, sym.visibility, sec.index)
    if sym.equ is not None:
        return SymbolData(sym.name, sym.address() & ((1 << 64) - 1), size, bind, sym.type,
                          sym.visibility, SHN_ABS)  # fmt: skip
    if sym.signature and bind == STB.LOCAL:  # a group name that labels nothing: the group's
        return SymbolData(sym.name, 0, 0, bind, sym.type, sym.visibility, group_index[sym.name])
    return SymbolData(sym.name, 0, size, bind, sym.type, sym.visibility, SHN_UNDEF)


def _section_data(sec: Section, rels: list[relocs.Reloc], index: dict[int, int]) -> SectionData:
    data = relocs.contents(sec)
    size = sec.size()
    out_relocs = tuple(Relocation(r.offset, r.type, index[id(r.symbol)] if r.symbol else 0,
                                  r.addend) for r in rels)  # fmt: skip
    if sec.type == SHT.NOBITS:
        data = b""
    return SectionData(sec.name, sec.type, sec.flags, data, size, sec.align, sec.entsize,
                       relocations=out_relocs)  # fmt: skip
