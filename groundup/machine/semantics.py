"""Expanding the instruction table's semantics into Python source.

The table (groundup.isa.table) writes each instruction's meaning once, in a small
vocabulary: register reads `R[rs1]`, register writes `R[rd] = e`, and macros such
as `S64(e)`, `LOAD(k, addr)`, `STORE(k, addr, v)`, `JUMP(t)`, `TARGET(e)`. Each
engine gives those words a meaning through a `Dialect`; `expand` rewrites a
semantics string into plain Python for that dialect. The reference interpreter's
dialect reads fields from the decoded instruction at run time; the fast engine's
substitutes the operands of one particular instruction as constants and locals.
"""

from __future__ import annotations

import re
from typing import Protocol

MACROS = ("S64", "S32", "LOAD", "STORE", "JUMP", "TARGET")
_MACRO = re.compile(r"\b(" + "|".join(MACROS) + r")\(")
_ASSIGN = re.compile(r"^(\s*)([RF])\[(\w+)\] = (.*)$")
_READ = re.compile(r"\b([RF])\[(\w+)\]")


class Dialect(Protocol):
    """How one engine spells the vocabulary of the semantics."""

    def read(self, file: str, field: str) -> str:
        """Source for reading register `field` (rs1 ...) of file R or F."""
        ...

    def write(self, file: str, field: str, value: str, pure: bool) -> str:
        """A statement writing `value` to register `field`; `pure` if value has no effects."""
        ...

    def macro(self, name: str, args: list[str]) -> str:
        """Source for one macro call whose arguments are already expanded."""
        ...

    def name(self, word: str) -> str:
        """Source for a bare word of the vocabulary (imm, pc, rd, HART ...); others unchanged."""
        ...


_WORDS = re.compile(r"\b(imm|pc|npc|rm|csr|raw|rd|rs1|rs2|rs3|HART|FP)\b")


def _split_args(text: str) -> list[str]:
    args, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
    args.append(text[start:].strip())
    return args


def _closing(text: str, open_at: int) -> int:
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] in "([":
            depth += 1
        elif text[i] in ")]":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced parentheses in semantics: {text!r}")


def _expand_expr(text: str, d: Dialect) -> str:
    """Expand register reads, bare words and macros inside one expression."""
    out, pos = [], 0
    while m := _MACRO.search(text, pos):
        close = _closing(text, m.end() - 1)
        out.append(_plain(text[pos : m.start()], d))
        args = [_expand_expr(a, d) for a in _split_args(text[m.end() : close])]
        out.append(d.macro(m.group(1), args))
        pos = close + 1
    out.append(_plain(text[pos:], d))
    return "".join(out)


def _plain(text: str, d: Dialect) -> str:
    # Register reads first: their fields (rs1 ...) must not be taken for bare words.
    parts, pos = [], 0
    for m in _READ.finditer(text):
        parts.append(_WORDS.sub(lambda w: d.name(w.group(1)), text[pos : m.start()]))
        parts.append(d.read(m.group(1), m.group(2)))
        pos = m.end()
    parts.append(_WORDS.sub(lambda w: d.name(w.group(1)), text[pos:]))
    return "".join(parts)


def is_pure(expr: str) -> bool:
    """Whether a semantics expression can be dropped when its result is (x0)."""
    return not any(word in expr for word in ("LOAD(", "HART.", "fp."))


def expand(sem: str, d: Dialect) -> list[str]:
    """The Python lines that carry out `sem` in dialect `d` (indentation kept)."""
    lines: list[str] = []
    for line in sem.splitlines():
        if m := _ASSIGN.match(line):
            indent, file, field, value = m.groups()
            stmt = d.write(file, field, _expand_expr(value, d), is_pure(value))
        else:
            indent = line[: len(line) - len(line.lstrip())]
            stmt = _expand_expr(line.strip(), d)
        lines.extend(indent + s for s in stmt.splitlines())
    return lines
