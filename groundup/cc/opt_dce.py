"""Dead code: instructions whose results nothing needs.

An instruction may go when it only computes a value (copy, arithmetic, compares,
conversions, and loads of private slots, opt_memory.py) and that value is not needed:

1. *needed* vregs: those an instruction that must stay reads (a store, a call, a
   load that is not of a private slot, a terminator, any kind this pass does not know),
   and those read by the computation of a needed vreg, to a fixed point. A vreg only
   used to compute itself (a counter nothing reads) is not needed, wherever it is;
2. *live* vregs (opt_dataflow.live_vregs): an assignment whose value no path reads
   before the next assignment is dead even when the vreg is needed elsewhere.

Loads of anything but a private slot stay, even unused: they may be of volatile
objects, and the IR does not say which. Afterwards a read of a vreg that no longer has
an assignment anywhere (only a path on which the variable was never assigned could
reach it, and C leaves its value unspecified) reads 0, so the IR stays well formed.
"""

from __future__ import annotations

from groundup.cc import ir
from groundup.cc.opt_dataflow import live_vregs
from groundup.cc.opt_fold import is_float, substitute, substitute_term
from groundup.cc.opt_memory import access, private_slots

_PURE = (ir.Copy, ir.Binary, ir.Unary, ir.Compare, ir.Conv)


def _removable(inst: ir.Inst, private: set[str]) -> bool:
    if isinstance(inst, _PURE):
        return True
    return isinstance(inst, ir.Load) and access(inst.addr, private) is not None


def _needed(fn: ir.Function, private: set[str]) -> set[int]:
    """The vregs an instruction that must stay needs, directly or through others."""
    makers: dict[int, list[ir.Inst]] = {}
    work: list[int] = []
    for b in fn.blocks:
        assert b.term is not None
        work += [v.id for v in ir.uses(b.term)]
        for inst in b.insts:
            d = ir.defined(inst)
            if d is not None and _removable(inst, private):
                makers.setdefault(d.id, []).append(inst)
            else:
                work += [v.id for v in ir.uses(inst)]
    needed: set[int] = set()
    while work:
        v = work.pop()
        if v in needed:
            continue
        needed.add(v)
        for inst in makers.get(v, ()):
            work += [u.id for u in ir.uses(inst) if u.id not in needed]
    return needed


def dce(fn: ir.Function) -> bool:
    """Remove dead instructions; True if the function changed."""
    private = private_slots(fn)
    needed = _needed(fn, private)
    live_out = live_vregs(fn)
    changed = False
    for b in fn.blocks:
        assert b.term is not None
        live = set(live_out[b.label]) | {v.id for v in ir.uses(b.term)}
        kept: list[ir.Inst] = []
        for inst in reversed(b.insts):
            d = ir.defined(inst)
            dead = d is not None and (d.id not in needed or d.id not in live)
            if dead and _removable(inst, private):
                continue
            if d is not None:
                live.discard(d.id)
            live |= {v.id for v in ir.uses(inst)}
            kept.append(inst)
        if len(kept) != len(b.insts):
            b.insts = kept[::-1]
            changed = True
    return _zero_unassigned(fn) or changed


def _zero_unassigned(fn: ir.Function) -> bool:
    """Reads of a vreg no longer assigned anywhere read 0 (see the module docstring)."""
    assigned = {p.id for p in fn.params}
    assigned |= {d.id for b in fn.blocks for i in b.insts if (d := ir.defined(i)) is not None}
    zero: dict[int, ir.Operand] = {}
    for b in fn.blocks:
        assert b.term is not None
        for inst in [*b.insts, b.term]:
            zero.update({v.id: _zero(v.ty) for v in ir.uses(inst) if v.id not in assigned})
    if not zero:
        return False
    for b in fn.blocks:
        assert b.term is not None
        b.insts = [substitute(i, zero) for i in b.insts]
        b.term = substitute_term(b.term, zero)
    return True


def _zero(ty: ir.Ty) -> ir.Operand:
    if is_float(ty):
        return ir.FImm.of(0.0, ty)
    return ir.Imm(0, ty)
