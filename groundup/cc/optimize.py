"""-O1: a few classic passes over the IR, each simple enough to trust.

Its place in the path of a program: IR ─optimize─> IR ─codegen─> assembly.

* constant and copy propagation, within a block: after `%1 = copy.i32 5` or
  `%2 = copy.ptr $buf`, later uses of the vreg in the block become the constant (or
  address, or the copied vreg) until either side is assigned again;
* constant folding: an operation whose operands are all constants becomes a copy of
  its result, computed with C's rules (`evaluate`), except where C leaves the result
  undefined (division by zero, shifts by the width or more); `add.ptr $x, 8` becomes
  `$x+8`; a branch or switch on a constant becomes a jump;
* dead code: an instruction without side effects whose result is never read;
* the CFG: blocks no path reaches are dropped, a block that only jumps on is
  bypassed, and a block is merged into its only predecessor when that one jumps to it.

The passes repeat until nothing changes. Loads are never removed (they may be of
volatile objects; the IR does not say).
"""

from __future__ import annotations

from dataclasses import replace

from groundup.cc import ir
from groundup.cc.ir import Imm, Ty
from groundup.cc.regalloc import liveness


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


# ---------------------------------------------------------------- propagation, folding


def _substitute(op: ir.Operand, known: dict[int, ir.Operand]) -> ir.Operand:
    if isinstance(op, ir.VReg):
        return known.get(op.id, op)
    return op


def _rewrite(inst: ir.Inst, known: dict[int, ir.Operand]) -> ir.Inst:
    """The instruction with known operands substituted (and folded where it can be)."""
    k = known
    match inst:
        case ir.Copy(dst, src):
            return ir.Copy(dst, _substitute(src, k))
        case ir.Binary(op, dst, a, b):
            return _fold_binary(ir.Binary(op, dst, _substitute(a, k), _substitute(b, k)))
        case ir.Unary(op, dst, a):
            a = _substitute(a, k)
            if isinstance(a, Imm):
                return ir.Copy(dst, Imm(dst.ty.wrap(-a.value if op == "neg" else ~a.value), dst.ty))
            return ir.Unary(op, dst, a)
        case ir.Compare(op, ty, dst, a, b):
            a, b = _substitute(a, k), _substitute(b, k)
            if isinstance(a, Imm) and isinstance(b, Imm):
                return ir.Copy(dst, Imm(int(compare(op, a.value, b.value)), Ty.I32))
            return ir.Compare(op, ty, dst, a, b)
        case ir.Conv(dst, src):
            src = _substitute(src, k)
            if isinstance(src, Imm) and not dst.ty.is_float:
                return ir.Copy(dst, Imm(dst.ty.wrap(src.value), dst.ty))
            return ir.Conv(dst, src)
        case ir.Load(dst, addr):
            return ir.Load(dst, _mem(addr, k))
        case ir.Store(ty, addr, value):
            return ir.Store(ty, _mem(addr, k), _substitute(value, k))
        case ir.Call(dst, callee, args):
            return replace(inst, callee=_substitute(callee, k),
                           args=tuple(_substitute(a, k) for a in args))  # fmt: skip
        case ir.BlockCopy(dst, src, size, align):
            return ir.BlockCopy(_substitute(dst, k), _substitute(src, k), size, align)
        case ir.BlockZero(dst, size, align):
            return ir.BlockZero(_substitute(dst, k), size, align)
    return inst


def _mem(mem: ir.Mem, known: dict[int, ir.Operand]) -> ir.Mem:
    return ir.Mem(_substitute(mem.base, known), mem.offset)


def _parts(addr: ir.SlotAddr | ir.SymAddr) -> tuple[str, int]:
    if isinstance(addr, ir.SlotAddr):
        return addr.slot, addr.offset
    return addr.symbol, addr.offset


def _fold_binary(inst: ir.Binary) -> ir.Inst:
    op, dst, a, b = inst.op, inst.dst, inst.a, inst.b
    if isinstance(a, Imm) and isinstance(b, Imm):
        value = evaluate(op, dst.ty, a.value, b.value)
        if value is not None:
            return ir.Copy(dst, Imm(value, dst.ty))
    if isinstance(a, ir.SlotAddr | ir.SymAddr) and isinstance(b, Imm) and op in ("add", "sub"):
        delta = b.value if op == "add" else -b.value
        name, offset = _parts(a)
        return ir.Copy(dst, type(a)(name, Ty.I64.wrap(offset + delta)))
    if isinstance(b, Imm) and b.value == 0 and op in ("add", "sub", "or", "xor", "shl", "shr"):
        return ir.Copy(dst, a) if a.ty is dst.ty else inst
    return inst


def propagate(block: ir.Block) -> bool:
    """Constant and copy propagation and folding inside one block; True if it changed."""
    known: dict[int, ir.Operand] = {}
    changed = False
    new: list[ir.Inst] = []
    for inst in block.insts:
        done = _rewrite(inst, known)
        changed |= done != inst
        new.append(done)
        d = ir.defined(done)
        if d is None:
            continue
        known = {v: op for v, op in known.items() if v != d.id and op != d}
        if isinstance(done, ir.Copy) and done.src != d:
            known[d.id] = done.src
    block.insts = new
    term = _fold_term(block.term, known)
    changed |= term != block.term
    block.term = term
    return changed


def _fold_term(term: ir.Terminator | None, known: dict[int, ir.Operand]) -> ir.Terminator | None:
    match term:
        case ir.Branch(cond, t, f):
            cond = _substitute(cond, known)
            if isinstance(cond, Imm):
                return ir.Jump(t if cond.value else f)
            return ir.Branch(cond, t, f)
        case ir.Switch(value, default, cases):
            value = _substitute(value, known)
            if isinstance(value, Imm):
                return ir.Jump(dict(cases).get(value.value, default))
            return ir.Switch(value, default, cases)
        case ir.Return(value) if value is not None:
            return replace(term, value=_substitute(value, known))
    return term


# ----------------------------------------------------------------------- dead code


_PURE = (ir.Copy, ir.Binary, ir.Unary, ir.Compare, ir.Conv)


def remove_dead_code(fn: ir.Function) -> bool:
    _, live_out = liveness(fn)
    changed = False
    for b in fn.blocks:
        live = set(live_out[b.label])
        assert b.term is not None
        live |= {v.id for v in ir.uses(b.term)}
        kept: list[ir.Inst] = []
        for inst in reversed(b.insts):
            d = ir.defined(inst)
            if isinstance(inst, _PURE) and d is not None and d.id not in live:
                changed = True
                continue
            if d is not None:
                live.discard(d.id)
            live |= {v.id for v in ir.uses(inst)}
            kept.append(inst)
        b.insts = kept[::-1]
    return changed


# ----------------------------------------------------------------------------- CFG


def _retarget(term: ir.Terminator | None, forward: dict[str, str]) -> ir.Terminator | None:
    def t(label: str) -> str:
        return forward.get(label, label)

    match term:
        case ir.Jump(target):
            return ir.Jump(t(target))
        case ir.Branch(cond, yes, no):
            return ir.Branch(cond, t(yes), t(no)) if t(yes) != t(no) else ir.Jump(t(yes))
        case ir.Switch(value, default, cases):
            return ir.Switch(value, t(default), tuple((v, t(label)) for v, label in cases))
    return term


def _forwarding(fn: ir.Function) -> dict[str, str]:
    """Where each block that only jumps on really leads (through chains, not cycles)."""
    hop = {b.label: b.term.target for b in fn.blocks[1:]
           if not b.insts and isinstance(b.term, ir.Jump)}  # fmt: skip
    forward: dict[str, str] = {}
    for label in hop:
        seen = {label}
        end = hop[label]
        while end in hop and end not in seen:
            seen.add(end)
            end = hop[end]
        if end != label:
            forward[label] = end
    return forward


def simplify_cfg(fn: ir.Function) -> bool:
    changed = False
    forward = _forwarding(fn)
    if forward:
        for b in fn.blocks:
            new = _retarget(b.term, forward)
            changed |= new != b.term
            b.term = new
    live = set(ir.reachable(fn))
    if len(live) != len(fn.blocks):
        fn.blocks = [b for b in fn.blocks if b.label in live]
        changed = True
    return _merge_blocks(fn) or changed


def _merge_blocks(fn: ir.Function) -> bool:
    """Append each block to its only predecessor, when that one just jumps to it."""
    entry = fn.blocks[0].label
    by_label = {b.label: b for b in fn.blocks}
    preds = ir.predecessors(fn)
    merged: set[str] = set()
    for b in fn.blocks:
        if b.label in merged:
            continue
        while isinstance(b.term, ir.Jump) and b.term.target not in (entry, b.label):
            nxt = by_label[b.term.target]
            if preds[nxt.label] != [b.label]:
                break
            b.insts += nxt.insts
            b.term = nxt.term
            merged.add(nxt.label)
            for s in ir.successors(b):
                preds[s] = [b.label if p == nxt.label else p for p in preds[s]]
    if merged:
        fn.blocks = [b for b in fn.blocks if b.label not in merged]
    return bool(merged)


def optimize_function(fn: ir.Function) -> None:
    for _ in range(8):
        changed = False
        for b in fn.blocks:
            changed |= propagate(b)
        changed |= remove_dead_code(fn)
        changed |= simplify_cfg(fn)
        if not changed:
            break
    _zero_unassigned(fn)


def _zero_unassigned(fn: ir.Function) -> None:
    """Reads of a vreg no longer assigned anywhere read 0. (Only a read that no path
    could give a value loses its assignments: dead code removal drops assignments
    that no read follows.)"""
    assigned = {p.id for p in fn.params}
    assigned |= {d.id for b in fn.blocks for i in b.insts if (d := ir.defined(i)) is not None}
    zero: dict[int, ir.Operand] = {}
    for b in fn.blocks:
        for inst in [*b.insts, b.term]:
            assert inst is not None
            zero.update({v.id: Imm(0, v.ty) for v in ir.uses(inst) if v.id not in assigned})
    if zero:
        for b in fn.blocks:
            b.insts = [_rewrite(i, zero) for i in b.insts]
            b.term = _fold_term(b.term, zero)


def optimize(module: ir.Module) -> ir.Module:
    """-O1, in place (the module is returned too)."""
    for fn in module.functions:
        optimize_function(fn)
    return module
