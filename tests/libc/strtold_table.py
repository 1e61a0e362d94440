"""The strtold table: a C program that converts hundreds of strings with strtold and
prints the bits of each result, how far it read and errno, generated here so that
groundup's libc and glibc can be compared byte for byte (tests/test_libc_softfloat.py).

The strings reach the corners of a correctly rounded conversion: the exact decimal
expansions of points halfway between two binary128 values (which must round to the
even one), the same plus or minus a trace, very long inputs, the overflow and
underflow thresholds, subnormals, hexadecimal mantissas longer than binary128's,
and malformed or partial numbers (where endptr matters)."""

from __future__ import annotations

import random

FIXED = (
    "0", "-0", "+0.0e0", "1", "-1", "0.1", "1e4932", "1.18973149535723176508575932662800702e4932",
    "1.18973149535723176508575932662800703e4932", "1.2e4932", "-1e5000", "1e-4932",
    "3.36210314311209350626267781732175260e-4932", "3.3621031431120935062626778173217526e-4932",
    "6.47517511943802511092443895822764655e-4966", "3.2e-4966", "3.3e-4966", "1e-4966",
    "1e-5000", "6.5e-4966", "9.7e-4966", "0.000000000000000000000000000000000001e-4930",
    "123456789012345678901234567890123456789012345678901234567890",
    "  \t+12.5e+3xyz", "1e", "1e+", "1e-x", ".5", "5.", ".", "-.", "", "   ", "+", "e5",
    "0x", "0x.", "0x.p1", "0x1p", "0x1p-", "0x1.8p1", "0X1P+1", "0x.8", "-0x1.fp-3",
    "0x1p-16494", "0x1p-16495", "0x1.0000000000000000000000000001p-16495", "0x3p-16496",
    "0x1.8p-16494", "0x1p16383", "0x1p16384", "0x1.ffffffffffffffffffffffffffff8p16383",
    "0x1.ffffffffffffffffffffffffffff7ffp16383", "0x1.0000000000000000000000000000080p0",
    "0x1.0000000000000000000000000000080000000001p0", "0x1.00000000000000000000000000001800p0",
    "0x123456789abcdef0123456789abcdef0123456789p-200", "0x0.000000000000000001p0",
    "inf", "-INF", "infinity", "Infinityx", "infin", "nan", "-nan", "NaN(123)", "nan(0x7)",
    "nan(abc)", "nan(", "nan()", "nan(1 2)", "0e999999999", "1e-999999999", "00000000001",
    "0.0000000000000000000000000000000000000000000001",
    "1" + "0" * 400, "0." + "0" * 400 + "1", "9" * 200, "1." + "9" * 300 + "e-4900",
)  # fmt: skip


def decimal(n: int) -> str:
    """str(n) for a non-negative n of any length (str() stops at 4300 digits)."""
    if n < 10**1000:
        return str(n)
    high, low = divmod(n, 10**1000)
    return decimal(high) + decimal(low).rjust(1000, "0")


def halfway_cases(rng: random.Random, count: int) -> list[str]:
    """Exact decimal halfway points (2m+1) * 2^(k-1) between binary128 neighbours m * 2^k
    and (m+1) * 2^k, for normal and subnormal m; each also a trace above and below."""
    out = []
    for i in range(count):
        if i % 5 == 0:  # subnormal: up to about 11,500 significant digits
            m, k = rng.getrandbits(rng.randrange(1, 113)), -16494
        else:
            m, k = rng.getrandbits(112) | 1 << 112, rng.randrange(-16494, 16271)
            if i % 5 == 1:
                k = rng.randrange(-16494, -16000) if i % 2 else rng.randrange(-200, 200)
        odd, e = 2 * m + 1, k - 1
        value, exp10 = (odd << e, 0) if e >= 0 else (odd * 5**-e, e)
        digits = decimal(value)
        out += [f"{digits}e{exp10}", f"{digits}1e{exp10 - 1}", f"{decimal(value - 1)}e{exp10}"]
        if i % 7 == 0:
            point = len(digits) // 3 + 1
            out.append(f"-{digits[:point]}.{digits[point:]}000e{exp10 + len(digits) - point}")
    return out


def random_cases(rng: random.Random, count: int) -> list[str]:
    """Short and long decimal mantissas with exponents over the whole range, and hex."""
    out = []
    for _ in range(count):
        n = rng.choice((1, 2, 5, 17, 20, 34, 36, 40, 60, 120))
        digits = "".join(rng.choice("0123456789") for _ in range(n))
        exp10 = rng.randrange(-4990, 4950)
        point = rng.randrange(0, n + 1)
        out.append(f"{digits[:point]}.{digits[point:]}e{exp10}" if point < n else
                   f"{digits}e{exp10}")  # fmt: skip
        h = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randrange(1, 36)))
        out.append(f"0x{h[:1]}.{h[1:]}p{rng.randrange(-16520, 16400)}")
    return out


def cases(seed: int = 128, halfway: int = 60, randoms: int = 300) -> list[str]:
    rng = random.Random(seed)
    return [*FIXED, *halfway_cases(rng, halfway), *random_cases(rng, randoms)]


def c_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


def source(seed: int = 128, halfway: int = 60, randoms: int = 300) -> str:
    """The C program: one line per string, `bits end errno`."""
    table = ",\n".join(f"    {c_string(s)}" for s in cases(seed, halfway, randoms))
    return f"""#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const strings[] = {{
{table}
}};

int main(void) {{
    for (unsigned i = 0; i < sizeof strings / sizeof *strings; i++) {{
        char *end;
        unsigned long w[2];
        errno = 0;
        long double x = strtold(strings[i], &end);
        int err = errno;
        memcpy(w, &x, 16);
        printf("%u %016lx%016lx %d %d\\n", i, w[1], w[0], (int)(end - strings[i]), err);
    }}
    return 0;
}}
"""
