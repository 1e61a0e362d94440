"""IEEE 754 arithmetic of the RISC-V F and D extensions, on raw bit patterns.

Values are the bit patterns of the register file: 32-bit ints for single (format S),
64-bit ints for double (format D). Integer operands and results of conversions are
signed Python ints in [-2**63, 2**63), which is how the emulator holds x registers.

Every rounding operation follows one recipe: unpack the operands to exact integers
(value = sig * 2**exp), compute the exact result (or, for div and sqrt, enough bits of
it plus a sticky bit), and hand it to `round_pack`, the one place that knows about
rounding modes, subnormals, overflow and the exception flags. For the common case of
double-precision round-to-nearest-even on normal operands, `add`, `sub`, `mul`, `div`
and `sqrt` first try the host's own IEEE doubles; that path only answers when it can
prove its result and flags equal those of the exact path, and otherwise falls through.

Where RISC-V pins down a choice that IEEE 754 leaves open, the spec section is named:
* results that are NaN are always the canonical NaN ("NaN Generation and
  Propagation"): payloads are never propagated;
* tininess is detected after rounding ("Floating-Point Control and Status
  Register"), and underflow is raised only when the tiny result is also inexact;
* fma raises NV for inf * 0 even when the addend is a quiet NaN;
* fmin/fmax are the 2.2+ minimumNumber/maximumNumber operations;
* conversions to integers saturate per the table in "Single-Precision
  Floating-Point Conversion and Move Instructions".
"""

from __future__ import annotations

import math
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum, IntFlag
from types import MappingProxyType
from typing import Final

__all__ = [
    "CANONICAL_NAN_D",
    "CANONICAL_NAN_S",
    "D",
    "FPState",
    "Flag",
    "IllegalRoundingMode",
    "RM",
    "S",
    "add",
    "box",
    "convert",
    "div",
    "fclass",
    "feq",
    "fle",
    "flt",
    "fmadd",
    "fmax",
    "fmin",
    "fmsub",
    "fnmadd",
    "fnmsub",
    "from_int",
    "mul",
    "resolve_rm",
    "round_pack",
    "sgnj",
    "sgnjn",
    "sgnjx",
    "sqrt",
    "sub",
    "to_int",
    "unbox",
]


class Flag(IntFlag):
    """The accrued exception bits of fflags ("Floating-Point Control and Status Register")."""

    NX = 1  # inexact
    UF = 2  # underflow
    OF = 4  # overflow
    DZ = 8  # divide by zero
    NV = 16  # invalid operation


class RM(IntEnum):
    """The rounding-mode encodings of the rm field and of frm."""

    RNE = 0  # to nearest, ties to even
    RTZ = 1  # toward zero
    RDN = 2  # down, toward -inf
    RUP = 3  # up, toward +inf
    RMM = 4  # to nearest, ties to max magnitude
    DYN = 7  # in an instruction's rm field: use frm


class IllegalRoundingMode(Exception):
    """A reserved rounding mode was used; the engine raises an illegal-instruction trap."""


@dataclass(slots=True)
class FPState:
    """The fcsr of one hart: the dynamic rounding mode and the accrued exception flags."""

    frm: int = 0
    fflags: int = 0


S: Final = 32
D: Final = 64
CANONICAL_NAN_S: Final = 0x7FC0_0000
CANONICAL_NAN_D: Final = 0x7FF8_0000_0000_0000

# Plain-int copies of the enum members: the hot paths compare and OR these many
# times per instruction, and enum attribute lookups are several times slower.
_RNE: Final = int(RM.RNE)
_RTZ: Final = int(RM.RTZ)
_RDN: Final = int(RM.RDN)
_RUP: Final = int(RM.RUP)
_RMM: Final = int(RM.RMM)
_DYN: Final = int(RM.DYN)
_NX: Final = int(Flag.NX)
_UF: Final = int(Flag.UF)
_OF: Final = int(Flag.OF)
_DZ: Final = int(Flag.DZ)
_NV: Final = int(Flag.NV)


@dataclass(frozen=True, slots=True)
class _Format:
    """Parameters of a binary interchange format, precomputed for the bit twiddling."""

    width: int  # bits in the pattern
    prec: int  # significand precision p, counting the hidden bit
    emin: int  # exponent of the smallest normal, 2**emin
    emax: int  # exponent of the largest binade
    qexp: int  # exponent of the last significand bit of subnormals: 2**qexp is the tiniest
    sign_bit: int
    mag_mask: int  # everything but the sign
    hidden: int  # the implicit leading significand bit, also the smallest normal's pattern
    frac_mask: int
    quiet: int  # the quiet bit of a NaN, the top fraction bit
    inf: int  # pattern of +inf; a larger magnitude is a NaN
    max_finite: int
    canonical_nan: int


def _make_format(width: int, prec: int) -> _Format:
    exp_bits = width - prec
    bias = (1 << (exp_bits - 1)) - 1
    inf = ((1 << exp_bits) - 1) << (prec - 1)
    return _Format(
        width=width,
        prec=prec,
        emin=1 - bias,
        emax=bias,
        qexp=1 - bias - (prec - 1),
        sign_bit=1 << (width - 1),
        mag_mask=(1 << (width - 1)) - 1,
        hidden=1 << (prec - 1),
        frac_mask=(1 << (prec - 1)) - 1,
        quiet=1 << (prec - 2),
        inf=inf,
        max_finite=inf - 1,
        canonical_nan=inf | (1 << (prec - 2)),
    )


_SINGLE: Final = _make_format(32, 24)
_DOUBLE: Final = _make_format(64, 53)
_FORMATS: Final[Mapping[int, _Format]] = MappingProxyType({S: _SINGLE, D: _DOUBLE})


def _host_rounds_to_nearest_even() -> bool:
    """Whether host double arithmetic is IEEE binary64 with round-to-nearest-even.

    Python floats are C doubles and CPython never changes the floating-point
    environment, so this holds on every usual host; the fast paths are turned off
    where it does not. 1 + 2**-53 is a tie that RNE breaks down to 1; 1 + 2**-53 +
    2**-64 must round up, which a host that first rounds to 64 bits (x87 extended
    precision) gets wrong by double rounding. Names, not literals, so that the
    compiler cannot fold the sums into constants of some other machine's .pyc.
    """
    one, tie, above_tie = 1.0, 2.0**-53, 2.0**-53 + 2.0**-64
    return one + tie == one and one + above_tie == one + 2.0**-52


_HOST_RNE: Final = _host_rounds_to_nearest_even()
_F64x2: Final = struct.Struct("<2d")
_U64x2: Final = struct.Struct("<2Q")
_F64: Final = struct.Struct("<d")
_U64: Final = struct.Struct("<Q")
_MIN_NORMAL_D: Final = 2.0**-1022


# --- rounding modes ------------------------------------------------------------------


def resolve_rm(st: FPState, rm: int) -> int:
    """The rounding mode an instruction uses: its rm field, or frm when rm is DYN.

    Raises IllegalRoundingMode for the reserved encodings 5 and 6, and for DYN when frm
    holds 5, 6 or 7 ("Floating-Point Control and Status Register": such an instruction
    is illegal, even one whose result does not depend on the rounding mode).
    """
    if rm == _DYN:
        rm = st.frm
    if 0 <= rm <= _RMM:
        return rm
    raise IllegalRoundingMode(f"reserved rounding mode {rm}")


def _rounds_up(rm: int, sign: int, odd: int, rem: int, half: int) -> bool:
    """Whether a truncated magnitude must grow by one unit in the last place.

    rem is the non-zero discarded part, half the weight of a half unit, on the same
    scale; odd is the truncated magnitude's last bit; sign 1 means negative.
    """
    if rm == _RNE:
        return rem > half or (rem == half and odd == 1)
    if rm == _RMM:
        return rem >= half
    if rm == _RTZ:
        return False
    if rm == _RDN:
        return sign == 1
    return sign == 0  # RUP


def _overflow_result(f: _Format, sign: int, rm: int) -> int:
    # IEEE 754 7.4: the modes that round toward zero for this sign give the largest
    # finite magnitude, the others infinity.
    if rm == _RTZ or (rm == _RDN and sign == 0) or (rm == _RUP and sign == 1):
        mag = f.max_finite
    else:
        mag = f.inf
    return f.sign_bit | mag if sign else mag


def _is_tiny(f: _Format, rm: int, sign: int, top: int, exp: int, sig: int) -> bool:
    """Tininess after rounding, for a non-zero result below 2**emin (top < emin).

    RISC-V detects tininess after rounding ("Floating-Point Control and Status
    Register"), which IEEE 754 7.5 defines as: the result rounded to p bits as though
    the exponent range were unbounded is still below 2**emin. Only a value in the
    binade just below 2**emin can round up to it.
    """
    if top < f.emin - 1:
        return True
    shift = sig.bit_length() - f.prec  # keep p bits
    if shift <= 0:
        return True  # exact in p bits, hence still below 2**emin
    q = sig >> shift
    rem = sig & ((1 << shift) - 1)
    if rem and _rounds_up(rm, sign, q & 1, rem, 1 << (shift - 1)):
        q += 1
    return q >> f.prec == 0  # a carry out of p bits reached 2**emin


def round_pack(fmt: int, st: FPState, sign: int, exp: int, sig: int, sticky: bool, rm: int) -> int:
    """Round (-1)**sign * sig * 2**exp to format fmt with mode rm and return its pattern.

    sticky set means the true magnitude lies strictly between sig * 2**exp and
    (sig + 1) * 2**exp; sig must then have at least p + 1 bits so that the rounding
    point lies above the sticky position. rm must already be resolved (0..4).
    OR-s NX, UF and OF into st.fflags as the rounding raises them. A zero sig gives
    a zero of the given sign: the caller picks the sign of exact zero results.
    """
    return _round_pack(_FORMATS[fmt], st, sign, exp, sig, sticky, rm)


def _round_pack(
    f: _Format, st: FPState, sign: int, exp: int, sig: int, sticky: bool, rm: int
) -> int:
    if sticky:
        # A half unit below sig stands for "something non-zero": it lies strictly
        # between the same two neighbours as the true value at every rounding point
        # at or above 2**(exp+1), which the caller guarantees.
        sig = (sig << 1) | 1
        exp -= 1
    if sig == 0:
        return f.sign_bit if sign else 0
    top = exp + sig.bit_length() - 1  # the result lies in [2**top, 2**(top+1))
    quantum = top - f.prec + 1  # exponent of the last kept bit, p bits for a normal
    if quantum < f.qexp:
        quantum = f.qexp  # subnormal: fewer bits, fixed quantum
    shift = quantum - exp
    flags = 0
    if shift <= 0:
        q = sig << -shift
    else:
        q = sig >> shift
        rem = sig & ((1 << shift) - 1)
        if rem:
            flags = _NX
            if top < f.emin and _is_tiny(f, rm, sign, top, exp, sig):
                flags = _NX | _UF  # IEEE 754 7.5: underflow needs tiny and inexact
            if _rounds_up(rm, sign, q & 1, rem, 1 << (shift - 1)):
                q += 1
    # q includes the hidden bit of a normal, which adds one to the biased exponent
    # field; a carry out of the significand (q == 2**p) adds one more, and a subnormal
    # rounding up to 2**emin becomes the smallest normal, all by plain addition.
    mag = ((quantum - f.qexp) << (f.prec - 1)) + q
    if mag >= f.inf:
        st.fflags |= _OF | _NX
        return _overflow_result(f, sign, rm)
    st.fflags |= flags
    return f.sign_bit | mag if sign else mag


# --- unpacking and classification ---------------------------------------------------


def _unpack(f: _Format, x: int) -> tuple[int, int, int]:
    """(sign, sig, exp) of a finite pattern: its value is (-1)**sign * sig * 2**exp."""
    sign = x >> (f.width - 1)
    field = (x & f.mag_mask) >> (f.prec - 1)
    if field == 0:
        return sign, x & f.frac_mask, f.qexp  # zero or subnormal: no hidden bit
    return sign, (x & f.frac_mask) | f.hidden, field - 1 + f.qexp


def _is_snan(f: _Format, x: int) -> bool:
    return (x & f.mag_mask) > f.inf and not x & f.quiet


def _nan_result(f: _Format, st: FPState, *operands: int) -> int:
    # Only a signaling NaN operand is an invalid operation; either way the result is
    # the canonical NaN, never an operand's payload ("NaN Generation and Propagation").
    for x in operands:
        if _is_snan(f, x):
            st.fflags |= _NV
            break
    return f.canonical_nan


def _invalid(f: _Format, st: FPState) -> int:
    st.fflags |= _NV
    return f.canonical_nan


def _signed_zero(f: _Format, sign: int) -> int:
    return f.sign_bit if sign else 0


def _exact_zero_sign(sign_a: int, sign_b: int, rm: int) -> int:
    # IEEE 754 6.3: an exact zero sum of opposite-signed terms is +0, except -0 when
    # rounding down; a sum of like-signed zeros keeps their sign.
    if sign_a == sign_b:
        return sign_a
    return 1 if rm == _RDN else 0


# --- add, sub ------------------------------------------------------------------------


def add(fmt: int, st: FPState, a: int, b: int, rm: int) -> int:
    """a + b, rounded with rm (0..4, or DYN to use frm)."""
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    if fmt == D and rm == _RNE and _HOST_RNE:
        r = _add_host_d(st, a, b)
        if r >= 0:
            return r
    return _add(_FORMATS[fmt], st, a, b, rm)


def sub(fmt: int, st: FPState, a: int, b: int, rm: int) -> int:
    """a - b, rounded with rm: a + (-b), where negation only flips the sign bit."""
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    f = _FORMATS[fmt]
    if fmt == D and rm == _RNE and _HOST_RNE:
        r = _add_host_d(st, a, b ^ f.sign_bit)
        if r >= 0:
            return r
    return _add(f, st, a, b ^ f.sign_bit, rm)


def _add_host_d(st: FPState, a: int, b: int) -> int:
    """a + b on host doubles, or -1 when this path cannot vouch for the result.

    Taken for operands in [2**-969, 2**1022): the sum cannot overflow, and every
    operand, the sum and the Fast2Sum term below are multiples of 2**-1021, so each is
    zero or normal and nothing depends on the host's handling of subnormals (a
    flush-to-zero mode included). An exact zero is +0, right for RNE (IEEE 754 6.3);
    -0 + -0 cannot occur here. With the larger exponent first, Fast2Sum (Dekker)
    makes s - x exact, so the sum was exact iff s - x equals y.
    """
    ea = (a >> 52) & 0x7FF
    eb = (b >> 52) & 0x7FF
    if not (54 <= ea < 2045 and 54 <= eb < 2045):
        return -1
    x, y = _F64x2.unpack(_U64x2.pack(a, b))
    if ea < eb:
        x, y = y, x
    s = x + y
    if s - x != y:
        st.fflags |= _NX
    r: int = _U64.unpack(_F64.pack(s))[0]
    return r


def _add(f: _Format, st: FPState, a: int, b: int, rm: int) -> int:
    mag_a = a & f.mag_mask
    mag_b = b & f.mag_mask
    if mag_a >= f.inf or mag_b >= f.inf:
        return _add_special(f, st, a, b)
    sa, xa, ea = _unpack(f, a)
    sb, xb, eb = _unpack(f, b)
    e = min(ea, eb)
    va = xa << (ea - e)
    vb = xb << (eb - e)
    total = (vb if sb == 0 else -vb) + (va if sa == 0 else -va)
    if total == 0:
        return _signed_zero(f, _exact_zero_sign(sa, sb, rm))
    if total < 0:
        return _round_pack(f, st, 1, e, -total, False, rm)
    return _round_pack(f, st, 0, e, total, False, rm)


def _add_special(f: _Format, st: FPState, a: int, b: int) -> int:
    """a + b when at least one operand is infinite or NaN."""
    mag_a = a & f.mag_mask
    mag_b = b & f.mag_mask
    if mag_a > f.inf or mag_b > f.inf:
        return _nan_result(f, st, a, b)
    if mag_a == f.inf and mag_b == f.inf and (a ^ b) & f.sign_bit:
        return _invalid(f, st)  # inf - inf
    return a if mag_a == f.inf else b


# --- mul, div, sqrt ------------------------------------------------------------------


def mul(fmt: int, st: FPState, a: int, b: int, rm: int) -> int:
    """a * b, rounded with rm."""
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    if fmt == D and rm == _RNE and _HOST_RNE:
        r = _mul_host_d(st, a, b)
        if r >= 0:
            return r
    return _mul(_FORMATS[fmt], st, a, b, rm)


def _mul_host_d(st: FPState, a: int, b: int) -> int:
    """a * b on host doubles, or -1 when this path cannot vouch for the result.

    The product of normals is taken when the host result is normal and finite and
    above 2**emin: there it is correctly rounded, cannot have overflowed, and is not
    tiny (a host result of exactly 2**emin may come from a tiny value, so it is left to
    the exact path). The product was exact iff the 106-bit integer product of the
    significands has no set bit below its top 53.
    """
    ea = (a >> 52) & 0x7FF
    eb = (b >> 52) & 0x7FF
    if not (0 < ea < 0x7FF and 0 < eb < 0x7FF):
        return -1
    x, y = _F64x2.unpack(_U64x2.pack(a, b))
    p = x * y
    if not _MIN_NORMAL_D < abs(p) < math.inf:
        return -1
    exact = ((a & 0xF_FFFF_FFFF_FFFF) | 1 << 52) * ((b & 0xF_FFFF_FFFF_FFFF) | 1 << 52)
    if exact & ((1 << (exact.bit_length() - 53)) - 1):
        st.fflags |= _NX
    r: int = _U64.unpack(_F64.pack(p))[0]
    return r


def _mul(f: _Format, st: FPState, a: int, b: int, rm: int) -> int:
    sign = (a ^ b) >> (f.width - 1)
    mag_a = a & f.mag_mask
    mag_b = b & f.mag_mask
    if mag_a >= f.inf or mag_b >= f.inf:
        if mag_a > f.inf or mag_b > f.inf:
            return _nan_result(f, st, a, b)
        if mag_a == 0 or mag_b == 0:
            return _invalid(f, st)  # inf * 0
        return f.sign_bit | f.inf if sign else f.inf
    _, xa, ea = _unpack(f, a)
    _, xb, eb = _unpack(f, b)
    return _round_pack(f, st, sign, ea + eb, xa * xb, False, rm)


def div(fmt: int, st: FPState, a: int, b: int, rm: int) -> int:
    """a / b, rounded with rm."""
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    if fmt == D and rm == _RNE and _HOST_RNE:
        r = _div_host_d(st, a, b)
        if r >= 0:
            return r
    return _div(_FORMATS[fmt], st, a, b, rm)


def _odd_part(n: int) -> int:
    return n >> ((n & -n).bit_length() - 1)


def _div_host_d(st: FPState, a: int, b: int) -> int:
    """a / b on host doubles, or -1 when this path cannot vouch for the result.

    Same range guard as for the product (for a quotient of 53-bit significands a host
    result of exactly 2**emin cannot hide a tiny value, but the strict test is no
    dearer than a proof). The quotient is exact iff the ratio of the significands is
    a dyadic rational: its reduced denominator is then a power of two dividing sig_b,
    so at most 2**52, and as the ratio is below 2 its numerator over 2**52 has at most
    53 bits. So: exact iff sig_b divides sig_a * 2**52.
    """
    ea = (a >> 52) & 0x7FF
    eb = (b >> 52) & 0x7FF
    if not (0 < ea < 0x7FF and 0 < eb < 0x7FF):
        return -1
    x, y = _F64x2.unpack(_U64x2.pack(a, b))
    q = x / y
    if not _MIN_NORMAL_D < abs(q) < math.inf:
        return -1
    if (((a & 0xF_FFFF_FFFF_FFFF) | 1 << 52) << 52) % ((b & 0xF_FFFF_FFFF_FFFF) | 1 << 52):
        st.fflags |= _NX
    r: int = _U64.unpack(_F64.pack(q))[0]
    return r


def _div(f: _Format, st: FPState, a: int, b: int, rm: int) -> int:
    sign = (a ^ b) >> (f.width - 1)
    mag_a = a & f.mag_mask
    mag_b = b & f.mag_mask
    if mag_a >= f.inf or mag_b >= f.inf:
        if mag_a > f.inf or mag_b > f.inf:
            return _nan_result(f, st, a, b)
        if mag_a == mag_b:
            return _invalid(f, st)  # inf / inf
        if mag_a == f.inf:
            return f.sign_bit | f.inf if sign else f.inf  # inf / finite, zero included
        return _signed_zero(f, sign)  # finite / inf
    if mag_b == 0:
        if mag_a == 0:
            return _invalid(f, st)  # 0 / 0
        st.fflags |= _DZ  # finite non-zero / 0 is exactly infinite, no NX
        return f.sign_bit | f.inf if sign else f.inf
    if mag_a == 0:
        return _signed_zero(f, sign)
    _, xa, ea = _unpack(f, a)
    _, xb, eb = _unpack(f, b)
    # Scale the dividend so the integer quotient has at least p + 2 bits, as
    # round_pack needs with a sticky remainder.
    shift = max(0, f.prec + 2 + xb.bit_length() - xa.bit_length())
    q, r = divmod(xa << shift, xb)
    return _round_pack(f, st, sign, ea - eb - shift, q, r != 0, rm)


def sqrt(fmt: int, st: FPState, a: int, rm: int) -> int:
    """The square root of a, rounded with rm; sqrt(-0) is -0 (IEEE 754 5.4.1)."""
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    if fmt == D and rm == _RNE and _HOST_RNE:
        r = _sqrt_host_d(st, a)
        if r >= 0:
            return r
    return _sqrt(_FORMATS[fmt], st, a, rm)


def _sqrt_host_d(st: FPState, a: int) -> int:
    """sqrt(a) on the host (IEEE 754 requires it correctly rounded), or -1.

    Taken for positive normal a, whose root is always normal. The root r is exact iff
    r * r == a; as for division, that reduces to the odd parts of the significands.
    """
    ea = a >> 52  # includes the sign: a negative operand fails the range test
    if not 0 < ea < 0x7FF:
        return -1
    x: float = _F64.unpack(_U64.pack(a))[0]
    root = math.sqrt(x)
    r: int = _U64.unpack(_F64.pack(root))[0]
    odd_r = _odd_part((r & 0xF_FFFF_FFFF_FFFF) | 1 << 52)
    if odd_r * odd_r != _odd_part((a & 0xF_FFFF_FFFF_FFFF) | 1 << 52):
        st.fflags |= _NX
    return r


def _sqrt(f: _Format, st: FPState, a: int, rm: int) -> int:
    mag = a & f.mag_mask
    if mag > f.inf:
        return _nan_result(f, st, a)
    if mag == 0:
        return a  # sqrt(+-0) = +-0
    if a & f.sign_bit:
        return _invalid(f, st)  # negative non-zero, including -inf
    if mag == f.inf:
        return a
    _, x, e = _unpack(f, a)
    if e & 1:
        x <<= 1  # make the exponent even so it halves exactly
        e -= 1
    # isqrt(n) has ceil(bits(n) / 2) bits: scale by 4**k to get at least p + 2 of them.
    k = max(0, (2 * f.prec + 4 - x.bit_length() + 1) // 2)
    n = x << (2 * k)
    root = math.isqrt(n)
    return _round_pack(f, st, 0, (e >> 1) - k, root, root * root != n, rm)


# --- fused multiply-add --------------------------------------------------------------


def fmadd(fmt: int, st: FPState, a: int, b: int, c: int, rm: int) -> int:
    """(a * b) + c with a single rounding."""
    return _fma(fmt, st, a, b, c, rm, 0, 0)


def fmsub(fmt: int, st: FPState, a: int, b: int, c: int, rm: int) -> int:
    """(a * b) - c with a single rounding."""
    return _fma(fmt, st, a, b, c, rm, 0, 1)


def fnmsub(fmt: int, st: FPState, a: int, b: int, c: int, rm: int) -> int:
    """-(a * b) + c with a single rounding."""
    return _fma(fmt, st, a, b, c, rm, 1, 0)


def fnmadd(fmt: int, st: FPState, a: int, b: int, c: int, rm: int) -> int:
    """-(a * b) - c with a single rounding."""
    return _fma(fmt, st, a, b, c, rm, 1, 1)


def _fma(fmt: int, st: FPState, a: int, b: int, c: int, rm: int, neg_prod: int, neg_c: int) -> int:
    # The spec defines the negated forms as negating the product and/or the addend
    # before the single rounding, so flipping sign bits up front is exact; it also
    # gives the right sign to zero results (e.g. fnmadd of +0 * x and +0 is -0).
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    f = _FORMATS[fmt]
    if neg_prod:
        a ^= f.sign_bit
    if neg_c:
        c ^= f.sign_bit
    mag_a = a & f.mag_mask
    mag_b = b & f.mag_mask
    mag_c = c & f.mag_mask
    if mag_a >= f.inf or mag_b >= f.inf or mag_c >= f.inf:
        return _fma_special(f, st, a, b, c)
    sa, xa, ea = _unpack(f, a)
    sb, xb, eb = _unpack(f, b)
    sc, xc, ec = _unpack(f, c)
    sp = sa ^ sb
    xp = xa * xb
    ep = ea + eb
    e = min(ep, ec)
    vp = xp << (ep - e)
    vc = xc << (ec - e)
    total = (vp if sp == 0 else -vp) + (vc if sc == 0 else -vc)
    if total == 0:
        return _signed_zero(f, _exact_zero_sign(sp, sc, rm))
    if total < 0:
        return _round_pack(f, st, 1, e, -total, False, rm)
    return _round_pack(f, st, 0, e, total, False, rm)


def _fma_special(f: _Format, st: FPState, a: int, b: int, c: int) -> int:
    """a * b + c when some operand is infinite or NaN."""
    mag_a = a & f.mag_mask
    mag_b = b & f.mag_mask
    mag_c = c & f.mag_mask
    if _is_snan(f, a) or _is_snan(f, b) or _is_snan(f, c):
        st.fflags |= _NV
    # "The fused multiply-add instructions must set the invalid operation exception
    # flag when the multiplicands are inf and zero, even when the addend is a quiet
    # NaN" (F chapter, "Single-Precision Floating-Point Computational Instructions").
    # IEEE 754 7.2 leaves that case to the implementation; RISC-V chose to signal.
    # A NaN multiplicand makes the product NaN rather than inf * 0, so no NV there.
    if (mag_a == f.inf and mag_b == 0) or (mag_a == 0 and mag_b == f.inf):
        return _invalid(f, st)
    if mag_a > f.inf or mag_b > f.inf or mag_c > f.inf:
        return f.canonical_nan
    prod_sign = (a ^ b) & f.sign_bit
    if mag_a == f.inf or mag_b == f.inf:
        if mag_c == f.inf and (c & f.sign_bit) != prod_sign:
            return _invalid(f, st)  # inf - inf
        return prod_sign | f.inf
    return c  # finite product plus an infinite addend


# --- min, max, compares, classify, sign injection -----------------------------------


def _order_key(f: _Format, x: int) -> int:
    # An integer that orders non-NaN patterns as fmin/fmax need: by value, with
    # -0 just below +0.
    mag = x & f.mag_mask
    return -mag - 1 if x & f.sign_bit else mag


def _value_key(f: _Format, x: int) -> int:
    # Orders non-NaN patterns by value for the compares: -0 and +0 are equal.
    mag = x & f.mag_mask
    return -mag if x & f.sign_bit else mag


def _min_max(f: _Format, st: FPState, a: int, b: int, want_max: bool) -> int:
    # Version 2.2 semantics ("Single-Precision Floating-Point Computational
    # Instructions"): IEEE 754-2019 minimumNumber/maximumNumber. A lone NaN is
    # ignored, two NaNs give the canonical NaN, any sNaN sets NV, and -0 < +0.
    nan_a = (a & f.mag_mask) > f.inf
    nan_b = (b & f.mag_mask) > f.inf
    if nan_a or nan_b:
        if _is_snan(f, a) or _is_snan(f, b):
            st.fflags |= _NV
        if nan_a and nan_b:
            return f.canonical_nan
        return b if nan_a else a
    a_first = _order_key(f, a) <= _order_key(f, b)
    return (b if a_first else a) if want_max else (a if a_first else b)


def fmin(fmt: int, st: FPState, a: int, b: int) -> int:
    """The smaller of a and b (minimumNumber)."""
    return _min_max(_FORMATS[fmt], st, a, b, False)


def fmax(fmt: int, st: FPState, a: int, b: int) -> int:
    """The larger of a and b (maximumNumber)."""
    return _min_max(_FORMATS[fmt], st, a, b, True)


def _unordered(f: _Format, st: FPState, a: int, b: int, signaling: bool) -> bool:
    """Whether a or b is NaN, raising NV as a quiet or a signaling compare must."""
    nan_a = (a & f.mag_mask) > f.inf
    nan_b = (b & f.mag_mask) > f.inf
    if not (nan_a or nan_b):
        return False
    if signaling or _is_snan(f, a) or _is_snan(f, b):
        st.fflags |= _NV
    return True


def feq(fmt: int, st: FPState, a: int, b: int) -> int:
    """1 if a == b else 0; a quiet compare: NV only for a signaling NaN operand."""
    f = _FORMATS[fmt]
    if _unordered(f, st, a, b, False):
        return 0
    return int(_value_key(f, a) == _value_key(f, b))


def flt(fmt: int, st: FPState, a: int, b: int) -> int:
    """1 if a < b else 0; a signaling compare: NV for any NaN operand."""
    f = _FORMATS[fmt]
    if _unordered(f, st, a, b, True):
        return 0
    return int(_value_key(f, a) < _value_key(f, b))


def fle(fmt: int, st: FPState, a: int, b: int) -> int:
    """1 if a <= b else 0; a signaling compare: NV for any NaN operand."""
    f = _FORMATS[fmt]
    if _unordered(f, st, a, b, True):
        return 0
    return int(_value_key(f, a) <= _value_key(f, b))


def fclass(fmt: int, a: int) -> int:
    """The one-hot class mask of the spec's FCLASS table (bit 0 -inf ... bit 9 qNaN)."""
    f = _FORMATS[fmt]
    negative = a & f.sign_bit
    mag = a & f.mag_mask
    if mag > f.inf:
        return 1 << 9 if mag & f.quiet else 1 << 8
    if mag == f.inf:
        return 1 << 0 if negative else 1 << 7
    if mag == 0:
        return 1 << 3 if negative else 1 << 4
    if mag < f.hidden:
        return 1 << 2 if negative else 1 << 5  # subnormal
    return 1 << 1 if negative else 1 << 6


def sgnj(fmt: int, a: int, b: int) -> int:
    """a's magnitude with b's sign."""
    f = _FORMATS[fmt]
    return (a & f.mag_mask) | (b & f.sign_bit)


def sgnjn(fmt: int, a: int, b: int) -> int:
    """a's magnitude with the opposite of b's sign."""
    f = _FORMATS[fmt]
    return (a & f.mag_mask) | (~b & f.sign_bit)


def sgnjx(fmt: int, a: int, b: int) -> int:
    """a with its sign XOR-ed with b's sign."""
    f = _FORMATS[fmt]
    return a ^ (b & f.sign_bit)


# --- conversions ---------------------------------------------------------------------


def _sign_extend(v: int, bits: int) -> int:
    """The low `bits` bits of v as a signed value, i.e. as an RV64 x register gets them."""
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def to_int(fmt: int, st: FPState, a: int, rm: int, bits: int, signed: bool) -> int:
    """fcvt.{w,wu,l,lu}.{s,d}: a rounded to a `bits`-bit integer, as rd receives it.

    Out-of-range and NaN inputs saturate per the spec's table ("Single-Precision
    Floating-Point Conversion and Move Instructions"): NaN and too-large values give
    the largest integer, too-small ones the smallest, and set NV only. "Out of range"
    is judged on the rounded value, so -0.5 -> wu under RTZ is 0 with just NX.
    Results of 32-bit conversions are sign-extended, fcvt.wu's too.
    """
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    f = _FORMATS[fmt]
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    mag = a & f.mag_mask
    if mag >= f.inf:
        st.fflags |= _NV
        return _sign_extend(lo if mag == f.inf and a & f.sign_bit else hi, bits)
    sign, x, e = _unpack(f, a)
    inexact = False
    if e >= 0:
        n = x << e
    else:
        n = x >> -e
        rem = x & ((1 << -e) - 1)
        if rem:
            inexact = True
            if _rounds_up(rm, sign, n & 1, rem, 1 << (-e - 1)):
                n += 1
    v = -n if sign else n
    if v < lo or v > hi:
        st.fflags |= _NV  # NV alone: the saturated value is not "inexact" as well
        return _sign_extend(lo if v < lo else hi, bits)
    if inexact:
        st.fflags |= _NX
    return _sign_extend(v, bits)


def from_int(fmt: int, st: FPState, x: int, rm: int, bits: int, signed: bool) -> int:
    """fcvt.{s,d}.{w,wu,l,lu}: the low `bits` bits of register value x, rounded to fmt."""
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    v = x & ((1 << bits) - 1)
    if signed and v >> (bits - 1):
        v -= 1 << bits
    f = _FORMATS[fmt]
    if v < 0:
        return _round_pack(f, st, 1, 0, -v, False, rm)
    return _round_pack(f, st, 0, 0, v, False, rm)  # 0 converts to +0


def convert(dst_fmt: int, src_fmt: int, st: FPState, a: int, rm: int) -> int:
    """fcvt.s.d and fcvt.d.s: a (a src_fmt pattern) rounded to dst_fmt.

    A NaN becomes the canonical NaN of dst_fmt, with NV for a signaling one. fcvt.d.s
    is always exact but still resolves rm, since a reserved rm is illegal regardless.
    """
    if rm > _RMM:
        rm = resolve_rm(st, rm)
    src = _FORMATS[src_fmt]
    dst = _FORMATS[dst_fmt]
    mag = a & src.mag_mask
    if mag > src.inf:
        _nan_result(src, st, a)  # for its NV on a signaling NaN
        return dst.canonical_nan
    sign, x, e = _unpack(src, a)
    if mag == src.inf:
        return dst.sign_bit | dst.inf if sign else dst.inf
    return _round_pack(dst, st, sign, e, x, False, rm)


# --- NaN boxing ----------------------------------------------------------------------


def box(a32: int) -> int:
    """A single written into a 64-bit f register: upper 32 bits all ones."""
    return 0xFFFF_FFFF_0000_0000 | (a32 & 0xFFFF_FFFF)


def unbox(f64: int) -> int:
    """A 64-bit f register read as a single ("NaN Boxing of Narrower Values").

    Only a properly boxed value is the single in its low half; anything else reads as
    the canonical single NaN.
    """
    if f64 >> 32 == 0xFFFF_FFFF:
        return f64 & 0xFFFF_FFFF
    return CANONICAL_NAN_S
