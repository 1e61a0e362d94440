"""CFG clean-up: fewer blocks and jumps, the same paths.

* blocks no path from the entry reaches are dropped;
* a block that only jumps on is bypassed (jumps, branches and switches to it go
  where it goes), and a branch whose two sides then meet becomes a jump;
* switch cases that go where the default goes are left out (a switch with no case
  left is a jump);
* a block is merged into its only predecessor when that one ends by jumping to it.

`taildup` (-O2) copies a small block that ends in a branch or a return into the
blocks that jump to it, which saves a jump each time: a loop whose test is at the
top (`for`, `while`) then tests at the bottom too, and runs one jump less an
iteration. (The IR is not SSA: a copy of instructions is just that.)
"""

from __future__ import annotations

import dataclasses

from groundup.cc import ir


def retarget(term: ir.Terminator, forward: dict[str, str]) -> ir.Terminator:
    """term with its labels that `forward` names replaced."""

    def t(label: str) -> str:
        return forward.get(label, label)

    match term:
        case ir.Jump(target):
            return ir.Jump(t(target))
        case ir.Branch(cond, yes, no):
            return ir.Branch(cond, t(yes), t(no)) if t(yes) != t(no) else ir.Jump(t(yes))
        case ir.Switch(_, default, cases):
            kept = tuple((v, t(label)) for v, label in cases if t(label) != t(default))
            if not kept:
                return ir.Jump(t(default))
            return dataclasses.replace(term, default=t(default), cases=kept)
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
    """The clean-ups of the module docstring; True if the function changed."""
    changed = False
    forward = _forwarding(fn)
    for b in fn.blocks:
        assert b.term is not None
        new = retarget(b.term, forward)
        if new != b.term:
            b.term = new
            changed = True
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


TAIL_SIZE = 4  # the most instructions a block copied into its predecessors has (but
# conversions, which are often no instruction at all: `conv.i64.ptr`, `conv.i32.i64`)
# what may be copied (not inline assembly, whose labels would be defined twice, nor
# anything else this pass does not know)
_COPYABLE = (ir.Copy, ir.Binary, ir.Unary, ir.Compare, ir.Conv, ir.Load, ir.Store, ir.Call,
             ir.BlockCopy, ir.BlockZero)  # fmt: skip


def taildup(fn: ir.Function) -> bool:
    """Tail duplication (see the module docstring); True if the function changed."""
    by_label = {b.label: b for b in fn.blocks}
    changed = False
    for b in fn.blocks:
        if not isinstance(b.term, ir.Jump) or b.term.target == b.label:
            continue
        tail = by_label[b.term.target]
        size = sum(not isinstance(i, ir.Conv) for i in tail.insts)
        if (size <= TAIL_SIZE and isinstance(tail.term, ir.Branch | ir.Return)
                and all(isinstance(i, _COPYABLE) for i in tail.insts)):  # fmt: skip
            b.insts = b.insts + tail.insts
            b.term = tail.term
            changed = True
    return changed
