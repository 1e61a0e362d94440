"""The linker's errors, worded as GNU ld words them.

A linker error is about a place in an input: an object, a section and an
offset, and — to help a person find it — the function around it and the
source file the object was compiled from (its STT_FILE symbol). GNU ld shows
the object and function once, on a line of their own, and then only the
place, for as long as the following messages are about the same function:

    ld: u.o: in function `main':
    u.c:(.text+0xa): undefined reference to `foo'
    ld: u.c:(.text+0x16): undefined reference to `baz'
    ld: d.o:(.data+0x0): multiple definition of `bar'; u.o:(.data+0x0): first defined here

The "function" is the function symbol whose extent covers the offset (else
the nearest code label before it; never a mapping symbol or an assembler
temporary `.L...`, which GNU ld sometimes shows). Without a function GNU ld
does not know the source file either, and shows the object. After five
undefined references to one name in a row it says "more ... follow" and stops
repeating. Each message is one entry in `Reporter.lines`; errors make the
link fail (exit status 1, no output file).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from groundup.elf.constants import STT
from groundup.link.inputs import InputFile, InputSection
from groundup.link.symbols import Symbol

MAX_ERRORS_IN_A_ROW = 5  # undefined references to one symbol shown before "more ... follow"


class LinkError(Exception):
    """The link failed; the reporter's lines say why."""


@dataclass(slots=True)
class Reporter:
    program: str = "ld"
    output: str = "a.out"  # the output file, which "defines" absolute symbols in messages
    lines: list[str] = field(default_factory=list)
    errors: int = 0
    verbose: bool = False
    last_function: tuple[InputFile, str] | None = None
    undefined_name: str = ""
    undefined_count: int = 0

    def error(self, message: str) -> None:
        self.lines.append(f"{self.program}: {message}")
        self.errors += 1

    def warning(self, message: str) -> None:
        self.lines.append(f"{self.program}: warning: {message}")

    def note(self, message: str) -> None:
        """Said only under -v (what was accepted but ignored, and the like)."""
        if self.verbose:
            self.lines.append(f"{self.program}: note: {message}")

    def info(self, message: str) -> None:
        self.lines.append(f"{self.program}: {message}")

    def check(self) -> None:
        """Stop the link if anything went wrong so far."""
        if self.errors:
            raise LinkError("\n".join(self.lines))

    # --- Places -------------------------------------------------------------------

    def at(self, sec: InputSection, offset: int) -> str:
        """The place, with an `in function` line when the function changed (GNU's %H)."""
        function = function_at(sec, offset)
        place = f"({sec.name}+{offset:#x})"
        if function is None:
            self.last_function = None
            return f"{sec.file.name}:{place}"
        head = ""
        if self.last_function != (sec.file, function):
            head = f"{sec.file.name}: in function `{function}':\n"
            self.last_function = (sec.file, function)
        source = f"{sec.file.source}:" if sec.file.source else ""
        return head + source + place

    @staticmethod
    def place(sec: InputSection | None, offset: int, file: InputFile | None) -> str:
        """The place on one line: object, source and section (GNU's %D)."""
        if sec is None:
            return f"{file.name if file else '<command line>'}:(*ABS*+{offset:#x})"
        function = function_at(sec, offset)
        source = f"{sec.file.source}:" if sec.file.source and function else ""
        return f"{sec.file.name}:{source}({sec.name}+{offset:#x})"

    # --- The messages -------------------------------------------------------------

    def undefined(self, sec: InputSection, offset: int, name: str) -> None:
        if name == self.undefined_name:
            self.undefined_count += 1
        else:
            self.undefined_name, self.undefined_count = name, 0
        self.errors += 1
        if self.undefined_count < MAX_ERRORS_IN_A_ROW:
            self.lines.append(f"{self.program}: {self.at(sec, offset)}: "
                              f"undefined reference to `{name}'")  # fmt: skip
        elif self.undefined_count == MAX_ERRORS_IN_A_ROW:
            self.lines.append(f"{self.program}: {self.place(sec, offset, sec.file)}: "
                              f"more undefined references to `{name}' follow")  # fmt: skip

    def multiple_definition(self, sym: Symbol, sec: InputSection | None, value: int,
                            file: InputFile) -> None:  # fmt: skip
        first = self.place(sym.section, sym.value, sym.file)
        here = self.at(sec, value) if sec is not None else self.place(None, value, file)
        self.error(f"{here}: multiple definition of `{sym.name}'; {first}: first defined here")

    def overflow(self, sec: InputSection, offset: int, type_name: str, sym: Symbol) -> None:
        self.error(f"{self.at(sec, offset)}: relocation truncated to fit: "
                   f"{type_name} against {describe_target(sym, self.output)}")  # fmt: skip

    def warning_at(self, sec: InputSection, offset: int, message: str) -> None:
        self.lines.append(f"{self.program}: {self.at(sec, offset)}: warning: {message}")

    def at_relocation(self, sec: InputSection, offset: int, message: str) -> None:
        self.error(f"{self.at(sec, offset)}: {message}")


def describe_target(sym: Symbol, output: str) -> str:
    """How GNU ld names a relocation's target in "relocation truncated to fit" messages."""
    if sym.is_local:
        name = sym.section.name if sym.type == STT.SECTION and sym.section else sym.name
        return f"`{name}'"
    if not sym.defined:
        return f"undefined symbol `{sym.name}'"
    owner = sym.file.name if sym.file is not None else output
    return f"symbol `{sym.name}' defined in {sym.describe_section()} section in {owner}"


def function_at(sec: InputSection, offset: int) -> str | None:
    """The function (or else the code label) around `offset` of `sec`, for messages."""
    best: tuple[int, str] | None = None
    covering: str | None = None
    for value, size, type_, name in _labels(sec):
        if value > offset:
            continue
        if type_ == STT.FUNC and offset < value + max(size, 1):
            covering = name
        if best is None or value >= best[0]:
            best = (value, name)
    return covering or (best[1] if best is not None else None)


def _labels(sec: InputSection) -> list[tuple[int, int, int, str]]:
    """(value, size, type, name) of the code labels the file defines in `sec`. Values come
    from the resolved symbols (moved by relaxation), or else, for a global another file
    won (or one not read yet), from the file's own symbol table."""
    file = sec.file
    if file.elf is None:
        return []
    out = []
    for i, raw in enumerate(file.elf.symbols):
        sym = file.symbols[i] if i < len(file.symbols) else None
        if not _label(raw.name, raw.type):
            continue
        if sym is not None and sym.section is sec:
            out.append((sym.value, sym.size, raw.type, raw.name))
        elif raw.shndx == sec.index and (sym is None or not sym.is_local):
            out.append((raw.value, raw.size, raw.type, raw.name))
    return out


def _label(name: str, type_: int) -> bool:
    if type_ not in (STT.FUNC, STT.NOTYPE, STT.GNU_IFUNC) or not name:
        return False
    return not (name.startswith("$") or name.startswith(".L"))
