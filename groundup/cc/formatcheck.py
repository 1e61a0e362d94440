"""-Wformat: the arguments of a printf- or scanf-like call checked against its format.

A function is printf-like when declared with `__attribute__((format(printf, F, A)))`
(argument F is the format, the values to format start at argument A; A is 0 for the
v- functions, which take a va_list), or when it is one of the C library's functions
that gcc knows the same way (printf, fprintf, snprintf ..., scanf, sscanf ...).  When
the format is a string literal, each conversion says what argument it takes:

    printf("%s has %ld items at %p\\n", name, n, (void *)p);
            ^^ char *  ^^^ long     ^^ void *

and an argument of another type gets a warning, as gcc -Wall gives it:

    format '%ld' expects argument of type 'long int', but argument 3 has type 'int'

Like gcc (without -Wformat-signedness) the sign of an integer does not matter, its rank
does (`%ld` for a `long long` is wrong even though both are 8 bytes); any pointer may
go to `%p`; the arguments are checked as passed, after the default promotions, so a
`char` is an `int`.  Also: too few arguments, too many, an unknown conversion, a
trailing lone '%'.  Only warnings: the call is compiled as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from groundup.cc import ctype
from groundup.cc.ctype import Type

#: The C library's printf- and scanf-like functions: (kind, format argument, first
#: value argument or 0), 1-based as in the attribute.
LIBRARY: dict[str, tuple[str, int, int]] = {
    "printf": ("printf", 1, 2), "fprintf": ("printf", 2, 3), "dprintf": ("printf", 2, 3),
    "sprintf": ("printf", 2, 3), "snprintf": ("printf", 3, 4), "asprintf": ("printf", 2, 3),
    "vprintf": ("printf", 1, 0), "vfprintf": ("printf", 2, 0), "vdprintf": ("printf", 2, 0),
    "vsprintf": ("printf", 2, 0), "vsnprintf": ("printf", 3, 0), "vasprintf": ("printf", 2, 0),
    "scanf": ("scanf", 1, 2), "fscanf": ("scanf", 2, 3), "sscanf": ("scanf", 2, 3),
    "vscanf": ("scanf", 1, 0), "vfscanf": ("scanf", 2, 0), "vsscanf": ("scanf", 2, 0),
}  # fmt: skip

_FLAGS = "-+ #0'I"
_LENGTHS = ("hh", "h", "ll", "l", "j", "z", "t", "L", "q")


@dataclass(frozen=True, slots=True)
class Want:
    """What one argument must be: a description as gcc words it, and a test."""

    name: str  # 'int', 'char *', 'long int *' ...
    kind: str  # "int" (any sign), "float", "ptr" (any pointer), "to" (a pointer to ...)
    rank: int = 0  # for integers (and integers pointed to): ctype's rank
    size: int = 0  # for floating types (and those pointed to): the bytes
    of: str = ""  # for "to": "int", "float", "char", "ptr", "any"


_INT_NAMES = {1: "char", 2: "short int", 3: "int", 4: "long int", 5: "long long int"}
_RANKS = {"hh": 1, "h": 2, "": 3, "l": 4, "ll": 5, "q": 5, "j": 4, "z": 4, "t": 4}


def _int_name(rank: int, signed: bool, length: str) -> str:
    if length == "z":
        return "long int" if signed else "size_t"
    if length == "j":
        return "intmax_t" if signed else "uintmax_t"
    if length == "t":
        return "ptrdiff_t" if signed else "long unsigned int"
    name = _INT_NAMES[rank]
    if rank == 1:
        return "signed char" if signed else "unsigned char"
    if signed:
        return name
    return "unsigned int" if rank == 3 else f"{name.removesuffix(' int')} unsigned int"


def _printf_want(conv: str, length: str) -> Want | None | str:
    """The argument a printf conversion takes; None for none; an error text."""
    if conv in "di":
        rank = max(_RANKS.get(length, 3), 3)  # %hd and %hhd take the promoted int
        return Want(_int_name(rank, True, length), "int", rank)
    if conv in "ouxX":
        rank = max(_RANKS.get(length, 3), 3)
        return Want(_int_name(rank, False, length), "int", rank)
    if conv in "fFeEgGaA":
        if length == "L":
            return Want("long double", "float", size=16)
        return Want("double", "float", size=8)
    if conv == "c":
        return Want("wint_t" if length == "l" else "int", "int", 3)
    if conv == "s":
        return Want("wchar_t *" if length == "l" else "char *", "to", 3 if length == "l" else 1,
                    of="int")  # fmt: skip
    if conv == "p":
        return Want("void *", "ptr")
    if conv == "n":
        rank = _RANKS.get(length, 3)
        return Want(_int_name(rank, True, length) + " *", "to", rank, of="int")
    if conv in "m%":
        return None
    return _unknown(conv)


def _unknown(conv: str) -> str:
    shown = conv if conv.isprintable() and conv.isascii() else f"\\x{ord(conv):02x}"
    return f"unknown conversion type character '{shown}' in format"


def _scanf_want(conv: str, length: str) -> Want | None | str:
    if conv in "diouxXn":
        rank = _RANKS.get(length, 3)
        signed = conv in "din"
        return Want(_int_name(rank, signed, length) + " *", "to", rank, of="int")
    if conv in "fFeEgGaA":
        name, size = {"l": ("double", 8), "L": ("long double", 16)}.get(length, ("float", 4))
        return Want(name + " *", "to", size=size, of="float")
    if conv in "sc[":
        return Want("wchar_t *" if length == "l" else "char *", "to", 3 if length == "l" else 1,
                    of="int")  # fmt: skip
    if conv == "p":
        return Want("void **", "to", of="ptr")
    if conv == "%":
        return None
    return _unknown(conv)


def _accepts(want: Want, t: Type) -> bool:
    t = t.unqual()
    if isinstance(t, ctype.Enum):
        t = ctype.as_int(t)
    match want.kind:
        case "int":
            return isinstance(t, ctype.Int) and _rank(t) == want.rank
        case "float":
            return isinstance(t, ctype.Float) and t.size == want.size
        case "ptr":
            return isinstance(t, ctype.Pointer)
    if not isinstance(t, ctype.Pointer):
        return False
    to = t.to.unqual()
    if isinstance(to, ctype.Enum):
        to = ctype.as_int(to)
    match want.of:
        case "int":
            return isinstance(to, ctype.Int) and _rank(to) == want.rank
        case "float":
            return isinstance(to, ctype.Float) and to.size == want.size
        case "ptr":
            return isinstance(to, ctype.Pointer)
    return True


def _rank(t: ctype.Int) -> int:
    """An integer's rank as the length modifiers name them (char 1 ... long long 5)."""
    if t.size == 8:
        return 5 if "long long" in t.name else 4
    return {1: 1, 2: 2, 4: 3}.get(t.size, 0)


@dataclass(frozen=True, slots=True)
class Problem:
    """A warning: about argument `arg` (1-based; 0: the format string itself)."""

    arg: int
    message: str
    at: int = -1  # the character of the format it is about (-1: the whole format)


def check(kind: str, fmt: str, first: int, args: list[Type]) -> list[Problem]:
    """The problems of a call whose format (its argument `first - 1` or so) is `fmt`
    and whose arguments from `first` on (1-based; 0: a va_list, none checked) have the
    types `args`."""
    want_of = _printf_want if kind == "printf" else _scanf_want
    problems: list[Problem] = []
    n = first  # the argument the next conversion takes
    i = 0
    while True:
        i = fmt.find("%", i)
        if i < 0:
            break
        start = i
        i += 1
        if i >= len(fmt):
            problems.append(Problem(0, "spurious trailing '%' in format", start))
            break
        wants: list[Want] = []
        suppress = False
        if kind == "scanf" and fmt[i] == "*":
            suppress = True
            i += 1
        # printf: argument number$ is not checked (rare); flags, width, precision
        flags = i
        while i < len(fmt) and fmt[i] in (_FLAGS if kind == "printf" else ""):
            i += 1
        for ignored, by in ((" ", "+"), ("0", "-")):
            if ignored in fmt[flags:i] and by in fmt[flags:i]:
                problems.append(Problem(0, f"'{ignored}' flag ignored with '{by}' flag in "
                                           f"gnu_printf format"))  # fmt: skip
        if i < len(fmt) and fmt[i] == "*" and kind == "printf":
            wants.append(Want("int", "int", 3))
            i += 1
        while i < len(fmt) and fmt[i].isdigit():
            i += 1
        if i < len(fmt) and fmt[i] == "$":
            return problems  # numbered arguments (POSIX): not checked
        if kind == "printf" and i < len(fmt) and fmt[i] == ".":
            i += 1
            if i < len(fmt) and fmt[i] == "*":
                wants.append(Want("int", "int", 3))
                i += 1
            while i < len(fmt) and fmt[i].isdigit():
                i += 1
        length = next((m for m in _LENGTHS if fmt.startswith(m, i)), "")
        i += len(length)
        if i >= len(fmt):
            problems.append(Problem(0, "conversion lacks type at end of format", start))
            break
        conv, at = fmt[i], i
        i += 1
        if conv == "[" and kind == "scanf":
            skip = 2 if fmt.startswith("^]", i) else 1 if fmt.startswith("]", i) else 0
            close = fmt.find("]", i + skip)
            i = len(fmt) if close < 0 else close + 1
        want = want_of(conv, length)
        if isinstance(want, str):
            problems.append(Problem(0, want, at))
            continue
        directive = fmt[start:i]
        if want is not None and not suppress:
            wants.append(want)
        if first == 0:
            continue
        for w in wants:
            if n - first >= len(args):
                problems.append(Problem(0, f"format '{directive}' expects a matching "
                                           f"'{w.name}' argument", at))  # fmt: skip
            elif not _accepts(w, args[n - first]):
                got = ctype.type_name(args[n - first])
                problems.append(Problem(n, f"format '{directive}' expects argument of type "
                                           f"'{w.name}', but argument {n} has type "
                                           f"'{got}'", at))  # fmt: skip
            n += 1
    if first and n - first < len(args):
        problems.append(Problem(n, "too many arguments for format"))
    return problems
