"""The printf conformance table: C programs that print thousands of format x value
combinations, generated here so that groundup's libc and glibc can be compared byte for
byte (tests/test_libc.py). Only combinations C17 defines are generated (no '#' with
%d, no precision with %c ...), except glibc's documented extensions that our libc
follows ((null), (nil))."""

from __future__ import annotations

import itertools

INT_FLAGS = ("", "-", "+", " ", "0", "-0", "+0", " 0", "+-", "- ")
ALT_FLAGS = ("#", "#0", "-#")
WIDTHS = ("", "1", "6", "12")
PRECISIONS = ("", ".0", ".1", ".4", ".10")

INT_VALUES = ("0", "1", "-1", "7", "-42", "255", "4096", "65535", "-32768", "123456789",
              "2147483647", "(-2147483647 - 1)")  # fmt: skip
LONG_VALUES = ("0L", "1L", "-1L", "9223372036854775807L", "(-9223372036854775807L - 1)",
               "0x123456789abcdefL", "-1000000000000L")  # fmt: skip
DOUBLE_VALUES = ("0.0", "-0.0", "1.0", "-1.0", "0.5", "1.5", "2.5", "-2.5", "0.125", "0.1",
                 "1.0 / 3.0", "2.0 / 3.0", "123.456", "-987654.321", "1e-5", "0.00001234",
                 "9.5", "99.5", "999.9999", "0.05", "0.15", "0.25", "0.35", "1e15 + 0.3",
                 "1e21", "1.7976931348623157e308", "2.2250738585072014e-308",
                 "4.9406564584124654e-324", "1e-300", "6.02214076e23", "3.141592653589793",
                 "1e100", "123456789012345678.0", "0.000123456789", "5e-7", "1e-4",
                 "99999.95", "1e6", "1e7", "__builtin_inf()", "-__builtin_inf()",
                 "__builtin_nan(\"\")", "-__builtin_nan(\"\")")  # fmt: skip
FLOAT_FLAGS = ("", "-", "+", " ", "0", "#", "+0", " #0")
FLOAT_WIDTHS = ("", "12")
FLOAT_PRECISIONS = ("", ".0", ".1", ".3", ".17", ".30")


def _loop(fmt: str, array: str, cast: str = "") -> str:
    body = f'printf("[{fmt}]\\n", {cast}{array}[i]);'
    return f"    for (int i = 0; i < (int)(sizeof {array} / sizeof *{array}); i++) {body}\n"


def integers() -> str:
    """%d %i %u %o %x %X with every length modifier, flags, widths and precisions."""
    lines = []
    convs = "diuoxX"
    for conv, flags, width, prec in itertools.product(convs, INT_FLAGS, WIDTHS, PRECISIONS):
        if conv in "di" or flags in ("", "-", "0", "-0"):
            lines.append(_loop(f"%{flags}{width}{prec}{conv}", "ints"))
    for conv, flags in itertools.product("oxX", ALT_FLAGS):
        for width, prec in (("", ""), ("8", ""), ("", ".5"), ("10", ".3")):
            lines.append(_loop(f"%{flags}{width}{prec}{conv}", "ints"))
    for length, conv in itertools.product(("l", "ll", "j", "z", "t"), "diuxXo"):
        for spec in ("", "+", "-24", "024", "#", ".20", "30.25"):
            if "#" in spec and conv in "diu" or "+" in spec and conv not in "di":
                continue
            lines.append(_loop(f"%{spec}{length}{conv}", "longs"))
    for spec in ("hhd", "hhu", "hhx", "hd", "hu", "hx", "ho", "+hhd", "#hho"):
        lines.append(_loop(f"%{spec}", "ints"))
    lines.append('    printf("[%*d] [%-*d] [%.*d] [%*.*d]\\n", 8, 42, 8, 42, 5, 42, -9, 3, 7);\n')
    lines.append('    printf("[%.*d] [%*x]\\n", -3, 42, -6, 255u);\n')
    return _program(lines)


def floats() -> str:
    """%f %F %e %E %g %G %a %A: flags, widths, precisions, hard values."""
    lines = []
    for conv in "feEgGaAF":
        for flags, width, prec in itertools.product(FLOAT_FLAGS, FLOAT_WIDTHS, FLOAT_PRECISIONS):
            if conv in "aA" and prec in (".30",):
                continue
            lines.append(_loop(f"%{flags}{width}{prec}{conv}", "doubles"))
    return _program(lines)


def long_doubles() -> str:
    """%Lf %Le %Lg %La on binary128 values."""
    lines = []
    for spec in ("Lf", ".20Le", ".25Lg", "La", ".5La", "+30.10LE"):
        lines.append(_loop(f"%{spec}", "ldoubles"))
    return _program(lines)


def others() -> str:
    """%c %s %p %% %n and their flags."""
    lines = []
    for spec in ("c", "5c", "-5c"):
        lines.append(_loop(f"%{spec}", "chars"))
    for spec in ("s", "10s", "-10s", ".2s", "10.3s", "-10.0s", ".0s", "1s"):
        lines.append(_loop(f"%{spec}", "strings"))
    for spec in ("p", "20p", "-20p"):
        lines.append(_loop(f"%{spec}", "pointers"))
    lines.append('    printf("[%%] [100%%]\\n");\n')
    lines.append(
        "    { int n1, n2; long n3; signed char n4; short n5;\n"
        '      printf("ab%ncd%n %ln%hhn%hn\\n", &n1, &n2, &n3, &n4, &n5);\n'
        '      printf("%d %d %ld %d %d\\n", n1, n2, n3, n4, n5); }\n'
    )
    lines.append(
        '    printf("%s|%10s|%-10s|%.3s\\n", (char *)0, (char *)0, (char *)0, (char *)0);\n'
    )
    lines.append(
        '    { char b[8]; int r = snprintf(b, sizeof b, "%s-%d", "abcdef", 12345);\n'
        '      printf("%d [%s]\\n", r, b);\n'
        '      r = snprintf(0, 0, "%e", 1e300); printf("%d\\n", r); }\n'
    )
    return _program(lines)


_PROLOGUE = """#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A long double from its bits (groundup cc cannot yet read literals beyond double's
 * range, /tmp/libc-bugs/ldbl_max_literal.c). */
static long double ld_bits(uint64_t hi, uint64_t lo) {
    long double x;
    uint64_t w[2] = {lo, hi};
    memcpy(&x, w, sizeof x);
    return x;
}

int main(void) {
    /* automatic arrays: inf and nan are not constant initializers in groundup cc yet */
    const int ints[] = {%(ints)s};
    const long longs[] = {%(longs)s};
    const double doubles[] = {%(doubles)s};
    const long double ldoubles[] = {0.0L, -0.0L, 1.0L, 0.1L, 1.0L / 3.0L, 2.5L, 1e-4000L,
        ld_bits(0x7ffeffffffffffffUL, 0xffffffffffffffffUL), ld_bits(0x0001000000000000UL, 0),
        ld_bits(0, 1), 123456789.123456789L, -1e300L, ld_bits(0x3fff800000000000UL, 1),
        __builtin_infl(), __builtin_nanl("")};
    const char chars[] = {'a', 'Z', ' ', '0', '~'};
    const char *const strings[] = {"", "a", "hello", "hello, world", "tab\\there"};
    void *const pointers[] = {(void *)0, (void *)1, (void *)0x7fff1234, (void *)-1};
"""


def _program(lines: list[str]) -> str:
    head = _PROLOGUE % {"ints": ", ".join(INT_VALUES), "longs": ", ".join(LONG_VALUES),
                        "doubles": ", ".join(DOUBLE_VALUES)}  # fmt: skip
    return head + "".join(lines) + "    return 0;\n}\n"


PROGRAMS = {"printf_int": integers, "printf_float": floats, "printf_long_double": long_doubles,
            "printf_other": others}  # fmt: skip
