"""Loops: dominators, natural loops, and loop-invariant code motion (`licm`).

A block d *dominates* b when every path from the entry to b goes through d (the
immediate dominators by Cooper, Harvey and Kennedy's iteration over reverse
postorder). An edge t -> h whose target dominates its source is a back edge; the
*natural loop* of header h is h and every block that reaches such a t without going
through h. Loops are visited innermost first.

`licm` moves an instruction out of a loop into its *preheader* (the one block outside
the loop that jumps to the header; made when the header has none) when its value is
the same on every iteration and computing it early changes nothing else:

* it is an integer computation (no load, no call) that cannot be undefined: division
  and remainder by a nonzero constant, shifts by a constant less than the width (it
  also runs when the loop body would not have: the loop may not iterate);
* its operands are constants, or vregs the loop never assigns;
* its vreg is assigned nowhere else in the loop, and is not live at the header: no
  read in the loop can see the value from before the loop or an earlier iteration,
  and no path leaves the loop without assigning it when the vreg is read after (such
  a path from the header would make the vreg live there).

Hoisting repeats until nothing moves, so chains of invariant computations leave
together (and an inner loop's invariants can leave the outer loop in the next round).

`hoist_constants` (the `constants` pass, run once at the end of -O2) does for
constants what licm does for computations: the operands that the code generator
would build in a scratch register on every iteration (`lla` of a symbol, `li` of a
constant with no immediate form there) become vregs set once, at the function's start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from groundup.cc import codegen, ir
from groundup.cc.opt_cfg import retarget
from groundup.cc.opt_dataflow import live_in_out, vreg_allocator
from groundup.cc.opt_fold import is_float


def immediate_dominators(fn: ir.Function) -> dict[str, str]:
    """The immediate dominator of each reachable block (the entry's is itself)."""
    order = ir.reachable(fn)
    rank = {label: i for i, label in enumerate(order)}
    preds = ir.predecessors(fn)
    idom = {order[0]: order[0]} if order else {}

    def meet(a: str, b: str) -> str:
        while a != b:
            while rank[a] > rank[b]:
                a = idom[a]
            while rank[b] > rank[a]:
                b = idom[b]
        return a

    changed = True
    while changed:
        changed = False
        for label in order[1:]:
            done = [p for p in preds[label] if p in idom]
            new = done[0]
            for p in done[1:]:
                new = meet(p, new)
            if idom.get(label) != new:
                idom[label] = new
                changed = True
    return idom


def dominates(idom: dict[str, str], a: str, b: str) -> bool:
    while b != a:
        if idom.get(b, b) == b:
            return False
        b = idom[b]
    return True


@dataclass(slots=True)
class Loop:
    header: str
    body: set[str]  # the header included


def natural_loops(fn: ir.Function, idom: dict[str, str]) -> list[Loop]:
    """The natural loops (one per header), innermost (smallest) first."""
    preds = ir.predecessors(fn)
    loops: dict[str, set[str]] = {}
    for b in fn.blocks:
        if b.label not in idom:
            continue
        for h in ir.successors(b):
            if dominates(idom, h, b.label):
                body = loops.setdefault(h, {h})
                work = [b.label]
                while work:
                    x = work.pop()
                    if x not in body:
                        body.add(x)
                        work += [p for p in preds[x] if p in idom]
    return sorted((Loop(h, body) for h, body in loops.items()), key=lambda lp: len(lp.body))


# ------------------------------------------------------------------------ hoisting


def _safe(inst: ir.Inst) -> bool:
    """A computation that can run where it did not before (pure, never undefined)."""
    match inst:
        case ir.Binary(op, dst, _, b) if not is_float(dst.ty):
            if op in ("div", "rem"):
                return isinstance(b, ir.Imm) and b.value != 0
            if op in ("shl", "shr"):
                return isinstance(b, ir.Imm) and 0 <= b.value < dst.ty.bits
            return True
        case ir.Unary(_, dst) | ir.Copy(dst):
            return not is_float(dst.ty)
        case ir.Compare(_, ty):
            return not is_float(ty)
        case ir.Conv(dst, src):
            return not is_float(dst.ty) and not is_float(src.ty)
    return False


def preheader(fn: ir.Function, loop: Loop) -> ir.Block:
    """The block outside the loop that jumps to its header, made if there is none."""
    preds = [p for p in ir.predecessors(fn)[loop.header] if p not in loop.body]
    by_label = {b.label: b for b in fn.blocks}
    only = by_label[preds[0]] if len(preds) == 1 else None  # (none when the entry loops)
    if only is not None and isinstance(only.term, ir.Jump):
        return only
    label = f"{loop.header}.pre"
    while label in by_label:
        label += "x"
    pre = ir.Block(label, [], ir.Jump(loop.header))
    for p in preds:
        term = by_label[p].term
        assert term is not None
        by_label[p].term = retarget(term, {loop.header: label})
    at = next(i for i, b in enumerate(fn.blocks) if b.label == loop.header)
    fn.blocks.insert(at, pre)
    return pre


def _invariants(fn: ir.Function, loop: Loop, live_in: set[int]) -> list[tuple[ir.Block, int]]:
    """The instructions of the loop that may move out (see the module docstring), in
    an order in which each comes after those it reads; live_in: the vregs live at the
    loop's header."""
    blocks = [b for b in fn.blocks if b.label in loop.body]
    defs: dict[int, int] = {}
    for b in blocks:
        for inst in b.insts:
            if (d := ir.defined(inst)) is not None:
                defs[d.id] = defs.get(d.id, 0) + 1
    found: list[tuple[ir.Block, int]] = []
    moved: set[int] = set()
    progress = True
    while progress:
        progress = False
        for b in blocks:
            for i, inst in enumerate(b.insts):
                d = ir.defined(inst)
                if d is None or d.id in moved or defs.get(d.id) != 1 or not _safe(inst):
                    continue
                if any(defs.get(v.id, 0) and v.id not in moved for v in ir.uses(inst)):
                    continue
                if d.id in live_in:
                    continue
                found.append((b, i))
                moved.add(d.id)
                progress = True
    return found


def licm(fn: ir.Function) -> bool:
    """Loop-invariant code motion; True if the function changed."""
    changed = False
    done: set[str] = set()
    loops: list[Loop] | None = None
    live_in: dict[str, set[int]] = {}
    while True:
        if loops is None:  # anew after a change: a preheader made is in the outer loops
            loops = natural_loops(fn, immediate_dominators(fn))
            live_in = live_in_out(fn)[0] if loops else {}
        loop = next((lp for lp in loops if lp.header not in done), None)
        if loop is None:
            return changed
        done.add(loop.header)
        found = _invariants(fn, loop, live_in[loop.header])
        if not found:
            continue
        pre = preheader(fn, loop)
        pre.insts += [b.insts[i] for b, i in found]
        gone = {(id(b), i) for b, i in found}
        for b in {id(b): b for b, _ in found}.values():
            b.insts = [inst for i, inst in enumerate(b.insts) if (id(b), i) not in gone]
        changed = True
        loops = None


# ------------------------------------------------------------------ constants


def hoist_constants(fn: ir.Function) -> bool:
    """Constants that instructions in a cycle of the CFG would each time build in a
    scratch register (a symbol's address, a constant too wide for an immediate, a float
    constant) put in vregs before the cycle instead; True if the function changed.

    Each is set once, at the end of the nearest block that dominates every block that
    reads it and is on no cycle: not a loop's preheader, because a loop may have more
    than one entry (taildup makes them) and the blocks between its entries run in the
    loop too. Run once, last: constant propagation would put them back. Register
    pressure is the allocator's: it spills such a vreg first, and builds it again where
    it is read rather than loading it (regalloc.remat)."""
    cyclic = in_cycles(fn)
    if not fn.blocks or fn.blocks[0].label in cyclic:
        return False
    idom = immediate_dominators(fn)
    new = vreg_allocator(fn)
    held: dict[ir.Operand, ir.VReg] = {}
    home: dict[ir.Operand, str] = {}  # the block that dominates the reads so far
    here = ""

    def lift(op: ir.Operand) -> ir.Operand:
        if not _costly(op):
            return op
        if op not in held:
            held[op], home[op] = new(op.ty), here
        home[op] = _common_dominator(idom, home[op], here)
        return held[op]

    for b in fn.blocks:
        if b.label in cyclic and b.label in idom and b.insts:
            here, last = b.label, b.insts[-1]
            fused = isinstance(b.term, ir.Branch) and ir.defined(last) == b.term.cond
            b.insts = [_lift(inst, lift, fused and inst is last) for inst in b.insts]
    by_label = {b.label: b for b in fn.blocks}
    for c, v in held.items():
        at = home[c]
        while at in cyclic:
            at = idom[at]
        _append(by_label[at], ir.Copy(v, c))
    return bool(held)


def _common_dominator(idom: dict[str, str], a: str, b: str) -> str:
    """The nearest block that dominates both a and b."""
    above_a = [a]
    while idom[above_a[-1]] != above_a[-1]:
        above_a.append(idom[above_a[-1]])
    while b not in above_a:
        b = idom[b]
    return b


def _append(b: ir.Block, inst: ir.Inst) -> None:
    """inst at the end of block b, but before a comparison its branch reads."""
    last = b.insts[-1] if b.insts else None
    fused = isinstance(b.term, ir.Branch) and last is not None and ir.defined(last) == b.term.cond
    b.insts.insert(len(b.insts) - fused, inst)


def in_cycles(fn: ir.Function) -> set[str]:
    """The labels of the blocks on some cycle of the CFG (reducible or not): those of
    the strongly connected components with an edge inside (Kosaraju's two searches)."""
    succs = {b.label: ir.successors(b) for b in fn.blocks}
    order: list[str] = []
    seen: set[str] = set()
    for root in succs:
        stack = [(root, iter(succs[root]))] if root not in seen else []
        seen.add(root)
        while stack:
            label, it = stack[-1]
            nxt = next((s for s in it if s in succs and s not in seen), None)
            if nxt is None:
                order.append(label)
                stack.pop()
            else:
                seen.add(nxt)
                stack.append((nxt, iter(succs[nxt])))
    preds = ir.predecessors(fn)
    component: dict[str, str] = {}
    for root in reversed(order):
        if root in component:
            continue
        component[root] = root
        work = [root]
        while work:
            for p in preds[work.pop()]:
                if p not in component:
                    component[p] = root
                    work.append(p)
    return {a for a, targets in succs.items() for b in targets if component.get(b) == component[a]}


def _costly(op: ir.Operand) -> bool:
    """Whether the code generator builds the constant with an instruction or two."""
    match op:
        case ir.Imm(value) | ir.FImm(value):
            return value != 0
        case ir.SymAddr() | ir.SlotAddr():
            return True
    return False


def _lift(inst: ir.Inst, lift: Callable[[ir.Operand], ir.Operand], fused: bool) -> ir.Inst:
    """inst with the constant operands the code generator would build in a register
    replaced by lift(operand); `fused`: a comparison only its block's branch reads."""
    match inst:
        case ir.Binary(op, dst, a, b):
            keep = codegen.immediate(op, dst.ty, b) is not None
            return replace(inst, a=lift(a), b=b if keep else lift(b))
        case ir.Compare(op, ty, _, a, b):
            keep = not fused and codegen.compare_immediate(op, ty, b)
            return replace(inst, a=lift(a), b=b if keep or b == ir.Imm(0, b.ty) else lift(b))
        case ir.Load(_, mem):
            return replace(inst, addr=_lift_base(mem, lift))
        case ir.Store(_, mem, value):
            return replace(inst, addr=_lift_base(mem, lift), value=lift(value))
    return inst


def _lift_base(mem: ir.Mem, lift: Callable[[ir.Operand], ir.Operand]) -> ir.Mem:
    """A symbol's address as a base register plus an offset (a slot's is free: s0)."""
    if not isinstance(mem.base, ir.SymAddr):
        return mem
    offset = mem.base.offset + mem.offset
    if codegen.fits12(offset):
        return ir.Mem(lift(ir.SymAddr(mem.base.symbol)), offset)
    return ir.Mem(lift(ir.SymAddr(mem.base.symbol, offset)))
