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
   free, a vreg whose one value is a constant is spilled first, else the interval
   that ends last: it lives in a stack slot, and each instruction using it loads it
   into a scratch register first (a constant is built there again instead: `remat`).

Before that, *coalescing* merges the two vregs of a copy (or of a conversion that
leaves the register as it is: i32 -> i64, i64 -> ptr, a u32 known to be below 2**31
-> u64) when they do not interfere, so that they are one interval and the copy is no
instruction; and a comparison that only the branch after it reads (`fused_blocks`:
the code generator makes the two one compare-and-branch) gets no register at all.

t0-t3 are never allocated: the code generator uses them as scratch registers (for
constants, addresses, spilled operands and the moves around calls). Floating-point
vregs (f32, f64) get f registers the same way: fs0-fs11 across calls, else ft3-ft11
and fa0-fa7, with ft0-ft2 the code generator's scratch registers.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
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
    # a spilled vreg whose one value is a constant: built where it is read, never stored
    remat: dict[int, ir.Operand] = field(default_factory=dict)
    # the blocks whose last instruction is a comparison only their branch reads: the
    # two are one compare-and-branch instruction, and the comparison's vreg no register
    fused: set[str] = field(default_factory=set)
    small_u32: set[int] = field(default_factory=set)  # see small_u32()


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


def fused_blocks(fn: ir.Function, live_out: dict[str, set[int]]) -> set[str]:
    """The blocks that end in a comparison (of integers) only their branch reads."""
    found = set()
    for b in fn.blocks:
        last = b.insts[-1] if b.insts else None
        if (isinstance(last, ir.Compare) and isinstance(b.term, ir.Branch)
                and b.term.cond == last.dst and not last.ty.is_float
                and last.dst.id not in live_out[b.label]):  # fmt: skip
            found.add(b.label)
    return found


def intervals(fn: ir.Function, live_in: dict[str, set[int]], live_out: dict[str, set[int]],
              alias: dict[int, int] | None = None, fused: Collection[str] = (),
              small: Collection[int] = ()) -> list[Interval]:  # fmt: skip
    """The live interval of every vreg (a coalesced one: of the vreg it was merged
    into), sorted by start; in a fused block (fused_blocks) the comparison's vreg is
    neither written nor read."""
    found: dict[int, Interval] = {}
    calls: list[int] = []
    a = (alias or {}).get

    def touch(v: int, pos: int) -> None:
        v = a(v, v)
        iv = found.get(v)
        if iv is None:
            found[v] = Interval(v, pos, pos)
        else:
            iv.start, iv.end = min(iv.start, pos), max(iv.end, pos)

    for p, loc in zip(fn.params, fn.locs, strict=True):
        touch(p.id, -1)
        if _fits(loc, p.ty):
            found[a(p.id, p.id)].hint = loc
    i = 0
    for b in fn.blocks:
        first = i
        at = len(b.insts) - 1 if b.label in fused else -2  # the comparison fused
        for k, inst in enumerate([*b.insts, b.term]):
            assert inst is not None
            if k != at + 1:  # a fused branch reads no vreg
                for v in ir.uses(inst):
                    touch(v.id, 2 * i)
            d = ir.defined(inst)
            if d is not None and k != at:
                touch(d.id, 2 * i + 1)
            if isinstance(inst, ir.Call | ir.InlineAsm):  # an asm may use any a register
                calls.append(i)
            i += 1
        for n in live_in[b.label]:
            touch(n, 2 * first)
        for n in live_out[b.label]:
            touch(n, 2 * i - 1)
    _hints(fn, found, alias or {}, small)
    types = {a(p.id, p.id): p.ty for p in fn.params}  # (merged vregs are of one class)
    for b in fn.blocks:
        for inst in [*b.insts, b.term]:
            assert inst is not None
            for v in [*ir.uses(inst), *filter(None, [ir.defined(inst)])]:
                types[a(v.id, v.id)] = v.ty
    for iv in found.values():
        iv.is_float = iv.vreg in types and types[iv.vreg].is_float
        k = bisect.bisect_right(calls, iv.start // 2)  # the first call after the start
        iv.crosses_call = k < len(calls) and 2 * calls[k] + 1 < iv.end
    return sorted(found.values(), key=lambda iv: (iv.start, iv.vreg))


def is_move(inst: ir.Inst, small: Collection[int] = ()) -> bool:
    """A copy, or a conversion that leaves the register as it is (`small`: the u32
    vregs that hold values below 2**31, small_u32)."""
    if not isinstance(inst, ir.Copy | ir.Conv) or not isinstance(inst.src, ir.VReg):
        return False
    d, s = inst.dst.ty, inst.src.ty
    return same_register_form(d, s) or (d.bits == 64 and not d.is_float and inst.src.id in small)


def small_u32(fn: ir.Function) -> set[int]:
    """The u32 vregs every assignment of which leaves a value below 2**31 (a mask, a
    logical right shift, a remainder by a constant, a narrower unsigned value, another
    such vreg). Registers hold u32 values sign-extended, which for these is their
    zero-extension too: converting one to 64 bits moves it."""
    defs: dict[int, list[ir.Inst]] = {}
    for b in fn.blocks:
        for inst in b.insts:
            d = ir.defined(inst)
            if d is not None and d.ty is ir.Ty.U32:
                defs.setdefault(d.id, []).append(inst)
    found = set(defs) - {p.id for p in fn.params}
    changed = True
    while changed:
        bad = {v for v in found if not all(_below_2_31(i, found) for i in defs[v])}
        found -= bad
        changed = bool(bad)
    return found


def _below_2_31(inst: ir.Inst, small: set[int]) -> bool:
    def imm(op: ir.Operand, lo: int, hi: int) -> bool:
        return isinstance(op, ir.Imm) and lo <= op.value <= hi

    match inst:
        case ir.Binary("and", _, a, b):
            return imm(a, 0, 2**31 - 1) or imm(b, 0, 2**31 - 1)
        case ir.Binary("shr", _, _, b):
            return imm(b, 1, 31)
        case ir.Binary("rem", _, _, b):
            return imm(b, 1, 2**31)
        case ir.Copy(_, src) | ir.Conv(_, src):
            if isinstance(src, ir.VReg):
                return src.id in small or src.ty in (ir.Ty.U8, ir.Ty.U16)
            return imm(src, 0, 2**31 - 1)
    return False


def _hints(fn: ir.Function, found: dict[int, Interval], alias: dict[int, int],
           small: Collection[int]) -> None:  # fmt: skip
    """Prefer the a register a value is passed in, returned in or returned by a call in."""

    def of(v: ir.VReg) -> Interval:
        return found[alias.get(v.id, v.id)]

    for b in fn.blocks:
        for inst in b.insts:
            if isinstance(inst, ir.Call):
                for a, loc in zip(inst.args, inst.arg_locs, strict=True):
                    if isinstance(a, ir.VReg) and of(a).hint is None and _fits(loc, a.ty):
                        of(a).hint = loc
                if inst.dst is not None and of(inst.dst).hint is None:
                    of(inst.dst).hint = "fa0" if inst.dst.ty.is_float else "a0"
            if is_move(inst, small):
                assert isinstance(inst, ir.Copy | ir.Conv) and isinstance(inst.src, ir.VReg)
                d, s = of(inst.dst), of(inst.src)
                if d is not s:
                    d.copies.append(s.vreg)
                    s.copies.append(d.vreg)
        if isinstance(b.term, ir.Return) and isinstance(b.term.value, ir.VReg):
            iv = of(b.term.value)
            iv.hint = iv.hint or ("fa0" if b.term.value.ty.is_float else "a0")


def coalesce(fn: ir.Function, live_out: dict[str, set[int]],
             small: Collection[int] = ()) -> dict[int, int]:  # fmt: skip
    """Copies (and conversions that are moves) whose two vregs may share a register:
    vreg -> the vreg it is merged into. Two vregs *interfere* when one is assigned where
    the other is live after, but for a copy of the other (Chaitin's rule; it holds for
    code that is not SSA too); vregs that do not interfere never hold different values
    while both are live, so one register holds both and the copy is no instruction."""
    moves = [(i.dst.id, i.src.id) for b in fn.blocks for i in b.insts
             if is_move(i, small) and isinstance(i, ir.Copy | ir.Conv)
             and isinstance(i.src, ir.VReg)
             and i.dst.id != i.src.id]  # fmt: skip
    if not moves:
        return {}
    adj = _interference(fn, live_out, small)
    merged: dict[int, int] = {}

    def find(v: int) -> int:
        while v in merged:
            v = merged[v]
        return v

    for d, s in moves:
        x, y = find(d), find(s)
        if x == y or y in adj.get(x, ()):
            continue
        merged[x] = y
        for n in adj.pop(x, set()):
            adj[n].discard(x)
            adj[n].add(y)
            adj.setdefault(y, set()).add(n)
    return {v: find(v) for v in merged}


def _interference(fn: ir.Function, live_out: dict[str, set[int]],
                  small: Collection[int]) -> dict[int, set[int]]:  # fmt: skip
    """Which vregs interfere (see coalesce); the parameters with each other and with all
    that is live at the entry."""
    adj: dict[int, set[int]] = {}

    def assigned(d: int, live: set[int], but: int | None) -> None:
        for n in live:
            if n != d and n != but:
                adj.setdefault(d, set()).add(n)
                adj.setdefault(n, set()).add(d)

    live: set[int] = set()
    for b in reversed(fn.blocks):  # the entry's live set is left in `live`
        live = set(live_out[b.label])
        assert b.term is not None
        for inst in reversed([*b.insts, b.term]):
            d = ir.defined(inst)
            if d is not None:
                move = isinstance(inst, ir.Copy | ir.Conv) and is_move(inst, small)
                src = inst.src if isinstance(inst, ir.Copy | ir.Conv) else None
                but = src.id if move and isinstance(src, ir.VReg) else None
                assigned(d.id, live, but)
                live.discard(d.id)
            live |= {v.id for v in ir.uses(inst)}
    params = {p.id for p in fn.params}
    for p in params:
        assigned(p, live | params, None)
    return adj


def _constants(fn: ir.Function, alias: dict[int, int]) -> dict[int, ir.Operand]:
    """The vregs (merged ones by the vreg they are merged into) whose one assignment
    is a copy of a constant (copies between vregs merged into one aside)."""
    found: dict[int, ir.Operand] = {}
    others: set[int] = {alias.get(p.id, p.id) for p in fn.params}
    for b in fn.blocks:
        for inst in b.insts:
            d = ir.defined(inst)
            if d is None:
                continue
            v = alias.get(d.id, d.id)
            src = inst.src if isinstance(inst, ir.Copy) else None
            if isinstance(src, ir.VReg) and alias.get(src.id, src.id) == v:
                continue
            if v in found or not isinstance(src, ir.Imm | ir.FImm | ir.SymAddr | ir.SlotAddr):
                others.add(v)
            else:
                found[v] = src
    return {v: c for v, c in found.items() if v not in others}


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
    small = small_u32(fn)
    alias = coalesce(fn, live_out, small)
    alloc = Allocation(fused=fused_blocks(fn, live_out), small_u32=small)
    if alias:  # a merged vreg is live where one it stands for is (they do not interfere)
        live_in, live_out = ({label: {alias.get(v, v) for v in live} for label, live in x.items()}
                             for x in (live_in, live_out))  # fmt: skip
    constants = _constants(fn, alias)
    active: list[Interval] = []
    for iv in intervals(fn, live_in, live_out, alias, alloc.fused, small):
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
        # spill what is cheapest to build again (a constant: no load), else what ends last
        victims = [a for a in active if alloc.where[a.vreg] in allowed]
        victim = max(victims, key=lambda a: (a.vreg in constants, a.end), default=None)
        if (victim is not None and iv.vreg not in constants
                and (victim.vreg in constants or victim.end > iv.end)):  # fmt: skip
            alloc.where[iv.vreg] = alloc.where[victim.vreg]
            alloc.where[victim.vreg] = alloc.spills
            active.remove(victim)
            active.append(iv)
        else:
            alloc.where[iv.vreg] = alloc.spills
        alloc.spills += 1
    for v, r in alias.items():
        alloc.where[v] = alloc.where[r]
    alloc.remat = {v: constants[alias.get(v, v)] for v, w in alloc.where.items()
                   if isinstance(w, int) and alias.get(v, v) in constants}  # fmt: skip
    used = set(alloc.where.values())
    for b in fn.blocks:  # registers an asm says it changes are saved like used ones
        for inst in b.insts:
            if isinstance(inst, ir.InlineAsm):
                used |= {c.removeprefix("x") for c in inst.clobbers}
    alloc.callee_saved = [r for r in CALLEE_SAVED + FCALLEE_SAVED if r in used]
    return alloc
