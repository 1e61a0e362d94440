"""--gc-sections: keep only the sections the program can reach.

Reachability is over relocations: a section is live if a live section has a
relocation whose target symbol is defined in it. The roots are the entry
point, the -u symbols, sections the program reaches without a relocation
(.init/.fini, the init/fini/preinit arrays and .ctors/.dtors, notes,
SHF_GNU_RETAIN), and every section that is not loaded (debug information
does not keep code alive, but is kept itself).

Two kinds of reference are special, as in GNU ld:

* `__start_NAME` / `__stop_NAME` (the linker defines them around output
  section NAME): referring to one keeps every input section called NAME —
  this is how glibc finds its `__libc_atexit` and `__libc_IO_vtables` lists.
* .eh_frame is not a root; each FDE keeps what unwinding its function needs
  (the LSDA, the CIE's personality routine) once the function is live.
  FDEs of dead functions are deleted afterwards (see ehframe.py).

Compile with -ffunction-sections -fdata-sections to give it something to
remove: one .text section per object is kept or dropped as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from groundup.elf.constants import SHF, SHF_EXT, SHT
from groundup.link.ehframe import function_of, records, relocations_in
from groundup.link.inputs import InputFile, InputSection
from groundup.link.symbols import Symbol

KEPT_NAMES = (".init", ".fini", ".preinit_array", ".init_array", ".fini_array", ".ctors",
              ".dtors", ".jcr")  # fmt: skip


def is_root(sec: InputSection) -> bool:
    if not sec.flags & SHF.ALLOC or sec.type in (SHT.NOTE, SHT.INIT_ARRAY, SHT.FINI_ARRAY,
                                                 SHT.PREINIT_ARRAY):  # fmt: skip
        return True
    if sec.flags & SHF_EXT.GNU_RETAIN:
        return True
    return any(sec.name == n or sec.name.startswith(n + ".") for n in KEPT_NAMES)


def collect_garbage(files: list[InputFile], roots: Iterable[Symbol]) -> list[InputSection]:
    """Mark what is reachable; make the rest not live. Returns the sections removed."""
    sections = [s for f in files for s in f.sections if s is not None and s.live]
    by_name: dict[str, list[InputSection]] = {}
    for s in sections:
        by_name.setdefault(s.name, []).append(s)
    unwind = _unwind_edges(s for s in sections if s.name == ".eh_frame")
    live: set[int] = set()
    work: list[InputSection] = []

    def mark(sec: InputSection | None) -> None:
        if sec is not None and sec.live and id(sec) not in live:
            live.add(id(sec))
            work.append(sec)

    for sym in roots:
        mark(sym.section)
    for s in sections:
        if is_root(s) and s.name != ".eh_frame":
            mark(s)
    while work:
        sec = work.pop()
        if sec.name != ".eh_frame":
            for target in _targets(sec, by_name):
                mark(target)
        for needed in unwind.get(id(sec), ()):
            mark(needed)
    removed = [s for s in sections if id(s) not in live and s.name != ".eh_frame"]
    for s in removed:
        s.live = False
    return removed


def _targets(sec: InputSection, by_name: dict[str, list[InputSection]]) -> list[InputSection]:
    """The sections `sec`'s relocations point into."""
    out: list[InputSection] = []
    symbols = sec.file.symbols
    for r in sec.relocations:
        if not r.symbol:
            continue
        sym = symbols[r.symbol]
        if sym.section is not None:
            out.append(sym.section)
        elif not sym.defined or sym.linker_defined:
            for prefix in ("__start_", "__stop_"):
                if sym.name.startswith(prefix):
                    out.extend(by_name.get(sym.name[len(prefix) :], ()))
    return out


def _unwind_edges(eh_frames: Iterable[InputSection]) -> dict[int, list[InputSection]]:
    """For each function section: what its FDEs (and their CIEs) refer to besides it."""
    edges: dict[int, list[InputSection]] = {}
    for sec in eh_frames:
        recs = records(sec.data) or []
        by_offset = {r.offset: r for r in recs}
        for rec in recs:
            function = function_of(sec, rec) if rec.cie is not None else None
            if function is None:
                continue
            needed = edges.setdefault(id(function), [])
            for part in (rec, by_offset.get(rec.cie or -1)):
                if part is None:
                    continue
                for r in relocations_in(sec, part):
                    target = sec.file.symbols[r.symbol].section if r.symbol else None
                    if target is not None and target is not function:
                        needed.append(target)
    return edges
