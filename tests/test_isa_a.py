"""The A extension: LR/SC and every AMO, .w and .d, on both engines.

From the spec ("A" chapter): an AMO loads the old value into rd (sign-extended for
.w), combines it with rs2 and stores the result; LR registers a reservation that a
later SC to the same address consumes, writing 0 to rd on success and non-zero on
failure; an SC, successful or not, invalidates the reservation. Atomics must be
naturally aligned: a misaligned LR raises load-address-misaligned (4), a misaligned
SC or AMO store/AMO-address-misaligned (6), with mtval = the address.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from harness import CODE, DATA, ins, run, s64, stop_of, u64

from groundup.machine.hart import Hart, StopReason

MIN64, MAX64 = -(1 << 63), (1 << 63) - 1
SENTINEL = b"\xa5" * 16


def ok(h: Hart) -> Hart:
    assert stop_of(h).reason is StopReason.LIMIT, stop_of(h)
    return h


def sext(v: int, bits: int) -> int:
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


# --- AMOs ----------------------------------------------------------------------------------
# The new memory value, from the old one and rs2, both as unsigned `bits`-bit numbers.
COMBINE: dict[str, Callable[[int, int, int], int]] = {
    "swap": lambda old, v, bits: v,
    "add": lambda old, v, bits: (old + v) % (1 << bits),
    "xor": lambda old, v, bits: old ^ v,
    "and": lambda old, v, bits: old & v,
    "or": lambda old, v, bits: old | v,
    "min": lambda old, v, bits: old if sext(old, bits) <= sext(v, bits) else v,
    "max": lambda old, v, bits: old if sext(old, bits) >= sext(v, bits) else v,
    "minu": lambda old, v, bits: min(old, v),
    "maxu": lambda old, v, bits: max(old, v),
}
AMO_W = [
    "amoswap.w",
    "amoadd.w",
    "amoxor.w",
    "amoand.w",
    "amoor.w",
    "amomin.w",
    "amomax.w",
    "amominu.w",
    "amomaxu.w",
]
AMO_D = [
    "amoswap.d",
    "amoadd.d",
    "amoxor.d",
    "amoand.d",
    "amoor.d",
    "amomin.d",
    "amomax.d",
    "amominu.d",
    "amomaxu.d",
]

# (old memory value, rs2 register value): signed/unsigned order disagreements, carries,
# and for .w rs2 values whose upper 32 bits must be ignored.
W_PAIRS = [
    (5, 3),
    (0x8000_0000, 0x7FFF_FFFF),  # signed: INT_MIN < INT_MAX; unsigned: the other way
    (0x7FFF_FFFF, 0x8000_0000),
    (0xFFFF_FFFF, 1),  # -1 vs 1; add carries out of bit 31
    (0, 0xFFFF_FFFF),
    (0xFFFF_FFFB, 0xDEAD_BEEF_0000_0001),  # rs2 low word 1
    (0x1234_5678, 0xFFFF_FFFF_8765_4321),
]
D_PAIRS = [
    (5, 3),
    (u64(MIN64), MAX64),
    (MAX64, u64(MIN64)),
    (u64(-1), 1),
    (0, u64(-1)),
    (0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210),
]


@pytest.mark.parametrize(("old", "v"), W_PAIRS)
@pytest.mark.parametrize("name", AMO_W)
def test_amo_w(name: str, old: int, v: int) -> None:
    data = {DATA: old.to_bytes(4, "little") + SENTINEL[:12]}
    h = ok(run(ins(name, rd=5, rs1=10, rs2=11), x={10: DATA, 11: v}, data=data))
    new = COMBINE[name[3:-2]](old, v & 0xFFFF_FFFF, 32)
    assert h.x[5] == sext(old, 32)  # rd gets the old value, sign-extended
    assert h.mem.load(DATA, 4, False) == new
    assert h.mem.read(DATA + 4, 12) == SENTINEL[:12]  # only the word was written
    assert (h.x[10], h.x[11]) == (DATA, s64(v))


@pytest.mark.parametrize(("old", "v"), D_PAIRS)
@pytest.mark.parametrize("name", AMO_D)
def test_amo_d(name: str, old: int, v: int) -> None:
    data = {DATA + 8: old.to_bytes(8, "little") + SENTINEL[:8]}
    h = ok(run(ins(name, rd=5, rs1=10, rs2=11), x={10: DATA + 8, 11: v}, data=data))
    new = COMBINE[name[3:-2]](old, v, 64)
    assert h.x[5] == s64(old)
    assert h.mem.load(DATA + 8, 8, False) == new
    assert h.mem.read(DATA + 16, 8) == SENTINEL[:8]


@pytest.mark.parametrize(
    ("name", "old", "v", "want"),
    [
        ("amomin.w", 0x8000_0000, 0x7FFF_FFFF, 0x8000_0000),
        ("amominu.w", 0x8000_0000, 0x7FFF_FFFF, 0x7FFF_FFFF),
        ("amomax.w", 0xFFFF_FFFF, 0, 0),
        ("amomaxu.w", 0xFFFF_FFFF, 0, 0xFFFF_FFFF),
        ("amomin.w", 0xFFFF_FFFB, 0xDEAD_BEEF_0000_0001, 0xFFFF_FFFB),  # -5 < 1
        ("amominu.w", 0xFFFF_FFFB, 0xDEAD_BEEF_0000_0001, 1),
        ("amoadd.w", 0xFFFF_FFFF, 1, 0),
        ("amoswap.w", 0, 0x1_2345_6789, 0x2345_6789),
    ],
)
def test_amo_w_edges(name: str, old: int, v: int, want: int) -> None:
    h = ok(
        run(
            ins(name, rd=5, rs1=10, rs2=11),
            x={10: DATA, 11: v},
            data={DATA: old.to_bytes(4, "little")},
        )
    )
    assert h.mem.load(DATA, 4, False) == want


@pytest.mark.parametrize(
    ("name", "old", "v", "want"),
    [
        ("amomin.d", MIN64, MAX64, MIN64),
        ("amominu.d", MIN64, MAX64, MAX64),
        ("amomax.d", -1, 0, 0),
        ("amomaxu.d", -1, 0, -1),
        ("amoadd.d", MAX64, 1, MIN64),
    ],
)
def test_amo_d_edges(name: str, old: int, v: int, want: int) -> None:
    h = ok(
        run(
            ins(name, rd=5, rs1=10, rs2=11),
            x={10: DATA, 11: u64(v)},
            data={DATA: u64(old).to_bytes(8, "little")},
        )
    )
    assert h.mem.load(DATA, 8, True) == want
    assert h.x[5] == old


@pytest.mark.parametrize("name", AMO_W + AMO_D)
def test_amo_with_rd_equal_to_rs2(name: str) -> None:
    # rd = rs2: the old value lands in rd only after rs2 has been read.
    size = 4 if name.endswith(".w") else 8
    h = ok(
        run(
            ins(name, rd=11, rs1=10, rs2=11),
            x={10: DATA, 11: 6},
            data={DATA: (12).to_bytes(size, "little")},
        )
    )
    assert h.x[11] == 12
    assert h.mem.load(DATA, size, False) == COMBINE[name[3:-2]](12, 6, 8 * size)


@pytest.mark.parametrize("name", AMO_W + AMO_D)
def test_amo_into_x0_still_writes_memory(name: str) -> None:
    size = 4 if name.endswith(".w") else 8
    h = ok(
        run(
            ins(name, rd=0, rs1=10, rs2=11),
            x={10: DATA, 11: 6},
            data={DATA: (12).to_bytes(size, "little")},
        )
    )
    assert h.x[0] == 0
    assert h.mem.load(DATA, size, False) == COMBINE[name[3:-2]](12, 6, 8 * size)


# --- aq/rl: every combination is accepted and changes nothing ------------------------------
ALL_A = ["lr.w", "sc.w", "lr.d", "sc.d"] + AMO_W + AMO_D


@pytest.mark.parametrize(("aq", "rl"), [(False, False), (True, False), (False, True), (True, True)])
@pytest.mark.parametrize("name", ALL_A)
def test_aq_rl_bits_are_accepted(name: str, aq: bool, rl: bool) -> None:
    word = ins(name, rd=5, rs1=10, rs2=11, aq=aq, rl=rl)
    raw = int.from_bytes(word, "little")
    assert (raw >> 26 & 1, raw >> 25 & 1) == (aq, rl)
    plain = ins(name, rd=5, rs1=10, rs2=11)
    kw = {"x": {10: DATA, 11: 0x77}, "data": {DATA: (0x1234).to_bytes(8, "little")}}
    h, ref = ok(run(word, **kw)), ok(run(plain, **kw))  # type: ignore[arg-type]
    assert h.x == ref.x and h.mem.read(DATA, 8) == ref.mem.read(DATA, 8)


# --- LR/SC -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("w", "size"), [("w", 4), ("d", 8)])
def test_lr_sc_success(w: str, size: int) -> None:
    code = ins(f"lr.{w}", rd=5, rs1=10) + ins(f"sc.{w}", rd=6, rs1=10, rs2=11)
    old = (0x8765_4321_F000_0001).to_bytes(8, "little")[:size]
    h = ok(
        run(code, x={10: DATA, 11: 0x1122_3344_5566_7788, 6: 99}, data={DATA: old + SENTINEL[:8]})
    )
    assert h.x[5] == sext(int.from_bytes(old, "little"), 8 * size)  # lr.w sign-extends
    assert h.x[6] == 0
    assert h.mem.read(DATA, size) == (0x1122_3344_5566_7788).to_bytes(8, "little")[:size]
    assert h.mem.read(DATA + size, 8) == SENTINEL[:8]
    assert h.reservation is None


def test_lr_w_sign_extends() -> None:
    h = ok(run(ins("lr.w", rd=5, rs1=10), x={10: DATA}, data={DATA: b"\x00\x00\x00\x80"}))
    assert h.x[5] == -(1 << 31)
    assert h.reservation is not None


@pytest.mark.parametrize("name", ["sc.w", "sc.d"])
def test_sc_without_reservation_fails(name: str) -> None:
    h = ok(
        run(ins(name, rd=6, rs1=10, rs2=11), x={10: DATA, 11: u64(-1)}, data={DATA: SENTINEL[:8]})
    )
    assert h.x[6] != 0
    assert h.mem.read(DATA, 8) == SENTINEL[:8]


@pytest.mark.parametrize("w", ["w", "d"])
def test_sc_to_another_address_fails(w: str) -> None:
    code = ins(f"lr.{w}", rd=5, rs1=10) + ins(f"sc.{w}", rd=6, rs1=12, rs2=11)
    h = ok(run(code, x={10: DATA, 12: DATA + 64, 11: u64(-1)}, data={DATA + 64: SENTINEL[:8]}))
    assert h.x[6] != 0
    assert h.mem.read(DATA + 64, 8) == SENTINEL[:8]


@pytest.mark.parametrize("w", ["w", "d"])
def test_successful_sc_clears_the_reservation(w: str) -> None:
    code = ins(f"lr.{w}", rd=5, rs1=10) + ins(f"sc.{w}", rd=6, rs1=10, rs2=11)
    code += ins(f"sc.{w}", rd=7, rs1=10, rs2=12)
    h = ok(run(code, x={10: DATA, 11: 1, 12: 2}))
    assert h.x[6] == 0 and h.x[7] != 0
    assert h.mem.load(DATA, 4, False) == 1


@pytest.mark.parametrize("w", ["w", "d"])
def test_failed_sc_also_clears_the_reservation(w: str) -> None:
    code = ins(f"lr.{w}", rd=5, rs1=10) + ins(f"sc.{w}", rd=6, rs1=12, rs2=11)
    code += ins(f"sc.{w}", rd=7, rs1=10, rs2=11)
    h = ok(run(code, x={10: DATA, 12: DATA + 64, 11: 3}))
    assert h.x[6] != 0 and h.x[7] != 0
    assert h.mem.load(DATA, 8, False) == 0


def test_lr_sc_retry_loop() -> None:
    # The canonical atomic increment: lr.d, addi, sc.d, bnez back to the lr.
    code = ins("lr.d", rd=5, rs1=10) + ins("addi", rd=5, rs1=5, imm=1)
    code += ins("sc.d", rd=6, rs1=10, rs2=5) + ins("bne", rs1=6, rs2=0, imm=-12)
    h = ok(run(code, x={10: DATA}, data={DATA: (41).to_bytes(8, "little")}))
    assert h.mem.load(DATA, 8, True) == 42 and h.x[6] == 0 and h.pc == CODE + 16


def test_a_later_lr_moves_the_reservation() -> None:
    code = ins("lr.d", rd=5, rs1=10) + ins("lr.d", rd=5, rs1=12)
    code += ins("sc.d", rd=6, rs1=10, rs2=11) + ins("lr.d", rd=5, rs1=12)
    code += ins("sc.d", rd=7, rs1=12, rs2=11)
    h = ok(run(code, x={10: DATA, 12: DATA + 8, 11: 9}))
    assert h.x[6] != 0 and h.x[7] == 0
    assert h.mem.load(DATA, 8, True) == 0 and h.mem.load(DATA + 8, 8, True) == 9


# --- alignment ---------------------------------------------------------------------------------
MISALIGNED = [(n, off) for n in AMO_W + ["sc.w"] for off in (1, 2, 3)]
MISALIGNED += [(n, off) for n in AMO_D + ["sc.d"] for off in (1, 4, 6)]


@pytest.mark.parametrize(("name", "offset"), MISALIGNED)
def test_misaligned_amo_and_sc_raise_store_misaligned(name: str, offset: int) -> None:
    addr = DATA + offset
    h = run(
        ins(name, rd=5, rs1=10, rs2=11), x={10: addr, 11: u64(-1), 5: 77}, data={DATA: SENTINEL}
    )
    stop = stop_of(h)
    assert stop.reason is StopReason.TRAP and stop.cause == 6
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (6, CODE, addr)
    assert h.x[5] == 77  # rd untouched
    assert h.mem.read(DATA, 16) == SENTINEL  # nothing stored
    assert h.instret == 0


@pytest.mark.parametrize(
    ("name", "offset"),
    [("lr.w", 1), ("lr.w", 2), ("lr.w", 3), ("lr.d", 1), ("lr.d", 4), ("lr.d", 7)],
)
def test_misaligned_lr_raises_load_misaligned(name: str, offset: int) -> None:
    h = run(ins(name, rd=5, rs1=10), x={10: DATA + offset, 5: 77})
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (4, CODE, DATA + offset)
    assert h.x[5] == 77
    assert h.reservation is None


def test_misaligned_sc_after_lr_traps_rather_than_failing() -> None:
    code = ins("lr.d", rd=5, rs1=10) + ins("sc.d", rd=6, rs1=12, rs2=11)
    h = run(code, x={10: DATA, 12: DATA + 4, 6: 77})
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (6, CODE + 4, DATA + 4)
    assert h.x[6] == 77


@pytest.mark.parametrize("name", ["amoadd.w", "lr.w", "sc.w"])
def test_aligned_word_atomics_at_odd_words_are_fine(name: str) -> None:
    h = ok(run(ins(name, rd=5, rs1=10, rs2=11), x={10: DATA + 4, 11: 1}))
    assert stop_of(h).reason is StopReason.LIMIT
