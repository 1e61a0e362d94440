"""The intermediate representation: three-address code in basic blocks, with a CFG.

Its place in the path of a program: typed AST ─lower─> IR ─codegen─> RISC-V assembly.
A `Module` holds global data and functions; a `Function` holds parameters, stack
slots and basic blocks; a `Block` is a label, straight-line instructions and one
terminator. Instructions work on *virtual registers* (`VReg`), of which a function
may have any number; each has one value type (`Ty`), and may be assigned more than
once (the IR is not SSA, so a C variable whose address is never taken can simply be
a vreg). Memory is reached only through `Load`, `Store` and the block operations.

The printed form (`--dump-ir`; `irparse.py` reads it back) looks like:

    data @counter align 4 = i32 0
    rodata local @msg align 1 = "n=%d\\n\\0"

    func @count(%0: i32) -> i32 {
      slot $buf size 16 align 8
    entry:
      %1 = add.i32 %0, 1
      %2 = lt.i32 %1, 10
      br %2, small, big
    small:
      store.i32 [@counter], %1
      %3 = call.i32 @printf(ptr @msg, i32 %1)
      ret.i32 %3
    big:
      ret.i32 0
    }

Operands are a vreg (`%3`), an integer constant (`42`, of the instruction's type), the
address of a stack slot (`$buf`, `$buf+8`) or of a global symbol (`@msg`, `@tab+16`).
Types carry width and signedness: the signedness of `div`, `rem`, `shr`, the compares
and `conv` comes from the type. Values in registers follow the RV64 convention
(32-bit values sign-extended, also `u32`; `u8`/`u16` zero-extended, `i8`/`i16`
sign-extended), which the code generator keeps; the IR itself speaks of values only.

The instructions (`OP.T` names the operation and the type T of its result):

    %d = copy.T a                      %d = conv.S.T a          (C's conversion S -> T)
    %d = add|sub|mul|div|rem|and|or|xor|shl|shr.T a, b       (wrapping, like unsigned C)
    %d = neg|not.T a                   %d = eq|ne|lt|le|gt|ge.T a, b     (%d is an i32)
    %d = load.T [base+off]             store.T [base+off], v
    %d = call.T callee(T1 a1, ...)     call callee(...)        (callee: @f or a vreg)
    blkcopy dst, src, size, align      blkzero dst, size, align
    jmp L    br c, Ltrue, Lfalse    switch.T v, Ldefault, [1: L1, ...]    ret.T v    ret
    unreachable

The companions: `verify.py` (is a module well formed), `irparse.py` (the text back
into a module), `optimize.py` (-O1, -O2: the pass manager of opt_*.py), `regalloc.py`
and `codegen.py` (assembly).
`FunctionBuilder` below is how the AST lowering makes functions.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

# --------------------------------------------------------------------------- types


class Ty(Enum):
    """A value type: integer width and signedness, a pointer, or a binary32/binary64
    floating-point number (C's float and double)."""

    I8 = "i8"
    I16 = "i16"
    I32 = "i32"
    I64 = "i64"
    U8 = "u8"
    U16 = "u16"
    U32 = "u32"
    U64 = "u64"
    PTR = "ptr"
    F32 = "f32"
    F64 = "f64"

    @property
    def size(self) -> int:
        return 8 if self is Ty.PTR else int(self.value[1:]) // 8

    @property
    def signed(self) -> bool:
        return self.value[0] == "i"

    @property
    def bits(self) -> int:
        return self.size * 8

    @property
    def is_float(self) -> bool:
        return self.value[0] == "f"

    def wrap(self, value: int) -> int:
        """The value `value` becomes in this type (modulo 2**bits, C's conversion)."""
        bits = self.bits
        value &= (1 << bits) - 1
        if self.signed and value >> (bits - 1):
            value -= 1 << bits
        return value


TYPES = {t.value: t for t in Ty}

# ------------------------------------------------------------------------ operands


@dataclass(frozen=True, slots=True)
class VReg:
    """A virtual register: a number and its one type."""

    id: int
    ty: Ty

    def __str__(self) -> str:
        return f"%{self.id}"


@dataclass(frozen=True, slots=True)
class Imm:
    """An integer constant of a type (kept as the value `ty.wrap` gives)."""

    value: int
    ty: Ty

    def __str__(self) -> str:
        return str(self.value)


@dataclass(frozen=True, slots=True)
class FImm:
    """A floating-point constant of type f32 or f64, kept as its IEEE bit pattern (so
    NaN payloads and -0.0 survive). Printed as a decimal that reads back exactly, or
    `inf`, `-inf`, `nan`, or `0fHEX` (the raw bits) for other NaNs."""

    bits: int
    ty: Ty

    @staticmethod
    def of(value: float, ty: Ty) -> FImm:
        """The constant nearest to `value` in type ty (f32 rounds to nearest, even)."""
        if ty is Ty.F32:
            try:
                return FImm(struct.unpack("<I", struct.pack("<f", value))[0], ty)
            except OverflowError:  # rounds to an infinity
                return FImm(0xFF800000 if value < 0 else 0x7F800000, ty)
        return FImm(struct.unpack("<Q", struct.pack("<d", value))[0], ty)

    @staticmethod
    def of_int(n: int, ty: Ty) -> FImm:
        """The constant nearest to integer n (rounded once, to nearest even)."""
        keep = 24 if ty is Ty.F32 else 53
        shift = abs(n).bit_length() - keep
        if shift > 0:  # round n to `keep` significant bits first, so float() is exact
            m, rest = divmod(abs(n), 1 << shift)
            half = 1 << (shift - 1)
            if rest > half or (rest == half and m & 1):
                m += 1
            n = (m << shift) * (1 if n >= 0 else -1)
        return FImm.of(float(n), ty)

    @property
    def value(self) -> float:
        if self.ty is Ty.F32:
            return float(struct.unpack("<f", struct.pack("<I", self.bits))[0])
        return float(struct.unpack("<d", struct.pack("<Q", self.bits))[0])

    def __str__(self) -> str:
        v = self.value
        if v != v:
            canonical = FImm.of(float("nan"), self.ty).bits
            return "nan" if self.bits == canonical else f"0f{self.bits:x}"
        if v in (float("inf"), float("-inf")):
            return "inf" if v > 0 else "-inf"
        text = repr(v)
        return text if any(c in text for c in ".en") else text + ".0"


@dataclass(frozen=True, slots=True)
class SlotAddr:
    """The address of a stack slot of the function, plus a byte offset."""

    slot: str
    offset: int = 0

    @property
    def ty(self) -> Ty:
        return Ty.PTR

    def __str__(self) -> str:
        return f"${self.slot}{offset_text(self.offset)}"


@dataclass(frozen=True, slots=True)
class SymAddr:
    """The address of a global symbol (data or function), plus a byte offset."""

    symbol: str
    offset: int = 0

    @property
    def ty(self) -> Ty:
        return Ty.PTR

    def __str__(self) -> str:
        return f"@{self.symbol}{offset_text(self.offset)}"


Operand = VReg | Imm | FImm | SlotAddr | SymAddr


def offset_text(offset: int) -> str:
    """`+8`, `-4`, or nothing for 0: how an offset follows a symbol or a slot."""
    return "" if offset == 0 else f"{offset:+d}"


@dataclass(frozen=True, slots=True)
class Mem:
    """A memory address: an operand (a pointer) plus a constant byte offset."""

    base: Operand
    offset: int = 0

    def __str__(self) -> str:
        if isinstance(self.base, VReg | Imm):
            return f"[{self.base}{offset_text(self.offset)}]"
        return f"[{_with_offset(self.base, self.offset)}]"


def _with_offset(op: Operand, extra: int) -> Operand:
    match op:
        case SlotAddr(slot, offset):
            return SlotAddr(slot, offset + extra)
        case SymAddr(symbol, offset):
            return SymAddr(symbol, offset + extra)
    return op


# -------------------------------------------------------------------- instructions

BINARY_OPS = ("add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr")
UNARY_OPS = ("neg", "not", "abs")  # abs: floats only (fabs)
COMPARE_OPS = ("eq", "ne", "lt", "le", "gt", "ge")


@dataclass(frozen=True, slots=True)
class Copy:
    """dst = src"""

    dst: VReg
    src: Operand

    def __str__(self) -> str:
        return f"{self.dst} = copy.{self.dst.ty.value} {self.src}"


@dataclass(frozen=True, slots=True)
class Binary:
    """dst = a OP b, in type dst.ty (shift counts may be of any integer type)."""

    op: str
    dst: VReg
    a: Operand
    b: Operand

    def __str__(self) -> str:
        return f"{self.dst} = {self.op}.{self.dst.ty.value} {self.a}, {self.b}"


@dataclass(frozen=True, slots=True)
class Unary:
    """dst = -a (neg) or ~a (not)."""

    op: str
    dst: VReg
    a: Operand

    def __str__(self) -> str:
        return f"{self.dst} = {self.op}.{self.dst.ty.value} {self.a}"


@dataclass(frozen=True, slots=True)
class Compare:
    """dst (i32) = 1 if a OP b else 0, comparing as type ty."""

    op: str
    ty: Ty
    dst: VReg
    a: Operand
    b: Operand

    def __str__(self) -> str:
        return f"{self.dst} = {self.op}.{self.ty.value} {self.a}, {self.b}"


@dataclass(frozen=True, slots=True)
class Conv:
    """dst = src converted from type src.ty to dst.ty (C's integer conversions)."""

    dst: VReg
    src: Operand

    def __str__(self) -> str:
        return f"{self.dst} = conv.{self.src.ty.value}.{self.dst.ty.value} {self.src}"


@dataclass(frozen=True, slots=True)
class Load:
    """dst = the dst.ty-sized value at addr (sign- or zero-extended by its type)."""

    dst: VReg
    addr: Mem

    def __str__(self) -> str:
        return f"{self.dst} = load.{self.dst.ty.value} {self.addr}"


@dataclass(frozen=True, slots=True)
class Store:
    """The ty-sized value `value` written at addr."""

    ty: Ty
    addr: Mem
    value: Operand

    def __str__(self) -> str:
        return f"store.{self.ty.value} {self.addr}, {self.value}"


Piece = tuple[Ty, int]  # a register-sized part of a struct value: its type and offset


@dataclass(frozen=True, slots=True)
class Call:
    """dst = callee(args...): a direct call (SymAddr) or through a pointer (VReg).

    `locs` says where each argument travels (`a3`, `fa1`, `sp+8`: see abi.py); empty
    means each in the next register of its class, as abi.natural_locs gives. A struct
    result that comes back in registers is stored to `ret_mem`, piece by piece (floats
    from fa0, fa1, integers from a0, a1, in order)."""

    dst: VReg | None
    callee: Operand
    args: tuple[Operand, ...]
    locs: tuple[str, ...] = ()
    ret_mem: Mem | None = None
    ret_pieces: tuple[Piece, ...] = ()

    @property
    def arg_locs(self) -> tuple[str, ...]:
        return self.locs or self.natural()

    def __post_init__(self) -> None:
        if self.locs and self.locs == self.natural():  # one way to say it: not at all
            object.__setattr__(self, "locs", ())

    def natural(self) -> tuple[str, ...]:
        from groundup.cc.abi import natural_locs

        return natural_locs([a.ty for a in self.args])

    def __str__(self) -> str:
        text = f"{self.callee}({format_args(self.args, self.locs)})"
        if self.ret_mem is not None:
            text += f" -> {self.ret_mem} {format_pieces(self.ret_pieces)}"
        if self.dst is None:
            return f"call {text}"
        return f"{self.dst} = call.{self.dst.ty.value} {text}"


def format_args(args: tuple[Operand, ...] | list[VReg], locs: tuple[str, ...] | list[str],
                params: bool = False) -> str:  # fmt: skip
    """`i32 %1, f64 %2` (or `%1: i32` for parameters), each with its location when the
    locations are not the natural ones."""
    from groundup.cc.abi import natural_locs

    show = bool(locs) and tuple(locs) != natural_locs([a.ty for a in args])
    out = []
    for k, a in enumerate(args):
        text = f"{a}: {a.ty.value}" if params else f"{a.ty.value} {a}"
        out.append(text + (f" {locs[k]}" if show else ""))
    return ", ".join(out)


def format_pieces(pieces: tuple[Piece, ...]) -> str:
    return "{" + ", ".join(f"{t.value} {off}" for t, off in pieces) + "}"


AMO_OPS = ("swap", "add", "and", "or", "xor", "max", "min", "maxu", "minu")


@dataclass(frozen=True, slots=True)
class Atomic:
    """dst = the old value at [addr], which becomes old OP value, atomically (the A
    extension's amoOP.w/.d; `order` is "", "aq", "rl" or "aqrl")."""

    op: str
    dst: VReg
    addr: Operand
    value: Operand
    order: str = "aqrl"

    def __str__(self) -> str:
        order = f" {self.order}" if self.order else ""
        return f"{self.dst} = amo{self.op}.{self.dst.ty.value} [{self.addr}], {self.value}{order}"


@dataclass(frozen=True, slots=True)
class CompareSwap:
    """dst = the old value at [addr]; if it equals `expected`, `desired` is stored, all
    atomically (an lr.aqrl/sc.rl loop: sequentially consistent)."""

    dst: VReg
    addr: Operand
    expected: Operand
    desired: Operand

    def __str__(self) -> str:
        ty = self.dst.ty.value
        return f"{self.dst} = cas.{ty} [{self.addr}], {self.expected}, {self.desired}"


@dataclass(frozen=True, slots=True)
class Fence:
    """A memory fence: `fence rw,rw`, `fence r,rw`, `fence rw,w` ..."""

    pred: str
    succ: str

    def __str__(self) -> str:
        return f"fence {self.pred}, {self.succ}"


@dataclass(frozen=True, slots=True)
class AsmArg:
    """An operand of inline assembly: its constraint ("r", "f", "m", "i", "=r", "+r",
    "0" ...), its value (an input's, or a memory operand's address), its %[name]."""

    constraint: str
    value: Operand | None = None
    name: str | None = None

    def __str__(self) -> str:
        head = f"[{self.name}] " if self.name else ""
        tail = "" if self.value is None else f" {self.value.ty.value} {self.value}"
        return f"{head}{format_bytes(self.constraint.encode())}{tail}"


@dataclass(frozen=True, slots=True)
class InlineAsm:
    """GNU inline assembly: the template, its operands in the template's numbering, and
    the one register output (args[0]'s) written to dst; the code generator treats it
    like a call (caller-saved registers do not survive it)."""

    template: str
    dst: VReg | None
    args: tuple[AsmArg, ...] = ()
    clobbers: tuple[str, ...] = ()

    def __str__(self) -> str:
        args = ", ".join(str(a) for a in self.args)
        clob = ", ".join(format_bytes(c.encode()) for c in self.clobbers)
        head = f"{self.dst} = asm.{self.dst.ty.value}" if self.dst is not None else "asm"
        return f"{head} {format_bytes(self.template.encode())} ({args}) clobbers ({clob})"


@dataclass(frozen=True, slots=True)
class Alloca:
    """dst = the address of `size` bytes (a run-time value) newly taken from the stack,
    16-byte aligned: a variable-length array. They stay until a `stackrestore`."""

    dst: VReg
    size: Operand

    def __str__(self) -> str:
        return f"{self.dst} = alloca.ptr {self.size}"


@dataclass(frozen=True, slots=True)
class StackSave:
    """dst = the stack pointer (to give back what later allocas take)."""

    dst: VReg

    def __str__(self) -> str:
        return f"{self.dst} = stacksave.ptr"


@dataclass(frozen=True, slots=True)
class StackRestore:
    """The stack pointer back to what a stacksave gave (the end of a VLA's block)."""

    value: Operand

    def __str__(self) -> str:
        return f"stackrestore {self.value}"


@dataclass(frozen=True, slots=True)
class TlsAddr:
    """dst = the address of this thread's copy of a thread-local variable, by the TLS
    model the psABI names:

        le  local exec (executables): the thread pointer tp plus the variable's offset
            in the TLS block, a link-time constant
        ie  initial exec: tp plus the offset the GOT holds (-fPIC, tls_model)
        gd  general dynamic (-fPIC): NOT the variable's address but its tls_index's in
            the GOT (module, offset), which __tls_get_addr takes and answers with the
            address (the lowering emits that call after it)"""

    dst: VReg
    symbol: str
    model: str = "le"

    def __str__(self) -> str:
        model = f" {self.model}" if self.model != "le" else ""
        return f"{self.dst} = tlsaddr.ptr @{self.symbol}{model}"


@dataclass(frozen=True, slots=True)
class VaStart:
    """dst = the address of the first variadic argument of this (variadic) function:
    in the register save area the prologue fills, or on the caller's stack."""

    dst: VReg

    def __str__(self) -> str:
        return f"{self.dst} = vastart.ptr"


@dataclass(frozen=True, slots=True)
class BlockCopy:
    """Copy `size` bytes from src to dst (both aligned to `align`); struct assignment."""

    dst: Operand
    src: Operand
    size: int
    align: int

    def __str__(self) -> str:
        return f"blkcopy {self.dst}, {self.src}, {self.size}, {self.align}"


@dataclass(frozen=True, slots=True)
class BlockZero:
    """Set `size` bytes at dst (aligned to `align`) to zero; `= {0}` initializers."""

    dst: Operand
    size: int
    align: int

    def __str__(self) -> str:
        return f"blkzero {self.dst}, {self.size}, {self.align}"


Inst = (
    Copy
    | Binary
    | Unary
    | Compare
    | Conv
    | Load
    | Store
    | Call
    | BlockCopy
    | BlockZero
    | VaStart
    | TlsAddr
    | Atomic
    | CompareSwap
    | Fence
    | Alloca
    | StackSave
    | StackRestore
    | InlineAsm
)

# --------------------------------------------------------------------- terminators


@dataclass(frozen=True, slots=True)
class Jump:
    target: str

    def __str__(self) -> str:
        return f"jmp {self.target}"


@dataclass(frozen=True, slots=True)
class Branch:
    """To if_true when cond is nonzero, else to if_false."""

    cond: Operand
    if_true: str
    if_false: str

    def __str__(self) -> str:
        return f"br {self.cond}, {self.if_true}, {self.if_false}"


@dataclass(frozen=True, slots=True)
class Switch:
    """To the label of the case equal to value (compared as value.ty), else to default."""

    value: Operand
    default: str
    cases: tuple[tuple[int, str], ...]

    def __str__(self) -> str:
        cases = ", ".join(f"{v}: {label}" for v, label in self.cases)
        return f"switch.{self.value.ty.value} {self.value}, {self.default}, [{cases}]"


@dataclass(frozen=True, slots=True)
class Return:
    """Return value (in a0 or fa0), nothing, or a struct in registers: its pieces loaded
    from `mem` into fa0, fa1 (floats) and a0, a1 (integers), in order."""

    value: Operand | None = None
    mem: Mem | None = None
    pieces: tuple[Piece, ...] = ()

    def __str__(self) -> str:
        if self.mem is not None:
            return f"ret {self.mem} {format_pieces(self.pieces)}"
        if self.value is None:
            return "ret"
        return f"ret.{self.value.ty.value} {self.value}"


@dataclass(frozen=True, slots=True)
class Unreachable:
    """Control never gets here (after a call to a function that does not return)."""

    def __str__(self) -> str:
        return "unreachable"


Terminator = Jump | Branch | Switch | Return | Unreachable

# -------------------------------------------------------------- blocks, functions


@dataclass(slots=True)
class Block:
    label: str
    insts: list[Inst] = field(default_factory=list)
    term: Terminator | None = None  # None only while the block is being built


@dataclass(frozen=True, slots=True)
class Slot:
    """A stack slot: an address-taken local, an array, a struct, a compound literal.
    (Frames are 16-byte aligned; a slot aligned more has its address rounded down
    at run time, in room the frame leaves for it.)"""

    name: str
    size: int
    align: int
    volatile: bool = False  # a volatile object's: every load and store stays


@dataclass(slots=True)
class Function:
    name: str
    params: list[VReg]
    ret: Ty | None  # None: void
    blocks: list[Block] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)
    local: bool = False  # static: not visible outside the module
    param_locs: list[str] = field(default_factory=list)  # empty: abi.natural_locs
    variadic: bool = False  # `...`: the prologue saves the unnamed a registers
    ret_pieces: tuple[Piece, ...] = ()  # a struct returned in registers
    attrs: tuple[tuple[str, str], ...] = ()  # weak, hidden, constructor, section ...

    @property
    def locs(self) -> list[str]:
        """Where each parameter arrives (a register, or `sp+N`: N(s0))."""
        if self.param_locs:
            return self.param_locs
        from groundup.cc.abi import natural_locs

        return list(natural_locs([p.ty for p in self.params]))

    def block(self, label: str) -> Block:
        for b in self.blocks:
            if b.label == label:
                return b
        raise IRError(f"{self.name}: no block {label}")


# ------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class IntData:
    size: int  # 1, 2, 4 or 8 bytes, little-endian
    value: int


@dataclass(frozen=True, slots=True)
class BytesData:
    data: bytes


@dataclass(frozen=True, slots=True)
class ZeroData:
    size: int


@dataclass(frozen=True, slots=True)
class AddrData:
    """An 8-byte address constant: a relocation against symbol, plus offset."""

    symbol: str
    offset: int = 0


DataItem = IntData | BytesData | ZeroData | AddrData


def item_size(item: DataItem) -> int:
    match item:
        case IntData(size, _) | ZeroData(size):
            return size
        case BytesData(data):
            return len(data)
        case AddrData():
            return 8


class Section(Enum):
    DATA = "data"
    RODATA = "rodata"
    BSS = "bss"


@dataclass(frozen=True, slots=True)
class Global:
    """A global variable, static local or string literal: its bytes and relocations."""

    name: str
    section: Section
    align: int
    items: tuple[DataItem, ...] = ()
    bss_size: int = 0  # the size, for a .bss global (which has no items)
    local: bool = False
    tls: bool = False  # thread-local: .tdata / .tbss
    attrs: tuple[tuple[str, str], ...] = ()  # (weak, ""), (hidden, ""), (section, NAME) ...

    @property
    def size(self) -> int:
        if self.section is Section.BSS:
            return self.bss_size
        return sum(item_size(i) for i in self.items)


@dataclass(slots=True)
class Module:
    globals: list[Global] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)
    # symbols defined as other names: (name, target, attrs), `.set name, target`
    aliases: list[tuple[str, str, tuple[tuple[str, str], ...]]] = field(default_factory=list)


class IRError(Exception):
    """An internal compiler error: the IR handed to a stage is malformed."""


# ------------------------------------------------------------------------- uses/defs


def operands_of(inst: Inst | Terminator) -> Iterator[Operand]:
    """The operands an instruction or terminator reads."""
    match inst:
        case Copy(_, src) | Conv(_, src):
            yield src
        case Binary(_, _, a, b) | Compare(_, _, _, a, b):
            yield a
            yield b
        case Unary(_, _, a):
            yield a
        case Load(_, addr):
            yield addr.base
        case Store(_, addr, value):
            yield addr.base
            yield value
        case Call(_, callee, args, _, ret_mem):
            yield callee
            yield from args
            if ret_mem is not None:
                yield ret_mem.base
        case BlockCopy(dst, src, _, _):
            yield dst
            yield src
        case BlockZero(dst, _, _):
            yield dst
        case Atomic(_, _, addr, value):
            yield addr
            yield value
        case Alloca(_, size):
            yield size
        case InlineAsm(_, _, args):
            yield from (a.value for a in args if a.value is not None)
        case StackRestore(value):
            yield value
        case CompareSwap(_, addr, expected, desired):
            yield addr
            yield expected
            yield desired
        case Branch(cond, _, _):
            yield cond
        case Switch(value, _, _):
            yield value
        case Return(value, mem):
            if value is not None:
                yield value
            if mem is not None:
                yield mem.base


def uses(inst: Inst | Terminator) -> Iterator[VReg]:
    """The vregs an instruction or terminator reads."""
    for op in operands_of(inst):
        if isinstance(op, VReg):
            yield op


def defined(inst: Inst | Terminator) -> VReg | None:
    """The vreg an instruction writes, if any."""
    match inst:
        case Copy(dst) | Binary(_, dst) | Unary(_, dst) | Compare(_, _, dst) | Conv(dst):
            return dst
        case Load(dst) | Call(dst) | VaStart(dst) | TlsAddr(dst) | Atomic(_, dst):
            return dst
        case CompareSwap(dst) | Alloca(dst) | StackSave(dst):
            return dst
        case InlineAsm(_, dst):
            return dst
    return None


# ------------------------------------------------------------------------------ CFG


def successors(block: Block) -> list[str]:
    """The labels control can go to from the end of a block, without repeats, in order."""
    match block.term:
        case Jump(target):
            out = [target]
        case Branch(_, t, f):
            out = [t, f]
        case Switch(_, default, cases):
            out = [default, *(label for _, label in cases)]
        case _:
            out = []
    return list(dict.fromkeys(out))


def predecessors(fn: Function) -> dict[str, list[str]]:
    """For each block label, the labels of the blocks that can jump to it."""
    preds: dict[str, list[str]] = {b.label: [] for b in fn.blocks}
    for b in fn.blocks:
        for s in successors(b):
            if s in preds:
                preds[s].append(b.label)
    return preds


def reachable(fn: Function) -> list[str]:
    """The labels reachable from the entry block, in reverse postorder."""
    if not fn.blocks:
        return []
    by_label = {b.label: b for b in fn.blocks}
    seen: set[str] = set()
    order: list[str] = []
    stack: list[tuple[str, Iterator[str]]] = []

    def enter(label: str) -> None:
        seen.add(label)
        stack.append((label, iter(successors(by_label[label]))))

    enter(fn.blocks[0].label)
    while stack:
        label, it = stack[-1]
        nxt = next((s for s in it if s not in seen and s in by_label), None)
        if nxt is None:
            stack.pop()
            order.append(label)
        else:
            enter(nxt)
    return order[::-1]


# -------------------------------------------------------------------------- printer


def format_global(g: Global) -> str:
    head = g.section.value + (" local" if g.local else "") + (" tls" if g.tls else "")
    head += format_attrs(g.attrs) + f" @{g.name} align {g.align}"
    if g.section is Section.BSS:
        return f"{head} size {g.bss_size}"
    return f"{head} = " + ", ".join(_format_item(i) for i in g.items)


def _format_item(item: DataItem) -> str:
    match item:
        case IntData(size, value):
            return f"i{size * 8} {value}"
        case BytesData(data):
            return format_bytes(data)
        case ZeroData(size):
            return f"zero {size}"
        case AddrData(symbol, offset):
            return f"ptr @{symbol}{offset_text(offset)}"


_ESCAPES = {ord("\n"): "\\n", ord("\t"): "\\t", ord("\\"): "\\\\", ord('"'): '\\"', 0: "\\0"}


def format_bytes(data: bytes) -> str:
    """A C-like string literal: printable ASCII as is, the rest escaped."""
    out = []
    for i, c in enumerate(data):
        if c in _ESCAPES:
            esc = _ESCAPES[c]
            # "\0" followed by a digit would read as a longer octal escape
            out.append("\\000" if esc == "\\0" and data[i + 1 : i + 2].isdigit() else esc)
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append(f"\\{c:03o}")
    return '"' + "".join(out) + '"'


def format_function(fn: Function) -> str:
    params = format_args(fn.params, fn.param_locs, params=True)
    if fn.variadic:
        params += ", ..." if params else "..."
    ret = fn.ret.value if fn.ret is not None else "void"
    if fn.ret_pieces:
        ret = format_pieces(fn.ret_pieces)
    local = (" local" if fn.local else "") + format_attrs(fn.attrs)
    lines = [f"func{local} @{fn.name}({params}) -> {ret} {{"]
    lines += [f"  slot ${s.name} size {s.size} align {s.align}" + (" volatile" if s.volatile
              else "") for s in fn.slots]  # fmt: skip
    for b in fn.blocks:
        lines.append(f"{b.label}:")
        lines += [f"  {i}" for i in b.insts]
        lines.append(f"  {b.term}")
    lines.append("}")
    return "\n".join(lines)


def format_attrs(attrs: tuple[tuple[str, str], ...]) -> str:
    """` weak section ".text.hot"`: a symbol's attributes, as the IR prints them."""
    return "".join(f" {k}" + (f" {format_bytes(v.encode())}" if v else "") for k, v in attrs)


def format_module(module: Module) -> str:
    """The printed form of a module (what irparse.parse_module reads back)."""
    parts = [format_global(g) for g in module.globals]
    parts += [f"alias{format_attrs(a)} @{n} = @{t}" for n, t, a in module.aliases]
    text = "\n".join(parts) + "\n" if parts else ""
    for fn in module.functions:
        text += ("\n" if text else "") + format_function(fn) + "\n"
    return text


# ------------------------------------------------------------------------ builder


@dataclass(slots=True)
class FunctionBuilder:
    """Builds a Function instruction by instruction; what the AST lowering uses.

    b = FunctionBuilder("add1", [Ty.I32], Ty.I32)
    x = b.new(Ty.I32)
    b.emit(Binary("add", x, b.params[0], Imm(1, Ty.I32)))
    b.terminate(Return(x))
    fn = b.function
    """

    function: Function
    current: Block
    next_vreg: int = 0
    next_label: int = 0

    def __init__(self, name: str, params: list[Ty], ret: Ty | None, local: bool = False):
        self.next_vreg = 0
        self.next_label = 0
        regs = [self.new(t) for t in params]
        self.current = Block("entry")
        self.function = Function(name, regs, ret, [self.current], [], local)

    @property
    def params(self) -> list[VReg]:
        return self.function.params

    def new(self, ty: Ty) -> VReg:
        """A fresh vreg."""
        self.next_vreg += 1
        return VReg(self.next_vreg - 1, ty)

    def slot(self, name: str, size: int, align: int, volatile: bool = False) -> SlotAddr:
        self.function.slots.append(Slot(name, size, align, volatile))
        return SlotAddr(name)

    def label(self, hint: str = "L") -> str:
        """A fresh block label."""
        self.next_label += 1
        return f"{hint}{self.next_label}"

    def start(self, label: str) -> Block:
        """Begin a new block (the previous one must have been terminated)."""
        self.current = Block(label)
        self.function.blocks.append(self.current)
        return self.current

    def emit(self, inst: Inst) -> None:
        self.current.insts.append(inst)

    def terminate(self, term: Terminator) -> None:
        self.current.term = term


def main(argv: list[str]) -> int:
    """`python -m groundup.cc.ir FILE.ir`: read, verify and print an IR file."""
    from groundup.cc import irparse

    # irparse's own `ir`: run as a script, this module is __main__, a second copy
    return irparse.run_tool(argv, irparse.ir.format_module)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
