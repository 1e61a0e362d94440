"""Code generation: IR -> RISC-V assembly text (GNU as syntax) for `groundup as`.

Its place in the path of a program: IR ─codegen─> hello.s ─as─> hello.o.

Each function gets a frame that gdb and the book's pictures can walk, addressed
from the frame pointer s0 (= the stack pointer at entry, the canonical frame address):

        s0 ->  +-----------------------+  (caller's frame above: its stack arguments at
               | ra                    |   0(s0), 8(s0) ... for parameters 9, 10 ...)
               | caller's s0           |   -8(s0), -16(s0)
               | s1 .. s11 (those used)|
               | stack slots           |   locals whose address is taken, arrays, structs
               | spill slots           |   8 bytes per spilled vreg
               | outgoing arguments    |   the 9th, 10th ... argument of a call
        sp ->  +-----------------------+   16-byte aligned

The calling convention is the RISC-V psABI's LP64D for integers and pointers:
arguments in a0-a7 then on the stack (8 bytes each), the result in a0, s0-s11
callee-saved, every value narrower than 64 bits extended to 64 according to its
type (32-bit values, unsigned ones too, sign-extended) — which is also how this
code generator keeps every value in a register, so passing is a move.
Register allocation is regalloc.py's; t0-t3 are scratch registers here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from groundup.cc import ir, regalloc
from groundup.cc.ir import Ty

_LOAD = {Ty.I8: "lb", Ty.U8: "lbu", Ty.I16: "lh", Ty.U16: "lhu", Ty.I32: "lw", Ty.U32: "lw",
         Ty.I64: "ld", Ty.U64: "ld", Ty.PTR: "ld"}  # fmt: skip
_STORE = {1: "sb", 2: "sh", 4: "sw", 8: "sd"}
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


def lay_out(fn: ir.Function, alloc: regalloc.Allocation) -> Frame:
    frame = Frame()
    top = 16  # ra, caller's s0
    for r in alloc.callee_saved:
        top += 8
        frame.saved[r] = -top
    for s in fn.slots:
        top = _align(top + s.size, min(s.align, 16))
        frame.slots[s.name] = -top
    top = _align(top, 8) + 8 * alloc.spills
    frame.spill_base = -top + 8 * (alloc.spills - 1) if alloc.spills else 0
    outgoing = 0
    for b in fn.blocks:
        for inst in b.insts:
            if isinstance(inst, ir.Call):
                outgoing = max(outgoing, 8 * (len(inst.args) - 8))
    frame.size = _align(top + outgoing, 16)
    return frame


# ----------------------------------------------------------------------- functions


@dataclass(slots=True)
class FunctionGen:
    fn: ir.Function
    alloc: regalloc.Allocation
    frame: Frame
    out: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # jump tables, for .rodata
    next_label: int = 0

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
        """Put the value of an operand into register reg."""
        match op:
            case ir.VReg():
                w = self.where(op)
                if isinstance(w, int):
                    self.s0_access("ld", reg, self.spill_offset(w))
                elif w != reg:
                    self.emit(f"mv\t{reg}, {w}")
            case ir.Imm(value, ty):
                self.emit(f"li\t{reg}, {rep(value, ty)}")
            case ir.SlotAddr(slot, offset):
                self.add_const(reg, "s0", self.frame.slots[slot] + offset)
            case ir.SymAddr(symbol, offset):
                self.emit(f"lla\t{reg}, {symbol}{ir.offset_text(offset)}")

    def add_const(self, rd: str, rs: str, value: int) -> None:
        if fits12(value):
            self.emit(f"addi\t{rd}, {rs}, {value}")
        else:
            self.emit(f"li\t{rd}, {value}")
            self.emit(f"add\t{rd}, {rd}, {rs}")

    def src(self, op: ir.Operand, scratch: str) -> str:
        """A register holding the operand: its own, or scratch loaded with it."""
        if isinstance(op, ir.VReg) and isinstance(self.where(op), str):
            return str(self.where(op))
        if isinstance(op, ir.Imm) and op.value == 0:
            return "zero"
        self.into(op, scratch)
        return scratch

    def dst(self, v: ir.VReg) -> str:
        """The register to compute v in (t0 when v is spilled; `done` stores it)."""
        w = self.where(v)
        return w if isinstance(w, str) else "t0"

    def done(self, v: ir.VReg) -> None:
        w = self.where(v)
        if isinstance(w, int):
            self.s0_access("sd", "t0", self.spill_offset(w))

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
                base, offset = "s0", self.frame.slots[slot] + off + mem.offset
            case ir.SymAddr(symbol, off):
                self.emit(f"lla\t{scratch}, {symbol}{ir.offset_text(off + mem.offset)}")
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
        n = self.frame.size
        if n < 2048:
            self.emit(f"addi\tsp, sp, -{n}")
            self.emit(f"sd\tra, {n - 8}(sp)")
            self.emit(f"sd\ts0, {n - 16}(sp)")
            self.emit(f"addi\ts0, sp, {n}")
        else:
            self.emit("addi\tsp, sp, -16")
            self.emit("sd\tra, 8(sp)")
            self.emit("sd\ts0, 0(sp)")
            self.emit("addi\ts0, sp, 16")
            self.emit(f"li\tt0, {n - 16}")
            self.emit("sub\tsp, sp, t0")
        for r, off in self.frame.saved.items():
            self.emit(f"sd\t{r}, {off}(s0)")

    def epilogue(self) -> None:
        for r, off in self.frame.saved.items():
            self.emit(f"ld\t{r}, {off}(s0)")
        n = self.frame.size
        if n < 2048:
            self.emit(f"ld\tra, {n - 8}(sp)")
            self.emit(f"ld\ts0, {n - 16}(sp)")
            self.emit(f"addi\tsp, sp, {n}")
        else:
            self.emit("addi\tsp, s0, -16")
            self.emit("ld\tra, 8(sp)")
            self.emit("ld\ts0, 0(sp)")
            self.emit("addi\tsp, sp, 16")
        self.emit("ret")

    def parameters(self) -> None:
        """Move the incoming arguments (a0-a7, then 0(s0), 8(s0) ...) where they live."""
        moves: list[tuple[str, str]] = []
        for k, p in enumerate(self.fn.params):
            w = self.alloc.where.get(p.id)
            if w is None or k >= 8:
                continue
            if isinstance(w, int):
                self.s0_access("sd", f"a{k}", self.spill_offset(w))
            else:
                moves.append((w, f"a{k}"))
        self.parallel_move(moves)
        for k, p in enumerate(self.fn.params[8:]):
            if p.id in self.alloc.where:
                reg = self.dst(p)
                self.s0_access("ld", reg, 8 * k)
                self.done(p)

    def parallel_move(self, moves: list[tuple[str, str]]) -> None:
        """Register to register moves (dst, src) that happen at once; t0 breaks cycles."""
        pending = [(d, s) for d, s in moves if d != s]
        while pending:
            sources = {s for _, s in pending}
            ready = next((m for m in pending if m[0] not in sources), None)
            if ready is not None:
                self.emit(f"mv\t{ready[0]}, {ready[1]}")
                pending.remove(ready)
                continue
            d = pending[0][0]  # every destination is still to be read: save one
            self.emit(f"mv\tt0, {d}")
            pending = [(dd, "t0" if s == d else s) for dd, s in pending]

    # --- instructions

    def instruction(self, inst: ir.Inst) -> None:
        match inst:
            case ir.Copy(dst, src):
                rd = self.dst(dst)
                self.into(src, rd)
                self.done(dst)
            case ir.Binary():
                self.binary(inst)
            case ir.Unary(op, dst, a):
                rd = self.dst(dst)
                ra = self.src(a, "t1")
                if op == "neg":
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
                self.emit(f"{_STORE[ty.size]}\t{rv}, {off}({base})")
            case ir.Call():
                self.call(inst)
            case ir.BlockCopy(dst, src, size, align):
                self.block_op(dst, src, size, align)
            case ir.BlockZero(dst, size, align):
                self.block_op(dst, None, size, align)

    def binary(self, inst: ir.Binary) -> None:
        op, dst, a, b = inst.op, inst.dst, inst.a, inst.b
        ty = dst.ty
        rd = self.dst(dst)
        wide = 0 if ty.bits == 32 else 1
        if op in _SIGNED_BINARY:
            name = _SIGNED_BINARY[op][0 if ty.signed else 1][wide]
        else:
            name = _BINARY[op][wide]
        imm = self.immediate(op, ty, b)
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

    def immediate(self, op: str, ty: Ty, b: ir.Operand) -> int | None:
        """The 12-bit immediate to use for operand b, if the operation has such a form."""
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

    def compare(self, inst: ir.Compare) -> None:
        op, ty, dst, a, b = inst.op, inst.ty, inst.dst, inst.a, inst.b
        rd = self.dst(dst)
        ra = self.src(a, "t1")
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
        if isinstance(src, ir.Imm):
            self.emit(f"li\t{rd}, {rep(src.value, d)}")
        elif regalloc.same_register_form(d, s):
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
        for k, arg in enumerate(inst.args[8:]):
            self.emit(f"sd\t{self.src(arg, 't0')}, {8 * k}(sp)")
        moves: list[tuple[str, str]] = []
        later: list[tuple[str, ir.Operand]] = []
        targets = [(f"a{k}", a) for k, a in enumerate(inst.args[:8])]
        direct = isinstance(inst.callee, ir.SymAddr) and inst.callee.offset == 0
        if not direct:
            targets.append(("t1", inst.callee))
        for reg, op in targets:
            if isinstance(op, ir.VReg) and isinstance(self.where(op), str):
                moves.append((reg, str(self.where(op))))
            else:
                later.append((reg, op))
        self.parallel_move(moves)
        for reg, op in later:
            self.into(op, reg)
        if direct:
            assert isinstance(inst.callee, ir.SymAddr)
            self.emit(f"call\t{inst.callee.symbol}")
        else:
            self.emit("jalr\tt1")
        if inst.dst is not None:
            w = self.where(inst.dst)
            if isinstance(w, int):
                self.s0_access("sd", "a0", self.spill_offset(w))
            elif w != "a0":
                self.emit(f"mv\t{w}, a0")

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
        """Whether the block ends in a comparison that only its branch reads."""
        if not b.insts or not isinstance(b.term, ir.Branch):
            return False
        last = b.insts[-1]
        return (isinstance(last, ir.Compare) and b.term.cond == last.dst
                and last.dst.id not in self.alloc.live_out[b.label])  # fmt: skip

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
            case ir.Return(value):
                if value is not None:
                    self.into(value, "a0")
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


def _immediate_name(op: str, ty: Ty) -> str:
    if op == "shr":
        name = "srai" if ty.signed else "srli"
    elif op == "sub":
        name = "addi"
    else:
        name = _IMMEDIATE[op]
    return name + "w" if ty.bits == 32 and op in ("add", "sub", "shl", "shr") else name


# ------------------------------------------------------------------------- modules


def function_text(fn: ir.Function, registers: int | None = None) -> str:
    alloc = regalloc.allocate(fn, registers)
    gen = FunctionGen(fn, alloc, lay_out(fn, alloc))
    gen.generate()
    lines = ["\t.text", "\t.align\t1"]
    if not fn.local:
        lines.append(f"\t.globl\t{fn.name}")
    lines += [f"\t.type\t{fn.name}, @function", f"{fn.name}:", *gen.out,
              f"\t.size\t{fn.name}, .-{fn.name}"]  # fmt: skip
    if gen.tables:
        lines += ["\t.section\t.rodata", *gen.tables]
    return "\n".join(lines) + "\n"


def global_text(g: ir.Global) -> str:
    section = {ir.Section.DATA: ".data", ir.Section.RODATA: ".section\t.rodata",
               ir.Section.BSS: ".bss"}[g.section]  # fmt: skip
    lines = [f"\t{section}"]
    if not g.local:
        lines.append(f"\t.globl\t{g.name}")
    lines += [f"\t.align\t{(g.align - 1).bit_length()}", f"\t.type\t{g.name}, @object",
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


def codegen(module: ir.Module, registers: int | None = None) -> str:
    """The assembly text of a (verified) module. `registers` limits the registers the
    allocator may use of each class, to exercise spilling in tests."""
    parts = [global_text(g) for g in module.globals]
    parts += [function_text(fn, registers) for fn in module.functions]
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
