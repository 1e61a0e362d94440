"""Integer helpers that the semantics in the instruction table call.

Registers are held as signed Python ints in [-2**63, 2**63): compares, arithmetic
shifts and sign-extending loads are then native Python operations, and a result
only needs wrapping when it leaves that range. The helpers here are the operations
that are not a one-liner in that representation: division with the spec's
divide-by-zero and overflow results ("Division Operations" in the M chapter),
and the AMO combining functions.
"""

from __future__ import annotations

M32 = 0xFFFF_FFFF
M64 = 0xFFFF_FFFF_FFFF_FFFF
MIN64 = -(1 << 63)
MAX64 = (1 << 63) - 1
MIN32 = -(1 << 31)


def wrap64(v: int) -> int:
    """The signed 64-bit value congruent to v (two's-complement wraparound)."""
    return ((v + (1 << 63)) & M64) - (1 << 63)


def wrap32(v: int) -> int:
    """Sign-extend the low 32 bits of v, as every RV64 *W instruction does."""
    return ((v + (1 << 31)) & M32) - (1 << 31)


def _trunc_div(a: int, b: int) -> int:
    # C and RISC-V round the quotient toward zero; Python's // rounds toward -inf.
    q = abs(a) // abs(b)
    return -q if (a < 0) != (b < 0) else q


def div(a: int, b: int) -> int:
    if b == 0:
        return -1
    if a == MIN64 and b == -1:
        return MIN64  # the one overflow case: the quotient is the dividend
    return _trunc_div(a, b)


def divu(a: int, b: int) -> int:
    if b == 0:
        return -1  # all ones
    return wrap64((a & M64) // (b & M64))


def rem(a: int, b: int) -> int:
    if b == 0:
        return a
    if a == MIN64 and b == -1:
        return 0
    return a - b * _trunc_div(a, b)


def remu(a: int, b: int) -> int:
    if b == 0:
        return a
    return wrap64((a & M64) % (b & M64))


def divw(a: int, b: int) -> int:
    a, b = wrap32(a), wrap32(b)
    if b == 0:
        return -1
    if a == MIN32 and b == -1:
        return MIN32
    return _trunc_div(a, b)


def divuw(a: int, b: int) -> int:
    if b & M32 == 0:
        return -1
    return wrap32((a & M32) // (b & M32))


def remw(a: int, b: int) -> int:
    a, b = wrap32(a), wrap32(b)
    if b == 0:
        return a
    if a == MIN32 and b == -1:
        return 0
    return a - b * _trunc_div(a, b)


def remuw(a: int, b: int) -> int:
    if b & M32 == 0:
        return wrap32(a)
    return wrap32((a & M32) % (b & M32))


def mulh(a: int, b: int) -> int:
    return (a * b) >> 64


def mulhu(a: int, b: int) -> int:
    return wrap64(((a & M64) * (b & M64)) >> 64)


def mulhsu(a: int, b: int) -> int:
    return (a * (b & M64)) >> 64


# AMO combining functions: (old memory value, rs2 value) -> new memory value. Both
# arguments arrive sign-extended to 64 bits; width-specific compares come from the
# caller having sign- or zero-extended them (see Hart.amo).
def amo_swap(old: int, v: int) -> int:
    return v


def amo_add(old: int, v: int) -> int:
    return old + v


def amo_xor(old: int, v: int) -> int:
    return old ^ v


def amo_and(old: int, v: int) -> int:
    return old & v


def amo_or(old: int, v: int) -> int:
    return old | v


def amo_min(old: int, v: int) -> int:
    return min(old, v)


def amo_max(old: int, v: int) -> int:
    return max(old, v)


def amo_minu(old: int, v: int) -> int:
    return min(old & M64, v & M64)


def amo_maxu(old: int, v: int) -> int:
    return max(old & M64, v & M64)
