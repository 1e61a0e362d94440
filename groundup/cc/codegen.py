"""Code generation: IR -> RISC-V assembly text (GNU as syntax) for `groundup as`.

Its place in the path of a program: IR ─codegen─> hello.s ─as─> hello.o.

Each function gets a frame that gdb and the book's pictures can walk, addressed
from the frame pointer s0 (= the stack pointer at entry, the canonical frame address),
but a leaf that keeps nothing in memory (no call, no stack slot, spill, s register or
stack argument), which has no frame at all, as gcc's leaves:

        s0 ->  +-----------------------+  (caller's frame above: its stack arguments at
               | ra                    |   0(s0), 8(s0) ... for parameters 9, 10 ...)
               | caller's s0           |   -8(s0), -16(s0)
               | s1 .. s11 (those used)|
               | stack slots           |   locals whose address is taken, arrays, structs
               | spill slots           |   8 bytes per spilled vreg
               | outgoing arguments    |   the 9th, 10th ... argument of a call
        sp ->  +-----------------------+   16-byte aligned

The calling convention is the RISC-V psABI's LP64D. Where each argument travels
(a0-a7, fa0-fa7 or the stack) the lowering decided with abi.py and wrote into the IR
(`Call.locs`, `Function.param_locs`); here the values are only moved there. The
result is in a0 or fa0 (a small struct's pieces in a0/a1 and fa0/fa1), s0-s11 and
fs0-fs11 are callee-saved, and every integer narrower than 64 bits is extended to 64
according to its type (32-bit values, unsigned ones too, sign-extended), which is how
this code generator keeps every value in a register, so passing is a move. A variadic
function stores a0-a7 that carry no named parameter in a 64-byte save area at the top
of its frame, just below the caller's stack arguments, so that `va_arg` walks one
array of 8-byte slots from the first unnamed register argument on into the stack.
Register allocation is regalloc.py's; t0-t3 and ft0-ft2 are scratch registers here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from groundup.cc import abi, ir, regalloc
from groundup.cc.ir import Ty

_LOAD = {Ty.I8: "lb", Ty.U8: "lbu", Ty.I16: "lh", Ty.U16: "lhu", Ty.I32: "lw", Ty.U32: "lw",
         Ty.I64: "ld", Ty.U64: "ld", Ty.PTR: "ld", Ty.F32: "flw", Ty.F64: "fld"}  # fmt: skip
_STORE = {1: "sb", 2: "sh", 4: "sw", 8: "sd"}
_FSTORE = {Ty.F32: "fsw", Ty.F64: "fsd"}
_FSCRATCH = {"t0": "ft0", "t1": "ft1", "t2": "ft2"}
# the int<->float conversions' type suffixes: fcvt.d.w, fcvt.l.s ...
_FCVT_INT = {Ty.I8: "w", Ty.I16: "w", Ty.I32: "w", Ty.U8: "wu", Ty.U16: "wu", Ty.U32: "wu",
             Ty.I64: "l", Ty.U64: "lu", Ty.PTR: "lu"}  # fmt: skip


def fsuffix(ty: Ty) -> str:
    """The F or D extension's suffix for a float type: s (single) or d (double)."""
    return "s" if ty is Ty.F32 else "d"


def is_freg(reg: str) -> bool:
    return reg.startswith("f")


def store_op(ty: Ty) -> str:
    return _FSTORE[ty] if ty.is_float else _STORE[ty.size]


_DATA = {1: ".byte", 2: ".half", 4: ".word", 8: ".dword"}

# name.32 / name.64: the instruction for 32-bit and 64-bit (and narrower) operands
_BINARY = {
    "add": ("addw", "add"), "sub": ("subw", "sub"), "mul": ("mulw", "mul"),
    "and": ("and", "and"), "or": ("or", "or"), "xor": ("xor", "xor"),
    "shl": ("sllw", "sll"),
}  # fmt: skip
_SIGNED_BINARY = {
    "div": (("divw", "div"), ("divuw", "divu")),
    "rem": (("remw", "rem"), ("remuw", "remu")),
    "shr": (("sraw", "sra"), ("srlw", "srl")),
}
_IMMEDIATE = {"add": "addi", "and": "andi", "or": "ori", "xor": "xori", "shl": "slli"}
_BRANCH = {"eq": "beq", "ne": "bne", "lt": "blt", "ge": "bge"}
_SWAPPED = {"gt": "lt", "le": "ge"}


def rep(value: int, ty: Ty) -> int:
    """The 64-bit register contents (as a signed int) that hold `value` of type ty."""
    value = ty.wrap(value)
    if ty.bits == 32:
        return Ty.I32.wrap(value)
    return Ty.I64.wrap(value) if ty.bits == 64 else value


def fits12(value: int) -> bool:
    return -2048 <= value < 2048


def _align(value: int, align: int) -> int:
    return (value + align - 1) // align * align


# --------------------------------------------------------------------------- frame


@dataclass(slots=True)
class Frame:
    """Offsets from s0 of everything in the frame, and its size."""

    size: int = 0
    saved: dict[str, int] = field(default_factory=dict)  # callee-saved register -> offset
    slots: dict[str, int] = field(default_factory=dict)
    spill_base: int = 0  # spill slot k is at spill_base - 8 * k
    ra: int = -8  # where ra is saved (the caller's s0 just below); -72 if variadic
    overaligned: dict[str, int] = field(default_factory=dict)  # slot -> alignment > 16
    outgoing: int = 0  # bytes of stack arguments at 0(sp) ...
    dynamic: bool = False  # allocas move sp: the epilogue takes it back from s0
    bare: bool = False  # a leaf that keeps nothing in memory: no frame at all


VARARG_AREA = 64  # a0-a7 of a variadic function, at -64(s0) .. -8(s0)


def lay_out(fn: ir.Function, alloc: regalloc.Allocation) -> Frame:
    frame = Frame()
    top = 16  # ra, caller's s0
    if fn.variadic:
        top += VARARG_AREA
        frame.ra = -8 - VARARG_AREA
    for r in alloc.callee_saved:
        top += 8
        frame.saved[r] = -top
    for s in fn.slots:
        if s.align > 16:  # room to round an address down to the alignment, at run time
            top = _align(top + s.size + s.align - 16, 16)
            frame.slots[s.name] = -top + s.align - 16
            frame.overaligned[s.name] = s.align
            continue
        top = _align(top + s.size, min(s.align, 16))
        frame.slots[s.name] = -top
    top = _align(top, 8) + 8 * alloc.spills
    frame.spill_base = -top + 8 * (alloc.spills - 1) if alloc.spills else 0
    outgoing = 0
    for b in fn.blocks:
        for inst in b.insts:
            if isinstance(inst, ir.Call):
                outgoing = max(outgoing, abi.stack_bytes(inst.arg_locs))
    frame.size = _align(top + outgoing, 16)
    frame.outgoing = _align(outgoing, 16)
    frame.dynamic = any(isinstance(i, ir.Alloca) for b in fn.blocks for i in b.insts)
    frame.bare = frame.size == 16 and not fn.slots and not fn.variadic and _bare(fn)
    return frame


def _bare(fn: ir.Function) -> bool:
    """Whether the function calls nothing, leaves sp alone and reads nothing through s0
    (stack arguments): ra stays in place and s0 is the caller's, so it needs no frame."""
    if any(loc.startswith("sp+") for loc in fn.locs):
        return False
    needs = ir.Call | ir.InlineAsm | ir.Alloca | ir.StackSave | ir.StackRestore | ir.VaStart
    return not any(isinstance(i, needs) for b in fn.blocks for i in b.insts)


# ----------------------------------------------------------------------- functions


@dataclass(slots=True)
class FunctionGen:
    fn: ir.Function
    alloc: regalloc.Allocation
    frame: Frame
    out: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # jump tables, for .rodata
    next_label: int = 0
    pic: bool = False  # -fPIC: other modules' symbols through the GOT, calls via the PLT
    local_symbols: frozenset[str] = frozenset()  # defined here and not preemptible

    def symbol_address(self, reg: str, symbol: str, offset: int) -> None:
        """reg = &symbol + offset: pc-relative, or (-fPIC, a symbol another module may
        define) loaded from the GOT."""
        if self.pic and symbol not in self.local_symbols:
            self.emit(f"la\t{reg}, {symbol}")
            if offset:
                self.add_const(reg, reg, offset)
        else:
            self.emit(f"lla\t{reg}, {symbol}{ir.offset_text(offset)}")

    def emit(self, text: str) -> None:
        self.out.append("\t" + text)

    def label(self, label: str) -> str:
        return f".L{self.fn.name}.{label}"

    def fresh(self, hint: str) -> str:
        self.next_label += 1
        return f".L{self.fn.name}..{hint}{self.next_label}"

    # --- where values are

    def spill_offset(self, index: int) -> int:
        return self.frame.spill_base - 8 * index

    def where(self, v: ir.VReg) -> str | int:
        return self.alloc.where[v.id]

    def s0_access(self, op: str, reg: str, offset: int) -> None:
        """`op reg, offset(s0)`, for any offset."""
        if fits12(offset):
            self.emit(f"{op}\t{reg}, {offset}(s0)")
        else:
            self.emit(f"li\tt3, {offset}")
            self.emit("add\tt3, t3, s0")
            self.emit(f"{op}\t{reg}, 0(t3)")

    def into(self, op: ir.Operand, reg: str) -> None:
        """Put the value of an operand into register reg (a float into an integer
        register: its bits, as a variadic or a late argument travels)."""
        match op:
            case ir.VReg() if op.id in self.alloc.remat:  # spilled, and a constant
                self.into(self.alloc.remat[op.id], reg)
            case ir.VReg():
                w = self.where(op)
                if isinstance(w, int):
                    load = "fld" if is_freg(reg) else "ld"
                    self.s0_access(load, reg, self.spill_offset(w))
                elif w == reg:
                    pass
                elif not op.ty.is_float:
                    self.emit(f"mv\t{reg}, {w}")
                elif is_freg(reg):
                    self.emit(f"fmv.{fsuffix(op.ty)}\t{reg}, {w}")
                else:
                    self.emit(f"fmv.x.{'w' if op.ty is Ty.F32 else 'd'}\t{reg}, {w}")
            case ir.Imm(value, ty):
                self.emit(f"li\t{reg}, {rep(value, ty)}")
            case ir.FImm(bits, ty):
                if not is_freg(reg):
                    self.emit(f"li\t{reg}, {Ty.I64.wrap(bits)}")
                    return
                if bits:
                    self.emit(f"li\tt3, {Ty.I64.wrap(bits)}")
                x = "w" if ty is Ty.F32 else "d"
                self.emit(f"fmv.{x}.x\t{reg}, {'t3' if bits else 'zero'}")
            case ir.SlotAddr(slot, offset):
                base, extra = self.slot_base(slot, reg)
                self.add_const(reg, base, extra + offset)
            case ir.SymAddr(symbol, offset):
                self.symbol_address(reg, symbol, offset)

    def slot_base(self, slot: str, reg: str) -> tuple[str, int]:
        """(register, offset) of a slot: s0 and its frame offset; for a slot aligned
        above 16 (frames are 16-aligned), its address rounded down into reg."""
        align = self.frame.overaligned.get(slot)
        if align is None:
            return "s0", self.frame.slots[slot]
        self.add_const(reg, "s0", self.frame.slots[slot])
        if fits12(-align):
            self.emit(f"andi\t{reg}, {reg}, {-align}")
        else:
            self.emit(f"li\tt3, {-align}")
            self.emit(f"and\t{reg}, {reg}, t3")
        return reg, 0

    def add_const(self, rd: str, rs: str, value: int) -> None:
        if fits12(value):
            self.emit(f"addi\t{rd}, {rs}, {value}")
        else:
            self.emit(f"li\t{rd}, {value}")
            self.emit(f"add\t{rd}, {rd}, {rs}")

    def src(self, op: ir.Operand, scratch: str) -> str:
        """A register holding the operand: its own, or scratch loaded with it (for a
        float, the f scratch register of the same number: t1 -> ft1)."""
        if isinstance(op, ir.VReg) and isinstance(self.where(op), str):
            return str(self.where(op))
        if isinstance(op, ir.Imm) and op.value == 0:
            return "zero"
        if op.ty.is_float:
            scratch = _FSCRATCH[scratch]
        self.into(op, scratch)
        return scratch

    def dst(self, v: ir.VReg) -> str:
        """The register to compute v in (t0 or ft0 when v is spilled; `done` stores it)."""
        w = self.where(v)
        if isinstance(w, str):
            return w
        return "ft0" if v.ty.is_float else "t0"

    def done(self, v: ir.VReg) -> None:
        w = self.where(v)
        if isinstance(w, int):
            reg = self.dst(v)
            self.s0_access("fsd" if is_freg(reg) else "sd", reg, self.spill_offset(w))

    def normalize(self, rd: str, ty: Ty) -> None:
        """Re-extend a 64-bit result to the register form of type ty."""
        if ty.bits == 32:
            self.emit(f"sext.w\t{rd}, {rd}")
        elif ty is Ty.U8:
            self.emit(f"andi\t{rd}, {rd}, 255")
        elif ty.bits < 32:
            shift = 64 - ty.bits
            self.emit(f"slli\t{rd}, {rd}, {shift}")
            self.emit(f"{'srai' if ty.signed else 'srli'}\t{rd}, {rd}, {shift}")

    def address(self, mem: ir.Mem, scratch: str) -> tuple[str, int]:
        """(base register, offset) for a memory operand, the offset within 12 bits."""
        match mem.base:
            case ir.SlotAddr(slot, off):
                base, extra = self.slot_base(slot, scratch)
                offset = extra + off + mem.offset
            case ir.SymAddr(symbol, off):
                self.symbol_address(scratch, symbol, off + mem.offset)
                return scratch, 0
            case _:
                base, offset = self.src(mem.base, scratch), mem.offset
        if fits12(offset):
            return base, offset
        self.emit(f"li\tt3, {offset}")
        self.emit(f"add\tt3, t3, {base}")
        return "t3", 0

    # --- the function

    def generate(self) -> None:
        self.prologue()
        self.parameters()
        blocks = self.fn.blocks
        for k, b in enumerate(blocks):
            self.out.append(f"{self.label(b.label)}:")
            nxt = blocks[k + 1].label if k + 1 < len(blocks) else None
            fused = self.fusable(b)
            for inst in b.insts[:-1] if fused else b.insts:
                self.instruction(inst)
            assert b.term is not None
            self.terminator(b, nxt, fused)

    def prologue(self) -> None:
        if self.frame.bare:
            return
        n = self.frame.size
        ra = self.frame.ra  # from s0; the caller's s0 is saved just below
        if n < 2048:
            self.emit(f"addi\tsp, sp, -{n}")
            self.emit(f"sd\tra, {n + ra}(sp)")
            self.emit(f"sd\ts0, {n + ra - 8}(sp)")
            self.emit(f"addi\ts0, sp, {n}")
        else:
            top = -ra + 8  # ra, s0 and the save area of a variadic function
            self.emit(f"addi\tsp, sp, -{top}")
            self.emit(f"sd\tra, {top + ra}(sp)")
            self.emit(f"sd\ts0, {top + ra - 8}(sp)")
            self.emit(f"addi\ts0, sp, {top}")
            self.emit(f"li\tt0, {n - top}")
            self.emit("sub\tsp, sp, t0")
        for r, off in self.frame.saved.items():
            self.emit(f"{'fsd' if is_freg(r) else 'sd'}\t{r}, {off}(s0)")
        if self.fn.variadic:
            named = sum(loc.startswith("a") for loc in self.fn.locs)
            for k in range(named, 8):
                self.emit(f"sd\ta{k}, {-VARARG_AREA + 8 * k}(s0)")

    def epilogue(self) -> None:
        if self.frame.bare:
            self.emit("ret")
            return
        if self.frame.dynamic:  # variable-length arrays moved sp: back to the frame's
            if fits12(-self.frame.size):
                self.emit(f"addi\tsp, s0, {-self.frame.size}")
            else:
                self.emit(f"li\tt0, {-self.frame.size}")
                self.emit("add\tsp, s0, t0")
        for r, off in self.frame.saved.items():
            self.emit(f"{'fld' if is_freg(r) else 'ld'}\t{r}, {off}(s0)")
        n = self.frame.size
        ra = self.frame.ra
        if n < 2048:
            self.emit(f"ld\tra, {n + ra}(sp)")
            self.emit(f"ld\ts0, {n + ra - 8}(sp)")
            self.emit(f"addi\tsp, sp, {n}")
        else:
            top = -ra + 8
            self.emit(f"addi\tsp, s0, -{top}")
            self.emit(f"ld\tra, {top + ra}(sp)")
            self.emit(f"ld\ts0, {top + ra - 8}(sp)")
            self.emit(f"addi\tsp, sp, {top}")
        self.emit("ret")

    def parameters(self) -> None:
        """Move the incoming arguments (a0-a7, fa0-fa7, then 0(s0), 8(s0) ...) to where
        the allocator put them. f registers first, then the floats that came in a
        registers (before those are overwritten), then the a registers."""
        imoves: list[tuple[str, str]] = []
        fmoves: list[tuple[str, str]] = []
        crossing: list[tuple[ir.VReg, str]] = []  # a float that came in an a register
        stacked: list[tuple[ir.VReg, int]] = []
        for p, loc in zip(self.fn.params, self.fn.locs, strict=True):
            w = self.alloc.where.get(p.id)
            if w is None:
                continue
            if loc.startswith("sp+"):
                stacked.append((p, int(loc[3:])))
            elif isinstance(w, int):
                store = "fsd" if is_freg(loc) else "sd"
                self.s0_access(store, loc, self.spill_offset(w))
            elif p.ty.is_float and not is_freg(loc):
                crossing.append((p, loc))
            else:
                (fmoves if is_freg(loc) else imoves).append((w, loc))
        self.parallel_move(fmoves)
        for p, loc in crossing:
            self.emit(f"fmv.{'w' if p.ty is Ty.F32 else 'd'}.x\t{self.where(p)}, {loc}")
        self.parallel_move(imoves)
        for p, offset in stacked:
            reg = self.dst(p)
            self.s0_access(_LOAD[p.ty] if p.ty.is_float else "ld", reg, offset)
            self.done(p)

    def parallel_move(self, moves: list[tuple[str, str]]) -> None:
        """Register to register moves (dst, src) that happen at once, all integer or all
        float registers; t0 (ft0) breaks cycles."""
        pending = [(d, s) for d, s in moves if d != s]
        floats = bool(pending) and is_freg(pending[0][0])
        mv, temp = ("fmv.d", "ft0") if floats else ("mv", "t0")
        while pending:
            sources = {s for _, s in pending}
            ready = next((m for m in pending if m[0] not in sources), None)
            if ready is not None:
                self.emit(f"{mv}\t{ready[0]}, {ready[1]}")
                pending.remove(ready)
                continue
            d = pending[0][0]  # every destination is still to be read: save one
            self.emit(f"{mv}\t{temp}, {d}")
            pending = [(dd, temp if s == d else s) for dd, s in pending]

    # --- instructions

    def instruction(self, inst: ir.Inst) -> None:
        match inst:
            case ir.Copy(dst) if dst.id in self.alloc.remat:
                pass  # built where it is read
            case ir.Copy(dst, src):
                rd = self.dst(dst)
                self.into(src, rd)
                self.done(dst)
            case ir.Binary():
                self.binary(inst)
            case ir.Unary(op, dst, a):
                rd = self.dst(dst)
                ra = self.src(a, "t1")
                if dst.ty.is_float:
                    neg_or_abs = "fneg" if op == "neg" else "fabs"
                    self.emit(f"{neg_or_abs}.{fsuffix(dst.ty)}\t{rd}, {ra}")
                elif op == "neg":
                    self.emit(f"{'negw' if dst.ty.bits == 32 else 'neg'}\t{rd}, {ra}")
                    if dst.ty.bits < 32:
                        self.normalize(rd, dst.ty)
                else:
                    self.emit(f"not\t{rd}, {ra}")
                    if dst.ty in (Ty.U8, Ty.U16):
                        self.normalize(rd, dst.ty)
                self.done(dst)
            case ir.Compare():
                self.compare(inst)
            case ir.Conv(dst, src):
                self.conv(dst, src)
            case ir.Load(dst, addr):
                rd = self.dst(dst)
                base, off = self.address(addr, "t1")
                self.emit(f"{_LOAD[dst.ty]}\t{rd}, {off}({base})")
                self.done(dst)
            case ir.Store(ty, addr, value):
                rv = self.src(value, "t0")
                base, off = self.address(addr, "t1")
                self.emit(f"{store_op(ty)}\t{rv}, {off}({base})")
            case ir.Alloca(dst, size):
                rs = self.src(size, "t1")
                self.emit(f"addi\tt0, {rs}, 15")
                self.emit("andi\tt0, t0, -16")
                self.emit("sub\tsp, sp, t0")
                rd = self.dst(dst)
                self.add_const(rd, "sp", self.frame.outgoing)  # above the outgoing arguments
                self.done(dst)
            case ir.StackSave(dst):
                rd = self.dst(dst)
                self.emit(f"mv\t{rd}, sp")
                self.done(dst)
            case ir.StackRestore(value):
                self.emit(f"mv\tsp, {self.src(value, 't0')}")
            case ir.Fence(pred, succ):
                self.emit(f"fence\t{pred},{succ}")
            case ir.Atomic(op, dst, addr, value, order):
                ra = self.src(addr, "t1")
                rv = self.src(value, "t2")
                rd = self.dst(dst)
                suffix = ("w" if dst.ty.size == 4 else "d") + (f".{order}" if order else "")
                self.emit(f"amo{op}.{suffix}\t{rd}, {rv}, ({ra})")
                self.done(dst)
            case ir.InlineAsm():
                self.inline_asm(inst)
            case ir.CompareSwap(dst, addr, expected, desired):
                self.compare_swap(dst, addr, expected, desired)
            case ir.TlsAddr(dst, symbol, "ie"):  # initial exec: its offset in the GOT
                rd = self.dst(dst)
                self.emit(f"la.tls.ie\t{rd}, {symbol}")
                self.emit(f"add\t{rd}, {rd}, tp")
                self.done(dst)
            case ir.TlsAddr(dst, symbol, "gd"):  # its tls_index: for __tls_get_addr
                rd = self.dst(dst)
                self.emit(f"la.tls.gd\t{rd}, {symbol}")
                self.done(dst)
            case ir.TlsAddr(dst, symbol):
                rd = self.dst(dst)
                self.emit(f"lui\t{rd}, %tprel_hi({symbol})")
                self.emit(f"add\t{rd}, {rd}, tp, %tprel_add({symbol})")
                self.emit(f"addi\t{rd}, {rd}, %tprel_lo({symbol})")
                self.done(dst)
            case ir.VaStart(dst):
                rd = self.dst(dst)
                locs = self.fn.locs
                named = sum(loc.startswith("a") for loc in locs)
                if named < 8:
                    self.add_const(rd, "s0", -VARARG_AREA + 8 * named)
                else:
                    stack = [int(loc[3:]) + 8 for loc in locs if loc.startswith("sp+")]
                    self.add_const(rd, "s0", max(stack, default=0))
                self.done(dst)
            case ir.Call():
                self.call(inst)
            case ir.BlockCopy(dst, src, size, align):
                self.block_op(dst, src, size, align)
            case ir.BlockZero(dst, size, align):
                self.block_op(dst, None, size, align)

    def compare_swap(self, dst: ir.VReg, addr: ir.Operand, expected: ir.Operand,
                     desired: ir.Operand) -> None:  # fmt: skip
        """lr/sc until the store succeeds or the value differs; the old value in t0 (on
        success it was `expected`, which the sc's status overwrote)."""
        ra, re, rn = self.src(addr, "t1"), self.src(expected, "t2"), self.src(desired, "t3")
        w = "w" if dst.ty.size == 4 else "d"
        again, out = self.fresh("lr"), self.fresh("cas")
        self.out.append(f"{again}:")
        self.emit(f"lr.{w}.aqrl\tt0, ({ra})")
        self.emit(f"bne\tt0, {re}, {out}")
        self.emit(f"sc.{w}.rl\tt0, {rn}, ({ra})")
        self.emit(f"bnez\tt0, {again}")
        self.emit(f"mv\tt0, {re}")
        self.out.append(f"{out}:")
        rd = self.dst(dst)
        if rd != "t0":
            self.emit(f"mv\t{rd}, t0")
        self.done(dst)

    def binary(self, inst: ir.Binary) -> None:
        op, dst, a, b = inst.op, inst.dst, inst.a, inst.b
        ty = dst.ty
        rd = self.dst(dst)
        if ty.is_float:
            ra, rb = self.src(a, "t1"), self.src(b, "t2")
            self.emit(f"f{op}.{fsuffix(ty)}\t{rd}, {ra}, {rb}")
            self.done(dst)
            return
        wide = 0 if ty.bits == 32 else 1
        if op in _SIGNED_BINARY:
            name = _SIGNED_BINARY[op][0 if ty.signed else 1][wide]
        else:
            name = _BINARY[op][wide]
        imm = immediate(op, ty, b)
        ra = self.src(a, "t1")
        if imm is not None:
            iname = _immediate_name(op, ty)
            self.emit(f"{iname}\t{rd}, {ra}, {imm}")
        else:
            rb = self.src(b, "t2")
            self.emit(f"{name}\t{rd}, {ra}, {rb}")
        if ty.bits < 32 and op not in ("and", "or", "xor", "shr"):
            self.normalize(rd, ty)
        self.done(dst)

    def compare(self, inst: ir.Compare) -> None:
        op, ty, dst, a, b = inst.op, inst.ty, inst.dst, inst.a, inst.b
        rd = self.dst(dst)
        ra = self.src(a, "t1")
        if ty.is_float:  # false for a NaN on either side, but `ne`
            rb = self.src(b, "t2")
            name = {"eq": "feq", "ne": "feq", "lt": "flt", "le": "fle", "gt": "flt",
                    "ge": "fle"}[op]  # fmt: skip
            x, y = (rb, ra) if op in ("gt", "ge") else (ra, rb)
            self.emit(f"{name}.{fsuffix(ty)}\t{rd}, {x}, {y}")
            if op == "ne":
                self.emit(f"xori\t{rd}, {rd}, 1")
            self.done(dst)
            return
        u = "" if ty.signed else "u"
        if op in ("eq", "ne"):
            test = "seqz" if op == "eq" else "snez"
            if isinstance(b, ir.Imm) and fits12(-rep(b.value, ty)) and b.value != 0:
                self.emit(f"addi\t{rd}, {ra}, {-rep(b.value, ty)}")
                self.emit(f"{test}\t{rd}, {rd}")
            elif isinstance(b, ir.Imm) and b.value == 0:
                self.emit(f"{test}\t{rd}, {ra}")
            else:
                self.emit(f"xor\t{rd}, {ra}, {self.src(b, 't2')}")
                self.emit(f"{test}\t{rd}, {rd}")
        elif op == "lt" and isinstance(b, ir.Imm) and fits12(rep(b.value, ty)):
            self.emit(f"slti{u}\t{rd}, {ra}, {rep(b.value, ty)}")
        else:
            rb = self.src(b, "t2")
            x, y = (rb, ra) if op in ("gt", "le") else (ra, rb)
            self.emit(f"slt{u}\t{rd}, {x}, {y}")
            if op in ("le", "ge"):
                self.emit(f"xori\t{rd}, {rd}, 1")
        self.done(dst)

    def conv(self, dst: ir.VReg, src: ir.Operand) -> None:
        rd = self.dst(dst)
        s, d = src.ty, dst.ty
        if s.is_float or d.is_float:
            rs = self.src(src, "t1")
            if s.is_float and d.is_float:
                self.emit(f"fcvt.{fsuffix(d)}.{fsuffix(s)}\t{rd}, {rs}")
            elif d.is_float:
                self.emit(f"fcvt.{fsuffix(d)}.{_FCVT_INT[s]}\t{rd}, {rs}")
            else:  # C truncates toward zero
                self.emit(f"fcvt.{_FCVT_INT[d]}.{fsuffix(s)}\t{rd}, {rs}, rtz")
                if d.bits < 32:
                    self.normalize(rd, d)
            self.done(dst)
            return
        # (a u32 known below 2**31 is zero-extended already: regalloc.small_u32)
        small = isinstance(src, ir.VReg) and src.id in self.alloc.small_u32 and d.bits == 64
        if isinstance(src, ir.Imm):
            self.emit(f"li\t{rd}, {rep(src.value, d)}")
        elif regalloc.same_register_form(d, s) or small:
            self.into(src, rd)
        else:
            rs = self.src(src, "t1")
            if d.bits == 64:  # from u32, which registers hold sign-extended
                self.emit(f"slli\t{rd}, {rs}, 32")
                self.emit(f"srli\t{rd}, {rd}, 32")
            elif d.bits == 32:
                self.emit(f"sext.w\t{rd}, {rs}")
            elif d is Ty.U8:
                self.emit(f"andi\t{rd}, {rs}, 255")
            else:
                shift = 64 - d.bits
                self.emit(f"slli\t{rd}, {rs}, {shift}")
                self.emit(f"{'srai' if d.signed else 'srli'}\t{rd}, {rd}, {shift}")
        self.done(dst)

    def call(self, inst: ir.Call) -> None:
        """Arguments to their locations, the call, the result from a0/fa0 (or a struct's
        pieces stored from a0/a1, fa0/fa1). Stack arguments first, then integer register
        moves, then floats bound for a registers (read before the f moves), then the f
        register moves; constants and spilled values are loaded after the moves."""
        extra: list[tuple[str, ir.Operand]] = []
        direct = isinstance(inst.callee, ir.SymAddr) and inst.callee.offset == 0
        if not direct:
            extra.append(("t1", inst.callee))
        self.place(list(zip(inst.arg_locs, inst.args, strict=True)) + extra)
        if direct:
            assert isinstance(inst.callee, ir.SymAddr)
            name = inst.callee.symbol
            plt = self.pic and name not in self.local_symbols
            self.emit(f"call\t{name}{'@plt' if plt else ''}")
        else:
            self.emit("jalr\tt1")
        if inst.dst is not None:
            self.result(inst.dst, abi.return_loc(inst.dst.ty))
        if inst.ret_mem is not None:
            self.pieces(inst.ret_mem, inst.ret_pieces, store=True)

    def result(self, dst: ir.VReg, reg: str) -> None:
        """A value a call or an asm left in register reg, moved to where dst lives."""
        w = self.where(dst)
        if isinstance(w, int):
            self.s0_access("fsd" if is_freg(reg) else "sd", reg, self.spill_offset(w))
        else:
            self.move(w, reg, dst.ty)

    def place(self, pairs: list[tuple[str, ir.Operand]]) -> None:
        """Values to their locations (registers, `sp+N`) all at once, whatever register
        each is in now: stack first, then integer register moves, then floats bound for
        a registers (read before the f moves), then the f register moves; constants and
        spilled values are loaded after the moves."""
        imoves: list[tuple[str, str]] = []
        fmoves: list[tuple[str, str]] = []
        later: list[tuple[str, ir.Operand]] = []
        crossing: list[tuple[str, ir.Operand]] = []
        flater: list[tuple[str, ir.Operand]] = []
        for loc, arg in pairs:
            if loc.startswith("sp+"):
                store = "fsd" if arg.ty.is_float else "sd"  # 8 bytes, extended
                self.emit(f"{store}\t{self.src(arg, 't0')}, {loc[3:]}(sp)")
                continue
            w = self.where(arg) if isinstance(arg, ir.VReg) else None
            if arg.ty.is_float and not is_freg(loc):
                crossing.append((loc, arg))
            elif isinstance(w, str):
                (fmoves if is_freg(loc) else imoves).append((loc, w))
            else:
                (flater if is_freg(loc) else later).append((loc, arg))
        self.parallel_move(imoves)
        for reg, op in later + crossing:
            self.into(op, reg)
        self.parallel_move(fmoves)
        for reg, op in flater:
            self.into(op, reg)

    def inline_asm(self, inst: ir.InlineAsm) -> None:
        """The template with its operands: each register operand in its own a (fa)
        register — the allocator treats an asm like a call, so all of them are free —
        a memory operand as 0(aK), a constant as its value; then the output moved home."""
        pinned = {a.constraint.lstrip("=+&")[1:-1] for a in inst.args
                  if a.constraint.lstrip("=+&").startswith("{")}  # fmt: skip
        ints = iter(r for r in (f"a{i}" for i in range(8)) if r not in pinned)
        fps = iter(r for r in (f"fa{i}" for i in range(8)) if r not in pinned)
        texts: list[str] = []
        pairs: list[tuple[str, ir.Operand]] = []
        out_reg = None
        for k, arg in enumerate(inst.args):
            kind = arg.constraint.lstrip("=+&")
            if kind.isdigit():  # the same register as that (output) operand
                texts.append(texts[int(kind)])
                if arg.value is not None:
                    pairs.append((texts[-1], arg.value))
                continue
            if "i" in kind or "n" in kind:
                assert isinstance(arg.value, ir.Imm)
                texts.append(str(rep(arg.value.value, arg.value.ty)))
                continue
            own = kind[1:-1] if kind.startswith("{") else None  # lower.py's _pinned
            reg = own or (next(fps) if "f" in kind else next(ints))
            texts.append(f"0({reg})" if "m" in kind or "A" in kind else reg)
            if k == 0 and inst.dst is not None:
                out_reg = reg
            if arg.value is not None:
                pairs.append((reg, arg.value))
        self.place(pairs)
        self.out.append("\t" + expand_template(inst.template, texts, inst.args))
        if inst.dst is not None and out_reg is not None:
            self.result(inst.dst, out_reg)

    def move(self, rd: str, rs: str, ty: Ty) -> None:
        if rd != rs:
            self.emit(f"fmv.{fsuffix(ty)}\t{rd}, {rs}" if ty.is_float else f"mv\t{rd}, {rs}")

    def pieces(self, mem: ir.Mem, pieces: tuple[ir.Piece, ...], store: bool) -> None:
        """A struct's register pieces stored to (or loaded from) memory, through t1."""
        self.address_into(mem, "t1")
        for (ty, off), reg in zip(pieces, abi.piece_locs([t for t, _ in pieces]), strict=True):
            if store:
                self.emit(f"{store_op(ty)}\t{reg}, {off}(t1)")
            else:
                self.emit(f"{_LOAD[ty]}\t{reg}, {off}(t1)")

    def address_into(self, mem: ir.Mem, reg: str) -> None:
        """The address a memory operand designates, into register reg."""
        match mem.base:
            case ir.SlotAddr(slot, off):
                base, extra = self.slot_base(slot, reg)
                self.add_const(reg, base, extra + off + mem.offset)
            case ir.SymAddr(symbol, off):
                self.symbol_address(reg, symbol, off + mem.offset)
            case _:
                self.into(mem.base, reg)
                if mem.offset:
                    self.add_const(reg, reg, mem.offset)

    def block_op(self, dst: ir.Operand, src: ir.Operand | None, size: int, align: int) -> None:
        """Copy (src given) or clear `size` bytes at dst, in the widest aligned pieces."""
        self.into(dst, "t2")
        if src is not None:
            self.into(src, "t1")
        chunk = min(align, 8)
        count = size // chunk
        if count > 16:
            loop = self.fresh("copy")
            self.add_const("t3", "t2", count * chunk)
            self.out.append(f"{loop}:")
            self.move_piece(src, chunk, 0)
            self.emit(f"addi\tt2, t2, {chunk}")
            if src is not None:
                self.emit(f"addi\tt1, t1, {chunk}")
            self.emit(f"bne\tt2, t3, {loop}")
            done = count * chunk
            offset = 0
        else:
            done = offset = 0
        while done < size:
            while done + chunk > size:
                chunk //= 2
            self.move_piece(src, chunk, offset)
            done += chunk
            offset += chunk

    def move_piece(self, src: ir.Operand | None, chunk: int, offset: int) -> None:
        if src is None:
            self.emit(f"{_STORE[chunk]}\tzero, {offset}(t2)")
            return
        load = {1: "lbu", 2: "lhu", 4: "lwu", 8: "ld"}[chunk]
        self.emit(f"{load}\tt0, {offset}(t1)")
        self.emit(f"{_STORE[chunk]}\tt0, {offset}(t2)")

    # --- terminators

    def fusable(self, b: ir.Block) -> bool:
        """Whether the block ends in a comparison that only its branch reads (then the
        comparison's vreg has no register: regalloc.fused_blocks)."""
        return b.label in self.alloc.fused

    def terminator(self, b: ir.Block, nxt: str | None, fused: bool) -> None:
        match b.term:
            case ir.Jump(target):
                if target != nxt:
                    self.emit(f"j\t{self.label(target)}")
            case ir.Branch(cond, t, f):
                if fused:
                    last = b.insts[-1]
                    assert isinstance(last, ir.Compare)
                    self.compare_branch(last, t, f, nxt)
                elif isinstance(cond, ir.Imm):
                    target = t if cond.value else f
                    if target != nxt:
                        self.emit(f"j\t{self.label(target)}")
                else:
                    rc = self.src(cond, "t0")
                    self.two_way(("bnez", rc), ("beqz", rc), t, f, nxt)
            case ir.Switch():
                self.switch(b.term, nxt)
            case ir.Return(value, mem, pieces):
                if mem is not None:
                    self.pieces(mem, pieces, store=False)
                elif value is not None:
                    self.into(value, abi.return_loc(value.ty))
                self.epilogue()
            case ir.Unreachable():
                self.emit("ebreak")

    def two_way(self, yes: tuple[str, ...], no: tuple[str, ...], t: str, f: str,
                nxt: str | None) -> None:  # fmt: skip
        """Branch to t if `yes` holds (`no` is its negation), else to f."""
        if t == f:
            if t != nxt:
                self.emit(f"j\t{self.label(t)}")
        elif t == nxt:
            self.emit(f"{no[0]}\t{', '.join(no[1:])}, {self.label(f)}")
        else:
            self.emit(f"{yes[0]}\t{', '.join(yes[1:])}, {self.label(t)}")
            if f != nxt:
                self.emit(f"j\t{self.label(f)}")

    def compare_branch(self, cmp: ir.Compare, t: str, f: str, nxt: str | None) -> None:
        ra = self.src(cmp.a, "t0")
        rb = self.src(cmp.b, "t1")
        op = cmp.op
        if op in _SWAPPED:
            op, ra, rb = _SWAPPED[op], rb, ra
        negate = {"eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt"}[op]
        u = "u" if not cmp.ty.signed and op not in ("eq", "ne") else ""
        self.two_way((_BRANCH[op] + u, ra, rb), (_BRANCH[negate] + u, ra, rb), t, f, nxt)

    def switch(self, sw: ir.Switch, nxt: str | None) -> None:
        rv = self.src(sw.value, "t0")
        cases = sorted((rep(v, sw.value.ty), label) for v, label in sw.cases)
        if not cases:
            self.emit(f"j\t{self.label(sw.default)}")
            return
        low, high = cases[0][0], cases[-1][0]
        if len(cases) < 4 or high - low >= 3 * len(cases) + 8:
            for v, label in cases:
                if v == 0:
                    self.emit(f"beqz\t{rv}, {self.label(label)}")
                else:
                    self.emit(f"li\tt1, {v}")
                    self.emit(f"beq\t{rv}, t1, {self.label(label)}")
            if sw.default != nxt:
                self.emit(f"j\t{self.label(sw.default)}")
            return
        table = self.fresh("table")
        self.add_const("t1", rv, Ty.I64.wrap(-low))
        self.emit(f"li\tt2, {high - low}")
        self.emit(f"bgtu\tt1, t2, {self.label(sw.default)}")
        self.emit("slli\tt1, t1, 3")
        self.emit(f"lla\tt2, {table}")
        self.emit("add\tt1, t1, t2")
        self.emit("ld\tt1, 0(t1)")
        self.emit("jr\tt1")
        by_value = dict(cases)
        self.tables.append(f"\t.align\t3\n{table}:")
        for v in range(low, high + 1):
            self.tables.append(f"\t.dword\t{self.label(by_value.get(v, sw.default))}")


def expand_template(template: str, texts: list[str], args: tuple[ir.AsmArg, ...]) -> str:
    """An asm template with %N (%zN: `zero` for a constant 0), %[name] and %% done."""
    names = {a.name: k for k, a in enumerate(args) if a.name}
    out: list[str] = []
    i = 0
    while i < len(template):
        c = template[i]
        if c != "%" or i + 1 == len(template):
            out.append(c)
            i += 1
            continue
        nxt = template[i + 1]
        if nxt in "%=":
            out.append("%" if nxt == "%" else "0")
            i += 2
            continue
        z = nxt == "z"
        j = i + 1 + z
        if j < len(template) and template[j] == "[":
            end = template.index("]", j)
            k = names[template[j + 1 : end]]
            j = end + 1
        else:
            start = j
            while j < len(template) and template[j].isdigit():
                j += 1
            k = int(template[start:j])
        text = texts[k]
        out.append("zero" if z and text == "0" else text)
        i = j
    return "".join(out).replace("\n", "\n\t")


def immediate(op: str, ty: Ty, b: ir.Operand) -> int | None:
    """The 12-bit immediate to use for operand b of a binary operation, if it has such
    a form."""
    if not isinstance(b, ir.Imm):
        return None
    if op in ("shl", "shr"):
        return b.value & (31 if ty.bits == 32 else 63)
    value = rep(b.value, b.ty)
    if op == "sub":
        value = -value
    ok = op in _IMMEDIATE or op == "sub"
    if ty.bits == 32 and op in ("add", "sub"):
        value = Ty.I32.wrap(value)
    return value if ok and fits12(value) else None


def compare_immediate(op: str, ty: Ty, b: ir.Operand) -> bool:
    """Whether a comparison (one whose value is kept, not fused with a branch) takes
    operand b as an immediate (or as the zero register)."""
    if not isinstance(b, ir.Imm) or ty.is_float:
        return False
    if op in ("eq", "ne"):
        return b.value == 0 or fits12(-rep(b.value, ty))
    return b.value == 0 or (op == "lt" and fits12(rep(b.value, ty)))


def _immediate_name(op: str, ty: Ty) -> str:
    if op == "shr":
        name = "srai" if ty.signed else "srli"
    elif op == "sub":
        name = "addi"
    else:
        name = _IMMEDIATE[op]
    return name + "w" if ty.bits == 32 and op in ("add", "sub", "shl", "shr") else name


# ------------------------------------------------------------------------- modules


def _binding(name: str, local: bool, attrs: tuple[tuple[str, str], ...]) -> list[str]:
    """`.globl` / `.weak` and `.hidden` ... for a symbol and its attributes."""
    a = dict(attrs)
    out = []
    if "weak" in a:
        out.append(f"\t.weak\t{name}")
    elif not local:
        out.append(f"\t.globl\t{name}")
    if a.get("visibility", "default") != "default":
        out.append(f"\t.{a['visibility']}\t{name}")
    return out


def _section(attrs: tuple[tuple[str, str], ...], default: str, flags: str) -> str:
    section = dict(attrs).get("section")
    return f'.section\t{section},"{flags}",@progbits' if section else default


def _init_arrays(name: str, attrs: tuple[tuple[str, str], ...]) -> list[str]:
    """A constructor's (destructor's) address in .init_array (.fini_array): crt1 and
    glibc call every entry before main (after it returns)."""
    out = []
    for flag, section in (("constructor", ".init_array"), ("destructor", ".fini_array")):
        if flag in dict(attrs):
            out += [f'\t.section\t{section},"aw"', "\t.align\t3", f"\t.dword\t{name}"]
    return out


def function_text(fn: ir.Function, registers: int | None = None, pic: bool = False,
                  local_symbols: frozenset[str] = frozenset()) -> str:  # fmt: skip
    lines = ["\t" + _section(fn.attrs, ".text", "ax"), "\t.align\t1"]
    lines += _binding(fn.name, fn.local, fn.attrs)
    if "naked" in dict(fn.attrs):  # no frame, no return: only its asm statements
        body = ["\t" + expand_template(inst.template, [], ()) for blk in fn.blocks
                for inst in blk.insts if isinstance(inst, ir.InlineAsm)]  # fmt: skip
        lines += [f"\t.type\t{fn.name}, @function", f"{fn.name}:", *body,
                  f"\t.size\t{fn.name}, .-{fn.name}"]  # fmt: skip
        return "\n".join(lines + _init_arrays(fn.name, fn.attrs)) + "\n"
    alloc = regalloc.allocate(fn, registers)
    gen = FunctionGen(fn, alloc, lay_out(fn, alloc), pic=pic, local_symbols=local_symbols)
    gen.generate()
    lines += [f"\t.type\t{fn.name}, @function", f"{fn.name}:", *gen.out,
              f"\t.size\t{fn.name}, .-{fn.name}"]  # fmt: skip
    if gen.tables:
        lines += ["\t.section\t.rodata", *gen.tables]
    lines += _init_arrays(fn.name, fn.attrs)
    return "\n".join(lines) + "\n"


def global_text(g: ir.Global) -> str:
    section = {ir.Section.DATA: ".data", ir.Section.RODATA: ".section\t.rodata",
               ir.Section.BSS: ".bss"}[g.section]  # fmt: skip
    if g.tls:
        section = ('.section\t.tbss,"awT",@nobits' if g.section is ir.Section.BSS
                   else '.section\t.tdata,"awT",@progbits')  # fmt: skip
    if not g.tls:
        section = _section(g.attrs, section, "aw")
    lines = [f"\t{section}", *_binding(g.name, g.local, g.attrs)]
    kind = "tls_object" if g.tls else "object"
    lines += [f"\t.align\t{(g.align - 1).bit_length()}", f"\t.type\t{g.name}, @{kind}",
              f"\t.size\t{g.name}, {g.size}", f"{g.name}:"]  # fmt: skip
    if g.section is ir.Section.BSS:
        lines.append(f"\t.zero\t{max(g.bss_size, 1)}")
    for item in g.items:
        lines.append("\t" + _item_text(item))
    return "\n".join(lines) + "\n"


def _item_text(item: ir.DataItem) -> str:
    match item:
        case ir.IntData(size, value):
            return f"{_DATA[size]}\t{value}"
        case ir.BytesData(data):
            if data.endswith(b"\0") and b"\0" not in data[:-1]:
                return f".string\t{ir.format_bytes(data[:-1])}"
            return f".ascii\t{ir.format_bytes(data)}"
        case ir.ZeroData(size):
            return f".zero\t{size}"
        case ir.AddrData(symbol, offset):
            return f".dword\t{symbol}{ir.offset_text(offset)}"


def codegen(module: ir.Module, registers: int | None = None, pic: bool = False) -> str:
    """The assembly text of a (verified) module. `registers` limits the registers the
    allocator may use of each class, to exercise spilling in tests; `pic` is -fPIC
    (code for a shared library: a symbol another module may define is reached through
    the GOT, called through the PLT; thread-locals by the initial-exec model)."""
    own = frozenset(
        [g.name for g in module.globals if g.local or ("visibility", "hidden") in g.attrs]
        + [f.name for f in module.functions if f.local or ("visibility", "hidden") in f.attrs]
    )
    parts = ["\t.option\tpic\n"] if pic else []
    parts += [global_text(g) for g in module.globals]
    parts += [function_text(fn, registers, pic, own) for fn in module.functions]
    for name, target, attrs in module.aliases:
        local = ("local", "") in attrs
        parts.append("\n".join([*_binding(name, local, attrs), f"\t.set\t{name}, {target}"]))
        parts.append("\n")
    return "".join(parts)


def main(argv: list[str]) -> int:
    """`python -m groundup.cc.codegen [-O1] [--registers=N] FILE.ir`: its assembly."""
    from groundup.cc import irparse

    registers, optimized = None, False
    while argv and argv[0].startswith("-") and argv[0] != "-":
        flag = argv.pop(0)
        if flag == "-O1":
            optimized = True
        elif flag.startswith("--registers=") and flag[12:].isdigit():
            registers = int(flag[12:])
        else:
            print(f"unknown option {flag} (expected -O1, --registers=N)", file=sys.stderr)
            return 2
    return irparse.run_tool(argv, lambda m: _codegen_of_main(m, registers, optimized), "codegen")


def _codegen_of_main(module: ir.Module, registers: int | None, optimized: bool) -> str:
    # run as a script this module is __main__; use the copy irparse's classes match
    from groundup.cc import codegen as real
    from groundup.cc import optimize, verify

    if optimized:
        module = optimize.optimize(module)
        verify.verify(module)
    return real.codegen(module, registers)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
