"""Reading ELF64 files: parse, validate, and say exactly what is wrong.

`read_elf(data, name)` returns an `ElfFile`: the header, the program headers, the
section headers (with names), every symbol table, the relocation sections (each
entry with its symbol index and addend, tied to the section it applies to), the
notes, the dynamic section, the section groups and the GNU symbol versions.
Every offset, size, entry size and link is checked before it is used, so a
truncated or corrupt file gives an `ElfError` naming the file, the offset and
the problem — never a Python error. The RISC-V attributes (`attributes`) are
parsed on request, since only the inspection tools and the disassembler need them.

Layouts are the gABI's ("ELF Header", "Sections", "Symbol Table", "Relocation",
"Program Header", "Note Section", "Dynamic Section", "Section Groups"), GNU's for
symbol versions (the LSB, "Symbol Versioning") and the RISC-V psABI's for attributes.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from groundup.elf.constants import (
    DYN_SIZE,
    EHDR_SIZE,
    EI_ABIVERSION,
    EI_NIDENT,
    EI_OSABI,
    ELF_MAGIC,
    ELFCLASS32,
    ELFCLASS64,
    ELFDATA2LSB,
    EM,
    ET,
    EV_CURRENT,
    NOTE_HEADER_SIZE,
    PHDR_SIZE,
    PT,
    REL_SIZE,
    RELA_SIZE,
    RISCV_TAG,
    SHDR_SIZE,
    SHF,
    SHN_LORESERVE,
    SHN_XINDEX,
    SHT,
    SYM_SIZE,
)


class ElfError(Exception):
    """A file that is not a valid ELF64 file of the kind needed."""

    def __init__(self, name: str, message: str, offset: int | None = None) -> None:
        where = f" (at offset {offset:#x})" if offset is not None else ""
        super().__init__(f"{name}: {message}{where}")
        self.name = name
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Header:
    type: int
    machine: int
    version: int
    entry: int
    phoff: int
    shoff: int
    flags: int
    ehsize: int
    phentsize: int
    phnum: int
    shentsize: int
    shnum: int
    shstrndx: int
    ident: bytes = bytes(EI_NIDENT)  # e_ident: magic, class, data, version, OS/ABI ...

    @property
    def osabi(self) -> int:
        return self.ident[EI_OSABI]

    @property
    def abiversion(self) -> int:
        return self.ident[EI_ABIVERSION]


@dataclass(frozen=True, slots=True)
class Segment:
    type: int
    flags: int
    offset: int
    vaddr: int
    paddr: int
    filesz: int
    memsz: int
    align: int


@dataclass(frozen=True, slots=True)
class Section:
    index: int
    name: str
    type: int
    flags: int
    addr: int
    offset: int
    size: int
    link: int
    info: int
    addralign: int
    entsize: int


@dataclass(frozen=True, slots=True)
class Symbol:
    name: str
    value: int
    size: int
    info: int
    other: int
    shndx: int  # the section index, with SHN_XINDEX already resolved
    extended: bool = False  # shndx came from SHT_SYMTAB_SHNDX (st_shndx was SHN_XINDEX)

    @property
    def bind(self) -> int:
        return self.info >> 4

    @property
    def type(self) -> int:
        return self.info & 0xF

    @property
    def visibility(self) -> int:
        return self.other & 0x3


@dataclass(frozen=True, slots=True)
class Relocation:
    """One Elf64_Rela (or Elf64_Rel, whose addend is 0 here: it sits in the section)."""

    offset: int
    type: int
    symbol: int  # index into the relocation section's symbol table; 0 for none
    addend: int  # signed

    @property
    def info(self) -> int:
        return self.symbol << 32 | self.type


@dataclass(frozen=True, slots=True)
class RelocationSection:
    """A SHT_RELA/SHT_REL section: its entries, the symbols they name and their target."""

    section: Section
    target: Section | None  # sh_info: the section relocated (None when sh_info is 0)
    symbols: tuple[Symbol, ...]  # the symbol table sh_link names (empty when it is 0)
    relocations: tuple[Relocation, ...]

    def symbol(self, r: Relocation) -> Symbol | None:
        return self.symbols[r.symbol] if r.symbol else None


@dataclass(frozen=True, slots=True)
class Note:
    name: str  # the owner, e.g. "GNU"
    type: int
    desc: bytes
    offset: int  # of the note's header in the file


@dataclass(frozen=True, slots=True)
class DynamicEntry:
    tag: int  # signed
    value: int


@dataclass(frozen=True, slots=True)
class Group:
    section: Section  # the SHT_GROUP section
    signature: str  # the name of the symbol sh_info names
    flags: int  # GRP_COMDAT
    members: tuple[int, ...]  # section indices


@dataclass(frozen=True, slots=True)
class VersionNeedAux:
    hash: int
    flags: int
    other: int  # the version index symbols use
    name: str
    offset: int  # within the section


@dataclass(frozen=True, slots=True)
class VersionNeed:
    version: int
    file: str
    offset: int  # within the section
    aux: tuple[VersionNeedAux, ...]


@dataclass(frozen=True, slots=True)
class VersionDef:
    version: int
    flags: int
    index: int
    hash: int
    names: tuple[str, ...]  # the version, then its parents
    offset: int  # within the section
    name_offsets: tuple[int, ...] = ()  # of each name's Verdaux entry, within the section


@dataclass(frozen=True, slots=True)
class Versions:
    """GNU symbol versioning: .gnu.version, .gnu.version_r and .gnu.version_d."""

    versym: tuple[int, ...] = ()  # one entry per dynamic symbol
    needs: tuple[VersionNeed, ...] = ()
    defs: tuple[VersionDef, ...] = ()

    def name(self, index: int) -> str | None:
        """The version name for a .gnu.version index (hidden bit cleared), if any."""
        for need in self.needs:
            for aux in need.aux:
                if aux.other == index:
                    return aux.name
        for d in self.defs:
            if d.index == index and d.names:
                return d.names[0]
        return None


@dataclass(frozen=True, slots=True)
class ElfFile:
    name: str
    data: bytes
    header: Header
    segments: tuple[Segment, ...]
    sections: tuple[Section, ...]
    symbols: tuple[Symbol, ...]  # the SHT_SYMTAB symbols (empty if the file has none)
    symbol_tables: dict[int, tuple[Symbol, ...]] = field(default_factory=dict)  # by section
    relocation_sections: tuple[RelocationSection, ...] = ()
    notes: dict[int, tuple[Note, ...]] = field(default_factory=dict)  # by section
    dynamic: tuple[DynamicEntry, ...] = ()
    groups: tuple[Group, ...] = ()
    versions: Versions = Versions()
    shstrndx: int = 0  # e_shstrndx, with SHN_XINDEX resolved

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    def contents(self, sec: Section) -> bytes:
        if sec.type == SHT.NOBITS:
            return bytes(sec.size)
        return self.data[sec.offset : sec.offset + sec.size]

    def relocations_for(self, sec: Section) -> tuple[Relocation, ...]:
        """The relocations that apply to `sec`, from every section that targets it."""
        return tuple(
            r
            for rs in self.relocation_sections
            if rs.target is not None and rs.target.index == sec.index
            for r in rs.relocations
        )


_EHDR = struct.Struct("<HHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_RELA = struct.Struct("<QQq")
_REL = struct.Struct("<QQ")
_DYN = struct.Struct("<qQ")
_NOTE = struct.Struct("<III")
_VERNEED = struct.Struct("<HHIII")
_VERNAUX = struct.Struct("<IHHII")
_VERDEF = struct.Struct("<HHHHIII")
_VERDAUX = struct.Struct("<II")
PN_XNUM = 0xFFFF  # e_phnum meaning "the count is in section 0's sh_info"


def read_elf(data: bytes, name: str, machine: EM | None = EM.RISCV) -> ElfFile:
    """Parse an ELF64 little-endian file; `machine` None accepts any e_machine."""
    header = _header(data, name, machine)
    raw, shstrndx = _section_table(data, name, header)
    segments = tuple(_segments(data, name, header, raw))
    sections = _sections(data, name, header, raw, shstrndx)
    r = _Reader(data, name, sections, header.shoff)
    tables = {s.index: r.symbols(s) for s in sections if s.type in (SHT.SYMTAB, SHT.DYNSYM)}
    symtab = next((s.index for s in sections if s.type == SHT.SYMTAB), None)
    return ElfFile(
        name, data, header, segments, sections,
        symbols=tables[symtab] if symtab is not None else (),
        symbol_tables=tables,
        relocation_sections=tuple(
            r.relocations(s, tables) for s in sections if s.type in (SHT.RELA, SHT.REL)
        ),
        notes={s.index: r.notes(s) for s in sections if s.type == SHT.NOTE},
        dynamic=r.dynamic(segments),
        groups=tuple(r.group(s, tables) for s in sections if s.type == SHT.GROUP),
        versions=r.versions(tables),
        shstrndx=shstrndx,
    )  # fmt: skip


def _header(data: bytes, name: str, machine: EM | None) -> Header:
    if len(data) < 4 or data[:4] != ELF_MAGIC:
        raise ElfError(name, "not an ELF file (no \\x7fELF magic number)", 0)
    if len(data) < EHDR_SIZE:
        raise ElfError(name, f"truncated ELF header ({len(data)} of {EHDR_SIZE} bytes)")
    if data[4] == ELFCLASS32:
        raise ElfError(name, "32-bit ELF file (ELFCLASS32); only ELF64 (RV64) is supported", 4)
    if data[4] != ELFCLASS64:
        raise ElfError(name, f"invalid ELF class {data[4]}", 4)
    if data[5] != ELFDATA2LSB:
        raise ElfError(name, "big-endian ELF file; RISC-V is little-endian", 5)
    if data[6] != EV_CURRENT:
        raise ElfError(name, f"unknown ELF version {data[6]}", 6)
    h = replace(Header(*_EHDR.unpack_from(data, EI_NIDENT)), ident=bytes(data[:EI_NIDENT]))
    if machine is not None and h.machine != machine:
        found = EM(h.machine).name if h.machine in EM._value2member_map_ else str(h.machine)
        raise ElfError(name, f"wrong machine: e_machine is {found}, expected {machine.name}", 18)
    if h.phnum and h.phentsize != PHDR_SIZE:
        raise ElfError(name, f"bad program header size {h.phentsize} (e_phentsize)", 54)
    if (h.shnum or h.shoff) and h.shentsize != SHDR_SIZE:
        raise ElfError(name, f"bad section header size {h.shentsize} (e_shentsize)", 58)
    if h.shnum and not h.shoff:
        raise ElfError(name, f"e_shnum is {h.shnum} but there is no section header table "
                       "(e_shoff is 0)", 0x28)  # fmt: skip
    if h.phnum != PN_XNUM:
        _within(data, name, h.phoff, h.phnum * PHDR_SIZE, "program header table")
    return h


def _within(data: bytes, name: str, offset: int, size: int, what: str) -> None:
    if size and (offset < 0 or offset + size > len(data)):
        raise ElfError(
            name, f"truncated file: {what} needs bytes {offset:#x}..{offset + size:#x}, "
            f"file has {len(data):#x}", offset,
        )  # fmt: skip


_RawSection = tuple[int, int, int, int, int, int, int, int, int, int]


def _segments(data: bytes, name: str, h: Header, raw: list[_RawSection]) -> list[Segment]:
    count = h.phnum
    if count == PN_XNUM and raw:
        count = raw[0][7]  # extended numbering: section 0's sh_info (gABI "Program Header")
    _within(data, name, h.phoff, count * PHDR_SIZE, "program header table")
    segs = []
    for i in range(count):
        off = h.phoff + i * PHDR_SIZE
        s = Segment(*_PHDR.unpack_from(data, off))
        if s.type == PT.LOAD and s.filesz > s.memsz:
            raise ElfError(name, f"program header {i}: PT_LOAD with p_filesz > p_memsz", off)
        _within(data, name, s.offset, s.filesz, f"segment {i} contents")
        segs.append(s)
    return segs


def _section_table(data: bytes, name: str, h: Header) -> tuple[list[_RawSection], int]:
    """The raw section headers, and the index of the section name table."""
    if not h.shoff:
        return [], 0
    _within(data, name, h.shoff, SHDR_SIZE, "section header table")
    first = _SHDR.unpack_from(data, h.shoff)
    count = h.shnum or first[5]  # e_shnum 0: the count is section 0's sh_size
    names_index = first[6] if h.shstrndx == SHN_XINDEX else h.shstrndx
    _within(data, name, h.shoff, count * SHDR_SIZE, "section header table")
    raw = [_SHDR.unpack_from(data, h.shoff + i * SHDR_SIZE) for i in range(count)]
    if names_index >= max(count, 1):
        raise ElfError(name, f"section name table index {names_index} (e_shstrndx) is out of "
                       f"range: the file has {count} sections", 62)  # fmt: skip
    return raw, names_index


def _sections(
    data: bytes, name: str, h: Header, raw: list[_RawSection], names_index: int
) -> tuple[Section, ...]:
    """The sections, named, their contents checked to lie in the file."""
    for i, r in enumerate(raw):
        if r[1] not in (SHT.NOBITS, SHT.NULL):
            _within(data, name, r[4], r[5], f"section {i} contents")
    names = b""
    if names_index:
        table = raw[names_index]
        names = data[table[4] : table[4] + table[5]] if table[1] != SHT.NOBITS else b""
    sections = []
    for i, r in enumerate(raw):
        if r[0] and r[0] >= len(names):
            raise ElfError(name, f"section {i}: name offset {r[0]:#x} is past the end of the "
                           f"section name table ({len(names):#x} bytes)",
                           h.shoff + i * SHDR_SIZE)  # fmt: skip
        sections.append(Section(i, _cstr(names, r[0]), *r[1:]))
    return tuple(sections)


class _Reader:
    """Parses the contents of sections, checking each one's links and entry size."""

    def __init__(self, data: bytes, name: str, sections: tuple[Section, ...], shoff: int) -> None:
        self.data, self.name, self.sections, self.shoff = data, name, sections, shoff

    def fail(self, sec: Section, message: str, offset: int | None = None) -> ElfError:
        where = sec.offset if offset is None else offset
        return ElfError(self.name, f"section {sec.index} ({sec.name}): {message}", where)

    def header_offset(self, sec: Section) -> int:
        return self.shoff + sec.index * SHDR_SIZE

    def entries(self, sec: Section, size: int) -> range:
        """The offsets of the fixed-size entries of `sec`, after checking its sh_entsize."""
        if sec.entsize != size:
            raise self.fail(sec, f"entry size (sh_entsize) is {sec.entsize}, expected {size}",
                            self.header_offset(sec))  # fmt: skip
        if sec.size % size:
            raise self.fail(sec, f"size {sec.size:#x} is not a multiple of the entry size {size}",
                            self.header_offset(sec))  # fmt: skip
        if sec.type == SHT.NOBITS:
            return range(0)
        return range(sec.offset, sec.offset + sec.size, size)

    def linked(self, sec: Section, types: tuple[int, ...], what: str) -> Section:
        """The section sh_link names, which must be one of `types`."""
        if not 0 < sec.link < len(self.sections) or self.sections[sec.link].type not in types:
            raise self.fail(sec, f"sh_link {sec.link} does not name {what}",
                            self.header_offset(sec))  # fmt: skip
        return self.sections[sec.link]

    def strings(self, sec: Section) -> bytes:
        return self.data[sec.offset : sec.offset + sec.size] if sec.type != SHT.NOBITS else b""

    def string(self, table: Section, offset: int, what: str, at: int) -> str:
        strings = self.strings(table)
        if offset and offset >= len(strings):
            raise ElfError(self.name, f"{what}: name offset {offset:#x} is past the end of "
                           f"{table.name} ({len(strings):#x} bytes)", at)  # fmt: skip
        return _cstr(strings, offset)

    def symbols(self, sec: Section) -> tuple[Symbol, ...]:
        offsets = self.entries(sec, SYM_SIZE)
        strtab = self.linked(sec, (SHT.STRTAB,), "a string table")
        xindex = self._xindex(sec)
        strings = self.strings(strtab)  # sliced once: a libc.a member has hundreds of names
        out = []
        for i, off in enumerate(offsets):
            st_name, info, other, shndx, value, size = _SYM.unpack_from(self.data, off)
            extended = False
            if st_name and st_name >= len(strings):
                self.string(strtab, st_name, f"symbol {i} of {sec.name}", off)  # raises
            sym_name = _cstr(strings, st_name)
            if shndx == SHN_XINDEX:
                if i >= len(xindex):
                    raise self.fail(sec, f"symbol {i} uses SHN_XINDEX but has no extended "
                                    "section index (SHT_SYMTAB_SHNDX)", off)  # fmt: skip
                shndx, extended = xindex[i], True
            if shndx >= len(self.sections) and (extended or shndx < SHN_LORESERVE):
                raise self.fail(sec, f"symbol {i} ({sym_name}): section index {shndx} is out "
                                f"of range ({len(self.sections)} sections)", off)  # fmt: skip
            out.append(Symbol(sym_name, value, size, info, other, shndx, extended))
        return tuple(out)

    def _xindex(self, symtab: Section) -> list[int]:
        for sec in self.sections:
            if sec.type == SHT.SYMTAB_SHNDX and sec.link == symtab.index:
                return [int.from_bytes(self.data[o : o + 4], "little")
                        for o in self.entries(sec, 4)]  # fmt: skip
        return []

    def relocations(self, sec: Section, tables: dict[int, tuple[Symbol, ...]]) -> RelocationSection:
        rela = sec.type == SHT.RELA
        offsets = self.entries(sec, RELA_SIZE if rela else REL_SIZE)
        symbols: tuple[Symbol, ...] = ()
        if sec.link:
            symbols = tables[self.linked(sec, (SHT.SYMTAB, SHT.DYNSYM), "a symbol table").index]
        if sec.info >= len(self.sections):
            raise self.fail(sec, f"sh_info {sec.info} does not name a section (the file has "
                            f"{len(self.sections)})", self.header_offset(sec))  # fmt: skip
        out = []
        for off in offsets:
            if rela:
                offset, info, addend = _RELA.unpack_from(self.data, off)
            else:
                (offset, info), addend = _REL.unpack_from(self.data, off), 0
            if info >> 32 and info >> 32 >= len(symbols):
                raise self.fail(sec, f"relocation at {offset:#x} names symbol {info >> 32}, but "
                                f"the symbol table has {len(symbols)}", off)  # fmt: skip
            out.append(Relocation(offset, info & 0xFFFFFFFF, info >> 32, addend))
        target = self.sections[sec.info] if sec.info else None
        return RelocationSection(sec, target, symbols, tuple(out))

    def notes(self, sec: Section) -> tuple[Note, ...]:
        if sec.type == SHT.NOBITS:
            return ()
        return tuple(self.note_list(sec.offset, sec.size, sec.addralign, sec.name))

    def note_list(self, offset: int, size: int, align: int, where: str) -> Iterator[Note]:
        """The notes in bytes [offset, offset+size) of the file (gABI "Note Section")."""
        step = 8 if align == 8 else 4
        pos, end = offset, offset + size
        while pos < end:
            if pos + NOTE_HEADER_SIZE > end:
                raise ElfError(self.name, f"{where}: truncated note header", pos)
            namesz, descsz, kind = _NOTE.unpack_from(self.data, pos)
            name_at = pos + NOTE_HEADER_SIZE
            desc_at = name_at + _align(namesz, step)
            if desc_at + descsz > end:
                raise ElfError(self.name, f"{where}: note name or description ({namesz} + "
                               f"{descsz} bytes) runs past the end of the notes", pos)  # fmt: skip
            owner = self.data[name_at : name_at + namesz].split(b"\0", 1)[0]
            desc = self.data[desc_at : desc_at + descsz]
            yield Note(owner.decode("utf-8", "replace"), kind, desc, pos)
            pos = desc_at + _align(descsz, step)

    def dynamic(self, segments: tuple[Segment, ...]) -> tuple[DynamicEntry, ...]:
        sec = next((s for s in self.sections if s.type == SHT.DYNAMIC), None)
        if sec is not None:
            offsets: range = self.entries(sec, DYN_SIZE)
        else:
            seg = next((s for s in segments if s.type == PT.DYNAMIC), None)
            if seg is None:
                return ()
            offsets = range(seg.offset, seg.offset + seg.filesz - DYN_SIZE + 1, DYN_SIZE)
        return tuple(DynamicEntry(*_DYN.unpack_from(self.data, off)) for off in offsets)

    def group(self, sec: Section, tables: dict[int, tuple[Symbol, ...]]) -> Group:
        offsets = self.entries(sec, 4)
        symbols = tables[self.linked(sec, (SHT.SYMTAB,), "a symbol table").index]
        if sec.info >= len(symbols):
            raise self.fail(sec, f"signature symbol {sec.info} (sh_info) is out of range "
                            f"({len(symbols)} symbols)", self.header_offset(sec))  # fmt: skip
        words = [int.from_bytes(self.data[o : o + 4], "little") for o in offsets]
        if not words:
            raise self.fail(sec, "empty section group (no flags word)")
        for i, member in enumerate(words[1:], 1):
            if not 0 < member < len(self.sections):
                raise self.fail(sec, f"group member {member} is not a section",
                                sec.offset + 4 * i)  # fmt: skip
        return Group(sec, symbols[sec.info].name, words[0], tuple(words[1:]))

    def versions(self, tables: dict[int, tuple[Symbol, ...]]) -> Versions:
        versym: tuple[int, ...] = ()
        needs: tuple[VersionNeed, ...] = ()
        defs: tuple[VersionDef, ...] = ()
        for sec in self.sections:
            if sec.type == SHT.GNU_VERSYM:
                self.linked(sec, (SHT.DYNSYM,), "the dynamic symbol table")
                versym = tuple(int.from_bytes(self.data[o : o + 2], "little")
                               for o in self.entries(sec, 2))  # fmt: skip
            elif sec.type == SHT.GNU_VERNEED:
                needs = tuple(self._needs(sec))
            elif sec.type == SHT.GNU_VERDEF:
                defs = tuple(self._defs(sec))
        return Versions(versym, needs, defs)

    def _chain(self, sec: Section, first: int, count: int, size: int, at: int) -> Iterator[int]:
        """Offsets of `count` linked entries of `size` bytes, each checked to lie in `sec`."""
        pos = sec.offset + first
        for _ in range(count):
            if pos < sec.offset or pos + size > sec.offset + sec.size or sec.type == SHT.NOBITS:
                raise self.fail(sec, f"version entry at {pos - sec.offset:#x} runs past the "
                                "end of the section", at)  # fmt: skip
            yield pos
            step = int.from_bytes(self.data[pos + size - 4 : pos + size], "little")
            if not step:  # the last entry of the chain
                break
            pos += step

    def _needs(self, sec: Section) -> Iterator[VersionNeed]:
        strtab = self.linked(sec, (SHT.STRTAB,), "a string table")
        for pos in self._chain(sec, 0, sec.info, _VERNEED.size, sec.offset):
            version, cnt, file_off, aux_off, _ = _VERNEED.unpack_from(self.data, pos)
            file = self.string(strtab, file_off, f"{sec.name} entry", pos)
            aux = []
            for apos in self._chain(sec, pos - sec.offset + aux_off, cnt, _VERNAUX.size, pos):
                hsh, flags, other, name_off, _ = _VERNAUX.unpack_from(self.data, apos)
                name = self.string(strtab, name_off, f"{sec.name} entry", apos)
                aux.append(VersionNeedAux(hsh, flags, other, name, apos - sec.offset))
            yield VersionNeed(version, file, pos - sec.offset, tuple(aux))

    def _defs(self, sec: Section) -> Iterator[VersionDef]:
        strtab = self.linked(sec, (SHT.STRTAB,), "a string table")
        for pos in self._chain(sec, 0, sec.info, _VERDEF.size, sec.offset):
            version, flags, index, cnt, hsh, aux_off, _ = _VERDEF.unpack_from(self.data, pos)
            names, at = [], []
            for apos in self._chain(sec, pos - sec.offset + aux_off, cnt, _VERDAUX.size, pos):
                name_off = int.from_bytes(self.data[apos : apos + 4], "little")
                names.append(self.string(strtab, name_off, f"{sec.name} entry", apos))
                at.append(apos - sec.offset)
            yield VersionDef(version, flags, index, hsh, tuple(names), pos - sec.offset,
                             tuple(at))  # fmt: skip


def _align(n: int, step: int) -> int:
    return (n + step - 1) & -step


def _cstr(table: bytes, offset: int) -> str:
    end = table.find(b"\0", offset)
    return table[offset : end if end >= 0 else len(table)].decode("utf-8", "replace")


def notes_in_segment(elf: ElfFile, seg: Segment) -> tuple[Note, ...]:
    """The notes of a PT_NOTE segment (for files without section headers)."""
    r = _Reader(elf.data, elf.name, elf.sections, elf.header.shoff)
    return tuple(r.note_list(seg.offset, seg.filesz, seg.align, "PT_NOTE segment"))


def dynamic_string(elf: ElfFile, offset: int) -> str:
    """A string of the dynamic string table, as DT_NEEDED and the like name it: the
    section .dynamic links to, or else where DT_STRTAB and DT_STRSZ put it."""
    sec = next((s for s in elf.sections if s.type == SHT.DYNAMIC), None)
    if sec is not None and 0 < sec.link < len(elf.sections):
        r = _Reader(elf.data, elf.name, elf.sections, elf.header.shoff)
        return r.string(elf.sections[sec.link], offset, "dynamic entry", sec.offset)
    tags = {e.tag: e.value for e in elf.dynamic}
    start = file_offset(elf, tags.get(5, 0))  # DT_STRTAB
    size = tags.get(10, 0)  # DT_STRSZ
    if start is None or not 0 <= offset < size or start + size > len(elf.data):
        raise ElfError(elf.name, f"dynamic string offset {offset:#x} is outside the dynamic "
                       f"string table ({size:#x} bytes at {tags.get(5, 0):#x})")  # fmt: skip
    return _cstr(elf.data[start : start + size], offset)


def file_offset(elf: ElfFile, address: int) -> int | None:
    """Where the byte loaded at `address` is in the file (via the PT_LOAD segments)."""
    for seg in elf.segments:
        if seg.type == PT.LOAD and seg.vaddr <= address < seg.vaddr + seg.filesz:
            return seg.offset + address - seg.vaddr
    return None


# Segments that hold only allocated sections (the others, like PT_NOTE, map file bytes).
LOADED_SEGMENTS = (PT.LOAD, PT.DYNAMIC, PT.GNU_EH_FRAME, PT.GNU_STACK, PT.GNU_RELRO, 0x6474E554)


def section_in_segment(s: Section, seg: Segment) -> bool:
    """Does the section lie in the segment, as readelf's segment mapping counts it?

    TLS sections belong only to PT_TLS, PT_LOAD and PT_GNU_RELRO, and other sections
    never to PT_TLS or PT_PHDR; a section without SHF_ALLOC only to segments that are
    not loaded (notes, attributes). Its file bytes (unless SHT_NOBITS) must lie in the
    segment's, and, when allocated, its addresses in the segment's memory; .tbss takes
    no room in the segments that hold .tdata, and an empty section must lie strictly
    inside.
    """
    tls = bool(s.flags & SHF.TLS)
    alloc = bool(s.flags & SHF.ALLOC)
    if tls and seg.type not in (PT.TLS, PT.LOAD, PT.GNU_RELRO):
        return False
    if not tls and seg.type in (PT.TLS, PT.PHDR):
        return False
    if not alloc and seg.type in LOADED_SEGMENTS:
        return False
    tbss = tls and s.type == SHT.NOBITS
    size = 0 if tbss and seg.type != PT.TLS else s.size
    if s.type != SHT.NOBITS and not _inside(s.offset, size, seg.offset, seg.filesz):
        return False
    if alloc and not _inside(s.addr, size, seg.vaddr, seg.memsz):
        return False
    return not (tbss and seg.type != PT.TLS and s.size)


def _inside(start: int, size: int, base: int, length: int) -> bool:
    if start < base:
        return False
    if size:
        return start - base + size <= length
    return start - base < length


def hash_bucket_lengths(elf: ElfFile, sec: Section) -> list[int]:
    """How many symbols each hash bucket chains (gABI "Hash Table", GNU's .gnu.hash)."""
    data = elf.contents(sec)
    words = [int.from_bytes(data[i : i + 4], "little") for i in range(0, len(data) - 3, 4)]
    fail = ElfError(elf.name, f"section {sec.index} ({sec.name}): malformed hash table",
                    sec.offset)  # fmt: skip
    if sec.type == SHT.HASH:
        if len(words) < 2 or len(words) < 2 + words[0] + words[1]:
            raise fail
        nbucket, nchain = words[0], words[1]
        chains = words[2 + nbucket : 2 + nbucket + nchain]
        lengths = []
        for b in words[2 : 2 + nbucket]:
            n, seen = 0, set()
            while 0 < b < nchain and b not in seen:
                seen.add(b)
                n, b = n + 1, chains[b]
            lengths.append(n)
        return lengths
    if len(words) < 4:
        raise fail
    nbucket, symoffset, bloom = words[0], words[1], words[2]
    start = 4 + 2 * bloom
    if len(words) < start + nbucket:
        raise fail
    chains = words[start + nbucket :]
    lengths = []
    for b in words[start : start + nbucket]:
        n = 0
        if b:
            if b < symoffset:
                raise fail
            while b - symoffset < len(chains):
                n += 1
                if chains[b - symoffset] & 1:
                    break
                b += 1
            else:
                raise fail
        lengths.append(n)
    return lengths


# --- RISC-V attributes (psABI "Attributes") -------------------------------------------


@dataclass(frozen=True, slots=True)
class AttributeGroup:
    """A tagged group of one vendor's attributes: for the whole file, sections or symbols."""

    vendor: str
    scope: int  # RISCV_TAG.FILE, SECTION or SYMBOL
    values: tuple[tuple[int, int | str], ...]  # (tag, value) in file order


def attributes(elf: ElfFile) -> tuple[AttributeGroup, ...]:
    """The attribute groups of the .riscv.attributes section.

    Layout: 'A', then vendor subsections (u32 length, vendor name, NUL), each
    holding tagged groups (u8 tag, u32 length); a group is a list of ULEB128 tags
    with ULEB128 (even tag) or NUL-terminated string (odd tag) values.
    """
    sec = next((s for s in elf.sections if s.type == SHT.RISCV_ATTRIBUTES), None)
    if sec is None or sec.type == SHT.NOBITS or not sec.size:
        return ()
    data = elf.contents(sec)
    if data[:1] != b"A":
        raise ElfError(elf.name, f"{sec.name}: unknown attribute format version "
                       f"{data[0]:#x}, expected 'A'", sec.offset)  # fmt: skip
    groups: list[AttributeGroup] = []
    pos = 1
    while pos < len(data):
        end = pos + int.from_bytes(data[pos : pos + 4], "little")
        vendor_end = data.find(b"\0", pos + 4, end)
        if pos + 4 > len(data) or end <= pos + 4 or end > len(data) or vendor_end < 0:
            raise ElfError(elf.name, f"{sec.name}: bad vendor subsection", sec.offset + pos)
        vendor = data[pos + 4 : vendor_end].decode("ascii", "replace")
        group = vendor_end + 1
        while group < end:
            group_end = group + int.from_bytes(data[group + 1 : group + 5], "little")
            if group + 5 > end or group_end <= group + 5 or group_end > end:
                raise ElfError(elf.name, f"{sec.name}: bad attribute group",
                               sec.offset + group)  # fmt: skip
            values = _attribute_values(data[group + 5 : group_end])
            groups.append(AttributeGroup(vendor, data[group], tuple(values)))
            group = group_end
        pos = end
    return tuple(groups)


def riscv_attributes(elf: ElfFile) -> dict[int, int | str]:
    """The file-wide RISC-V attributes (tag -> value); {} if the section is malformed,
    since they only refine what a disassembler shows."""
    try:
        groups = attributes(elf)
    except ElfError:
        return {}
    found: dict[int, int | str] = {}
    for g in groups:
        if g.vendor == "riscv" and g.scope == RISCV_TAG.FILE:
            found |= dict(g.values)
    return found


def _attribute_values(data: bytes) -> list[tuple[int, int | str]]:
    values: list[tuple[int, int | str]] = []
    pos = 0
    while pos < len(data):
        tag, pos = uleb128(data, pos)
        if tag % 2:
            end = data.find(b"\0", pos)
            end = len(data) if end < 0 else end
            values.append((tag, data[pos:end].decode("ascii", "replace")))
            pos = end + 1
        else:
            value, pos = uleb128(data, pos)
            values.append((tag, value))
    return values


def uleb128(data: bytes, pos: int) -> tuple[int, int]:
    """The unsigned LEB128 number at `pos`, and the position after it."""
    value = shift = 0
    while pos < len(data):
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return value, pos


__all__ = [
    "ET",
    "AttributeGroup",
    "DynamicEntry",
    "ElfError",
    "ElfFile",
    "Group",
    "Header",
    "Note",
    "Relocation",
    "RelocationSection",
    "Section",
    "Segment",
    "Symbol",
    "Versions",
    "attributes",
    "read_elf",
    "riscv_attributes",
]
