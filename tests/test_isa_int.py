"""RV64I, one instruction at a time, on both engines (see harness.run).

Expected values are written from the unprivileged spec ("RV32I/RV64I Base Integer
Instruction Set"), or computed here with plain Python on unbounded ints — never by
asking the emulator. The last test checks that every op of the instruction table and
every compressed form is named by at least one of the tests/test_isa_*.py files.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from harness import CODE, DATA, ins, run, s64, stop_of, u64

from groundup.isa.compressed import COPS
from groundup.isa.table import OPS
from groundup.machine.hart import Hart, StopReason

MIN64, MAX64 = -(1 << 63), (1 << 63) - 1
MIN32, MAX32 = -(1 << 31), (1 << 31) - 1


def ok(h: Hart) -> Hart:
    stop = stop_of(h)
    assert stop.reason is StopReason.LIMIT, f"unexpected trap {stop}"
    return h


def sext32(v: int) -> int:
    v &= 0xFFFF_FFFF
    return v - (1 << 32) if v >> 31 else v


# --- register-register ---------------------------------------------------------------
RR = [
    ("add", 1, 2, 3),
    ("add", -1, -1, -2),
    ("add", MAX64, 1, MIN64),
    ("add", MIN64, -1, MAX64),
    ("sub", 0, 1, -1),
    ("sub", MIN64, 1, MAX64),
    ("sub", 5, -5, 10),
    ("sll", 1, 0, 1),
    ("sll", 1, 31, 1 << 31),
    ("sll", 1, 32, 1 << 32),
    ("sll", 1, 63, MIN64),
    ("sll", 3, 63, MIN64),
    ("sll", 1, 64, 1),  # only rs2[5:0] counts
    ("sll", 1, 65, 2),
    ("sll", 1, -1, MIN64),  # -1 & 63 = 63
    ("slt", -1, 0, 1),
    ("slt", 0, -1, 0),
    ("slt", MIN64, MAX64, 1),
    ("slt", MAX64, MIN64, 0),
    ("slt", 5, 5, 0),
    ("sltu", -1, 0, 0),
    ("sltu", 0, -1, 1),
    ("sltu", MAX64, MIN64, 1),
    ("sltu", 0, 1, 1),
    ("sltu", 7, 7, 0),
    ("xor", 0x0F0F, 0x00FF, 0x0FF0),
    ("xor", -1, 0x1234, ~0x1234),
    ("srl", MIN64, 63, 1),
    ("srl", -1, 0, -1),
    ("srl", -1, 1, MAX64),
    ("srl", -1, 32, 0xFFFF_FFFF),
    ("srl", -1, 64, -1),  # shift by 0
    ("srl", -1, 127, 1),
    ("sra", MIN64, 63, -1),
    ("sra", MIN64, 1, -(1 << 62)),
    ("sra", MAX64, 63, 0),
    ("sra", -1, 69, -1),
    ("sra", -256, 4, -16),
    ("sra", 1 << 40, 32, 1 << 8),
    ("or", 0xF0, 0x0F, 0xFF),
    ("or", MIN64, 1, MIN64 + 1),
    ("and", 0xFF, 0x0F, 0x0F),
    ("and", -1, MIN64, MIN64),
]


@pytest.mark.parametrize(("name", "a", "b", "want"), RR)
def test_register_register(name: str, a: int, b: int, want: int) -> None:
    h = ok(run(ins(name, rd=5, rs1=6, rs2=7), x={6: u64(a), 7: u64(b)}))
    assert h.x[5] == want
    assert (h.x[6], h.x[7]) == (a, b)
    assert h.pc == CODE + 4 and h.instret == 1


@pytest.mark.parametrize("name", sorted({c[0] for c in RR}))
def test_register_register_same_register(name: str) -> None:
    # rd = rs1 = rs2: both operands are read before the write.
    a = 0x1234_5678_9ABC_DEF1
    want = {
        "add": s64(2 * a),
        "sub": 0,
        "sll": s64(a << (a & 63)),
        "slt": 0,
        "sltu": 0,
        "xor": 0,
        "srl": s64(a >> (a & 63)),
        "sra": a >> (a & 63),
        "or": a,
        "and": a,
    }[name]
    h = ok(run(ins(name, rd=9, rs1=9, rs2=9), x={9: a}))
    assert h.x[9] == want


# --- register-immediate --------------------------------------------------------------
RI = [
    ("addi", 0, -2048, -2048),
    ("addi", 0, 2047, 2047),
    ("addi", MAX64, 1, MIN64),
    ("addi", MIN64, -1, MAX64),
    ("addi", 5, -6, -1),
    ("slti", -1, 0, 1),
    ("slti", 0, -1, 0),
    ("slti", MIN64, -2048, 1),
    ("slti", 2047, 2047, 0),
    ("slti", 2046, 2047, 1),
    ("sltiu", 0, 1, 1),  # seqz
    ("sltiu", 5, 1, 0),
    ("sltiu", -2, -1, 1),  # imm -1 is sign-extended, then compared as 2**64 - 1
    ("sltiu", -1, -1, 0),
    ("sltiu", MAX64, -2048, 1),
    ("sltiu", 0x800, 0x7FF, 0),
    ("xori", 0x1234, -1, ~0x1234),  # not
    ("xori", 0, -2048, -2048),
    ("xori", -1, 0x7FF, ~0x7FF),
    ("ori", 0, -2048, -2048),
    ("ori", 0x100, 0x0FF, 0x1FF),
    ("andi", -1, -2048, -2048),
    ("andi", MAX64, -1, MAX64),
    ("andi", 0x1234, 0xFF, 0x34),
    ("slli", 1, 0, 1),
    ("slli", 1, 1, 2),
    ("slli", 1, 31, 1 << 31),
    ("slli", 1, 32, 1 << 32),
    ("slli", 1, 63, MIN64),
    ("slli", -1, 63, MIN64),
    ("srli", -1, 0, -1),
    ("srli", -1, 1, MAX64),
    ("srli", -1, 31, 0x1_FFFF_FFFF),
    ("srli", -1, 32, 0xFFFF_FFFF),
    ("srli", MIN64, 63, 1),
    ("srai", MIN64, 0, MIN64),
    ("srai", MIN64, 1, -(1 << 62)),
    ("srai", MIN64, 31, -(1 << 32)),
    ("srai", MIN64, 32, -(1 << 31)),
    ("srai", MIN64, 63, -1),
    ("srai", MAX64, 63, 0),
]


@pytest.mark.parametrize(("name", "a", "imm", "want"), RI)
def test_register_immediate(name: str, a: int, imm: int, want: int) -> None:
    h = ok(run(ins(name, rd=5, rs1=6, imm=imm), x={6: u64(a)}))
    assert h.x[5] == want
    assert h.x[6] == a


# --- *W: 32-bit operations, results sign-extended from bit 31 --------------------------
GARBAGE = 0x5A5A_5A5A_0000_0000  # upper bits the W forms must ignore

W_RR = [
    ("addw", 0x7FFF_FFFF, 1, MIN32),  # bit 31 set: sign-extends to negative
    ("addw", 0xFFFF_FFFF, 1, 0),
    ("addw", GARBAGE | 0xFFFF_FFFF, 0, -1),
    ("addw", GARBAGE | 0x7FFF_FFFF, GARBAGE, MAX32),  # bit 31 clear: upper bits cleared
    ("addw", 0x8000_0000, 0x8000_0000, 0),
    ("subw", 0, 1, -1),
    ("subw", MIN32, 1, MAX32),
    ("subw", GARBAGE | 5, GARBAGE | 7, -2),
    ("sllw", 1, 31, MIN32),
    ("sllw", 1, 30, 1 << 30),
    ("sllw", 1, 32, 1),  # only rs2[4:0] counts
    ("sllw", 3, 63, MIN32),
    ("sllw", GARBAGE | 0xFFFF_FFFF, 4, -16),
    ("sllw", 0x1_0000_0001, 0, 1),
    ("srlw", 0x8000_0000, 0, MIN32),  # shift by 0 still sign-extends bit 31
    ("srlw", 0x8000_0000, 1, 0x4000_0000),
    ("srlw", -1, 31, 1),
    ("srlw", GARBAGE | 0xF000_0000, 4, 0x0F00_0000),
    ("srlw", -1, 32, -1),
    ("sraw", 0x8000_0000, 31, -1),
    ("sraw", 0x8000_0000, 4, -(1 << 27)),
    ("sraw", GARBAGE | 0x7FFF_FFFF, 30, 1),
    ("sraw", 0x1_0000_0000, 0, 0),
    ("sraw", -1, 33, -1),
]


@pytest.mark.parametrize(("name", "a", "b", "want"), W_RR)
def test_word_register_register(name: str, a: int, b: int, want: int) -> None:
    h = ok(run(ins(name, rd=5, rs1=6, rs2=7), x={6: u64(a), 7: u64(b)}))
    assert h.x[5] == want


W_RI = [
    ("addiw", 0x7FFF_FFFF, 1, MIN32),
    ("addiw", GARBAGE | 0x8000_0000, 0, MIN32),  # sext.w
    ("addiw", GARBAGE | 0x1234, 0, 0x1234),
    ("addiw", 0, -2048, -2048),
    ("addiw", 0xFFFF_FFFF, 2047, 2046),
    ("addiw", MIN32, -1, MAX32),
    ("slliw", 1, 0, 1),
    ("slliw", 1, 31, MIN32),
    ("slliw", GARBAGE | 0x0001_8000, 16, MIN32),
    ("slliw", 0xFFFF_FFFF, 31, MIN32),
    ("slliw", 0x4000_0000, 1, MIN32),
    ("slliw", 0x2000_0000, 1, 0x4000_0000),
    ("srliw", 0x8000_0000, 0, MIN32),
    ("srliw", 0x8000_0000, 31, 1),
    ("srliw", -1, 1, MAX32),
    ("srliw", GARBAGE | 0x10, 4, 1),
    ("sraiw", 0x8000_0000, 0, MIN32),
    ("sraiw", 0x8000_0000, 31, -1),
    ("sraiw", 0x8000_0000, 1, -(1 << 30)),
    ("sraiw", GARBAGE | 0x7FFF_FFFF, 31, 0),
    ("sraiw", 0xFFFF_FF00, 4, -16),
]


@pytest.mark.parametrize(("name", "a", "imm", "want"), W_RI)
def test_word_register_immediate(name: str, a: int, imm: int, want: int) -> None:
    h = ok(run(ins(name, rd=5, rs1=6, imm=imm), x={6: u64(a)}))
    assert h.x[5] == want


# --- lui, auipc ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("imm", "want"),
    [
        (0, 0),
        (0x1000, 0x1000),
        (0x12345000, 0x12345000),
        (0x7FFFF000, 0x7FFFF000),
        (0x80000000, MIN32),  # imm[31] is sign-extended into the upper 32 bits
        (0xFFFFF000, -4096),
    ],
)
def test_lui(imm: int, want: int) -> None:
    h = ok(run(ins("lui", rd=5, imm=imm), x={5: 0x1234}))
    assert h.x[5] == want


@pytest.mark.parametrize(
    ("pad", "imm"),
    [(0, 0), (0, 0x1000), (1, 0x7FFFF000), (0, 0x80000000), (2, 0xFFFFF000), (3, 0x12345000)],
)
def test_auipc_adds_to_its_own_pc(pad: int, imm: int) -> None:
    nop = ins("addi")
    h = ok(run(nop * pad + ins("auipc", rd=5, imm=imm)))
    pc = CODE + 4 * pad
    assert h.x[5] == s64(pc + sext32(imm))


# --- jal, jalr -----------------------------------------------------------------------
@pytest.mark.parametrize("imm", [4, 8, -4, 2, 6, 0x7FE, 0x800, (1 << 20) - 2, -(1 << 20), 0])
def test_jal_links_and_jumps(imm: int) -> None:
    pad = ins("addi") * 2
    h = ok(run(pad + ins("jal", rd=1, imm=imm), steps=3))
    jal_pc = CODE + 8
    assert h.pc == jal_pc + imm
    assert h.x[1] == jal_pc + 4


def test_jal_to_x0_is_a_plain_jump() -> None:
    h = ok(run(ins("jal", rd=0, imm=12), x={1: 77}))
    assert h.pc == CODE + 12 and h.x[0] == 0 and h.x[1] == 77


@pytest.mark.parametrize(
    ("base", "imm", "target"),
    [
        (DATA, 0, DATA),
        (DATA, 1, DATA),  # bit 0 of the sum is cleared
        (DATA + 1, 0, DATA),
        (DATA + 1, 2, DATA + 2),
        (DATA + 1, 1, DATA + 2),
        (DATA + 0x800, -2048, DATA),
        (DATA, 2047, DATA + 2046),
        (DATA + 6, -3, DATA + 2),
    ],
)
def test_jalr_target_clears_bit_0(base: int, imm: int, target: int) -> None:
    h = ok(run(ins("jalr", rd=1, rs1=5, imm=imm), x={5: base}))
    assert h.pc == target
    assert h.x[1] == CODE + 4
    assert h.x[5] == base


def test_jalr_with_rd_equal_rs1_uses_the_old_value() -> None:
    h = ok(run(ins("jalr", rd=5, rs1=5, imm=8), x={5: DATA}))
    assert h.pc == DATA + 8
    assert h.x[5] == CODE + 4


def test_jalr_ret_through_the_translated_path() -> None:
    # call forward, return, then one more instruction: link and return address agree.
    code = ins("jal", rd=1, imm=12) + ins("addi", rd=6, rs1=6, imm=1) + ins("jal", imm=12)
    code += ins("addi", rd=7, imm=9) + ins("jalr", rd=0, rs1=1, imm=0)
    h = ok(run(code, steps=5))
    assert (h.x[6], h.x[7]) == (1, 9)
    assert h.x[1] == CODE + 4
    assert h.pc == CODE + 8 + 12


# --- branches --------------------------------------------------------------------------
BRANCH_CASES = [
    (0, 0),
    (1, 1),
    (-1, 0),
    (0, -1),
    (-1, -1),
    (MIN64, MAX64),
    (MAX64, MIN64),
    (MIN64, 0),
    (1, 2),
    (2, 1),
]
CONDITION: dict[str, Callable[[int, int], bool]] = {
    "beq": lambda a, b: a == b,
    "bne": lambda a, b: a != b,
    "blt": lambda a, b: a < b,
    "bge": lambda a, b: a >= b,
    "bltu": lambda a, b: u64(a) < u64(b),
    "bgeu": lambda a, b: u64(a) >= u64(b),
}


@pytest.mark.parametrize(("a", "b"), BRANCH_CASES)
@pytest.mark.parametrize("name", ["beq", "bne", "blt", "bge", "bltu", "bgeu"])
def test_branch_forward(name: str, a: int, b: int) -> None:
    h = ok(run(ins(name, rs1=5, rs2=6, imm=16), x={5: u64(a), 6: u64(b)}))
    assert h.pc == (CODE + 16 if CONDITION[name](a, b) else CODE + 4)


@pytest.mark.parametrize(("a", "b"), [(0, 0), (-1, 0), (0, -1), (MIN64, MAX64)])
@pytest.mark.parametrize("name", ["beq", "bne", "blt", "bge", "bltu", "bgeu"])
def test_branch_backward(name: str, a: int, b: int) -> None:
    code = ins("addi", rd=7, rs1=7, imm=1) + ins(name, rs1=5, rs2=6, imm=-4)
    h = ok(run(code, x={5: u64(a), 6: u64(b)}))
    assert h.pc == (CODE if CONDITION[name](a, b) else CODE + 8)


@pytest.mark.parametrize("imm", [-4096, 4094, 2, -2])
def test_branch_offset_ends(imm: int) -> None:
    h = ok(run(ins("addi") * 2 + ins("beq", imm=imm), steps=3))
    assert h.pc == CODE + 8 + imm


def test_branch_loop_counts_down() -> None:
    # addi x5, x5, -1 ; bne x5, x0, -4 : ten times round, then fall through.
    code = ins("addi", rd=5, rs1=5, imm=-1) + ins("bne", rs1=5, rs2=0, imm=-4)
    h = ok(run(code, x={5: 10}, steps=20))
    assert h.x[5] == 0 and h.pc == CODE + 8 and h.instret == 20


# --- loads -------------------------------------------------------------------------------
PATTERN = bytes([0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x91, 0xF0, 0x7F, 0x80, 0x01])
LOADS = {
    "lb": (1, True),
    "lbu": (1, False),
    "lh": (2, True),
    "lhu": (2, False),
    "lw": (4, True),
    "lwu": (4, False),
    "ld": (8, True),
}


@pytest.mark.parametrize("offset", range(4))
@pytest.mark.parametrize("name", list(LOADS))
def test_load_widths_and_extension(name: str, offset: int) -> None:
    size, signed = LOADS[name]
    h = ok(run(ins(name, rd=5, rs1=6, imm=offset), x={6: DATA}, data={DATA: PATTERN}))
    want = int.from_bytes(PATTERN[offset : offset + size], "little", signed=signed)
    assert h.x[5] == s64(want)


@pytest.mark.parametrize(
    ("name", "raw", "want"),
    [
        ("lb", b"\x80", -128),
        ("lb", b"\x7f", 127),
        ("lbu", b"\x80", 0x80),
        ("lh", b"\x00\x80", -32768),
        ("lhu", b"\x00\x80", 0x8000),
        ("lw", b"\x00\x00\x00\x80", MIN32),
        ("lw", b"\xff\xff\xff\x7f", MAX32),
        ("lwu", b"\x00\x00\x00\x80", 0x8000_0000),
        ("ld", b"\x00" * 7 + b"\x80", MIN64),
        ("ld", b"\xff" * 8, -1),
    ],
)
def test_load_sign_boundaries(name: str, raw: bytes, want: int) -> None:
    h = ok(run(ins(name, rd=5, rs1=6), x={6: DATA}, data={DATA: raw}))
    assert h.x[5] == want


@pytest.mark.parametrize(("base", "imm"), [(DATA + 0x800, -2048), (DATA - 2047, 2047)])
def test_load_immediate_ends(base: int, imm: int) -> None:
    h = ok(run(ins("ld", rd=5, rs1=6, imm=imm), x={6: base}, data={DATA: PATTERN}))
    assert h.x[5] == int.from_bytes(PATTERN[:8], "little", signed=True)


@pytest.mark.parametrize("name", ["lh", "lhu", "lw", "lwu", "ld"])
def test_load_across_a_page_boundary(name: str) -> None:
    size, signed = LOADS[name]
    addr = DATA + 0x1000 - 1  # one byte on the first page, the rest on the next
    h = ok(run(ins(name, rd=5, rs1=6), x={6: addr}, data={addr: PATTERN[:8]}))
    assert h.x[5] == s64(int.from_bytes(PATTERN[:size], "little", signed=signed))


def test_load_with_rd_equal_rs1() -> None:
    h = ok(run(ins("ld", rd=6, rs1=6, imm=8), x={6: DATA}, data={DATA + 8: b"\x01" + bytes(7)}))
    assert h.x[6] == 1


# --- stores ------------------------------------------------------------------------------
STORES = {"sb": 1, "sh": 2, "sw": 4, "sd": 8}
VALUE = 0x1122_3344_5566_7788


@pytest.mark.parametrize("offset", [0, 1, 3, 5])
@pytest.mark.parametrize("name", list(STORES))
def test_store_widths_misaligned_too(name: str, offset: int) -> None:
    size = STORES[name]
    fill = b"\xaa" * 16
    h = ok(run(ins(name, rs1=6, rs2=7, imm=offset), x={6: DATA, 7: VALUE}, data={DATA: fill}))
    want = bytearray(fill)
    want[offset : offset + size] = VALUE.to_bytes(8, "little")[:size]
    assert h.mem.read(DATA, 16) == bytes(want)


@pytest.mark.parametrize("name", list(STORES))
def test_store_negative_offset_and_x0_source(name: str) -> None:
    size = STORES[name]
    h = ok(run(ins(name, rs1=6, rs2=0, imm=-2048), x={6: DATA + 2048}, data={DATA: b"\xff" * 8}))
    assert h.mem.read(DATA, 8) == bytes(size) + b"\xff" * (8 - size)


@pytest.mark.parametrize("name", ["sh", "sw", "sd"])
def test_store_across_a_page_boundary(name: str) -> None:
    size = STORES[name]
    addr = DATA + 0x1000 - 1
    h = ok(run(ins(name, rs1=6, rs2=7), x={6: addr, 7: VALUE}))
    assert h.mem.read(addr, size) == VALUE.to_bytes(8, "little")[:size]


def test_store_then_load_round_trip() -> None:
    code = ins("sd", rs1=6, rs2=7, imm=3) + ins("lw", rd=8, rs1=6, imm=3)
    code += ins("lhu", rd=9, rs1=6, imm=9) + ins("lb", rd=10, rs1=6, imm=10)
    h = ok(run(code, x={6: DATA, 7: u64(-2)}))
    assert (h.x[8], h.x[9], h.x[10]) == (-2, 0xFFFF, -1)


# --- writes to x0 -----------------------------------------------------------------------
X0_WRITERS = [
    ("lui", {"imm": 0x12345000}),
    ("auipc", {"imm": 0x1000}),
    ("addi", {"rs1": 6, "imm": 5}),
    ("slti", {"rs1": 6, "imm": 5}),
    ("sltiu", {"rs1": 6, "imm": 5}),
    ("xori", {"rs1": 6, "imm": -1}),
    ("ori", {"rs1": 6, "imm": -1}),
    ("andi", {"rs1": 6, "imm": -1}),
    ("slli", {"rs1": 6, "imm": 3}),
    ("srli", {"rs1": 6, "imm": 3}),
    ("srai", {"rs1": 6, "imm": 3}),
    ("addiw", {"rs1": 6, "imm": 3}),
    ("slliw", {"rs1": 6, "imm": 3}),
    ("srliw", {"rs1": 6, "imm": 3}),
    ("sraiw", {"rs1": 6, "imm": 3}),
    ("lb", {"rs1": 11}),
    ("lbu", {"rs1": 11}),
    ("lh", {"rs1": 11, "imm": 1}),
    ("lhu", {"rs1": 11}),
    ("lw", {"rs1": 11, "imm": 3}),
    ("lwu", {"rs1": 11}),
    ("ld", {"rs1": 11, "imm": 5}),
] + [(name, {"rs1": 6, "rs2": 7}) for name in sorted({c[0] for c in RR} | {c[0] for c in W_RR})]
# The M, A, F, D and Zicsr ops that write an integer rd (see their own files too).
X0_WRITERS += [
    (o.name, {"rs1": 6, "rs2": 7}) for o in OPS if o.ext == "M" and o.syntax.startswith("rd")
]
X0_WRITERS += [(o.name, {"rs1": 11, "rs2": 7}) for o in OPS if o.ext == "A"]
X0_WRITERS += [(o.name, {"rs1": 1, "rs2": 2}) for o in OPS if o.syntax.startswith("rd,frs1")]
X0_WRITERS += [(o.name, {"rs1": 6, "imm": 0x340}) for o in OPS if o.ext == "Zicsr"]


@pytest.mark.parametrize(("name", "operands"), X0_WRITERS, ids=[w[0] for w in X0_WRITERS])
def test_writes_to_x0_are_discarded(name: str, operands: dict[str, int]) -> None:
    regs = {6: 0x7FFF_FFFF_FFFF_FFF7, 7: 3, 11: DATA}
    code = ins(name, rd=0, **operands) + ins("add", rd=12, rs1=0, rs2=0)
    one = 0xFFFF_FFFF_3F80_0000  # 1.0f, NaN-boxed
    h = ok(run(code, x=regs, f={1: one, 2: one}, data={DATA: PATTERN}))
    assert h.x[0] == 0 and h.x[12] == 0
    assert all(h.x[r] == s64(v) for r, v in regs.items())


def test_x0_reads_as_zero_as_a_source() -> None:
    code = ins("addi", rd=0, imm=5) + ins("addi", rd=5, rs1=0, imm=-1)
    code += ins("sub", rd=6, rs1=0, rs2=7) + ins("sltu", rd=8, rs1=0, rs2=7)
    h = ok(run(code, x={7: 9}))
    assert (h.x[5], h.x[6], h.x[8]) == (-1, -9, 1)


# --- the table is covered ----------------------------------------------------------------
def _tested_names() -> set[str]:
    """Names quoted in any tests/test_isa_*.py file, plus each file's TESTED set (the
    names its case tables build, e.g. f"{op}.{fmt}")."""
    here = Path(__file__).parent
    names: set[str] = set()
    for path in sorted(here.glob("test_isa_*.py")):
        names |= set(re.findall(r'"([a-z][a-z0-9.]*)"', path.read_text()))
        names |= getattr(importlib.import_module(path.stem), "TESTED", set())
    return names


def test_every_op_and_compressed_form_is_tested() -> None:
    """A new entry in the instruction table (or the C table) needs a test that names it."""
    named = _tested_names()
    missing = [o.name for o in OPS if o.name not in named]
    missing += [c.name for c in COPS if c.name not in named]
    assert not missing, f"no test names {missing}"
