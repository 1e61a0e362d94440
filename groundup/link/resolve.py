"""Symbol resolution: the first of the linker's two jobs.

Every name some object refers to must end up meaning exactly one thing. The
objects are read in command-line order, each global symbol merged into one
table by these rules (GNU ld's, from the gABI's "Symbol Table"):

    new \\ old       undefined     common            weak def      strong def
    undefined       -             -                 -             -
    common          common        larger size,      keep weak     keep strong
                                  stricter align
    weak def        define        keep common       keep first    keep strong
    strong def      define        define            define        multiple definition

A reference is weak if every reference to the name is weak; an undefined weak
symbol is simply 0. Visibility is the strictest one seen (hidden wins), and a
hidden symbol becomes local in the output. A definition inside a section of a
COMDAT group whose signature was already seen is dropped with its group — the
one copy of an inline function or template the first object brought is kept.

Archives are searched, not loaded: a member is pulled in only when the
archive's symbol index says it defines a name that is undefined right now
(and referenced strongly); pulling it may leave new names undefined, so the
index is scanned again until nothing changes. A group repeats all its
archives until a whole pass pulls nothing. This is why a member that would
clash with a definition already present is harmless as long as nothing needs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from groundup.elf.constants import GRP_COMDAT, SHN_ABS, SHN_COMMON, SHN_UNDEF, STB, STT
from groundup.elf.reader import Symbol as ElfSymbol
from groundup.link.archive import Archive
from groundup.link.errors import Reporter
from groundup.link.inputs import (
    GroupInput,
    InputError,
    InputFile,
    InputItem,
    InputSection,
    Opened,
    check_abi,
    load_member,
)
from groundup.link.symbols import Kind, Symbol, merge_visibility

# Read once: looking an Enum member up on its class is slow, and these are read per symbol.
_DEFINED, _UNDEFINED, _LOCAL = Kind.DEFINED, Kind.UNDEFINED, STB.LOCAL


@dataclass(frozen=True, slots=True)
class Pulled:
    """An archive member brought in, and why (for the map file)."""

    member: InputFile
    referrer: InputFile | None
    symbol: str


@dataclass(slots=True)
class Resolver:
    reporter: Reporter
    table: dict[str, Symbol] = field(default_factory=dict)
    files: list[InputFile] = field(default_factory=list)
    pulled: list[Pulled] = field(default_factory=list)
    comdat: dict[str, InputFile] = field(default_factory=dict)  # signature -> keeper
    loaded_members: dict[int, set[int]] = field(default_factory=dict)  # id(archive) -> offsets
    fixed: set[str] = field(default_factory=set)  # --defsym names: no input may redefine them
    warnings: dict[str, str] = field(default_factory=dict)  # symbol -> .gnu.warning text

    def symbol(self, name: str) -> Symbol:
        sym = self.table.get(name)
        if sym is None:
            sym = self.table[name] = Symbol(name)
        return sym

    def require(self, name: str) -> None:
        """A strong reference from the command line (-u, -e): it pulls archive members."""
        self.symbol(name).weak_only = False

    # --- Objects ------------------------------------------------------------------

    def add_object(self, file: InputFile) -> None:
        self.files.append(file)
        self.warnings.update(file.warnings)
        self._discard_duplicate_groups(file)
        assert file.elf is not None
        elf = file.elf
        first_global = min(file.first_global, len(elf.symbols))
        # A local nothing asks about (see InputFile.kept_locals) gets a shared stand-in: no
        # relocation names it, the symbol table does not list it, it lies in no section.
        symbols = file.symbols = [Symbol("", bind=STB.LOCAL, file=file)] * first_global
        for i in file.kept_locals:
            symbols[i] = _local(file, elf.symbols[i])
        for s in elf.symbols[first_global:]:
            symbols.append(_local(file, s) if s.info >> 4 == STB.LOCAL else self._global(file, s))
        problem = check_abi(self.files[0], file)
        if problem:
            self.reporter.error(f"{file.name}: {problem}")

    def _discard_duplicate_groups(self, file: InputFile) -> None:
        assert file.elf is not None
        for group in file.elf.groups:
            if not group.flags & GRP_COMDAT:
                continue
            if group.signature not in self.comdat:
                self.comdat[group.signature] = file
                continue
            for index in group.members:
                sec = file.sections[index]
                if sec is not None:
                    sec.live, sec.discarded = False, True

    def _global(self, file: InputFile, s: ElfSymbol) -> Symbol:
        sym = self.symbol(s.name)
        sym.visibility = merge_visibility(sym.visibility, s.visibility)
        section = file.sections[s.shndx] if 0 < s.shndx < len(file.sections) else None
        if s.shndx == SHN_UNDEF or (section is not None and section.discarded):
            self._reference(sym, file, s.bind == STB.WEAK)
        elif s.shndx == SHN_COMMON:
            self._common(sym, file, s)
        elif s.name in self.fixed:
            pass  # --defsym decides
        else:
            self._definition(sym, file, s, section if s.shndx != SHN_ABS else None)
        return sym

    def _reference(self, sym: Symbol, file: InputFile, weak: bool) -> None:
        if not weak:
            sym.weak_only = False
        if sym.referenced_by is None:
            sym.referenced_by = file
        if sym.kind == Kind.UNDEFINED:
            sym.bind = STB.WEAK if sym.weak_only else STB.GLOBAL

    def _common(self, sym: Symbol, file: InputFile, s: ElfSymbol) -> None:
        if sym.kind == Kind.DEFINED:
            return
        if sym.kind == Kind.COMMON:
            if s.size > sym.size:
                sym.size, sym.file = s.size, file
            sym.value = max(sym.value, s.value)
            return
        sym.kind, sym.bind, sym.type = Kind.COMMON, STB.GLOBAL, STT.OBJECT
        sym.file, sym.size, sym.value, sym.section = file, s.size, s.value, None

    def _definition(self, sym: Symbol, file: InputFile, s: ElfSymbol,
                    section: InputSection | None) -> None:  # fmt: skip
        """`section` None: an absolute symbol."""
        weak = s.bind == STB.WEAK
        if sym.kind == Kind.DEFINED:
            if sym.linker_defined or weak:
                return
            if sym.bind != STB.WEAK:
                self.reporter.multiple_definition(sym, section, s.value, file)
                return
        elif sym.kind == Kind.COMMON and weak:
            return
        sym.kind, sym.bind, sym.type = Kind.DEFINED, s.bind, s.type
        sym.section, sym.value, sym.size, sym.file = section, s.value, s.size, file

    # --- Archives -----------------------------------------------------------------

    def add_archive(self, archive: Archive) -> int:
        """Pull in the members that define what is undefined, until none does; how many."""
        if not archive.has_index and archive.members:
            self.reporter.error(f"{archive.name}: error adding symbols: archive has no index; "
                                "run ranlib to add one")  # fmt: skip
            return 0
        loaded = self.loaded_members.setdefault(id(archive), set())
        by_offset = {m.offset: m for m in archive.members}
        added = 0
        changed = True
        while changed:
            changed = False
            for name, offset in archive.index:
                sym = self.table.get(name)
                if sym is None or sym.kind != _UNDEFINED or sym.weak_only:
                    continue
                if offset in loaded:
                    continue
                member = by_offset.get(offset)
                if member is None:
                    raise InputError(f"{archive.name}: the symbol index names a member at "
                                     f"{offset:#x}, but none starts there")  # fmt: skip
                loaded.add(offset)
                file = load_member(archive, member)
                self.pulled.append(Pulled(file, sym.referenced_by, name))
                self.add_object(file)
                added += 1
                changed = True
        return added

    def add_inputs(self, items: list[InputItem], opened: dict[InputItem, list[Opened]]) -> None:
        """Read everything in command-line order; groups repeat until nothing new comes."""
        for item in items:
            inputs = opened[item]
            for o in inputs:
                self._add(o)
            if isinstance(item, GroupInput):
                archives = [o.archive for o in inputs if o.archive is not None]
                while sum(self.add_archive(a) for a in archives):
                    pass

    def _add(self, o: Opened) -> None:
        if o.object is not None:
            self.add_object(o.object)
        elif o.archive is not None:
            self.add_archive(o.archive)

    def undefined(self) -> list[Symbol]:
        return [s for s in self.table.values() if s.kind == Kind.UNDEFINED]


def _local(file: InputFile, s: ElfSymbol) -> Symbol:
    at, sections = s.shndx, file.sections
    return Symbol(s.name, _DEFINED if at else _UNDEFINED, _LOCAL, s.info & 0xF, s.other & 3,
                  sections[at] if 0 < at < len(sections) else None, s.value, s.size, file,
                  False)  # fmt: skip
