"""The scanf conformance table: C programs that call sscanf thousands of times over a
generated cross product of formats (every conversion, length modifier, width, '*',
literal text, white space, %%) and inputs (signs, prefixes, overflow, partial matches,
empty input, inf/nan, hexadecimal floats, widths that cut a number), so that groundup's
libc and glibc can be compared byte for byte (tests/test_libc.py).

Each call writes into buffers filled with '.' beforehand and prints its return value,
then every object it could have assigned: integers in decimal and hexadecimal, floats
with %a and their bytes, strings in brackets, and the %n count, so that an object
written when it should not be (or written too wide) shows as well."""

from __future__ import annotations

import itertools
import re

INT_INPUTS = ("0", "1", "-1", "+7", "  42", "\\t\\n 42x", "", "   ", "abc", "-", "+", "0x", "0xg",
              "0x1f", "0X1F", "-0x10", "017", "08", "09x", "1234567890123", "2147483647",
              "2147483648", "-2147483649", "4294967295", "4294967296", "-4294967295",
              "9223372036854775807", "9223372036854775808", "-9223372036854775808",
              "-9223372036854775809", "18446744073709551615", "18446744073709551616",
              "-18446744073709551616", "99999999999999999999999", "ffff", "FfZ", "12 34",
              "- 5", "0777", "1e5", "00000000000000000000000000000012", "+-3",
              "0x7fffffffffffffff", "0xffffffffffffffffff", "-0x8000000000000000",
              "0b101")  # fmt: skip
FLOAT_INPUTS = ("0", "-0", "1", "+1.5", ".5", "5.", ".", "-.", "1e10", "1e", "1e+", "1e-5x",
                "1E5", "1.5e-3x", "0x1p3", "0x1.8p-2", "0X.8P1", "0x", "0xp1", "0x1p", "0x1p+",
                "0x.", "-0x.p1", "0x.g", "0x.8", "-0x1.fffffffffffffp1023",
                "0x1.00000000000000000001p0", "inf", "INF",
                "-Infinity", "infinit", "infx", "in", "i", "nan", "NaN(123)", "nan()",
                "nan(", "nan(abc_9)x", "-nan", "nanx", "n", "1e400", "-1e400", "1e-400",
                "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
                "3.4028236e38", "1.00000005960464477550", "1.17549435e-38", "0.1",
                "123456789012345678901234567890", "0.000000000000000000000000000001e30",
                "1" + "0" * 600 + "e-600", "0." + "0" * 600 + "1e601", "  -12.5e2",
                "1.5.5", "1e5e5", "+-1", "e5", "1,5", "", "  ", "- 1", "00012.50",
                "1e0000000000000000000000001", "1e-99999999999999999999", "0x1p-1075",
                "0x1.8p-1074", "0x1P-16445", "1.18973149535723176508575932662800702e4932",
                "6.47517511943802511092443895822764655e-4966")  # fmt: skip
STRING_INPUTS = ("", "   ", "a", "abc def", "  hello world", "\\tx\\ny", "]abc", "a-z", "^x",
                 "12345678901234567890", "x]y", "-ab", "ZZ top", "\\n\\n", "a b", "0123abc",
                 "abc]", "-", "\\x7f\\xe9t\\xe9")  # fmt: skip
MIXED_INPUTS = ("12 34", "12,34", "12 , 34", "1x2", "5%", "5 %", "5% 6", "%5", "  x 7", "x7",
                "7 8 9", "abc 12", "12abc", "", " ", "12", "-3 4.5 word", "a1", "0x10 010",
                "[7]", "7\\t\\n8")  # fmt: skip

INPUTS = {"ints": INT_INPUTS, "floats": FLOAT_INPUTS, "strings": STRING_INPUTS,
          "mixed": MIXED_INPUTS}  # fmt: skip

LENGTHS = ("", "hh", "h", "l", "ll", "j", "z", "t")
SIGNED = {"": "int", "hh": "signed char", "h": "short", "l": "long", "ll": "long long",
          "j": "intmax_t", "z": "ptrdiff_t", "t": "ptrdiff_t"}  # fmt: skip
UNSIGNED = {"": "unsigned", "hh": "unsigned char", "h": "unsigned short", "l": "unsigned long",
            "ll": "unsigned long long", "j": "uintmax_t", "z": "size_t",
            "t": "size_t"}  # fmt: skip
FLOATS = {"": "float", "l": "double", "L": "long double"}


def _ctype(conv: str, length: str) -> str:
    """The type an assigning conversion's argument points to."""
    if conv in "di" or conv == "n":
        return SIGNED[length]
    if conv in "uoxX":
        return UNSIGNED[length]
    if conv in "feEgGaAF":
        return FLOATS[length]
    if conv == "p":
        return "void *"
    return "char"


_SPEC = re.compile(r"%(\*?)(\d*)(hh|h|ll|l|j|z|t|L|)([diuoxXnpcsfeEgGaAF%]|\[\^?\]?[^]]*\])")


def _arguments(fmt: str) -> list[str]:
    """The C types of a format's assigned objects, in order."""
    types = []
    for star, _width, length, conv in _SPEC.findall(fmt):
        if conv != "%" and not star:
            types.append(_ctype(conv[0], length))
    return types


def _loop(fmt: str, inputs: str) -> str:
    """A loop calling sscanf with one format on each of an array of inputs."""
    types = _arguments(fmt)
    args = "".join(f", ({t} *)b[{k}]" for k, t in enumerate(types))
    shows = "".join(_show(t, k) for k, t in enumerate(types))
    lit = _quote(fmt)
    return (f"    for (int i = 0; i < (int)(sizeof {inputs} / sizeof *{inputs}); i++) {{ "
            f"fill(); int r = sscanf({inputs}[i], {lit}{args}); "
            f'printf("%s #%d: %d", {lit}, i, r);{shows} putchar(\'\\n\'); }}\n')  # fmt: skip


def _show(ctype: str, k: int) -> str:
    if ctype == "char":
        return f" show_s(b[{k}]);"
    if ctype in ("float", "double", "long double"):
        return f" show_{ctype.replace('long ', 'l')[0:2]}(b[{k}]);"
    if ctype == "void *":
        return f" show_u(b[{k}], sizeof(void *));"
    kind = "u" if ctype.startswith("u") or ctype == "size_t" else "i"
    return f" show_{kind}(b[{k}], sizeof({ctype}));"


def _integer_formats(convs: str) -> list[str]:
    return [f"%{length}{conv}%n" for conv, length in itertools.product(convs, LENGTHS)]


def signed_integers() -> str:
    """%d %i with every length modifier; each followed by %n."""
    return _program([_loop(fmt, "ints") for fmt in _integer_formats("di")])


def unsigned_integers() -> str:
    """%u %o %x %X with every length modifier; each followed by %n."""
    return _program([_loop(fmt, "ints") for fmt in _integer_formats("uoxX")])


def integer_widths() -> str:
    """Widths 1..12 cutting integers, '*' suppression, %p."""
    lines = []
    for conv, width in itertools.product("dixo", ("1", "2", "3", "5", "12")):
        length = "ll" if width in ("5", "12") else ""
        lines.append(_loop(f"%{width}{length}{conv}%n", "ints"))
    for fmt in ("%*d%n", "%*3i%n", "%*x%n", "%*lld%n", "%p%n", "%4p%n", "%*p%n", "%hhn%d%hhn"):
        lines.append(_loop(fmt, "ints"))
    return _program(lines)


def floats() -> str:
    """%f %e %g %a %E %G %A %F for float, double and long double."""
    lines = []
    for conv, length in itertools.product("feEgGaAF", FLOATS):
        if conv in "fega" or length == "l":
            lines.append(_loop(f"%{length}{conv}%n", "floats"))
    return _program(lines)


def float_widths() -> str:
    """Widths 1..12 cutting floats, '*' suppression, two floats in one call."""
    lines = []
    for width, conv in itertools.product(("1", "2", "3", "4", "6", "12"), "fa"):
        lines.append(_loop(f"%{width}l{conv}%n", "floats"))
    for fmt in ("%*lf%n", "%*5Lg%n", "%2Lf%n", "%5f%n", "%lf%lf%n"):
        lines.append(_loop(fmt, "floats"))
    return _program(lines)


def strings() -> str:
    """%s %c %[set] %[^set] with widths and '*'."""
    lines = []
    sets = ("s", "c", "[a-z]", "[^ ]", "[]a]", "[^]a]", "[a-]", "[-a]", "[0-9x]", "[^\\n]",
            "[^a-c]", "[\\x7f-\\xff]")  # fmt: skip
    for conv, width in itertools.product(sets, ("", "1", "3", "12")):
        lines.append(_loop(f"%{width}{conv}%n", "strings"))
    for fmt in ("%*s%n", "%*3c%n", "%*[a-z]%n", " %c%n", "%c%c%n", "%s%s%n", "%2s%2s%n"):
        lines.append(_loop(fmt, "strings"))
    return _program(lines)


def mixed() -> str:
    """Literal text, white space, %% and several conversions in one call."""
    lines = []
    formats = ("%d %d%n", "%d,%d%n", "%d , %d%n", "%dx%d%n", "%d%%%n", "%d %%%n", "%d%% %d%n",
                "%%%d%n", " x %d%n", "x%d%n", "%d %*d %d%n", "%s %d%n", "%d%s%n", "%n%d%n",
                "%d %n%d%n", "%c%d%n", "%3c%n", "%lf %s%n", "%i %i%n", "[%d]%n", "%d\\t%d%n",
                "%s%n", " %n", "%n", "x%n", "%d%*[^\\n]%n", "%[a-z]%d%n",
               "%hhd %hd%n", "%2d%3d%n", "%*d %d%n", "%*s %n%c")  # fmt: skip
    for fmt in formats:
        lines.append(_loop(fmt, "mixed"))
    return _program(lines)


_PROLOGUE = """#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

%(inputs)s
static unsigned char b[4][48];

/* every object starts as '.' bytes, so one written when it should not be shows */
static void fill(void) { memset(b, '.', sizeof b); }

static void show_bytes(const unsigned char *p, size_t n) {
    printf(" <");
    size_t k = n;
    while (k-- > 0)
        printf("%%02x", p[k]);
    printf(">");
}

static void show_i(const unsigned char *p, size_t n) {
    long long v = n == 1 ? *(const signed char *)p : n == 2 ? *(const short *)p
                : n == 4 ? *(const int *)p : *(const long long *)p;
    printf(" %%lld", v);
    show_bytes(p, n);
}

static void show_u(const unsigned char *p, size_t n) {
    unsigned long long v = n == 1 ? *p : n == 2 ? *(const unsigned short *)p
                         : n == 4 ? *(const unsigned *)p : *(const unsigned long long *)p;
    printf(" %%llu 0x%%llx", v, v);
    show_bytes(p, n);
}

static void show_fl(const unsigned char *p) {
    printf(" %%a", (double)*(const float *)p);
    show_bytes(p, sizeof(float));
}

static void show_do(const unsigned char *p) {
    printf(" %%a", *(const double *)p);
    show_bytes(p, sizeof(double));
}

static void show_ld(const unsigned char *p) {
    printf(" %%La", *(const long double *)p);
    show_bytes(p, sizeof(long double));
}

static void show_s(const unsigned char *p) {
    printf(" [");
    int k = 0;
    while (k < 24 && p[k]) {
        printf(p[k] >= 32 && p[k] < 127 ? "%%c" : "\\\\x%%02x", p[k]);
        k++;
    }
    printf("]");
}

int main(void) {
"""


def _program(lines: list[str]) -> str:
    arrays = "".join(f"static const char *const {name}[] = {{{', '.join(map(_quote, values))}}};\n"
                     for name, values in INPUTS.items())  # fmt: skip
    return _PROLOGUE % {"inputs": arrays} + "".join(lines) + "    return 0;\n}\n"


def _quote(text: str) -> str:
    """A C string literal of an input (inputs write their escapes as C does)."""
    return '"' + text.replace('"', '\\"') + '"'


def calls(program: str) -> int:
    """How many sscanf calls a table program makes (one per input per loop)."""
    sizes = {name: len(values) for name, values in INPUTS.items()}
    return sum(sizes[m] for m in re.findall(r"sscanf\((\w+)\[i\]", program))


PROGRAMS = {"scanf_signed": signed_integers, "scanf_unsigned": unsigned_integers,
            "scanf_int_width": integer_widths, "scanf_float": floats,
            "scanf_float_width": float_widths, "scanf_string": strings,
            "scanf_mixed": mixed}  # fmt: skip
