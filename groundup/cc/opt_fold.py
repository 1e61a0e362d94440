"""Rewriting one instruction: operands substituted, constants folded, identities applied.

What the optimizer's passes (optimize.py) share about a single instruction:

* `map_operands`: the instruction with each operand it reads replaced, for every
  kind the optimizer knows (a kind it does not know comes back unchanged);
* `fold`: an operation on constants becomes a copy of its value, computed with C's
  rules (`evaluate`), except where C leaves the result undefined (division by zero,
  a shift by the width or more); `add.ptr $x, 8` becomes `$x+8`;
* `simplify` (the `peephole` pass): algebraic identities and strength reduction
  (`mul x, 8` -> `shl x, 3`, `add x, 0` -> `x`, unsigned division by 2**k -> a shift,
  signed division by 2**k -> a shift with the rounding correction C needs).

Only integer and pointer operations are touched: nothing whose type is floating point
is folded or simplified (x + 0.0 is not x when x is -0.0; rounding modes change).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from groundup.cc import ir
from groundup.cc.ir import Imm, Ty

COMMUTATIVE = ("add", "mul", "and", "or", "xor")
CONSTANT = (ir.Imm, ir.SlotAddr, ir.SymAddr)  # what constant propagation carries


def is_float(ty: object) -> bool:
    """Floating point? (getattr: the IR gains F32/F64 while this is written.)"""
    return bool(getattr(ty, "is_float", False))


def _c_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def evaluate(op: str, ty: Ty, a: int, b: int) -> int | None:
    """The value of `a OP b` in type ty (wrapping), or None where C leaves it undefined."""
    if op in ("div", "rem") and b == 0:
        return None
    if op in ("shl", "shr") and not 0 <= b < ty.bits:
        return None
    results = {
        "add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b,
        "div": lambda: _c_div(a, b), "rem": lambda: a - b * _c_div(a, b),
        "and": lambda: a & b, "or": lambda: a | b, "xor": lambda: a ^ b,
        "shl": lambda: a << b, "shr": lambda: a >> b,
    }  # fmt: skip
    return ty.wrap(results[op]())


def compare(op: str, a: int, b: int) -> bool:
    return {"eq": a == b, "ne": a != b, "lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[op]


# ----------------------------------------------------------------- operand rewriting

Rewriter = Callable[[ir.Operand], ir.Operand]


def _mem(mem: ir.Mem, f: Rewriter) -> ir.Mem:
    base = f(mem.base)
    return mem if base is mem.base else ir.Mem(base, mem.offset)


def map_inst(inst: ir.Inst, f: Rewriter) -> ir.Inst:
    """inst with every operand it reads replaced by f(operand); the same object when
    nothing changes, and when the kind is one the optimizer does not know."""
    out: ir.Inst = inst
    match inst:
        case ir.Copy() | ir.Conv():
            out = dataclasses.replace(inst, src=f(inst.src))
        case ir.Binary() | ir.Compare():
            out = dataclasses.replace(inst, a=f(inst.a), b=f(inst.b))
        case ir.Unary():
            out = dataclasses.replace(inst, a=f(inst.a))
        case ir.Load():
            out = dataclasses.replace(inst, addr=_mem(inst.addr, f))
        case ir.Store():
            out = dataclasses.replace(inst, addr=_mem(inst.addr, f), value=f(inst.value))
        case ir.Call():
            out = _call(inst, f)
        case ir.BlockCopy():
            out = dataclasses.replace(inst, dst=f(inst.dst), src=f(inst.src))
        case ir.BlockZero():
            out = dataclasses.replace(inst, dst=f(inst.dst))
    return inst if out == inst else out


def map_term(term: ir.Terminator, f: Rewriter) -> ir.Terminator:
    """A terminator with every operand it reads replaced by f(operand)."""
    out: ir.Terminator = term
    match term:
        case ir.Branch():
            out = dataclasses.replace(term, cond=f(term.cond))
        case ir.Switch():
            out = dataclasses.replace(term, value=f(term.value))
        case ir.Return():
            out = _return(term, f)
    return term if out == term else out


def _call(call: ir.Call, f: Rewriter) -> ir.Call:
    changes: dict[str, object] = {"callee": f(call.callee), "args": tuple(map(f, call.args))}
    ret_mem = getattr(call, "ret_mem", None)
    if ret_mem is not None:
        changes["ret_mem"] = _mem(ret_mem, f)
    return dataclasses.replace(call, **changes)  # type: ignore[arg-type]


def _return(ret: ir.Return, f: Rewriter) -> ir.Return:
    changes: dict[str, object] = {}
    if ret.value is not None:
        changes["value"] = f(ret.value)
    mem = getattr(ret, "mem", None)
    if mem is not None:
        changes["mem"] = _mem(mem, f)
    return dataclasses.replace(ret, **changes)  # type: ignore[arg-type]


def _lookup(known: Mapping[Any, ir.Operand]) -> Rewriter:
    def f(op: ir.Operand) -> ir.Operand:
        return known.get(op.id, op) if isinstance(op, ir.VReg) else op

    return f


def _reads_known(inst: ir.Inst | ir.Terminator, known: Mapping[Any, ir.Operand]) -> bool:
    return any(v.id in known for v in ir.uses(inst))


def substitute(inst: ir.Inst, known: Mapping[Any, ir.Operand]) -> ir.Inst:
    """inst with each vreg it reads that `known` has (by number) replaced by its operand."""
    return map_inst(inst, _lookup(known)) if known and _reads_known(inst, known) else inst


def substitute_term(term: ir.Terminator, known: Mapping[Any, ir.Operand]) -> ir.Terminator:
    return map_term(term, _lookup(known)) if known and _reads_known(term, known) else term


# ----------------------------------------------------------------------- folding


def _address(a: ir.SlotAddr | ir.SymAddr, delta: int) -> ir.SlotAddr | ir.SymAddr:
    return dataclasses.replace(a, offset=Ty.I64.wrap(a.offset + delta))


def fold(inst: ir.Inst) -> ir.Inst:
    """inst computed, when its operands are constants: a copy of the value it gives."""
    match inst:
        case ir.Binary(op, dst, Imm(a), Imm(b)) if not is_float(dst.ty):
            value = evaluate(op, dst.ty, a, b)
            if value is not None:
                return ir.Copy(dst, Imm(value, dst.ty))
        case ir.Binary("add" | "sub" as op, dst, ir.SlotAddr() | ir.SymAddr() as a, Imm(b)):
            return ir.Copy(dst, _address(a, b if op == "add" else -b))
        case ir.Binary("add", dst, Imm(a), ir.SlotAddr() | ir.SymAddr() as b):
            return ir.Copy(dst, _address(b, a))
        case ir.Unary(op, dst, Imm(a)) if not is_float(dst.ty):
            return ir.Copy(dst, Imm(dst.ty.wrap(-a if op == "neg" else ~a), dst.ty))
        case ir.Compare(op, ty, dst, Imm(a), Imm(b)) if not is_float(ty):
            return ir.Copy(dst, Imm(int(compare(op, a, b)), Ty.I32))
        case ir.Conv(dst, Imm(value) as src) if not is_float(dst.ty) and not is_float(src.ty):
            return ir.Copy(dst, Imm(dst.ty.wrap(value), dst.ty))
        case ir.Conv(dst, src) if src.ty is dst.ty:
            return ir.Copy(dst, src)
    return inst


def fold_terminator(term: ir.Terminator) -> ir.Terminator:
    """A branch or switch on a constant becomes a jump."""
    match term:
        case ir.Branch(Imm(value), yes, no):
            return ir.Jump(yes if value else no)
        case ir.Switch(Imm(value), default, cases):
            return ir.Jump(dict(cases).get(value, default))
    return term


# ------------------------------------------------------- identities, strength reduction

NewVReg = Callable[[Ty], ir.VReg]


def _power_of_two(value: int) -> int | None:
    """k when value == 2**k (k >= 0), else None."""
    return value.bit_length() - 1 if value > 0 and value & (value - 1) == 0 else None


def simplify(inst: ir.Inst, new: NewVReg) -> list[ir.Inst]:
    """inst as cheaper instructions computing the same value (often just [inst])."""
    match inst:
        case ir.Binary(op, dst, a, b) if not is_float(dst.ty):
            if op in COMMUTATIVE and isinstance(a, Imm) and not isinstance(b, Imm):
                a, b = b, a  # constants on the right, where the code generator wants them
            if a == b and isinstance(a, ir.VReg):
                same = _same_operands(op, dst, a)
                if same is not None:
                    return [same]
            if isinstance(b, Imm):
                return _by_constant(op, dst, a, b.value, new)
            if isinstance(a, Imm) and a.value == 0 and op == "sub":
                return [ir.Unary("neg", dst, b)]
            return [ir.Binary(op, dst, a, b)]
        case ir.Compare(op, ty, dst, ir.VReg() as a, b) if a == b and not is_float(ty):
            return [ir.Copy(dst, Imm(int(op in ("eq", "le", "ge")), Ty.I32))]
        case ir.Copy(dst, src) if src == dst:
            return []
    return [inst]


def _same_operands(op: str, dst: ir.VReg, a: ir.VReg) -> ir.Inst | None:
    """`x OP x`."""
    if op in ("sub", "xor"):
        return ir.Copy(dst, Imm(0, dst.ty))
    if op in ("and", "or"):
        return ir.Copy(dst, a)
    return None


def _by_constant(op: str, dst: ir.VReg, a: ir.Operand, c: int, new: NewVReg) -> list[ir.Inst]:
    """`a OP c` for a constant c."""
    ty = dst.ty
    ones = ty.wrap(-1)  # -1 in a signed type, the largest value in an unsigned one
    k = _power_of_two(c)
    if (c == 0 and op in ("add", "sub", "or", "xor", "shl", "shr")) or (
        c == 1 and op in ("mul", "div")) or (c == ones and op == "and"):  # fmt: skip
        return [ir.Copy(dst, a)]
    if (c == 0 and op in ("mul", "and")) or (op == "rem" and (c == 1 or c == -1)):
        return [ir.Copy(dst, Imm(0, ty))]
    if c == ones and op == "or":
        return [ir.Copy(dst, Imm(ones, ty))]
    if (c == ones and op == "mul") or (c == -1 and op == "div"):
        return [ir.Unary("neg", dst, a)]
    if op == "mul" and k is not None:
        return [ir.Binary("shl", dst, a, Imm(k, ty))]
    if op in ("div", "rem") and k is not None:
        return _divide_by_power(op, dst, a, k, new)
    return [ir.Binary(op, dst, a, Imm(c, ty))]


def _divide_by_power(op: str, dst: ir.VReg, a: ir.Operand, k: int, new: NewVReg) -> list[ir.Inst]:
    """a / 2**k and a % 2**k. Unsigned: a shift, a mask. Signed, C rounds toward zero
    where the shift rounds down, so a negative a first gets 2**k - 1 added:
    bias = (a >> (bits-1)) & (2**k - 1), then q = (a + bias) >> k and
    r = a - ((a + bias) & -2**k)."""
    ty = dst.ty
    if not ty.signed:
        if op == "div":
            return [ir.Binary("shr", dst, a, Imm(k, ty))]
        return [ir.Binary("and", dst, a, Imm(ty.wrap((1 << k) - 1), ty))]
    sign, bias, biased = new(ty), new(ty), new(ty)
    out: list[ir.Inst] = [
        ir.Binary("shr", sign, a, Imm(ty.bits - 1, ty)),
        ir.Binary("and", bias, sign, Imm((1 << k) - 1, ty)),
        ir.Binary("add", biased, a, bias),
    ]
    if op == "div":
        return [*out, ir.Binary("shr", dst, biased, Imm(k, ty))]
    rounded = new(ty)
    out.append(ir.Binary("and", rounded, biased, Imm(ty.wrap(-(1 << k)), ty)))
    return [*out, ir.Binary("sub", dst, a, rounded)]
