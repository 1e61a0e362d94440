"""Symbols: what a name stands for once the linker has read the inputs.

Every symbol-table entry of an input object becomes a `Symbol`. A local one
belongs to its file alone. A global one is shared: every file that names it —
the one that defines it and all those that refer to it — holds the *same*
`Symbol` object, so when resolution settles which definition wins, each
reference sees it at once; relocation only reads `address`.

A symbol is, at any moment, one of:

    UNDEFINED   referenced, no definition yet (undefined weak: its address is 0)
    COMMON      a tentative definition (`int x;` built with -fcommon): size and
                alignment only; the linker allocates it in .bss at the end
    DEFINED     a definition: an offset in an input section, or an absolute
                value (section None); linker-defined symbols are absolute
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.elf.constants import STB, STT, STV

if TYPE_CHECKING:
    from groundup.link.inputs import InputFile, InputSection


class Kind(IntEnum):
    UNDEFINED = 0
    COMMON = 1
    DEFINED = 2


@dataclass(slots=True, eq=False)
class Symbol:
    name: str
    kind: Kind = Kind.UNDEFINED
    bind: int = STB.GLOBAL
    type: int = STT.NOTYPE
    visibility: int = STV.DEFAULT
    section: InputSection | None = None  # None when DEFINED: an absolute value
    value: int = 0  # offset in `section`, the absolute value, or (COMMON) the alignment
    size: int = 0
    file: InputFile | None = None  # the defining file; None: undefined or linker-defined
    weak_only: bool = True  # every reference so far is weak (it pulls no archive member)
    referenced_by: InputFile | None = None  # the first file that referred to it
    linker_defined: bool = False

    @property
    def address(self) -> int:
        """The run-time address (valid after layout); 0 for an undefined weak symbol."""
        if self.section is None:
            return self.value if self.kind == Kind.DEFINED else 0
        return self.section.address + self.value

    @property
    def is_local(self) -> bool:
        return self.bind == STB.LOCAL

    @property
    def defined(self) -> bool:
        return self.kind == Kind.DEFINED

    def describe_section(self) -> str:
        """Where the definition lives, as GNU ld names it ("*ABS*" for absolute)."""
        return self.section.name if self.section is not None else "*ABS*"


def merge_visibility(a: int, b: int) -> int:
    """The stricter of two visibilities (gABI "Symbol Visibility"): DEFAULT yields."""
    if a == STV.DEFAULT:
        return b
    if b == STV.DEFAULT:
        return a
    return min(a, b)


def listed_local(name: str, type_: int) -> bool:
    """May a local symbol go into the output symbol table? Not a section symbol, nor a
    nameless one, nor an assembler temporary (`.L...`)."""
    return type_ != STT.SECTION and bool(name) and not name.startswith(".L")
