"""Writing ELF64 files: from sections, symbols and relocations to bytes.

The input is a description of the file's contents (`ObjectFile`): sections in
output order with their bytes, symbols (locals first, as the gABI requires:
"Symbol Table" says sh_info is one greater than the last local's index) and,
per section, its relocations with addends. The writer adds what follows from
them: the section header string table, `.symtab` and `.strtab`, one `.rela<name>`
section after each section that has relocations, and the ELF header.

The file is laid out the way GNU as lays out its objects, so that a byte-level
comparison with theirs is meaningful: the ELF header, each section's contents at
its alignment, then .symtab, .strtab, the relocation sections and .shstrtab, and
the section header table last (8-byte aligned).

    +------------+-----------+-----+---------+---------+-------+-----------+------+
    | ELF header | .text ... | ... | .symtab | .strtab | .rela | .shstrtab | shdr |
    +------------+-----------+-----+---------+---------+-------+-----------+------+

Executables (ET_EXEC, `write_executable`) come from the linker with every
loaded section's address and file offset already chosen (segments need them);
the writer places the program headers after the ELF header, each section at its
offset, then the sections not loaded, .symtab, .strtab, .shstrtab and the
section header table, as GNU ld does:

    +------------+-----------------+--------------- ... --+--------------------+------+
    | ELF header | program headers | loaded sections       | .comment .symtab...| shdr |
    +------------+-----------------+--------------- ... --+--------------------+------+
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from groundup.elf.constants import (
    EHDR_SIZE,
    EI_OSABI,
    ELF_MAGIC,
    ELFCLASS64,
    ELFDATA2LSB,
    EM,
    ET,
    EV_CURRENT,
    PHDR_SIZE,
    RELA_SIZE,
    SHDR_SIZE,
    SHF,
    SHN_UNDEF,
    SHT,
    STB,
    STT,
    STV,
    SYM_SIZE,
)

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_RELA = struct.Struct("<QQq")


@dataclass(frozen=True, slots=True)
class Relocation:
    offset: int
    type: int
    symbol: int  # index into ObjectFile.symbols (0: none)
    addend: int


@dataclass(frozen=True, slots=True)
class SectionData:
    """One section to write (not the ones the writer makes itself)."""

    name: str
    type: SHT
    flags: SHF
    data: bytes  # empty for SHT_NOBITS
    size: int  # sh_size (len(data) unless NOBITS)
    addralign: int = 1
    entsize: int = 0
    link: int = 0  # a section index into ObjectFile.sections (+1), for SHT_GROUP etc.
    info: int = 0  # SHT_GROUP: the signature's index into ObjectFile.symbols
    relocations: tuple[Relocation, ...] = ()
    members: tuple[int, ...] = ()  # SHT_GROUP: 1 + indices into ObjectFile.sections


@dataclass(frozen=True, slots=True)
class SymbolData:
    name: str
    value: int
    size: int
    bind: STB
    type: STT
    visibility: STV = STV.DEFAULT
    section: int = SHN_UNDEF  # 1 + index into ObjectFile.sections, or an SHN_* value


@dataclass(frozen=True, slots=True)
class ObjectFile:
    """A relocatable object. Symbol 0 must be the null symbol; locals come first."""

    machine: EM
    flags: int
    sections: tuple[SectionData, ...]
    symbols: tuple[SymbolData, ...]


@dataclass(slots=True)
class StringTable:
    """An ELF string table: NUL-terminated names; offset 0 is the empty name.

    Names are added first and laid out by `finish()`, which (as GNU's BFD does)
    stores a name that is the tail of another one inside it: `.text` inside
    `.rela.text`, `bar` inside `abar`. The others keep the order they were added in.
    """

    names: dict[str, None] = field(default_factory=dict)
    offsets: dict[str, int] = field(default_factory=dict)

    def add(self, name: str) -> None:
        if name:
            self.names.setdefault(name)

    def finish(self) -> bytes:
        # Sorted by their reversed bytes, a name that ends another comes just before
        # the first such name; it lives at that one's end (as in BFD's elf-strtab.c).
        rev = sorted((n.encode()[::-1], n) for n in self.names)
        owner: dict[str, str] = {}
        for (r, name), (r_next, longer) in zip(rev, rev[1:], strict=False):
            if r_next.startswith(r):
                owner[name] = longer
        data = bytearray(b"\0")
        for name in self.names:
            if name not in owner:
                self.offsets[name] = len(data)
                data += name.encode() + b"\0"
        for name in self.names:
            self.offsets[name] = self._offset(name, owner)
        return bytes(data)

    def _offset(self, name: str, owner: dict[str, str]) -> int:
        if name in self.offsets:
            return self.offsets[name]
        container = owner[name]
        return self._offset(container, owner) + len(container.encode()) - len(name.encode())

    def offset(self, name: str) -> int:
        return self.offsets[name] if name else 0


@dataclass(slots=True)
class Layout:
    """The file being built: blobs placed at aligned offsets."""

    data: bytearray = field(default_factory=bytearray)

    def place_at(self, blob: bytes, offset: int) -> None:
        """Put `blob` at `offset`, which must not be before the end of what is there."""
        assert offset >= len(self.data), (offset, len(self.data))
        self.data += bytes(offset - len(self.data))
        self.data += blob

    def place(self, blob: bytes, align: int) -> int:
        """Append `blob` at the next multiple of `align`; return its offset."""
        pad = -len(self.data) % max(align, 1)
        self.data += bytes(pad)
        offset = len(self.data)
        self.data += blob
        return offset


@dataclass(slots=True)
class _Header:
    """A section header being filled in."""

    name: str
    type: int
    flags: int
    offset: int
    size: int
    link: int
    info: int
    align: int
    entsize: int

    def pack(self, name_offset: int, addr: int = 0) -> bytes:
        return _SHDR.pack(name_offset, self.type, self.flags, addr, self.offset, self.size,
                          self.link, self.info, self.align, self.entsize)  # fmt: skip


def write_relocatable(obj: ObjectFile) -> bytes:
    """The bytes of an ET_REL file with `obj`'s sections, symbols and relocations."""
    _check_symbols(obj)
    # Final section numbers: each section, then its .rela section, then the tables.
    index: dict[int, int] = {}
    rela_of: dict[int, int] = {}
    n = 1
    for i, sec in enumerate(obj.sections):
        index[i + 1] = n
        n += 1
        if sec.relocations:
            rela_of[i] = n
            n += 1
    symtab, strtab, shstrtab = n, n + 1, n + 2

    out = Layout(bytearray(EHDR_SIZE))
    headers: dict[int, _Header] = {0: _Header("", 0, 0, 0, 0, 0, 0, 0, 0)}
    for i, sec in enumerate(obj.sections):
        data = sec.data if sec.type != SHT.NOBITS else b""
        size, link = sec.size, index.get(sec.link, 0) if sec.link else 0
        if sec.type == SHT.GROUP:  # members by their final numbers, each with its .rela
            numbers = [n for m in sec.members for n in (index[m], rela_of.get(m - 1)) if n]
            data += b"".join(n.to_bytes(4, "little") for n in numbers)
            size, link = len(data), symtab
        offset = out.place(data, sec.addralign)
        headers[index[i + 1]] = _Header(sec.name, sec.type, sec.flags, offset, size, link,
                                        sec.info, sec.addralign, sec.entsize)  # fmt: skip

    names = StringTable()
    for sym in obj.symbols:
        names.add(sym.name)
    strings = names.finish()
    symbols = b"".join(_symbol(s, names, index) for s in obj.symbols)
    first_global = next((i for i, s in enumerate(obj.symbols) if s.bind != STB.LOCAL),
                        len(obj.symbols))  # fmt: skip
    off = out.place(symbols, 8)
    headers[symtab] = _Header(".symtab", SHT.SYMTAB, 0, off, len(symbols), strtab, first_global,
                              8, SYM_SIZE)  # fmt: skip
    off = out.place(strings, 1)
    headers[strtab] = _Header(".strtab", SHT.STRTAB, 0, off, len(strings), 0, 0, 1, 0)

    for i, sec in enumerate(obj.sections):
        if i in rela_of:
            blob = b"".join(_RELA.pack(r.offset, (r.symbol << 32) | r.type, r.addend)
                            for r in sec.relocations)  # fmt: skip
            off = out.place(blob, 8)
            flags = SHF.INFO_LINK | (sec.flags & SHF.GROUP)
            headers[rela_of[i]] = _Header(
                ".rela" + sec.name, SHT.RELA, flags, off, len(blob), symtab, index[i + 1], 8,
                RELA_SIZE,
            )  # fmt: skip

    section_names = StringTable()
    for name in (".symtab", ".strtab", ".shstrtab"):
        section_names.add(name)
    # BFD makes the .group sections last (then puts them first): their name comes last.
    for i in sorted(headers, key=lambda i: (headers[i].type == SHT.GROUP, i)):
        section_names.add(headers[i].name)
    table = section_names.finish()
    off = out.place(table, 1)
    headers[shstrtab] = _Header(".shstrtab", SHT.STRTAB, 0, off, len(table), 0, 0, 1, 0)

    shoff = out.place(b"".join(headers[i].pack(section_names.offset(headers[i].name))
                               for i in sorted(headers)), 8)  # fmt: skip
    out.data[:EHDR_SIZE] = _elf_header(obj, shoff, len(headers), shstrtab)
    return bytes(out.data)


def _check_symbols(obj: ObjectFile) -> None:
    syms = obj.symbols
    if not syms or syms[0].name or syms[0].bind != STB.LOCAL:
        raise ValueError("symbol 0 must be the null symbol")
    seen_global = False
    for s in syms:
        if s.bind != STB.LOCAL:
            seen_global = True
        elif seen_global:
            raise ValueError(f"local symbol {s.name!r} after a global one")


def _symbol(s: SymbolData, names: StringTable, index: dict[int, int]) -> bytes:
    shndx = s.section
    if 0 < shndx < 0xFF00:
        shndx = index[shndx]
    info = (s.bind << 4) | s.type
    return _SYM.pack(names.offset(s.name), info, int(s.visibility), shndx, s.value, s.size)


def _elf_header(obj: ObjectFile, shoff: int, shnum: int, shstrndx: int) -> bytes:
    ident = ELF_MAGIC + bytes([ELFCLASS64, ELFDATA2LSB, EV_CURRENT]) + bytes(9)
    return _EHDR.pack(ident, ET.REL, obj.machine, EV_CURRENT, 0, 0, shoff, obj.flags,
                      EHDR_SIZE, 0, 0, SHDR_SIZE, shnum, shstrndx)  # fmt: skip


# --- Executables ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProgramHeader:
    """One Elf64_Phdr (p_paddr is written equal to p_vaddr)."""

    type: int
    flags: int
    offset: int
    vaddr: int
    filesz: int
    memsz: int
    align: int


@dataclass(frozen=True, slots=True)
class PlacedSection:
    """A section of an executable, at the address and file offset the linker chose."""

    name: str
    type: int
    flags: int
    addr: int
    offset: int
    data: bytes  # empty for SHT_NOBITS
    size: int
    addralign: int = 1
    entsize: int = 0


@dataclass(frozen=True, slots=True)
class Executable:
    """An ET_EXEC file. Symbols: locals first; `section` is 1 + an index into `sections`."""

    machine: EM
    flags: int
    entry: int
    segments: tuple[ProgramHeader, ...]
    sections: tuple[PlacedSection, ...]  # in file-offset order
    symbols: tuple[SymbolData, ...] | None  # None: no .symtab (stripped)
    osabi: int = 0


def write_executable(exe: Executable) -> bytes:
    """The bytes of an ET_EXEC file: headers, sections, symbols, section headers."""
    phoff = EHDR_SIZE
    out = Layout(bytearray(phoff))
    out.data += b"".join(_PHDR.pack(p.type, p.flags, p.offset, p.vaddr, p.vaddr, p.filesz,
                                    p.memsz, p.align) for p in exe.segments)  # fmt: skip
    headers = [_Header("", 0, 0, 0, 0, 0, 0, 0, 0)]
    addresses = [0]
    for sec in exe.sections:
        if sec.type != SHT.NOBITS:
            out.place_at(sec.data, sec.offset)
        headers.append(_Header(sec.name, sec.type, sec.flags, sec.offset, sec.size, 0, 0,
                               sec.addralign, sec.entsize))  # fmt: skip
        addresses.append(sec.addr)
    if exe.symbols is not None:
        symtab = len(headers)
        names = StringTable()
        for sym in exe.symbols:
            names.add(sym.name)
        strings = names.finish()
        index = {i: i for i in range(1, len(exe.sections) + 1)}
        blob = b"".join(_symbol(s, names, index) for s in exe.symbols)
        first_global = next((i for i, s in enumerate(exe.symbols) if s.bind != STB.LOCAL),
                            len(exe.symbols))  # fmt: skip
        off = out.place(blob, 8)
        headers.append(_Header(".symtab", SHT.SYMTAB, 0, off, len(blob), symtab + 1,
                               first_global, 8, SYM_SIZE))  # fmt: skip
        off = out.place(strings, 1)
        headers.append(_Header(".strtab", SHT.STRTAB, 0, off, len(strings), 0, 0, 1, 0))
        addresses += [0, 0]
    section_names = StringTable()
    for h in headers:
        section_names.add(h.name)
    section_names.add(".shstrtab")
    table = section_names.finish()
    off = out.place(table, 1)
    headers.append(_Header(".shstrtab", SHT.STRTAB, 0, off, len(table), 0, 0, 1, 0))
    addresses.append(0)
    shoff = out.place(b"".join(h.pack(section_names.offset(h.name), addr)
                               for h, addr in zip(headers, addresses, strict=True)), 8)  # fmt: skip
    ident = bytearray(ELF_MAGIC + bytes([ELFCLASS64, ELFDATA2LSB, EV_CURRENT]) + bytes(9))
    ident[EI_OSABI] = exe.osabi
    out.data[:EHDR_SIZE] = _EHDR.pack(bytes(ident), ET.EXEC, exe.machine, EV_CURRENT, exe.entry,
                                      phoff if exe.segments else 0, shoff, exe.flags, EHDR_SIZE,
                                      PHDR_SIZE, len(exe.segments), SHDR_SIZE, len(headers),
                                      len(headers) - 1)  # fmt: skip
    return bytes(out.data)
