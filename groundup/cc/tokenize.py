"""Tokens: from source text to preprocessing tokens, and from those to C tokens.

Two stages of the C standard's translation phases live here (C17 5.1.1.2):

* `scan(source)` — phases 1 to 3: trigraphs (only when asked), line splices
  (backslash-newline), comments, and the split of the text into *preprocessing
  tokens* (`PPToken`): identifiers, pp-numbers, character constants, string
  literals, punctuators and single stray characters. Each knows its position in
  the file (line and column of the original text, splices included) and two bits
  of layout the preprocessor needs: `bol` (first token of its line, so `#` starts
  a directive) and `space` (whitespace or a comment before it).
* `convert(pptokens)` — phases 6 and 7's lexical part: the preprocessor's output
  becomes C tokens (`Token`): keywords, identifiers, integer constants with their
  value and C type (C17 6.4.4.1's ladder for LP64), floating constants with their
  type and exact spelling, character constants (all escapes; plain, L, u and U),
  string literals (adjacent ones concatenated) and punctuators.

A token made by expanding a macro keeps its own spelling position (inside the
`#define`) and remembers the macro use that produced it (`Expansion`), so a
diagnostic can say where the user wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import IntEnum, StrEnum
from fractions import Fraction

from groundup.diag import Pos, Reporter, Source

# --- preprocessing tokens -------------------------------------------------------------


class PPKind(IntEnum):
    IDENT = 1
    NUMBER = 2  # a pp-number: 12, 0x1fUL, 1.5e+3, 1.2.3 (checked only by convert)
    CHAR = 3  # 'a'  L'ab'  u'x'  U'x'
    STRING = 4  # "a"  L"a"  u8"a"  u"a"  U"a"  R"d(raw)d"
    PUNCT = 5
    OTHER = 6  # a stray character, or an unterminated ' or " with the rest of its line
    PRAGMA = 7  # a whole `#pragma`/`#ident` line, passed on by the preprocessor
    PADDING = 8  # layout only: `space` says whether the macro use had a space before it
    AVOID_PASTE = 9  # layout only: the end of a macro's expansion
    EOF = 10  # the end of a file, of a directive's line, or of a macro argument


@dataclass(frozen=True, slots=True)
class Expansion:
    """The use of a macro that a token came out of; `parent` when that use came from one."""

    macro: str
    pos: Pos
    parent: Expansion | None = None

    @property
    def origin(self) -> Pos:
        """Where the outermost macro use is written in the source."""
        e = self
        while e.parent is not None:
            e = e.parent
        return e.pos


@dataclass(frozen=True, slots=True, eq=False)
class PPToken:
    kind: PPKind
    text: str
    pos: Pos
    space: bool = False  # whitespace (or a comment) before it
    bol: bool = False  # the first token of its line
    noexpand: bool = False  # "painted blue": names a macro that may never expand here
    expansion: Expansion | None = None

    def is_punct(self, text: str) -> bool:
        return self.kind is PPKind.PUNCT and self.text == text

    def with_space(self, space: bool) -> PPToken:
        if space == self.space:
            return self
        return PPToken(self.kind, self.text, self.pos, space, self.bol, self.noexpand,
                       self.expansion)  # fmt: skip


BUILTIN = Source("<built-in>", "")
NOWHERE = Pos(BUILTIN, 1, 1)

# Digraphs (C17 6.4.6p3) stand for these punctuators.
DIGRAPHS = {"<:": "[", ":>": "]", "<%": "{", "%>": "}", "%:": "#", "%:%:": "##"}

_UCN = r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}"
_NONASCII = "\x80-\ud7ff\ue000-\U0010ffff"
_ID_START = rf"[A-Za-z_${_NONASCII}]|{_UCN}"
_ID_CONT = rf"[0-9A-Za-z_${_NONASCII}]|{_UCN}"
_PUNCTUATORS = (
    r"%:%:|\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[*/%+\-&^|]=|##|<:|:>|<%|%>|%:"
    r"|[\[\](){}.&*+\-~!/%<>^|?:;=,#]"
)
# Each match is the blanks before something, then that: a newline, a comment or a
# token. Order matters: a comment before `/`, a literal with its prefix before a name.
_SCAN = re.compile(
    r"[ \t\f\v\r]*(?:"
    + "|".join(
        [
            r"(?P<nl>\n)",
            r"(?P<com>/\*[\s\S]*?\*/|//[^\n]*)",
            r"(?P<ucom>/\*)",
            rf"(?P<num>\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.${_NONASCII}]|{_UCN})*)",
            r"(?P<chr>[uUL]?'(?:[^'\\\n]|\\[^\n])*')",
            r"(?P<str>(?:u8|[uUL])?\"(?:[^\"\\\n]|\\[^\n])*\")",
            r"(?P<raw>(?:u8|[uUL])?R\"(?P<delim>[^ ()\\\t\v\f\n\"]{0,16})\([\s\S]*?\)(?P=delim)\")",
            rf"(?P<id>(?:{_ID_START})(?:{_ID_CONT})*)",
            rf"(?P<punct>{_PUNCTUATORS})",
            r"(?P<bad>[uUL]?'[^\n]*|(?:u8|[uUL])?\"[^\n]*)",
            r"(?P<other>.)",
        ]
    )
    + r")?"
)
_KIND = {"num": PPKind.NUMBER, "chr": PPKind.CHAR, "str": PPKind.STRING,
         "raw": PPKind.STRING, "id": PPKind.IDENT, "punct": PPKind.PUNCT,
         "bad": PPKind.OTHER, "other": PPKind.OTHER}  # fmt: skip
_SPLICE = re.compile(r"\\[ \t\f\v]*\n")
_SPLICE_TRIGRAPH = re.compile(r"(?:\\|\?\?/)[ \t\f\v]*\n|\?\?[=/'()!<>\-]")
_TRIGRAPHS = {"=": "#", "/": "\\", "'": "^", "(": "[", ")": "]", "!": "|", "<": "{",
              ">": "}", "-": "~"}  # fmt: skip


def read_text(data: bytes) -> str:
    """Source bytes as text: UTF-8 (bytes that are not kept as they are), one kind of newline."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8", errors="surrogateescape")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def splice(text: str, trigraphs: bool = False) -> tuple[str, list[int], list[int], list[int]]:
    """Translation phases 1-2: the text with trigraphs replaced and splices removed.

    Returns (text, points, shifts, spaced): characters of the original text were
    removed just before each offset `points[i]` of the new text, `shifts[i]` of them
    in all up to there; `spaced` lists where (in the original) splices begin that
    have blanks between the backslash and the newline (gcc accepts them, warning).
    """
    pattern = _SPLICE_TRIGRAPH if trigraphs else _SPLICE
    if not trigraphs and "\\" not in text:
        return text, [], [], []
    pieces: list[str] = []
    points: list[int] = []
    shifts: list[int] = []
    spaced: list[int] = []
    last = removed = out = 0
    for m in pattern.finditer(text):
        piece = text[last : m.start()]
        pieces.append(piece)
        out += len(piece)
        matched = m.group()
        keep = _TRIGRAPHS[matched[2]] if matched.startswith("??") and len(matched) == 3 else ""
        pieces.append(keep)
        out += len(keep)
        removed += len(matched) - len(keep)
        points.append(out)
        shifts.append(removed)
        if not keep and matched.rstrip("\n") not in ("\\", "??/"):
            spaced.append(m.start())
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces), points, shifts, spaced


def scan(source: Source, reporter: Reporter, trigraphs: bool = False) -> list[PPToken]:
    """Translation phases 1-3: the preprocessing tokens of a source, with their positions."""
    text, points, shifts, spaced = splice(source.text, trigraphs)
    starts = source.line_starts()
    nstarts = len(starts)
    tokens: list[PPToken] = []
    append = tokens.append
    line = 0  # index into starts
    k = 0  # next splice point
    shift = 0
    npoints = len(points)
    bol, space = True, False
    for m in _SCAN.finditer(text):
        group = m.lastgroup
        if group is None:  # blanks at the very end
            continue
        if group == "nl":
            bol, space = True, False
            continue
        word = m.group(group)
        if group == "com":
            space = True
            continue
        offset = m.end() - len(word)
        if offset != m.start():
            space = True
        while k < npoints and points[k] <= offset:
            shift = shifts[k]
            k += 1
        orig = offset + shift
        while line + 1 < nstarts and starts[line + 1] <= orig:
            line += 1
        pos = Pos(source, line + 1, orig - starts[line] + 1)
        if group == "ucom":
            reporter.error(pos, "unterminated comment")
            break
        append(PPToken(_KIND[group], word, pos, space, bol))
        bol = space = False
    for offset in spaced:
        reporter.warning(source.pos(offset), "backslash and newline separated by space")
    return tokens


def scan_text(text: str) -> list[PPToken]:
    """The preprocessing tokens of a short text (a pasted token, a -D value, a _Pragma)."""
    return scan(Source("<scratch>", text), Reporter(limit=1 << 30))


def spell(tokens: Iterable[PPToken]) -> str:
    """Tokens as text, one space where a token had whitespace before it."""
    out: list[str] = []
    for t in tokens:
        if t.kind >= PPKind.PADDING:
            continue
        if t.space and out:
            out.append(" ")
        out.append(t.text)
    return "".join(out)


# --- C tokens -------------------------------------------------------------------------


class Kind(StrEnum):
    KEYWORD = "keyword"
    IDENT = "identifier"
    INT = "integer"
    FLOAT = "floating"
    CHAR = "character"
    STRING = "string"
    PUNCT = "punctuator"
    EOF = "end of file"


class CType(StrEnum):
    """The C types of constants (LP64: int 32 bits, long and long long 64)."""

    CHAR = "char"
    INT = "int"
    UINT = "unsigned int"
    LONG = "long"
    ULONG = "unsigned long"
    LLONG = "long long"
    ULLONG = "unsigned long long"
    USHORT = "unsigned short"  # char16_t
    FLOAT = "float"
    DOUBLE = "double"
    LDOUBLE = "long double"
    FLOAT32 = "_Float32"
    FLOAT64 = "_Float64"
    FLOAT128 = "_Float128"
    FLOAT32X = "_Float32x"
    FLOAT64X = "_Float64x"


@dataclass(frozen=True, slots=True)
class Token:
    """A C token. `value`: INT and CHAR an int, FLOAT a float, STRING a tuple of code
    units (no terminating zero), PUNCT the punctuator it stands for (digraphs
    resolved), KEYWORD and IDENT the name. `ctype`: a constant's type; for a string,
    the type of its elements."""

    kind: Kind
    text: str
    pos: Pos
    value: int | float | str | tuple[int, ...] | None = None
    ctype: CType | None = None
    expansion: Expansion | None = None
    pack: int = 0  # the `#pragma pack` in force where the token is (bytes; 0: none)

    def is_punct(self, text: str) -> bool:
        return self.kind is Kind.PUNCT and self.value == text


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


KEYWORDS = words(
    "auto break case char const continue default do double else enum extern float for goto "
    "if inline int long register restrict return short signed sizeof static struct switch "
    "typedef union unsigned void volatile while _Alignas _Alignof _Atomic _Bool _Complex "
    "_Generic _Imaginary _Noreturn _Static_assert _Thread_local"
)
# GNU C's keywords, in every mode (the alternate spellings glibc's headers use) ...
GNU_KEYWORDS = words(
    "__asm __asm__ __attribute __attribute__ __typeof __typeof__ __inline __inline__ "
    "__restrict __restrict__ __const __const__ __volatile __volatile__ __signed __signed__ "
    "__extension__ __alignof __alignof__ __label__ __auto_type __int128 __real __real__ "
    "__imag __imag__ __complex__ __thread _Float32 _Float64 _Float128 _Float32x _Float64x "
    "__builtin_va_arg __builtin_offsetof __builtin_types_compatible_p __builtin_choose_expr"
)
# ... and the two that -std=gnu* adds and -std=c* leaves to the program.
GNU_MODE_KEYWORDS = frozenset({"asm", "typeof"})


@dataclass(frozen=True, slots=True)
class LexOptions:
    signed_char: bool = False  # plain char is unsigned on RISC-V Linux
    gnu: bool = True  # -std=gnu*: `asm` and `typeof` are keywords
    warn_format: bool = False  # -Wformat (for sema: formatcheck.py)


def convert(pptokens: Iterable[PPToken], reporter: Reporter,
            options: LexOptions = LexOptions()) -> list[Token]:  # fmt: skip
    """Translation phases 6-7 (lexical part): preprocessing tokens to C tokens, ending in EOF."""
    out: list[Token] = []
    strings: list[PPToken] = []
    last: Pos = NOWHERE
    keywords = KEYWORDS | GNU_KEYWORDS | (GNU_MODE_KEYWORDS if options.gnu else frozenset())
    pack = PackState()
    for t in pptokens:
        if t.kind is PPKind.STRING:
            strings.append(t)
            continue
        if strings:
            out.append(concatenate(strings, reporter))
            strings = []
        if t.kind >= PPKind.PRAGMA:
            if t.kind is PPKind.PRAGMA:
                pack.pragma(t, reporter)
            continue  # other pragmas are for the preprocessor's output only, for now
        last = t.pos
        tok = convert_one(t, reporter, options, keywords)
        out.append(replace(tok, pack=pack.value) if pack.value else tok)
    if strings:
        out.append(concatenate(strings, reporter))
    end = last
    if out:  # just after the last token (a parser's "expected ';'" points there)
        tail = out[-1]
        width = len(tail.text) if "\n" not in tail.text and tail.expansion is None else 0
        end = Pos(tail.pos.source, tail.pos.line, tail.pos.col + width)
    out.append(Token(Kind.EOF, "", end))
    return out


_PRAGMA_PACK = re.compile(r"#\s*pragma\s+pack\b(.*)\Z", re.DOTALL)
_PACK_NUMBER = re.compile(r"(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)[uUlL]*\Z")


@dataclass(slots=True)
class PackState:
    """gcc's `#pragma pack`: the largest alignment a struct or union member may have in
    force (bytes; 0: its type's), and the values `push` saved (with their names).

        #pragma pack(N)              N: 1, 2, 4, 8 or 16; 0 or nothing: back to none
        #pragma pack()
        #pragma pack(push[, NAME][, N])
        #pragma pack(pop[, NAME])    NAME: back to the value before that push

    The parser gives a record the value in force at its closing brace (Token.pack).
    What gcc ignores with a warning is ignored with a warning (-Wpragmas's words)."""

    value: int = 0
    stack: list[tuple[str | None, int]] = field(default_factory=list)

    def pragma(self, t: PPToken, reporter: Reporter) -> None:
        m = _PRAGMA_PACK.match(t.text)
        if m is None:
            return
        rest = m.group(1).strip()
        if not rest.startswith("("):
            reporter.warning(t.pos, "missing '(' after '#pragma pack' - ignored")
            return
        close = rest.find(")")
        if close < 0:
            reporter.warning(t.pos, "malformed '#pragma pack' - ignored")
            return
        if rest[close + 1 :].strip():
            reporter.warning(t.pos, "junk at end of '#pragma pack'")
        inside = rest[1:close].strip()
        args = [a.strip() for a in inside.split(",")] if inside else []
        if not args:
            self.value = 0
            return
        action, name, number = args[0], None, None
        if action not in ("push", "pop"):
            if _PACK_NUMBER.match(action) is None:
                reporter.warning(t.pos, f"unknown action '{action}' for '#pragma pack' - ignored")
                return
            action, number, args = "set", action, args[1:]
        else:
            args = args[1:]
        for arg in args:
            if _PACK_NUMBER.match(arg) and number is None:
                number = arg
            elif arg.isidentifier() and name is None and number is None:
                name = arg
            else:
                reporter.warning(t.pos, "malformed '#pragma pack' - ignored")
                return
        n = None
        if number is not None:
            n = int(number.rstrip("uUlL"), 16 if number[:2] in ("0x", "0X") else
                    8 if number.startswith("0") else 10)  # fmt: skip
            if n not in (0, 1, 2, 4, 8, 16):
                reporter.warning(t.pos, f"alignment must be a small power of two, not {n}")
                return
        if action == "pop":
            self.pop(t, name, reporter)
            return
        if action == "push":
            self.stack.append((name, self.value))
        if n is not None:
            self.value = n

    def pop(self, t: PPToken, name: str | None, reporter: Reporter) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if name is None or self.stack[i][0] == name:
                self.value = self.stack[i][1]
                del self.stack[i:]
                return
        if name is None:
            reporter.warning(t.pos, "'#pragma pack (pop)' encountered without matching "
                             "'#pragma pack (push)'")  # fmt: skip
        else:
            reporter.warning(t.pos, f"'#pragma pack(pop, {name})' encountered without "
                             f"matching '#pragma pack(push, {name})'")  # fmt: skip


def convert_one(t: PPToken, reporter: Reporter, options: LexOptions,
                keywords: frozenset[str]) -> Token:  # fmt: skip
    match t.kind:
        case PPKind.IDENT:
            kind = Kind.KEYWORD if t.text in keywords else Kind.IDENT
            return Token(kind, t.text, t.pos, identifier_name(t.text), None, t.expansion)
        case PPKind.PUNCT:
            value = DIGRAPHS.get(t.text, t.text)
            if value == "#" or value == "##":  # preprocessing punctuators only (6.4.6p2)
                _error(reporter, t, f"stray '{t.text}' in program", len(t.text))
            return Token(Kind.PUNCT, t.text, t.pos, value, None, t.expansion)
        case PPKind.NUMBER:
            return number(t, reporter)
        case PPKind.CHAR:
            code, ctype = char_constant(t, reporter, options.signed_char)
            return Token(Kind.CHAR, t.text, t.pos, code, ctype, t.expansion)
        case _:
            if unterminated(t.text):
                quote = "'" if "'" in t.text[:3] else '"'
                _error(reporter, t, f"missing terminating {quote} character", len(t.text))
            else:
                _error(reporter, t, f"stray '{t.text}' in program")
            return Token(Kind.PUNCT, t.text, t.pos, t.text, None, t.expansion)


def unterminated(text: str) -> bool:
    """Whether an OTHER token is a character constant or string literal left open."""
    return text[0] in "'\"" or text[1:2] in ("'", '"') or text[:3] == 'u8"'


def identifier_name(text: str) -> str:
    """An identifier's name: universal character names stand for their characters."""
    if "\\" not in text:
        return text
    return re.sub(_UCN, lambda m: chr(int(m.group()[2:], 16)), text)


def _error(reporter: Reporter, t: PPToken, message: str, length: int = 1) -> None:
    reporter.error(t.pos, message, length)
    note_expansion(reporter, t.expansion)


def _warning(reporter: Reporter, t: PPToken, message: str, length: int = 1) -> None:
    reporter.warning(t.pos, message, length)
    note_expansion(reporter, t.expansion)


def note_expansion(reporter: Reporter, expansion: Expansion | None) -> None:
    """gcc's `note: in expansion of macro 'M'` lines, innermost first."""
    while expansion is not None:
        reporter.note(expansion.pos, f"in expansion of macro '{expansion.macro}'",
                      len(expansion.macro))  # fmt: skip
        expansion = expansion.parent


# --- integer and floating constants (C17 6.4.4.1, 6.4.4.2) -----------------------------

INT_MAX = (1 << 31) - 1
UINT_MAX = (1 << 32) - 1
LONG_MAX = (1 << 63) - 1
ULONG_MAX = (1 << 64) - 1

_INTEGER = re.compile(
    r"(?:0[xX](?P<hex>[0-9a-fA-F]*)|0[bB](?P<bin>[01]*)|(?P<dec>[1-9][0-9]*)|(?P<oct>0[0-9]*))"
    r"(?P<suffix>.*)",
    re.DOTALL,
)
_INT_SUFFIXES = {"": (False, 0), "u": (True, 0), "l": (False, 1), "ul": (True, 1),
                 "lu": (True, 1), "ll": (False, 2), "ull": (True, 2), "llu": (True, 2)}  # fmt: skip
_DEC_FLOAT = re.compile(r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]*)?")
_HEX_FLOAT = re.compile(r"0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?[0-9]*)?")
_FLOAT_SUFFIXES = {"": CType.DOUBLE, "f": CType.FLOAT, "l": CType.LDOUBLE,
                   "f32": CType.FLOAT32, "f64": CType.FLOAT64, "f128": CType.FLOAT128,
                   "f32x": CType.FLOAT32X, "f64x": CType.FLOAT64X}  # fmt: skip

# The types an unsuffixed/suffixed constant may take, in order (C17 6.4.4.1p5): by
# (u suffix, number of l's, decimal); with a u, the base makes no difference.
_LADDER = {
    (False, 0, True): (CType.INT, CType.LONG, CType.LLONG),
    (False, 0, False): (CType.INT, CType.UINT, CType.LONG, CType.ULONG, CType.LLONG,
                        CType.ULLONG),
    (True, 0, True): (CType.UINT, CType.ULONG, CType.ULLONG),
    (False, 1, True): (CType.LONG, CType.LLONG),
    (False, 1, False): (CType.LONG, CType.ULONG, CType.LLONG, CType.ULLONG),
    (True, 1, True): (CType.ULONG, CType.ULLONG),
    (False, 2, True): (CType.LLONG,),
    (False, 2, False): (CType.LLONG, CType.ULLONG),
    (True, 2, True): (CType.ULLONG,),
}  # fmt: skip
_MAX = {CType.INT: INT_MAX, CType.UINT: UINT_MAX, CType.LONG: LONG_MAX, CType.ULONG: ULONG_MAX,
        CType.LLONG: LONG_MAX, CType.ULLONG: ULONG_MAX}  # fmt: skip
UNSIGNED = frozenset({CType.UINT, CType.ULONG, CType.ULLONG, CType.USHORT})


def is_float_spelling(text: str) -> bool:
    """Whether a pp-number is meant as a floating constant (has a point or an exponent)."""
    if text[:2] in ("0x", "0X"):
        return "." in text or "p" in text or "P" in text
    return "." in text or "e" in text or "E" in text


def number(t: PPToken, reporter: Reporter) -> Token:
    if is_float_spelling(t.text):
        value, ctype = float_constant(t, reporter)
        return Token(Kind.FLOAT, t.text, t.pos, value, ctype, t.expansion)
    ivalue, itype = integer_constant(t, reporter)
    return Token(Kind.INT, t.text, t.pos, ivalue, itype, t.expansion)


@dataclass(frozen=True, slots=True)
class IntegerSpelling:
    value: int
    unsigned: bool  # a u suffix
    longs: int  # 0, 1 (l) or 2 (ll)
    decimal: bool


def parse_integer(text: str) -> IntegerSpelling | str:
    """The parts of an integer constant, or the message that says what is wrong with it."""
    m = _INTEGER.match(text)
    if m is None:
        return f'invalid integer constant "{text}"'
    suffix = m["suffix"]
    if m["hex"] is not None or m["bin"] is not None:
        digits, base = (m["hex"], 16) if m["hex"] is not None else (m["bin"], 2)
        if not digits:
            return f'invalid suffix "{text[1:]}" on integer constant'
    elif m["dec"] is not None:
        digits, base = m["dec"], 10
    else:
        digits, base = m["oct"], 8
        bad = max(digits) if digits else "0"  # gcc names the largest digit, not the first
        if bad in "89":
            return f'invalid digit "{bad}" in octal constant'
    key = suffix.lower()
    if key not in _INT_SUFFIXES or "lL" in suffix or "Ll" in suffix:
        return f'invalid suffix "{suffix}" on integer constant'
    unsigned, longs = _INT_SUFFIXES[key]
    return IntegerSpelling(int(digits, base), unsigned, longs, base == 10)


def integer_constant(t: PPToken, reporter: Reporter) -> tuple[int, CType]:
    """The value and the type of an integer constant: the first of its ladder it fits."""
    parsed = parse_integer(t.text)
    if isinstance(parsed, str):
        if "suffix" in parsed and _looks_imaginary(t.text):
            parsed = "imaginary constants are a GCC extension not supported yet"
        _error(reporter, t, parsed, len(t.text))
        return 0, CType.INT
    value = parsed.value
    for ctype in _LADDER[parsed.unsigned, parsed.longs, parsed.decimal or parsed.unsigned]:
        if value <= _MAX[ctype]:
            return value, ctype
    if value <= ULONG_MAX:
        _warning(reporter, t, "integer constant is so large that it is unsigned", len(t.text))
        return value, CType.ULLONG
    _error(reporter, t, "integer constant is too large for its type", len(t.text))
    return value & ULONG_MAX, CType.ULLONG


def _looks_imaginary(text: str) -> bool:
    return text.rstrip("uUlL")[-1:] in ("i", "j") or text.lower().endswith(("iu", "il", "jl"))


def float_constant(t: PPToken, reporter: Reporter) -> tuple[float, CType]:
    """The value (as a Python float) and the type of a floating constant."""
    text = t.text
    hexa = text[:2] in ("0x", "0X")
    m = (_HEX_FLOAT if hexa else _DEC_FLOAT).match(text)
    if m is None:  # 0x. or 0xp1: no digits at all
        _error(reporter, t, f'invalid suffix "{text[1:]}" on integer constant', len(text))
        return 0.0, CType.DOUBLE
    body, suffix = m.group(), text[m.end() :]
    if body[-1] in "eEpP+-":
        _error(reporter, t, "exponent has no digits", len(text))
        return 0.0, CType.DOUBLE
    if hexa and "p" not in body.lower():
        _error(reporter, t, "hexadecimal floating constants require an exponent", len(text))
        return 0.0, CType.DOUBLE
    ctype = _FLOAT_SUFFIXES.get(suffix.lower())
    if suffix[:1] == ".":
        _error(reporter, t, "too many decimal points in number", len(text))
        return 0.0, CType.DOUBLE
    if ctype is None:
        _error(reporter, t, f'invalid suffix "{suffix}" on floating constant', len(text))
        return 0.0, CType.DOUBLE
    if _overflows(body, hexa, _FORMATS.get(ctype, (53, 1023))):
        _warning(reporter, t, f"floating constant exceeds range of '{ctype}'", len(text))
    try:
        value = float.fromhex(body) if hexa else float(body)
    except OverflowError:  # a long double beyond a double's range: kept as infinity for now
        value = float("inf")
    if ctype in (CType.FLOAT, CType.FLOAT32) and not hexa:
        value = _nearest_binary32(Fraction(body))  # rounded once, not via a double
    return value, ctype


def exact_value(text: str) -> Fraction | None:
    """The exact value of a floating constant's spelling (None if it is malformed)."""
    hexa = text[:2] in ("0x", "0X")
    m = (_HEX_FLOAT if hexa else _DEC_FLOAT).match(text)
    if m is None:
        return None
    body = m.group()
    if not hexa:
        return Fraction(body)
    mant, _, exp = body[2:].lower().partition("p")
    whole, _, frac = mant.partition(".")
    digits = int(whole + frac or "0", 16)
    return Fraction(digits) * Fraction(2) ** (int(exp) - 4 * len(frac))


def _nearest_binary32(x: Fraction) -> float:
    """The binary32 value nearest to x (ties to even), as a Python float."""
    if x == 0:
        return 0.0
    sign = -1 if x < 0 else 1
    x = abs(x)
    e = x.numerator.bit_length() - x.denominator.bit_length()  # 2**e <= x < 2**(e+2)
    if Fraction(2) ** e > x:
        e -= 1
    e = max(e, -126)  # below that, subnormal: a fixed quantum of 2**-149
    scaled = x / Fraction(2) ** (e - 23)
    m = scaled.numerator // scaled.denominator
    rest = scaled - m
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and m & 1):
        m += 1
    if m * 2.0 ** (e - 23) > 3.4028234663852886e38:
        return sign * float("inf")
    return sign * m * 2.0 ** (e - 23)


# (precision in bits, largest exponent) of binary32, binary64 and binary128 (long double
# on RISC-V).
_FORMATS = {CType.FLOAT: (24, 127), CType.FLOAT32: (24, 127), CType.LDOUBLE: (113, 16383),
            CType.FLOAT128: (113, 16383)}  # fmt: skip


def _overflows(body: str, hexa: bool, fmt: tuple[int, int]) -> bool:
    """Whether a constant rounds (to nearest) beyond the largest finite value of a format.
    A cheap estimate of its size settles all but the constants near the limit, so
    `1e999999999` or `0x1p99999999` never make a huge number."""
    precision, emax = fmt
    if hexa:
        mantissa, _, exp = body[2:].lower().partition("p")
        whole, _, frac = mantissa.partition(".")
        digits, shift = int(whole + frac or "0", 16), int(exp) - 4 * len(frac)
        if digits == 0:
            return False
        low = high = digits.bit_length() + shift  # 2**(size-1) <= value < 2**size
    else:
        decimal = Decimal(body)
        if decimal == 0:
            return False
        adjusted = decimal.adjusted()  # 10**adjusted <= value < 10**(adjusted+1)
        low, high = int(adjusted * 3.3219280948) - 1, int((adjusted + 1) * 3.3219280948) + 2
    if high <= emax:
        return False
    if low > emax + 1:
        return True
    exact = Fraction(digits) * Fraction(2) ** shift if hexa else Fraction(decimal)
    return exact >= Fraction(2 ** (emax + 1)) * (1 - Fraction(1, 2 ** (precision + 1)))


# --- character constants and string literals (C17 6.4.4.4, 6.4.5) ---------------------

_SIMPLE_ESCAPES = {"'": 39, '"': 34, "?": 63, "\\": 92, "a": 7, "b": 8, "f": 12, "n": 10,
                   "r": 13, "t": 9, "v": 11, "e": 27, "E": 27}  # fmt: skip
_ESCAPE = re.compile(
    r"\\(?:([0-7]{1,3})|x([0-9a-fA-F]*)|u([0-9a-fA-F]{0,4})|U([0-9a-fA-F]{0,8})|(.))", re.DOTALL
)
# prefix -> (bits per code unit, element/char type)
_ENCODINGS = {"": (8, CType.CHAR), "u8": (8, CType.CHAR), "L": (32, CType.INT),
              "u": (16, CType.USHORT), "U": (32, CType.UINT)}  # fmt: skip


def split_literal(text: str) -> tuple[str, str, bool]:
    """(prefix, body between the quotes, raw?) of a character constant or string literal."""
    quote = text.index("'") if text[-1] == "'" else text.index('"')
    prefix = text[:quote]
    if prefix.endswith("R"):
        delim = text[quote + 1 : text.index("(", quote)]
        return prefix[:-1], text[quote + 2 + len(delim) : -2 - len(delim)], True
    return prefix, text[quote + 1 : -1], False


def decode(t: PPToken, body: str, bits: int, reporter: Reporter, raw: bool = False) -> list[int]:
    """The code units a literal's body stands for, escapes interpreted (C17 6.4.4.4)."""
    units: list[int] = []
    limit = (1 << bits) - 1
    i = 0
    while i < len(body):
        j = body.find("\\", i) if not raw else -1
        plain = body[i:] if j < 0 else body[i:j]
        for c in plain:
            _encode_char(ord(c), bits, units)
        if j < 0:
            break
        m = _ESCAPE.match(body, j)
        assert m is not None
        i = m.end()
        _escape(t, m, bits, limit, units, reporter)
    return units


def _escape(t: PPToken, m: re.Match[str], bits: int, limit: int, units: list[int],
            reporter: Reporter) -> None:  # fmt: skip
    octal, hexa, u4, u8, other = m.groups()
    if octal is not None:
        value = int(octal, 8)
        if value > limit:
            _warning(reporter, t, "octal escape sequence out of range")
        units.append(value & limit)
    elif hexa is not None:
        if not hexa:
            _error(reporter, t, "\\x used with no following hex digits")
            units.append(0)
            return
        value = int(hexa, 16)
        if value > limit:
            _warning(reporter, t, "hex escape sequence out of range")
        units.append(value & limit)
    elif u4 is not None or u8 is not None:
        digits = u4 if u4 is not None else u8
        want = 4 if u4 is not None else 8
        if len(digits) < want:
            _error(reporter, t, f"incomplete universal character name {m.group()}")
            units.append(0)
            return
        code = int(digits, 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            _error(reporter, t, f"{m.group()} is not a valid universal character")
            units.append(0)
            return
        if code < 0xA0 and code not in (0x24, 0x40, 0x60):
            _error(reporter, t, f"universal character {m.group()} is not valid in a literal")
        _encode_char(code, bits, units)
    else:
        simple = _SIMPLE_ESCAPES.get(other)
        if simple is None:
            if other not in "([{%":
                shown = other if other.isprintable() else f"\\{ord(other):o}"
                _warning(reporter, t, f"unknown escape sequence: '\\{shown}'")
            simple = ord(other)
        units.append(simple)


def _encode_char(code: int, bits: int, units: list[int]) -> None:
    """One source character as code units: UTF-8, UTF-16 or UTF-32."""
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8: kept as it was
        units.append(code - 0xDC00 if bits == 8 else code)
    elif bits == 32 or code < 0x80:
        units.append(code)
    elif bits == 16:
        if code < 0x10000:
            units.append(code)
        else:
            code -= 0x10000
            units.extend((0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
    else:
        units.extend(chr(code).encode("utf-8", "surrogatepass"))


def char_constant(t: PPToken, reporter: Reporter, signed_char: bool = False) -> tuple[int, CType]:
    """The value and type of a character constant, as gcc computes them for RISC-V Linux.

    'a' is an int; a single char is first converted to plain char (unsigned here), so
    '\\377' is 255 (-1 with -fsigned-char); 'ab' is a multi-character constant
    ('a' * 256 + 'b', as an int); L'x' is a wchar_t (int), u'x' a char16_t and U'x'
    a char32_t, and of several characters the last counts.
    """
    prefix, body, _ = split_literal(t.text)
    bits, ctype = _ENCODINGS[prefix]
    units = decode(t, body, bits, reporter)
    if not units:
        _error(reporter, t, "empty character constant", len(t.text))
        return 0, CType.INT
    if prefix:
        if len(units) > 1:
            _warning(reporter, t, "character constant too long for its type", len(t.text))
        value = units[-1]
        if prefix == "L" and value >= 1 << 31:
            value -= 1 << 32
        return value, ctype
    if len(units) == 1:
        value = units[0]
        return (value - 256 if signed_char and value >= 128 else value), CType.INT
    if len(units) > 4:
        _warning(reporter, t, "character constant too long for its type", len(t.text))
    else:
        _warning(reporter, t, "multi-character character constant", len(t.text))
    value = 0
    for unit in units:
        value = ((value << 8) | unit) & UINT_MAX
    return (value - (1 << 32) if value > INT_MAX else value), CType.INT


def concatenate(pieces: list[PPToken], reporter: Reporter) -> Token:
    """Adjacent string literals as one (C17 6.4.5p5): a prefix, if any, applies to all."""
    prefixes = {split_literal(p.text)[0] for p in pieces} - {""}
    if len(prefixes) > 1:
        first = next(split_literal(p.text)[0] for p in pieces if split_literal(p.text)[0])
        bad = next(p for p in pieces if split_literal(p.text)[0] not in ("", first))
        _error(reporter, bad, "unsupported non-standard concatenation of string literals")
    prefix = min(prefixes) if prefixes else ""
    bits, ctype = _ENCODINGS[prefix]
    units: list[int] = []
    for p in pieces:
        _, body, raw = split_literal(p.text)
        units.extend(decode(p, body, bits, reporter, raw))
    text = " ".join(p.text for p in pieces)
    return Token(Kind.STRING, text, pieces[0].pos, tuple(units), ctype, pieces[0].expansion)


# --- a printable form -------------------------------------------------------------------


def dump(tokens: Iterable[Token]) -> str:
    """One line per token: position, kind, spelling, then type and value of a constant,
    and the macro use it came out of:

        t.c:3:12: integer 42u [unsigned int 42]
        t.c:4:9: identifier x (from macro X at t.c:4:9)
    """
    lines = []
    for t in tokens:
        line = f"{t.pos}: {t.kind} {t.text}" if t.text else f"{t.pos}: {t.kind}"
        match t.kind:
            case Kind.INT | Kind.CHAR | Kind.FLOAT:
                line += f" [{t.ctype} {t.value!r}]"
            case Kind.STRING:
                assert isinstance(t.value, tuple)
                line += f" [{t.ctype}[{len(t.value) + 1}] {_show_units(t.value)}]"
        if t.expansion is not None:
            line += f" (from macro {t.expansion.macro} at {t.expansion.origin})"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _show_units(units: tuple[int, ...]) -> str:
    out = []
    for u in units:
        if u in (34, 92):
            out.append("\\" + chr(u))
        elif 32 <= u < 127:
            out.append(chr(u))
        elif u < 256:
            out.append(f"\\x{u:02x}")
        else:
            out.append(f"\\u{u:04x}" if u < 0x10000 else f"\\U{u:08x}")
    return '"' + "".join(out) + '"'
