"""The output file: section contents, the symbol table, the ELF executable.

Each output section's bytes are its input sections' (relocated) bytes at
their offsets, zeros in between. The symbol table follows GNU ld's order: a
section symbol per output section; then, file by file, each object's local
symbols (after its STT_FILE symbol; assembler temporaries `.L...` are
dropped); then the symbols that were global but hidden (the gABI asks a
linker to make them local), after an empty STT_FILE; then the globals.
Every value is now a run-time address — but a thread-local symbol's, which
is its offset in the TLS template (each thread has its own copy).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import cast

from groundup.elf.constants import (
    EF_RISCV_FLOAT_ABI,
    EF_RISCV_RVC,
    EF_RISCV_RVE,
    EF_RISCV_TSO,
    EM,
    SHN_ABS,
    SHT,
    STB,
    STT,
    STV,
)
from groundup.elf.writer import Executable, PlacedSection, SymbolData, write_executable
from groundup.link.inputs import InputFile
from groundup.link.layout import NONE, Layout, OutputSection
from groundup.link.linker_symbols import ENDS
from groundup.link.symbols import Kind, Symbol, listed_local

MASK64 = (1 << 64) - 1
BUILD_ID_DESC_OFFSET = 16  # namesz, descsz, type, "GNU\0"


@dataclass(frozen=True, slots=True)
class Image:
    data: bytes
    executable: Executable


def contents(out: OutputSection) -> bytes:
    """The bytes of an output section (empty for SHT_NOBITS)."""
    if out.nobits:
        return b""
    data = bytearray(out.size)
    for sec in out.inputs:
        if sec.data:
            start = sec.address - out.address
            data[start : start + len(sec.data)] = sec.data
    return bytes(data)


def elf_flags(files: list[InputFile]) -> int:
    """e_flags: the float ABI and RVE of the objects (all agree), RVC or TSO if any has it."""
    objects = [f for f in files if f.elf is not None]
    if not objects:
        return 0
    flags = objects[0].flags & (EF_RISCV_FLOAT_ABI | EF_RISCV_RVE)
    for f in objects:
        flags |= f.flags & (EF_RISCV_RVC | EF_RISCV_TSO)
    return flags


def build(layout: Layout, files: list[InputFile], table: dict[str, Symbol], entry: int,
          strip_symbols: bool) -> Image:  # fmt: skip
    written = layout.written()
    for i, out in enumerate(written, 1):
        out.index = i
    sections = tuple(PlacedSection(o.name, o.type, o.flags, o.address, o.offset, contents(o),
                                   o.size, o.align, _entsize(o)) for o in written)  # fmt: skip
    symbols = None if strip_symbols else tuple(SymbolTable(layout, written).build(files, table))
    exe = Executable(EM.RISCV, elf_flags(files), entry, tuple(layout.segments), sections, symbols)
    return Image(write_executable(exe), exe)


def _entsize(out: OutputSection) -> int:
    if out.type in (SHT.INIT_ARRAY, SHT.FINI_ARRAY, SHT.PREINIT_ARRAY):
        return 8
    return 1 if out.flags & 0x30 == 0x30 else 0  # SHF_MERGE|SHF_STRINGS: one byte each


@dataclass(slots=True)
class SymbolTable:
    layout: Layout
    written: list[OutputSection]
    indices: dict[str, int] = field(default_factory=dict)  # output section name -> index

    def __post_init__(self) -> None:
        for o in reversed(self.written):  # the first of a name wins, as a search would find
            self.indices[o.name] = o.index

    def build(self, files: list[InputFile], table: dict[str, Symbol]) -> list[SymbolData]:
        out = [SymbolData("", 0, 0, STB.LOCAL, STT.NOTYPE)]
        for o in self.written:
            out.append(SymbolData("", o.address, 0, STB.LOCAL, STT.SECTION, section=o.index))
        for f in files:
            out += self._locals(f)
        hidden = [s for s in table.values() if self._wanted(s) and s.visibility != STV.DEFAULT]
        if hidden:
            out.append(SymbolData("", 0, 0, STB.LOCAL, STT.FILE, section=SHN_ABS))
            out += [self._entry(s, STB.LOCAL) for s in hidden]
        out += [self._entry(s, cast(STB, s.bind)) for s in table.values()
                if self._wanted(s) and s.visibility == STV.DEFAULT]  # fmt: skip
        return out

    def _locals(self, f: InputFile) -> list[SymbolData]:
        chosen = [f.symbols[i] for i in f.listed_locals if self._local_wanted(f.symbols[i])]
        if not chosen:
            return []
        if chosen[0].type != STT.FILE:
            name = f.name.rsplit("(", 1)[-1].rstrip(")") if f.archive else os.path.basename(f.name)
            chosen.insert(0, Symbol(name, Kind.DEFINED, STB.LOCAL, STT.FILE))
        return [self._entry(s, STB.LOCAL) for s in chosen]

    @staticmethod
    def _local_wanted(s: Symbol) -> bool:
        if not listed_local(s.name, s.type):
            return False
        return s.section is None or s.section.live

    @staticmethod
    def _wanted(s: Symbol) -> bool:
        if s.kind == Kind.UNDEFINED:
            return s.bind == STB.WEAK
        return s.section is None or s.section.live

    def _entry(self, s: Symbol, bind: STB) -> SymbolData:
        visibility = cast(STV, s.visibility)
        if s.type == STT.FILE:
            return SymbolData(s.name, 0, 0, STB.LOCAL, STT.FILE, section=SHN_ABS)
        if s.kind == Kind.UNDEFINED:
            return SymbolData(s.name, 0, 0, bind, cast(STT, s.type), visibility, 0)
        # gABI "Symbol Values": a TLS symbol's value is its offset in the TLS template
        value = s.address - self.layout.tls_start if s.type == STT.TLS else s.address
        return SymbolData(s.name, value & MASK64, s.size & MASK64, bind, cast(STT, s.type),
                          visibility, self._section_index(s))  # fmt: skip

    def _section_index(self, s: Symbol) -> int:
        if s.section is not None:
            return self.indices.get(s.section.output, SHN_ABS)
        if not s.linker_defined or s.name == "__global_pointer$":
            return SHN_ABS
        return self._section_at(s.value, s.name in ENDS)

    def _section_at(self, address: int, end: bool) -> int:
        """The loaded section an address lies in, or (`end`) ends at; else ABS."""
        loaded = [o for o in self.written if o.kind != NONE and o.takes_room]
        inside = [o for o in loaded if o.address <= address < o.end]
        ending = [o for o in reversed(loaded) if o.end == address]
        found = (ending + inside) if end else (inside + ending)
        return found[0].index if found else SHN_ABS


def build_id_note(kind: str) -> bytes:
    """A .note.gnu.build-id with a zero id of the right size (filled in by `fill_build_id`)."""
    size = {"sha1": 20, "md5": 16, "uuid": 16}.get(kind, 0) or len(bytes.fromhex(kind[2:]))
    return (4).to_bytes(4, "little") + size.to_bytes(4, "little") + (3).to_bytes(
        4, "little") + b"GNU\0" + bytes(size)  # fmt: skip


def fill_build_id(image: bytes, note_offset: int, kind: str) -> bytes:
    """The image with the build id computed over it (zeros in its place while hashing)."""
    if kind.startswith("0x"):
        ident = bytes.fromhex(kind[2:])
    elif kind == "md5":
        ident = hashlib.md5(image).digest()
    elif kind == "uuid":
        ident = os.urandom(16)
    else:
        ident = hashlib.sha1(image).digest()
    at = note_offset + BUILD_ID_DESC_OFFSET
    return image[:at] + ident + image[at + len(ident) :]
