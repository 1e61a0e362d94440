"""The IR interpreter: what an IR program means, run directly (integers and pointers).

Its place: beside the code generator, as a second way to run the IR. The optimizer's
tests run a program before and after each pass and compare what the two do, so this
module is written from ir.py's definitions alone (it shares no code with the
optimizer's folding).

Memory is one flat little-endian byte array: globals from GLOBAL_BASE, laid out
from their items; below the top, a stack from which each call takes its slots.
Pointers are plain addresses; a function's address is a small number that only a
call understands. Values are Python ints, each wrapped to its vreg's type.

What the IR leaves undefined raises `Undefined`, naming it: division by zero, a shift
by the width or more, reading a vreg not yet assigned in this call, reading stack
bytes never written, memory outside the globals and the stack, `unreachable`.
A run gets a budget of steps (instructions and terminators); `OutOfSteps` ends it.

Calls to functions the module does not define go to `externals` (name -> Python
function of the machine and the argument values); `LIBC` has printf (d i u x X o c s
p and their flags and lengths), puts, putchar, memcmp, memcpy, memset, strcmp,
strlen, qsort, fflush and exit, writing to `Machine.output`.

    python -m groundup.cc.interp [-O0 | -O1 | -O2] FILE.ir   (optimize, run @main)

Floating point, variadic definitions and struct values in registers are not
interpreted yet (NotImplementedError).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from groundup.cc import ir
from groundup.cc.ir import Ty

GLOBAL_BASE = 0x10000
FUNCTION_BASE = 0x1000  # function k is at FUNCTION_BASE + 4*k (callable, not readable)
STACK_SIZE = 1 << 20


class Undefined(Exception):
    """The program did something whose result the IR (or C) leaves undefined."""


class OutOfSteps(Exception):
    """The run used up its budget of steps (an endless loop, or just a long one)."""


class Exit(Exception):
    """exit(status) was called."""

    def __init__(self, status: int) -> None:
        super().__init__(f"exit({status})")
        self.status = status


External = Callable[["Machine", list[int]], int | None]


def _align(value: int, align: int) -> int:
    return (value + align - 1) // align * align


@dataclass(slots=True)
class Frame:
    """One call's vregs and slot addresses."""

    fn: ir.Function
    regs: dict[int, int] = field(default_factory=dict)
    slots: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Machine:
    module: ir.Module
    externals: dict[str, External]
    steps_left: int = 10_000_000
    output: bytearray = field(default_factory=bytearray)
    memory: bytearray = field(default_factory=bytearray)
    written: bytearray = field(default_factory=bytearray)  # stack bytes: 1 once stored
    symbols: dict[str, int] = field(default_factory=dict)
    at: dict[int, str] = field(default_factory=dict)  # function address -> name
    functions: dict[str, ir.Function] = field(default_factory=dict)
    stack_base: int = 0
    sp: int = 0

    def __post_init__(self) -> None:
        self.functions = {fn.name: fn for fn in self.module.functions}
        top = GLOBAL_BASE
        for g in self.module.globals:
            top = _align(top, g.align)
            self.symbols[g.name] = top
            top += max(g.size, 1)
        self.stack_base = _align(top, 16)
        self.sp = self.stack_base + STACK_SIZE
        self.memory = bytearray(self.sp)
        self.written = bytearray(self.sp)
        self.written[: self.stack_base] = b"\1" * self.stack_base
        for g in self.module.globals:
            self._lay_out(g)

    def _lay_out(self, g: ir.Global) -> None:
        at = self.symbols[g.name]
        for item in g.items:
            match item:
                case ir.IntData(size, value):
                    self.store(at, size, value)
                case ir.BytesData(data):
                    self.memory[at : at + len(data)] = data
                case ir.AddrData(symbol, offset):
                    self.store(at, 8, self.address(symbol) + offset)
            at += ir.item_size(item)

    def address(self, symbol: str) -> int:
        """The address of a global, or of a function (defined here or external)."""
        if symbol not in self.symbols:
            self.symbols[symbol] = FUNCTION_BASE + 4 * len(self.at)
            self.at[self.symbols[symbol]] = symbol
        return self.symbols[symbol]

    # ------------------------------------------------------------------ memory

    def _check(self, addr: int, size: int) -> None:
        if not GLOBAL_BASE <= addr <= len(self.memory) - size:
            raise Undefined(f"access to {size} bytes at {addr:#x}, outside memory")

    def load(self, addr: int, ty: Ty) -> int:
        self._check(addr, ty.size)
        if not all(self.written[addr : addr + ty.size]):
            raise Undefined(f"read of stack bytes at {addr:#x} never written")
        raw = int.from_bytes(self.memory[addr : addr + ty.size], "little")
        return ty.wrap(raw)

    def store(self, addr: int, size: int, value: int) -> None:
        self._check(addr, size)
        self.memory[addr : addr + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
        self.written[addr : addr + size] = b"\1" * size

    def read(self, addr: int, size: int) -> bytes:
        self._check(addr, size)
        if not all(self.written[addr : addr + size]):
            raise Undefined(f"read of stack bytes at {addr:#x} never written")
        return bytes(self.memory[addr : addr + size])

    def write(self, addr: int, data: bytes) -> None:
        self._check(addr, len(data))
        self.memory[addr : addr + len(data)] = data
        self.written[addr : addr + len(data)] = b"\1" * len(data)

    def string(self, addr: int) -> bytes:
        out = bytearray()
        while (c := self.read(addr + len(out), 1)[0]) != 0:
            out.append(c)
        return bytes(out)

    # ------------------------------------------------------------------- calls

    def call(self, callee: str | int, args: list[int]) -> int | None:
        """Call a function by name or address with argument values; its result."""
        name = self.at.get(callee, "") if isinstance(callee, int) else callee
        if name in self.functions:
            return self._run(self.functions[name], args)
        if name in self.externals:
            return self.externals[name](self, args)
        raise Undefined(f"call to {name or callee!r}, which is no function")

    def _run(self, fn: ir.Function, args: list[int]) -> int | None:
        if getattr(fn, "variadic", False):
            raise NotImplementedError("variadic functions")
        frame = Frame(fn, {p.id: p.ty.wrap(a) for p, a in zip(fn.params, args, strict=True)})
        saved = self.sp
        for s in fn.slots:
            self.sp = (self.sp - s.size) // max(s.align, 1) * max(s.align, 1)
            frame.slots[s.name] = self.sp
        if self.sp < self.stack_base:
            raise Undefined("stack overflow")
        self.written[self.sp : saved] = bytes(saved - self.sp)
        try:
            return self._blocks(frame)
        finally:
            self.sp = saved

    def _blocks(self, frame: Frame) -> int | None:
        by_label = {b.label: b for b in frame.fn.blocks}
        block = frame.fn.blocks[0]
        while True:
            self.steps_left -= len(block.insts) + 1
            if self.steps_left < 0:
                raise OutOfSteps(f"in @{frame.fn.name}")
            for inst in block.insts:
                self._exec(inst, frame)
            match block.term:
                case ir.Jump(target):
                    block = by_label[target]
                case ir.Branch(cond, yes, no):
                    block = by_label[yes if self.value(cond, frame) else no]
                case ir.Switch(value, default, cases):
                    v = self.value(value, frame)
                    block = by_label[dict(cases).get(v, default)]
                case ir.Return(value) as ret:
                    if getattr(ret, "mem", None) is not None:
                        raise NotImplementedError("struct values returned in registers")
                    return None if value is None else self.value(value, frame)
                case _:
                    raise Undefined(f"reached {block.term} in @{frame.fn.name}")

    # ------------------------------------------------------------- instructions

    def value(self, op: ir.Operand, frame: Frame) -> int:
        match op:
            case ir.VReg(n):
                if n not in frame.regs:
                    raise Undefined(f"read of {op}, not assigned, in @{frame.fn.name}")
                return frame.regs[n]
            case ir.Imm(value):
                return value
            case ir.SlotAddr(slot, offset):
                return Ty.PTR.wrap(frame.slots[slot] + offset)
            case ir.SymAddr(symbol, offset):
                return Ty.PTR.wrap(self.address(symbol) + offset)
        raise NotImplementedError(f"operand {op}")

    def _exec(self, inst: ir.Inst, frame: Frame) -> None:
        v = self.value
        result: int | None = None
        match inst:
            case ir.Copy(_, src):
                result = v(src, frame)
            case ir.Binary(op, dst, a, b):
                result = binary(op, dst.ty, v(a, frame), v(b, frame))
            case ir.Unary(op, dst, a):
                result = -v(a, frame) if op == "neg" else ~v(a, frame)
            case ir.Compare(op, _, _, a, b):
                result = int(COMPARES[op](v(a, frame), v(b, frame)))
            case ir.Conv(_, src):
                result = v(src, frame)
            case ir.Load(dst, addr):
                result = self.load(Ty.PTR.wrap(v(addr.base, frame) + addr.offset), dst.ty)
            case ir.Store(ty, addr, value):
                self.store(Ty.PTR.wrap(v(addr.base, frame) + addr.offset), ty.size, v(value, frame))
            case ir.Call(_, callee, args):
                if getattr(inst, "ret_mem", None) is not None:
                    raise NotImplementedError("struct values returned in registers")
                target = v(callee, frame)
                result = self.call(target, [v(a, frame) for a in args])
            case ir.BlockCopy(dst, src, size):
                self.write(v(dst, frame), self.read(v(src, frame), size))
            case ir.BlockZero(dst, size):
                self.write(v(dst, frame), bytes(size))
            case _:
                raise NotImplementedError(f"instruction {inst}")
        d = ir.defined(inst)
        if d is not None:
            if result is None:
                raise Undefined(f"{inst}: the callee returned no value")
            if getattr(d.ty, "is_float", False):
                raise NotImplementedError("floating point")
            frame.regs[d.id] = d.ty.wrap(result)


COMPARES: dict[str, Callable[[int, int], bool]] = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
}  # fmt: skip


def binary(op: str, ty: Ty, a: int, b: int) -> int:
    """a OP b on values of type ty (b of any integer type for shifts), before wrapping."""
    match op:
        case "add":
            return a + b
        case "sub":
            return a - b
        case "mul":
            return a * b
        case "div" | "rem":
            if b == 0:
                raise Undefined(f"{op} by zero")
            q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)  # C truncates
            return q if op == "div" else a - q * b
        case "and":
            return a & b
        case "or":
            return a | b
        case "xor":
            return a ^ b
        case "shl" | "shr":
            if not 0 <= b < ty.bits:
                raise Undefined(f"{op} by {b} in {ty.value}")
            return a << b if op == "shl" else a >> b  # a's type: arithmetic or logical
    raise NotImplementedError(f"operation {op}")


# --------------------------------------------------------------------- the C library

_SPEC = re.compile(rb"%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?(hh|h|ll|l|z|j|t)?([diouxXcsp%])")
_BITS = {b"hh": 8, b"h": 16, None: 32}


def printf_text(m: Machine, fmt: bytes, args: list[int]) -> bytes:
    """printf's output for a format and argument values (the common conversions)."""
    out = bytearray()
    queue = list(args)
    pos = 0
    for spec in _SPEC.finditer(fmt):
        out += fmt[pos : spec.start()]
        pos = spec.end()
        flags, width, prec, length, conv = spec.groups()
        if conv == b"%":
            out += b"%"
            continue
        if width == b"*":
            width = str(Ty.I32.wrap(queue.pop(0))).encode()
        if prec == b"*":
            prec = str(Ty.I32.wrap(queue.pop(0))).encode()
        head = b"%" + flags + (width or b"") + (b"." + prec if prec is not None else b"")
        out += _convert(m, head, conv, _BITS.get(length, 64), queue.pop(0))
    return bytes(out + fmt[pos:])


def _convert(m: Machine, head: bytes, conv: bytes, bits: int, arg: int) -> bytes:
    signed = Ty.I64.wrap(arg) if bits == 64 else _wrap(arg, bits, True)
    unsigned = _wrap(arg, bits, False)
    text = head.decode()
    match conv:
        case b"d" | b"i":
            return (text + "d").encode() % signed
        case b"u":
            return (text + "d").encode() % unsigned
        case b"c":
            return (text + "c").encode() % (arg & 0xFF)
        case b"s":
            return (text + "s").encode() % m.string(arg)
        case b"p":
            return (text + "s").encode() % f"{arg:#x}".encode()
    return (text + conv.decode()).encode() % unsigned


def _wrap(value: int, bits: int, signed: bool) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if signed and value >> (bits - 1) else value


def _printf(m: Machine, args: list[int]) -> int:
    text = printf_text(m, m.string(args[0]), args[1:])
    m.output += text
    return len(text)


def _puts(m: Machine, args: list[int]) -> int:
    m.output += m.string(args[0]) + b"\n"
    return 0


def _memcmp(m: Machine, args: list[int]) -> int:
    a, b = m.read(args[0], args[2]), m.read(args[1], args[2])
    return next((x - y for x, y in zip(a, b, strict=True) if x != y), 0)


def _strcmp(m: Machine, args: list[int]) -> int:
    a, b = m.string(args[0]) + b"\0", m.string(args[1]) + b"\0"
    return next((x - y for x, y in zip(a, b, strict=False) if x != y), 0)


def _qsort(m: Machine, args: list[int]) -> None:
    """An insertion sort that calls the program's comparison, as qsort would."""
    base, n, size, compare = args
    for i in range(1, n):
        j = i
        while j > 0:
            a, b = base + (j - 1) * size, base + j * size
            if Ty.I32.wrap(m.call(compare, [a, b]) or 0) <= 0:
                break
            x, y = m.read(a, size), m.read(b, size)
            m.write(a, y)
            m.write(b, x)
            j -= 1


def _putchar(m: Machine, args: list[int]) -> int:
    m.output.append(args[0] & 0xFF)
    return args[0]


def _exit(m: Machine, args: list[int]) -> None:
    raise Exit(Ty.I32.wrap(args[0]))


def _memset(m: Machine, args: list[int]) -> int:
    m.write(args[0], bytes([args[1] & 0xFF]) * args[2])
    return args[0]


def _memcpy(m: Machine, args: list[int]) -> int:
    m.write(args[0], m.read(args[1], args[2]))
    return args[0]


LIBC: dict[str, External] = {
    "printf": _printf, "puts": _puts, "memcmp": _memcmp, "strcmp": _strcmp,
    "qsort": _qsort, "exit": _exit, "memset": _memset, "memcpy": _memcpy,
    "putchar": _putchar,
    "strlen": lambda m, a: len(m.string(a[0])),
    "fflush": lambda m, a: 0,
}  # fmt: skip


def run_main(module: ir.Module, steps: int = 10_000_000) -> tuple[int, bytes]:
    """(exit status, output) of running @main with LIBC."""
    m = Machine(module, dict(LIBC), steps)
    try:
        status = m.call("main", [])
    except Exit as e:
        status = e.status
    return (status or 0) & 0xFF, bytes(m.output)


def main(argv: list[str]) -> int:
    from groundup.cc import irparse, optimize

    level = 0
    if argv and argv[0] in ("-O0", "-O1", "-O2"):
        level = int(argv.pop(0)[2])
    sys.setrecursionlimit(100_000)  # each IR call is a few Python frames

    def run(module: ir.Module) -> str:
        status, out = run_main(optimize.optimize(module, level))
        sys.stdout.flush()
        sys.stdout.buffer.write(out)
        raise SystemExit(status)

    return irparse.run_tool(argv, run, "interp")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
