"""Layout: output sections, their addresses, and the segments that load them.

Input sections are merged into output sections by name, in the order of GNU
ld's default linker script for RISC-V (the parts a static program meets):

    segment   output section     input sections
    R X       (ELF header, program headers)
              .note.*            .note.gnu.build-id, then other notes
              .init .text .fini  .text.unlikely*, .text.exit*, .text.startup*,
                                 .text.hot*, .text.sorted.* (by name), .text*
    R         .rodata            .rodata* (.srodata goes with .sdata)
              .eh_frame .gcc_except_table
    R W       .tdata .tbss       thread-local data: the PT_TLS template
              .preinit_array .init_array .fini_array
                                 .init_array.N/.fini_array.N sorted by priority N
                                 first, then the unnumbered ones
              .data.rel.ro .data .got .sdata (.srodata* first)
              .sbss .bss         (.bss ends with the common symbols)

A section no rule names (an *orphan*, like glibc's `__libc_atexit`) gets an
output section of its own name, placed after the last section of its kind:
code after .fini, read-only data after .gcc_except_table, writable data
before .got, zero-initialised data after .bss, anything not loaded at the end.

Each group of permissions is one PT_LOAD segment starting on a fresh page, in
the file and in memory (so p_offset and p_vaddr agree modulo the page size,
as the loader needs); the first begins at the image base (0x400000 unless
--image-base / -Ttext-segment says otherwise) and holds the ELF and program
headers, so the program can find its own headers (AT_PHDR, `__ehdr_start`).
.tbss takes addresses after .tdata but no room: the next section starts where
.tdata ends, since each thread's copy is made elsewhere. Empty output sections
still get an address (symbols like `__init_array_start` are defined at them)
but are not written.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field

from groundup.elf.constants import EHDR_SIZE, PF, PHDR_SIZE, PT, SHF, SHT
from groundup.elf.writer import ProgramHeader
from groundup.link.inputs import InputSection

PAGE_SIZE = 0x1000
# The input sections' flags an output section takes (a plain int: this is done per input
# section, and operators on IntFlag members run in Python).
KEPT_FLAGS = int(SHF.WRITE | SHF.ALLOC | SHF.EXECINSTR | SHF.TLS | SHF.MERGE | SHF.STRINGS)
DEFAULT_IMAGE_BASE = 0x400000
STACK_ALIGN = 16  # p_align of PT_GNU_STACK, as GNU ld writes it
MAX_FILE = 1 << 32  # larger outputs are refused (a damaged input, most likely)

TEXT, RODATA, DATA, NONE = "R X", "R", "R W", ""  # segment kinds, by permissions
SEGMENT_FLAGS = {TEXT: PF.R | PF.X, RODATA: PF.R, DATA: PF.R | PF.W}


@dataclass(frozen=True, slots=True)
class Pattern:
    """Input section names (globs) that go to one place in an output section."""

    globs: tuple[str, ...]
    sort: str = ""  # "name" (SORT), "priority" (SORT_BY_INIT_PRIORITY), "" (input order)


@dataclass(frozen=True, slots=True)
class Rule:
    output: str
    kind: str
    patterns: tuple[Pattern, ...]
    type: int | None = None  # the output type when it is not the inputs' (arrays)


def _rule(output: str, kind: str, *groups: tuple[str, ...] | Pattern,
          type: int | None = None) -> Rule:  # fmt: skip
    pats = tuple(g if isinstance(g, Pattern) else Pattern(g) for g in groups)
    return Rule(output, kind, pats, type)


RULES: tuple[Rule, ...] = (
    _rule(".note.gnu.build-id", TEXT, (".note.gnu.build-id",)),
    _rule(".init", TEXT, (".init",)),
    _rule(".text", TEXT, (".text.unlikely", ".text.*_unlikely", ".text.unlikely.*"),
          (".text.exit", ".text.exit.*"), (".text.startup", ".text.startup.*"),
          (".text.hot", ".text.hot.*"), Pattern((".text.sorted.*",), "name"),
          (".text", ".stub", ".text.*", ".gnu.linkonce.t.*")),
    _rule(".fini", TEXT, (".fini",)),
    _rule(".rodata", RODATA, (".rodata", ".rodata.*", ".gnu.linkonce.r.*")),
    _rule(".rodata1", RODATA, (".rodata1",)),
    _rule(".sdata2", RODATA, (".sdata2", ".sdata2.*", ".gnu.linkonce.s2.*")),
    _rule(".sbss2", RODATA, (".sbss2", ".sbss2.*", ".gnu.linkonce.sb2.*")),
    _rule(".eh_frame", RODATA, (".eh_frame", ".eh_frame.*")),
    _rule(".gcc_except_table", RODATA, (".gcc_except_table", ".gcc_except_table.*")),
    _rule(".tdata", DATA, (".tdata", ".tdata.*", ".gnu.linkonce.td.*")),
    _rule(".tbss", DATA, (".tbss", ".tbss.*", ".gnu.linkonce.tb.*", ".tcommon")),
    _rule(".preinit_array", DATA, (".preinit_array",), type=SHT.PREINIT_ARRAY),
    _rule(".init_array", DATA, Pattern((".init_array.*", ".ctors.*"), "priority"),
          (".init_array", ".ctors"), type=SHT.INIT_ARRAY),
    _rule(".fini_array", DATA, Pattern((".fini_array.*", ".dtors.*"), "priority"),
          (".fini_array", ".dtors"), type=SHT.FINI_ARRAY),
    _rule(".data.rel.ro", DATA, (".data.rel.ro.local*", ".gnu.linkonce.d.rel.ro.local.*"),
          (".data.rel.ro", ".data.rel.ro.*", ".gnu.linkonce.d.rel.ro.*")),
    _rule(".data", DATA, (".data", ".data.*", ".gnu.linkonce.d.*")),
    _rule(".data1", DATA, (".data1",)),
    _rule(".got", DATA, (".got.plt", ".igot.plt", ".got", ".igot")),
    _rule(".sdata", DATA, (".srodata.cst16",), (".srodata.cst8",), (".srodata.cst4",),
          (".srodata.cst2",), (".srodata", ".srodata.*"), (".sdata", ".sdata.*",
          ".gnu.linkonce.s.*")),
    _rule(".sbss", DATA, (".dynsbss", ".sbss", ".sbss.*", ".gnu.linkonce.sb.*", ".scommon")),
    _rule(".bss", DATA, (".dynbss", ".bss", ".bss.*", ".gnu.linkonce.b.*", "COMMON")),
)  # fmt: skip

# Where orphans of each kind go: after the last section of this name (or of another orphan
# placed there before).
ORPHAN_AFTER = {"note": ".note.gnu.build-id", "code": ".fini", "rodata": ".gcc_except_table",
                "tdata": ".tdata", "tbss": ".tbss", "data": ".data1", "bss": ".bss"}  # fmt: skip
C_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class LayoutError(Exception):
    """Sections that cannot be placed where they were asked to go."""


@dataclass(slots=True, eq=False)
class OutputSection:
    name: str
    kind: str  # TEXT, RODATA, DATA or NONE (not loaded)
    type: int = SHT.NULL
    flags: int = 0
    inputs: list[InputSection] = field(default_factory=list)
    align: int = 1
    address: int = 0
    offset: int = 0
    size: int = 0
    index: int = 0  # in the output's section header table; 0 when not written

    @property
    def emitted(self) -> bool:
        return self.size > 0

    @property
    def nobits(self) -> bool:
        return self.type == SHT.NOBITS

    @property
    def tls(self) -> bool:
        return bool(self.flags & SHF.TLS)

    @property
    def end(self) -> int:
        return self.address + self.size

    @property
    def takes_room(self) -> bool:
        """Does it occupy memory in its segment? (.tbss does not: each thread has a copy.)"""
        return self.emitted and not (self.tls and self.nobits)


@dataclass(slots=True)
class Layout:
    sections: list[OutputSection]  # loaded ones in address order, then the others
    segments: list[ProgramHeader]
    image_base: int
    tls_start: int = 0
    tls_end: int = 0
    file_end: int = 0  # where the loaded part of the file ends

    def find(self, name: str) -> OutputSection | None:
        return next((s for s in self.sections if s.name == name), None)

    def written(self) -> list[OutputSection]:
        return [s for s in self.sections if s.emitted]


# --- Output sections -------------------------------------------------------------------


def _priority(name: str) -> int:
    """The init priority in `.init_array.N` (lower runs first); `.ctors.N` count down."""
    number = name.rsplit(".", 1)[-1]
    if not number.isdigit():
        return 65536
    return 65535 - int(number) if name.startswith((".ctors", ".dtors")) else int(number)


@dataclass(slots=True)
class _Matcher:
    cache: dict[str, tuple[int, int] | None] = field(default_factory=dict)

    def match(self, name: str) -> tuple[int, int] | None:
        """(rule, pattern) that takes sections called `name`, the first in script order."""
        if name not in self.cache:
            self.cache[name] = next(((i, j) for i, rule in enumerate(RULES)
                                     for j, p in enumerate(rule.patterns)
                                     if any(fnmatch.fnmatchcase(name, g) for g in p.globs)),
                                    None)  # fmt: skip
        return self.cache[name]


def orphan_kind(sec: InputSection) -> tuple[str, str]:
    """(placement, segment kind) of a section no rule names."""
    if not sec.flags & SHF.ALLOC:
        return "none", NONE
    if sec.type == SHT.NOTE:
        return "note", TEXT
    if sec.flags & SHF.EXECINSTR:
        return "code", TEXT
    if not sec.flags & SHF.WRITE:
        return "rodata", RODATA
    if sec.flags & SHF.TLS:
        return ("tbss" if sec.type == SHT.NOBITS else "tdata"), DATA
    return ("bss" if sec.type == SHT.NOBITS else "data"), DATA


def output_sections(sections: list[InputSection]) -> list[OutputSection]:
    """Gather the live input sections into output sections, in output order."""
    matcher = _Matcher()
    placed: list[list[tuple[int, InputSection]]] = [[] for _ in RULES]
    orphans: dict[str, OutputSection] = {}
    orphan_place: dict[str, str] = {}
    for sec in sections:
        found = matcher.match(sec.name)
        if found is not None:
            placed[found[0]].append((found[1], sec))
            continue
        out = orphans.get(sec.name)
        if out is None:
            place, kind = orphan_kind(sec)
            out = orphans[sec.name] = OutputSection(sec.name, kind)
            orphan_place[sec.name] = place
        out.inputs.append(sec)
    outputs = []
    for rule, entries in zip(RULES, placed, strict=True):
        out = OutputSection(rule.output, rule.kind)
        out.inputs = _sorted(rule, entries)
        outputs.append(out)
    for name, out in orphans.items():
        anchor = ORPHAN_AFTER.get(orphan_place[name])
        if anchor is None:
            outputs.append(out)
            continue
        at = max(i for i, o in enumerate(outputs) if o.name == anchor or
                 orphan_place.get(o.name) == orphan_place[name])  # fmt: skip
        outputs.insert(at + 1, out)
    for out in outputs:
        _settle(out, _rule_of(out.name))
    return outputs


def _rule_of(name: str) -> Rule | None:
    return next((r for r in RULES if r.output == name), None)


def _sorted(rule: Rule, entries: list[tuple[int, InputSection]]) -> list[InputSection]:
    def key(item: tuple[int, int, InputSection]) -> tuple[int, int | str, int]:
        pattern, order, sec = item
        match rule.patterns[pattern].sort:
            case "name":
                return pattern, sec.name, order
            case "priority":
                return pattern, _priority(sec.name), order
        return pattern, 0, order

    ordered = sorted(((p, i, s) for i, (p, s) in enumerate(entries)), key=key)
    return [s for _, _, s in ordered]


def _settle(out: OutputSection, rule: Rule | None) -> None:
    """Type, flags, alignment and size of an output section, from its inputs."""
    offset = 0
    for sec in out.inputs:
        offset = _align(offset, sec.align)
        sec.output = out.name
        sec.address = offset  # relative for now; made absolute by assign_addresses
        offset += sec.size
        out.align = max(out.align, sec.align)
        out.flags |= sec.flags & KEPT_FLAGS
    out.size = offset
    types = {s.type for s in out.inputs}
    if rule is not None and rule.type is not None:
        out.type = rule.type
    elif types and types <= {SHT.NOBITS}:
        out.type = SHT.NOBITS
    elif out.inputs:
        out.type = next(t for t in (s.type for s in out.inputs) if t != SHT.NOBITS)
    else:
        out.type = SHT.NOBITS if out.name in (".tbss", ".sbss", ".bss") else SHT.PROGBITS
    if any(s.flags & SHF.MERGE == 0 or s.flags & SHF.STRINGS == 0 for s in out.inputs):
        out.flags &= ~(SHF.MERGE | SHF.STRINGS)


def _align(value: int, alignment: int) -> int:
    return -(-value // alignment) * alignment if alignment > 1 else value


# --- Addresses and segments ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the image goes: the first segment's address, or .text's (-Ttext)."""

    image_base: int | None = None
    text_address: int | None = None
    exec_stack: bool = False


def header_count(outputs: list[OutputSection], attributes: bool) -> int:
    """How many program headers the file needs (known before any address is)."""
    kinds = {TEXT} | {o.kind for o in outputs if o.takes_room and o.kind != NONE}
    notes = len(_note_runs(outputs))
    tls = any(o.tls and o.emitted for o in outputs)
    return int(attributes) + len(kinds) + notes + int(tls) + 1


def _note_runs(outputs: list[OutputSection]) -> list[list[OutputSection]]:
    """Consecutive loaded notes of one alignment: each run is one PT_NOTE."""
    runs: list[list[OutputSection]] = []
    previous: OutputSection | None = None
    for o in outputs:
        if not o.emitted or o.kind == NONE:
            continue
        if o.type == SHT.NOTE:
            if runs and previous is runs[-1][-1] and previous.align == o.align:
                runs[-1].append(o)
            else:
                runs.append([o])
        previous = o
    return runs


def assign_addresses(outputs: list[OutputSection], placement: Placement,
                     attributes: OutputSection | None) -> Layout:  # fmt: skip
    """Give every output section its address and file offset; make the program headers."""
    count = header_count(outputs, attributes is not None and attributes.emitted)
    headers = EHDR_SIZE + count * PHDR_SIZE
    base = _image_base(outputs, placement, headers)
    loaded = [o for o in outputs if o.kind != NONE]
    _fill_bss_followed_by_data(loaded)
    tls_align = max((o.align for o in loaded if o.tls), default=1)
    addr, seg_vaddr, seg_offset = base + headers, base, 0
    kind = TEXT
    loads: list[ProgramHeader] = []
    file_end = headers
    seg_start_end = [base, 0]  # vaddr, memory end of the current segment
    for out in loaded:
        if out.takes_room and out.kind != kind:
            loads.append(_load(kind, seg_vaddr, seg_offset, file_end, seg_start_end[1]))
            seg_vaddr = addr = _align(addr, PAGE_SIZE)
            seg_offset = file_end = _align(file_end, PAGE_SIZE)
            kind = out.kind
        if out.name == ".text" and placement.text_address is not None:
            if placement.text_address < addr:
                raise LayoutError(f"-Ttext address {placement.text_address:#x} is below the end "
                                  f"of what precedes .text ({addr:#x})")  # fmt: skip
            addr = placement.text_address
        if out.tls and out.type != SHT.NOBITS:
            out.align = max(out.align, tls_align)
        addr = _align(addr, out.align)
        out.address, out.offset = addr, seg_offset + addr - seg_vaddr
        for sec in out.inputs:
            sec.address += addr
        if out.tls and out.nobits:  # .tbss: addresses, but no room in the image
            continue
        addr += out.size
        if out.emitted:
            seg_start_end[1] = addr
            if not out.nobits:
                file_end = out.offset + out.size
    loads.append(_load(kind, seg_vaddr, seg_offset, file_end, seg_start_end[1]))
    if file_end > MAX_FILE or addr >= 1 << 64:
        raise LayoutError(f"the output would be too large ({file_end:#x} bytes in the file, "
                          f"addresses up to {addr:#x})")  # fmt: skip
    layout = Layout(outputs, [], base, file_end=file_end)
    _tls_bounds(layout, loaded)
    _place_unloaded(layout)
    layout.segments = _program_headers(layout, loads, attributes, placement)
    return layout


def _image_base(outputs: list[OutputSection], placement: Placement, headers: int) -> int:
    """The first segment's address; with only -Ttext, the page that leaves room below .text."""
    if placement.image_base is not None or placement.text_address is None:
        return DEFAULT_IMAGE_BASE if placement.image_base is None else placement.image_base
    before = headers
    for out in outputs:
        if out.name == ".text":
            break
        if out.kind == TEXT:
            before = _align(before, out.align) + out.size
    return max(placement.text_address - before, 0) // PAGE_SIZE * PAGE_SIZE


def _fill_bss_followed_by_data(loaded: list[OutputSection]) -> None:
    """A zero-filled section with file data after it in its segment must be in the file."""
    seen_data = set()
    for out in reversed(loaded):
        if not out.emitted or (out.tls and out.nobits):
            continue
        if out.nobits and out.kind in seen_data:
            out.type = SHT.PROGBITS
        elif not out.nobits:
            seen_data.add(out.kind)


def _load(kind: str, vaddr: int, offset: int, file_end: int, mem_end: int) -> ProgramHeader:
    filesz = max(file_end - offset, 0)
    return ProgramHeader(PT.LOAD, SEGMENT_FLAGS[kind], offset, vaddr, filesz,
                         max(mem_end - vaddr, filesz), PAGE_SIZE)  # fmt: skip


def _tls_bounds(layout: Layout, loaded: list[OutputSection]) -> None:
    tls = [o for o in loaded if o.tls and o.emitted]
    if tls:
        layout.tls_start = tls[0].address
        layout.tls_end = max(o.end for o in tls)
    else:
        tdata = layout.find(".tdata")
        layout.tls_start = layout.tls_end = tdata.address if tdata else 0


def _program_headers(layout: Layout, loads: list[ProgramHeader],
                     attributes: OutputSection | None,
                     placement: Placement) -> list[ProgramHeader]:  # fmt: skip
    phdrs = []
    if attributes is not None and attributes.emitted:
        phdrs.append(ProgramHeader(PT.RISCV_ATTRIBUTES, PF.R, attributes.offset, 0,
                                   attributes.size, 0, 1))  # fmt: skip
    phdrs += loads
    for run in _note_runs(layout.sections):
        size = run[-1].end - run[0].address
        phdrs.append(ProgramHeader(PT.NOTE, PF.R, run[0].offset, run[0].address, size, size,
                                   run[0].align))  # fmt: skip
    tls = [o for o in layout.sections if o.tls and o.emitted]
    if tls:
        filesz = sum(o.size for o in tls if not o.nobits)
        phdrs.append(ProgramHeader(PT.TLS, PF.R, tls[0].offset, layout.tls_start, filesz,
                                   layout.tls_end - layout.tls_start,
                                   max(o.align for o in tls)))  # fmt: skip
    stack = PF.R | PF.W | (PF.X if placement.exec_stack else 0)
    phdrs.append(ProgramHeader(PT.GNU_STACK, stack, 0, 0, 0, 0, STACK_ALIGN))
    return phdrs


def _place_unloaded(layout: Layout) -> None:
    """File offsets of the sections not loaded (comments, attributes, debug information),
    whose addresses stay 0: their input sections' addresses are offsets within them."""
    offset = layout.file_end
    for out in layout.sections:
        if out.kind == NONE and out.emitted:
            offset = _align(offset, out.align)
            out.offset = offset
            offset += out.size


def start_stop_names(outputs: list[OutputSection]) -> list[str]:
    """Output sections whose names are C identifiers: GNU ld defines __start_X/__stop_X."""
    return [o.name for o in outputs if C_IDENTIFIER.match(o.name)]
