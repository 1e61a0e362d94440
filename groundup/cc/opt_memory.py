"""Stack slots whose address never escapes: store-to-load forwarding and dead stores.

A slot is *private* when its address is only ever the base of a load or store with a
constant offset (`[$buf+8]`) or the operand of a blkcopy/blkzero: no vreg, call
argument, stored value or anything else ever holds it. Then nothing but those
instructions can read or write it, and each of its accesses names its exact bytes,
so memory can be reasoned about like vregs:

* `forward`: a load of bytes whose value is known on every path — from a store of the
  same size (or an earlier load of them, or a blkzero) with no overlapping write
  since — becomes a copy of that value; the load is gone, and often the store too;
* `dse`: a store (or blkzero, blkcopy) into a private slot that no load can read
  before the bytes are written again or the function returns is removed, and so are
  slots no instruction uses any more.

Calls are barriers: they may read and write every slot. A private slot cannot be
reached from the callee, but setjmp returns twice, and a volatile local (which lives in
memory for that reason) must hold what was last stored in it when longjmp comes back.
So stores before a call are kept, and no value is forwarded across one. A slot that
may be volatile is never private (`_maybe_volatile`).
"""

from __future__ import annotations

import dataclasses

from groundup.cc import ir
from groundup.cc.opt_dataflow import every_edge
from groundup.cc.opt_dataflow import forward as solve_forward
from groundup.cc.opt_fold import is_float

ALL = -1  # as a byte mask (Python ints are unbounded two's complement): every byte


Cell = tuple[str, int, int]  # slot, offset, size


def _slot_refs(value: object) -> set[str]:
    """The slots whose address appears anywhere in an instruction (all its fields)."""
    match value:
        case ir.SlotAddr(slot):
            return {slot}
        case ir.VReg() | ir.Imm() | ir.SymAddr() | str() | int() | None:
            return set()
        case tuple() | list():
            return set().union(*map(_slot_refs, value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return set().union(*(_slot_refs(getattr(value, f.name)) for f in dataclasses.fields(value)))
    return set()


def private_slots(fn: ir.Function) -> set[str]:
    """The slots of fn whose address never escapes (see the module's docstring), and
    whose every access is inside the slot."""
    if not fn.slots:
        return set()
    size = {s.name: s.size for s in fn.slots}
    private = {s.name for s in fn.slots} - _maybe_volatile(fn)
    for b in fn.blocks:
        for inst in b.insts:
            match inst:
                case ir.Load() | ir.Store() | ir.BlockZero() | ir.BlockCopy():
                    for slot, offset, length in _accesses(inst):
                        if offset < 0 or offset + length > size.get(slot, 0):
                            private.discard(slot)
                    if isinstance(inst, ir.Store) and isinstance(inst.value, ir.SlotAddr):
                        private.discard(inst.value.slot)
                case ir.Copy() | ir.Binary() | ir.Unary() | ir.Compare() | ir.Conv():
                    private -= {op.slot for op in ir.operands_of(inst)
                                if isinstance(op, ir.SlotAddr)}  # fmt: skip
                case _:
                    private -= _slot_refs(inst)
        private -= _slot_refs(b.term)
    return private


def _maybe_volatile(fn: ir.Function) -> set[str]:
    """The slots that may be volatile objects. While ir.Slot does not say (it has no
    `volatile` yet), a slot the size of a scalar that is only ever loaded and stored
    whole may be a volatile local, and is left alone: each access to one is part of
    what the program does (C17 5.1.2.3)."""
    if all(hasattr(s, "volatile") for s in fn.slots):
        return {s.name for s in fn.slots if getattr(s, "volatile", False)}
    size = {s.name: s.size for s in fn.slots}
    whole = {name for name, n in size.items() if n in (1, 2, 4, 8)}
    for b in fn.blocks:
        for inst in b.insts:
            if isinstance(inst, ir.BlockZero | ir.BlockCopy):
                whole -= {slot for slot, _, _ in _accesses(inst)}
            elif isinstance(inst, ir.Load | ir.Store):
                whole -= {slot for slot, offset, n in _accesses(inst)
                          if offset != 0 or n != size[slot]}  # fmt: skip
    return whole


def _accesses(inst: ir.Load | ir.Store | ir.BlockZero | ir.BlockCopy) -> list[Cell]:
    """The slot bytes (slot, offset, size) a memory instruction names directly."""
    found: list[tuple[ir.Operand | ir.Mem, int]] = []
    match inst:
        case ir.Load(dst, addr):
            found = [(addr, dst.ty.size)]
        case ir.Store(ty, addr):
            found = [(addr, ty.size)]
        case ir.BlockZero(dst, size):
            found = [(dst, size)]
        case ir.BlockCopy(dst, src, size):
            found = [(dst, size), (src, size)]
    out = []
    for where, length in found:
        slot = access(where, None)
        if slot is not None:
            out.append((slot[0], slot[1], length))
    return out


def access(mem: ir.Operand | ir.Mem, private: set[str] | None) -> tuple[str, int] | None:
    """(slot, offset) when mem is (the address of) bytes of a private slot (of any slot,
    for private None)."""
    if isinstance(mem, ir.Mem):
        base, extra = mem.base, mem.offset
    else:
        base, extra = mem, 0
    if isinstance(base, ir.SlotAddr) and (private is None or base.slot in private):
        return base.slot, base.offset + extra
    return None


def mask(offset: int, size: int) -> int:
    """The bytes [offset, offset+size) as a bit mask."""
    return ((1 << size) - 1) << offset


# --------------------------------------------------------------------- forwarding

# Facts: a cell -> the operand it holds; a slot's name -> the mask of its bytes known 0.
Facts = dict[Cell | str, ir.Operand | int]


def _meet(a: Facts, b: Facts) -> Facts:
    out: Facts = {}
    for k, v in a.items():
        w = b.get(k)
        if isinstance(k, str) and isinstance(v, int) and isinstance(w, int) and v & w:
            out[k] = v & w
        elif not isinstance(k, str) and w == v:
            out[k] = v
    return out


def _write(facts: Facts, slot: str, written: int) -> None:
    """Forget what the facts say about bytes `written` of slot."""
    for k in list(facts):
        if isinstance(k, tuple) and k[0] == slot and mask(k[1], k[2]) & written:
            del facts[k]
    zeros = facts.get(slot)
    if isinstance(zeros, int):
        if zeros & ~written:
            facts[slot] = zeros & ~written
        else:
            del facts[slot]


def _forget_value(facts: Facts, v: ir.VReg) -> None:
    for k in [k for k, held in facts.items() if held == v]:
        del facts[k]


def _known_value(dst: ir.VReg, held: ir.Operand | int) -> ir.Inst | None:
    """`dst = held`, for a load of type dst.ty of bytes that hold `held`."""
    if not isinstance(held, ir.VReg | ir.Imm | ir.SlotAddr | ir.SymAddr):
        return None  # a floating-point constant stays in memory
    if held.ty is dst.ty:
        return ir.Copy(dst, held)
    if is_float(dst.ty) or is_float(held.ty):
        return None  # the same bits as another type: not a conversion
    if isinstance(held, ir.Imm):
        return ir.Copy(dst, ir.Imm(dst.ty.wrap(held.value), dst.ty))
    return ir.Conv(dst, held)


def _load_step(dst: ir.VReg, slot: str, offset: int, facts: Facts) -> ir.Inst | None:
    cell = (slot, offset, dst.ty.size)
    zeros = facts.get(slot, 0)
    out = None
    if cell in facts:
        out = _known_value(dst, facts[cell])
    elif isinstance(zeros, int) and mask(offset, dst.ty.size) & ~zeros == 0:
        out = None if is_float(dst.ty) else ir.Copy(dst, ir.Imm(0, dst.ty))
    _forget_value(facts, dst)
    facts[cell] = dst
    return out


def _forward_step(inst: ir.Inst, facts: Facts, private: set[str]) -> ir.Inst:
    """inst (a load of known bytes: a copy of their value); `facts` updated past it."""
    match inst:
        case ir.Load(dst, addr) if (where := access(addr, private)) is not None:
            return _load_step(dst, where[0], where[1], facts) or inst
        case ir.Store(ty, addr, value) if (where := access(addr, private)) is not None:
            slot, offset = where
            _write(facts, slot, mask(offset, ty.size))
            facts[slot, offset, ty.size] = value
        case ir.BlockZero(dst, size) if (where := access(dst, private)) is not None:
            slot, offset = where
            _write(facts, slot, mask(offset, size))
            zeros = facts.get(slot, 0)
            assert isinstance(zeros, int)
            facts[slot] = zeros | mask(offset, size)
        case ir.BlockCopy(dst, _, size) if (where := access(dst, private)) is not None:
            _write(facts, where[0], mask(where[1], size))
        case ir.Load() | ir.Store() | ir.BlockZero() | ir.BlockCopy():
            pass  # not a private slot's bytes
        case ir.Copy() | ir.Binary() | ir.Unary() | ir.Compare() | ir.Conv():
            pass
        case _:  # a call, or what this pass does not know: it may touch every slot
            facts.clear()
    d = ir.defined(inst)
    if d is not None:
        _forget_value(facts, d)
    return inst


def forward(fn: ir.Function) -> bool:
    """Store-to-load forwarding in private slots; True if the function changed."""
    private = private_slots(fn)
    if not private:
        return False

    def transfer(block: ir.Block, facts: Facts) -> dict[str, Facts]:
        for inst in block.insts:
            _forward_step(inst, facts, private)
        return every_edge(block, facts)

    ins = solve_forward(fn, transfer, _meet)
    changed = False
    for b in fn.blocks:
        if b.label in ins:
            facts = ins[b.label]
            insts = [_forward_step(inst, facts, private) for inst in b.insts]
            changed |= insts != b.insts
            b.insts = insts
    return changed


# -------------------------------------------------------------------- dead stores

Live = dict[str, int]  # slot -> the mask of its bytes that a later load may read


def _union(into: Live, other: Live) -> None:
    for slot, m in other.items():
        into[slot] = into.get(slot, 0) | m


def _reads_writes(inst: ir.Inst, private: set[str]) -> tuple[Live, Live] | None:
    """The private bytes inst reads and writes, or None when it may touch any (a call)."""
    reads: Live = {}
    writes: Live = {}
    match inst:
        case ir.Load(dst, addr):
            if (where := access(addr, private)) is not None:
                reads[where[0]] = mask(where[1], dst.ty.size)
        case ir.Store(ty, addr):
            if (where := access(addr, private)) is not None:
                writes[where[0]] = mask(where[1], ty.size)
        case ir.BlockZero(dst, size):
            if (where := access(dst, private)) is not None:
                writes[where[0]] = mask(where[1], size)
        case ir.BlockCopy(dst, src, size):
            if (where := access(dst, private)) is not None:
                writes[where[0]] = mask(where[1], size)
            if (where := access(src, private)) is not None:
                reads[where[0]] = mask(where[1], size)
        case ir.Copy() | ir.Binary() | ir.Unary() | ir.Compare() | ir.Conv():
            pass
        case _:
            return None
    return reads, writes


def _step_back(inst: ir.Inst, live: Live, private: set[str]) -> bool:
    """Update `live` (the bytes live after inst) to before inst; False if inst is a
    dead store."""
    effect = _reads_writes(inst, private)
    if effect is None:
        live.update({s: ALL for s in private})
        return True
    reads, writes = effect
    if writes and all(live.get(s, 0) & m == 0 for s, m in writes.items()):
        return False
    for s, m in writes.items():
        live[s] = live.get(s, 0) & ~m
    _union(live, reads)
    return True


def _live_out(fn: ir.Function, private: set[str]) -> dict[str, Live]:
    succs = {b.label: ir.successors(b) for b in fn.blocks}
    live_in: dict[str, Live] = {b.label: {} for b in fn.blocks}
    live_out: dict[str, Live] = {b.label: {} for b in fn.blocks}
    changed = True
    while changed:
        changed = False
        for b in reversed(fn.blocks):
            out: Live = {}
            for s in succs[b.label]:
                _union(out, live_in.get(s, {}))
            live_out[b.label] = out
            live = dict(out)
            for inst in reversed(b.insts):
                _step_back(inst, live, private)
            if live != live_in[b.label]:
                live_in[b.label] = live
                changed = True
    return live_out


def dse(fn: ir.Function) -> bool:
    """Dead store elimination in private slots, and slots nothing uses dropped."""
    if not fn.slots:
        return False
    private = private_slots(fn)
    changed = False
    if private:
        live_out = _live_out(fn, private)
        for b in fn.blocks:
            live = dict(live_out[b.label])
            kept = [inst for inst in reversed(b.insts) if _step_back(inst, live, private)]
            if len(kept) != len(b.insts):
                b.insts = kept[::-1]
                changed = True
    used = set().union(*(_slot_refs(i) for b in fn.blocks for i in [*b.insts, b.term]))
    if any(s.name not in used for s in fn.slots):
        fn.slots = [s for s in fn.slots if s.name in used]
        changed = True
    return changed
