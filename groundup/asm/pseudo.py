"""Pseudo-instructions, and GNU as's other spellings of real instructions.

The RISC-V assembly manual and the unprivileged spec ("RISC-V Assembly
Programmer's Handbook") list the pseudo-instructions: `li`, `la`, `call`,
`mv`, `beqz`, `ret` ... Each is a form here whose builder returns the real
instructions it expands to, exactly as GNU as expands it:

* `li rd, c`: one addi for a 12-bit c; otherwise lui/addiw for a 32-bit c,
  and for a wider one the upper part built the same way (recursively), shifted
  left past its trailing zeros with slli, plus an addi of the low 12 bits.
  (`li_sequence`; each instruction may then be compressed on its own.)
* `la`/`lla`/`lb rd, sym`/`sw rs, sym, rt`: auipc with %pcrel_hi (%got_pcrel_hi
  for `la` under `.option pic`) and a second instruction with %pcrel_lo of a
  fake label GNU puts on the auipc.
* `call`/`tail`/`jump`: auipc + jalr with one R_RISCV_CALL_PLT.

The other spellings are those objdump prints, so that a listing can be fed
back: `add rd, rs, imm` for addi, `sll rd, rs, shamt` for slli, `csrw csr,
imm` for csrrwi, `jalr rs` for jalr ra, 0(rs), and every `c.*` mnemonic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from groundup.asm import compress
from groundup.asm.expr import split_modifier
from groundup.asm.instructions import (
    CSRS,
    FORMS,
    Context,
    Field,
    Form,
    Insn,
    base,
    constant,
    csr,
    freg,
    low12,
    target,
    where,
    xreg,
)
from groundup.asm.lexer import AsmError
from groundup.asm.operands import Imm, Mem, Operand, Reg
from groundup.asm.symbols import Value
from groundup.elf.constants import R_RISCV
from groundup.isa.compressed import COPS
from groundup.isa.encoding import sext
from groundup.isa.table import BY_NAME

RA, SP, T0, T1 = 1, 2, 5, 6
CSR_FFLAGS, CSR_FRM, CSR_FCSR = 1, 2, 3
CSR_CYCLE, CSR_TIME, CSR_INSTRET = 0xC00, 0xC01, 0xC02


def insn(name: str, rd: int = 0, rs1: int = 0, rs2: int = 0, imm: int = 0, **kw: object) -> Insn:
    return Insn(BY_NAME[name], rd, rs1, rs2, 0, imm, **kw)  # type: ignore[arg-type]


def add(mnemonic: str, kinds: str, syntax: str, build: Callable[..., list[Insn]]) -> None:
    FORMS.setdefault(mnemonic, []).append(Form(kinds, build, syntax))


# --- li --------------------------------------------------------------------------------


def li_sequence(rd: int, value: int) -> list[tuple[str, int, int, int]]:
    """GNU as's expansion of `li rd, value`: (mnemonic, rd, rs1, imm) tuples."""
    value = sext(value, 64)
    if -2048 <= value <= 2047:
        return [("addi", rd, 0, value)]
    return _load_const(rd, value)


def _load_const(rd: int, value: int) -> list[tuple[str, int, int, int]]:
    lower = sext(value, 12)
    upper = sext(value - lower, 64)  # 64-bit arithmetic, as the assembler's own
    if not -(1 << 31) <= value < (1 << 31):
        shift = 12
        while not (upper >> shift) & 1:
            shift += 1
        seq = _load_const(rd, upper >> shift)
        seq.append(("slli", rd, rd, shift))
        if lower:
            seq.append(("addi", rd, rd, lower))
        return seq
    seq = []
    hi = 0
    if upper:
        seq.append(("lui", rd, 0, sext(upper & 0xFFFFF000, 32)))
        hi = rd
    if lower or not hi:
        seq.append(("addiw", rd, hi, lower))
    return seq


def _li(ops: list[Operand], ctx: Context) -> list[Insn]:
    rd = xreg(ops[0])
    assert isinstance(ops[1], Imm)
    modifier, _ = split_modifier(ops[1].expr)
    v = ctx.value(ops[1].expr) if modifier is None else None
    if v is None or not v.is_constant:
        raise AsmError("li needs a constant (use la for an address)", *where(ops[1]))
    if not -(1 << 63) <= v.addend < (1 << 64):
        raise AsmError(f"constant {v.addend} does not fit in 64 bits", *where(ops[1]))
    seq = li_sequence(rd, v.addend)
    if len(seq) == 1 and seq[0][0] == "addi":  # `li` itself: c.li is its only short form
        return [insn("addi", rd, 0, imm=seq[0][3], spelling="li")]
    return [insn(n, d, s, imm=i) for n, d, s, i in seq]


add("li", "xi", "rd,imm", _li)


# --- addresses: la, lla, loads and stores of a symbol, call, tail ----------------------


def _symbol(o: Operand, ctx: Context) -> tuple[Value, tuple[int, int]]:
    assert isinstance(o, Imm)
    modifier, _ = split_modifier(o.expr)
    if modifier is not None:
        raise AsmError(f"relocation operator %{modifier} is not allowed here", *where(o))
    return ctx.value(o.expr), where(o)


def _pcrel_pair(hi: R_RISCV, rt: int, sym: Value, at: tuple[int, int], second: str,
                ctx: Context, rd: int = 0, rs2: int = 0) -> list[Insn]:  # fmt: skip
    """auipc rt, %x_hi(sym) at a fake label L; `second` with %pcrel_lo(L)."""
    label = ctx.fake_label()
    lo_op = BY_NAME[second]
    lo = R_RISCV.PCREL_LO12_S if lo_op.fmt.name == "S" else R_RISCV.PCREL_LO12_I
    return [
        insn("auipc", rt, reloc=hi, target=sym, where=at, label=label),
        Insn(lo_op, rd, rt, rs2, reloc=lo, target=Value(0, label), where=at),
    ]


def _address(hi: R_RISCV, second: str) -> Callable[[list[Operand], Context], list[Insn]]:
    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        rd = xreg(ops[0])
        sym, at = _symbol(ops[1], ctx)
        return _pcrel_pair(hi, rd, sym, at, second, ctx, rd=rd)

    return build


def _la(ops: list[Operand], ctx: Context) -> list[Insn]:
    if ctx.pic:
        return _address(R_RISCV.GOT_HI20, "ld")(ops, ctx)
    return _address(R_RISCV.PCREL_HI20, "addi")(ops, ctx)


add("la", "xi", "rd,symbol", _la)
add("lla", "xi", "rd,symbol", _address(R_RISCV.PCREL_HI20, "addi"))
add("la.tls.ie", "xi", "rd,symbol", _address(R_RISCV.TLS_GOT_HI20, "ld"))
add("la.tls.gd", "xi", "rd,symbol", _address(R_RISCV.TLS_GD_HI20, "addi"))
for _load in ("lb", "lh", "lw", "ld", "lbu", "lhu", "lwu"):
    add(_load, "xi", "rd,symbol", _address(R_RISCV.PCREL_HI20, _load))


def _store(name: str, fp: bool) -> Callable[[list[Operand], Context], list[Insn]]:
    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        value = freg(ops[0]) if fp else xreg(ops[0])
        sym, at = _symbol(ops[1], ctx)
        rt = xreg(ops[2])
        if fp and name in ("flw", "fld"):
            return _pcrel_pair(R_RISCV.PCREL_HI20, rt, sym, at, name, ctx, rd=value)
        return _pcrel_pair(R_RISCV.PCREL_HI20, rt, sym, at, name, ctx, rs2=value)

    return build


for _st in ("sb", "sh", "sw", "sd"):
    add(_st, "xix", "rs2,symbol,rt", _store(_st, False))
for _fp in ("flw", "fld", "fsw", "fsd"):
    add(_fp, "fix", "frd,symbol,rt", _store(_fp, True))


def _call(rd: int, rt: int) -> Callable[[Operand, Context], list[Insn]]:
    def build(o: Operand, ctx: Context) -> list[Insn]:
        sym, at = _symbol(o, ctx)
        return [
            insn("auipc", rt, reloc=R_RISCV.CALL_PLT, target=sym, where=at),
            insn("jalr", rd, rt, compressible=False),
        ]

    return build


add("call", "i", "symbol", lambda ops, ctx: _call(RA, RA)(ops[0], ctx))
add("call", "xi", "rd,symbol", lambda ops, ctx: _call(xreg(ops[0]), xreg(ops[0]))(ops[1], ctx))
add("tail", "i", "symbol", lambda ops, ctx: _call(0, T1)(ops[0], ctx))
add("jump", "ix", "symbol,rt", lambda ops, ctx: _call(0, xreg(ops[1]))(ops[0], ctx))


# --- one-instruction pseudo-instructions -----------------------------------------------


def _rr(name: str, swap: bool = False, spelling: str | None = None,
        **fixed: int) -> Callable[..., list[Insn]]:  # fmt: skip
    """rd, rs -> `name` with rs in rs1 (or rs2 when `swap`), other fields fixed."""

    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        rd, rs = xreg(ops[0]), xreg(ops[1])
        f = {"rs2": rs} if swap else {"rs1": rs}
        return [insn(name, rd, spelling=spelling, **{**f, **fixed})]

    return build


add("mv", "xx", "rd,rs", _rr("addi", spelling="mv"))
add("not", "xx", "rd,rs", _rr("xori", imm=-1))
add("neg", "xx", "rd,rs", _rr("sub", swap=True))
add("negw", "xx", "rd,rs", _rr("subw", swap=True))
add("sext.w", "xx", "rd,rs", _rr("addiw"))
add("seqz", "xx", "rd,rs", _rr("sltiu", imm=1))
add("snez", "xx", "rd,rs", _rr("sltu", swap=True))
add("sltz", "xx", "rd,rs", _rr("slt"))
add("sgtz", "xx", "rd,rs", _rr("slt", swap=True))
add("zext.b", "xx", "rd,rs", _rr("andi", imm=255))
add("nop", "", "", lambda ops, ctx: [insn("addi")])
add("ret", "", "", lambda ops, ctx: [insn("jalr", 0, RA)])


def _swapped(name: str) -> Callable[..., list[Insn]]:
    """sgt rd, a, b = slt rd, b, a (and fgt/fge the same with flt/fle)."""

    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        return [base(BY_NAME[name], [ops[0], ops[2], ops[1]], ctx)]

    return build


add("sgt", "xxx", "rd,rs1,rs2", _swapped("slt"))
add("sgtu", "xxx", "rd,rs1,rs2", _swapped("sltu"))
for _s in ("s", "d"):
    add(f"fgt.{_s}", "xff", "rd,frs1,frs2", _swapped(f"flt.{_s}"))
    add(f"fge.{_s}", "xff", "rd,frs1,frs2", _swapped(f"fle.{_s}"))
    for _name, _op in (("fmv", "fsgnj"), ("fneg", "fsgnjn"), ("fabs", "fsgnjx")):
        add(f"{_name}.{_s}", "ff", "frd,frs", lambda ops, ctx, op=f"{_op}.{_s}": [
            base(BY_NAME[op], [ops[0], ops[1], ops[1]], ctx)])  # fmt: skip


# --- branches and jumps ----------------------------------------------------------------


def _branch(name: str, order: str) -> Callable[..., list[Insn]]:
    """A branch pseudo: `order` says which operand goes to rs1/rs2 ('0' is x0)."""

    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        regs = {"a": xreg(ops[0]), "b": xreg(ops[1]) if len(ops) == 3 else 0, "0": 0}
        t = target(ops[-1], ctx)
        return [insn(name, 0, regs[order[0]], regs[order[1]], branch=True, target=t,
                     where=where(ops[-1]))]  # fmt: skip

    return build


for _name, _base, _order in (("beqz", "beq", "a0"), ("bnez", "bne", "a0"),
                             ("blez", "bge", "0a"), ("bgez", "bge", "a0"),
                             ("bltz", "blt", "a0"), ("bgtz", "blt", "0a")):  # fmt: skip
    add(_name, "xi", "rs,target", _branch(_base, _order))
for _name, _base in (("bgt", "blt"), ("ble", "bge"), ("bgtu", "bltu"), ("bleu", "bgeu")):
    add(_name, "xxi", "rs1,rs2,target", _branch(_base, "ba"))


def _jump(ops: list[Operand], ctx: Context) -> list[Insn]:
    return [insn("jal", 0, branch=True, target=target(ops[0], ctx), where=where(ops[0]))]


def _jal_ra(ops: list[Operand], ctx: Context) -> list[Insn]:
    return [insn("jal", RA, branch=True, target=target(ops[0], ctx), where=where(ops[0]))]


add("j", "i", "target", _jump)
add("jal", "i", "target", _jal_ra)


def _jalr(rd: int | None, compressible: bool) -> Callable[..., list[Insn]]:
    """jalr/jr spellings: rs; rd, rs; rd, rs, imm; imm(rs); rs, imm."""

    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        d = rd if rd is not None else xreg(ops[0])
        first, *offset = ops if rd is not None else ops[1:]
        if isinstance(first, Mem):
            f, rs = low12(first.offset, first.tok, ctx, store=False), first.base.number
        else:
            rs, f = xreg(first), Field()
            if offset:
                assert isinstance(offset[0], Imm)
                f = low12(offset[0].expr, offset[0].tok, ctx, store=False)
        return [insn("jalr", d, rs, imm=f.imm, reloc=f.reloc, target=f.target, where=f.where,
                     compressible=compressible)]  # fmt: skip

    return build


add("jalr", "x", "rs", _jalr(RA, True))
add("jalr", "xx", "rd,rs", _jalr(None, False))
add("jalr", "xxi", "rd,rs,imm", _jalr(None, False))
add("jalr", "m", "imm(rs)", _jalr(RA, False))
add("jalr", "xi", "rs,imm", _jalr(RA, False))
add("jr", "x", "rs", _jalr(0, True))
add("jr", "xi", "rs,imm", _jalr(0, False))
add("jr", "m", "imm(rs)", _jalr(0, False))


# --- fences, CSRs and the floating-point CSRs -----------------------------------------

add("fence", "", "", lambda ops, ctx: [insn("fence", imm=0xFF)])
add("sfence.vma", "", "", lambda ops, ctx: [insn("sfence.vma")])
add("sfence.vma", "x", "rs1", lambda ops, ctx: [insn("sfence.vma", 0, xreg(ops[0]))])


def _csr(name: str, rd: int | None, csr_no: int | None, imm: bool) -> Callable[..., list[Insn]]:
    """A CSR pseudo: operands are [rd,] [csr,] source, as the flags say."""

    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        rest = list(ops)
        d = rd if rd is not None else xreg(rest.pop(0))
        number = csr_no if csr_no is not None else csr(rest.pop(0), ctx)
        source = 0
        if rest:
            source = constant(rest[0], ctx, 0, 31, "immediate") if imm else xreg(rest[0])
        return [insn(name, d, source, imm=number)]

    return build


add("csrr", "xi", "rd,csr", _csr("csrrs", None, None, False))
for _n, _b in (("csrw", "csrrw"), ("csrs", "csrrs"), ("csrc", "csrrc")):
    add(_n, "ix", "csr,rs1", _csr(_b, 0, None, False))
    add(_n, "ii", "csr,imm", _csr(_b + "i", 0, None, True))
    add(_n + "i", "ii", "csr,imm", _csr(_b + "i", 0, None, True))
    add(_b, "xii", "rd,csr,imm", _csr(_b + "i", None, None, True))
_READERS = (("frcsr", CSR_FCSR), ("frrm", CSR_FRM), ("frflags", CSR_FFLAGS),
            ("rdcycle", CSR_CYCLE), ("rdtime", CSR_TIME), ("rdinstret", CSR_INSTRET))  # fmt: skip
for _n, _no in _READERS:
    add(_n, "x", "rd", _csr("csrrs", None, _no, False))
for _n, _no in (("fscsr", CSR_FCSR), ("fsrm", CSR_FRM), ("fsflags", CSR_FFLAGS)):
    add(_n, "x", "rs", _csr("csrrw", 0, _no, False))
    add(_n, "xx", "rd,rs", _csr("csrrw", None, _no, False))
    if _n != "fscsr":
        add(_n + "i", "i", "imm", _csr("csrrwi", 0, _no, True))
        add(_n + "i", "xi", "rd,imm", _csr("csrrwi", None, _no, True))
        add(_n, "i", "imm", _csr("csrrwi", 0, _no, True))
        add(_n, "xi", "rd,imm", _csr("csrrwi", None, _no, True))
assert "mstatus" in CSRS


def _unimp(ops: list[Operand], ctx: Context) -> list[Insn]:
    if ctx.rvc:
        return [Insn(BY_NAME["addi"], parcel=0x0000)]
    return [insn("csrrw", 0, 0, imm=CSR_CYCLE)]


add("unimp", "", "", _unimp)
add("c.unimp", "", "", lambda ops, ctx: [Insn(BY_NAME["addi"], parcel=0x0000)])


# --- the same instructions under the names objdump shows ------------------------------

for _reg, _imm in (("add", "addi"), ("addw", "addiw"), ("and", "andi"), ("or", "ori"),
                   ("xor", "xori"), ("slt", "slti"), ("sltu", "sltiu"), ("sll", "slli"),
                   ("srl", "srli"), ("sra", "srai"), ("sllw", "slliw"), ("srlw", "srliw"),
                   ("sraw", "sraiw")):  # fmt: skip
    add(_reg, "xxi", BY_NAME[_imm].syntax, lambda ops, ctx, op=BY_NAME[_imm], n=_reg: [
        replace(base(op, ops, ctx), spelling=f"{n}.imm")])  # fmt: skip


def _tprel_add(ops: list[Operand], ctx: Context) -> list[Insn]:
    """add rd, rs1, tp, %tprel_add(sym): an add the linker may drop (TLS local exec)."""
    assert isinstance(ops[3], Imm)
    modifier, inner = split_modifier(ops[3].expr)
    if modifier != "tprel_add":
        raise AsmError("expected %tprel_add(symbol)", *where(ops[3]))
    i = base(BY_NAME["add"], ops[:3], ctx)
    return [Insn(i.op, i.rd, i.rs1, i.rs2, reloc=R_RISCV.TPREL_ADD, target=ctx.value(inner),
                 where=where(ops[3]), compressible=False)]  # fmt: skip


add("add", "xxxi", "rd,rs1,tp,%tprel_add(symbol)", _tprel_add)


# --- explicit compressed instructions: c.addi, c.lw, c.j ... ---------------------------


def _cop_builder(cname: str, syntax: str) -> Callable[..., list[Insn]]:
    tokens = syntax.split(",") if syntax else []

    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        values: dict[str, int] = {}
        for tok, o in zip(tokens, ops, strict=True):
            values.update(_c_operand(tok, o, ctx))
        found = _explicit_parcel(cname, tuple(values[k] for k in _key_fields(tokens)))
        if found is None:
            first, last = ops[0], ops[-1]
            end = last.tok.col + (len(last.tok.text) if isinstance(last, Reg) else last.length)
            raise AsmError(f"operands do not fit {cname}", first.tok.line, first.tok.col,
                           end - first.tok.col)  # fmt: skip
        return [Insn(BY_NAME["addi"], parcel=found)]

    return build


def _key_fields(tokens: list[str]) -> list[str]:
    """The values that identify a c.* instruction, as its syntax shows them."""
    out: list[str] = []
    for t in tokens:
        if t == "imm(rs1)":
            out += ["imm", "rs1"]
        else:
            out.append(t[1:] if t in ("frd", "frs2") else t)
    return out


def _c_operand(tok: str, o: Operand, ctx: Context) -> dict[str, int]:
    match tok:
        case "rd" | "rs1" | "rs2":
            return {tok: xreg(o)}
        case "frd" | "frs2":
            return {tok[1:]: freg(o)}
        case "imm" | "shamt" | "cuimm":
            return {tok: constant(o, ctx, -(1 << 20), 1 << 20, "immediate")}
        case "imm(rs1)":
            assert isinstance(o, Mem)
            f = low12(o.offset, o.tok, ctx, store=False)
            if f.reloc is not None:
                raise AsmError("a compressed instruction takes no relocation", *where(o))
            return {"imm": f.imm, "rs1": o.base.number}
    raise AsmError(f"unsupported operand in a compressed instruction: {tok}", *where(o))


@cache
def _explicit_parcels() -> dict[str, dict[tuple[int, ...], int]]:
    """c.name -> (its operands as the disassembler shows them -> the lowest parcel)."""
    table: dict[str, dict[tuple[int, ...], int]] = {}
    syntax = {c.name: c.syntax.split(",") if c.syntax else [] for c in COPS}
    for (name, rd, rs1, rs2, imm), half in sorted(compress.parcels().items(),
                                                 key=lambda kv: kv[1]):  # fmt: skip
        shown = {"rd": rd, "rs1": rs1, "rs2": rs2, "imm": imm, "shamt": imm,
                 "cuimm": (imm >> 12) & 0xFFFFF, "target": imm}  # fmt: skip
        key = tuple(shown[t] for t in _key_fields(syntax[name]))
        table.setdefault(name, {}).setdefault(key, half)
    return table


def _explicit_parcel(cname: str, key: tuple[int, ...]) -> int | None:
    """The parcel of `cname` whose operands, as the disassembler shows them, are `key`."""
    return _explicit_parcels().get(cname, {}).get(key)


def _c_branch(name: str, rd: int) -> Callable[..., list[Insn]]:
    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        regs = [xreg(o) for o in ops[:-1]]
        t = target(ops[-1], ctx)
        return [insn(name, rd, regs[0] if regs else 0, 0, branch=True, target=t,
                     where=where(ops[-1]))]  # fmt: skip

    return build


for _c in COPS:
    if _c.name in ("c.j", "c.beqz", "c.bnez"):
        continue
    _kinds = "".join({"rd": "x", "rs1": "x", "rs2": "x", "frd": "f", "frs2": "f", "imm": "i",
                      "shamt": "i", "cuimm": "i", "imm(rs1)": "m", "target": "i"}[t]
                     for t in (_c.syntax.split(",") if _c.syntax else []))  # fmt: skip
    add(_c.name, _kinds, _c.syntax, _cop_builder(_c.name, _c.syntax))
add("c.j", "i", "target", _jump)
add("c.beqz", "xi", "rs1,target", _c_branch("beq", 0))
add("c.bnez", "xi", "rs1,target", _c_branch("bne", 0))
add("c.nop", "", "", lambda ops, ctx: [Insn(BY_NAME["addi"], parcel=0x0001)])
add("c.nop", "i", "imm", lambda ops, ctx: [Insn(BY_NAME["addi"], parcel=compress.parcel(
    "c.addi", 0, 0, 0, constant(ops[0], ctx, -32, 31, "immediate")) or 0x0001)])  # fmt: skip


def _shift64(cname: str) -> Callable[..., list[Insn]]:
    """c.slli64 rd and kin: the RV128 hints, shifts by 0 (objdump names them so)."""

    def build(ops: list[Operand], ctx: Context) -> list[Insn]:
        rd = xreg(ops[0])
        found = compress.parcel(cname, rd, rd, 0, 0)
        if found is None:
            raise AsmError(f"operands do not fit {cname}64", *where(ops[0]))
        return [Insn(BY_NAME["addi"], parcel=found)]

    return build


for _name in ("c.slli", "c.srli", "c.srai"):
    add(_name + "64", "x", "rd", _shift64(_name))
