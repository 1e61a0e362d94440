"""The C extension: every compressed form, encoded here from the spec's format tables
("Compressed Instruction Formats", RVC opcode map), must expand to the right 32-bit
instruction and behave like it on both engines. Reserved encodings trap as illegal
instructions with mtval = the 16-bit parcel.

The encoder below is independent of groundup.isa.compressed: each immediate is laid
out from the spec's bit lists, e.g. CIW's nzuimm[5:4|9:6|2|3] in bits 12:5.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from harness import CODE, DATA, cins, ins, run, s64, stop_of

from groundup.isa.decode import decode
from groundup.machine.hart import Hart, StopReason

SP, RA = 2, 1
ILLEGAL, BREAKPOINT = 2, 3


# --- an encoder from the spec's tables ------------------------------------------------------
def lay(imm: int, layout: str, hi: int) -> int:
    """Place immediate bits per a spec bit list such as "5:4|9:6|2|3", from bit `hi` down."""
    out, pos = 0, hi
    for part in layout.split("|"):
        a, _, b = part.partition(":")
        top, bottom = int(a), int(b or a)
        for bit in range(top, bottom - 1, -1):
            out |= ((imm >> bit) & 1) << pos
            pos -= 1
    return out


def p3(reg: int) -> int:
    """The 3-bit field of a popular register x8-x15 (or f8-f15)."""
    assert 8 <= reg <= 15, reg
    return reg - 8


def ciw(f3: int, rd: int, imm: int) -> int:
    return f3 << 13 | lay(imm, "5:4|9:6|2|3", 12) | p3(rd) << 2 | 0


def cl(f3: int, rd: int, rs1: int, imm: int, low: str) -> int:
    # CL/CS: offset[5:3] in 12:10, and `low` ("2|6" for words, "7:6" for doubles) in 6:5.
    return f3 << 13 | lay(imm, "5:3", 12) | p3(rs1) << 7 | lay(imm, low, 6) | p3(rd) << 2


def ci(f3: int, rd: int, imm: int, q: int, layout: str = "5|4:0") -> int:
    # bit 12 and bits 6:2 carry the immediate, per `layout` split as bit12|bits6:2.
    first, rest = layout.split("|", 1)
    return f3 << 13 | lay(imm, first, 12) | rd << 7 | lay(imm, rest, 6) | q


def cb_alu(funct2: int, rd: int, imm: int) -> int:
    return 0b100 << 13 | lay(imm, "5", 12) | funct2 << 10 | p3(rd) << 7 | lay(imm, "4:0", 6) | 1


def ca(bit12: int, funct2: int, rd: int, rs2: int) -> int:
    return 0b100 << 13 | bit12 << 12 | 0b11 << 10 | p3(rd) << 7 | funct2 << 5 | p3(rs2) << 2 | 1


def cj(f3: int, imm: int) -> int:
    return f3 << 13 | lay(imm, "11|4|9:8|10|6|7|3:1|5", 12) | 1


def cb(f3: int, rs1: int, imm: int) -> int:
    return f3 << 13 | lay(imm, "8|4:3", 12) | p3(rs1) << 7 | lay(imm, "7:6|2:1|5", 6) | 1


def cr(bit12: int, rd: int, rs2: int) -> int:
    return 0b100 << 13 | bit12 << 12 | rd << 7 | rs2 << 2 | 2


def css(f3: int, rs2: int, imm: int, layout: str) -> int:
    return f3 << 13 | lay(imm, layout, 12) | rs2 << 2 | 2


# name -> (parcel builder over (rd, rs1, rs2, imm), expansion (base, rd, rs1, rs2, imm))
Enc = Callable[[int, int, int, int], int]
FORMS: dict[str, tuple[Enc, Callable[[int, int, int, int], tuple[str, int, int, int, int]]]] = {
    "c.addi4spn": (lambda d, s, t, i: ciw(0b000, d, i), lambda d, s, t, i: ("addi", d, SP, 0, i)),
    "c.fld": (lambda d, s, t, i: cl(0b001, d, s, i, "7:6"), lambda d, s, t, i: ("fld", d, s, 0, i)),
    "c.lw": (lambda d, s, t, i: cl(0b010, d, s, i, "2|6"), lambda d, s, t, i: ("lw", d, s, 0, i)),
    "c.ld": (lambda d, s, t, i: cl(0b011, d, s, i, "7:6"), lambda d, s, t, i: ("ld", d, s, 0, i)),
    "c.fsd": (lambda d, s, t, i: cl(0b101, t, s, i, "7:6"), lambda d, s, t, i: ("fsd", 0, s, t, i)),
    "c.sw": (lambda d, s, t, i: cl(0b110, t, s, i, "2|6"), lambda d, s, t, i: ("sw", 0, s, t, i)),
    "c.sd": (lambda d, s, t, i: cl(0b111, t, s, i, "7:6"), lambda d, s, t, i: ("sd", 0, s, t, i)),
    "c.addi": (lambda d, s, t, i: ci(0b000, d, i, 1), lambda d, s, t, i: ("addi", d, d, 0, i)),
    "c.addiw": (lambda d, s, t, i: ci(0b001, d, i, 1), lambda d, s, t, i: ("addiw", d, d, 0, i)),
    "c.li": (lambda d, s, t, i: ci(0b010, d, i, 1), lambda d, s, t, i: ("addi", d, 0, 0, i)),
    "c.addi16sp": (
        lambda d, s, t, i: ci(0b011, SP, i, 1, "9|4|6|8:7|5"),
        lambda d, s, t, i: ("addi", SP, SP, 0, i),
    ),
    "c.lui": (
        lambda d, s, t, i: ci(0b011, d, i, 1, "17|16:12"),
        lambda d, s, t, i: ("lui", d, 0, 0, i),
    ),
    "c.srli": (lambda d, s, t, i: cb_alu(0b00, d, i), lambda d, s, t, i: ("srli", d, d, 0, i)),
    "c.srai": (lambda d, s, t, i: cb_alu(0b01, d, i), lambda d, s, t, i: ("srai", d, d, 0, i)),
    "c.andi": (lambda d, s, t, i: cb_alu(0b10, d, i), lambda d, s, t, i: ("andi", d, d, 0, i)),
    "c.sub": (lambda d, s, t, i: ca(0, 0b00, d, t), lambda d, s, t, i: ("sub", d, d, t, 0)),
    "c.xor": (lambda d, s, t, i: ca(0, 0b01, d, t), lambda d, s, t, i: ("xor", d, d, t, 0)),
    "c.or": (lambda d, s, t, i: ca(0, 0b10, d, t), lambda d, s, t, i: ("or", d, d, t, 0)),
    "c.and": (lambda d, s, t, i: ca(0, 0b11, d, t), lambda d, s, t, i: ("and", d, d, t, 0)),
    "c.subw": (lambda d, s, t, i: ca(1, 0b00, d, t), lambda d, s, t, i: ("subw", d, d, t, 0)),
    "c.addw": (lambda d, s, t, i: ca(1, 0b01, d, t), lambda d, s, t, i: ("addw", d, d, t, 0)),
    "c.j": (lambda d, s, t, i: cj(0b101, i), lambda d, s, t, i: ("jal", 0, 0, 0, i)),
    "c.beqz": (lambda d, s, t, i: cb(0b110, s, i), lambda d, s, t, i: ("beq", 0, s, 0, i)),
    "c.bnez": (lambda d, s, t, i: cb(0b111, s, i), lambda d, s, t, i: ("bne", 0, s, 0, i)),
    "c.slli": (lambda d, s, t, i: ci(0b000, d, i, 2), lambda d, s, t, i: ("slli", d, d, 0, i)),
    "c.fldsp": (
        lambda d, s, t, i: ci(0b001, d, i, 2, "5|4:3|8:6"),
        lambda d, s, t, i: ("fld", d, SP, 0, i),
    ),
    "c.lwsp": (
        lambda d, s, t, i: ci(0b010, d, i, 2, "5|4:2|7:6"),
        lambda d, s, t, i: ("lw", d, SP, 0, i),
    ),
    "c.ldsp": (
        lambda d, s, t, i: ci(0b011, d, i, 2, "5|4:3|8:6"),
        lambda d, s, t, i: ("ld", d, SP, 0, i),
    ),
    "c.jr": (lambda d, s, t, i: cr(0, s, 0), lambda d, s, t, i: ("jalr", 0, s, 0, 0)),
    "c.mv": (lambda d, s, t, i: cr(0, d, t), lambda d, s, t, i: ("add", d, 0, t, 0)),
    "c.ebreak": (lambda d, s, t, i: cr(1, 0, 0), lambda d, s, t, i: ("ebreak", 0, 0, 0, 0)),
    "c.jalr": (lambda d, s, t, i: cr(1, s, 0), lambda d, s, t, i: ("jalr", RA, s, 0, 0)),
    "c.add": (lambda d, s, t, i: cr(1, d, t), lambda d, s, t, i: ("add", d, d, t, 0)),
    "c.fsdsp": (
        lambda d, s, t, i: css(0b101, t, i, "5:3|8:6"),
        lambda d, s, t, i: ("fsd", 0, SP, t, i),
    ),
    "c.swsp": (
        lambda d, s, t, i: css(0b110, t, i, "5:2|7:6"),
        lambda d, s, t, i: ("sw", 0, SP, t, i),
    ),
    "c.sdsp": (
        lambda d, s, t, i: css(0b111, t, i, "5:3|8:6"),
        lambda d, s, t, i: ("sd", 0, SP, t, i),
    ),
}

# (name, rd, rs1, rs2, imm): ordinary operands and the ends of every immediate's range.
CASES = [
    ("c.addi4spn", 8, 0, 0, 4),
    ("c.addi4spn", 15, 0, 0, 1020),
    ("c.addi4spn", 9, 0, 0, 0x2A8),
    ("c.fld", 8, 9, 0, 0),
    ("c.fld", 15, 10, 0, 248),
    ("c.lw", 8, 9, 0, 0),
    ("c.lw", 10, 11, 0, 124),
    ("c.lw", 12, 12, 0, 68),
    ("c.ld", 9, 8, 0, 248),
    ("c.ld", 14, 15, 0, 8),
    ("c.fsd", 0, 9, 8, 248),
    ("c.fsd", 0, 15, 12, 0),
    ("c.sw", 0, 9, 10, 124),
    ("c.sw", 0, 8, 8, 4),
    ("c.sd", 0, 15, 14, 248),
    ("c.sd", 0, 13, 11, 0),
    ("c.addi", 5, 0, 0, -32),
    ("c.addi", 31, 0, 0, 31),
    ("c.addi", 1, 0, 0, 1),
    ("c.addiw", 5, 0, 0, -32),
    ("c.addiw", 7, 0, 0, 31),
    ("c.addiw", 9, 0, 0, 0),  # sext.w
    ("c.li", 5, 0, 0, -32),
    ("c.li", 31, 0, 0, 31),
    ("c.li", 10, 0, 0, 0),
    ("c.addi16sp", 2, 0, 0, -512),
    ("c.addi16sp", 2, 0, 0, 496),
    ("c.addi16sp", 2, 0, 0, 16),
    ("c.addi16sp", 2, 0, 0, -16),
    ("c.lui", 5, 0, 0, 1 << 12),
    ("c.lui", 31, 0, 0, 31 << 12),
    ("c.lui", 3, 0, 0, -(32 << 12)),  # nzimm[17] set: sign-extended
    ("c.lui", 10, 0, 0, -(1 << 12)),
    ("c.srli", 8, 0, 0, 1),
    ("c.srli", 15, 0, 0, 63),
    ("c.srli", 9, 0, 0, 32),
    ("c.srai", 8, 0, 0, 1),
    ("c.srai", 15, 0, 0, 63),
    ("c.srai", 10, 0, 0, 31),
    ("c.andi", 8, 0, 0, -32),
    ("c.andi", 15, 0, 0, 31),
    ("c.andi", 11, 0, 0, 0),
    ("c.sub", 8, 0, 15, 0),
    ("c.xor", 9, 0, 14, 0),
    ("c.or", 10, 0, 13, 0),
    ("c.and", 11, 0, 12, 0),
    ("c.subw", 12, 0, 11, 0),
    ("c.addw", 13, 0, 10, 0),
    ("c.addw", 15, 0, 15, 0),
    ("c.j", 0, 0, 0, -2048),
    ("c.j", 0, 0, 0, 2046),
    ("c.j", 0, 0, 0, 2),
    ("c.j", 0, 0, 0, 0x2AA),
    ("c.beqz", 0, 8, 0, -256),
    ("c.beqz", 0, 15, 0, 254),
    ("c.beqz", 0, 9, 0, 0x56),
    ("c.bnez", 0, 8, 0, -256),
    ("c.bnez", 0, 15, 0, 254),
    ("c.bnez", 0, 10, 0, -2),
    ("c.slli", 5, 0, 0, 1),
    ("c.slli", 31, 0, 0, 63),
    ("c.slli", 9, 0, 0, 32),
    ("c.fldsp", 0, 0, 0, 504),  # f0 is allowed
    ("c.fldsp", 31, 0, 0, 0),
    ("c.lwsp", 1, 0, 0, 252),
    ("c.lwsp", 31, 0, 0, 0),
    ("c.lwsp", 5, 0, 0, 0x94),
    ("c.ldsp", 1, 0, 0, 504),
    ("c.ldsp", 31, 0, 0, 0),
    ("c.ldsp", 5, 0, 0, 0x128),
    ("c.jr", 0, 1, 0, 0),
    ("c.jr", 0, 31, 0, 0),
    ("c.mv", 5, 0, 31, 0),
    ("c.mv", 31, 0, 1, 0),
    ("c.ebreak", 0, 0, 0, 0),
    ("c.jalr", 0, 5, 0, 0),
    ("c.jalr", 0, 1, 0, 0),  # rs1 = ra: the target uses the old ra
    ("c.add", 5, 0, 6, 0),
    ("c.add", 31, 0, 31, 0),
    ("c.fsdsp", 0, 0, 0, 504),
    ("c.fsdsp", 0, 0, 31, 8),
    ("c.swsp", 0, 0, 1, 252),
    ("c.swsp", 0, 0, 0, 0),  # x0 as the source stores zero
    ("c.sdsp", 0, 0, 31, 504),
    ("c.sdsp", 0, 0, 7, 0x1F8 - 0x100),
]
IDS = [f"{c[0]}-{c[4]}" if c[4] else f"{c[0]}-x{c[1]}-x{c[2]}-x{c[3]}" for c in CASES]


def parcel(name: str, rd: int, rs1: int, rs2: int, imm: int) -> int:
    return FORMS[name][0](rd, rs1, rs2, imm)


@pytest.mark.parametrize(("name", "rd", "rs1", "rs2", "imm"), CASES, ids=IDS)
def test_expansion(name: str, rd: int, rs1: int, rs2: int, imm: int) -> None:
    half = parcel(name, rd, rs1, rs2, imm)
    assert half & 3 != 3 and half < 1 << 16
    i = decode(half)
    assert i is not None, f"{half:#06x} did not decode"
    assert i.size == 2 and i.cop is not None and i.cop.name == name
    assert (i.op.name, i.rd, i.rs1, i.rs2, i.imm) == FORMS[name][1](rd, rs1, rs2, imm)


def test_every_compressed_form_has_an_encoder() -> None:
    from groundup.isa.compressed import COPS

    assert {c.name for c in COPS} == set(FORMS)
    assert {c[0] for c in CASES} == set(FORMS)


# --- executing: the compressed form does what its expansion does -------------------------------
def machine_state(base: int = DATA - 0x400) -> dict[str, object]:
    """Distinct values everywhere: x registers, f registers, and 2 KiB of data around sp."""
    x = {r: (0x0101_0101_0101_0101 * r) ^ 0x8000_0000_F00F_0000 for r in range(1, 32)}
    for r in range(8, 16):
        x[r] = DATA + 8 * (r - 8)  # rs1' registers address data
    x[SP] = DATA
    x[7] = 0xFFFF_FFFF_8000_0001
    f = {r: 0x4000_0000_0000_0000 + r * 0x1111 for r in range(32)}
    blob = bytes((i * 7 + 3) & 0xFF for i in range(0x800))
    return {"x": x, "f": f, "data": {base: blob}}


def compare(h16: Hart, h32: Hart, base: int = DATA - 0x400) -> None:
    assert h16.x == h32.x
    assert h16.f == h32.f
    assert h16.mem.read(base, 0x800) == h32.mem.read(base, 0x800)
    assert (h16.instret, h16.fpstate.fflags) == (h32.instret, h32.fpstate.fflags)


CONTROL = {"c.j", "c.beqz", "c.bnez", "c.jr", "c.jalr", "c.ebreak"}


@pytest.mark.parametrize(
    ("name", "rd", "rs1", "rs2", "imm"),
    [c for c in CASES if c[0] not in CONTROL],
    ids=[i for c, i in zip(CASES, IDS, strict=True) if c[0] not in CONTROL],
)
def test_behaves_like_its_expansion(name: str, rd: int, rs1: int, rs2: int, imm: int) -> None:
    base, erd, ers1, ers2, eimm = FORMS[name][1](rd, rs1, rs2, imm)
    h16 = run(parcel(name, rd, rs1, rs2, imm).to_bytes(2, "little"), **machine_state())
    h32 = run(ins(base, rd=erd, rs1=ers1, rs2=ers2, imm=eimm), **machine_state())
    for h in (h16, h32):
        assert stop_of(h).reason is StopReason.LIMIT
    compare(h16, h32)
    assert (h16.pc, h32.pc) == (CODE + 2, CODE + 4)


@pytest.mark.parametrize("imm", [-2048, 2046, 2, -2, 0x2AA, -0x556])
def test_c_j_range(imm: int) -> None:
    # Start 2 KiB into the code so that the backward jump lands in RAM.
    start = CODE + 0x800
    code = bytes(0x800) + parcel("c.j", 0, 0, 0, imm).to_bytes(2, "little")

    def at_start(h: Hart) -> None:
        h.pc = start

    h = run(code, prepare=at_start, steps=1, **machine_state())
    assert stop_of(h).reason is StopReason.LIMIT
    assert h.pc == start + imm


BRANCHES = [("c.beqz", 0, True), ("c.beqz", 5, False), ("c.bnez", 0, False), ("c.bnez", -1, True)]


@pytest.mark.parametrize("imm", [-256, 254, 2, -2, 0x56])
@pytest.mark.parametrize(("name", "value", "taken"), BRANCHES)
def test_c_branches(name: str, value: int, taken: bool, imm: int) -> None:
    start = CODE + 0x400
    code = bytes(0x400) + parcel(name, 0, 9, 0, imm).to_bytes(2, "little")
    state = machine_state()
    regs: dict[int, int] = state["x"]  # type: ignore[assignment]
    regs[9] = value & (1 << 64) - 1

    def at_start(h: Hart) -> None:
        h.pc = start

    h = run(code, prepare=at_start, steps=1, **state)
    assert h.pc == (start + imm if taken else start + 2)


@pytest.mark.parametrize("rs1", [1, 5, 31])
def test_c_jr_and_c_jalr(rs1: int) -> None:
    state = machine_state()
    regs: dict[int, int] = state["x"]  # type: ignore[assignment]
    regs[rs1] = DATA + 0x101  # bit 0 of the target is cleared
    h = run(parcel("c.jr", 0, rs1, 0, 0).to_bytes(2, "little"), **state)
    assert h.pc == DATA + 0x100
    assert h.x[RA] == s64(regs[RA])  # c.jr links nothing
    h = run(parcel("c.jalr", 0, rs1, 0, 0).to_bytes(2, "little"), **state)
    assert h.pc == DATA + 0x100
    assert h.x[RA] == CODE + 2  # the link is the next 16-bit parcel


def test_c_jalr_links_through_a_call_and_return() -> None:
    # c.jalr to a c.jr ra: control comes back to the parcel after the call.
    code = parcel("c.jalr", 0, 5, 0, 0).to_bytes(2, "little")
    code += parcel("c.addi", 6, 0, 0, 1).to_bytes(2, "little")
    code += parcel("c.jr", 0, RA, 0, 0).to_bytes(2, "little")
    h = run(code, x={5: CODE + 4}, steps=3)
    assert h.pc == CODE + 4 and h.x[6] == 1 and h.x[RA] == CODE + 2


def test_c_ebreak() -> None:
    code = parcel("c.addi", 5, 0, 0, 1).to_bytes(2, "little")
    code += parcel("c.ebreak", 0, 0, 0, 0).to_bytes(2, "little")
    h = run(code)
    assert stop_of(h).cause == BREAKPOINT
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (BREAKPOINT, CODE + 2, CODE + 2)
    assert h.x[5] == 1


def test_mixed_16_and_32_bit_code() -> None:
    code = parcel("c.li", 5, 0, 0, 3).to_bytes(2, "little") + ins("addi", rd=5, rs1=5, imm=4)
    code += parcel("c.slli", 5, 0, 0, 2).to_bytes(2, "little") + ins("auipc", rd=6)
    h = run(code)
    assert h.x[5] == 28
    assert h.x[6] == CODE + 8  # the auipc sits after 2 + 4 + 2 bytes
    assert h.pc == CODE + 12


def test_harness_cins_agrees_with_the_spec_encoding() -> None:
    # harness.cins inverts the decoder; for a few non-hint forms it must find our parcels.
    forms = [
        ("c.addi", 5, 0, 0, -32),
        ("c.lw", 10, 11, 0, 124),
        ("c.addi16sp", 2, 0, 0, -512),
        ("c.bnez", 0, 15, 0, 254),
    ]
    for name, rd, rs1, rs2, imm in forms:
        base, erd, ers1, ers2, eimm = FORMS[name][1](rd, rs1, rs2, imm)
        want = parcel(name, rd, rs1, rs2, imm).to_bytes(2, "little")
        assert cins(base, erd, ers1, ers2, eimm) == want


# --- reserved encodings --------------------------------------------------------------------
RESERVED = [
    (0x0000, "all zeros: c.addi4spn with nzuimm = 0, the defined illegal instruction"),
    (ciw(0b000, 9, 0), "c.addi4spn with nzuimm = 0"),
    (0b100 << 13 | 0b01 << 2, "quadrant 0, funct3 100"),
    (ci(0b001, 0, 1, 1), "c.addiw with rd = x0"),
    (ci(0b011, SP, 0, 1, "9|4|6|8:7|5"), "c.addi16sp with nzimm = 0"),
    (ci(0b011, 5, 0, 1, "17|16:12"), "c.lui with nzimm = 0"),
    (ca(1, 0b10, 8, 9), "CA with bit 12 set and funct2 10"),
    (ca(1, 0b11, 8, 9), "CA with bit 12 set and funct2 11"),
    (ci(0b010, 0, 4, 2, "5|4:2|7:6"), "c.lwsp with rd = x0"),
    (ci(0b011, 0, 8, 2, "5|4:3|8:6"), "c.ldsp with rd = x0"),
    (cr(0, 0, 0), "c.jr with rs1 = x0"),
]


@pytest.mark.parametrize(("half", "why"), RESERVED, ids=[f"{r[0]:#06x}" for r in RESERVED])
def test_reserved_encodings_are_illegal(half: int, why: str) -> None:
    assert half & 3 != 3
    code = half.to_bytes(2, "little") + b"\xff\xff"  # mtval must not include the next parcel
    h = run(code, x={5: 77})
    stop = stop_of(h)
    assert stop.reason is StopReason.TRAP and stop.cause == ILLEGAL, why
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (ILLEGAL, CODE, half)
    assert h.instret == 0 and h.x[5] == 77


@pytest.mark.parametrize(
    ("name", "rd", "rs1", "rs2", "imm"),
    [
        ("c.fld", 8, 9, 0, 0),
        ("c.fsd", 0, 9, 8, 0),
        ("c.fldsp", 1, 0, 0, 8),
        ("c.fsdsp", 0, 0, 1, 8),
    ],
)
def test_compressed_fp_loads_and_stores_need_fs(
    name: str, rd: int, rs1: int, rs2: int, imm: int
) -> None:
    half = parcel(name, rd, rs1, rs2, imm)
    h = run(half.to_bytes(2, "little"), fs=0, **machine_state())
    assert (h.csr.mcause, h.csr.mtval) == (ILLEGAL, half)


@pytest.mark.parametrize(
    ("half", "what"),
    [
        (ci(0b000, 0, 0, 1), "c.nop"),
        (ci(0b000, 0, 5, 1), "c.addi x0 (hint)"),
        (ci(0b010, 0, 5, 1), "c.li x0 (hint)"),
        (ci(0b011, 0, 1 << 12, 1, "17|16:12"), "c.lui x0 (hint)"),
        (cr(0, 0, 5), "c.mv x0 (hint)"),
        (cr(1, 0, 5), "c.add x0 (hint)"),
        (ci(0b000, 0, 3, 2), "c.slli x0 (hint)"),
        (ci(0b000, 5, 0, 1), "c.addi with imm 0 (hint)"),
    ],
)
def test_hints_execute_as_no_ops(half: int, what: str) -> None:
    state = machine_state()
    regs: dict[int, int] = state["x"]  # type: ignore[assignment]
    h = run(half.to_bytes(2, "little"), **state)
    assert stop_of(h).reason is StopReason.LIMIT, what
    assert h.x[1:] == [s64(regs[r]) for r in range(1, 32)]
    assert h.pc == CODE + 2
