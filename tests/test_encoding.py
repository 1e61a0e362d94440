"""Encode and decode are inverses, for every instruction of the table.

* 32-bit: for every op in OPS and boundary operands (registers x0, x1, x2, x8,
  x15, x31 / f0..f31, immediates at min, max, -1, 0, 1 and the alignment edges
  of each format, every rounding mode, every aq/rl pair), the word `encode`
  builds decodes to the same op and operands, and encoding the decoded fields
  gives back the same word.
* 16-bit: for every compressed form, at its boundary operands (taken from all
  the parcels of that form), `compress` finds a parcel that decodes back to the
  same expansion; every form is reachable that way.
* The reserved compressed encodings decode to None.

`op_cases` is shared with tests/test_disasm.py, which disassembles the same
cases and compares with GNU objdump.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from groundup.isa.compressed import COPS, COp
from groundup.isa.decode import decode, decode16
from groundup.isa.encode import compress, encode
from groundup.isa.encoding import IMM_RANGE, Fmt
from groundup.isa.table import OPS, Op


@dataclass(frozen=True, slots=True)
class Case:
    """The operands of one encoding of an op (fields the op fixes are ignored)."""

    rd: int = 10
    rs1: int = 11
    rs2: int = 12
    rs3: int = 13
    imm: int = 0
    rm: int = 7
    aq: bool = False
    rl: bool = False

    def word(self, op: Op) -> int:
        """The encoding; operands the op does not show are passed as 0 (in U and J
        formats rs1 and rm would otherwise land in the immediate's bits)."""
        f = _shown_fields(op, self)
        return encode(op, f.get("rd", 0), f.get("rs1", 0), f.get("rs2", 0), f.get("rs3", 0),
                      f.get("imm", 0), f.get("rm", 0), self.aq, self.rl)  # fmt: skip


BOUNDARY_REGS = (0, 1, 2, 8, 15, 31)
EDGE_REGS = (0, 1, 31)

# Values that matter to someone: range edges, -1/0/1, alignment steps, and the
# immediates that turn an instruction into an alias (not, seqz, zext.b, csr names).
_SPECIAL_IMMS: dict[Fmt, tuple[int, ...]] = {
    Fmt.I: (255, 1024, -1024),
    Fmt.S: (-16, 16),
    Fmt.CSR: (0x001, 0x002, 0x003, 0xC00, 0xC01, 0xC02, 0xC80, 0x300, 0x7C0, 0x800),
    Fmt.CSRI: (0x001, 0x002, 0x003, 0xC00, 0x300, 0x7C0),
    Fmt.FENCE: (0x0FF, 0x033, 0x0F0, 0x00F, 0x100, 0x8FF),  # 0x833 is fence.tso
    Fmt.SH6: (31, 32),
    Fmt.SH5: (16,),
}


def boundary_imms(fmt: Fmt) -> list[int]:
    """min, max, -1, 0, 1 (stepped by the format's alignment) and the special values."""
    if fmt not in IMM_RANGE:
        return [0]
    lo, hi, step = IMM_RANGE[fmt]
    wanted = {lo, lo + step, -step, 0, step, 2 * step, hi - step, hi, *_SPECIAL_IMMS.get(fmt, ())}
    return sorted(v for v in wanted if lo <= v <= hi and v % step == 0)


def _tokens(op: Op) -> set[str]:
    return set(op.syntax.split(",")) if op.syntax else set()


def op_cases(op: Op) -> Iterator[Case]:
    """Boundary operands for `op`: each field through its edges, registers crossed."""
    tokens = _tokens(op)
    imms = boundary_imms(op.fmt)
    yield Case()
    regs = [f for f in ("rd", "rs1", "rs2", "rs3") if _uses(tokens, f)]
    for field in regs:
        for r in BOUNDARY_REGS:
            yield Case(**{field: r})
    for combo in itertools.product(EDGE_REGS, repeat=len(regs)):
        yield Case(**dict(zip(regs, combo, strict=True)))
    for imm in imms:
        for rd, rs1 in itertools.product((0, 1, 10), (0, 1, 11)):
            yield Case(rd=rd, rs1=rs1, imm=imm)
    if "rm" in tokens:
        for rm in range(8):
            yield Case(rm=rm)
    if op.ext == "A":
        for aq, rl in itertools.product((False, True), repeat=2):
            yield Case(aq=aq, rl=rl)
            yield Case(rd=0, rs1=31, rs2=0, aq=aq, rl=rl)


def _uses(tokens: set[str], field: str) -> bool:
    """Does the syntax show register field `field` (as an int or fp register)?"""
    shown = {t.replace("imm(", "").replace("(", "").replace(")", "") for t in tokens}
    return field in shown or f"f{field}" in shown or (field == "rs1" and "zimm" in shown)


def _shown_fields(op: Op, case: Case) -> dict[str, int]:
    """The operands of `case` that `op` actually has (the rest are fixed or absent)."""
    tokens = _tokens(op)
    fields = {f: getattr(case, f) for f in ("rd", "rs1", "rs2", "rs3") if _uses(tokens, f)}
    if tokens & {"imm", "imm(rs1)", "shamt", "uimm", "target", "csr", "pred"}:
        fields["imm"] = case.imm
    if "rm" in tokens:
        fields["rm"] = case.rm
    return fields


@pytest.mark.parametrize("op", OPS, ids=lambda o: o.name)
def test_round_trip_32(op: Op) -> None:
    for case in op_cases(op):
        word = case.word(op)
        ins = decode(word)
        assert ins is not None, f"{op.name} {case}: {word:#010x} does not decode"
        assert ins.op is op, f"{word:#010x} decodes to {ins.op.name}, not {op.name}"
        again = encode(ins.op, ins.rd, ins.rs1, ins.rs2, ins.rs3, ins.imm, ins.rm, ins.aq, ins.rl)
        assert again == word, f"{op.name} {case}: {word:#010x} re-encodes as {again:#010x}"
        decoded = {f: getattr(ins, f) for f in _shown_fields(op, case)}
        assert decoded == _shown_fields(op, case), f"{op.name} {case}: {word:#010x}"
        if op.ext == "A":
            assert (ins.aq, ins.rl) == (case.aq, case.rl)


def test_every_op_has_a_case() -> None:
    assert all(any(True for _ in op_cases(op)) for op in OPS)
    assert len({op.name for op in OPS}) == len(OPS)


# --- compressed ----------------------------------------------------------------------

Expansion = tuple[str, int, int, int, int]  # base op, rd, rs1, rs2, imm


def parcels(c: COp) -> Iterator[int]:
    """Every 16-bit parcel in the encoding space of form `c` (decodable or not)."""
    free = ~c.mask & 0xFFFF
    sub = free
    while True:
        yield c.match | sub
        if sub == 0:
            return
        sub = (sub - 1) & free


def expansions(c: COp) -> dict[Expansion, int]:
    """Expansion -> parcel, for the parcels that decode as form `c`."""
    out: dict[Expansion, int] = {}
    for h in parcels(c):
        ins = decode16(h)
        if ins is not None and ins.cop is c:
            out[(ins.op.name, ins.rd, ins.rs1, ins.rs2, ins.imm)] = h
    return out


def _edges(values: set[int]) -> set[int]:
    """The boundary members of a set of field values: ends, around zero, a step in."""
    ordered = sorted(values)
    steps = [b - a for a, b in itertools.pairwise(ordered)]
    step = min(steps) if steps else 1
    lo, hi = ordered[0], ordered[-1]
    picks = {lo, lo + step, -step, 0, step, hi - step, hi, 1, -1, 8, 15, 31, 2}
    return values & picks


def boundary_expansions(c: COp) -> list[Expansion]:
    """The expansions of `c` whose every field is at an edge of that field's values."""
    all_ = expansions(c)
    edges = [_edges({e[i] for e in all_}) for i in range(1, 5)]
    return [e for e in all_ if all(e[i + 1] in edges[i] for i in range(4))]


@pytest.mark.parametrize("c", COPS, ids=lambda c: c.name)
def test_round_trip_16(c: COp) -> None:
    cases = boundary_expansions(c)
    assert cases, f"{c.name}: no boundary cases"
    reached = False
    for name, rd, rs1, rs2, imm in cases:
        h = compress(name, rd, rs1, rs2, imm)
        assert h is not None, f"{c.name}: {name} {rd},{rs1},{rs2},{imm} has no compressed form"
        ins = decode16(h)
        assert ins is not None
        assert (ins.op.name, ins.rd, ins.rs1, ins.rs2, ins.imm) == (name, rd, rs1, rs2, imm)
        assert ins.size == 2 and ins.raw == h
        reached |= ins.cop is c
    assert reached, f"{c.name} is never what compress chooses"


def test_compressed_registers_and_immediates_at_the_edges() -> None:
    """Spot checks that the boundary sets contain what the spec says the edges are."""
    by_name = {c.name: boundary_expansions(c) for c in COPS}
    assert ("addi", 8, 2, 0, 1020) in by_name["c.addi4spn"]
    assert ("addi", 15, 2, 0, 4) in by_name["c.addi4spn"]
    assert ("addi", 2, 2, 0, -512) in by_name["c.addi16sp"]
    assert ("addi", 2, 2, 0, 496) in by_name["c.addi16sp"]
    assert ("addi", 31, 31, 0, -32) in by_name["c.addi"]
    assert ("lui", 31, 0, 0, -32 << 12) in by_name["c.lui"]
    assert ("ld", 1, 2, 0, 504) in by_name["c.ldsp"]
    assert ("sd", 0, 2, 31, 504) in by_name["c.sdsp"]
    assert ("jal", 0, 0, 0, -2048) in by_name["c.j"]
    assert ("jal", 0, 0, 0, 2046) in by_name["c.j"]
    assert ("bne", 0, 15, 0, -256) in by_name["c.bnez"]
    assert ("slli", 31, 31, 0, 63) in by_name["c.slli"]


def _with(base: int, **fields: int) -> int:
    """A parcel from a base pattern and named bit fields (rd: 11:7, imm5: 12, ...)."""
    shifts = {"rd": 7, "rdp": 2, "rs1p": 7, "b12": 12, "low5": 2}
    for name, value in fields.items():
        base |= value << shifts[name]
    return base


RESERVED: dict[str, list[int]] = {
    "the all-zero parcel": [0x0000],
    "c.addi4spn with nzuimm = 0": [_with(0x0000, rdp=r) for r in range(1, 8)],
    "c.lui with nzimm = 0": [_with(0x6001, rd=r) for r in (1, 3, 8, 31)],
    "c.addi16sp with nzimm = 0": [0x6101],
    "c.lwsp with rd = 0": [_with(0x4002, low5=v, b12=b) for v in (0, 4, 31) for b in (0, 1)],
    "c.ldsp with rd = 0": [_with(0x6002, low5=v, b12=b) for v in (0, 4, 31) for b in (0, 1)],
    "c.jr with rs1 = 0": [0x8002],
    "c.addiw with rd = 0": [_with(0x2001, low5=v, b12=b) for v in (0, 1, 31) for b in (0, 1)],
    # Quadrant 1, funct6 100111 with funct2 10/11 (RV64: reserved).
    "reserved c.subw/c.addw neighbours": [_with(0x9C41 | (f << 5), rs1p=a, rdp=b)
                                          for f in (2, 3) for a in (0, 7) for b in (0, 7)],
    "quadrant 0, funct3 100": [_with(0x8000, rdp=r, rs1p=s) for r in (0, 7) for s in (0, 7)],
}  # fmt: skip


@pytest.mark.parametrize("what", RESERVED)
def test_reserved_compressed_encodings_are_illegal(what: str) -> None:
    for h in RESERVED[what]:
        assert decode16(h) is None, f"{what}: {h:#06x} decodes"
        assert decode(h) is None and decode(h | 0xABCD0000) is None, f"{h:#06x}"


def test_hints_still_decode() -> None:
    """Hints are legal: c.nop with an immediate, c.li/c.lui/c.mv/c.add/c.slli to x0."""
    for h in (0x0005, 0x4001, 0x6005, 0x8006, 0x9006, 0x0006, 0x0002):
        assert decode16(h) is not None, f"{h:#06x}"


def test_reserved_parcels_counted() -> None:
    """Exactly the parcels objdump 2.40 shows as .2byte, plus the all-zero parcel
    (c.unimp) and c.addi16sp sp,0 (objdump names both), decode to None."""
    illegal = [h for h in range(1 << 16) if h & 3 != 3 and decode16(h) is None]
    assert len(illegal) == 2407 + 2
