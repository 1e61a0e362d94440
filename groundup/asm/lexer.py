"""Tokens: the first stage of the assembler, from source text to tokens with positions.

GNU as reads a file line by line; `#` starts a comment that runs to the end of
the line (RISC-V's comment character; gcc's `#APP` markers and `# 41 "rt.h" 1`
line notes are comments too), `/* ... */` comments may span lines, and `;`
separates statements on one line. The tokens of RISC-V assembly are few:

    IDENT     a symbol, mnemonic, register or directive: [A-Za-z_.$][A-Za-z0-9_.$]*
    NUMBER    123  0x1f  0b101  017 (octal)  'c (a character constant)
    LOCALREF  1b  1f: the nearest numeric label `1:` backwards or forwards
    FLOAT     1.5  2e10  0f1.5 (for .float/.double only)
    STRING    "text" with C escapes; its value is the bytes it stands for
    MODIFIER  %hi %lo %pcrel_hi ... (relocation operators)
    PUNCT     ( ) , : = + - * / % << >> & | ^ ~ ! == != <> < > <= >= && || @

`tokenize(source)` returns the statements of the source, each a list of tokens
(never empty), in order; a token knows its line and column, so every later error
can point at the place in the line it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from groundup.diag import Pos, Reporter, Source


class Kind(IntEnum):
    IDENT = 1
    NUMBER = 2
    LOCALREF = 3
    FLOAT = 4
    STRING = 5
    MODIFIER = 6
    PUNCT = 7


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    text: str
    line: int
    col: int  # from 1
    value: int | bytes | float | None = None  # NUMBER/LOCALREF: int, STRING: bytes

    def is_punct(self, text: str) -> bool:
        return self.kind is Kind.PUNCT and self.text == text


@dataclass(frozen=True, slots=True)
class Statement:
    """The tokens of one statement (a line, or a part of one between `;`)."""

    tokens: tuple[Token, ...]
    line: int


_ESCAPES = {"n": 10, "t": 9, "r": 13, "b": 8, "f": 12, "v": 11, "a": 7, "e": 27,
            "\\": 92, '"': 34, "'": 39}  # fmt: skip

# Order matters: floats before integers, binary 0b101 before the local reference 0b.
_TOKEN = re.compile(
    r"""
    (?P<ws>[ \t\r\f\v]+)
  | (?P<comment>\#.*|//.*)
  | (?P<block>/\*)
  | (?P<float>0[fFdD][-+]?(?:[0-9]+\.?[0-9]*(?:[eE][-+]?[0-9]+)?|inf|nan)
      | [0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)? | [0-9]+[eE][-+]?[0-9]+)
  | (?P<hex>0[xX][0-9a-fA-F]+)
  | (?P<bin>0[bB][01]+)(?![0-9A-Za-z_$])
  | (?P<local>[0-9]+[bfBF])(?![0-9A-Za-z_.$])
  | (?P<dec>[0-9]+)
  | (?P<ident>[A-Za-z_.$][A-Za-z0-9_.$]*)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<char>'(?:\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|.)|[^\\\n])'?)
  | (?P<modifier>%[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct><<|>>|<=|>=|==|!=|<>|&&|\|\||[-+*/%&|^~!(),:;=<>@\[\]{}])
  | (?P<bad>.)
    """,
    re.VERBOSE,
)


def tokenize(source: Source, report: Reporter) -> list[Statement]:
    """The statements of `source`; bad characters are reported and skipped."""
    statements: list[Statement] = []
    in_block = False
    for lineno, text in enumerate(source.text.split("\n"), 1):
        if in_block or "/*" in text:
            text, in_block = _strip_block_comments(text, in_block)
        if not text or text.isspace():
            continue
        current: list[Token] = []
        for tok in _line_tokens(source, text, lineno, report):
            if tok.kind is Kind.PUNCT and tok.text == ";":
                if current:
                    statements.append(Statement(tuple(current), lineno))
                current = []
            else:
                current.append(tok)
        if current:
            statements.append(Statement(tuple(current), lineno))
    return statements


def _strip_block_comments(text: str, in_block: bool) -> tuple[str, bool]:
    """Blank out /* ... */ parts of a line (keeping columns); is a comment still open?"""
    out = []
    i = 0
    while i < len(text):
        if in_block:
            end = text.find("*/", i)
            if end < 0:
                out.append(" " * (len(text) - i))
                return "".join(out), True
            out.append(" " * (end + 2 - i))
            i, in_block = end + 2, False
            continue
        start = _code_block_start(text, i)
        if start < 0:
            out.append(text[i:])
            break
        out.append(text[i:start])
        i, in_block = start, True
    return "".join(out), in_block


def _code_block_start(text: str, i: int) -> int:
    """Where `/*` opens a comment at or after i: not inside a string or a # comment."""
    quote = False
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == '"':
                quote = False
        elif c == '"':
            quote = True
        elif c == "#":
            return -1
        elif text.startswith("/*", i):
            return i
        i += 1
    return -1


def _line_tokens(source: Source, text: str, lineno: int, report: Reporter) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        s = m.group()
        col = m.start() + 1
        if kind == "ident":
            append(Token(Kind.IDENT, s, lineno, col))
        elif kind == "punct":
            append(Token(Kind.PUNCT, s, lineno, col))
        elif kind == "dec":
            if len(s) > 1 and s[0] == "0":
                octal = "8" not in s and "9" not in s
                if not octal:
                    report.error(Pos(source, lineno, col), f"invalid octal number '{s}'", len(s))
                value = int(s, 8) if octal else 0
            else:
                value = int(s)
            append(Token(Kind.NUMBER, s, lineno, col, value))
        elif kind in ("ws", "comment"):
            if kind == "comment":
                break
        elif kind == "hex" or kind == "bin":
            append(Token(Kind.NUMBER, s, lineno, col, int(s[2:], 16 if kind == "hex" else 2)))
        elif kind == "local":
            append(Token(Kind.LOCALREF, s, lineno, col, int(s[:-1])))
        elif kind == "modifier":
            append(Token(Kind.MODIFIER, s, lineno, col))
        elif kind == "string":
            value_b = _unescape(s[1:-1], source, lineno, col, report)
            append(Token(Kind.STRING, s, lineno, col, value_b))
        elif kind == "char":
            append(Token(Kind.NUMBER, s, lineno, col, _char_value(s)))
        elif kind == "float":
            append(Token(Kind.FLOAT, s, lineno, col, _float_value(s)))
        elif kind == "block":  # an unterminated /* that _strip_block_comments left
            break
        else:
            if s == '"':
                report.error(Pos(source, lineno, col), "missing closing quote", len(text) - col + 1)
                break
            report.error(Pos(source, lineno, col), f"unexpected character '{s}'")
    return tokens


def _unescape(body: str, source: Source, lineno: int, col: int, report: Reporter) -> bytes:
    """The bytes a string literal's body stands for (C escapes, as GNU as reads them)."""
    if "\\" not in body:
        return body.encode("utf-8", "surrogateescape")
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8", "surrogateescape")
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(int(body[i + 1 : j], 8) & 0xFF)
            i = j
        elif nxt in "xX":
            j = i + 2
            while j < len(body) and body[j] in "0123456789abcdefABCDEF":
                j += 1
            if j == i + 2:
                report.error(Pos(source, lineno, col + 1 + i), "bad escape '\\x' in string", 2)
            out.append(int(body[i + 2 : j] or "0", 16) & 0xFF)
            i = j
        else:
            out.append(_ESCAPES.get(nxt, ord(nxt) & 0xFF))
            i += 2
    return bytes(out)


def _char_value(s: str) -> int:
    body = s[1:-1] if len(s) > 2 and s.endswith("'") else s[1:]
    if body.startswith("\\") and len(body) > 1:
        nxt = body[1]
        if nxt in "01234567":
            return int(body[1:], 8) & 0xFF
        if nxt in "xX":
            return int(body[2:] or "0", 16) & 0xFF
        return _ESCAPES.get(nxt, ord(nxt) & 0xFF)
    return ord(body[0]) if body else 0


def _float_value(s: str) -> float:
    if len(s) > 1 and s[0] == "0" and s[1] in "fFdD":
        s = s[2:]
    return float(s)


class AsmError(Exception):
    """A problem with one statement, at a place in its line (reported, then skipped)."""

    def __init__(self, message: str, line: int, col: int, length: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col
        self.length = length

    @classmethod
    def at(cls, tok: Token, message: str) -> AsmError:
        return cls(message, tok.line, tok.col, len(tok.text))


def describe(tok: Token | None) -> str:
    """How to name a token in a message."""
    if tok is None:
        return "end of line"
    return f"'{tok.text}'"
