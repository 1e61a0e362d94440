"""Data-flow analysis over a function's CFG: the two solvers the optimizer's passes share.

* `forward`: a forward *must* problem ("on every path from the entry, ...") whose
  facts are a dict: a fact holds at a block's entry when every predecessor that can
  reach it ends with it (the meet of their dicts). A block's transfer function also
  says which successors its end can go to, so the solver only follows edges that can
  be taken (a branch on a known constant takes one side: Wegman and Zadeck's
  conditional constant propagation, for dicts). Blocks start out optimistic (not yet
  reached), so facts that hold around a loop are found. The transfer functions must
  be monotone (a smaller dict in, a smaller or equal dict out, and at most more
  edges), which makes the worklist stop.
* `live_in_out`: backward liveness of vregs (live_in = use ∪ (live_out − def)).

The IR is not SSA (a vreg may be assigned many times), so facts are about a vreg's
value at a point, and every assignment kills the facts that mention the vreg.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import TypeVar

from groundup.cc import ir

K = TypeVar("K")
V = TypeVar("V")

# A block and the facts at its entry -> the facts on each edge out of it that can be
# taken (successor label -> facts): usually the same dict for each.
Transfer = Callable[[ir.Block, dict[K, V]], dict[str, dict[K, V]]]
Meet = Callable[[dict[K, V], dict[K, V]], dict[K, V]]


def agreeing(a: dict[K, V], b: dict[K, V]) -> dict[K, V]:
    """The facts two dicts agree on (the usual meet)."""
    if len(b) < len(a):
        a, b = b, a
    return {k: v for k, v in a.items() if k in b and b[k] == v}


def every_edge(block: ir.Block, facts: dict[K, V]) -> dict[str, dict[K, V]]:
    """The same facts on every edge out of block."""
    return {s: facts for s in ir.successors(block)}


def forward(fn: ir.Function, transfer: Transfer[K, V],
            meet: Meet[K, V] = agreeing) -> dict[str, dict[K, V]]:  # fmt: skip
    """The facts at the entry of each block that the entry can reach through edges that
    can be taken; a block missing from the result is never reached (or, should the
    iteration not settle, every block is missing)."""
    order = ir.reachable(fn)
    if not order:
        return {}
    rank = {label: i for i, label in enumerate(order)}
    by_label = {b.label: b for b in fn.blocks}
    entry = order[0]
    into: dict[str, dict[str, dict[K, V]]] = {label: {} for label in order}  # edge facts
    ins: dict[str, dict[K, V]] = {}
    work = [0]
    queued = {entry}
    budget = 100 * len(order)  # transfers that learn from edges may not be monotone
    while work:
        budget -= 1
        if budget < 0:
            return {}  # no facts anywhere: nothing is rewritten
        label = order[heapq.heappop(work)]
        queued.discard(label)
        facts = _meet_all(list(into[label].values()), meet)
        ins[label] = {} if label == entry else facts
        for s, out in transfer(by_label[label], dict(ins[label])).items():
            if s not in into or into[s].get(label) == out:
                continue
            into[s][label] = out
            if s not in queued:
                queued.add(s)
                heapq.heappush(work, rank[s])
    return ins


def _meet_all(dicts: list[dict[K, V]], meet: Meet[K, V]) -> dict[K, V]:
    if not dicts:
        return {}
    out = dict(dicts[0])  # the caller's to change
    for d in dicts[1:]:
        out = meet(out, d)
    return out


def live_vregs(fn: ir.Function) -> dict[str, set[int]]:
    """The vregs (numbers) live at the end of each block."""
    return live_in_out(fn)[1]


def live_in_out(fn: ir.Function) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """The vregs live at the start and at the end of each block."""
    gen: dict[str, set[int]] = {}
    kill: dict[str, set[int]] = {}
    for b in fn.blocks:
        g: set[int] = set()
        k: set[int] = set()
        for inst in reversed(_all(b)):
            d = ir.defined(inst)
            if d is not None:
                g.discard(d.id)
                k.add(d.id)
            g |= {v.id for v in ir.uses(inst)}
        gen[b.label], kill[b.label] = g, k
    succs = {b.label: [s for s in ir.successors(b) if s in gen] for b in fn.blocks}
    live_in = {label: set(g) for label, g in gen.items()}
    live_out: dict[str, set[int]] = {b.label: set() for b in fn.blocks}
    changed = True
    while changed:
        changed = False
        for b in reversed(fn.blocks):
            out = set().union(*(live_in[s] for s in succs[b.label]))
            if out != live_out[b.label]:
                live_out[b.label] = out
                live_in[b.label] = gen[b.label] | (out - kill[b.label])
                changed = True
    return live_in, live_out


def _all(block: ir.Block) -> list[ir.Inst | ir.Terminator]:
    assert block.term is not None
    return [*block.insts, block.term]


def vreg_allocator(fn: ir.Function) -> Callable[[ir.Ty], ir.VReg]:
    """A maker of vregs the function does not use yet."""
    used: Iterable[int] = (
        v.id
        for b in fn.blocks
        for inst in _all(b)
        for v in [*ir.uses(inst), *filter(None, [ir.defined(inst)])]
    )
    next_id = max([p.id for p in fn.params] + list(used), default=-1) + 1

    def new(ty: ir.Ty) -> ir.VReg:
        nonlocal next_id
        next_id += 1
        return ir.VReg(next_id - 1, ty)

    return new
