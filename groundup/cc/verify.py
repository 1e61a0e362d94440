"""The IR verifier: is a module well formed, so the later stages may rely on it?

`verify(module)` raises `ir.IRError`, an internal compiler error, naming the function,
the block and the instruction: every block ends in a terminator whose labels are
blocks of the function; every vreg has one type and every operand the type its
instruction wants; every vreg read is assigned somewhere in the function (with
`strict`, on every path to the read); constants fit their types; slots exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from groundup.cc.ir import (
    AMO_OPS,
    BINARY_OPS,
    COMPARE_OPS,
    UNARY_OPS,
    Alloca,
    Atomic,
    Binary,
    BlockCopy,
    BlockZero,
    Branch,
    Call,
    Compare,
    CompareSwap,
    Conv,
    Copy,
    Fence,
    FImm,
    Function,
    Global,
    Imm,
    InlineAsm,
    Inst,
    IntData,
    IRError,
    Jump,
    Load,
    Module,
    Operand,
    Return,
    Section,
    SlotAddr,
    StackRestore,
    StackSave,
    Store,
    Switch,
    Terminator,
    TlsAddr,
    Ty,
    Unary,
    Unreachable,
    VaStart,
    VReg,
    defined,
    predecessors,
    reachable,
    uses,
)


def verify(module: Module, strict: bool = False) -> None:
    """Raise IRError naming the first malformed thing in the module.

    Every block must end in a terminator whose labels are blocks of the function, every
    vreg have one type, every operand the type its instruction wants, every vreg read
    be assigned somewhere in the function. `strict` also wants every vreg read to be
    assigned on *every* path to the read (C allows reading a variable that a path left
    unassigned, if the value is then not used, so the lowering may produce such code).
    """
    names: set[str] = set()
    for g in module.globals:
        _verify_global(g)
        _unique(names, g.name, "symbol")
    for fn in module.functions:
        _unique(names, fn.name, "symbol")
        verify_function(fn)
        if strict:
            for label, inst, v in maybe_undefined(fn):
                raise IRError(f"in @{fn.name}, block {label} ({inst}): {v} may be unassigned")


def maybe_undefined(fn: Function) -> list[tuple[str, Inst | Terminator, VReg]]:
    """The reads of vregs that some path from the entry reaches with the vreg unassigned
    (a forward must-be-assigned data-flow problem over the reachable blocks)."""
    order = reachable(fn)
    by_label = {b.label: b for b in fn.blocks}
    preds = predecessors(fn)
    params = {p.id for p in fn.params}
    every = params | {d.id for b in fn.blocks for i in b.insts if (d := defined(i)) is not None}
    out = {label: set(every) for label in order}

    def flow(label: str, found: list[tuple[str, Inst | Terminator, VReg]] | None) -> set[int]:
        assigned = set(params) if label == order[0] else set(every)
        for p in preds[label] if label != order[0] else ():
            assigned &= out.get(p, every)
        block = by_label[label]
        for inst in [*block.insts, block.term]:
            assert inst is not None
            if found is not None:
                found += [(label, inst, v) for v in uses(inst) if v.id not in assigned]
            d = defined(inst)
            if d is not None:
                assigned.add(d.id)
        return assigned

    changed = True
    while changed:
        changed = False
        for label in order:
            new = flow(label, None)
            changed |= new != out[label]
            out[label] = new
    found: list[tuple[str, Inst | Terminator, VReg]] = []
    for label in order:
        flow(label, found)
    return found


def _unique(seen: set[str], name: str, what: str) -> None:
    if name in seen:
        raise IRError(f"{what} {name} defined twice")
    seen.add(name)


def _verify_global(g: Global) -> None:
    if g.align <= 0 or g.align & (g.align - 1):
        raise IRError(f"@{g.name}: alignment {g.align} is not a power of two")
    if g.section is Section.BSS and g.items:
        raise IRError(f"@{g.name}: a bss global has no initializer")
    for item in g.items:
        if isinstance(item, IntData) and item.size not in (1, 2, 4, 8):
            raise IRError(f"@{g.name}: integer data of {item.size} bytes")
        if isinstance(item, IntData) and not -(1 << (8 * item.size - 1)) <= item.value < (
            1 << (8 * item.size)
        ):
            raise IRError(f"@{g.name}: {item.value} does not fit {item.size} bytes")


@dataclass(slots=True)
class _Checker:
    fn: Function
    where: str = ""
    types: dict[int, Ty] = field(default_factory=dict)
    defs: set[int] = field(default_factory=set)

    def fail(self, message: str) -> IRError:
        return IRError(f"in @{self.fn.name}, {self.where}: {message}")

    def vreg(self, v: VReg) -> None:
        known = self.types.setdefault(v.id, v.ty)
        if known is not v.ty:
            raise self.fail(f"{v} is used as {v.ty.value} but is {known.value}")

    def operand(self, op: Operand, ty: Ty | None, what: str = "operand") -> None:
        """Check an operand (and that it is of type ty, unless ty is None)."""
        match op:
            case VReg():
                self.vreg(op)
            case Imm(value, t) if t.is_float:
                raise self.fail(f"an integer constant of type {t.value}")
            case Imm(value, t) if t.wrap(value) != value:
                raise self.fail(f"constant {value} does not fit {t.value}")
            case FImm(bits, t) if not t.is_float or bits >> t.bits:
                raise self.fail(f"float constant 0f{bits:x} of type {t.value}")
            case SlotAddr(slot) if slot not in {s.name for s in self.fn.slots}:
                raise self.fail(f"no stack slot ${slot}")
        if ty is not None and op.ty is not ty:
            raise self.fail(f"{what} {op} is {op.ty.value}, expected {ty.value}")


def verify_function(fn: Function) -> None:
    """Raise IRError unless fn is well formed (see `verify`)."""
    c = _Checker(fn, "its header")
    if not fn.blocks:
        raise c.fail("a function without blocks")
    labels: set[str] = set()
    for b in fn.blocks:
        _unique(labels, b.label, f"in @{fn.name}: block")
    slots: set[str] = set()
    for s in fn.slots:
        _unique(slots, s.name, f"in @{fn.name}: slot")
        if s.size <= 0 or s.align <= 0 or s.align & (s.align - 1):
            raise c.fail(f"slot ${s.name}: bad size {s.size} or alignment {s.align}")
    if fn.param_locs:
        _check_locs(c, list(fn.params), fn.param_locs)
    if fn.ret_pieces and fn.ret is not None:
        raise c.fail("a function returns a value or a struct in registers, not both")
    for p in fn.params:
        c.vreg(p)
        if p.id in c.defs:
            raise c.fail(f"parameter {p} appears twice")
        c.defs.add(p.id)
    for b in fn.blocks:
        for i, inst in enumerate(b.insts):
            c.where = f"block {b.label}, instruction {i + 1} ({inst})"
            _verify_inst(c, inst)
            d = defined(inst)
            if d is not None:
                c.vreg(d)
                c.defs.add(d.id)
        c.where = f"block {b.label}, its end"
        _verify_term(c, b.term, labels)
    for b in fn.blocks:
        for item in [*b.insts, b.term]:
            assert item is not None
            for v in uses(item):
                if v.id not in c.defs:
                    c.where = f"block {b.label} ({item})"
                    raise c.fail(f"{v} is used but never defined")


def _verify_inst(c: _Checker, inst: object) -> None:
    match inst:
        case Copy(dst, src):
            c.operand(src, dst.ty)
        case Binary(op, dst, a, b):
            if op not in BINARY_OPS:
                raise c.fail(f"unknown operation {op}")
            if dst.ty.is_float and op not in _FLOAT_BINARY:
                raise c.fail(f"{op} is not an operation on {dst.ty.value}")
            c.operand(a, dst.ty)
            c.operand(b, None if op in ("shl", "shr") else dst.ty)
        case Unary(op, dst, a):
            if op not in UNARY_OPS or (dst.ty.is_float and op == "not"):
                raise c.fail(f"unknown operation {op}.{dst.ty.value}")
            if op == "abs" and not dst.ty.is_float:
                raise c.fail(f"unknown operation {op}.{dst.ty.value}")
            c.operand(a, dst.ty)
        case Compare(op, ty, dst, a, b):
            if op not in COMPARE_OPS:
                raise c.fail(f"unknown comparison {op}")
            c.operand(a, ty)
            c.operand(b, ty)
            if dst.ty is not Ty.I32:
                raise c.fail("a comparison gives an i32")
        case Conv(_, src):
            c.operand(src, None)
        case Load(_, addr):
            c.operand(addr.base, Ty.PTR, "address")
        case Store(ty, addr, value):
            c.operand(addr.base, Ty.PTR, "address")
            c.operand(value, ty)
        case Call(dst, callee, args, locs, ret_mem, pieces):
            c.operand(callee, Ty.PTR, "callee")
            for a in args:
                c.operand(a, None)
            if locs:
                _check_locs(c, list(args), locs)
            if ret_mem is not None:
                c.operand(ret_mem.base, Ty.PTR, "address")
                if dst is not None or not pieces:
                    raise c.fail("a struct result needs pieces and no destination")
        case TlsAddr() | Fence() | StackSave():
            pass
        case InlineAsm(_, dst, args):
            for asm_arg in args:
                if asm_arg.value is not None:
                    c.operand(asm_arg.value, None)
            if dst is not None and (not args or not args[0].constraint.startswith(("=", "+"))):
                raise c.fail("an asm's register output is its first operand")
        case Alloca(_, size):
            c.operand(size, Ty.U64, "size")
        case StackRestore(value):
            c.operand(value, Ty.PTR, "stack pointer")
        case Atomic(op, dst, addr, value, order):
            c.operand(addr, Ty.PTR, "address")
            c.operand(value, dst.ty)
            if op not in AMO_OPS or order not in ("", "aq", "rl", "aqrl") or dst.ty.size < 4:
                raise c.fail("an atomic operation on 4 or 8 bytes, with an ordering")
        case CompareSwap(dst, addr, expected, desired):
            c.operand(addr, Ty.PTR, "address")
            c.operand(expected, dst.ty)
            c.operand(desired, dst.ty)
            if dst.ty.size < 4 or dst.ty.is_float:
                raise c.fail("compare-and-swap of a 4- or 8-byte integer")
        case VaStart():
            if not c.fn.variadic:
                raise c.fail("vastart in a function that is not variadic")
        case BlockCopy(dst, src, size, align):
            c.operand(dst, Ty.PTR, "address")
            c.operand(src, Ty.PTR, "address")
            _check_block(c, size, align)
        case BlockZero(dst, size, align):
            c.operand(dst, Ty.PTR, "address")
            _check_block(c, size, align)
        case _:
            raise c.fail(f"not an instruction: {inst!r}")


_FLOAT_BINARY = ("add", "sub", "mul", "div")
_LOC_NAMES = {f"a{i}" for i in range(8)} | {f"fa{i}" for i in range(8)}


def _check_locs(c: _Checker, values: list[Operand] | list[VReg], locs: tuple[str, ...] | list[str]
                ) -> None:  # fmt: skip
    """Locations: one per value, each a register or `sp+N` (N a multiple of 8); no
    integer in an fa register; no register twice."""
    if len(locs) != len(values):
        raise c.fail(f"{len(values)} arguments but {len(locs)} locations")
    seen: set[str] = set()
    for v, loc in zip(values, locs, strict=True):
        ok = loc in _LOC_NAMES or (loc.startswith("sp+") and loc[3:].isdigit()
                                   and int(loc[3:]) % 8 == 0)  # fmt: skip
        if not ok or loc in seen:
            raise c.fail(f"bad or repeated argument location {loc}")
        if loc.startswith("fa") and not v.ty.is_float:
            raise c.fail(f"the {v.ty.value} {v} in {loc}")
        seen.add(loc)


def _check_block(c: _Checker, size: int, align: int) -> None:
    if size < 0 or align <= 0 or align & (align - 1):
        raise c.fail(f"bad size {size} or alignment {align}")


def _verify_term(c: _Checker, term: object, labels: set[str]) -> None:
    def target(label: str) -> None:
        if label not in labels:
            raise c.fail(f"jump to {label}, which is no block of the function")

    match term:
        case None:
            raise c.fail("the block has no terminator")
        case Jump(label):
            target(label)
        case Branch(cond, t, f):
            c.operand(cond, None, "condition")
            if cond.ty.is_float:
                raise c.fail("a branch on a float (compare it with 0 first)")
            target(t)
            target(f)
        case Switch(value, default, cases):
            c.operand(value, None, "switch value")
            if value.ty.is_float:
                raise c.fail("a switch on a float")
            target(default)
            seen: set[int] = set()
            for v, label in cases:
                if value.ty.wrap(v) != v or v in seen:
                    raise c.fail(f"case {v} is out of range or repeated")
                seen.add(v)
                target(label)
        case Return(value, mem, pieces) if mem is not None:
            c.operand(mem.base, Ty.PTR, "address")
            if value is not None or pieces != c.fn.ret_pieces or not pieces:
                raise c.fail("the return does not match the function's struct result")
        case Return(value):
            want = c.fn.ret
            if c.fn.ret_pieces:
                raise c.fail("the function returns a struct in registers")
            if (value is None) != (want is None):
                raise c.fail("the return does not match the function's return type")
            if value is not None:
                c.operand(value, want, "return value")
        case Unreachable():
            pass
        case _:
            raise c.fail(f"the block ends in {term!r}, not a terminator")
