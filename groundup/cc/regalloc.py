"""Register allocation: which RISC-V register (or stack slot) holds each virtual register.

Linear scan (Poletto and Sarkar) over live intervals:

1. Number the instructions of the function in block order; instruction i reads its
   operands at position 2i and writes its result at 2i+1.
2. Liveness: the vregs live into and out of each block, by the usual backward
   data-flow equations (live_in = use ∪ (live_out − def); live_out = ∪ live_in of
   the successors), iterated to a fixed point.
3. A vreg's interval runs from its first definition (or the block start, if it is
   live in) to its last use (or the block end, if it is live out): one range, holes
   and all, which is safe and simple.
4. Walk the intervals by start; free the registers of the intervals that ended; give
   the new one a free register. An interval that spans a call must live in a
   callee-saved register (s1-s11), so nothing has to be saved around calls; others
   prefer caller-saved ones (t4-t6, a0-a7), first a *hint* (a parameter's own a
   register, the a register a value is passed or returned in), then the register of
   a vreg it is copied to or from (so the copy disappears). With no register
   free, the interval that ends last is spilled: it lives in a stack slot, and each
   instruction using it loads it into a scratch register first.

t0-t3 are never allocated: the code generator uses them as scratch registers (for
constants, addresses, spilled operands and the moves around calls). Floating-point
vregs (f32, f64) get f registers the same way: fs0-fs11 across calls, else ft3-ft11
and fa0-fa7, with ft0-ft2 the code generator's scratch registers.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from groundup.cc import ir

SCRATCH = ("t0", "t1", "t2", "t3")
CALLER_SAVED = ("t4", "t5", "t6", "a7", "a6", "a5", "a4", "a3", "a2", "a1", "a0")
CALLEE_SAVED = tuple(f"s{i}" for i in range(1, 12))
FSCRATCH = ("ft0", "ft1", "ft2")
FCALLER_SAVED = ("ft3", "ft4", "ft5", "ft6", "ft7", "ft8", "ft9", "ft10", "ft11", "fa7", "fa6",
                 "fa5", "fa4", "fa3", "fa2", "fa1", "fa0")  # fmt: skip
FCALLEE_SAVED = tuple(f"fs{i}" for i in range(12))


@dataclass(slots=True)
class Interval:
    vreg: int
    start: int
    end: int
    crosses_call: bool = False
    is_float: bool = False
    hint: str | None = None
    copies: list[int] = field(default_factory=list)  # vregs copied to or from this one


@dataclass(slots=True)
class Allocation:
    """Where each vreg lives: a register name, or the index of an 8-byte spill slot."""

    where: dict[int, str | int] = field(default_factory=dict)
    spills: int = 0
    callee_saved: list[str] = field(default_factory=list)  # s, fs registers used, in order
    live_out: dict[str, set[int]] = field(default_factory=dict)  # per block label


def liveness(fn: ir.Function) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """(live_in, live_out) of each block, as sets of vreg numbers."""
    use: dict[str, set[int]] = {}
    kill: dict[str, set[int]] = {}
    for b in fn.blocks:
        u: set[int] = set()
        k: set[int] = set()
        for inst in [*b.insts, b.term]:
            assert inst is not None
            u |= {v.id for v in ir.uses(inst)} - k
            d = ir.defined(inst)
            if d is not None:
                k.add(d.id)
        use[b.label], kill[b.label] = u, k
    live_in: dict[str, set[int]] = {b.label: set() for b in fn.blocks}
    live_out: dict[str, set[int]] = {b.label: set() for b in fn.blocks}
    succs = {b.label: ir.successors(b) for b in fn.blocks}
    changed = True
    while changed:
        changed = False
        for b in reversed(fn.blocks):
            out: set[int] = set()
            for s in succs[b.label]:
                out |= live_in[s]
            new_in = use[b.label] | (out - kill[b.label])
            if out != live_out[b.label] or new_in != live_in[b.label]:
                live_out[b.label], live_in[b.label] = out, new_in
                changed = True
    return live_in, live_out


def intervals(fn: ir.Function, live_in: dict[str, set[int]],
              live_out: dict[str, set[int]]) -> list[Interval]:  # fmt: skip
    """The live interval of every vreg, sorted by start."""
    found: dict[int, Interval] = {}
    calls: list[int] = []

    def touch(v: int, pos: int) -> None:
        iv = found.get(v)
        if iv is None:
            found[v] = Interval(v, pos, pos)
        else:
            iv.start, iv.end = min(iv.start, pos), max(iv.end, pos)

    for p, loc in zip(fn.params, fn.locs, strict=True):
        touch(p.id, -1)
        if _fits(loc, p.ty):
            found[p.id].hint = loc
    i = 0
    for b in fn.blocks:
        first = i
        for inst in [*b.insts, b.term]:
            assert inst is not None
            for v in ir.uses(inst):
                touch(v.id, 2 * i)
            d = ir.defined(inst)
            if d is not None:
                touch(d.id, 2 * i + 1)
            if isinstance(inst, ir.Call | ir.InlineAsm):  # an asm may use any a register
                calls.append(i)
            i += 1
        for n in live_in[b.label]:
            touch(n, 2 * first)
        for n in live_out[b.label]:
            touch(n, 2 * i - 1)
    _hints(fn, found)
    types = {p.id: p.ty for p in fn.params}
    for b in fn.blocks:
        for inst in b.insts:
            d = ir.defined(inst)
            if d is not None:
                types[d.id] = d.ty
    for iv in found.values():
        iv.is_float = iv.vreg in types and types[iv.vreg].is_float
        k = bisect.bisect_right(calls, iv.start // 2)  # the first call after the start
        iv.crosses_call = k < len(calls) and 2 * calls[k] + 1 < iv.end
    return sorted(found.values(), key=lambda iv: (iv.start, iv.vreg))


def _is_move(inst: ir.Inst) -> bool:
    """A copy, or a conversion that leaves the register as it is."""
    if not isinstance(inst, ir.Copy | ir.Conv) or not isinstance(inst.src, ir.VReg):
        return False
    return same_register_form(inst.dst.ty, inst.src.ty)


def _hints(fn: ir.Function, found: dict[int, Interval]) -> None:
    """Prefer the a register a value is passed in, returned in or returned by a call in."""
    for b in fn.blocks:
        for inst in b.insts:
            if isinstance(inst, ir.Call):
                for a, loc in zip(inst.args, inst.arg_locs, strict=True):
                    if isinstance(a, ir.VReg) and found[a.id].hint is None and _fits(loc, a.ty):
                        found[a.id].hint = loc
                if inst.dst is not None and found[inst.dst.id].hint is None:
                    found[inst.dst.id].hint = "fa0" if inst.dst.ty.is_float else "a0"
            if _is_move(inst):
                assert isinstance(inst, ir.Copy | ir.Conv) and isinstance(inst.src, ir.VReg)
                found[inst.dst.id].copies.append(inst.src.id)
                found[inst.src.id].copies.append(inst.dst.id)
        if isinstance(b.term, ir.Return) and isinstance(b.term.value, ir.VReg):
            iv = found[b.term.value.id]
            iv.hint = iv.hint or ("fa0" if b.term.value.ty.is_float else "a0")


def _fits(loc: str, ty: ir.Ty) -> bool:
    """Whether a value of type ty can simply live in the register `loc`."""
    if loc.startswith("fa"):
        return ty.is_float
    return loc.startswith("a") and not ty.is_float


def same_register_form(d: ir.Ty, s: ir.Ty) -> bool:
    """Whether a value of type s, converted to type d, keeps its register contents
    (so the conversion is a move): every s is a d, and both are extended alike."""
    if d.is_float or s.is_float:
        return d is s
    if d.bits == 64:
        return s is not ir.Ty.U32
    if d.bits == 32:
        return s.bits <= 32
    lo_s, hi_s = _range(s)
    lo_d, hi_d = _range(d)
    return lo_d <= lo_s and hi_s <= hi_d


def _range(t: ir.Ty) -> tuple[int, int]:
    if t.signed:
        return -(1 << (t.bits - 1)), (1 << (t.bits - 1)) - 1
    return 0, (1 << t.bits) - 1


def allocate(fn: ir.Function, registers: int | None = None) -> Allocation:
    """Assign registers; `registers` limits how many of each class (to test spilling)."""
    live_in, live_out = liveness(fn)
    n = registers
    clobbered = {c.removeprefix("x") for b in fn.blocks for i in b.insts
                 if isinstance(i, ir.InlineAsm) for c in i.clobbers}  # fmt: skip
    classes = {  # (an s register an asm clobbers holds nothing of ours)
        False: (list(CALLER_SAVED[:n]), [r for r in CALLEE_SAVED[:n] if r not in clobbered]),
        True: (list(FCALLER_SAVED[:n]), [r for r in FCALLEE_SAVED[:n] if r not in clobbered]),
    }
    alloc = Allocation(live_out=live_out)
    active: list[Interval] = []
    for iv in intervals(fn, live_in, live_out):
        active = [a for a in active if a.end >= iv.start]
        taken = {alloc.where[a.vreg] for a in active}
        caller, callee = classes[iv.is_float]
        allowed = callee if iv.crosses_call else caller + callee
        free = [r for r in allowed if r not in taken]
        # a copy between two vregs in one register is no instruction at all
        free[:0] = [w for c in iv.copies if isinstance(w := alloc.where.get(c), str) and w in free]
        if iv.hint in free:
            free.insert(0, iv.hint)
        if free:
            alloc.where[iv.vreg] = free[0]
            active.append(iv)
            continue
        victims = [a for a in active if alloc.where[a.vreg] in allowed]
        victim = max(victims, key=lambda a: a.end, default=None)
        if victim is not None and victim.end > iv.end:
            alloc.where[iv.vreg] = alloc.where[victim.vreg]
            alloc.where[victim.vreg] = alloc.spills
            active.remove(victim)
            active.append(iv)
        else:
            alloc.where[iv.vreg] = alloc.spills
        alloc.spills += 1
    used = set(alloc.where.values())
    for b in fn.blocks:  # registers an asm says it changes are saved like used ones
        for inst in b.insts:
            if isinstance(inst, ir.InlineAsm):
                used |= {c.removeprefix("x") for c in inst.clobbers}
    alloc.callee_saved = [r for r in CALLEE_SAVED + FCALLEE_SAVED if r in used]
    return alloc
