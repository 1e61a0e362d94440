"""Compression: which 16-bit form GNU as picks for a 32-bit instruction, if any.

With RVC on, `riscv64-linux-gnu-as -march=rv64gc` writes an instruction in
its compressed form whenever one exists with the same meaning (spec, "RVC
Standard Extension": every C instruction expands to a base one). Where several
C forms fit, or none fits literally but an equivalent one does, it chooses as
follows (established by assembling every expansion of every 16-bit parcel and
the equivalent spellings with GNU as, see tests/test_as_corpus.py):

* addi: c.nop for x0,x0,0; c.addi when rd = rs1 and the immediate is nonzero
  and fits 6 bits (even for sp); c.addi16sp for sp with a multiple of 16;
  c.addi4spn for rd' = sp + a positive multiple of 4; c.li from x0;
  `addi rd, rs, 0` becomes c.mv rd, rs.
* add: c.mv for add rd, x0, rs; c.add for rd = rs1, and for rd = rs2 (add
  commutes); and, or, xor, addw commute the same way for c.and/c.or/c.xor/c.addw.
* Hints (rd = x0, shift amounts of 0) stay 32-bit, except the canonical nop.
* jalr only from `jr rs`, `jalr rs` and `ret` (the caller says so); branches
  and jumps are chosen by relaxation (sections.BranchTail), not here.

The parcel is found by inverting the C decoder (groundup.isa.compressed), so
a parcel chosen here always decodes back to the instruction it replaces.
"""

from __future__ import annotations

from functools import cache

from groundup.isa import compressed

SP, RA = 2, 1


def _popular(r: int) -> bool:
    """x8-x15 (f8-f15): the registers 3-bit fields can name."""
    return 8 <= r <= 15


def _fits(imm: int, bits: int, scale: int = 1, signed: bool = True) -> bool:
    if imm % scale:
        return False
    lo = -(1 << (bits - 1)) * scale if signed else 0
    hi = ((1 << (bits - 1)) if signed else (1 << bits)) * scale
    return lo <= imm < hi


@cache
def parcels() -> dict[tuple[str, int, int, int, int], int]:
    """(c.name, rd, rs1, rs2, imm of the expansion) -> the lowest parcel that means it."""
    table: dict[tuple[str, int, int, int, int], int] = {}
    for half in range(1 << 16):
        if half & 3 == 3:
            continue
        c = compressed.find(half)
        if c is None:
            continue
        fields = c.expand(half)
        if fields is not None:
            table.setdefault((c.name, *fields), half)
    return table


def parcel(cname: str, rd: int, rs1: int, rs2: int, imm: int) -> int | None:
    """The parcel of compressed instruction `cname` expanding to these fields."""
    return parcels().get((cname, rd, rs1, rs2, imm))


def compress(name: str, rd: int, rs1: int, rs2: int, imm: int) -> int | None:
    """GNU as's 16-bit form of the 32-bit instruction `name` with these fields."""
    form = choose(name, rd, rs1, rs2, imm)
    if form is None:
        return None
    return parcel(*form)


def choose(
    name: str, rd: int, rs1: int, rs2: int, imm: int
) -> tuple[str, int, int, int, int] | None:
    """The compressed form (name and expanded fields) GNU as would use, if any.

    `name` is the instruction, or the spelling when that allows other forms:
    `mv` only c.mv, `li` only c.li, `add rd, rs, imm` c.addi (even with 0),
    c.addi16sp and c.addi4spn but neither c.li nor c.mv.
    """
    match name:
        case "mv":
            return ("c.mv", rd, 0, rs1, 0) if rd and rs1 else None
        case "li":
            return ("c.li", rd, 0, 0, imm) if rd and _fits(imm, 6) else None
        case "add.imm":
            return _add_imm(rd, rs1, imm)
        case "and.imm" | "sll.imm" | "srl.imm" | "sra.imm" | "addw.imm":
            return choose(name[: -len(".imm")].replace("w", "iw") if name == "addw.imm"
                          else name[: -len(".imm")] + "i", rd, rs1, rs2, imm)  # fmt: skip
        case "addi":
            return _addi(rd, rs1, imm)
        case "addiw":
            return ("c.addiw", rd, rd, 0, imm) if rd and rs1 == rd and _fits(imm, 6) else None
        case "lui":
            ok = rd not in (0, SP) and imm != 0 and _fits(imm, 6, 4096)
            return ("c.lui", rd, 0, 0, imm) if ok else None
        case "slli":
            return ("c.slli", rd, rd, 0, imm) if rd and rs1 == rd and imm else None
        case "srli" | "srai":
            ok = _popular(rd) and rs1 == rd and imm != 0
            return (f"c.{name}", rd, rd, 0, imm) if ok else None
        case "andi":
            ok = _popular(rd) and rs1 == rd and _fits(imm, 6)
            return ("c.andi", rd, rd, 0, imm) if ok else None
        case "add":
            return _add(rd, rs1, rs2)
        case "sub" | "subw" | "and" | "or" | "xor" | "addw":
            return _alu(name, rd, rs1, rs2)
        case "ld" | "lw" | "fld":
            return _load(name, rd, rs1, imm)
        case "sd" | "sw" | "fsd":
            return _store(name, rs1, rs2, imm)
        case "ebreak":
            return ("c.ebreak", 0, 0, 0, 0)
        case "jalr":  # only reached from `jr rs`, `jalr rs` and `ret`
            if imm == 0 and rs1 != 0 and rd in (0, RA):
                return ("c.jr", 0, rs1, 0, 0) if rd == 0 else ("c.jalr", RA, rs1, 0, 0)
    return None


def _addi(rd: int, rs1: int, imm: int) -> tuple[str, int, int, int, int] | None:
    if rd == 0:
        return ("c.addi", 0, 0, 0, 0) if rs1 == 0 and imm == 0 else None
    if rs1 == rd and imm != 0 and _fits(imm, 6):
        return ("c.addi", rd, rd, 0, imm)
    if rd == SP and rs1 == SP and imm != 0 and _fits(imm, 6, 16):
        return ("c.addi16sp", SP, SP, 0, imm)
    if _popular(rd) and rs1 == SP and imm > 0 and _fits(imm, 8, 4, signed=False):
        return ("c.addi4spn", rd, SP, 0, imm)
    if rs1 == 0 and _fits(imm, 6):
        return ("c.li", rd, 0, 0, imm)
    if imm == 0 and rs1 != 0:
        return ("c.mv", rd, 0, rs1, 0)
    return None


def _add_imm(rd: int, rs1: int, imm: int) -> tuple[str, int, int, int, int] | None:
    if rd and rs1 == rd and _fits(imm, 6):
        return ("c.addi", rd, rd, 0, imm)
    if rd == SP and rs1 == SP and imm != 0 and _fits(imm, 6, 16):
        return ("c.addi16sp", SP, SP, 0, imm)
    if _popular(rd) and rs1 == SP and imm > 0 and _fits(imm, 8, 4, signed=False):
        return ("c.addi4spn", rd, SP, 0, imm)
    return None


def _add(rd: int, rs1: int, rs2: int) -> tuple[str, int, int, int, int] | None:
    if rd == 0 or rs2 == 0:
        return None
    if rs1 == 0:
        return ("c.mv", rd, 0, rs2, 0)
    if rs1 == rd:
        return ("c.add", rd, rd, rs2, 0)
    if rs2 == rd:
        return ("c.add", rd, rd, rs1, 0)
    return None


_COMMUTES = frozenset({"and", "or", "xor", "addw"})


def _alu(name: str, rd: int, rs1: int, rs2: int) -> tuple[str, int, int, int, int] | None:
    if not _popular(rd):
        return None
    if rs1 == rd and _popular(rs2):
        return (f"c.{name}", rd, rd, rs2, 0)
    if name in _COMMUTES and rs2 == rd and _popular(rs1):
        return (f"c.{name}", rd, rd, rs1, 0)
    return None


_LOAD_SCALE = {"ld": 8, "lw": 4, "fld": 8, "sd": 8, "sw": 4, "fsd": 8}


def _load(name: str, rd: int, rs1: int, imm: int) -> tuple[str, int, int, int, int] | None:
    scale = _LOAD_SCALE[name]
    if rs1 == SP and (rd != 0 or name == "fld") and _fits(imm, 6, scale, signed=False):
        return (f"c.{name}sp", rd, SP, 0, imm)
    if _popular(rd) and _popular(rs1) and _fits(imm, 5, scale, signed=False):
        return (f"c.{name}", rd, rs1, 0, imm)
    return None


def _store(name: str, rs1: int, rs2: int, imm: int) -> tuple[str, int, int, int, int] | None:
    scale = _LOAD_SCALE[name]
    if rs1 == SP and _fits(imm, 6, scale, signed=False):
        return (f"c.{name}sp", 0, SP, rs2, imm)
    if _popular(rs2) and _popular(rs1) and _fits(imm, 5, scale, signed=False):
        return (f"c.{name}", 0, rs1, rs2, imm)
    return None
