"""Symbols the linker defines: where things ended up, for the code that needs to know.

Some programs must know facts only the linker knows. glibc's startup code
runs the constructors between `__init_array_start` and `__init_array_end`,
finds its own ELF header at `__ehdr_start` and its thread-local template
through the program headers; `_start` loads gp with `__global_pointer$`;
malloc's first brk begins past `_end`; glibc walks its `__libc_atexit`
section between `__start___libc_atexit` and `__stop___libc_atexit`. These
are the names GNU ld's default linker script assigns:

    __ehdr_start, __executable_start   the first byte of the image (the ELF header)
    __etext, _etext, etext             the end of the code
    __preinit_array_start/_end, __init_array_start/_end, __fini_array_start/_end
    __tdata_start                      the thread-local template (.tdata)
    __rela_iplt_start/_end             IRELATIVE relocations: none, so equal
    __DATA_BEGIN__, __SDATA_BEGIN__    the starts of .data and .sdata
    _edata, edata                      the end of initialised data
    __bss_start                        the start of .sbss/.bss
    __BSS_END__, _end, end             the end of everything, 8-aligned
    __global_pointer$                  MIN(__SDATA_BEGIN__ + 0x800,
                                           MAX(__DATA_BEGIN__ + 0x800, __BSS_END__ - 0x800))
                                       so gp ± 2 KiB covers the small data
    _GLOBAL_OFFSET_TABLE_              the GOT
    __start_X, __stop_X                around output section X, when X is a C identifier

A name is defined only if some input refers to it and no input defines it
(GNU's PROVIDE), except the ones GNU's script always assigns (`ALWAYS`).
The array and iplt bounds and `__ehdr_start` are hidden: local in the output.
"""

from __future__ import annotations

from collections.abc import Callable

from groundup.elf.constants import STB, STT, STV
from groundup.link.layout import TEXT, Layout, OutputSection
from groundup.link.resolve import Resolver
from groundup.link.symbols import Kind, Symbol

GP_OFFSET = 0x800
# Names that mark where something ends: their output section is the one ending there.
ENDS = frozenset({"__etext", "_etext", "etext", "__preinit_array_end", "__init_array_end",
                  "__fini_array_end", "_edata", "edata", "__BSS_END__", "_end", "end"})  # fmt: skip
ALWAYS = ("__global_pointer$", "__DATA_BEGIN__", "__SDATA_BEGIN__", "_edata", "__bss_start",
          "__BSS_END__", "_end")  # fmt: skip
HIDDEN = ("__ehdr_start", "__preinit_array_start", "__preinit_array_end", "__init_array_start",
          "__init_array_end", "__fini_array_start", "__fini_array_end", "__rela_iplt_start",
          "__rela_iplt_end", "__tdata_start")  # fmt: skip


def _start(name: str) -> Callable[[Layout], int]:
    return lambda layout: _section(layout, name).address


def _end(name: str) -> Callable[[Layout], int]:
    return lambda layout: _section(layout, name).end


def _section(layout: Layout, name: str) -> OutputSection:
    found = layout.find(name)
    assert found is not None, name  # every rule's output section exists, if empty
    return found


def _text_end(layout: Layout) -> int:
    return max(o.end for o in layout.sections if o.kind == TEXT and (o.emitted or o.name
                                                                     == ".text"))  # fmt: skip


def _bss_end(layout: Layout) -> int:
    loaded = [o for o in layout.sections if o.kind and (o.emitted or o.name == ".bss")]
    end = max(o.end for o in loaded if not (o.tls and o.nobits))
    return -(-end // 8) * 8


def _global_pointer(layout: Layout) -> int:
    sdata, data = _start(".sdata")(layout), _start(".data")(layout)
    return min(sdata + GP_OFFSET, max(data + GP_OFFSET, _bss_end(layout) - GP_OFFSET))


VALUES: dict[str, Callable[[Layout], int]] = {
    "__ehdr_start": lambda layout: layout.image_base,
    "__executable_start": lambda layout: layout.image_base,
    "__etext": _text_end,
    "_etext": _text_end,
    "etext": _text_end,
    "__preinit_array_start": _start(".preinit_array"),
    "__preinit_array_end": _end(".preinit_array"),
    "__init_array_start": _start(".init_array"),
    "__init_array_end": _end(".init_array"),
    "__fini_array_start": _start(".fini_array"),
    "__fini_array_end": _end(".fini_array"),
    "__tdata_start": _start(".tdata"),
    "__rela_iplt_start": _start(".init"),
    "__rela_iplt_end": _start(".init"),
    "__DATA_BEGIN__": _start(".data"),
    "__SDATA_BEGIN__": _start(".sdata"),
    "_edata": _end(".sdata"),
    "edata": _end(".sdata"),
    "__bss_start": _end(".sdata"),
    "__BSS_END__": _bss_end,
    "_end": _bss_end,
    "end": _bss_end,
    "__global_pointer$": _global_pointer,
    "_GLOBAL_OFFSET_TABLE_": _start(".got"),
}


def claim(resolver: Resolver, section_names: set[str]) -> list[Symbol]:
    """Define (value to come) every linker name the inputs need and do not define."""
    claimed = []
    for name in ALWAYS:
        resolver.symbol(name)
    for sym in resolver.undefined():
        known = sym.name in VALUES or _start_stop(sym.name) in section_names
        if known:
            sym.kind, sym.linker_defined, sym.section, sym.file = Kind.DEFINED, True, None, None
            sym.bind, sym.type = STB.GLOBAL, STT.NOTYPE
            if sym.name in HIDDEN:
                sym.visibility = STV.HIDDEN
            claimed.append(sym)
    return claimed


def _start_stop(name: str) -> str | None:
    for prefix in ("__start_", "__stop_"):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return None


def assign(claimed: list[Symbol], layout: Layout) -> None:
    """Give the claimed symbols their values, now that the layout is known."""
    for sym in claimed:
        section = _start_stop(sym.name)
        if sym.name in VALUES:
            sym.value = VALUES[sym.name](layout)
        elif section is not None:
            out = layout.find(section)
            assert out is not None
            sym.value = out.address if sym.name.startswith("__start_") else out.end
