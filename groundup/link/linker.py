"""The link, stage by stage: `link(options) -> Linked`.

    read        the command line's objects; archives opened, not yet loaded
    resolve     symbols merged by name; archive members pulled on demand
    select      duplicate COMDAT groups dropped; --gc-sections; dead FDEs
    settle      alignment padding deleted; the GOT and common symbols made
    lay out     output sections, addresses, segments; linker-defined symbols
    relocate    every relocation applied, now that every address is known
    write       section contents, symbol table, ELF header: an executable

Problems go into one `Reporter`, and the link goes on as far as it can, so
that one run reports every multiple definition and undefined reference (each
with its place); it fails before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from groundup.elf.constants import SHF, SHT, STB
from groundup.elf.reader import attributes as read_attributes
from groundup.link import attributes, linker_symbols
from groundup.link.ehframe import drop_dead_fdes
from groundup.link.errors import LinkError, Reporter
from groundup.link.gc import collect_garbage
from groundup.link.got import Got, build_got
from groundup.link.inputs import (
    FileInput,
    GroupInput,
    InputError,
    InputFile,
    InputItem,
    InputSection,
    LibraryInput,
    Opened,
    find_library,
    internal_file,
    open_input,
)
from groundup.link.layout import (
    Layout,
    LayoutError,
    Placement,
    assign_addresses,
    output_sections,
)
from groundup.link.output import build, build_id_note, fill_build_id
from groundup.link.relax import align_code
from groundup.link.relocate import Relocator
from groundup.link.resolve import Pulled, Resolver
from groundup.link.symbols import Kind, Symbol

DEFAULT_ENTRY = "_start"


@dataclass(frozen=True, slots=True)
class LinkOptions:
    inputs: tuple[InputItem, ...]
    library_paths: tuple[str, ...] = ()
    entry: str | None = None
    undefined: tuple[str, ...] = ()  # -u
    defsyms: tuple[tuple[str, str], ...] = ()  # --defsym NAME=EXPR
    gc_sections: bool = False
    print_gc_sections: bool = False
    strip_all: bool = False  # -s
    strip_debug: bool = False  # -S
    placement: Placement = Placement()
    build_id: str = "none"


@dataclass(slots=True)
class Linked:
    """Everything the link decided: the image and what the map file shows."""

    image: bytes
    layout: Layout
    files: list[InputFile]
    table: dict[str, Symbol]
    pulled: list[Pulled]
    discarded: list[InputSection] = field(default_factory=list)
    commons: list[Symbol] = field(default_factory=list)
    entry: int = 0


def link(options: LinkOptions, reporter: Reporter) -> Linked:
    opened = read_inputs(options)
    resolver = resolve(options, opened, reporter)
    files = resolver.files
    internal = internal_file()
    claimed = linker_symbols.claim(resolver, {s.name for f in files for s in f.live_sections()})
    discarded = select(options, resolver, files, reporter)
    for f in files:
        align_code(f, reporter)
    got = build_got(files, internal)
    commons = allocate_commons(resolver, internal)
    merge_comments_and_attributes(files, internal)
    layout = lay_out(options, files + [internal], reporter)
    linker_symbols.assign(claimed, layout)
    evaluate_defsyms(options, resolver, reporter)
    entry = entry_point(options, resolver, layout, reporter)
    relocate(files + [internal], got, layout, reporter, resolver.warnings)
    reporter.check()
    image = build(layout, files + [internal], resolver.table, entry, options.strip_all)
    data = image.data
    if options.build_id != "none":
        note = layout.find(".note.gnu.build-id")
        assert note is not None
        data = fill_build_id(data, note.offset, options.build_id)
    return Linked(data, layout, files, resolver.table, resolver.pulled, discarded, commons, entry)


# --- read and resolve --------------------------------------------------------------------


def read_inputs(options: LinkOptions) -> dict[InputItem, list[Opened]]:
    """Open every input; -l names become paths. Missing ones are all reported at once."""
    opened: dict[InputItem, list[Opened]] = {}
    problems = []
    for item in options.inputs:
        parts = item.items if isinstance(item, GroupInput) else (item,)
        opened[item] = []
        for part in parts:
            try:
                opened[item].append(_open(part, options))
            except InputError as e:
                problems.append(str(e))
    if problems:
        raise InputError("\n".join(problems))
    return opened


def _open(item: FileInput | LibraryInput, options: LinkOptions) -> Opened:
    if isinstance(item, LibraryInput):
        return open_input(find_library(item.name, list(options.library_paths)))
    return open_input(item.path)


def resolve(options: LinkOptions, opened: dict[InputItem, list[Opened]],
            reporter: Reporter) -> Resolver:  # fmt: skip
    resolver = Resolver(reporter)
    for name, _ in options.defsyms:
        sym = resolver.symbol(name)
        sym.kind, sym.linker_defined, sym.bind = Kind.DEFINED, True, STB.GLOBAL
        resolver.fixed.add(name)
    for name in options.undefined + ((options.entry,) if options.entry else ()):
        resolver.require(name)
    resolver.add_inputs(list(options.inputs), opened)
    if not resolver.files:
        reporter.error("no input files")
        reporter.check()
    return resolver  # with multiple definitions the link goes on, to report the rest too


# --- select and settle -------------------------------------------------------------------


def select(options: LinkOptions, resolver: Resolver, files: list[InputFile],
           reporter: Reporter) -> list[InputSection]:  # fmt: skip
    """Drop what the output will not contain; returns the dropped input sections."""
    dropped = [s for f in files for s in f.sections if s is not None and s.discarded]
    if options.strip_debug:
        for f in files:
            for s in f.live_sections():
                if not s.flags & SHF.ALLOC and s.name.startswith((".debug", ".zdebug", ".line",
                                                                  ".stab")):  # fmt: skip
                    s.live = False
    if options.gc_sections:
        roots = [resolver.table[n] for n in (*options.undefined, _entry_name(options))
                 if n in resolver.table]  # fmt: skip
        removed = collect_garbage(files, roots)
        dropped += removed
        if options.print_gc_sections:
            for s in removed:
                if not s.size:
                    continue
                reporter.info(f"removing unused section '{s.name}' in file '{s.file.name}'")
    for f in files:
        for s in f.live_sections():
            if s.name == ".eh_frame":
                drop_dead_fdes(s)
    return dropped


def _entry_name(options: LinkOptions) -> str:
    return options.entry or DEFAULT_ENTRY


def allocate_commons(resolver: Resolver, internal: InputFile) -> list[Symbol]:
    """Give each common symbol room at the end of .bss (GNU's `*(COMMON)`)."""
    commons = [s for s in resolver.table.values() if s.kind == Kind.COMMON]
    if not commons:
        return []
    sec = InputSection(internal, 0, "COMMON", SHT.NOBITS, SHF.ALLOC | SHF.WRITE, 1, 0, b"", 0, [])
    for sym in commons:
        align = max(sym.value, 1)
        sec.size = -(-sec.size // align) * align
        sym.kind, sym.section, sym.value = Kind.DEFINED, sec, sec.size
        sec.size += sym.size
        sec.align = max(sec.align, align)
    internal.sections.append(sec)
    return commons


def merge_comments_and_attributes(files: list[InputFile], internal: InputFile) -> None:
    """One .riscv.attributes for all; one copy of each .comment string."""
    attrs = [s for f in files for s in f.live_sections() if s.type == SHT.RISCV_ATTRIBUTES]
    groups = [read_attributes(s.file.elf) for s in attrs if s.file.elf is not None]
    values = attributes.merge(groups) if attrs else {}
    comments: dict[bytes, None] = {}
    for f in files:
        for s in f.live_sections():
            if s.type == SHT.RISCV_ATTRIBUTES or (s.name == ".comment" and not s.relocations):
                if s.name == ".comment":
                    comments.update(dict.fromkeys(p for p in s.data.split(b"\0") if p))
                s.live = False
    if comments:
        blob = b"".join(c + b"\0" for c in comments)
        _add(internal, ".comment", SHT.PROGBITS, SHF.MERGE | SHF.STRINGS, blob)
    if values:
        _add(internal, ".riscv.attributes", SHT.RISCV_ATTRIBUTES, 0, attributes.encode(values))


def _add(internal: InputFile, name: str, type_: int, flags: int, data: bytes) -> InputSection:
    sec = InputSection(internal, 0, name, type_, flags, 1, 0, data, len(data), [])
    internal.sections.append(sec)
    return sec


# --- lay out, relocate ------------------------------------------------------------------


def lay_out(options: LinkOptions, files: list[InputFile], reporter: Reporter) -> Layout:
    internal = files[-1]
    if options.build_id != "none":
        note = build_id_note(options.build_id)
        sec = _add(internal, ".note.gnu.build-id", SHT.NOTE, SHF.ALLOC, note)
        sec.align = 4
    outputs = output_sections([s for f in files for s in f.live_sections()])
    attrs = next((o for o in outputs if o.name == ".riscv.attributes"), None)
    try:
        return assign_addresses(outputs, options.placement, attrs)
    except LayoutError as e:
        reporter.error(str(e))
        raise LinkError("\n".join(reporter.lines)) from None


def evaluate_defsyms(options: LinkOptions, resolver: Resolver, reporter: Reporter) -> None:
    """--defsym NAME=EXPR, where EXPR is a number, a symbol, or either ± a number."""
    for name, expr in options.defsyms:
        value = _expression(expr, resolver, reporter)
        sym = resolver.table[name]
        sym.kind, sym.section, sym.value, sym.file = Kind.DEFINED, None, value, None


def _expression(expr: str, resolver: Resolver, reporter: Reporter) -> int:
    total = 0
    for sign, term in _terms(expr):
        try:
            value = int(term, 0)
        except ValueError:
            sym = resolver.table.get(term)
            if sym is None or not sym.defined:
                reporter.error(f"--defsym: undefined symbol `{term}' referenced in expression")
                return 0
            value = sym.address
        total += sign * value
    return total


def _terms(expr: str) -> list[tuple[int, str]]:
    terms, sign, current = [], 1, ""
    for ch in expr.replace(" ", ""):
        if ch in "+-" and current:
            terms.append((sign, current))
            sign, current = (1 if ch == "+" else -1), ""
        else:
            current += ch
    terms.append((sign, current))
    return terms


def entry_point(options: LinkOptions, resolver: Resolver, layout: Layout,
                reporter: Reporter) -> int:  # fmt: skip
    name = _entry_name(options)
    sym = resolver.table.get(name)
    if sym is not None and sym.defined:
        return sym.address
    try:
        return int(name, 0)
    except ValueError:
        pass
    text = layout.find(".text")
    default = text.address if text is not None else layout.image_base
    reporter.warning(f"cannot find entry symbol {name}; defaulting to {default:016x}")
    return default


def relocate(files: list[InputFile], got: Got | None, layout: Layout, reporter: Reporter,
             warnings: dict[str, str]) -> None:  # fmt: skip
    if got is not None:
        got.fill(layout.tls_start)
    relocator = Relocator(reporter, got, layout.tls_start, warnings=dict(warnings))
    for f in files:
        for sec in f.live_sections():
            relocator.relocate(sec)
