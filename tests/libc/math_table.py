"""The libm accuracy tables: C programs that print, as %a, what each math.h function
returns for thousands of arguments (special values, the edges of each domain, points
near overflow and underflow, near multiples of pi/2, and random arguments across the
exponent range), one program per family. tests/test_libc_math.py builds each against
glibc and against groundup's libc and compares the two outputs line by line.

Each output line is `name arg [arg2] result errno` (lgamma adds signgam; sincos prints
both results), every number in %a. The arguments are fixed by a seeded generator, so
the programs (and glibc's cached outputs) do not change from run to run."""

from __future__ import annotations

import math
import random
import struct
from collections.abc import Callable
from dataclasses import dataclass

INF, NAN = math.inf, math.nan
DMAX, DMIN, DTRUE_MIN = 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324
SPECIALS = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, DMAX, -DMAX,
            DMIN, -DMIN, DTRUE_MIN, -DTRUE_MIN, 1e-310, -1e-310, 3.0, -3.0, 0.1]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Func:
    name: str
    arity: int
    args: Callable[[random.Random], list[tuple[float, ...]]]


def spread(rng: random.Random, lo: int, hi: int, n: int, signed: bool = True) -> list[float]:
    """n values m 2^e, m uniform in [1, 2), e uniform in [lo, hi]."""
    out = []
    for _ in range(n):
        v = math.ldexp(1.0 + rng.random(), rng.randint(lo, hi))
        out.append(-v if signed and rng.random() < 0.5 else v)
    return out


def uniform(rng: random.Random, a: float, b: float, n: int) -> list[float]:
    return [rng.uniform(a, b) for _ in range(n)]


def near(points: list[float], ulps: int = 3) -> list[float]:
    """Each point and its neighbours up to `ulps` away."""
    out = []
    for p in points:
        v = p
        for _ in range(ulps):
            v = math.nextafter(v, -INF)
        for _ in range(2 * ulps + 1):
            out.append(v)
            v = math.nextafter(v, INF)
    return out


def one(values: list[float]) -> list[tuple[float, ...]]:
    return [(v,) for v in SPECIALS + values]


def pio2_multiples(rng: random.Random) -> list[float]:
    ks = list(range(1, 40)) + [rng.randint(40, 10**6) for _ in range(40)]
    pts = [k * math.pi / 2 for k in ks] + [rng.randint(1, 2**40) * math.pi / 2 for _ in range(20)]
    hard = [float.fromhex("0x1.6ac5b262ca1ffp+849"), float.fromhex("0x1.8a5a0ed9afe2ep+1023"),
            6381956970095103 * 2.0**797, 5.319372648326541e255, 1e22, 1e300]  # fmt: skip
    return near(pts, 1) + hard + [-h for h in hard]


def exp_args(rng: random.Random) -> list[tuple[float, ...]]:
    edges = near([709.782712893384, -708.3964185322641, -745.1332191019411, -744.44007], 2)
    return one(edges + uniform(rng, -750, 712, 500) + spread(rng, -60, 9, 500)
               + [float(i) for i in range(-20, 21)])  # fmt: skip


def exp2_args(rng: random.Random) -> list[tuple[float, ...]]:
    edges = near([1024.0, -1022.0, -1074.0, -1075.0, 1023.0], 2)
    return one(edges + uniform(rng, -1080, 1025, 500) + spread(rng, -60, 10, 400)
               + [i / 2 for i in range(-40, 41)])  # fmt: skip


def expm1_args(rng: random.Random) -> list[tuple[float, ...]]:
    edges = near([709.782712893384, -0.34657359027997264, 0.34657359027997264, 1e-17], 2)
    return one(edges + uniform(rng, -40, 710, 400) + spread(rng, -60, 5, 700))


def log_args(rng: random.Random) -> list[tuple[float, ...]]:
    ones = [1 + v for v in spread(rng, -52, -1, 300)]
    pows = [2.0**i for i in range(-1074, 1024, 37)] + [10.0**i for i in range(-300, 300, 7)]
    return one(ones + pows + spread(rng, -1074, 1023, 700, False) + near([1.0], 5)
               + [-v for v in spread(rng, -10, 10, 20, False)])  # fmt: skip


def log1p_args(rng: random.Random) -> list[tuple[float, ...]]:
    return one(spread(rng, -60, 1023, 400, False) + uniform(rng, -1, 1, 400)
               + spread(rng, -70, -1, 300) + near([-1.0, -0.5, 1.0], 3)
               + [-1 + v for v in spread(rng, -52, -2, 50, False)])  # fmt: skip


POW_SPECIAL = [0.0, -0.0, 1.0, -1.0, INF, -INF, NAN, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0,
               1 / 3, 1.5, -1.5, 1e300, 1e-300, 2.0**53, -(2.0**53) - 2, 2.0**53 + 1]  # fmt: skip


def pow_args(rng: random.Random) -> list[tuple[float, ...]]:
    pairs: list[tuple[float, ...]] = [(x, y) for x in POW_SPECIAL for y in POW_SPECIAL]
    pairs += [(x, rng.uniform(-60, 60)) for x in spread(rng, -16, 16, 500, False)]
    pairs += [(1 + x, rng.uniform(-1e6, 1e6)) for x in spread(rng, -40, -2, 200)]
    pairs += [(x, float(rng.randint(-60, 60))) for x in spread(rng, -10, 10, 200)]
    pairs += [(x, rng.uniform(-1, 1) * 1100 / max(abs(math.log(x)), 1e-300))
              for x in spread(rng, -1074, 1023, 300, False)]  # fmt: skip
    pairs += [(2.0, y) for y in near([1023.0, 1024.0, -1022.0, -1074.0, -1075.0], 2)]
    pairs += [(-8.0, 1 / 3), (10.0, 2.0), (10.0, -2.0), (-2.0, 3.0), (0.0, -1.0), (-0.0, -3.0)]
    return pairs


def trig_args(rng: random.Random) -> list[tuple[float, ...]]:
    return one(pio2_multiples(rng) + uniform(rng, -10, 10, 400) + spread(rng, -60, 1023, 600)
               + spread(rng, -30, 22, 300))  # fmt: skip


def unit_args(rng: random.Random) -> list[tuple[float, ...]]:
    edges = near([1.0, -1.0, 0.5, -0.5], 4) + [1 - v for v in spread(rng, -53, -10, 100, False)]
    return one(edges + uniform(rng, -1, 1, 600) + spread(rng, -60, -1, 400) + [1.5, -7.0])


def atan_args(rng: random.Random) -> list[tuple[float, ...]]:
    return one(spread(rng, -60, 70, 800) + uniform(rng, -20, 20, 400) + near([1.0, -1.0], 3))


def atan2_args(rng: random.Random) -> list[tuple[float, ...]]:
    sp = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, DTRUE_MIN, -DMAX, 3.0]
    pairs: list[tuple[float, ...]] = [(y, x) for y in sp for x in sp]
    a, b = spread(rng, -60, 60, 700), spread(rng, -60, 60, 700)
    pairs += list(zip(a, b, strict=True))
    pairs += list(zip(spread(rng, -1074, 1023, 300), spread(rng, -1074, 1023, 300), strict=True))
    return pairs


def sinh_args(rng: random.Random) -> list[tuple[float, ...]]:
    edges = near([710.4758600739439, -710.4758600739439, 22.0, -22.0], 2)
    return one(edges + uniform(rng, -712, 712, 500) + spread(rng, -60, 5, 600))


def tanh_args(rng: random.Random) -> list[tuple[float, ...]]:
    return one(uniform(rng, -25, 25, 500) + spread(rng, -60, 5, 600) + near([22.0, 0.55], 2))


def asinh_args(rng: random.Random) -> list[tuple[float, ...]]:
    return one(spread(rng, -60, 1023, 800) + uniform(rng, -5, 5, 300))


def acosh_args(rng: random.Random) -> list[tuple[float, ...]]:
    return one([1 + v for v in spread(rng, -52, 0, 400, False)] + spread(rng, 0, 1023, 500, False)
               + uniform(rng, 1, 10, 200) + near([1.0, 2.0], 3) + [0.9, -5.0])  # fmt: skip


def atanh_args(rng: random.Random) -> list[tuple[float, ...]]:
    return unit_args(rng)


def cbrt_args(rng: random.Random) -> list[tuple[float, ...]]:
    cubes = [float(i**3) for i in range(-30, 31)] + [2.0 ** (3 * i) for i in range(-300, 300, 11)]
    return one(cubes + spread(rng, -1074, 1023, 900))


def erf_args(rng: random.Random) -> list[tuple[float, ...]]:
    return one(uniform(rng, -7, 7, 700) + spread(rng, -60, 3, 500) + near([0.5, -0.5, 6.0], 2))


def erfc_args(rng: random.Random) -> list[tuple[float, ...]]:
    # erfc(0x1.b39dfa0275014p+4) is 0.4986 2^-1074: 0 with ERANGE (glibc: 2^-1074)
    tiny = float.fromhex("0x1.b39dfa0275014p+4")
    edges = near([0.5, -0.5, 26.5, 27.2, 27.3, 28.0, -6.0, tiny], 2)
    return one(edges + uniform(rng, -7, 28, 800) + spread(rng, -60, 4, 400))


def tgamma_args(rng: random.Random) -> list[tuple[float, ...]]:
    ints = [float(i) for i in range(-5, 30)] + near([171.62437695630272, 0.5, 1.5, 2.5], 2)
    negs = [-i + d for i in range(1, 40) for d in (1e-9, 0.5, 0.999999)]
    return one(ints + negs + uniform(rng, -190, 172, 500) + spread(rng, -60, 7, 400))


#: the first zeros of lgamma on the negative axis, where it loses relative accuracy
#: unless it expands around them (libm_gamma.c)
LGAMMA_ZEROS = [-2.7476826467274127, -2.4570247382208006, -3.955294284858598,
                -3.14358088834998, -4.991544640560048, -4.039361839740537, -5.998607480080875,
                -5.0082181683225935, -6.999801507890638, -6.001385294453155,
                -7.999975197095821, -7.000198333407325, -9.99999972442663]  # fmt: skip


def lgamma_args(rng: random.Random) -> list[tuple[float, ...]]:
    at12 = near([1.0, 2.0], 5) + [1 + v for v in spread(rng, -50, -2, 100)] + near(LGAMMA_ZEROS, 4)
    at12 += [2 + v for v in spread(rng, -50, -2, 100)]
    return one(at12 + uniform(rng, -50, 200, 400) + spread(rng, -60, 1023, 500, False)
               + [float(i) for i in range(-5, 30)] + spread(rng, -60, -2, 100))  # fmt: skip


FAMILIES: dict[str, list[Func]] = {
    "exp": [Func("exp", 1, exp_args), Func("exp2", 1, exp2_args), Func("expm1", 1, expm1_args)],
    "log": [Func("log", 1, log_args), Func("log2", 1, log_args), Func("log10", 1, log_args),
            Func("log1p", 1, log1p_args)],
    "pow": [Func("pow", 2, pow_args), Func("cbrt", 1, cbrt_args), Func("hypot", 2, atan2_args)],
    "trig": [Func("sin", 1, trig_args), Func("cos", 1, trig_args), Func("tan", 1, trig_args),
             Func("sincos", 1, trig_args)],
    "atrig": [Func("asin", 1, unit_args), Func("acos", 1, unit_args), Func("atan", 1, atan_args),
              Func("atan2", 2, atan2_args)],
    "hyper": [Func("sinh", 1, sinh_args), Func("cosh", 1, sinh_args), Func("tanh", 1, tanh_args),
              Func("asinh", 1, asinh_args), Func("acosh", 1, acosh_args),
              Func("atanh", 1, atanh_args)],
    "special": [Func("erf", 1, erf_args), Func("erfc", 1, erfc_args),
                Func("tgamma", 1, tgamma_args), Func("lgamma", 1, lgamma_args)],
}  # fmt: skip


def to_float(v: float) -> float | None:
    """v rounded to float, or None if that overflows."""
    try:
        return float(struct.unpack("<f", struct.pack("<f", v))[0])
    except OverflowError:
        return None


def bits(v: float, single: bool) -> str:
    if single:
        return f"0x{struct.unpack('<I', struct.pack('<f', v))[0]:08x}u"
    return f"0x{struct.unpack('<Q', struct.pack('<d', v))[0]:016x}UL"


def arguments(f: Func, single: bool) -> list[tuple[float, ...]]:
    args = f.args(random.Random(f"{f.name}-{single}"))
    if not single:
        return args
    out = []
    for a in args[::2]:  # every other one: float results are double results rounded
        fa = tuple(to_float(v) for v in a)
        if all(v is not None for v in fa):
            out.append(tuple(v for v in fa if v is not None))
    return out


PRELUDE = """#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
static double D(unsigned long u) { double x; memcpy(&x, &u, 8); return x; }
static float F(unsigned u) { float x; memcpy(&x, &u, 4); return x; }
"""


def call(f: Func, single: bool) -> str:
    """The C statements for one argument tuple a[...] of table `t`."""
    sfx, conv = ("f", "F") if single else ("", "D")
    argv = [f"{conv}(t[i][{j}])" for j in range(f.arity)]
    shown = ", ".join(f"(double){a}" for a in argv)
    fmt = " ".join(["%a"] * f.arity)
    name = f.name + sfx
    if f.name == "sincos":
        ty = "float" if single else "double"
        printed = f"{shown}, (double)s, (double)c, errno"
        return (f"{ty} s, c; errno = 0; {name}({argv[0]}, &s, &c); "
                f'printf("{name} {fmt} %a %a %d\\n", {printed});')  # fmt: skip
    if f.name == "lgamma":
        return (f"signgam = 0; errno = 0; double r = {name}({argv[0]}); "
                f'printf("{name} {fmt} %a %d %d\\n", {shown}, r, errno, signgam);')  # fmt: skip
    return (f"errno = 0; double r = {name}({', '.join(argv)}); "
            f'printf("{name} {fmt} %a %d\\n", {shown}, r, errno);')  # fmt: skip


def program(family: str) -> str:
    parts = [PRELUDE]
    body = []
    for single in (False, True):
        for k, f in enumerate(FAMILIES[family]):
            args = arguments(f, single)
            ty = "unsigned" if single else "unsigned long"
            rows = ",\n".join("{" + ", ".join(bits(v, single) for v in a) + "}" for a in args)
            table = f"t{k}{'f' if single else ''}"
            parts.append(f"static const {ty} {table}[][{f.arity}] = {{\n{rows}}};\n")
            body.append(f"    {{ const {ty} (*t)[{f.arity}] = {table};\n"
                        f"      for (int i = 0; i < (int)(sizeof {table} / sizeof *{table}); i++)"
                        f" {{ {call(f, single)} }} }}\n")  # fmt: skip
    return "".join(parts) + "int main(void) {\n" + "".join(body) + "    return 0;\n}\n"
