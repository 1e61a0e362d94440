"""Diagnostics: where in the source a problem is, and how to show it.

Every stage that reads text written by a person (the assembler now, the C
compiler later) reports problems the same way, the way gcc and GNU as do:

    prog.s:12:9: error: immediate 5000 out of range [-2048, 2047]
       12 |         addi a0, a0, 5000
          |                      ^~~~

A `Source` is one input text with its name; a `Pos` is a place in it (line and
column, both counted from 1, columns in characters); a `Diagnostic` is one
message at a position, with how many characters to underline. A `Reporter`
collects the diagnostics of one run, so that a stage can go on after an error
and report the next ones too, and `Reporter.check()` raises `CompileError`
with all of them when anything was wrong. Nothing here is global: each run
makes its own Reporter.

A diagnostic about a header can carry the chain of `#include` lines that led
to it, shown first the way gcc shows it ("In file included from b.h:2,\n
                 from a.c:1:"); `note:` lines (a previous definition, the
macro a token came out of) follow the diagnostic they explain; a `fatal
error:` (a missing header) stops the run at once.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    FATAL = "fatal error"


@dataclass(frozen=True, slots=True, eq=False)
class Source:
    """One input text and the name to show for it ("-" is shown as {standard input})."""

    name: str
    text: str
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def line_starts(self) -> list[int]:
        """Offsets where each line begins (computed once, on the first error)."""
        if not self._line_starts:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts.extend(starts)
        return self._line_starts

    def line(self, lineno: int) -> str:
        """The text of line `lineno` (from 1), without its newline; '' past the end."""
        starts = self.line_starts()
        if not 1 <= lineno <= len(starts):
            return ""
        begin = starts[lineno - 1]
        end = self.text.find("\n", begin)
        return self.text[begin : end if end >= 0 else len(self.text)]

    def pos(self, offset: int) -> Pos:
        """The position of character `offset` of the text."""
        starts = self.line_starts()
        line = bisect.bisect_right(starts, offset)
        return Pos(self, line, offset - starts[line - 1] + 1)


@dataclass(frozen=True, slots=True)
class Pos:
    """A place in a source: line and column, both from 1."""

    source: Source
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.source.name}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    pos: Pos | None  # None: about the whole run (a missing file, an option)
    message: str
    length: int = 1  # characters to underline from pos
    included_from: tuple[Pos, ...] = ()  # the #include lines that led here, innermost first

    def render(self) -> str:
        """`file:line:col: error: message`, then the line and a caret under the place."""
        return self.render_chain() + self.render_message()

    def render_chain(self) -> str:
        """gcc's `In file included from ...` lines (empty when not inside a header)."""
        lines = []
        for i, where in enumerate(self.included_from):
            lead = "In file included from" if i == 0 else "                 from"
            end = ":" if i == len(self.included_from) - 1 else ","
            lines.append(f"{lead} {where.source.name}:{where.line}{end}\n")
        return "".join(lines)

    def render_message(self) -> str:
        if self.pos is None:
            return f"{self.severity}: {self.message}"
        head = f"{self.pos}: {self.severity}: {self.message}"
        text = self.pos.source.line(self.pos.line)
        if not text.strip():
            return head
        return head + "\n" + caret_lines(text, self.pos.line, self.pos.col, self.length)


def caret_lines(text: str, lineno: int, col: int, length: int = 1) -> str:
    """The source line with its number, and a line with `^~~~` under columns col..col+length.

    Tabs in the line are kept in the caret line too, so the caret lines up whatever
    the terminal's tab width is.
    """
    gutter = f"{lineno:5d} | "
    pad = "".join(c if c == "\t" else " " for c in text[: max(col - 1, 0)])
    marks = "^" + "~" * max(min(length, len(text) - col + 1) - 1, 0)
    return f"{gutter}{text}\n{' ' * (len(gutter) - 2)}| {pad}{marks}"


def render_all(diagnostics: list[Diagnostic]) -> str:
    """The diagnostics one after the other; an include chain is shown once, as gcc does,
    until a diagnostic from another place (a note excepted) comes between."""
    out = []
    shown: tuple[Pos, ...] = ()
    for d in diagnostics:
        if d.included_from != shown and d.severity is not Severity.NOTE:
            out.append(d.render_chain() + d.render_message())
            shown = d.included_from
        else:
            out.append(d.render_message())
    return "\n".join(out)


class CompileError(Exception):
    """One or more errors in the input; str() is the rendered diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(render_all(diagnostics))
        self.diagnostics = diagnostics


@dataclass(slots=True)
class Reporter:
    """Collects the diagnostics of one run; stops the run after `limit` errors."""

    limit: int = 50
    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: int = 0

    def error(self, pos: Pos | None, message: str, length: int = 1,
              included_from: tuple[Pos, ...] = ()) -> None:  # fmt: skip
        self.diagnostics.append(Diagnostic(Severity.ERROR, pos, message, length, included_from))
        self.errors += 1
        if self.errors >= self.limit:
            raise CompileError(self.diagnostics)

    def warning(self, pos: Pos | None, message: str, length: int = 1,
                included_from: tuple[Pos, ...] = ()) -> None:  # fmt: skip
        self.diagnostics.append(Diagnostic(Severity.WARNING, pos, message, length, included_from))

    def note(self, pos: Pos | None, message: str, length: int = 1) -> None:
        """A note explaining the diagnostic just reported."""
        self.diagnostics.append(Diagnostic(Severity.NOTE, pos, message, length))

    def fatal(self, pos: Pos | None, message: str, length: int = 1,
              included_from: tuple[Pos, ...] = ()) -> None:  # fmt: skip
        """An error after which the run cannot go on: raises CompileError at once."""
        self.diagnostics.append(Diagnostic(Severity.FATAL, pos, message, length, included_from))
        self.errors += 1
        raise CompileError(self.diagnostics)

    def check(self) -> None:
        """Raise CompileError if any error was reported."""
        if self.errors:
            raise CompileError(self.diagnostics)

    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]
