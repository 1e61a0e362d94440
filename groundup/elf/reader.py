"""Reading ELF64 files: parse, validate, and say exactly what is wrong.

`read_elf(data, name)` returns an `ElfFile` with its header, program headers,
section headers (with names) and symbols. Every offset and size is checked
against the file before it is used, so a truncated or corrupt file gives an
`ElfError` naming the file, the offset and the problem — never a Python error.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from groundup.elf.constants import (
    EHDR_SIZE,
    ELF_MAGIC,
    ELFCLASS32,
    ELFCLASS64,
    ELFDATA2LSB,
    EM,
    ET,
    EV_CURRENT,
    PHDR_SIZE,
    PT,
    SHDR_SIZE,
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
    shndx: int

    @property
    def bind(self) -> int:
        return self.info >> 4

    @property
    def type(self) -> int:
        return self.info & 0xF


@dataclass(frozen=True, slots=True)
class ElfFile:
    name: str
    data: bytes
    header: Header
    segments: tuple[Segment, ...]
    sections: tuple[Section, ...]
    symbols: tuple[Symbol, ...]

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    def contents(self, sec: Section) -> bytes:
        if sec.type == SHT.NOBITS:
            return bytes(sec.size)
        return self.data[sec.offset : sec.offset + sec.size]


_EHDR = struct.Struct("<HHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")


def read_elf(data: bytes, name: str, machine: EM | None = EM.RISCV) -> ElfFile:
    """Parse an ELF64 little-endian file; `machine` None accepts any e_machine."""
    header = _header(data, name, machine)
    segments = tuple(_segments(data, name, header))
    sections = _sections(data, name, header)
    symbols = _symbols(data, name, sections)
    return ElfFile(name, data, header, segments, sections, symbols)


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
    h = Header(*_EHDR.unpack_from(data, 16))
    if machine is not None and h.machine != machine:
        found = EM(h.machine).name if h.machine in EM._value2member_map_ else str(h.machine)
        raise ElfError(name, f"wrong machine: e_machine is {found}, expected {machine.name}", 18)
    if h.phnum and h.phentsize != PHDR_SIZE:
        raise ElfError(name, f"bad program header size {h.phentsize}", 54)
    if h.shnum and h.shentsize != SHDR_SIZE:
        raise ElfError(name, f"bad section header size {h.shentsize}", 58)
    _within(data, name, h.phoff, h.phnum * PHDR_SIZE, "program header table")
    _within(data, name, h.shoff, h.shnum * SHDR_SIZE, "section header table")
    return h


def _within(data: bytes, name: str, offset: int, size: int, what: str) -> None:
    if size and (offset < 0 or offset + size > len(data)):
        raise ElfError(
            name, f"truncated file: {what} needs bytes {offset:#x}..{offset + size:#x}, "
            f"file has {len(data):#x}", offset,
        )  # fmt: skip


def _segments(data: bytes, name: str, h: Header) -> list[Segment]:
    segs = []
    for i in range(h.phnum):
        off = h.phoff + i * PHDR_SIZE
        s = Segment(*_PHDR.unpack_from(data, off))
        if s.type == PT.LOAD and s.filesz > s.memsz:
            raise ElfError(name, f"program header {i}: PT_LOAD with p_filesz > p_memsz", off)
        _within(data, name, s.offset, s.filesz, f"segment {i} contents")
        segs.append(s)
    return segs


def _sections(data: bytes, name: str, h: Header) -> tuple[Section, ...]:
    raw = [_SHDR.unpack_from(data, h.shoff + i * SHDR_SIZE) for i in range(h.shnum)]
    for i, r in enumerate(raw):
        if r[1] != SHT.NOBITS and r[1] != SHT.NULL:
            _within(data, name, r[4], r[5], f"section {i} contents")
    names = b""
    if h.shnum and h.shstrndx < h.shnum:
        strtab = raw[h.shstrndx]
        names = data[strtab[4] : strtab[4] + strtab[5]]
    elif h.shnum:
        raise ElfError(name, f"section name table index {h.shstrndx} out of range", 62)
    return tuple(Section(i, _cstr(names, r[0]), *r[1:]) for i, r in enumerate(raw))


def _symbols(data: bytes, name: str, sections: tuple[Section, ...]) -> tuple[Symbol, ...]:
    symtab = next((s for s in sections if s.type == SHT.SYMTAB), None)
    if symtab is None:
        return ()
    if symtab.entsize != SYM_SIZE or symtab.link >= len(sections):
        raise ElfError(name, f"malformed symbol table {symtab.name}", symtab.offset)
    strtab = sections[symtab.link]
    strings = data[strtab.offset : strtab.offset + strtab.size]
    out = []
    for off in range(symtab.offset, symtab.offset + symtab.size - SYM_SIZE + 1, SYM_SIZE):
        st_name, info, other, shndx, value, size = _SYM.unpack_from(data, off)
        out.append(Symbol(_cstr(strings, st_name), value, size, info, other, shndx))
    return tuple(out)


def _cstr(table: bytes, offset: int) -> str:
    end = table.find(b"\0", offset)
    return table[offset : end if end >= 0 else len(table)].decode("utf-8", "replace")


__all__ = ["ET", "ElfError", "ElfFile", "Header", "Section", "Segment", "Symbol", "read_elf"]
