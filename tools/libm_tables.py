"""Generate the constants and tables of groundup's libm (groundup/libc/src/libm_tables.[ch]).

Every number is computed here at high precision (mpmath, 400 bits) and written as C
hexadecimal floating constants, so the C side never rounds a decimal. Numbers that must
carry more than a double's 53 bits are written as double-doubles (hi, lo with
hi = round(v), lo = round(v - hi)); splits for Cody-Waite argument reduction keep few
enough bits in the leading parts that k * part is exact for every k the caller uses.

The polynomials are Taylor series: the callers reduce their arguments far enough that
a truncated Taylor series is already below 2^-70 relative error, and Taylor
coefficients are exact rationals (or zeta values), so there is nothing to fit.

    python tools/libm_tables.py          # rewrites the two files
    python tools/libm_tables.py --check  # exits 1 if they are out of date
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import mpmath as mp  # type: ignore[import-untyped]

mp.mp.prec = 400
OUT = Path(__file__).resolve().parent.parent / "groundup" / "libc" / "src"


def hexd(v: Any) -> str:
    """The double nearest v, as a C hex literal (exact)."""
    f = float(mp.mpf(v))
    return f.hex() if f != 0 else "0.0"


def split(v: Any, bits: int) -> tuple[mp.mpf, mp.mpf]:
    """v = head + rest, head keeping only `bits` significant bits."""
    v = mp.mpf(v)
    e = int(mp.floor(mp.log(abs(v), 2)))
    scale = mp.mpf(2) ** (bits - 1 - e)
    head = mp.nint(v * scale) / scale
    return head, v - head


def dd(v: Any) -> tuple[str, str]:
    hi = float(mp.mpf(v))
    lo = mp.mpf(v) - mp.mpf(hi)
    return hexd(hi), hexd(lo)


def define_dd(name: str, v: Any) -> list[str]:
    hi, lo = dd(v)
    return [f"#define {name}_HI {hi}", f"#define {name}_LO {lo}"]


def array(name: str, values: list[str], ctype: str = "double") -> tuple[str, str]:
    body = ",\n".join("    " + ", ".join(values[i : i + 4]) for i in range(0, len(values), 4))
    return (f"extern const {ctype} {name}[{len(values)}];",
            f"const {ctype} {name}[{len(values)}] = {{\n{body},\n}};")  # fmt: skip


def dd_list(values: list[Any]) -> list[str]:
    return [s for v in values for s in dd(v)]


def constants() -> list[str]:
    ln2, pi = mp.log(2), mp.pi
    lines = [*define_dd("GU_LN2", ln2), *define_dd("GU_LOG2E", 1 / ln2)]
    lines += [*define_dd("GU_LOG10E", 1 / mp.log(10)), *define_dd("GU_LOG10_2", mp.log10(2))]
    # exp's reduction x - k ln2, |k| < 2^11: k * C1 is exact with C1 on 42 bits
    c1, rest = split(ln2, 42)
    lines += [f"#define GU_LN2_C1 {hexd(c1)}", *define_dd("GU_LN2_C2", rest)]
    # Cody-Waite for sin/cos, |k| < 2^20: k * P1 and k * P2 exact (33 bits each)
    p1, rest = split(pi / 2, 33)
    p2, rest = split(rest, 33)
    lines += [f"#define GU_PIO2_C1 {hexd(p1)}", f"#define GU_PIO2_C2 {hexd(p2)}"]
    lines += define_dd("GU_PIO2_C3", rest)
    lines += [*define_dd("GU_PIO2", pi / 2), *define_dd("GU_PI", pi)]
    lines += [*define_dd("GU_PIO4", pi / 4), *define_dd("GU_3PIO4", 3 * pi / 4)]
    lines += [f"#define GU_2OPI {hexd(2 / pi)}", *define_dd("GU_LNPI", mp.log(pi))]
    lines += [*define_dd("GU_HALF_LN2PI", mp.log(2 * pi) / 2)]
    lines += [*define_dd("GU_2OSQRTPI", 2 / mp.sqrt(pi))]
    return lines


def series() -> dict[str, list[Any]]:
    """Taylor coefficients, in the variable each caller uses (see the C files)."""
    f = mp.factorial
    euler = +mp.euler
    return {
        # e^r = sum r^n / n!, |r| <= ln2/2
        "exp": [1 / f(n) for n in range(18)],
        # sin r = r sum (-1)^n t^n / (2n+1)!, t = r^2, |r| <= pi/4 (+ a little)
        "sin": [(-1) ** n / f(2 * n + 1) for n in range(12)],
        "cos": [(-1) ** n / f(2 * n) for n in range(13)],
        # log m = 2f sum t^n / (2n+1), f = (m-1)/(m+1), t = f^2 <= 0.0295
        "log": [mp.mpf(1) / (2 * n + 1) for n in range(17)],
        # atan t = t sum (-1)^n s^n / (2n+1), s = t^2 <= 2^-10
        "atan": [mp.mpf((-1) ** n) / (2 * n + 1) for n in range(10)],
        # erf x = x sum c_n s^n, s = x^2 <= 1/4
        "erf": [2 / mp.sqrt(mp.pi) * (-1) ** n / (f(n) * (2 * n + 1)) for n in range(18)],
        # lgamma(2 + e) = sum c_n e^n, |e| <= 1/2 (c_0 = 0)
        "lgamma2": [mp.mpf(0), 1 - euler]
        + [(-1) ** n * (mp.zeta(n) - 1) / n for n in range(2, 60)],
        # Stirling: lgamma x = (x-1/2) log x - x + log(2pi)/2 + (1/x) sum c_k (1/x^2)^k
        "stirling": [mp.bernoulli(2 * k) / (2 * k * (2 * k - 1)) for k in range(1, 15)],
    }


def erfc_centres() -> list[Any]:
    """g(c) = e^(c^2) erfc(c) at c = 1/2, 3/4, ... 28 (libm_erf.c expands g around c)."""
    return [mp.exp(c * c) * mp.erfc(c) for c in (mp.mpf(j) / 4 for j in range(2, 113))]


def lgamma_zeros() -> list[str]:
    """The zeros of lgamma on the negative axis (two in each (-n-1, -n), n = 2..18), each
    as z (three doubles) and its Taylor coefficients psi(z), psi'(z)/2!, ... psi^(7)(z)/8!
    (the first two as dds): libm_gamma.c expands lgamma around the nearest zero."""
    out: list[str] = []

    def f(x: mp.mpf) -> mp.mpf:
        return mp.log(abs(mp.gamma(x)))

    for n in range(2, 19):
        xm = mp.findroot(mp.digamma, -n - mp.mpf(1) / 2)
        tiny = mp.mpf(10) ** -40
        for lo, hi in ((-n - 1 + tiny, xm), (xm, -n - tiny)):
            z = mp.findroot(f, (lo, hi), solver="anderson")
            z1 = mp.mpf(float(z))
            z2 = mp.mpf(float(z - z1))
            out += [hexd(z1), hexd(z2), hexd(z - z1 - z2)]
            d = [mp.polygamma(k - 1, z) / mp.factorial(k) for k in range(1, 9)]
            out += [*dd(d[0]), *dd(d[1])] + [hexd(v) for v in d[2:]]
    return out


def two_over_pi_words() -> list[str]:
    """Bits of 2/pi after the binary point, 64 a word, behind one zero word."""
    n = 21
    bits = int(mp.floor(2 / mp.pi * mp.mpf(2) ** (64 * n)))
    words = [(bits >> (64 * (n - 1 - i))) & (2**64 - 1) for i in range(n)]
    return ["0x0UL"] + [f"0x{w:016x}UL" for w in words]


def generate() -> tuple[str, str]:
    mp.mp.prec = 1500  # 2/pi to 1344 bits
    words = two_over_pi_words()
    mp.mp.prec = 400
    head = ["/* Generated by tools/libm_tables.py: do not edit. Constants of libm_*.c",
            " * (double-doubles as _HI/_LO pairs) and their tables. */",
            "#ifndef _GU_LIBM_TABLES_H", "#define _GU_LIBM_TABLES_H", *constants()]  # fmt: skip
    body = ["/* Generated by tools/libm_tables.py: do not edit. */", '#include "libm_tables.h"']
    decl, defn = array("__gu_2opi_bits", words, "unsigned long")
    head.append(decl)
    body.append(defn)
    for name, coeffs in series().items():
        decl, defn = array(f"__gu_{name}_coef", dd_list(coeffs))
        head.append(decl)
        body.append(defn)
    decl, defn = array("__gu_atan_table_dd", dd_list([mp.atan(mp.mpf(j) / 16) for j in range(17)]))
    head.append(decl)
    body.append(defn)
    decl, defn = array("__gu_erfc_g_dd", dd_list(erfc_centres()))
    head.append(decl)
    body.append(defn)
    decl, defn = array("__gu_lgamma_zeros", lgamma_zeros())
    head.append(decl)
    body.append(defn)
    head.append("#endif")
    return "\n".join(head) + "\n", "\n".join(body) + "\n"


def main(argv: list[str]) -> int:
    h, c = generate()
    files = {OUT / "libm_tables.h": h, OUT / "libm_tables.c": c}
    if "--check" in argv:
        stale = [p for p, text in files.items() if not p.exists() or p.read_text() != text]
        for p in stale:
            print(f"{p} is out of date: run python tools/libm_tables.py")
        return 1 if stale else 0
    for p, text in files.items():
        p.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
