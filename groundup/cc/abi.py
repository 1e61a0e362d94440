"""The LP64D calling convention: where each argument and result of a call travels.

The RISC-V psABI (the "Integer Calling Convention" and the "Hardware Floating-Point
Calling Convention" chapters) decides it from the C types, so this module is the one
place that reads C types for calls; the lowering asks it and writes the answer into
the IR (`ir.Call.locs`, `ir.Function.param_locs`), and the code generator only obeys.

A location is an argument register (`a0`-`a7`, `fa0`-`fa7`) or a place on the stack,
`sp+N`: N bytes above the stack pointer at the call (= above s0 in the callee).

    integers, pointers          the next of a0-a7, else 8 bytes of stack
    float, double (named)       the next of fa0-fa7, else as an integer of its size
    struct/union <= 16 bytes    in 1 or 2 integer registers (a7 and the stack if only
                                one is left), its bytes as they are in memory; but a
                                named struct of one or two floating-point fields, or
                                one float and one integer field (nested structs and
                                arrays flattened), goes in fa registers (and one a
                                register) when enough are free
    struct/union > 16 bytes     by reference: the caller makes a copy, passes its address
    variadic arguments          the integer convention (a double travels in an a
                                register); one aligned to 16 takes an even/odd pair
    results                     as a first named argument would; one that would go by
                                reference is written where the caller says, the address
                                passed as a hidden first argument in a0

Each argument becomes one or more *parts*: a value of an IR type taken from a byte
offset of the argument's memory (offset 0 and the value itself for a scalar).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from groundup.cc.ctype import Array, Complex, Float, Int, Pointer, Record, Type
from groundup.cc.ctype import Enum as CEnum
from groundup.cc.ir import Ty

ARG_REGS = tuple(f"a{i}" for i in range(8))
FARG_REGS = tuple(f"fa{i}" for i in range(8))


class Pass(Enum):
    SCALAR = "scalar"  # one value, the C value itself
    PARTS = "parts"  # an aggregate (or long double) in registers/stack, read as parts
    REF = "ref"  # an aggregate by reference: a pointer to a copy
    IGNORED = "ignored"  # an empty struct: nothing is passed


@dataclass(frozen=True, slots=True)
class Part:
    ty: Ty
    offset: int


@dataclass(frozen=True, slots=True)
class Placed:
    """How one argument (or a result) travels: its parts and each part's location."""

    how: Pass
    parts: tuple[Part, ...]
    locs: tuple[str, ...]


class Unsupported(Exception):
    """A type the convention here cannot pass yet (the lowering reports it)."""


def _int_ty(size: int) -> Ty:
    return {1: Ty.I8, 2: Ty.I16, 4: Ty.I32, 8: Ty.I64}[size]


def _leaves(t: Type, offset: int, out: list[tuple[str, Ty, int]]) -> bool:
    """The scalar fields of a struct, flattened (nested structs, arrays), as (kind, type,
    offset); False if the struct cannot use the floating-point convention (a union, a
    bit-field beside a float, a field too wide)."""
    t = t.unqual()
    if isinstance(t, CEnum):
        t = t.underlying
    match t:
        case Record() if t.tag.kind == "union" or t.tag.members is None:
            return False
        case Record():
            for m in t.tag.members or ():
                if m.is_bitfield:
                    if m.bit_width == 0:
                        continue
                    return False
                if not _leaves(m.type, offset + m.offset, out):
                    return False
            return True
        case Array():
            if t.vla is not None or not t.length:
                return t.length == 0 and t.vla is None
            for k in range(t.length):
                if not _leaves(t.of, offset + k * t.of.size, out):
                    return False
                if len(out) > 2:
                    return False
            return True
        case Complex(base=b) if b.bytes <= 8:
            ty = Ty.F32 if b.bytes == 4 else Ty.F64
            out += [("f", ty, offset), ("f", ty, offset + b.bytes)]
            return True
        case Float(bytes=n) if n <= 8:
            out.append(("f", Ty.F32 if n == 4 else Ty.F64, offset))
            return True
        case Int(bytes=n) if n <= 8:
            out.append(("i", _int_ty(n) if t.signed else _uint_ty(n), offset))
            return True
        case Pointer():
            out.append(("i", Ty.PTR, offset))
            return True
    return False


def _uint_ty(size: int) -> Ty:
    return {1: Ty.U8, 2: Ty.U16, 4: Ty.U32, 8: Ty.U64}[size]


def fp_parts(t: Type) -> tuple[Part, ...] | None:
    """The parts of a struct the floating-point convention passes in registers (one or
    two floats, or a float and an integer), or None if it does not apply."""
    t = t.unqual()
    if not isinstance(t, Record | Complex):
        return None
    found: list[tuple[str, Ty, int]] = []
    if not _leaves(t, 0, found) or not 1 <= len(found) <= 2:
        return None
    if not any(kind == "f" for kind, _, _ in found):
        return None
    return tuple(Part(ty, off) for _, ty, off in found)


def is_long_double(t: Type) -> bool:
    t = t.unqual()
    return isinstance(t, Float) and t.bytes == 16


class Assigner:
    """Hands out argument registers and stack space, argument by argument."""

    def __init__(self) -> None:
        self.next_int = 0
        self.next_fp = 0
        self.stack = 0  # bytes of stack arguments so far

    def _stack(self, size: int, align: int) -> str:
        self.stack = (self.stack + align - 1) // align * align
        loc = f"sp+{self.stack}"
        self.stack += size
        return loc

    def _int(self) -> str:
        if self.next_int < 8:
            self.next_int += 1
            return ARG_REGS[self.next_int - 1]
        return self._stack(8, 8)

    def _ints(self, count: int, align: int, variadic: bool) -> tuple[str, ...]:
        """`count` XLEN-sized pieces of one argument, under the integer convention."""
        if variadic and align == 16 and count <= 2:
            self.next_int += self.next_int % 2  # an aligned register pair
            if self.next_int + count > 8:
                self.next_int = 8  # on the stack, and every argument after it too
        if self.next_int >= 8:  # all on the stack, aligned as the type is
            first = self._stack(8 * count, max(8, min(align, 16)))
            base = int(first[3:])
            return tuple(f"sp+{base + 8 * k}" for k in range(count))
        return tuple(self._int() for _ in range(count))

    def scalar(self, ty: Ty, variadic: bool = False) -> str:
        """The location of a scalar argument of IR type ty."""
        if ty.is_float and not variadic and self.next_fp < 8:
            self.next_fp += 1
            return FARG_REGS[self.next_fp - 1]
        return self._int()

    def argument(self, t: Type, variadic: bool = False) -> Placed:
        """How an argument of C type t is passed (`t` is an aggregate, long double, or
        any scalar type given with its IR type by `scalar_placed`)."""
        t = t.unqual()
        size, align = t.size, t.align
        if isinstance(t, Record) and size == 0:
            return Placed(Pass.IGNORED, (), ())
        if size > 16:
            return Placed(Pass.REF, (Part(Ty.PTR, 0),), (self._int(),))
        if not variadic:
            parts = fp_parts(t)
            if parts is not None:
                floats = sum(p.ty.is_float for p in parts)
                ints = len(parts) - floats
                if self.next_fp + floats <= 8 and self.next_int + ints <= 8:
                    return Placed(Pass.PARTS, parts, tuple(self.scalar(p.ty) for p in parts))
        count = (size + 7) // 8
        parts = tuple(Part(Ty.I64, 8 * k) for k in range(count))
        return Placed(Pass.PARTS, parts, self._ints(count, align, variadic))


def placed_scalar(a: Assigner, ty: Ty, variadic: bool = False) -> Placed:
    return Placed(Pass.SCALAR, (Part(ty, 0),), (a.scalar(ty, variadic),))


def is_by_parts(t: Type) -> bool:
    """Whether values of C type t travel as parts read from memory (not as one value)."""
    t = t.unqual()
    return isinstance(t, Record | Array | Complex) or is_long_double(t)


def result(t: Type) -> Placed:
    """How a function returns a value of C type t (an aggregate or long double)."""
    a = Assigner()
    placed = a.argument(t)
    if placed.how is Pass.PARTS:  # a0/a1 and fa0/fa1 in order, whatever the argument
        ints = iter(("a0", "a1"))
        fps = iter(("fa0", "fa1"))
        locs = tuple(next(fps) if p.ty.is_float else next(ints) for p in placed.parts)
        return Placed(Pass.PARTS, placed.parts, locs)
    return placed


def natural_locs(types: Sequence[Ty]) -> tuple[str, ...]:
    """The locations of named scalar arguments of these IR types, in order."""
    a = Assigner()
    return tuple(a.scalar(ty) for ty in types)


def stack_bytes(locs: Sequence[str]) -> int:
    """The bytes of stack the arguments at these locations take (a multiple of 16)."""
    end = 0
    for loc in locs:
        if loc.startswith("sp+"):
            end = max(end, int(loc[3:]) + 8)
    return (end + 15) // 16 * 16


def return_loc(ty: Ty) -> str:
    return "fa0" if ty.is_float else "a0"


def piece_locs(pieces: Sequence[Ty]) -> tuple[str, ...]:
    """The registers a result's pieces come back in: floats fa0, fa1; integers a0, a1."""
    ints = iter(("a0", "a1"))
    fps = iter(("fa0", "fa1"))
    return tuple(next(fps) if t.is_float else next(ints) for t in pieces)
