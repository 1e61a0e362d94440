"""Instructions: from a mnemonic and its operands to the fields of machine instructions.

Each mnemonic has a list of `Form`s, tried in order: the operand kinds it
takes (`x` integer register, `f` floating-point register, `m` memory
`offset(base)`, `i` expression) and a function that builds the `Insn`s it
stands for. The forms of the real instructions come from the instruction
table (`Op.syntax`, the same strings the disassembler prints with), so every
RV64GC instruction is accepted exactly as objdump shows it; groundup.asm.pseudo
adds the pseudo-instructions and GNU's other spellings.

An `Insn` is one 32-bit instruction with its fields, plus what the assembler
must do besides encoding it: a relocation for a symbolic field (`%hi(x)` is
R_RISCV_HI20 against x), a branch target to relax, a fake label to define at
it (the auipc that `%pcrel_lo` refers to), or an explicit 16-bit parcel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from groundup.asm.csrnames import PrivSpec, csr_names
from groundup.asm.expr import Expr, span, split_modifier
from groundup.asm.lexer import AsmError, Token
from groundup.asm.operands import Imm, Mem, Operand, Reg, bare_name
from groundup.asm.symbols import Symbol, Value
from groundup.elf.constants import R_RISCV
from groundup.isa.encoding import Fmt, sext
from groundup.isa.table import BY_NAME, OPS, Op

ROUNDING = {"rne": 0, "rtz": 1, "rdn": 2, "rup": 3, "rmm": 4, "dyn": 7}
RM_DYN = 7


@dataclass(frozen=True, slots=True)
class Insn:
    """One instruction to emit, with what the assembler must do beyond encoding it."""

    op: Op
    rd: int = 0
    rs1: int = 0
    rs2: int = 0
    rs3: int = 0
    imm: int = 0
    rm: int = 0
    aq: bool = False
    rl: bool = False
    reloc: R_RISCV | None = None  # the relocation of its immediate field ...
    target: Value | None = None  # ... against this (also: a branch's target)
    where: tuple[int, int] = (0, 0)  # line, column of the operand a fixup is about
    compressible: bool = True  # GNU as may use a 16-bit form for this spelling
    branch: bool = False  # a branch or `j` that relaxation sizes
    label: Symbol | None = None  # a fake label to define at this instruction
    parcel: int | None = None  # an explicit 16-bit instruction (c.* mnemonics)
    spelling: str | None = None  # the mnemonic it was written as, when that changes
    # which 16-bit forms GNU as allows (see groundup.asm.compress)


class Context(Protocol):
    """What building instructions needs from the assembler."""

    @property
    def rvc(self) -> bool: ...

    @property
    def pic(self) -> bool: ...

    def value(self, e: Expr) -> Value: ...

    def fake_label(self) -> Symbol: ...

    def csr_named(self) -> None:
        """A CSR was written explicitly (GNU then records the privileged spec)."""
        ...


Build = Callable[[list[Operand], Context], list[Insn]]


@dataclass(frozen=True, slots=True)
class Form:
    kinds: str  # one letter per operand: x f m i
    build: Build
    syntax: str  # how the operands are written, for messages


FORMS: dict[str, list[Form]] = {}


def form(mnemonic: str, kinds: str, syntax: str) -> Callable[[Build], Build]:
    """Decorator: add a form of `mnemonic` (after the ones already there)."""

    def add(build: Build) -> Build:
        FORMS.setdefault(mnemonic, []).append(Form(kinds, build, syntax))
        return build

    return add


# --- operand values --------------------------------------------------------------------


def where(operand: Operand) -> tuple[int, int]:
    return operand.tok.line, operand.tok.col


def _operand_error(operand: Operand, message: str) -> AsmError:
    tok = operand.tok
    length = len(tok.text) if isinstance(operand, Reg) else operand.length
    return AsmError(message, tok.line, tok.col, length)


def xreg(o: Operand) -> int:
    assert isinstance(o, Reg) and not o.fp
    return o.number


def freg(o: Operand) -> int:
    assert isinstance(o, Reg) and o.fp
    return o.number


def constant(o: Operand, ctx: Context, lo: int, hi: int, what: str) -> int:
    """A constant operand in [lo, hi]."""
    assert isinstance(o, Imm)
    modifier, _ = split_modifier(o.expr)
    if modifier is not None:
        raise _operand_error(o, f"relocation operator %{modifier} is not allowed for {what}")
    v = ctx.value(o.expr)
    if not v.is_constant:
        raise _operand_error(o, f"{what} must be a constant")
    if not lo <= v.addend <= hi:
        raise _operand_error(o, f"{what} {v.addend} out of range [{lo}, {hi}]")
    return v.addend


_LO_RELOCS = {
    "lo": (R_RISCV.LO12_I, R_RISCV.LO12_S),
    "pcrel_lo": (R_RISCV.PCREL_LO12_I, R_RISCV.PCREL_LO12_S),
    "tprel_lo": (R_RISCV.TPREL_LO12_I, R_RISCV.TPREL_LO12_S),
}
_HI_RELOCS = {
    "hi": R_RISCV.HI20,
    "pcrel_hi": R_RISCV.PCREL_HI20,
    "tprel_hi": R_RISCV.TPREL_HI20,
    "got_pcrel_hi": R_RISCV.GOT_HI20,
    "tls_ie_pcrel_hi": R_RISCV.TLS_GOT_HI20,
    "tls_gd_pcrel_hi": R_RISCV.TLS_GD_HI20,
}


@dataclass(frozen=True, slots=True)
class Field:
    """An immediate field: its value, or the relocation that will fill it."""

    imm: int = 0
    reloc: R_RISCV | None = None
    target: Value | None = None
    where: tuple[int, int] = (0, 0)


def low12(e: Expr | None, tok: Token, ctx: Context, store: bool) -> Field:
    """A 12-bit signed immediate (I or S format): a constant or %lo/%pcrel_lo/%tprel_lo."""
    if e is None:
        return Field()
    where = span(e)
    at = where[:2]
    modifier, inner = split_modifier(e)
    v = ctx.value(inner)
    if modifier is None:
        if not v.is_constant:
            raise AsmError("immediate must be a constant (or use %lo, %pcrel_lo)", *where)
        if not -2048 <= v.addend <= 2047:
            raise AsmError(f"immediate {v.addend} out of range [-2048, 2047]", *where)
        return Field(v.addend)
    relocs = _LO_RELOCS.get(modifier)
    if relocs is None:
        raise AsmError(f"relocation operator %{modifier} is not allowed here", *where)
    if modifier == "lo" and v.is_constant:
        return Field(sext(v.addend, 12))
    return Field(0, relocs[1 if store else 0], v, at)


def upper20(o: Operand, ctx: Context) -> Field:
    """lui/auipc's 20-bit immediate: 0..0xfffff, or %hi/%pcrel_hi/... of a symbol."""
    assert isinstance(o, Imm)
    at = (o.tok.line, o.tok.col)
    modifier, inner = split_modifier(o.expr)
    v = ctx.value(inner)
    if modifier is None:
        if not v.is_constant:
            raise _operand_error(o, "immediate must be a constant (or use %hi, %pcrel_hi)")
        if not 0 <= v.addend <= 0xFFFFF:
            raise _operand_error(o, f"lui/auipc immediate {v.addend} out of range [0, 0xfffff]")
        return Field(sext(v.addend << 12, 32))
    reloc = _HI_RELOCS.get(modifier)
    if reloc is None:
        raise _operand_error(o, f"relocation operator %{modifier} is not allowed here")
    if modifier == "hi" and v.is_constant:
        return Field(sext(((v.addend + 0x800) >> 12 & 0xFFFFF) << 12, 32))
    return Field(0, reloc, v, at)


def target(o: Operand, ctx: Context) -> Value:
    """A branch or jump target: a label, a symbol plus offset, or an address."""
    assert isinstance(o, Imm)
    modifier, _ = split_modifier(o.expr)
    if modifier is not None:
        raise _operand_error(o, f"relocation operator %{modifier} is not allowed for a target")
    return ctx.value(o.expr)


def rounding(o: Operand) -> int:
    name = bare_name(o)
    if name is None or name not in ROUNDING:
        raise _operand_error(o, "expected a rounding mode (rne, rtz, rdn, rup, rmm, dyn)")
    return ROUNDING[name]


def fence_set(o: Operand, ctx: Context) -> int:
    """A fence predecessor/successor set: letters from iorw (or a number 0..15)."""
    name = bare_name(o)
    if name is not None:
        if name and all(c in "iorw" for c in name) and len(set(name)) == len(name):
            return sum({"i": 8, "o": 4, "r": 2, "w": 1}[c] for c in name)
        raise _operand_error(o, f"bad fence set '{name}' (letters from iorw)")
    return constant(o, ctx, 0, 15, "fence set")


def _csr_table() -> dict[str, int]:
    """Every CSR name GNU as accepts: all privileged-spec versions' names, newest last."""
    table: dict[str, int] = {}
    for spec in PrivSpec:
        table.update({name: number for number, name in csr_names(spec).items()})
    table |= {"dscratch": 0x7B2, "mcontrol": 0x7A1, "mscontext": 0x7AA}
    return table


CSRS = _csr_table()


def csr(o: Operand, ctx: Context) -> int:
    name = bare_name(o)
    ctx.csr_named()
    if name is not None and name in CSRS:
        return CSRS[name]
    if name is not None:
        v = ctx.value(o.expr) if isinstance(o, Imm) else None
        if v is None or not v.is_constant:
            raise _operand_error(o, f"unknown CSR '{name}'")
    return constant(o, ctx, 0, 4095, "CSR number")


# --- the real instructions -------------------------------------------------------------

_SHAMT_MAX = {Fmt.SH6: 63, Fmt.SH5: 31}
_KIND = {"rd": "x", "rs1": "x", "rs2": "x", "frd": "f", "frs1": "f", "frs2": "f",
         "frs3": "f", "imm": "i", "imm(rs1)": "m", "(rs1)": "m", "shamt": "i",
         "uimm": "i", "target": "i", "csr": "i", "zimm": "i", "rm": "i", "pred": "i",
         "succ": "i"}  # fmt: skip


def base(op: Op, operands: list[Operand], ctx: Context, aq: bool = False,
         rl: bool = False) -> Insn:  # fmt: skip
    """The instruction `op` with operands in its table syntax (rm may be left out)."""
    f: dict[str, int] = {"rd": 0, "rs1": 0, "rs2": 0, "rs3": 0, "imm": 0}
    f["rm"] = RM_DYN if op.syntax.endswith(",rm") else 0
    field = Field()
    for tok, o in zip(op.syntax.split(","), operands, strict=False):
        field = _operand(op, tok, o, ctx, f) or field
    if op.fmt in (Fmt.B, Fmt.J):
        # `jal rd, target` is never compressed (only the `j` spelling becomes c.j)
        return Insn(op, f["rd"], f["rs1"], f["rs2"], branch=True, target=field.target,
                    where=field.where, compressible=op.fmt is Fmt.B)  # fmt: skip
    # GNU as never compresses the table's own `jalr rd, imm(rs)` (only `jr rs`, `jalr rs`).
    return Insn(op, f["rd"], f["rs1"], f["rs2"], f["rs3"], field.imm or f["imm"], f["rm"], aq,
                rl, field.reloc, field.target, field.where, op.name != "jalr")  # fmt: skip


def _operand(op: Op, tok: str, o: Operand, ctx: Context, f: dict[str, int]) -> Field | None:
    """Put one operand into the fields `f`; an immediate comes back as a Field."""
    match tok:
        case "rd" | "rs1" | "rs2":
            f[tok] = xreg(o)
        case "frd" | "frs1" | "frs2" | "frs3":
            f[tok[1:]] = freg(o)
        case "imm":
            assert isinstance(o, Imm)
            return low12(o.expr, o.tok, ctx, store=False)
        case "imm(rs1)" | "(rs1)":
            assert isinstance(o, Mem)
            f["rs1"] = o.base.number
            if o.base.fp:
                raise _operand_error(o, "the base register must be an integer register")
            if tok == "(rs1)":
                if o.offset is not None and ctx.value(o.offset) != Value(0):
                    raise _operand_error(o, "this instruction takes no offset: write (reg)")
                return None
            return low12(o.offset, o.tok, ctx, store=op.fmt is Fmt.S)
        case "shamt":
            f["imm"] = constant(o, ctx, 0, _SHAMT_MAX[op.fmt], "shift amount")
        case "uimm":
            return upper20(o, ctx)
        case "target":
            t = target(o, ctx)
            return Field(0, None, t, where(o))
        case "csr":
            f["imm"] = csr(o, ctx)
        case "zimm":
            f["rs1"] = constant(o, ctx, 0, 31, "immediate")
        case "rm":
            f["rm"] = rounding(o)
        case "pred":
            f["imm"] |= fence_set(o, ctx) << 4
        case "succ":
            f["imm"] |= fence_set(o, ctx)
        case _:
            raise AssertionError(tok)
    return None


def _table_forms() -> None:
    for op in OPS:
        tokens = op.syntax.split(",") if op.syntax else []
        kinds = "".join(_KIND[t] for t in tokens)
        syntax = op.syntax
        if op.ext == "A":
            _atomic_forms(op, kinds)
            continue
        FORMS.setdefault(op.name, []).append(Form(kinds, _builder(op), syntax))
        if tokens and tokens[-1] == "rm":  # the rounding mode may be left out (dynamic)
            FORMS[op.name].append(Form(kinds[:-1], _builder(op), syntax[: -len(",rm")]))


def _builder(op: Op, aq: bool = False, rl: bool = False) -> Build:
    return lambda operands, ctx: [base(op, operands, ctx, aq, rl)]


def _atomic_forms(op: Op, kinds: str) -> None:
    """lr.w, lr.w.aq, lr.w.rl, lr.w.aqrl, and so on for every atomic."""
    for suffix, aq, rl in (("", False, False), (".aq", True, False), (".rl", False, True),
                           (".aqrl", True, True)):  # fmt: skip
        FORMS.setdefault(op.name + suffix, []).append(Form(kinds, _builder(op, aq, rl), op.syntax))


_table_forms()


def op_named(name: str) -> Op:
    return BY_NAME[name]
