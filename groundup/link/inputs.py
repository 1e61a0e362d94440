"""Inputs: the object files and archives a link reads, found the way ld finds them.

The command line is a sequence of items, and order matters: an archive is
searched only for what is undefined *when ld reaches it*, so `-lc main.o`
fails where `main.o -lc` works, and `--start-group ... --end-group` repeats its
archives until they stop adding members. `-lNAME` means the first
`libNAME.a` found in the -L directories (-l:FILE names the file itself); every
-L applies to every -l, wherever it stands.

An `InputFile` is one ELF relocatable object (a file, or an archive member
named `lib.a(member.o)` as GNU ld names it) cut into `InputSection`s — the
units the linker moves around: each keeps its bytes, its alignment and its
relocations, and later receives its address. Sections that only describe the
object (symbol and string tables, relocation sections, groups) are not input
sections; neither are the marker `.note.GNU-stack`, SHF_EXCLUDE sections,
nor `.gnu.warning.SYM` sections, whose text the linker prints where SYM is used
(glibc's "the `gets' function is dangerous and should not be used.").
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from groundup.elf.constants import (
    EF_RISCV_FLOAT_ABI,
    EF_RISCV_RVE,
    EM,
    ET,
    SHF,
    SHF_EXT,
    SHT,
    STT,
)
from groundup.elf.reader import ElfError, ElfFile, Relocation, read_elf
from groundup.link.archive import Archive, ArchiveError, Member, is_archive, read_archive
from groundup.link.symbols import Symbol, listed_local

# Section types whose bytes become part of the output.
CONTENT_TYPES = frozenset({SHT.PROGBITS, SHT.NOBITS, SHT.NOTE, SHT.INIT_ARRAY, SHT.FINI_ARRAY,
                           SHT.PREINIT_ARRAY, SHT.RISCV_ATTRIBUTES})  # fmt: skip


MAX_ALIGN = 1 << 20  # larger section alignments are taken for damage


class InputError(Exception):
    """An input that cannot be used: missing, unreadable, or of the wrong kind."""


@dataclass(slots=True, eq=False)
class InputSection:
    file: InputFile
    index: int  # in its file's section header table
    name: str
    type: int
    flags: int
    align: int
    entsize: int
    data: bytes  # for SHT_NOBITS, empty
    size: int
    relocations: list[Relocation]
    live: bool = True  # false: discarded (a duplicate COMDAT group) or garbage-collected
    discarded: bool = False  # dropped as a duplicate COMDAT group member
    output: str = ""  # the output section's name, given by layout
    address: int = 0  # the run-time address, given by layout

    @property
    def alloc(self) -> bool:
        return bool(self.flags & SHF.ALLOC)

    def __str__(self) -> str:
        return f"{self.name} of {self.file.name}"


@dataclass(slots=True, eq=False)
class InputFile:
    name: str  # as messages show it: a path, or `lib.a(member.o)`
    elf: ElfFile | None  # None for the linker's own sections
    sections: list[InputSection | None] = field(default_factory=list)  # by section index
    symbols: list[Symbol] = field(default_factory=list)  # by symbol index, after resolution
    # (a local not in kept_locals is only a stand-in)
    first_global: int = 0  # sh_info of .symtab: the index of the first non-local symbol
    # The symbols before first_global a link can ask about: the null symbol, those
    # relocations name and those the output symbol table may list (listed_locals). The
    # others (100k+ `.L` labels in libc.a) get no Symbol of their own: building them was
    # most of a link's time.
    kept_locals: tuple[int, ...] = ()
    listed_locals: tuple[int, ...] = ()
    source: str | None = None  # the first STT_FILE symbol's name (the source file)
    archive: str | None = None  # the archive it came from
    warnings: dict[str, str] = field(default_factory=dict)  # .gnu.warning.SYM: SYM -> text

    @property
    def flags(self) -> int:
        return self.elf.header.flags if self.elf is not None else 0

    def live_sections(self) -> list[InputSection]:
        return [s for s in self.sections if s is not None and s.live]


def internal_file() -> InputFile:
    """The pseudo-file that owns what the linker makes itself (GOT, common symbols)."""
    return InputFile("<internal>", None)


def load_object(data: bytes, name: str, archive: str | None = None) -> InputFile:
    """An ELF relocatable object, cut into input sections (symbols come with resolution)."""
    parsed = _parse(data, name) if archive is None else _parse_member(data, name)
    elf = parsed.elf
    file = InputFile(name, elf, archive=archive, first_global=parsed.first_global,
                     source=parsed.source, warnings=dict(parsed.warnings),
                     kept_locals=parsed.kept_locals,
                     listed_locals=parsed.listed_locals)  # fmt: skip
    for sec in elf.sections:
        contents = parsed.contents.get(sec.index)
        if contents is None:
            file.sections.append(None)
            continue
        file.sections.append(InputSection(
            file, sec.index, sec.name, sec.type, sec.flags, max(sec.addralign, 1), sec.entsize,
            contents, sec.size, parsed.relocations.get(sec.index, []),
        ))  # fmt: skip
    return file


@dataclass(frozen=True, slots=True)
class Parsed:
    """What each link takes unchanged from an object: worked out once per archive member."""

    elf: ElfFile
    contents: dict[int, bytes]  # the bytes of each input section, by section index
    relocations: dict[int, list[Relocation]]  # by section index, by offset (never changed
    # in place: relaxation gives a section a new list)
    warnings: dict[str, str]  # see InputFile
    first_global: int
    source: str | None
    kept_locals: tuple[int, ...]  # see InputFile
    listed_locals: tuple[int, ...]


def _parse(data: bytes, name: str) -> Parsed:
    try:
        elf = read_elf(data, name)
    except ElfError as e:
        raise InputError(f"{name}: file format not recognized ({e})") from None
    if elf.header.type != ET.REL:
        kinds: dict[int, str] = {ET.EXEC: "an executable", ET.DYN: "a shared object"}
        kind = kinds.get(elf.header.type, "")
        raise InputError(f"{name}: {kind or 'not a relocatable object'}; only relocatable "
                         "objects (.o) and archives (.a) can be linked statically")  # fmt: skip
    if elf.header.machine != EM.RISCV:
        raise InputError(f"{name}: file format not recognized (not RISC-V)")
    relocations: dict[int, list[Relocation]] = {}
    for rs in elf.relocation_sections:
        if rs.target is not None:
            relocations.setdefault(rs.target.index, []).extend(rs.relocations)
    contents: dict[int, bytes] = {}
    warnings: dict[str, str] = {}
    for sec in elf.sections:
        relocs = relocations.get(sec.index, [])
        relocs.sort(key=lambda r: r.offset)
        if _is_content(sec.type, sec.flags, sec.name):
            _check(name, sec.name, sec.size, sec.addralign, relocs)
            contents[sec.index] = elf.contents(sec) if sec.type != SHT.NOBITS else b""
        elif sec.name.startswith(".gnu.warning.") and sec.type != SHT.NOBITS:
            text = elf.contents(sec).split(b"\0", 1)[0].decode("utf-8", "replace")
            warnings[sec.name[len(".gnu.warning.") :]] = text
    symtab = next((s for s in elf.sections if s.type == SHT.SYMTAB), None)
    first_global = symtab.info if symtab is not None else 0
    return Parsed(elf, contents, relocations, warnings, first_global,
                  *_locals(elf, first_global))  # fmt: skip


def _locals(elf: ElfFile, first_global: int) -> tuple[str | None, tuple[int, ...],
                                                      tuple[int, ...]]:  # fmt: skip
    """The source file's name, the kept and the listed locals (see InputFile)."""
    locals_ = elf.symbols[:first_global]  # (100k+ in libc.a, most of them `.L` labels: the
    # Enum member is read once and those names are set aside first)
    stt_file = STT.FILE
    source = next((s.name for s in locals_ if s.info & 0xF == stt_file and s.name), None)
    listed = tuple(i for i, s in enumerate(locals_) if i and not s.name.startswith(".L")
                   and listed_local(s.name, s.info & 0xF))  # fmt: skip
    named = {r.symbol for rs in elf.relocation_sections for r in rs.relocations}
    kept = named.intersection(range(len(locals_))).union(listed, (0,) if locals_ else ())
    return source, tuple(sorted(kept)), listed


def _check(name: str, section: str, size: int, align: int, relocs: list[Relocation]) -> None:
    """What the linker relies on: a sane alignment, relocations inside their section."""
    if align & (align - 1) or align > MAX_ALIGN:
        raise InputError(f"{name}: section {section}: bad alignment {align} (sh_addralign)")
    if relocs and relocs[-1].offset >= size:
        where = f"{relocs[-1].offset:#x}"
        raise InputError(f"{name}: section {section}: relocation at offset {where} is outside "
                         f"the section ({size:#x} bytes)")  # fmt: skip


def _is_content(type_: int, flags: int, name: str) -> bool:
    if type_ not in CONTENT_TYPES or flags & SHF_EXT.EXCLUDE:
        return False
    return name != ".note.GNU-stack" and not name.startswith(".gnu.warning")


def check_abi(first: InputFile, other: InputFile) -> str | None:
    """Why `other` cannot be linked with `first` (float ABI, RVE), or None."""
    a, b = first.flags, other.flags
    if (a ^ b) & EF_RISCV_FLOAT_ABI:
        names = {0: "soft-float", 2: "single-float", 4: "double-float", 6: "quad-float"}
        return (f"can't link {names[b & EF_RISCV_FLOAT_ABI]} modules with "
                f"{names[a & EF_RISCV_FLOAT_ABI]} modules")  # fmt: skip
    if (a ^ b) & EF_RISCV_RVE:
        return "can't link RVE with other target"
    return None


# --- The command line's inputs ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileInput:
    path: str


@dataclass(frozen=True, slots=True)
class LibraryInput:
    name: str  # NAME of -lNAME (":file" for -l:file)


@dataclass(frozen=True, slots=True)
class GroupInput:
    items: tuple[FileInput | LibraryInput, ...]


InputItem = FileInput | LibraryInput | GroupInput


@dataclass(frozen=True, slots=True)
class Opened:
    """An input opened: an object file, or an archive whose members load on demand."""

    path: str
    object: InputFile | None = None
    archive: Archive | None = None


def find_library(name: str, directories: list[str]) -> str:
    """The path -lNAME stands for: libNAME.a (or, for -l:FILE, FILE) in the -L directories."""
    filename = name[1:] if name.startswith(":") else f"lib{name}.a"
    for directory in directories:
        path = os.path.join(directory, filename)
        if os.path.isfile(path):
            return path
    raise InputError(f"cannot find -l{name}: No such file or directory")


def open_input(path: str) -> Opened:
    """Read a command-line input: an object or an archive (anything else is an error)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"cannot find {path}: No such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"cannot open {path}: {e.strerror}") from None
    if is_archive(data):
        try:
            return Opened(path, archive=_read_archive(data, path))
        except ArchiveError as e:
            raise InputError(str(e)) from None
    if data[:4] != b"\x7fELF":
        raise InputError(f"{path}: file format not recognized; treating as linker script "
                         "is not supported")  # fmt: skip
    return Opened(path, object=load_object(data, path))


def load_member(archive: Archive, member: Member) -> InputFile:
    """An archive member as an input file, named `lib.a(member.o)`."""
    return load_object(member.data, f"{archive.name}({member.name})", archive.name)


# Parsed archive members, by name and contents: a process that links many programs against
# the same libc.a (a test suite, `groundup cc` on several files) reads each member once.
# Parsed is immutable; each link still cuts its own InputFile out of it.
_MEMBERS: dict[tuple[str, bytes], Parsed] = {}
_MEMBERS_KEPT = 4096


def _parse_member(data: bytes, name: str) -> Parsed:
    key = (name, data)
    parsed = _MEMBERS.get(key)
    if parsed is None:
        parsed = _parse(data, name)
        if len(_MEMBERS) >= _MEMBERS_KEPT:
            _MEMBERS.clear()
        _MEMBERS[key] = parsed
    return parsed


# Parsed archives, by path: libc.a (18 MB, 1,900 members) took longer to parse than the rest
# of reading. One is used again only if the file's bytes are the same (compared, not hashed:
# hashing 18 MB costs about what parsing does).
_ARCHIVES: dict[str, tuple[bytes, Archive]] = {}
_ARCHIVES_KEPT = 16


def _read_archive(data: bytes, path: str) -> Archive:
    cached = _ARCHIVES.get(path)
    if cached is not None and cached[0] == data:
        archive = cached[1]
    else:
        archive = read_archive(data, path)
        if len(_ARCHIVES) >= _ARCHIVES_KEPT:
            _ARCHIVES.clear()
        _ARCHIVES[path] = (data, archive)
    # a new object each time: a link tells the archives on its command line apart by identity
    return replace(archive)
