"""Tests of groundup.isa.fp, the F and D extension arithmetic.

References:
* an oracle on exact rationals (fractions.Fraction) with its own rounding function,
  written from IEEE 754 and the RISC-V spec text rather than from the module;
* the host's IEEE doubles (Python floats round to nearest even), for RNE results of
  add/sub/mul/div/sqrt in both formats (single via double, then rounded to single:
  that double rounding is harmless for these operations since 53 >= 2 * 24 + 2),
  and for the integer conversions Python itself does;
* the exact path itself, against which the double fast paths are checked bit for bit;
* hand-worked cases from the spec: the fcvt saturation table, fmin/fmax, fclass,
  NaN boxing, signed zeros, tininess after rounding, reserved rounding modes.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from groundup.isa import fp

NX, UF, OF, DZ, NV = 1, 2, 4, 8, 16
RNE, RTZ, RDN, RUP, RMM, DYN = 0, 1, 2, 3, 4, 7
MODES = (RNE, RTZ, RDN, RUP, RMM)

# --- the oracle ----------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    width: int
    p: int  # precision, hidden bit included
    exp_bits: int

    @property
    def bias(self) -> int:
        return (1 << (self.exp_bits - 1)) - 1

    @property
    def emin(self) -> int:
        return 1 - self.bias

    @property
    def emax(self) -> int:
        return self.bias

    @property
    def max_field(self) -> int:
        return (1 << self.exp_bits) - 1

    def pattern(self, sign: int, field: int, frac: int) -> int:
        return (sign << (self.width - 1)) | (field << (self.p - 1)) | frac

    @property
    def inf(self) -> int:
        return self.pattern(0, self.max_field, 0)

    @property
    def qnan(self) -> int:
        return self.pattern(0, self.max_field, 1 << (self.p - 2))

    @property
    def max_value(self) -> Fraction:
        return (2 - Fraction(1, 1 << (self.p - 1))) * Fraction(2) ** self.emax


SPECS = {32: Spec(32, 24, 8), 64: Spec(64, 53, 11)}


@dataclass(frozen=True)
class Val:
    """A decoded datum: kind is 'num', 'inf' or 'nan'."""

    kind: str
    sign: int  # 1 negative; meaningful for zeros and infinities too
    mag: Fraction = Fraction(0)
    signaling: bool = False

    @property
    def value(self) -> Fraction:
        return -self.mag if self.sign else self.mag


def decode(spec: Spec, bits: int) -> Val:
    sign = bits >> (spec.width - 1)
    field = (bits >> (spec.p - 1)) & spec.max_field
    frac = bits & ((1 << (spec.p - 1)) - 1)
    if field == spec.max_field:
        if frac:
            return Val("nan", sign, signaling=not frac >> (spec.p - 2))
        return Val("inf", sign)
    scale = Fraction(frac, 1 << (spec.p - 1))
    if field == 0:
        return Val("num", sign, scale * Fraction(2) ** spec.emin)
    return Val("num", sign, (1 + scale) * Fraction(2) ** (field - spec.bias))


def floor_log2(m: Fraction) -> int:
    e = m.numerator.bit_length() - m.denominator.bit_length()
    while Fraction(2) ** e > m:
        e -= 1
    while Fraction(2) ** (e + 1) <= m:
        e += 1
    return e


def round_to_multiple(m: Fraction, q: int, rm: int, negative: bool) -> tuple[Fraction, bool]:
    """Round magnitude m to a multiple of 2**q; returns (rounded, inexact)."""
    unit = Fraction(2) ** q
    n = math.floor(m / unit)
    rest = m / unit - n
    if rest == 0:
        return n * unit, False
    half = Fraction(1, 2)
    up = {
        RNE: rest > half or (rest == half and n % 2 == 1),
        RMM: rest >= half,
        RTZ: False,
        RDN: negative,
        RUP: not negative,
    }[rm]
    return (n + up) * unit, True


def encode(spec: Spec, sign: int, m: Fraction) -> int:
    """The pattern of a representable magnitude m."""
    if m == 0:
        return spec.pattern(sign, 0, 0)
    if m < Fraction(2) ** spec.emin:
        frac = m / Fraction(2) ** (spec.emin - spec.p + 1)
        assert frac.denominator == 1
        return spec.pattern(sign, 0, int(frac))
    e = floor_log2(m)
    sig = m / Fraction(2) ** (e - spec.p + 1)
    assert sig.denominator == 1 and (1 << (spec.p - 1)) <= sig < (1 << spec.p)
    return spec.pattern(sign, e + spec.bias, int(sig) - (1 << (spec.p - 1)))


def oracle_round(spec: Spec, x: Fraction, rm: int) -> tuple[int, int]:
    """(pattern, flags) of the non-zero rational x rounded per IEEE 754 / RISC-V."""
    assert x != 0
    negative = x < 0
    sign = int(negative)
    m = abs(x)
    e = floor_log2(m)
    rounded, inexact = round_to_multiple(m, max(e, spec.emin) - spec.p + 1, rm, negative)
    if rounded > spec.max_value:
        to_max = rm == RTZ or (rm == RDN and not negative) or (rm == RUP and negative)
        if to_max:
            return encode(spec, sign, spec.max_value), OF | NX
        return spec.inf | (sign << (spec.width - 1)), OF | NX
    flags = NX if inexact else 0
    # tininess after rounding: round to p bits as if the exponent were unbounded
    unbounded, _ = round_to_multiple(m, e - spec.p + 1, rm, negative)
    if inexact and unbounded < Fraction(2) ** spec.emin:
        flags |= UF
    return encode(spec, sign, rounded), flags


def zero_sum_sign(s1: int, s2: int, rm: int) -> int:
    if s1 == s2:
        return s1
    return 1 if rm == RDN else 0


def finish(spec: Spec, x: Fraction, rm: int, zero_sign: int) -> tuple[int, int]:
    if x == 0:
        return spec.pattern(zero_sign, 0, 0), 0
    return oracle_round(spec, x, rm)


def nan_out(spec: Spec, *vals: Val) -> tuple[int, int]:
    return spec.qnan, NV if any(v.kind == "nan" and v.signaling for v in vals) else 0


def inf_out(spec: Spec, sign: int) -> tuple[int, int]:
    return spec.inf | (sign << (spec.width - 1)), 0


def o_add(spec: Spec, a: int, b: int, rm: int) -> tuple[int, int]:
    x, y = decode(spec, a), decode(spec, b)
    if x.kind == "nan" or y.kind == "nan":
        return nan_out(spec, x, y)
    if x.kind == "inf" and y.kind == "inf":
        return (spec.qnan, NV) if x.sign != y.sign else inf_out(spec, x.sign)
    if x.kind == "inf" or y.kind == "inf":
        return inf_out(spec, x.sign if x.kind == "inf" else y.sign)
    return finish(spec, x.value + y.value, rm, zero_sum_sign(x.sign, y.sign, rm))


def o_sub(spec: Spec, a: int, b: int, rm: int) -> tuple[int, int]:
    return o_add(spec, a, b ^ (1 << (spec.width - 1)), rm)


def o_mul(spec: Spec, a: int, b: int, rm: int) -> tuple[int, int]:
    x, y = decode(spec, a), decode(spec, b)
    sign = x.sign ^ y.sign
    if x.kind == "nan" or y.kind == "nan":
        return nan_out(spec, x, y)
    if x.kind == "inf" or y.kind == "inf":
        if x.mag == 0 and x.kind == "num" or y.mag == 0 and y.kind == "num":
            return spec.qnan, NV
        return inf_out(spec, sign)
    return finish(spec, x.value * y.value, rm, sign)


def o_div(spec: Spec, a: int, b: int, rm: int) -> tuple[int, int]:
    x, y = decode(spec, a), decode(spec, b)
    sign = x.sign ^ y.sign
    if x.kind == "nan" or y.kind == "nan":
        return nan_out(spec, x, y)
    if x.kind == "inf":
        return (spec.qnan, NV) if y.kind == "inf" else inf_out(spec, sign)
    if y.kind == "inf":
        return spec.pattern(sign, 0, 0), 0
    if y.mag == 0:
        if x.mag == 0:
            return spec.qnan, NV
        return spec.inf | (sign << (spec.width - 1)), DZ
    return finish(spec, x.value / y.value, rm, sign)


def o_fma(spec: Spec, a: int, b: int, c: int, rm: int, neg_p: int, neg_c: int) -> tuple[int, int]:
    x, y, z = decode(spec, a), decode(spec, b), decode(spec, c)
    nv = NV if any(v.kind == "nan" and v.signaling for v in (x, y, z)) else 0
    x_zero = x.kind == "num" and x.mag == 0
    y_zero = y.kind == "num" and y.mag == 0
    if (x.kind == "inf" and y_zero) or (y.kind == "inf" and x_zero):
        return spec.qnan, NV  # even when z is a quiet NaN: the spec says so
    if "nan" in (x.kind, y.kind, z.kind):
        return spec.qnan, nv
    psign = x.sign ^ y.sign ^ neg_p
    zsign = z.sign ^ neg_c
    if x.kind == "inf" or y.kind == "inf":
        if z.kind == "inf" and zsign != psign:
            return spec.qnan, NV
        return inf_out(spec, psign)
    if z.kind == "inf":
        return inf_out(spec, zsign)
    prod = x.value * y.value * (-1 if neg_p else 1)
    total = prod + z.value * (-1 if neg_c else 1)
    return finish(spec, total, rm, zero_sum_sign(psign, zsign, rm))


def o_sqrt(spec: Spec, a: int, rm: int) -> tuple[int, int]:
    x = decode(spec, a)
    if x.kind == "nan":
        return nan_out(spec, x)
    if x.kind == "num" and x.mag == 0:
        return a, 0
    if x.sign:
        return spec.qnan, NV
    if x.kind == "inf":
        return a, 0
    # sqrt(x) lies in [r, r + 1) / 2**K, and equals r / 2**K exactly iff x * 4**K == r**2.
    # An inexact root is replaced by the midpoint of that interval: with K this large,
    # no rounding boundary of the result lies inside it.
    k = 1200
    y = x.mag * 4**k
    r = math.isqrt(math.floor(y))
    if y == r * r:
        return oracle_round(spec, Fraction(r, 2**k), rm)
    return oracle_round(spec, (r + Fraction(1, 2)) / 2**k, rm)


def int_bounds(bits: int, signed: bool) -> tuple[int, int]:
    if signed:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def as_xreg(v: int) -> int:
    v &= (1 << 64) - 1
    return v - (1 << 64) if v >= 1 << 63 else v


def sext32(v: int) -> int:
    v &= 0xFFFF_FFFF
    return v - (1 << 32) if v >= 1 << 31 else v


def o_to_int(spec: Spec, a: int, rm: int, bits: int, signed: bool) -> tuple[int, int]:
    lo, hi = int_bounds(bits, signed)
    x = decode(spec, a)
    if x.kind == "nan":
        out, flags = hi, NV
    elif x.kind == "inf":
        out, flags = (lo if x.sign else hi), NV
    else:
        v = x.value
        n = {
            RNE: round(v),  # Fraction.__round__ breaks ties to even
            RTZ: math.trunc(v),
            RDN: math.floor(v),
            RUP: math.ceil(v),
            RMM: math.floor(abs(v) + Fraction(1, 2)) * (-1 if v < 0 else 1),
        }[rm]
        if n < lo:
            out, flags = lo, NV
        elif n > hi:
            out, flags = hi, NV
        else:
            out, flags = n, (NX if n != v else 0)
    out = sext32(out) if bits == 32 else as_xreg(out)
    return out, flags


def o_from_int(spec: Spec, x: int, rm: int, bits: int, signed: bool) -> tuple[int, int]:
    v = x & ((1 << bits) - 1)
    if signed and v >= 1 << (bits - 1):
        v -= 1 << bits
    return finish(spec, Fraction(v), rm, 0)


def o_convert(dst: Spec, src: Spec, a: int, rm: int) -> tuple[int, int]:
    x = decode(src, a)
    if x.kind == "nan":
        return dst.qnan, NV if x.signaling else 0
    if x.kind == "inf":
        return inf_out(dst, x.sign)
    return finish(dst, x.value, rm, x.sign)


# --- strategies ----------------------------------------------------------------------
# Each value is built from two draws, a selector and a block of random bits, decoded
# here into the edge-favouring choice: composing hypothesis' one_of/lists per value
# made generation cost milliseconds an example.

SELECTOR = st.integers(0, (1 << 24) - 1)
ENTROPY = st.integers(0, (1 << 192) - 1)


def pick(sel: int, options: list[int]) -> tuple[int, int]:
    """(chosen option, rest of the selector)."""
    return options[sel % len(options)], sel // len(options)


def make_fraction(spec: Spec, sel: int, r: int) -> int:
    n = spec.p - 1
    full = (1 << n) - 1
    i, j = r % n, (r >> 8) % n
    sparse = (1 << i) | (1 << j) | ((r >> 16) & 1) | (((r >> 17) & 1) << (n - 1))
    rand = (r >> 24) & full
    frac, _ = pick(
        sel,
        [
            0,
            1,
            full,
            full - 1,
            1 << (n - 1),  # exactly half: ties when it is shifted out
            (1 << (n - 1)) | 1,
            rand,
            rand,
            rand,
            sparse,  # few bits set: exact results and ties
            sparse,
            full ^ sparse,
            r & 15,
            full ^ (r & 15),
        ],
    )
    return frac


def make_field(spec: Spec, sel: int, r: int) -> int:
    b, top = spec.bias, spec.max_field
    field, _ = pick(
        sel,
        [
            0,
            1,
            2,
            b - 1,
            b,
            b + 1,
            top - 2,
            top - 1,
            top,
            r % (top + 1),
            r % (top + 1),
            r % (top + 1),
            r % (top + 1),
            b - 3 + r % 70,  # around 1 and the limits of the integer conversions
        ],
    )
    return field


def special_patterns(spec: Spec) -> list[int]:
    top = spec.max_field
    return [
        0,
        1,  # smallest subnormal
        (1 << (spec.p - 1)) - 1,  # largest subnormal
        1 << (spec.p - 1),  # smallest normal
        spec.pattern(0, spec.bias, 0),  # 1.0
        spec.pattern(0, top, 0) - 1,  # largest finite
        spec.inf,
        spec.qnan,
        spec.qnan | 1,  # quiet NaN with a payload
        spec.pattern(0, top, 1),  # signaling NaNs
        spec.pattern(0, top, (1 << (spec.p - 2)) - 1),
    ]


def make_value(spec: Spec, sel: int, r: int, field: int | None = None) -> int:
    """A pattern from a selector and random bits; `field` forces the exponent field."""
    sign = sel & 1
    sel >>= 1
    if field is None and sel % 6 == 0:
        mag, _ = pick(sel // 6, special_patterns(spec))
        return (sign << (spec.width - 1)) | mag
    sel //= 6
    if field is None:
        field = make_field(spec, sel, r)
    sel //= 16
    return spec.pattern(sign, field, make_fraction(spec, sel, r >> 64))


def values(spec: Spec) -> st.SearchStrategy[int]:
    return st.builds(lambda s, r: make_value(spec, s, r), SELECTOR, ENTROPY)


def related_field(spec: Spec, fa: int, sel: int) -> int:
    """An exponent field placed where results hit ties, underflow or overflow."""
    b, top = spec.bias, spec.max_field
    span = 2 * spec.p + 7
    d = sel % span - (spec.p + 3)
    target, _ = pick(
        sel // span,
        [
            fa + d,  # add/sub: alignment shifts around p
            b - fa + d,  # mul: product near 2**emin
            top + b - fa + d,  # mul: product near overflow
            fa + b + d,  # div: quotient near 2**emin
            fa + b - top + d,  # div: quotient near overflow
        ],
    )
    return min(max(target, 0), top)


def make_pair(spec: Spec, s1: int, r1: int, s2: int, r2: int, rel: int) -> tuple[int, int]:
    a = make_value(spec, s1, r1)
    if rel % 3 == 0:
        b = make_value(spec, s2, r2)  # independent
    else:
        fa = (a >> (spec.p - 1)) & spec.max_field
        b = make_value(spec, s2, r2, related_field(spec, fa, rel // 3))
    return (b, a) if rel & (1 << 20) else (a, b)


def pairs(spec: Spec) -> st.SearchStrategy[tuple[int, int]]:
    return st.builds(
        lambda s1, r1, s2, r2, rel: make_pair(spec, s1, r1, s2, r2, rel),
        SELECTOR,
        ENTROPY,
        SELECTOR,
        ENTROPY,
        SELECTOR,
    )


def make_triple(
    spec: Spec, ab: tuple[int, int], s3: int, r3: int, rel: int
) -> tuple[int, int, int]:
    a, b = ab
    if rel % 3 == 0:
        return a, b, make_value(spec, s3, r3)
    ep = ((a >> (spec.p - 1)) & spec.max_field) + ((b >> (spec.p - 1)) & spec.max_field)
    span = 4 * spec.p + 7
    d = (rel // 3) % span - (2 * spec.p + 3)
    field = min(max(ep - spec.bias + d, 0), spec.max_field)  # addend near the product
    return a, b, make_value(spec, s3, r3, field)


def triples(spec: Spec) -> st.SearchStrategy[tuple[int, int, int]]:
    return st.builds(
        lambda ab, s3, r3, rel: make_triple(spec, ab, s3, r3, rel),
        pairs(spec),
        SELECTOR,
        ENTROPY,
        SELECTOR,
    )


def near_single_doubles() -> st.SearchStrategy[int]:
    """Doubles on single's subnormal range, its overflow and everything between."""
    d = SPECS[64]

    def make(sel: int, r: int) -> int:
        if sel % 4 == 0:
            return make_value(d, sel >> 2, r)
        return make_value(d, sel >> 2, r, d.bias - 160 + (r >> 180) % 291)

    return st.builds(make, SELECTOR, ENTROPY)


def make_register(sel: int, r: int) -> int:
    k, sel = pick(sel, list(range(64)))
    neg = sel & 1
    sel >>= 1
    m = ((r & ((1 << 55) - 1)) | (1 << 23) | 1) >> (r >> 60) % 32  # odd, 24..55 bits
    v, _ = pick(
        sel,
        [
            r & ((1 << 64) - 1),  # anything
            r & 0xFFFF_FFFF,
            0,
            1,
            (1 << 63) - 1,
            (1 << 31) - 1,
            (1 << k) + (r >> 64) % 7 - 3,  # near a power of two
            m << ((r >> 70) % 9),  # exact, tie and near-tie cases for 24 and 53 bits
            m,
        ],
    )
    return as_xreg(-v if neg else v)


def register_values() -> st.SearchStrategy[int]:
    return st.builds(make_register, SELECTOR, ENTROPY)


# built once: constructing strategies inside a test costs time on every example
VALUES = {fmt: values(spec) for fmt, spec in SPECS.items()}
PAIRS = {fmt: pairs(spec) for fmt, spec in SPECS.items()}
TRIPLES = {fmt: triples(spec) for fmt, spec in SPECS.items()}
NEAR_SINGLE = near_single_doubles()


modes = st.sampled_from(MODES)
formats = pytest.mark.parametrize("fmt", [32, 64])
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(f: Callable[..., int], *args: int) -> tuple[int, int]:
    state = fp.FPState()
    result = f(*args[:1], state, *args[1:])
    return result, state.fflags


def run_convert(dst: int, src: int, a: int, rm: int) -> tuple[int, int]:
    state = fp.FPState()
    return fp.convert(dst, src, state, a, rm), state.fflags


# --- oracle comparisons --------------------------------------------------------------


@formats
@pytest.mark.parametrize(
    "name,oracle", [("add", o_add), ("sub", o_sub), ("mul", o_mul), ("div", o_div)]
)
@SETTINGS
@given(data=st.data(), rm=modes)
def test_binary_ops_match_oracle(
    fmt: int, name: str, oracle: Callable[..., tuple[int, int]], data: st.DataObject, rm: int
) -> None:
    spec = SPECS[fmt]
    a, b = data.draw(PAIRS[fmt])
    got = run(getattr(fp, name), fmt, a, b, rm)
    assert got == oracle(spec, a, b, rm), (hex(a), hex(b), rm)


FMA_VARIANTS = [("fmadd", 0, 0), ("fmsub", 0, 1), ("fnmsub", 1, 0), ("fnmadd", 1, 1)]


@formats
@pytest.mark.parametrize("name,neg_p,neg_c", FMA_VARIANTS)
@SETTINGS
@given(data=st.data(), rm=modes)
def test_fma_matches_oracle(
    fmt: int, name: str, neg_p: int, neg_c: int, data: st.DataObject, rm: int
) -> None:
    spec = SPECS[fmt]
    a, b, c = data.draw(TRIPLES[fmt])
    got = run(getattr(fp, name), fmt, a, b, c, rm)
    assert got == o_fma(spec, a, b, c, rm, neg_p, neg_c), (hex(a), hex(b), hex(c), rm)


@formats
@SETTINGS
@given(data=st.data(), rm=modes)
def test_sqrt_matches_oracle(fmt: int, data: st.DataObject, rm: int) -> None:
    spec = SPECS[fmt]
    a = data.draw(VALUES[fmt])
    a &= ~(data.draw(st.booleans()) << (spec.width - 1))  # half of them made positive
    assert run(fp.sqrt, fmt, a, rm) == o_sqrt(spec, a, rm), (hex(a), rm)


@formats
@SETTINGS
@given(data=st.data(), rm=modes)
def test_sqrt_of_squares_is_exact(fmt: int, data: st.DataObject, rm: int) -> None:
    # A rational exact root: r*r computed exactly by the oracle, then rooted.
    spec = SPECS[fmt]
    half = spec.p // 2
    m = data.draw(st.integers(1, (1 << half) - 1))
    e = data.draw(st.integers(-(spec.bias // 2) + 1, spec.bias // 2 - half))
    root = Fraction(m) * Fraction(2) ** e
    square, flags = oracle_round(spec, root * root, RNE)
    assert flags == 0
    assert run(fp.sqrt, fmt, square, rm) == (encode(spec, 0, root), 0)


CONVERSIONS = [(32, True), (32, False), (64, True), (64, False)]


@formats
@pytest.mark.parametrize("bits,signed", CONVERSIONS)
@SETTINGS
@given(data=st.data(), rm=modes)
def test_to_int_matches_oracle(
    fmt: int, bits: int, signed: bool, data: st.DataObject, rm: int
) -> None:
    spec = SPECS[fmt]
    a = data.draw(VALUES[fmt])
    got = run(fp.to_int, fmt, a, rm, bits, signed)
    assert got == o_to_int(spec, a, rm, bits, signed), (hex(a), rm)


@formats
@pytest.mark.parametrize("bits,signed", CONVERSIONS)
@SETTINGS
@given(x=register_values(), rm=modes)
def test_from_int_matches_oracle(fmt: int, bits: int, signed: bool, x: int, rm: int) -> None:
    spec = SPECS[fmt]
    got = run(fp.from_int, fmt, x, rm, bits, signed)
    assert got == o_from_int(spec, x, rm, bits, signed), (x, rm)


@SETTINGS
@given(data=st.data(), rm=modes)
def test_convert_d_to_s_matches_oracle(data: st.DataObject, rm: int) -> None:
    a = data.draw(NEAR_SINGLE)
    assert run_convert(32, 64, a, rm) == o_convert(SPECS[32], SPECS[64], a, rm), (hex(a), rm)


@SETTINGS
@given(data=st.data(), rm=modes)
def test_convert_s_to_d_matches_oracle(data: st.DataObject, rm: int) -> None:
    s = SPECS[32]
    a = data.draw(VALUES[32])
    got = run_convert(64, 32, a, rm)
    assert got == o_convert(SPECS[64], s, a, rm)
    assert got[1] & NX == 0  # widening is always exact


# --- cross-checks against the host's IEEE doubles -----------------------------------


def f64(bits: int) -> float:
    return float(struct.unpack("<d", struct.pack("<Q", bits))[0])


def b64(x: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", x))[0])


def f32(bits: int) -> float:
    return float(struct.unpack("<f", struct.pack("<I", bits))[0])


def b32(x: float) -> int:
    """The single nearest x (the C cast rounds to nearest even), inf past the range."""
    try:
        return int(struct.unpack("<I", struct.pack("<f", x))[0])
    except OverflowError:
        return 0x7F80_0000 | (0x8000_0000 if x < 0 else 0)


HOST_OPS = {
    "add": lambda x, y: x + y,
    "sub": lambda x, y: x - y,
    "mul": lambda x, y: x * y,
    "div": lambda x, y: x / y,
}


def check_host(fmt: int, name: str, a: int, b: int) -> None:
    to_float, to_bits = (f32, b32) if fmt == 32 else (f64, b64)
    x, y = to_float(a), to_float(b)
    assume(not (name == "div" and y == 0))  # Python raises instead of returning inf
    want = HOST_OPS[name](x, y)
    got, _ = run(getattr(fp, name), fmt, a, b, RNE)
    if math.isnan(want):
        assert got == (fp.CANONICAL_NAN_S if fmt == 32 else fp.CANONICAL_NAN_D)
    else:
        assert got == to_bits(want), (hex(a), hex(b))


@pytest.mark.parametrize("name", list(HOST_OPS))
@settings(max_examples=400, deadline=None)
@given(x=st.floats(), y=st.floats())
def test_double_ops_match_host(name: str, x: float, y: float) -> None:
    check_host(64, name, b64(x), b64(y))


@pytest.mark.parametrize("name", list(HOST_OPS))
@settings(max_examples=300, deadline=None)
@given(x=st.floats(width=32), y=st.floats(width=32))
def test_single_ops_match_host(name: str, x: float, y: float) -> None:
    check_host(32, name, b32(x), b32(y))


@settings(max_examples=400, deadline=None)
@given(x=st.floats(min_value=0.0))
def test_double_sqrt_matches_host(x: float) -> None:
    assert run(fp.sqrt, 64, b64(x), RNE)[0] == b64(math.sqrt(x))


@settings(max_examples=300, deadline=None)
@given(x=st.floats(min_value=0.0, width=32))
def test_single_sqrt_matches_host(x: float) -> None:
    assert run(fp.sqrt, 32, b32(x), RNE)[0] == b32(math.sqrt(x))


@settings(max_examples=300, deadline=None)
@given(x=st.floats(allow_nan=False, allow_infinity=False))
def test_double_to_single_matches_host(x: float) -> None:
    assert run_convert(32, 64, b64(x), RNE)[0] == b32(x)


@settings(max_examples=300, deadline=None)
@given(x=st.integers(-(1 << 63), (1 << 63) - 1) | register_values())
def test_int_to_double_matches_host(x: int) -> None:
    # int -> float in CPython rounds to nearest even
    assert run(fp.from_int, 64, x, RNE, 64, True)[0] == b64(float(x))
    assert run(fp.from_int, 64, x, RNE, 64, False)[0] == b64(float(x & ((1 << 64) - 1)))


@settings(max_examples=300, deadline=None)
@given(x=st.floats(min_value=-(2.0**63), max_value=2.0**63, exclude_max=True))
def test_double_to_long_rtz_matches_host(x: float) -> None:
    assert run(fp.to_int, 64, b64(x), RTZ, 64, True) == (int(x), 0 if x == int(x) else NX)


# The host fast paths of double RNE must agree with the exact path bit for bit, flags
# included, on every input: both are called on the same operands.
FAST_PATHS = [
    ("add", fp._add_host_d, lambda st_, a, b: fp._add(fp._DOUBLE, st_, a, b, RNE)),
    ("mul", fp._mul_host_d, lambda st_, a, b: fp._mul(fp._DOUBLE, st_, a, b, RNE)),
    ("div", fp._div_host_d, lambda st_, a, b: fp._div(fp._DOUBLE, st_, a, b, RNE)),
]


FAST_PATH_OPERANDS = st.one_of(
    PAIRS[64], st.tuples(st.floats(), st.floats()).map(lambda t: (b64(t[0]), b64(t[1])))
)


@pytest.mark.parametrize("name,fast,exact", FAST_PATHS)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_fast_path_agrees_with_exact_path(
    name: str, fast: Callable[..., int], exact: Callable[..., int], data: st.DataObject
) -> None:
    a, b = data.draw(FAST_PATH_OPERANDS)
    s1, s2 = fp.FPState(), fp.FPState()
    r = fast(s1, a, b)
    if r >= 0:
        assert (r, s1.fflags) == (exact(s2, a, b), s2.fflags), (hex(a), hex(b))


@settings(max_examples=400, deadline=None)
@given(a=VALUES[64])
def test_sqrt_fast_path_agrees_with_exact_path(a: int) -> None:
    s1, s2 = fp.FPState(), fp.FPState()
    r = fp._sqrt_host_d(s1, a)
    if r >= 0:
        assert (r, s1.fflags) == (fp._sqrt(fp._DOUBLE, s2, a, RNE), s2.fflags)


def test_fast_paths_are_enabled_on_this_host() -> None:
    assert fp._HOST_RNE
    st_ = fp.FPState()
    assert fp._add_host_d(st_, b64(1.5), b64(2.25)) == b64(3.75)


# --- targeted cases ------------------------------------------------------------------

ONE_D, TWO_D, THREE_D = b64(1.0), b64(2.0), b64(3.0)
PZ_D, NZ_D = 0, 1 << 63
INF_D, NINF_D = 0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000
MAX_D = 0x7FEF_FFFF_FFFF_FFFF
QNAN_D, SNAN_D = fp.CANONICAL_NAN_D, 0x7FF0_0000_0000_0001
ONE_S, PZ_S, NZ_S = 0x3F80_0000, 0, 0x8000_0000
INF_S, NINF_S, MAX_S = 0x7F80_0000, 0xFF80_0000, 0x7F7F_FFFF
QNAN_S, SNAN_S = fp.CANONICAL_NAN_S, 0x7F80_0001
SIGN_D = 1 << 63


def test_interface_constants() -> None:
    assert [int(f) for f in (fp.Flag.NX, fp.Flag.UF, fp.Flag.OF, fp.Flag.DZ, fp.Flag.NV)] == [
        1,
        2,
        4,
        8,
        16,
    ]
    assert [int(m) for m in fp.RM] == [0, 1, 2, 3, 4, 7]
    assert (fp.S, fp.D) == (32, 64)
    assert fp.CANONICAL_NAN_S == 0x7FC00000 and fp.CANONICAL_NAN_D == 0x7FF8000000000000
    assert fp.FPState() == fp.FPState(frm=0, fflags=0)


def test_resolve_rm() -> None:
    state = fp.FPState(frm=RUP)
    assert [fp.resolve_rm(state, rm) for rm in MODES] == list(MODES)
    assert fp.resolve_rm(state, DYN) == RUP
    for rm in (5, 6):
        with pytest.raises(fp.IllegalRoundingMode):
            fp.resolve_rm(state, rm)
    for frm in (5, 6, 7):
        with pytest.raises(fp.IllegalRoundingMode):
            fp.resolve_rm(fp.FPState(frm=frm), DYN)


def test_operations_honour_dyn_and_reject_reserved_modes() -> None:
    third_rtz, _ = run(fp.div, 64, ONE_D, THREE_D, RTZ)
    third_rup, _ = run(fp.div, 64, ONE_D, THREE_D, RUP)
    assert third_rtz != third_rup
    assert fp.div(64, fp.FPState(frm=RTZ), ONE_D, THREE_D, DYN) == third_rtz
    assert fp.div(64, fp.FPState(frm=RUP), ONE_D, THREE_D, DYN) == third_rup
    calls = [
        lambda s, rm: fp.add(64, s, ONE_D, ONE_D, rm),
        lambda s, rm: fp.fmadd(32, s, ONE_S, ONE_S, ONE_S, rm),
        lambda s, rm: fp.sqrt(64, s, ONE_D, rm),
        lambda s, rm: fp.to_int(64, s, ONE_D, rm, 32, True),
        lambda s, rm: fp.from_int(32, s, 1, rm, 64, False),
        # fcvt.d.s is exact, yet a reserved rm is still illegal (spec: rm fields of
        # instructions unaffected by rounding are decoded as usual)
        lambda s, rm: fp.convert(64, 32, s, ONE_S, rm),
    ]
    for call in calls:
        for rm in (5, 6):
            state = fp.FPState()
            with pytest.raises(fp.IllegalRoundingMode):
                call(state, rm)
            assert state.fflags == 0
        with pytest.raises(fp.IllegalRoundingMode):
            call(fp.FPState(frm=5), DYN)


def test_flags_accumulate_and_are_never_cleared() -> None:
    state = fp.FPState(fflags=NV | DZ | OF | UF | NX)
    assert fp.add(64, state, ONE_D, ONE_D, RNE) == TWO_D
    assert state.fflags == 31
    state = fp.FPState(fflags=DZ)
    fp.div(64, state, ONE_D, THREE_D, RNE)
    assert state.fflags == DZ | NX


@pytest.mark.parametrize(
    "fmt,x,bits,signed,expected",
    [
        # the spec's table: NaN and +inf/too large saturate high, -inf/too small low
        (64, QNAN_D, 32, True, (1 << 31) - 1),
        (64, QNAN_D, 32, False, -1),  # 0xffffffff, sign-extended into rd
        (64, QNAN_D, 64, True, (1 << 63) - 1),
        (64, QNAN_D, 64, False, -1),  # 2**64 - 1 as a register value
        (64, SNAN_D | SIGN_D, 32, True, (1 << 31) - 1),  # a NaN's sign does not matter
        (64, INF_D, 32, True, (1 << 31) - 1),
        (64, INF_D, 32, False, -1),
        (64, INF_D, 64, True, (1 << 63) - 1),
        (64, INF_D, 64, False, -1),
        (64, NINF_D, 32, True, -(1 << 31)),
        (64, NINF_D, 32, False, 0),
        (64, NINF_D, 64, True, -(1 << 63)),
        (64, NINF_D, 64, False, 0),
        (64, b64(3e9), 32, True, (1 << 31) - 1),
        (64, b64(-3e9), 32, True, -(1 << 31)),
        (64, b64(5e9), 32, False, -1),
        (64, b64(-1.0), 32, False, 0),
        (64, b64(-1.0), 64, False, 0),
        (64, b64(2.0**63), 64, True, (1 << 63) - 1),
        (64, b64(2.0**64), 64, False, -1),
        (64, b64(1e300), 64, True, (1 << 63) - 1),
        (32, INF_S, 32, True, (1 << 31) - 1),
        (32, 0xCF00_0001, 32, True, -(1 << 31)),  # -2**31 * (1 + 2**-23)
        (32, QNAN_S, 32, False, -1),
    ],
)
def test_to_int_saturates_with_nv_only(
    fmt: int, x: int, bits: int, signed: bool, expected: int
) -> None:
    for rm in MODES:
        assert run(fp.to_int, fmt, x, rm, bits, signed) == (expected, NV)


def test_to_int_examples() -> None:
    d = b64
    # fcvt.wu results are sign-extended like every 32-bit result
    assert run(fp.to_int, 64, d(4294967295.0), RNE, 32, False) == (-1, 0)
    assert run(fp.to_int, 64, d(2147483648.0), RNE, 32, False) == (-(1 << 31), 0)
    assert run(fp.to_int, 64, d(2.0**63), RNE, 64, False) == (-(1 << 63), 0)
    # the range is judged after rounding
    assert run(fp.to_int, 64, d(2147483647.5), RTZ, 32, True) == ((1 << 31) - 1, NX)
    assert run(fp.to_int, 64, d(2147483647.5), RNE, 32, True) == ((1 << 31) - 1, NV)
    assert run(fp.to_int, 64, d(-2147483648.5), RNE, 32, True) == (-(1 << 31), NX)
    assert run(fp.to_int, 64, d(-2147483648.5), RMM, 32, True) == (-(1 << 31), NV)
    assert run(fp.to_int, 64, d(-0.5), RTZ, 32, False) == (0, NX)  # rounds to -0: in range
    assert run(fp.to_int, 64, d(-0.5), RNE, 64, False) == (0, NX)
    assert run(fp.to_int, 64, d(-0.5), RDN, 64, False) == (0, NV)  # rounds to -1
    assert run(fp.to_int, 64, d(-0.0), RNE, 32, False) == (0, 0)
    # each rounding mode on 2.5 and -2.5
    expect = {RNE: (2, -2), RTZ: (2, -2), RDN: (2, -3), RUP: (3, -2), RMM: (3, -3)}
    for rm, (pos, neg) in expect.items():
        assert run(fp.to_int, 64, d(2.5), rm, 64, True) == (pos, NX)
        assert run(fp.to_int, 64, d(-2.5), rm, 64, True) == (neg, NX)
    assert run(fp.to_int, 32, 0x0000_0001, RUP, 32, True) == (1, NX)  # tiny subnormal


def test_from_int_examples() -> None:
    assert run(fp.from_int, 32, 0, RDN, 64, True) == (0, 0)  # +0 even when rounding down
    assert run(fp.from_int, 64, -1, RNE, 32, True) == (b64(-1.0), 0)
    assert run(fp.from_int, 64, -1, RNE, 32, False) == (b64(4294967295.0), 0)
    assert run(fp.from_int, 64, -1, RNE, 64, False) == (b64(2.0**64), NX)
    assert run(fp.from_int, 64, -1, RTZ, 64, False) == (b64(2.0**64 - 2048), NX)
    assert run(fp.from_int, 64, (1 << 63) - 1, RNE, 64, True) == (b64(2.0**63), NX)
    assert run(fp.from_int, 64, -(1 << 63), RNE, 64, True) == (b64(-(2.0**63)), 0)
    assert run(fp.from_int, 32, (1 << 24) + 1, RNE, 32, True) == (0x4B80_0000, NX)
    assert run(fp.from_int, 32, (1 << 24) + 1, RUP, 32, True) == (0x4B80_0001, NX)
    assert run(fp.from_int, 32, -((1 << 24) + 1), RUP, 32, True) == (0xCB80_0000, NX)
    # only the low 32 bits of the register count for the w forms
    assert run(fp.from_int, 64, 0x1234_5678_0000_0007, RNE, 32, True) == (b64(7.0), 0)
    assert run(fp.from_int, 64, 0x7FFF_FFFF_8000_0000, RNE, 32, True) == (b64(-(2.0**31)), 0)


def test_fmin_fmax() -> None:
    one, two = ONE_D, TWO_D
    for f in (fp.fmin, fp.fmax):
        assert run(f, 64, QNAN_D | 5, one) == (one, 0)  # a lone quiet NaN is ignored
        assert run(f, 64, one, QNAN_D) == (one, 0)
        assert run(f, 64, SNAN_D, one) == (one, NV)  # sNaN: NV even though not returned
        assert run(f, 64, one, SNAN_D | SIGN_D) == (one, NV)
        assert run(f, 64, QNAN_D | 5, QNAN_D | SIGN_D) == (QNAN_D, 0)
        assert run(f, 64, SNAN_D, QNAN_D) == (QNAN_D, NV)
        assert run(f, 32, SNAN_S, SNAN_S) == (QNAN_S, NV)
    for a, b in ((PZ_D, NZ_D), (NZ_D, PZ_D)):
        assert run(fp.fmin, 64, a, b) == (NZ_D, 0)
        assert run(fp.fmax, 64, a, b) == (PZ_D, 0)
    assert run(fp.fmin, 32, PZ_S, NZ_S) == (NZ_S, 0)
    assert run(fp.fmax, 32, NZ_S, PZ_S) == (PZ_S, 0)
    assert run(fp.fmin, 64, one, two) == (one, 0)
    assert run(fp.fmax, 64, one, two) == (two, 0)
    assert run(fp.fmin, 64, NINF_D, b64(-1e300)) == (NINF_D, 0)
    assert run(fp.fmax, 64, b64(-1.0), b64(-2.0)) == (b64(-1.0), 0)


def test_compares() -> None:
    for f, expect_nv in ((fp.feq, 0), (fp.flt, NV), (fp.fle, NV)):
        assert run(f, 64, QNAN_D, ONE_D) == (0, expect_nv)
        assert run(f, 64, ONE_D, QNAN_D) == (0, expect_nv)
        assert run(f, 64, SNAN_D, ONE_D) == (0, NV)
        assert run(f, 32, QNAN_S, QNAN_S) == (0, expect_nv)
    assert run(fp.feq, 64, PZ_D, NZ_D) == (1, 0)
    assert run(fp.flt, 64, NZ_D, PZ_D) == (0, 0)
    assert run(fp.fle, 64, PZ_D, NZ_D) == (1, 0)
    assert run(fp.flt, 64, b64(-2.0), b64(-1.0)) == (1, 0)
    assert run(fp.flt, 64, ONE_D, ONE_D) == (0, 0)
    assert run(fp.fle, 64, ONE_D, ONE_D) == (1, 0)
    assert run(fp.flt, 64, NINF_D, INF_D) == (1, 0)
    assert run(fp.feq, 32, ONE_S, ONE_S) == (1, 0)


@formats
@given(data=st.data())
@settings(max_examples=200, deadline=None)
def test_compares_match_oracle(fmt: int, data: st.DataObject) -> None:
    spec = SPECS[fmt]
    a, b = data.draw(PAIRS[fmt])
    x, y = decode(spec, a), decode(spec, b)
    if "nan" in (x.kind, y.kind):
        return
    key = {"num": lambda v: v.value, "inf": lambda v: Fraction(-(10**400) if v.sign else 10**400)}
    vx, vy = key[x.kind](x), key[y.kind](y)
    assert run(fp.feq, fmt, a, b) == (int(vx == vy), 0)
    assert run(fp.flt, fmt, a, b) == (int(vx < vy), 0)
    assert run(fp.fle, fmt, a, b) == (int(vx <= vy), 0)
    lo, hi = (a, b) if (vx, -x.sign) <= (vy, -y.sign) else (b, a)
    assert run(fp.fmin, fmt, a, b) == (lo, 0)
    assert run(fp.fmax, fmt, a, b) == (hi, 0)


@pytest.mark.parametrize(
    "fmt,x,bit",
    [
        (64, NINF_D, 0),
        (64, b64(-1.0), 1),
        (64, SIGN_D | 1, 2),
        (64, NZ_D, 3),
        (64, PZ_D, 4),
        (64, 0x000F_FFFF_FFFF_FFFF, 5),
        (64, MAX_D, 6),
        (64, INF_D, 7),
        (64, SNAN_D, 8),
        (64, QNAN_D | SIGN_D, 9),
        (32, NINF_S, 0),
        (32, 0x8080_0000, 1),
        (32, 0x807F_FFFF, 2),
        (32, NZ_S, 3),
        (32, PZ_S, 4),
        (32, 0x0000_0001, 5),
        (32, ONE_S, 6),
        (32, INF_S, 7),
        (32, 0xFFBF_FFFF, 8),  # negative sNaN
        (32, QNAN_S, 9),
    ],
)
def test_fclass(fmt: int, x: int, bit: int) -> None:
    assert fp.fclass(fmt, x) == 1 << bit


def test_sign_injection() -> None:
    a, neg = ONE_D, b64(-2.0)
    assert fp.sgnj(64, a, neg) == b64(-1.0)
    assert fp.sgnjn(64, a, neg) == a
    assert fp.sgnjx(64, b64(-1.0), neg) == a
    assert fp.sgnjx(32, ONE_S, 0x8000_0000) == 0xBF80_0000
    assert fp.sgnjn(32, ONE_S, ONE_S) == 0xBF80_0000  # fneg.s
    assert fp.sgnjx(32, 0xBF80_0000, 0xBF80_0000) == ONE_S  # fabs.s
    assert fp.sgnj(64, SNAN_D, SIGN_D) == SNAN_D | SIGN_D  # bits only: no NaN handling


def test_nan_boxing() -> None:
    assert fp.box(ONE_S) == 0xFFFF_FFFF_3F80_0000
    assert fp.unbox(0xFFFF_FFFF_3F80_0000) == ONE_S
    assert fp.unbox(fp.box(SNAN_S)) == SNAN_S
    assert fp.unbox(0x0000_0000_3F80_0000) == QNAN_S
    assert fp.unbox(0xFFFF_FFFE_3F80_0000) == QNAN_S
    assert fp.unbox(ONE_D) == QNAN_S
    assert fp.unbox(QNAN_D) == QNAN_S


@formats
def test_nan_results_are_canonical(fmt: int) -> None:
    spec = SPECS[fmt]
    canon = fp.CANONICAL_NAN_S if fmt == 32 else fp.CANONICAL_NAN_D
    sign = 1 << (fmt - 1)
    payload_nan = spec.qnan | 0x1234 | sign
    one = spec.pattern(0, spec.bias, 0)
    for f in (fp.add, fp.sub, fp.mul, fp.div):
        assert run(f, fmt, payload_nan, one, RNE) == (canon, 0)
        assert run(f, fmt, one, spec.inf | 7, RNE) == (canon, NV)
    assert run(fp.sqrt, fmt, payload_nan, RNE) == (canon, 0)
    assert run(fp.fmadd, fmt, one, one, payload_nan, RNE) == (canon, 0)
    assert run_convert(64, 32, 0xFFC1_2345, RNE) == (fp.CANONICAL_NAN_D, 0)
    assert run_convert(32, 64, QNAN_D | 0xDEAD_BEEF, RNE) == (fp.CANONICAL_NAN_S, 0)
    assert run_convert(32, 64, SNAN_D, RNE) == (fp.CANONICAL_NAN_S, NV)
    assert run_convert(64, 32, SNAN_S, RNE) == (fp.CANONICAL_NAN_D, NV)


def test_invalid_operations() -> None:
    assert run(fp.add, 64, INF_D, NINF_D, RNE) == (QNAN_D, NV)
    assert run(fp.sub, 64, INF_D, INF_D, RNE) == (QNAN_D, NV)
    assert run(fp.sub, 64, INF_D, NINF_D, RNE) == (INF_D, 0)
    assert run(fp.mul, 64, PZ_D, NINF_D, RNE) == (QNAN_D, NV)
    assert run(fp.div, 64, PZ_D, NZ_D, RNE) == (QNAN_D, NV)
    assert run(fp.div, 32, INF_S, NINF_S, RNE) == (QNAN_S, NV)
    assert run(fp.sqrt, 64, b64(-1.0), RNE) == (QNAN_D, NV)
    assert run(fp.sqrt, 64, NINF_D, RNE) == (QNAN_D, NV)
    assert run(fp.sqrt, 32, 0x8000_0001, RNE) == (QNAN_S, NV)  # negative subnormal
    assert run(fp.sqrt, 64, QNAN_D | SIGN_D, RNE) == (QNAN_D, 0)
    assert run(fp.sqrt, 64, SNAN_D, RNE) == (QNAN_D, NV)


def test_fma_invalid_cases() -> None:
    # RISC-V: inf * 0 in fma raises NV even when the addend is a quiet NaN (F chapter,
    # "Single-Precision Floating-Point Computational Instructions").
    for f in (fp.fmadd, fp.fmsub, fp.fnmsub, fp.fnmadd):
        assert run(f, 64, INF_D, PZ_D, QNAN_D, RNE) == (QNAN_D, NV)
        assert run(f, 64, NZ_D, NINF_D, QNAN_D | 3, RNE) == (QNAN_D, NV)
        assert run(f, 32, PZ_S, INF_S, ONE_S, RNE) == (QNAN_S, NV)
    # a NaN multiplicand makes the product NaN: no invalid product
    assert run(fp.fmadd, 64, QNAN_D, PZ_D, INF_D, RNE) == (QNAN_D, 0)
    assert run(fp.fmadd, 64, ONE_D, ONE_D, SNAN_D, RNE) == (QNAN_D, NV)
    # inf product against an opposite inf addend
    assert run(fp.fmadd, 64, INF_D, ONE_D, NINF_D, RNE) == (QNAN_D, NV)
    assert run(fp.fmsub, 64, INF_D, ONE_D, INF_D, RNE) == (QNAN_D, NV)
    assert run(fp.fnmadd, 64, INF_D, ONE_D, INF_D, RNE) == (NINF_D, 0)
    assert run(fp.fnmsub, 64, INF_D, ONE_D, INF_D, RNE) == (QNAN_D, NV)
    assert run(fp.fmadd, 64, MAX_D, TWO_D, NINF_D, RNE) == (NINF_D, 0)  # no overflow: exact inf


def test_divide_by_zero() -> None:
    assert run(fp.div, 64, ONE_D, PZ_D, RNE) == (INF_D, DZ)
    assert run(fp.div, 64, ONE_D, NZ_D, RNE) == (NINF_D, DZ)
    assert run(fp.div, 64, b64(-1.0), NZ_D, RTZ) == (INF_D, DZ)
    assert run(fp.div, 32, 0x0000_0001, PZ_S, RNE) == (INF_S, DZ)
    assert run(fp.div, 64, INF_D, PZ_D, RNE) == (INF_D, 0)  # inf is exact: no DZ
    assert run(fp.div, 64, ONE_D, NINF_D, RNE) == (NZ_D, 0)


@formats
@pytest.mark.parametrize("rm", MODES)
def test_signed_zeros(fmt: int, rm: int) -> None:
    spec = SPECS[fmt]
    pz, nz = 0, 1 << (fmt - 1)
    one = spec.pattern(0, spec.bias, 0)
    neg_one = one | nz
    cancel = nz if rm == RDN else pz  # IEEE 754 6.3
    assert run(fp.add, fmt, one, neg_one, rm) == (cancel, 0)
    assert run(fp.sub, fmt, one, one, rm) == (cancel, 0)
    assert run(fp.add, fmt, pz, nz, rm) == (cancel, 0)
    assert run(fp.add, fmt, nz, nz, rm) == (nz, 0)
    assert run(fp.add, fmt, pz, pz, rm) == (pz, 0)
    assert run(fp.sub, fmt, nz, pz, rm) == (nz, 0)
    assert run(fp.add, fmt, nz, one, rm) == (one, 0)
    assert run(fp.mul, fmt, pz, neg_one, rm) == (nz, 0)
    assert run(fp.div, fmt, nz, neg_one, rm) == (pz, 0)
    assert run(fp.sqrt, fmt, nz, rm) == (nz, 0)
    assert run(fp.sqrt, fmt, pz, rm) == (pz, 0)
    # fma: the exact zero's sign follows the same rule with the product as one term
    assert run(fp.fmadd, fmt, pz, one, nz, rm) == (cancel, 0)
    assert run(fp.fmadd, fmt, nz, one, nz, rm) == (nz, 0)
    assert run(fp.fmadd, fmt, one, one, neg_one, rm) == (cancel, 0)
    assert run(fp.fnmadd, fmt, pz, one, pz, rm) == (nz, 0)  # -(+0) - (+0)
    assert run(fp.fnmsub, fmt, pz, one, pz, rm) == (cancel, 0)  # -(+0) + (+0)
    assert run(fp.fmsub, fmt, pz, one, pz, rm) == (cancel, 0)  # +0 - +0
    assert run(fp.fmsub, fmt, nz, one, pz, rm) == (nz, 0)  # -0 - +0
    # a tiny product still counts: not an exact zero, so no zero-sign rule
    tiny = 1
    got, flags = run(fp.fmadd, fmt, tiny, tiny, pz, rm)
    assert flags == UF | NX
    assert got == (1 if rm == RUP else 0)


@formats
def test_overflow_in_every_mode(fmt: int) -> None:
    spec = SPECS[fmt]
    big = spec.pattern(0, spec.max_field, 0) - 1  # largest finite
    two = spec.pattern(0, spec.bias + 1, 0)
    sign = 1 << (fmt - 1)
    inf = spec.inf
    expect_pos = {RNE: inf, RTZ: big, RDN: big, RUP: inf, RMM: inf}
    expect_neg = {RNE: inf, RTZ: big, RDN: inf, RUP: big, RMM: inf}
    for rm in MODES:
        assert run(fp.mul, fmt, big, two, rm) == (expect_pos[rm], OF | NX)
        assert run(fp.mul, fmt, big | sign, two, rm) == (expect_neg[rm] | sign, OF | NX)
        assert run(fp.add, fmt, big, big, rm) == (expect_pos[rm], OF | NX)
        assert run(fp.fmadd, fmt, big, two, big | sign, rm) == (big, 0)  # exact, no overflow
    # above the largest finite but below the rounding threshold: no overflow in RNE;
    # the tie at half an ulp goes to the even neighbour, 2**(emax+1), which overflows
    quarter_ulp = spec.pattern(0, spec.max_field - spec.p - 2, 0)
    half_ulp = spec.pattern(0, spec.max_field - spec.p - 1, 0)
    assert run(fp.add, fmt, big, quarter_ulp, RNE) == (big, NX)
    assert run(fp.add, fmt, big, quarter_ulp, RUP) == (inf, OF | NX)
    assert run(fp.add, fmt, big, half_ulp, RNE) == (inf, OF | NX)
    assert run(fp.add, fmt, big, half_ulp, RTZ) == (big, NX)


def test_tininess_is_detected_after_rounding() -> None:
    # (1 + 2**-52) * (2**-1022 - 2**-1074) = 2**-1022 * (1 - 2**-104): rounded to 53 bits
    # with an unbounded exponent that is 2**-1022 itself, so not tiny in RNE: NX only.
    a, b = 0x3FF0_0000_0000_0001, 0x000F_FFFF_FFFF_FFFF
    assert run(fp.mul, 64, a, b, RNE) == (0x0010_0000_0000_0000, NX)
    assert run(fp.mul, 64, a, b, RUP) == (0x0010_0000_0000_0000, NX)
    # towards zero it stays below 2**-1022: tiny and inexact, so UF
    assert run(fp.mul, 64, a, b, RTZ) == (b, UF | NX)
    # (2 - 2**-52) * 2**-1023 = 2**-1022 - 2**-1075 has 53 bits: tiny even though the
    # subnormal result rounds up to the smallest normal
    assert run(fp.mul, 64, 0x3FFF_FFFF_FFFF_FFFF, 0x0008_0000_0000_0000, RNE) == (
        0x0010_0000_0000_0000,
        UF | NX,
    )
    # the same from two normal operands (the host fast path's domain), whose product is
    # 2**-1022 * (1 - t) with 2**-54 < t < 2**-53: the host also returns 2**-1022, but
    # RISC-V raises UF here, so that host result must not be trusted
    a, b = 0x200F_FFFF_FBFF_FFFE, 0x1FF0_0000_0200_0001
    assert run(fp.mul, 64, a, b, RNE) == (0x0010_0000_0000_0000, UF | NX)
    assert run(fp.mul, 64, a, b, RUP) == (0x0010_0000_0000_0000, NX)
    assert run(fp.mul, 64, a, b, RDN) == (0x000F_FFFF_FFFF_FFFF, UF | NX)
    # an exact subnormal result is not an underflow
    assert run(fp.mul, 64, 0x0000_0000_0000_0010, b64(0.5), RNE) == (0x8, 0)
    assert run(fp.div, 32, 0x0000_0003, 0x4000_0000, RNE) == (0x0000_0002, UF | NX)
    # single: (2**-126) * (1 - 2**-30) from a double rounds to 2**-126 without UF in RNE
    just_below = b64(2.0**-126 * (1 - 2.0**-30))
    assert run_convert(32, 64, just_below, RNE) == (0x0080_0000, NX)
    assert run_convert(32, 64, just_below, RTZ) == (0x007F_FFFF, UF | NX)


def test_convert_examples() -> None:
    d = b64
    assert run_convert(32, 64, d(2.0**-149), RNE) == (0x0000_0001, 0)
    assert run_convert(32, 64, d(2.0**-150), RNE) == (0x0000_0000, UF | NX)  # tie to even
    assert run_convert(32, 64, d(2.0**-150), RMM) == (0x0000_0001, UF | NX)
    assert run_convert(32, 64, d(-(2.0**-150)), RUP) == (0x8000_0000, UF | NX)
    assert run_convert(32, 64, d(3 * 2.0**-151), RNE) == (0x0000_0001, UF | NX)
    assert run_convert(32, 64, d(2.0**-1074), RUP) == (0x0000_0001, UF | NX)
    assert run_convert(32, 64, d(-(2.0**-1074)), RNE) == (0x8000_0000, UF | NX)
    assert run_convert(32, 64, MAX_D, RNE) == (INF_S, OF | NX)
    assert run_convert(32, 64, MAX_D, RTZ) == (MAX_S, OF | NX)
    assert run_convert(32, 64, MAX_D | SIGN_D, RUP) == (MAX_S | 0x8000_0000, OF | NX)
    assert run_convert(32, 64, d(0.1), RNE) == (0x3DCC_CCCD, NX)
    assert run_convert(32, 64, d(0.1), RTZ) == (0x3DCC_CCCC, NX)
    assert run_convert(32, 64, NZ_D, RNE) == (NZ_S, 0)
    assert run_convert(32, 64, NINF_D, RNE) == (NINF_S, 0)
    # widening is exact, subnormal singles included
    assert run_convert(64, 32, 0x0000_0001, RNE) == (d(2.0**-149), 0)
    assert run_convert(64, 32, 0x807F_FFFF, RTZ) == (d(-(2.0**-126) * (1 - 2.0**-23)), 0)
    assert run_convert(64, 32, MAX_S, RNE) == (d(f32(MAX_S)), 0)


def test_rounding_modes_on_a_tie_and_a_non_tie() -> None:
    # 1 + 2**-53 is a tie between 1 and 1 + 2**-52; 1 + 3 * 2**-54 is above it.
    one, half_ulp = ONE_D, b64(2.0**-53)
    up = b64(1.0 + 2.0**-52)
    expect = {RNE: one, RTZ: one, RDN: one, RUP: up, RMM: up}
    for rm, want in expect.items():
        assert run(fp.add, 64, one, half_ulp, rm) == (want, NX)
    neg = {RNE: one, RTZ: one, RDN: up, RUP: one, RMM: up}
    for rm, want in neg.items():
        assert run(fp.sub, 64, b64(-1.0), half_ulp, rm) == (want | SIGN_D, NX)


def test_round_pack_directly() -> None:
    state = fp.FPState()
    assert fp.round_pack(64, state, 0, 0, 3, False, RNE) == THREE_D
    assert fp.round_pack(32, state, 1, -1, 3, False, RNE) == 0xBFC0_0000  # -1.5
    assert state.fflags == 0
    # (2**25 + 1 + sticky) * 2**-25: just above a tie at single precision
    assert fp.round_pack(32, state, 0, -25, (1 << 25) + 2, True, RNE) == 0x3F80_0001
    assert state.fflags == NX
