"""The M extension: multiply and divide, on both engines.

Expected values follow the spec's "Division Operations" table (division by zero
gives all ones / the dividend, INT_MIN / -1 gives INT_MIN / 0) and are otherwise
computed here from the definitions with Python's unbounded ints.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from harness import CODE, ins, run, s64, stop_of, u64

from groundup.machine.hart import StopReason

MIN64, MAX64 = -(1 << 63), (1 << 63) - 1
MIN32, MAX32 = -(1 << 31), (1 << 31) - 1
GARBAGE = 0x5A5A_5A5A_0000_0000  # upper bits the W forms must ignore


def op(name: str, a: int, b: int) -> int:
    h = run(ins(name, rd=5, rs1=6, rs2=7), x={6: u64(a), 7: u64(b)})
    assert stop_of(h).reason is StopReason.LIMIT
    assert (h.x[6], h.x[7]) == (s64(a), s64(b))  # sources untouched
    return h.x[5]


def sext32(v: int) -> int:
    v &= 0xFFFF_FFFF
    return v - (1 << 32) if v >> 31 else v


def trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


# --- multiplication ------------------------------------------------------------------
MUL_OPERANDS = [
    (3, 4),
    (-3, 4),
    (-1, -1),
    (MIN64, -1),
    (MIN64, MIN64),
    (MAX64, MAX64),
    (MAX64, MIN64),
    (MAX64, 2),
    (-1, 1),
    (1 << 32, 1 << 32),
    (0x1234_5678_9ABC_DEF0, -0x0FED_CBA9_8765_4321),
    (0, -1),
]
MUL: dict[str, Callable[[int, int], int]] = {
    "mul": lambda a, b: s64(a * b),
    "mulh": lambda a, b: s64((a * b) >> 64),
    "mulhsu": lambda a, b: s64((a * u64(b)) >> 64),
    "mulhu": lambda a, b: s64((u64(a) * u64(b)) >> 64),
    "mulw": lambda a, b: sext32(a * b),
}


@pytest.mark.parametrize(("a", "b"), MUL_OPERANDS)
@pytest.mark.parametrize("name", ["mul", "mulh", "mulhsu", "mulhu", "mulw"])
def test_multiply(name: str, a: int, b: int) -> None:
    assert op(name, a, b) == MUL[name](a, b)


@pytest.mark.parametrize(
    ("name", "a", "b", "want"),
    [
        ("mulh", -1, -1, 0),  # product 1: high half zero
        ("mulh", -1, 1, -1),  # product -1: high half all ones
        ("mulh", MIN64, MIN64, 1 << 62),
        ("mulh", MAX64, MAX64, (1 << 62) - 1),
        ("mulhsu", -1, -1, -1),  # -1 * (2**64 - 1): high half all ones
        ("mulhsu", 1, -1, 0),
        ("mulhsu", MIN64, -1, MIN64),  # -2**63 * (2**64 - 1) = -2**127 + 2**63
        ("mulhu", -1, -1, -2),  # (2**64 - 1)**2 = 2**128 - 2**65 + 1
        ("mulhu", MIN64, 2, 1),
        ("mul", MIN64, -1, MIN64),
        ("mulw", 0x7FFF_FFFF, 2, -2),
        ("mulw", 0x10000, 0x8000, MIN32),
        ("mulw", GARBAGE | 3, GARBAGE | 5, 15),
        ("mulw", MIN32, -1, MIN32),
        ("mulw", 0x1_0000_0001, 0x1_0000_0001, 1),
    ],
)
def test_multiply_edges(name: str, a: int, b: int, want: int) -> None:
    assert op(name, a, b) == want


# --- division: the spec's table ---------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "a", "b", "want"),
    [
        # division by zero: quotient all ones, remainder the dividend
        ("div", 42, 0, -1),
        ("div", -42, 0, -1),
        ("div", 0, 0, -1),
        ("divu", 42, 0, -1),
        ("divu", MIN64, 0, -1),
        ("rem", 42, 0, 42),
        ("rem", MIN64, 0, MIN64),
        ("remu", -42, 0, -42),
        ("remu", 0, 0, 0),
        ("divw", 42, 0, -1),
        ("divw", 42, GARBAGE, -1),  # only the low 32 bits of the divisor count
        ("divuw", 42, 0, -1),
        ("divuw", 42, 0x1_0000_0000, -1),
        ("remw", 0x1_8000_0001, 0, -0x7FFF_FFFF),  # the dividend's low word, sign-extended
        ("remw", GARBAGE | 7, GARBAGE, 7),
        ("remuw", 0x1_8000_0001, 0, -0x7FFF_FFFF),
        ("remuw", 0xFFFF_FFFF_0000_0005, 0x7_0000_0000, 5),
        # signed overflow: INT_MIN / -1
        ("div", MIN64, -1, MIN64),
        ("rem", MIN64, -1, 0),
        ("divw", MIN32, -1, MIN32),
        ("divw", GARBAGE | 0x8000_0000, 0xFFFF_FFFF, MIN32),
        ("remw", MIN32, -1, 0),
        ("remw", GARBAGE | 0x8000_0000, 0xFFFF_FFFF, 0),
        # not overflow for the unsigned forms
        ("divu", MIN64, -1, 0),
        ("remu", MIN64, -1, MIN64),
        ("divuw", MIN32, -1, 0),
        ("remuw", MIN32, -1, MIN32),
    ],
)
def test_division_special_cases(name: str, a: int, b: int, want: int) -> None:
    assert op(name, a, b) == want


DIV_OPERANDS = [
    (7, 2),
    (-7, 2),
    (7, -2),
    (-7, -2),
    (6, 3),
    (-6, 3),
    (1, 7),
    (-1, 7),
    (MAX64, 2),
    (MIN64, 2),
    (MIN64, MAX64),
    (MAX64, MIN64),
    (-1, -1),
    (0x1234_5678_9ABC_DEF0, 0x1_0000_0001),
]


@pytest.mark.parametrize(("a", "b"), DIV_OPERANDS)
def test_div_rem_round_toward_zero(a: int, b: int) -> None:
    q = trunc_div(a, b)
    assert op("div", a, b) == q
    assert op("rem", a, b) == a - b * q  # the remainder takes the dividend's sign


@pytest.mark.parametrize(("a", "b"), DIV_OPERANDS)
def test_divu_remu(a: int, b: int) -> None:
    assert op("divu", a, b) == s64(u64(a) // u64(b))
    assert op("remu", a, b) == s64(u64(a) % u64(b))


W_DIV_OPERANDS = [
    (7, 2),
    (-7, 2),
    (7, -2),
    (-7, -2),
    (MAX32, 2),
    (MIN32, 2),
    (MIN32, MAX32),
    (GARBAGE | 0xFFFF_FFF9, 2),  # low word -7
    (0x1_0000_0007, 0x3_0000_0002),
    (0xFFFF_FFFF, 0x8000_0000),
    (0x8000_0000, 0xFFFF_FFFF),
    (0x7FFF_FFFF, 0xFFFF_FFFE),
]


@pytest.mark.parametrize(("a", "b"), W_DIV_OPERANDS)
def test_word_division_uses_low_32_bits(a: int, b: int) -> None:
    sa, sb = sext32(a), sext32(b)
    ua, ub = a & 0xFFFF_FFFF, b & 0xFFFF_FFFF
    q = trunc_div(sa, sb)
    assert op("divw", a, b) == sext32(q)
    assert op("remw", a, b) == sext32(sa - sb * q)
    assert op("divuw", a, b) == sext32(ua // ub)  # results sign-extended from bit 31
    assert op("remuw", a, b) == sext32(ua % ub)


@pytest.mark.parametrize(
    ("name", "a", "b", "want"),
    [
        ("divuw", 0xFFFF_FFFF, 1, -1),  # the 32-bit result 0xFFFF_FFFF has bit 31 set
        ("divuw", 0xFFFF_FFFE, 2, MAX32),
        ("remuw", 0x8000_0001, 0xFFFF_FFFF, -0x7FFF_FFFF),
        ("remuw", 0x7FFF_FFFF, 0xFFFF_FFFF, MAX32),
        ("divu", -1, 1, -1),
        ("remu", -1, 0, -1),
    ],
)
def test_unsigned_results_sign_extend(name: str, a: int, b: int, want: int) -> None:
    assert op(name, a, b) == want


M_OPS = [
    "mul",
    "mulh",
    "mulhsu",
    "mulhu",
    "div",
    "divu",
    "rem",
    "remu",
    "mulw",
    "divw",
    "divuw",
    "remw",
    "remuw",
]


@pytest.mark.parametrize("name", M_OPS)
def test_rd_equal_to_both_sources(name: str) -> None:
    a = -0x1234_5678_9ABC
    want = {
        "mul": s64(a * a),
        "mulh": s64((a * a) >> 64),
        "mulhsu": s64((a * u64(a)) >> 64),
        "mulhu": s64((u64(a) * u64(a)) >> 64),
        "div": 1,
        "divu": 1,
        "rem": 0,
        "remu": 0,
        "mulw": sext32(a * a),
        "divw": 1,
        "divuw": 1,
        "remw": 0,
        "remuw": 0,
    }[name]
    h = run(ins(name, rd=8, rs1=8, rs2=8), x={8: u64(a)})
    assert h.x[8] == want


@pytest.mark.parametrize("name", M_OPS)
def test_division_by_zero_never_traps(name: str) -> None:
    h = run(ins(name, rd=5, rs1=6, rs2=0) + ins("addi", rd=9, imm=1), x={6: 5})
    assert stop_of(h).reason is StopReason.LIMIT and h.x[9] == 1 and h.pc == CODE + 8
