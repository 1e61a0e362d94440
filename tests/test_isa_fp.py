"""The F and D extensions through the instruction path: decode, the table's semantics,
groundup.isa.fp, fcsr and mstatus.FS, on both engines.

Expected results come from the spec ("F" and "D" chapters, IEEE 754-2008) and from a
small oracle in this file that rounds exact rationals (fractions.Fraction) in each of
the five rounding modes; it is itself checked against the host's IEEE doubles.

Register conventions of `fop`: fp sources in f1, f2, f3, an integer source in x11;
results land in f4 or x10. Single-precision register contents are written NaN-boxed
(`box`), except where a test is about improper boxing.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import pytest
from harness import CODE, DATA, ins, run, s64, stop_of, u64

from groundup.isa.priv import FS_DIRTY, Mstatus
from groundup.isa.table import BY_NAME, OPS
from groundup.machine.hart import Hart, StopReason

NX, UF, OF, DZ, NV = 1, 2, 4, 8, 16
RNE, RTZ, RDN, RUP, RMM, DYN = 0, 1, 2, 3, 4, 7
MODES = (RNE, RTZ, RDN, RUP, RMM)
FS_OFF, FS_INITIAL, FS_CLEAN = 0, 1, 2
ILLEGAL = 2


def box(single: int) -> int:
    return 0xFFFF_FFFF_0000_0000 | single


def fs_of(h: Hart) -> int:
    return (h.csr.mstatus >> Mstatus.FS) & 3


# --- the rounding oracle ------------------------------------------------------------------
@dataclass(frozen=True)
class Format:
    width: int
    p: int  # precision, hidden bit included
    ebits: int

    @property
    def bias(self) -> int:
        return (1 << (self.ebits - 1)) - 1

    @property
    def emin(self) -> int:
        return 1 - self.bias

    @property
    def emax(self) -> int:
        return self.bias

    @property
    def inf(self) -> int:
        return ((1 << self.ebits) - 1) << (self.p - 1)

    @property
    def sign(self) -> int:
        return 1 << (self.width - 1)

    @property
    def max_value(self) -> Fraction:
        return (2 - Fraction(1, 1 << (self.p - 1))) * Fraction(2) ** self.emax

    @property
    def min_normal(self) -> Fraction:
        return Fraction(2) ** self.emin

    @property
    def min_sub(self) -> Fraction:
        return Fraction(2) ** (self.emin - self.p + 1)


FMT = {"s": Format(32, 24, 8), "d": Format(64, 53, 11)}


def floor_log2(m: Fraction) -> int:
    e = m.numerator.bit_length() - m.denominator.bit_length()
    while Fraction(2) ** e > m:
        e -= 1
    while Fraction(2) ** (e + 1) <= m:
        e += 1
    return e


def value_of(f: Format, bits: int) -> Fraction:
    """The value of a finite pattern."""
    field = (bits >> (f.p - 1)) & ((1 << f.ebits) - 1)
    frac = bits & ((1 << (f.p - 1)) - 1)
    assert field != (1 << f.ebits) - 1, "not finite"
    if field == 0:
        mag = frac * f.min_sub
    else:
        mag = (frac + (1 << (f.p - 1))) * Fraction(2) ** (field - f.bias - f.p + 1)
    return -mag if bits & f.sign else mag


def pattern(f: Format, v: Fraction, negative_zero: bool = False) -> int:
    """The pattern of an exactly representable value."""
    sign = f.sign if v < 0 or (v == 0 and negative_zero) else 0
    m = abs(v)
    if m == 0:
        return sign
    if m < f.min_normal:
        n = m / f.min_sub
        assert n.denominator == 1, f"{v} is not representable"
        return sign | int(n)
    e = floor_log2(m)
    sig = m / Fraction(2) ** (e - f.p + 1)
    assert sig.denominator == 1, f"{v} is not representable"
    return sign | ((e + f.bias) << (f.p - 1)) | (int(sig) - (1 << (f.p - 1)))


def round_int(m: Fraction, rm: int, negative: bool) -> int:
    """Round a non-negative magnitude to an integer as mode rm would."""
    n = math.floor(m)
    rest = m - n
    if rest == 0:
        return n
    half = Fraction(1, 2)
    up = {
        RNE: rest > half or (rest == half and n % 2 == 1),
        RMM: rest >= half,
        RTZ: False,
        RDN: negative,
        RUP: not negative,
    }[rm]
    return n + int(up)


def oracle(f: Format, v: Fraction, rm: int) -> tuple[int, int]:
    """(pattern, fflags) of the exact non-zero value v rounded to format f.

    Overflow per IEEE 754 7.4; underflow when tiny after rounding (as if the
    exponent range were unbounded) and inexact, as RISC-V specifies.
    """
    assert v != 0
    negative = v < 0
    m = abs(v)
    e = floor_log2(m)
    unit = Fraction(2) ** (max(e, f.emin) - f.p + 1)
    r = round_int(m / unit, rm, negative) * unit
    inexact = r != m
    if r > f.max_value:
        to_max = rm == RTZ or (rm == RDN and not negative) or (rm == RUP and negative)
        mag = pattern(f, f.max_value) if to_max else f.inf
        return mag | (f.sign if negative else 0), OF | NX
    flags = NX if inexact else 0
    unbounded_unit = Fraction(2) ** (e - f.p + 1)
    if inexact and round_int(m / unbounded_unit, rm, negative) * unbounded_unit < f.min_normal:
        flags |= UF
    return pattern(f, -r if negative else r, negative_zero=negative), flags


def exact_sqrt(v: Fraction) -> Fraction:
    """sqrt(v) exactly if rational; otherwise a value strictly inside the same interval
    between rounding boundaries (those are multiples of 2**-1075, far coarser)."""
    k = 1200
    num = v.numerator * v.denominator << (2 * k)
    s = math.isqrt(num)
    scale = v.denominator << k
    if s * s == num:
        return Fraction(s, scale)
    return Fraction(2 * s + 1, 2 * scale)


def to_int_oracle(v: Fraction, rm: int, bits: int, signed: bool) -> tuple[int, int]:
    """fcvt to an integer: the register value and flags, per the spec's saturation table."""
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    r = round_int(abs(v), rm, v < 0)
    r = -r if v < 0 else r
    if r < lo or r > hi:
        return reg_int(lo if r < lo else hi, bits), NV
    return reg_int(r, bits), NX if r != v else 0


def reg_int(v: int, bits: int) -> int:
    """How rd holds a `bits`-bit result: 32-bit results are sign-extended (fcvt.wu too)."""
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def test_oracle_agrees_with_host_doubles() -> None:
    d = FMT["d"]

    def bits(x: float) -> int:
        return int(struct.unpack("<Q", struct.pack("<d", x))[0])

    for x, y in [(1.0, 3.0), (0.1, 0.2), (1e308, 10.0), (2.0**-1070, 0.3), (-7.5, 1e-300)]:
        fx, fy = Fraction(x), Fraction(y)
        assert oracle(d, fx + fy, RNE)[0] == bits(x + y)
        assert oracle(d, fx * fy, RNE)[0] == bits(x * y) or math.isinf(x * y)
        assert oracle(d, fx / fy, RNE)[0] == bits(x / y)
        assert oracle(d, exact_sqrt(abs(fx)), RNE)[0] == bits(math.sqrt(abs(x)))


# --- running one fp instruction --------------------------------------------------------------
SRC_REG = {"frs1": 1, "frs2": 2, "frs3": 3, "rs1": 11}


def fp_hart(name: str, *srcs: int, rm: int = RNE, **kw: object) -> Hart:
    """Run `name` with sources in f1/f2/f3 (or x11) and its result in f4 (or x10)."""
    tokens = [t for t in BY_NAME[name].syntax.split(",") if t != "rm"]
    dest, sources = tokens[0], tokens[1:]
    f: dict[int, int] = {}
    x: dict[int, int] = {}
    fields = {}
    for tok, v in zip(sources, srcs, strict=True):
        n = SRC_REG[tok]
        fields[tok.removeprefix("f")] = n
        if tok.startswith("f"):
            f[n] = v
        else:
            x[n] = v
    rd = 4 if dest == "frd" else 10
    return run(ins(name, rd=rd, rm=rm, **fields), f=f, x=x, **kw)


def fop(name: str, *srcs: int, rm: int = RNE, **kw: object) -> tuple[int, int]:
    """(result, fflags) of one fp instruction; the result is f4's bits or x10's value."""
    h = fp_hart(name, *srcs, rm=rm, **kw)
    stop = stop_of(h)
    assert stop.reason is StopReason.LIMIT, f"{name} trapped: {stop}"
    assert fs_of(h) == FS_DIRTY
    dest = BY_NAME[name].syntax.split(",")[0]
    return (h.f[4] if dest == "frd" else h.x[10]), h.fpstate.fflags


# --- named constants of each format (raw patterns) ------------------------------------------
def consts(w: str) -> dict[str, int]:
    f = FMT[w]

    def num(x: float) -> int:
        return pattern(f, Fraction(x))

    k = {
        n: num(v)
        for n, v in [
            ("one", 1),
            ("none", -1),
            ("two", 2),
            ("three", 3),
            ("four", 4),
            ("half", 0.5),
            ("five", 5),
            ("nfive", -5),
            ("seven", 7),
            ("nseven", -7),
            ("six", 6),
        ]
    }
    quiet = 1 << (f.p - 2)
    k |= {
        "zero": 0,
        "nzero": f.sign,
        "inf": f.inf,
        "ninf": f.sign | f.inf,
        "qnan": f.inf | quiet,  # the canonical NaN
        "pqnanp": f.inf | quiet | 0x123,  # quiet, with a payload
        "qnanp": f.sign | f.inf | quiet | 0x123,  # negative quiet, with a payload
        "snan": f.inf | 1,
        "nsnan": f.sign | f.inf | 1,
        "max": pattern(f, f.max_value),
        "nmax": f.sign | pattern(f, f.max_value),
        "minn": pattern(f, f.min_normal),
        "mins": 1,
        "nmins": f.sign | 1,
        "maxs": (1 << (f.p - 1)) - 1,
        "nmaxs": f.sign | ((1 << (f.p - 1)) - 1),
    }
    return k


K = {w: consts(w) for w in "sd"}


def reg(w: str, raw: int) -> int:
    return box(raw) if w == "s" else raw


def freg(w: str, name: str) -> int:
    return reg(w, K[w][name])


# --- every arithmetic op, every rounding mode, against the oracle ---------------------------
def arith_cases(w: str) -> list[tuple[str, tuple[Fraction, ...]]]:
    f = FMT[w]
    one = Fraction(1)
    u = Fraction(1, 1 << (f.p - 1))  # ulp(1)
    h = u / 2
    mx, mn, ms = f.max_value, f.min_normal, f.min_sub
    third = value_of(f, oracle(f, Fraction(1, 3), RNE)[0])
    fma_ops = [
        (one + u, one - u, -one),  # exactly -u**2: a fused result, not 0
        (one, one, h),  # a tie
        (one + u, one + u, -one),
        (Fraction(3), third, -one),
        (mx, Fraction(2), -mx),  # no intermediate overflow
        (mn, Fraction(1, 2), ms),  # subnormal territory
    ]
    cases: list[tuple[str, tuple[Fraction, ...]]] = [
        ("fadd", (one, h)),  # tie: RNE stays at 1 (even)
        ("fadd", (one + u, h)),  # tie: RNE goes up to even
        ("fadd", (one, 3 * h / 2)),
        ("fadd", (-one, -h)),
        ("fadd", (one, -h / 2)),  # tie just below 1, where the ulp halves
        ("fadd", (mx, Fraction(2) ** (f.emax - f.p))),  # tie at the overflow threshold
        ("fadd", (mx, mx)),
        ("fadd", (-mx, -mx)),
        ("fsub", (one, 3 * h / 4)),
        ("fsub", (mn * 3 / 2, mn)),  # exact subnormal: no flags
        ("fsub", (-one, h)),
        ("fsub", (ms, -ms)),
        ("fmul", (one + u, one + u)),
        ("fmul", (one + u, one - h)),
        ("fmul", (-(one + u), one - h)),
        ("fmul", (mx, Fraction(2))),
        ("fmul", (-mx, Fraction(2))),
        ("fmul", (ms, Fraction(1, 2))),  # underflows to zero or min subnormal
        ("fmul", (ms * 3, Fraction(1, 2))),
        ("fmul", (mn, one - h)),  # tiny after rounding although it rounds to min normal
        ("fmul", (-mn, one - h)),
        ("fdiv", (one, Fraction(3))),
        ("fdiv", (Fraction(2), Fraction(3))),
        ("fdiv", (-one, Fraction(3))),
        ("fdiv", (one, Fraction(10))),
        ("fdiv", (mn, Fraction(3))),
        ("fdiv", (mx, Fraction(1, 2))),
        ("fdiv", (-ms, Fraction(2))),
        ("fsqrt", (Fraction(2),)),
        ("fsqrt", (Fraction(3),)),
        ("fsqrt", (Fraction(1, 2),)),
        ("fsqrt", (mx,)),
        ("fsqrt", (ms,)),
        ("fsqrt", (Fraction(9, 4),)),  # exact
    ]
    for name in ("fmadd", "fmsub", "fnmsub", "fnmadd"):
        cases += [(name, ops) for ops in fma_ops]
    return cases


EXACT: dict[str, Callable[..., Fraction]] = {
    "fadd": lambda a, b: a + b,
    "fsub": lambda a, b: a - b,
    "fmul": lambda a, b: a * b,
    "fdiv": lambda a, b: a / b,
    "fsqrt": exact_sqrt,
    "fmadd": lambda a, b, c: a * b + c,
    "fmsub": lambda a, b, c: a * b - c,
    "fnmsub": lambda a, b, c: -(a * b) + c,
    "fnmadd": lambda a, b, c: -(a * b) - c,
}
ARITH = [(w, name, ops) for w in "sd" for name, ops in arith_cases(w)]


@pytest.mark.parametrize(("w", "name", "operands"), ARITH)
def test_arithmetic_in_every_rounding_mode(w: str, name: str, operands: tuple[Fraction]) -> None:
    f = FMT[w]
    srcs = [reg(w, pattern(f, v)) for v in operands]
    exact = EXACT[name](*operands)
    bad = []
    for rm in MODES:
        bits, flags = oracle(f, exact, rm)
        want = (reg(w, bits), flags)
        got_static = fop(f"{name}.{w}", *srcs, rm=rm)
        got_dynamic = fop(f"{name}.{w}", *srcs, rm=DYN, frm=rm)  # rm = 7: use frm
        if got_static != want or got_dynamic != want:
            bad.append((rm, [hex(v) for v in want], [hex(v) for v in got_static + got_dynamic]))
    assert not bad


# --- special operands: NaNs, infinities, signed zeros, exceptions ----------------------------
# (op, source names, rm, result name (or int for integer results), fflags)
SPECIALS: list[tuple[str, tuple[str, ...], int, str | int, int]] = [
    ("fadd", ("zero", "nzero"), RNE, "zero", 0),
    ("fadd", ("zero", "nzero"), RDN, "nzero", 0),
    ("fadd", ("nzero", "nzero"), RNE, "nzero", 0),
    ("fadd", ("zero", "zero"), RDN, "zero", 0),
    ("fadd", ("one", "none"), RNE, "zero", 0),
    ("fadd", ("one", "none"), RTZ, "zero", 0),
    ("fadd", ("one", "none"), RUP, "zero", 0),
    ("fadd", ("one", "none"), RMM, "zero", 0),
    ("fadd", ("one", "none"), RDN, "nzero", 0),
    ("fadd", ("mins", "nmins"), RDN, "nzero", 0),
    ("fadd", ("inf", "ninf"), RNE, "qnan", NV),
    ("fadd", ("inf", "one"), RNE, "inf", 0),
    ("fadd", ("ninf", "max"), RNE, "ninf", 0),
    ("fadd", ("inf", "inf"), RNE, "inf", 0),
    ("fadd", ("qnan", "one"), RNE, "qnan", 0),
    ("fadd", ("qnanp", "one"), RNE, "qnan", 0),  # payloads are not propagated
    ("fadd", ("one", "pqnanp"), RNE, "qnan", 0),
    ("fadd", ("snan", "one"), RNE, "qnan", NV),
    ("fadd", ("one", "nsnan"), RNE, "qnan", NV),
    ("fadd", ("qnanp", "snan"), RNE, "qnan", NV),
    ("fadd", ("qnan", "inf"), RNE, "qnan", 0),
    ("fsub", ("inf", "inf"), RNE, "qnan", NV),
    ("fsub", ("ninf", "inf"), RNE, "ninf", 0),
    ("fsub", ("zero", "zero"), RNE, "zero", 0),
    ("fsub", ("zero", "zero"), RDN, "nzero", 0),
    ("fsub", ("nzero", "zero"), RNE, "nzero", 0),
    ("fsub", ("one", "one"), RDN, "nzero", 0),
    ("fsub", ("one", "one"), RUP, "zero", 0),
    ("fsub", ("snan", "inf"), RNE, "qnan", NV),
    ("fsub", ("pqnanp", "one"), RNE, "qnan", 0),
    ("fmul", ("zero", "inf"), RNE, "qnan", NV),
    ("fmul", ("ninf", "nzero"), RNE, "qnan", NV),
    ("fmul", ("nzero", "two"), RNE, "nzero", 0),
    ("fmul", ("none", "nzero"), RNE, "zero", 0),
    ("fmul", ("inf", "none"), RNE, "ninf", 0),
    ("fmul", ("max", "two"), RNE, "inf", OF | NX),
    ("fmul", ("max", "two"), RTZ, "max", OF | NX),
    ("fmul", ("nmax", "two"), RUP, "nmax", OF | NX),
    ("fmul", ("nmax", "two"), RDN, "ninf", OF | NX),
    ("fmul", ("mins", "half"), RNE, "zero", UF | NX),
    ("fmul", ("mins", "half"), RUP, "mins", UF | NX),
    ("fmul", ("nmins", "half"), RNE, "nzero", UF | NX),
    ("fmul", ("nmins", "half"), RDN, "nmins", UF | NX),
    ("fmul", ("qnan", "zero"), RNE, "qnan", 0),
    ("fmul", ("snan", "one"), RNE, "qnan", NV),
    ("fdiv", ("one", "zero"), RNE, "inf", DZ),
    ("fdiv", ("none", "zero"), RNE, "ninf", DZ),
    ("fdiv", ("one", "nzero"), RNE, "ninf", DZ),
    ("fdiv", ("mins", "nzero"), RTZ, "ninf", DZ),
    ("fdiv", ("zero", "zero"), RNE, "qnan", NV),
    ("fdiv", ("nzero", "zero"), RNE, "qnan", NV),
    ("fdiv", ("inf", "ninf"), RNE, "qnan", NV),
    ("fdiv", ("one", "inf"), RNE, "zero", 0),
    ("fdiv", ("none", "inf"), RNE, "nzero", 0),
    ("fdiv", ("inf", "zero"), RNE, "inf", 0),  # not a division of a finite number by zero
    ("fdiv", ("ninf", "two"), RNE, "ninf", 0),
    ("fdiv", ("zero", "one"), RNE, "zero", 0),
    ("fdiv", ("nzero", "one"), RNE, "nzero", 0),
    ("fdiv", ("qnan", "zero"), RNE, "qnan", 0),
    ("fdiv", ("snan", "zero"), RNE, "qnan", NV),
    ("fdiv", ("six", "two"), RNE, "three", 0),
    ("fsqrt", ("nzero",), RNE, "nzero", 0),
    ("fsqrt", ("zero",), RNE, "zero", 0),
    ("fsqrt", ("none",), RNE, "qnan", NV),
    ("fsqrt", ("nmins",), RNE, "qnan", NV),
    ("fsqrt", ("ninf",), RNE, "qnan", NV),
    ("fsqrt", ("inf",), RNE, "inf", 0),
    ("fsqrt", ("four",), RNE, "two", 0),
    ("fsqrt", ("qnanp",), RNE, "qnan", 0),
    ("fsqrt", ("snan",), RNE, "qnan", NV),
    ("fmadd", ("inf", "zero", "qnan"), RNE, "qnan", NV),  # RISC-V: NV even with a qNaN addend
    ("fmadd", ("zero", "ninf", "pqnanp"), RNE, "qnan", NV),
    ("fmadd", ("inf", "one", "ninf"), RNE, "qnan", NV),
    ("fmadd", ("zero", "one", "nzero"), RNE, "zero", 0),
    ("fmadd", ("zero", "one", "nzero"), RDN, "nzero", 0),
    ("fmadd", ("nzero", "one", "nzero"), RNE, "nzero", 0),
    ("fmadd", ("one", "one", "snan"), RNE, "qnan", NV),
    ("fmadd", ("qnan", "one", "one"), RNE, "qnan", 0),
    ("fmadd", ("snan", "zero", "inf"), RNE, "qnan", NV),
    ("fmadd", ("two", "three", "one"), RNE, "seven", 0),
    ("fmadd", ("max", "two", "nmax"), RNE, "max", 0),
    ("fmadd", ("max", "two", "zero"), RNE, "inf", OF | NX),
    ("fmadd", ("inf", "two", "one"), RNE, "inf", 0),
    ("fmadd", ("one", "two", "ninf"), RNE, "ninf", 0),
    ("fmsub", ("zero", "one", "zero"), RNE, "zero", 0),
    ("fmsub", ("zero", "one", "zero"), RDN, "nzero", 0),
    ("fmsub", ("inf", "one", "inf"), RNE, "qnan", NV),
    ("fmsub", ("two", "three", "one"), RNE, "five", 0),
    ("fmsub", ("inf", "zero", "qnan"), RNE, "qnan", NV),
    ("fnmsub", ("zero", "one", "zero"), RNE, "zero", 0),
    ("fnmsub", ("zero", "one", "zero"), RDN, "nzero", 0),
    ("fnmsub", ("two", "three", "one"), RNE, "nfive", 0),
    ("fnmsub", ("inf", "one", "inf"), RNE, "qnan", NV),
    ("fnmsub", ("inf", "zero", "qnan"), RNE, "qnan", NV),
    ("fnmadd", ("zero", "one", "zero"), RNE, "nzero", 0),  # -(+0) - (+0) = -0
    ("fnmadd", ("zero", "one", "zero"), RUP, "nzero", 0),
    ("fnmadd", ("two", "three", "one"), RNE, "nseven", 0),
    ("fnmadd", ("inf", "one", "ninf"), RNE, "qnan", NV),
    ("fnmadd", ("zero", "inf", "qnan"), RNE, "qnan", NV),
    ("fnmadd", ("snan", "one", "one"), RNE, "qnan", NV),
    # fmin/fmax: minimumNumber/maximumNumber, -0 < +0, NV only for signaling NaNs
    ("fmin", ("one", "qnan"), RNE, "one", 0),
    ("fmin", ("qnanp", "one"), RNE, "one", 0),
    ("fmin", ("qnan", "qnan"), RNE, "qnan", 0),
    ("fmin", ("qnanp", "pqnanp"), RNE, "qnan", 0),  # two NaNs: the canonical NaN
    ("fmin", ("snan", "one"), RNE, "one", NV),
    ("fmin", ("none", "nsnan"), RNE, "none", NV),
    ("fmin", ("snan", "qnan"), RNE, "qnan", NV),
    ("fmin", ("nzero", "zero"), RNE, "nzero", 0),
    ("fmin", ("zero", "nzero"), RNE, "nzero", 0),
    ("fmin", ("none", "one"), RNE, "none", 0),
    ("fmin", ("ninf", "nmax"), RNE, "ninf", 0),
    ("fmin", ("mins", "nmins"), RNE, "nmins", 0),
    ("fmin", ("two", "two"), RNE, "two", 0),
    ("fmax", ("one", "qnan"), RNE, "one", 0),
    ("fmax", ("qnanp", "none"), RNE, "none", 0),
    ("fmax", ("qnan", "qnan"), RNE, "qnan", 0),
    ("fmax", ("pqnanp", "qnanp"), RNE, "qnan", 0),
    ("fmax", ("one", "snan"), RNE, "one", NV),
    ("fmax", ("nsnan", "snan"), RNE, "qnan", NV),
    ("fmax", ("nzero", "zero"), RNE, "zero", 0),
    ("fmax", ("zero", "nzero"), RNE, "zero", 0),
    ("fmax", ("none", "one"), RNE, "one", 0),
    ("fmax", ("inf", "max"), RNE, "inf", 0),
    ("fmax", ("mins", "nmins"), RNE, "mins", 0),
    # compares: feq is quiet (NV for sNaN only), flt/fle signal on any NaN
    ("feq", ("one", "one"), RNE, 1, 0),
    ("feq", ("one", "two"), RNE, 0, 0),
    ("feq", ("nzero", "zero"), RNE, 1, 0),
    ("feq", ("qnan", "qnan"), RNE, 0, 0),
    ("feq", ("qnan", "one"), RNE, 0, 0),
    ("feq", ("one", "pqnanp"), RNE, 0, 0),
    ("feq", ("snan", "one"), RNE, 0, NV),
    ("feq", ("one", "nsnan"), RNE, 0, NV),
    ("feq", ("inf", "inf"), RNE, 1, 0),
    ("flt", ("one", "two"), RNE, 1, 0),
    ("flt", ("two", "one"), RNE, 0, 0),
    ("flt", ("one", "one"), RNE, 0, 0),
    ("flt", ("nzero", "zero"), RNE, 0, 0),
    ("flt", ("ninf", "inf"), RNE, 1, 0),
    ("flt", ("nmins", "mins"), RNE, 1, 0),
    ("flt", ("none", "nzero"), RNE, 1, 0),
    ("flt", ("qnan", "one"), RNE, 0, NV),
    ("flt", ("one", "qnan"), RNE, 0, NV),
    ("flt", ("snan", "one"), RNE, 0, NV),
    ("fle", ("one", "two"), RNE, 1, 0),
    ("fle", ("two", "one"), RNE, 0, 0),
    ("fle", ("one", "one"), RNE, 1, 0),
    ("fle", ("zero", "nzero"), RNE, 1, 0),
    ("fle", ("inf", "max"), RNE, 0, 0),
    ("fle", ("qnan", "qnan"), RNE, 0, NV),
    ("fle", ("nsnan", "one"), RNE, 0, NV),
    # fclass: one bit for each of the ten classes
    ("fclass", ("ninf",), RNE, 1 << 0, 0),
    ("fclass", ("none",), RNE, 1 << 1, 0),
    ("fclass", ("nmax",), RNE, 1 << 1, 0),
    ("fclass", ("nmins",), RNE, 1 << 2, 0),
    ("fclass", ("nmaxs",), RNE, 1 << 2, 0),
    ("fclass", ("nzero",), RNE, 1 << 3, 0),
    ("fclass", ("zero",), RNE, 1 << 4, 0),
    ("fclass", ("mins",), RNE, 1 << 5, 0),
    ("fclass", ("maxs",), RNE, 1 << 5, 0),
    ("fclass", ("minn",), RNE, 1 << 6, 0),
    ("fclass", ("one",), RNE, 1 << 6, 0),
    ("fclass", ("max",), RNE, 1 << 6, 0),
    ("fclass", ("inf",), RNE, 1 << 7, 0),
    ("fclass", ("snan",), RNE, 1 << 8, 0),  # no NV: fclass never signals
    ("fclass", ("nsnan",), RNE, 1 << 8, 0),
    ("fclass", ("qnan",), RNE, 1 << 9, 0),
    ("fclass", ("qnanp",), RNE, 1 << 9, 0),
    # sign injection: bit operations, NaNs are not canonicalized and nothing signals
    ("fsgnj", ("one", "none"), RNE, "none", 0),
    ("fsgnj", ("none", "one"), RNE, "one", 0),
    ("fsgnj", ("none", "nzero"), RNE, "none", 0),
    ("fsgnj", ("qnanp", "one"), RNE, "pqnanp", 0),
    ("fsgnj", ("snan", "none"), RNE, "nsnan", 0),
    ("fsgnjn", ("one", "none"), RNE, "one", 0),
    ("fsgnjn", ("one", "one"), RNE, "none", 0),  # fneg
    ("fsgnjn", ("zero", "zero"), RNE, "nzero", 0),
    ("fsgnjn", ("snan", "snan"), RNE, "nsnan", 0),
    ("fsgnjx", ("none", "none"), RNE, "one", 0),  # fabs
    ("fsgnjx", ("one", "none"), RNE, "none", 0),
    ("fsgnjx", ("none", "one"), RNE, "none", 0),
    ("fsgnjx", ("ninf", "nzero"), RNE, "inf", 0),
    ("fsgnjx", ("qnanp", "one"), RNE, "qnanp", 0),
]


@pytest.mark.parametrize("w", ["s", "d"])
@pytest.mark.parametrize(
    ("name", "srcs", "rm", "want", "flags"),
    SPECIALS,
    ids=[f"{s[0]}-{'-'.join(s[1])}-rm{s[2]}" for s in SPECIALS],
)
def test_special_operands(
    w: str, name: str, srcs: tuple[str, ...], rm: int, want: str | int, flags: int
) -> None:
    got = fop(f"{name}.{w}", *(freg(w, s) for s in srcs), rm=rm)
    expect = freg(w, want) if isinstance(want, str) else want
    assert got == (expect, flags)


# --- conversions to integers: rounding and saturation ----------------------------------------
TO_INT = {
    "fcvt.w": (32, True),
    "fcvt.wu": (32, False),
    "fcvt.l": (64, True),
    "fcvt.lu": (64, False),
}
CVT_VALUES = [
    0.0,
    0.5,
    -0.5,
    1.5,
    -1.5,
    2.5,
    -2.5,
    0.3,
    -0.3,
    1.0,
    -1.0,
    0.75,
    -0.75,
    2.0**31 - 1,
    2.0**31 - 0.5,
    2.0**31 - 128,
    2.0**31,
    -(2.0**31),
    -(2.0**31) - 0.5,
    -(2.0**31) - 1,
    2.0**32 - 1,
    2.0**32 - 0.5,
    2.0**32 - 256,
    2.0**32,
    2.0**63,
    2.0**63 - 1024,
    -(2.0**63),
    -(2.0**63) - 2048,
    2.0**64,
    2.0**64 - 2048,
    -(2.0**64),
    1e30,
    -1e30,
    2.0**-1074,
    -(2.0**-149),
    123456.789,
]


def representable(w: str, x: float) -> bool:
    if w == "d":
        return True
    try:
        return float(struct.unpack("<f", struct.pack("<f", x))[0]) == x
    except OverflowError:
        return False


TO_INT_CASES = [
    (f"{op}.{w}", w, x) for op in TO_INT for w in "sd" for x in CVT_VALUES if representable(w, x)
]


@pytest.mark.parametrize(("name", "w", "x"), TO_INT_CASES)
def test_fcvt_to_int_rounds_and_saturates(name: str, w: str, x: float) -> None:
    bits, signed = TO_INT[name.rsplit(".", 1)[0]]
    src = reg(w, pattern(FMT[w], Fraction(x)))
    bad = []
    for rm in MODES:
        want = to_int_oracle(Fraction(x), rm, bits, signed)
        got = fop(name, src, rm=rm)
        if got != want:
            bad.append((rm, want, got))
    assert not bad


@pytest.mark.parametrize("w", ["s", "d"])
@pytest.mark.parametrize(
    ("op", "src", "want"),
    [
        # the spec's table: NaN and +inf give the largest value, -inf the smallest
        ("fcvt.w", "qnan", (1 << 31) - 1),
        ("fcvt.w", "qnanp", (1 << 31) - 1),  # the sign of a NaN does not matter
        ("fcvt.w", "snan", (1 << 31) - 1),
        ("fcvt.w", "inf", (1 << 31) - 1),
        ("fcvt.w", "ninf", -(1 << 31)),
        ("fcvt.wu", "qnan", -1),  # 2**32 - 1, sign-extended into rd
        ("fcvt.wu", "nsnan", -1),
        ("fcvt.wu", "inf", -1),
        ("fcvt.wu", "ninf", 0),
        ("fcvt.wu", "none", 0),
        ("fcvt.l", "qnanp", (1 << 63) - 1),
        ("fcvt.l", "inf", (1 << 63) - 1),
        ("fcvt.l", "ninf", -(1 << 63)),
        ("fcvt.lu", "qnan", -1),
        ("fcvt.lu", "snan", -1),
        ("fcvt.lu", "inf", -1),
        ("fcvt.lu", "ninf", 0),
        ("fcvt.lu", "nmax", 0),
        ("fcvt.l", "max", (1 << 63) - 1),
        ("fcvt.w", "nmax", -(1 << 31)),
    ],
)
def test_fcvt_to_int_special_values_set_nv(w: str, op: str, src: str, want: int) -> None:
    for rm in MODES:
        assert fop(f"{op}.{w}", freg(w, src), rm=rm) == (want, NV)


@pytest.mark.parametrize(
    ("name", "x", "rm", "want", "flags"),
    [
        ("fcvt.wu.d", -0.5, RTZ, 0, NX),  # rounds to 0 first: in range, only inexact
        ("fcvt.wu.d", -0.5, RNE, 0, NX),
        ("fcvt.wu.d", -0.5, RDN, 0, NV),  # rounds to -1: out of range
        ("fcvt.wu.d", -0.0, RNE, 0, 0),
        ("fcvt.lu.s", -0.75, RUP, 0, NX),
        ("fcvt.w.d", 2.0**31 - 0.5, RNE, (1 << 31) - 1, NV),  # rounds up to 2**31
        ("fcvt.w.d", 2.0**31 - 0.5, RTZ, (1 << 31) - 1, NX),
        ("fcvt.w.d", -(2.0**31) - 0.5, RUP, -(1 << 31), NX),
        ("fcvt.w.d", -(2.0**31) - 0.5, RMM, -(1 << 31), NV),
        ("fcvt.wu.d", 2.0**32 - 1, RNE, -1, 0),  # 0xFFFF_FFFF sign-extended
        ("fcvt.wu.s", 2.0**31, RNE, -(1 << 31), 0),
        ("fcvt.w.s", 2.0**31, RNE, (1 << 31) - 1, NV),
        ("fcvt.l.d", 2.0**63, RNE, (1 << 63) - 1, NV),
        ("fcvt.l.s", -(2.0**63), RNE, -(1 << 63), 0),
        ("fcvt.lu.d", 2.0**64 - 2048, RNE, -2048, 0),
        ("fcvt.lu.d", 2.0**64, RNE, -1, NV),
        ("fcvt.w.s", 2.5, RNE, 2, NX),
        ("fcvt.w.s", 2.5, RMM, 3, NX),
        ("fcvt.w.s", -2.5, RMM, -3, NX),
        ("fcvt.w.s", -2.5, RDN, -3, NX),
        ("fcvt.w.s", -2.5, RUP, -2, NX),
        ("fcvt.w.s", -2.5, RTZ, -2, NX),
    ],
)
def test_fcvt_to_int_examples(name: str, x: float, rm: int, want: int, flags: int) -> None:
    w = name[-1]
    src = reg(w, pattern(FMT[w], Fraction(x), negative_zero=math.copysign(1, x) < 0))
    assert fop(name, src, rm=rm) == (want, flags)


# --- conversions from integers --------------------------------------------------------------
FROM_INT = {"w": (32, True), "wu": (32, False), "l": (64, True), "lu": (64, False)}
INT_VALUES = [
    0,
    1,
    -1,
    3,
    -3,
    (1 << 24) + 1,
    (1 << 24) + 3,
    (1 << 53) + 1,
    (1 << 31) - 1,
    -(1 << 31),
    (1 << 32) - 1,
    (1 << 63) - 1,
    -(1 << 63),
    0x1234_5678_9ABC_DEF1,
    0x5A5A_5A5A_8000_0001,
    0xFFFF_FFFF_0000_0005,
    -0x7FFF_FF41,
]


@pytest.mark.parametrize("v", INT_VALUES)
@pytest.mark.parametrize("name", [f"fcvt.{w}.{t}" for w in "sd" for t in FROM_INT])
def test_fcvt_from_int(name: str, v: int) -> None:
    w, t = name.split(".")[1:]
    bits, signed = FROM_INT[t]
    n = v & ((1 << bits) - 1)  # only the low 32 bits count for w/wu
    if signed and n >> (bits - 1):
        n -= 1 << bits
    bad = []
    for rm in MODES:
        want = (0, 0) if n == 0 else oracle(FMT[w], Fraction(n), rm)  # 0 converts to +0
        got = fop(name, u64(v), rm=rm)
        if got != (reg(w, want[0]), want[1]):
            bad.append((rm, want, got))
    assert not bad


# --- conversions between formats ---------------------------------------------------------
S_FROM_D = [
    1 / 3,
    0.1,
    -0.1,
    1e300,
    -1e300,
    1e-50,
    -1e-50,
    2.0**-149,
    2.0**-150,
    3 * 2.0**-151,
    2.0**-126 * (1 - 2.0**-25),
    1 + 2.0**-24,
    1 + 2.0**-24 + 2.0**-50,
    1 + 3 * 2.0**-24,
    (2 - 2.0**-23) * 2.0**127,
    (2 - 2.0**-24) * 2.0**127,
    (2 - 2.0**-25) * 2.0**127,
    65504.0,
    -(2.0**-140),
]


@pytest.mark.parametrize("x", S_FROM_D)
def test_fcvt_s_d_rounds(x: float) -> None:
    src = pattern(FMT["d"], Fraction(x))
    bad = []
    for rm in MODES:
        bits, flags = oracle(FMT["s"], Fraction(x), rm)
        got = fop("fcvt.s.d", src, rm=rm)
        if got != (box(bits), flags):
            bad.append((rm, hex(bits), flags, got))
    assert not bad


@pytest.mark.parametrize(
    ("src", "want", "flags"),
    [
        ("qnan", "qnan", 0),
        ("qnanp", "qnan", 0),  # canonical, payload and sign dropped
        ("snan", "qnan", NV),
        ("nsnan", "qnan", NV),
        ("inf", "inf", 0),
        ("ninf", "ninf", 0),
        ("zero", "zero", 0),
        ("nzero", "nzero", 0),
        ("one", "one", 0),
    ],
)
def test_fcvt_between_formats_specials(src: str, want: str, flags: int) -> None:
    assert fop("fcvt.s.d", K["d"][src]) == (box(K["s"][want]), flags)
    assert fop("fcvt.d.s", box(K["s"][src])) == (K["d"][want], flags)


@pytest.mark.parametrize(
    "raw", [0x3F80_0000, 0x0000_0001, 0x807F_FFFF, 0x7F7F_FFFF, 0x3EAA_AAAB, 0xC2F6_E979]
)
def test_fcvt_d_s_is_exact(raw: int) -> None:
    v = value_of(FMT["s"], raw)
    for rm in MODES:
        assert fop("fcvt.d.s", box(raw), rm=rm) == (pattern(FMT["d"], v), 0)


# --- moves, loads, stores: bits, no NaN canonicalization, no flags ---------------------------
@pytest.mark.parametrize(
    ("name", "src", "want"),
    [
        ("fmv.x.w", box(0x8000_0000), -(1 << 31)),  # sign-extended from bit 31
        ("fmv.x.w", box(0x7FFF_FFFF), 0x7FFF_FFFF),
        ("fmv.x.w", box(0x7F80_0001), 0x7F80_0001),  # an sNaN moves untouched
        ("fmv.x.w", 0x1234_5678_8000_0001, -0x7FFF_FFFF),  # the low bits, boxed or not
        ("fmv.x.d", 0xFFF0_0000_0000_0001, s64(0xFFF0_0000_0000_0001)),
        ("fmv.x.d", 0x7FF8_0000_0000_0123, 0x7FF8_0000_0000_0123),
        ("fmv.w.x", 0xDEAD_BEEF_3F80_0000, box(0x3F80_0000)),  # low 32 bits, NaN-boxed
        ("fmv.w.x", u64(-1), u64(-1)),
        ("fmv.w.x", 0x7F80_0001, box(0x7F80_0001)),
        ("fmv.d.x", u64(-1), u64(-1)),
        ("fmv.d.x", 0x7FF0_0000_0000_0001, 0x7FF0_0000_0000_0001),
    ],
)
def test_moves_copy_bits(name: str, src: int, want: int) -> None:
    assert fop(name, src, fflags=0) == (want, 0)


@pytest.mark.parametrize("offset", [0, 1, 3, 4, -8])
def test_flw_boxes_and_fld_loads_raw(offset: int) -> None:
    base = DATA + 64
    raw = (0xFFF0_0000_0000_0001).to_bytes(8, "little")  # NaN patterns stay as they are
    code = ins("flw", rd=4, rs1=11, imm=offset) + ins("fld", rd=5, rs1=11, imm=offset)
    h = run(code, x={11: base}, data={base + offset: raw}, f={4: 0, 5: 0})
    assert stop_of(h).reason is StopReason.LIMIT
    assert h.f[4] == box(0x0000_0001)
    assert h.f[5] == 0xFFF0_0000_0000_0001
    assert h.fpstate.fflags == 0


@pytest.mark.parametrize("offset", [0, 2, 5, -4])
def test_fsw_stores_low_bits_and_fsd_all(offset: int) -> None:
    base = DATA + 64
    code = ins("fsw", rs1=11, rs2=1, imm=offset) + ins("fsd", rs1=11, rs2=2, imm=offset + 8)
    unboxed = 0x0123_4567_7F80_0001  # fsw does not check the boxing
    h = run(
        code,
        x={11: base},
        f={1: unboxed, 2: 0xFFF8_0000_0000_0042},
        data={base + offset: b"\xee" * 16},
    )
    assert h.mem.read(base + offset, 4) == (0x7F80_0001).to_bytes(4, "little")
    assert h.mem.read(base + offset + 4, 4) == b"\xee" * 4
    assert h.mem.read(base + offset + 8, 8) == (0xFFF8_0000_0000_0042).to_bytes(8, "little")


# --- NaN boxing -----------------------------------------------------------------------------
BAD_BOXES = [0x0000_0000_3F80_0000, 0xFFFF_FFFE_3F80_0000, 0x7FFF_FFFF_0000_0000]
# Every op that reads single operands (fcvt.d.s included); fmv.x.w and fsw move bits instead.
SINGLE_READERS = [o.name for o in OPS if o.name.endswith(".s") and "frs1" in o.syntax]


@pytest.mark.parametrize("bad", BAD_BOXES, ids=hex)
@pytest.mark.parametrize("name", SINGLE_READERS)
def test_improperly_boxed_single_reads_as_canonical_nan(name: str, bad: int) -> None:
    tokens = [t for t in BY_NAME[name].syntax.split(",")[1:] if t.startswith("frs")]
    one = box(0x3F80_0000)
    for i in range(len(tokens)):
        srcs = [bad if j == i else one for j in range(len(tokens))]
        canon = [box(0x7FC0_0000) if j == i else one for j in range(len(tokens))]
        assert fop(name, *srcs) == fop(name, *canon), f"operand {tokens[i]}"


UNBOXED_ONE = 0x0000_0000_3F80_0000  # 1.0f without its box: reads as the canonical NaN


@pytest.mark.parametrize(
    ("name", "srcs", "want", "flags"),
    [
        ("fadd.s", (UNBOXED_ONE, box(0x3F80_0000)), box(0x7FC0_0000), 0),  # quiet: no NV
        ("fclass.s", (UNBOXED_ONE,), 1 << 9, 0),
        ("feq.s", (UNBOXED_ONE, UNBOXED_ONE), 0, 0),
        ("flt.s", (box(0x3F80_0000), UNBOXED_ONE), 0, NV),
        ("fmin.s", (UNBOXED_ONE, box(0x4000_0000)), box(0x4000_0000), 0),
        ("fsgnjn.s", (UNBOXED_ONE, box(0x3F80_0000)), box(0xFFC0_0000), 0),
        ("fsgnj.s", (box(0x3F80_0000), UNBOXED_ONE), box(0x3F80_0000), 0),  # sign of +NaN
        ("fcvt.w.s", (UNBOXED_ONE,), (1 << 31) - 1, NV),
        ("fcvt.d.s", (UNBOXED_ONE,), 0x7FF8_0000_0000_0000, 0),
        ("fmv.x.w", (UNBOXED_ONE,), 0x3F80_0000, 0),  # a move: the low bits, unchecked
    ],
)
def test_improperly_boxed_examples(name: str, srcs: tuple[int, ...], want: int, flags: int) -> None:
    assert fop(name, *srcs) == (want, flags)


def test_single_results_are_boxed_and_doubles_see_them_as_nans() -> None:
    # fadd.s writes a boxed single; read as a double that is a NaN (upper bits all ones).
    code = ins("fadd.s", rd=4, rs1=1, rs2=1) + ins("fclass.d", rd=10, rs1=4)
    h = run(code, f={1: box(0x3F80_0000)})
    assert h.f[4] == box(0x4000_0000)
    assert h.x[10] == 1 << 9


# --- fcsr: flags accumulate, rounding mode, the CSRs ------------------------------------------
@pytest.mark.parametrize("before", [0, NX, NV, DZ | UF, 31])
def test_flags_accumulate(before: int) -> None:
    d = K["d"]
    assert fop("fdiv.d", d["one"], d["zero"], fflags=before) == (d["inf"], before | DZ)
    assert fop("feq.d", d["qnan"], d["one"], fflags=before) == (0, before)  # raises nothing
    assert fop("fadd.d", d["one"], d["one"], fflags=before) == (d["two"], before)


def test_flags_accumulate_over_several_instructions() -> None:
    d = K["d"]
    code = ins("fdiv.d", rd=4, rs1=1, rs2=2) + ins("fdiv.d", rd=5, rs1=1, rs2=3)
    code += ins("fsqrt.d", rd=6, rs1=7) + ins("csrrs", rd=10, rs1=0, imm=0x001)
    h = run(code, f={1: d["one"], 2: d["zero"], 3: d["three"], 7: d["none"]})
    assert h.fpstate.fflags == DZ | NX | NV
    assert h.x[10] == DZ | NX | NV


def test_fcsr_csrs() -> None:
    code = ins("csrrwi", rd=5, rs1=0b10110, imm=0x003)  # fcsr: frm 0, flags 0b10110
    code += ins("csrrwi", rd=6, rs1=3, imm=0x002)  # frm = RUP
    code += ins("csrrs", rd=7, rs1=0, imm=0x003)
    code += ins("csrrci", rd=8, rs1=0b00110, imm=0x001)  # clear UF, OF
    code += ins("csrrs", rd=9, rs1=0, imm=0x001)
    code += ins("csrrw", rd=10, rs1=12, imm=0x003)  # frm and flags from one word
    h = run(code, x={12: (RTZ << 5) | NX | 0xF00}, frm=RDN, fflags=NX)
    assert h.x[5] == (RDN << 5) | NX
    assert h.x[6] == 0  # the fcsr write set frm to its bits 7:5, zero
    assert h.x[7] == (RUP << 5) | 0b10110
    assert h.x[8] == 0b10110
    assert h.x[9] == 0b10000
    assert h.x[10] == (RUP << 5) | 0b10000
    assert (h.fpstate.frm, h.fpstate.fflags) == (RTZ, NX)


def test_dynamic_rounding_follows_a_frm_write() -> None:
    d = FMT["d"]
    one, third = pattern(d, Fraction(1)), pattern(d, Fraction(3))
    code = ins("fdiv.d", rd=4, rs1=1, rs2=2, rm=DYN) + ins("csrrwi", rs1=RUP, imm=0x002)
    code += ins("fdiv.d", rd=5, rs1=1, rs2=2, rm=DYN)
    h = run(code, f={1: one, 2: third}, frm=RTZ)
    assert h.f[4] == oracle(d, Fraction(1, 3), RTZ)[0]
    assert h.f[5] == oracle(d, Fraction(1, 3), RUP)[0]
    assert h.f[4] + 1 == h.f[5]


# --- reserved rounding modes are illegal -------------------------------------------------------
USES_RM = [o.name for o in OPS if "resolve_rm" in o.sem]


def _illegal_rm(name: str, rm: int, frm: int) -> None:
    tokens = [t for t in BY_NAME[name].syntax.split(",")[1:] if t != "rm"]
    srcs = [box(0x3F80_0000) if t.startswith("f") else 7 for t in tokens]
    if name.endswith(".d") and not name.startswith("fcvt.d."):
        srcs = [0x3FF0_0000_0000_0000 if t.startswith("f") else 7 for t in tokens]
    h = fp_hart(name, *srcs, rm=rm, frm=frm, fflags=0)
    rd = 4 if BY_NAME[name].syntax[0] == "f" else 10
    fields = {t.removeprefix("f"): SRC_REG[t] for t in tokens}
    word = int.from_bytes(ins(name, rd=rd, rm=rm, **fields), "little")
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (ILLEGAL, CODE, word)
    assert h.f[4] == 0 and h.x[10] == 0 and h.fpstate.fflags == 0


@pytest.mark.parametrize("name", USES_RM)
def test_reserved_rm_field_is_illegal(name: str) -> None:
    _illegal_rm(name, 5, RNE)


@pytest.mark.parametrize(("rm", "frm"), [(6, RNE), (DYN, 5), (DYN, 6), (DYN, 7)])
@pytest.mark.parametrize(
    "name", ["fadd.s", "fmadd.d", "fsqrt.d", "fcvt.d.s", "fcvt.d.w", "fcvt.w.s", "fcvt.s.d"]
)
def test_reserved_rounding_modes_are_illegal(name: str, rm: int, frm: int) -> None:
    _illegal_rm(name, rm, frm)


def test_reserved_rounding_mode_in_a_translated_block_is_illegal() -> None:
    # The tests above trap on the first instruction, which the fast engine may hand to
    # the interpreter; this one makes sure its translated code converts the exception too.
    code = ins("jal", imm=4) + ins("fadd.d", rd=4, rs1=1, rs2=2, rm=DYN)
    h = run(code, engines=("fast",), frm=5, prepare=lambda h: h.translate(CODE, "x"))
    word = int.from_bytes(ins("fadd.d", rd=4, rs1=1, rs2=2, rm=DYN), "little")
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (ILLEGAL, CODE + 4, word)


@pytest.mark.parametrize("name", ["fsgnj.s", "fmin.d", "feq.s", "fclass.d", "fmv.x.w"])
def test_ops_without_rounding_ignore_frm(name: str) -> None:
    # Their funct3 is an opcode field, so an invalid frm does not matter to them.
    tokens = BY_NAME[name].syntax.split(",")[1:]
    srcs = [box(0x3F80_0000) if name.endswith(".s") else 0x3FF0_0000_0000_0000 for _ in tokens]
    h = fp_hart(name, *srcs, frm=7)
    assert stop_of(h).reason is StopReason.LIMIT


@pytest.mark.parametrize(
    "word",
    [
        0x2000_3053 | (1 << 15) | (2 << 20),  # fsgnj.s with funct3 = 3
        0x2800_2053,  # fmin.s with funct3 = 2
        0xA000_3053,  # fle/flt/feq.s with funct3 = 3
        0x0600_0053,  # fp format 3 (Q) in an fadd
    ],
    ids=hex,
)
def test_undefined_fp_encodings_are_illegal(word: int) -> None:
    h = run(word.to_bytes(4, "little"))
    assert (h.csr.mcause, h.csr.mtval) == (ILLEGAL, word)


# --- mstatus.FS ---------------------------------------------------------------------------
FP_OPS = [o.name for o in OPS if o.fp]


def _any_operands(name: str) -> dict[str, object]:
    return {
        "x": {11: DATA, 10: 0x5555},
        "f": {1: box(0x3F80_0000), 2: box(0x4000_0000), 3: box(0x4040_0000), 4: 0x1111},
        "data": {DATA: bytes(range(16))},
    }


@pytest.mark.parametrize("name", FP_OPS)
def test_fs_off_makes_every_fp_instruction_illegal(name: str) -> None:
    word = ins(name, rd=4, rs1=11 if "(rs1)" in BY_NAME[name].syntax else 1, rs2=2, rs3=3)
    h = run(word, fs=FS_OFF, fflags=0, **_any_operands(name))  # type: ignore[arg-type]
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (
        ILLEGAL,
        CODE,
        int.from_bytes(word, "little"),
    )
    assert fs_of(h) == FS_OFF
    assert h.f[4] == 0x1111 and h.x[10] == 0x5555 and h.fpstate.fflags == 0
    assert h.mem.read(DATA, 16) == bytes(range(16))


@pytest.mark.parametrize("fs", [FS_INITIAL, FS_CLEAN])
@pytest.mark.parametrize("name", FP_OPS)
def test_fp_instructions_make_fs_dirty(name: str, fs: int) -> None:
    word = ins(name, rd=4, rs1=11 if "(rs1)" in BY_NAME[name].syntax else 1, rs2=2, rs3=3)
    h = run(word + ins("csrrs", rd=12, imm=0x300), fs=fs, **_any_operands(name))  # type: ignore[arg-type]
    assert stop_of(h).reason is StopReason.LIMIT
    assert fs_of(h) == FS_DIRTY
    assert u64(h.x[12]) >> 63 == 1  # mstatus.SD summarizes the dirty state


@pytest.mark.parametrize("csr", [0x001, 0x002, 0x003])
def test_fs_off_makes_the_fp_csrs_illegal(csr: int) -> None:
    word = ins("csrrs", rd=5, imm=csr)
    h = run(word, fs=FS_OFF, x={5: 9})
    assert (h.csr.mcause, h.csr.mtval) == (ILLEGAL, int.from_bytes(word, "little"))
    assert h.x[5] == 9


def test_integer_code_leaves_fs_alone() -> None:
    h = run(ins("addi", rd=5, imm=1) + ins("csrrs", rd=6, imm=0x300), fs=FS_CLEAN)
    assert fs_of(h) == FS_CLEAN and u64(h.x[6]) >> 63 == 0


# The ops the case tables above exercise (for the coverage check in test_isa_int.py).
TESTED = (
    {f"{name}.{w}" for w, name, _ in ARITH}
    | {f"{s[0]}.{w}" for s in SPECIALS for w in "sd"}
    | {name for name, _, _ in TO_INT_CASES}
    | {f"fcvt.{w}.{t}" for w in "sd" for t in FROM_INT}
    | set(SINGLE_READERS)
    | set(USES_RM)
)
