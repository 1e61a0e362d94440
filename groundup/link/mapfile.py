"""-Map FILE: the link made visible — the linker knows the run-time addresses.

The map answers "why is this code in my program, and where is it?", in GNU
ld's format (trimmed of its linker-script echo):

    Archive member included to satisfy reference by file (symbol)

    libc.a(printf.o)              hello.o (printf)

    Allocating common symbols ...       (tentative definitions given room in .bss)
    Discarded input sections ...        (duplicate COMDAT copies, --gc-sections victims)

    Program headers                     (not in GNU's map: the segments the loader maps)
    LOAD   0x0000000000400000 0x00000000000001f0 0x00000000000001f0 R X

    Memory map

    .text           0x00000000004000e8       0x2c
     .text          0x00000000004000e8       0x28 hello.o
                    0x00000000004000e8                main

Each output section, then each input section in it (its address, size and
object), then the global symbols defined there with their addresses.
"""

from __future__ import annotations

from groundup.elf.constants import PF, PT
from groundup.link.inputs import InputSection
from groundup.link.layout import NONE
from groundup.link.linker import Linked
from groundup.link.symbols import Symbol

NAME_COLUMN = 30


def render(linked: Linked) -> str:
    lines = _archive_members(linked) + _commons(linked) + _discarded(linked)
    lines += _segments(linked) + _memory_map(linked)
    return "\n".join(lines) + "\n"


def _archive_members(linked: Linked) -> list[str]:
    if not linked.pulled:
        return []
    lines = ["Archive member included to satisfy reference by file (symbol)", ""]
    for p in linked.pulled:
        referrer = p.referrer.name if p.referrer is not None else "--undefined"
        why = f"{referrer} ({p.symbol})"
        if len(p.member.name) >= NAME_COLUMN:
            lines += [p.member.name, " " * NAME_COLUMN + why]
        else:
            lines.append(f"{p.member.name:<{NAME_COLUMN}}{why}")
    return lines + [""]


def _commons(linked: Linked) -> list[str]:
    if not linked.commons:
        return []
    lines = ["Allocating common symbols", "Common symbol       size              file", ""]
    for sym in linked.commons:
        owner = sym.file.name if sym.file is not None else ""
        lines.append(f"{sym.name:<20}{sym.size:<#18x}{owner}")
    return lines + [""]


def _discarded(linked: Linked) -> list[str]:
    lines = ["Discarded input sections", ""]
    for sec in linked.discarded:
        lines += [f" {sec.name}", f"{'':16}{0:#018x} {sec.size:#10x} {sec.file.name}"]
    return lines + [""]


def _segments(linked: Linked) -> list[str]:
    lines = [
        "Program headers",
        "",
        "Type             VirtAddr           FileSiz            MemSiz             Flg",
    ]
    for p in linked.layout.segments:
        name = PT(p.type).name if p.type in PT._value2member_map_ else hex(p.type)
        flags = "".join(c if p.flags & f else " " for c, f in (("R", PF.R), ("W", PF.W),
                                                                 ("X", PF.X)))  # fmt: skip
        lines.append(f"{name:<17}{p.vaddr:#018x} {p.filesz:#018x} {p.memsz:#018x} {flags}")
    lines.append(f"\nEntry point {linked.entry:#x}")
    return lines + [""]


def _memory_map(linked: Linked) -> list[str]:
    by_section: dict[int, list[Symbol]] = {}
    for sym in linked.table.values():
        if sym.defined and sym.section is not None and sym.section.live:
            by_section.setdefault(id(sym.section), []).append(sym)
    lines = ["Memory map", ""]
    for out in linked.layout.sections:
        if not out.emitted and not out.inputs:
            continue
        lines += _head(out.name, out.address, out.size, "", "")
        if out.kind == NONE:
            lines[-1] = lines[-1].rstrip()
        for sec in out.inputs:
            lines += _input(sec)
            for sym in sorted(by_section.get(id(sec), []), key=lambda s: (s.value, s.name)):
                lines.append(f"{'':16}{sym.address:#018x}{'':16}{sym.name}")
        lines.append("")
    linker = sorted((s for s in linked.table.values() if s.linker_defined and s.defined),
                    key=lambda s: (s.value, s.name))  # fmt: skip
    if linker:
        lines += ["Linker-defined symbols", ""]
        lines += [f"{'':16}{s.address:#018x}{'':16}{s.name}" for s in linker]
    return lines


def _head(name: str, address: int, size: int, indent: str, owner: str) -> list[str]:
    label = indent + name
    tail = f"{address:#018x} {size:#10x}" + (f" {owner}" if owner else "")
    if len(label) >= 15:
        return [label, f"{'':16}{tail}"]
    return [f"{label:<16}{tail}"]


def _input(sec: InputSection) -> list[str]:
    return _head(sec.name, sec.address, sec.size, " ", sec.file.name)
