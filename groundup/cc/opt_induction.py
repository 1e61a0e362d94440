"""Induction variables: strength reduction of the addresses a loop computes from a counter.

A *basic* induction variable of a loop is a vreg the loop assigns once, by adding a
constant to itself (`%i = add.i64 %i, 1`). A *derived* one is computed from it by a
chain of 64-bit additions of loop-invariant values, multiplications and left shifts by
constants and conversions that keep the bits: a*i + b for a constant a and an
invariant b, such as the address of `x[i]`:

    %4 = shl.i64 %i, 3               %p = add.ptr %x, %i*8     (in the preheader)
    %5 = conv.i64.ptr %4             ...
    %6 = add.ptr %x, %5      ==>     %6 = copy.ptr %p
    %7 = load.i64 [%6]               %7 = load.i64 [%6]
    %i = add.i64 %i, 1               %i = add.i64 %i, 1
                                     %p = add.ptr %p, 8

`induction` gives such an address (a derived pointer of two instructions or more,
read by something other than the next link of its chain) a vreg of its own: the
preheader computes it by a copy of the chain, and it steps by a*c right after each
step c of the counter, so it is a*i + b everywhere in the loop. The chain is then
dead (dce removes it). Each link must see the counter's current value: a link reads
the counter itself, or a link before it in the same block with no step between.

In 64 bits a*i + b is exact however the counter wraps. A 32-bit counter converted to
64 bits (`conv.i32.i64`: C indexing with an int) is linear only while it does not
wrap. That is proved, not assumed (the IR's add wraps): the counter starts at a
constant, steps in the loop's one latch, which goes back to the header only when
`i < n` (`i > n` for a falling counter) for a constant n, or an invariant one when
the step is 1; then no value it takes, and no step, leaves the range of an i32.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from groundup.cc import ir
from groundup.cc.opt_dataflow import vreg_allocator
from groundup.cc.opt_fold import substitute
from groundup.cc.opt_loop import Loop, immediate_dominators, natural_loops, preheader

_WIDE = (ir.Ty.I64, ir.Ty.U64, ir.Ty.PTR)
_I32_MIN, _I32_MAX = -(2**31), 2**31 - 1
_SWAP = {"lt": "gt", "gt": "lt", "le": "ge", "ge": "le"}
Link = ir.Conv | ir.Copy | ir.Binary


@dataclass(frozen=True, slots=True)
class Linear:
    """A 64-bit value scale*i + (something invariant) of basic induction variable i,
    and the instructions (in order) that compute it from i, the last one defining it;
    narrow: from a 32-bit i (linear only while i does not wrap)."""

    iv: ir.VReg
    scale: int
    chain: tuple[Link, ...] = ()
    narrow: bool = False
    key: tuple[object, ...] = ()  # what the chain computes: equal keys, equal values

    def then(self, inst: Link, scale: int, step: tuple[object, ...] = ()) -> Linear:
        """The value that the link inst computes from this one (step: what it does)."""
        key = (*step, self.key) if step else self.key  # (a move changes nothing)
        return Linear(self.iv, scale, (*self.chain, inst), self.narrow, key)

    def cost(self) -> int:
        """The instructions the chain takes (conversions that are moves take none)."""
        return sum(isinstance(i, ir.Binary) for i in self.chain)


def induction(fn: ir.Function) -> bool:
    """Strength reduction in every loop, innermost first; True if the function changed."""
    changed = False
    loops = natural_loops(fn, immediate_dominators(fn))
    done: set[str] = set()
    while (loop := next((lp for lp in loops if lp.header not in done), None)) is not None:
        done.add(loop.header)
        if _reduce(fn, loop):
            changed = True  # (a preheader made is in the outer loops: find them anew)
            loops = natural_loops(fn, immediate_dominators(fn))
    return changed


def _reduce(fn: ir.Function, loop: Loop) -> bool:
    blocks = [b for b in fn.blocks if b.label in loop.body]
    defs: dict[int, int] = {}
    for b in blocks:
        for inst in b.insts:
            if (d := ir.defined(inst)) is not None:
                defs[d.id] = defs.get(d.id, 0) + 1
    steps = dict(s for b in blocks for i in b.insts if (s := _step(i)) and defs[s[0]] == 1)
    if not steps:
        return False
    preds = ir.predecessors(fn)
    ranged = {iv for iv in steps if _in_range(fn, loop, preds, iv, steps[iv])}
    derived = [(b, *d) for b in blocks for d in _derived(b, steps, defs)
               if not d[1].narrow or d[1].iv.id in ranged]  # fmt: skip
    if not derived:
        return False
    uses = _use_counts(fn)  # a pointer read only by the next link of its chain: no
    found = [(b, link, lin) for b, link, lin, n in derived if uses.get(link.dst.id, 0) > n]
    if not found:
        return False
    pre = preheader(fn, loop)
    new = vreg_allocator(fn)
    made: dict[tuple[object, ...], ir.VReg] = {}  # (chains that compute one value share)
    for b, link, lin in found:
        if lin.key in made:
            b.insts[b.insts.index(link)] = ir.Copy(link.dst, made[lin.key])
            continue
        p = made[lin.key] = new(link.dst.ty)
        _initialize(pre, p, lin, new)
        by = ir.Ty.I64.wrap(lin.scale * steps[lin.iv.id])
        step = ir.Binary("sub" if by < 0 else "add", p, p, ir.Imm(p.ty.wrap(abs(by)), p.ty))
        for blk in blocks:
            for j in reversed([j for j, x in enumerate(blk.insts) if _steps(x, lin.iv.id)]):
                blk.insts.insert(j + 1, step)
        b.insts[b.insts.index(link)] = ir.Copy(link.dst, p)
    return True


def _step(inst: ir.Inst) -> tuple[int, int] | None:
    """(i, c) for `%i = add %i, c` (or `sub`, or `add c, %i`) of a 64- or 32-bit integer."""
    match inst:
        case ir.Binary("add" | "sub" as op, dst, a, ir.Imm(c)) if a == dst:
            pass
        case ir.Binary("add" as op, dst, ir.Imm(c), b) if b == dst:
            pass
        case _:
            return None
    if dst.ty not in _WIDE and dst.ty is not ir.Ty.I32:
        return None
    return dst.id, -c if op == "sub" else c


def _steps(inst: ir.Inst, iv: int) -> bool:
    s = _step(inst)
    return s is not None and s[0] == iv


def _use_counts(fn: ir.Function) -> dict[int, int]:
    uses: dict[int, int] = {}
    for b in fn.blocks:
        for x in [*b.insts, b.term]:
            assert x is not None
            for v in ir.uses(x):
                uses[v.id] = uses.get(v.id, 0) + 1
    return uses


def _derived(b: ir.Block, steps: dict[int, int],
             defs: dict[int, int]) -> list[tuple[Link, Linear, int]]:  # fmt: skip
    """The derived pointers of block b that two instructions or more compute, each with
    how often the next link of a chain reads it."""
    known: dict[int, Linear] = {}  # vreg -> its value now, computed in this block
    as_link: dict[int, int] = {}  # vreg -> how often a link reads it
    found: list[tuple[Link, Linear]] = []
    for inst in b.insts:
        d = ir.defined(inst)
        if d is None:
            continue
        known.pop(d.id, None)
        if d.id in steps:  # a step: what was computed from the old value is stale
            known = {v: lin for v, lin in known.items() if lin.iv.id != d.id}
            continue
        lin = _link(inst, known, steps, defs)
        if lin is None:
            continue
        assert isinstance(inst, Link)
        for v in ir.uses(inst):
            if v.id in known:
                as_link[v.id] = as_link.get(v.id, 0) + 1
        known[d.id] = lin
        if d.ty is ir.Ty.PTR and lin.cost() >= 2 and ir.Ty.I64.wrap(lin.scale):
            found.append((inst, lin))
    return [(i, lin, as_link.get(i.dst.id, 0)) for i, lin in found]


def _link(inst: ir.Inst, known: dict[int, Linear], steps: dict[int, int],
          defs: dict[int, int]) -> Linear | None:  # fmt: skip
    """What inst computes, if it is a link of a chain from a basic induction variable."""

    def linear(op: ir.Operand) -> Linear | None:
        if not isinstance(op, ir.VReg):
            return None
        if op.id in steps and op.ty in _WIDE:
            return Linear(op, 1, key=("iv", op.id))
        return known.get(op.id)

    def invariant(op: ir.Operand) -> bool:
        if isinstance(op, ir.VReg):
            return defs.get(op.id, 0) == 0
        return not isinstance(op, ir.FImm)

    match inst:
        case ir.Conv(dst, ir.VReg() as src) if dst.ty in _WIDE and src.ty is ir.Ty.I32:
            if src.id not in steps:
                return None
            return Linear(src, 1, (inst,), narrow=True, key=("iv", src.id))
        case ir.Conv(dst, src) | ir.Copy(dst, src) if dst.ty in _WIDE and src.ty in _WIDE:
            lin = linear(src)
            return lin.then(inst, lin.scale) if lin else None
        case ir.Binary(op, dst, a, b) if dst.ty in _WIDE:
            la, lb = linear(a), linear(b)
            if la and (op in ("add", "sub") and invariant(b)):
                return la.then(inst, la.scale, (op, str(b)))
            if lb and op == "add" and invariant(a):
                return lb.then(inst, lb.scale, (op, str(a)))
            if la and op == "mul" and isinstance(b, ir.Imm):
                return la.then(inst, la.scale * b.value, (op, b.value))
            if lb and op == "mul" and isinstance(a, ir.Imm):
                return lb.then(inst, lb.scale * a.value, (op, a.value))
            if la and op == "shl" and isinstance(b, ir.Imm) and 0 <= b.value < 64:
                return la.then(inst, la.scale << b.value, (op, b.value))
    return None


def _initialize(pre: ir.Block, p: ir.VReg, lin: Linear, new: Callable[[ir.Ty], ir.VReg]) -> None:
    """p = the chain's value for the counter's value at the end of the preheader."""
    renamed: dict[int, ir.Operand] = {}
    for k, link in enumerate(lin.chain):
        dst = p if k == len(lin.chain) - 1 else new(link.dst.ty)
        moved = substitute(link, renamed)
        assert isinstance(moved, Link)
        pre.insts.append(dataclasses.replace(moved, dst=dst))
        renamed[link.dst.id] = dst


def _in_range(fn: ir.Function, loop: Loop, preds: dict[str, list[str]], iv: int,
              step: int) -> bool:  # fmt: skip
    """Whether a 32-bit counter never wraps in the loop (see the module docstring)."""
    latches = [b for b in fn.blocks if b.label in loop.body and loop.header in ir.successors(b)]
    if len(latches) != 1 or not any(_steps(x, iv) for x in latches[0].insts):
        return False
    latch = latches[0]
    term, last = latch.term, latch.insts[-1]
    if not (isinstance(term, ir.Branch) and term.if_true == loop.header
            and term.if_false not in loop.body and isinstance(last, ir.Compare)
            and last.dst == term.cond and last.ty is ir.Ty.I32):  # fmt: skip
        return False
    if isinstance(last.a, ir.VReg) and last.a.id == iv:
        op, bound = last.op, last.b
    elif isinstance(last.b, ir.VReg) and last.b.id == iv:
        op, bound = _SWAP.get(last.op, last.op), last.a
    else:
        return False
    init = _initial(fn, loop, preds, iv)
    if init is None:
        return False
    n = bound.value if isinstance(bound, ir.Imm) else None
    invariant = isinstance(bound, ir.VReg) and all(
        ir.defined(x) != bound for b in fn.blocks if b.label in loop.body for x in b.insts
    )
    if step > 0:  # the greatest value the header sees
        top = {"lt": None if n is None else n - 1, "le": n}.get(op)
        if top is None and op == "lt" and invariant and step == 1:
            top = _I32_MAX - 1
        return top is not None and max(init, top) + step <= _I32_MAX
    bottom = {"gt": None if n is None else n + 1, "ge": n}.get(op)
    if bottom is None and op == "gt" and invariant and step == -1:
        bottom = _I32_MIN + 1
    return bottom is not None and min(init, bottom) + step >= _I32_MIN


def _initial(fn: ir.Function, loop: Loop, preds: dict[str, list[str]], iv: int) -> int | None:
    """The constant the counter holds when the loop is entered, if it is one that a copy
    sets in the one block outside that leads to the header, or the blocks that alone
    lead to that one."""
    by_label = {b.label: b for b in fn.blocks}
    outside = [p for p in preds[loop.header] if p not in loop.body]
    if len(outside) != 1:
        return None
    b = by_label[outside[0]]
    for _ in range(4):
        for inst in reversed(b.insts):
            if (d := ir.defined(inst)) is not None and d.id == iv:
                match inst:
                    case ir.Copy(_, ir.Imm(value)):
                        return value
                return None
        if len(preds[b.label]) != 1:
            return None
        b = by_label[preds[b.label][0]]
    return None
