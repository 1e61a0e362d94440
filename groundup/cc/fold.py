"""Constant expressions (C17 6.6): the value of a typed expression known at compile time.

`value(e)` evaluates an expression of the typed AST: an `int` (wrapped to the
expression's type, so unsigned values are never negative), a `float`, an `Address`
(a static object, function, string literal or label plus a byte offset: what an
address constant in a static initializer may be) or None when it is not constant.
Integer arithmetic follows C: division truncates toward zero, shifts and overflow
wrap in the type's width. `Trouble` collects what went wrong on the way (division
by zero) for sema to report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

from groundup.cc import ast, ctype
from groundup.cc.ir import FImm, Ty

Value = int | float


@dataclass(frozen=True, slots=True)
class Address:
    target: ast.Object | ast.StringLit | str  # str: a label (`&&label`)
    offset: int = 0


@dataclass(slots=True)
class Trouble:
    divide_by_zero: bool = False
    messages: list[str] = field(default_factory=list)


def value(e: ast.Expr, trouble: Trouble | None = None) -> Value | Address | None:
    """The compile-time value of `e`, or None."""
    t = trouble or Trouble()
    match e:
        case ast.FloatLit(value=v, exact=x) if x is not None and (
            not math.isfinite(v) or Fraction(v) != x
        ):
            return None  # a long double constant a double cannot hold
        case ast.IntLit(value=v) | ast.FloatLit(value=v):
            return v
        case ast.Cast(operand=ast.FloatLit(exact=x)) if x is not None and e.type.size < 16:
            return convert(float(x), ctype.DOUBLE, e.type)  # (rounded once: exact -> double)
        case ast.Cast(operand=x):
            return convert(value(x, t), x.type, e.type)
        case ast.Unary(op=op, operand=x):
            return unary(op, value(x, t), e.type)
        case ast.Binary(op=op, lhs=a, rhs=b):
            return binary(op, a, b, e.type, t)
        case ast.Cond(cond=c, then=a, other=b):
            cv = value(c, t)
            if cv is None:
                return None
            return value(a if truth(cv) else b, t)
        case ast.Comma(rhs=b):
            return None if value(e.lhs, t) is None else value(b, t)
        case ast.Call(func=ast.Decay(operand=ast.VarRef(obj=f)) | ast.VarRef(obj=f)) if f.builtin:
            return _builtin_constant(f.name, e.args)
        case ast.Decay() | ast.AddrOf():
            return address(e.operand)
        case ast.LabelAddr(label=label):
            return Address(label)
    return None


def truth(v: Value | Address) -> bool:
    return True if isinstance(v, Address) else v != 0


def convert(v: Value | Address | None, src: ctype.Type, dst: ctype.Type) -> Value | Address | None:
    if v is None:
        return None
    dst = dst.unqual()
    if isinstance(v, Address):
        return v  # the initializer decides whether it fits (an address in an int does not)
    if isinstance(dst, ctype.Float) and dst.bytes == 16:
        return float(v) if isinstance(v, float) or abs(v) < 2**53 else None  # exact only
    if isinstance(dst, ctype.Float):
        single = dst.bytes == 4
        if isinstance(v, int):
            return FImm.of_int(v, Ty.F32 if single else Ty.F64).value
        return FImm.of(v, Ty.F32).value if single else v
    if isinstance(dst, ctype.Int) and dst.name == "_Bool":
        return int(v != 0)  # NaN, 0.1 -> 1
    if ctype.is_integer(dst):
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                return None
            v = int(v)
        return ctype.as_int(dst).wrap(v)
    if isinstance(dst, ctype.Pointer):
        return ctype.ULONG.wrap(int(v))
    if isinstance(dst, ctype.Void):
        return 0
    return None


def unary(op: str, v: Value | Address | None, t: ctype.Type) -> Value | None:
    if v is None or isinstance(v, Address):
        return None if op != "!" or v is None else 0
    match op:
        case "-":
            r: Value = -v
        case "~":
            r = ~int(v)
        case _:
            return int(v == 0)
    return ctype.as_int(t).wrap(int(r)) if ctype.is_integer(t) else r


def binary(
    op: str, a: ast.Expr, b: ast.Expr, t: ctype.Type, trouble: Trouble
) -> Value | Address | None:
    x = value(a, trouble)
    if x is None:
        return None
    if op in ("&&", "||"):
        if truth(x) == (op == "||"):
            return int(op == "||")
        y = value(b, trouble)
        return None if y is None else int(truth(y))
    y = value(b, trouble)
    if y is None:
        return None
    if isinstance(x, Address) or isinstance(y, Address):
        return address_arithmetic(op, x, y, a, b)
    if op in ("==", "!=", "<", "<=", ">", ">="):
        return int(compare(op, x, y))
    if isinstance(t, ctype.Float) and t.bytes == 16:
        return None  # long double arithmetic needs more than a double: done at run time
    if isinstance(t, ctype.Float):
        r = float_op(op, float(x), float(y))
        return FImm.of(r, Ty.F32).value if r is not None and t.bytes == 4 else r
    r = int_op(op, int(x), int(y), trouble)
    return None if r is None else ctype.as_int(t).wrap(r)


def compare(op: str, x: Value, y: Value) -> bool:
    match op:
        case "==":
            return x == y
        case "!=":
            return x != y
        case "<":
            return x < y
        case "<=":
            return x <= y
        case ">":
            return x > y
    return x >= y


def float_op(op: str, x: float, y: float) -> float | None:
    match op:
        case "+":
            return x + y
        case "-":
            return x - y
        case "*":
            return x * y
        case "/":
            if y == 0:  # IEEE: an infinity, or NaN for 0/0 (gcc folds it so)
                return math.copysign(math.inf, x) * math.copysign(1.0, y) if x else math.nan
            return x / y
    return None


def int_op(op: str, x: int, y: int, trouble: Trouble) -> int | None:
    match op:
        case "+":
            return x + y
        case "-":
            return x - y
        case "*":
            return x * y
        case "/" | "%":
            if y == 0:
                trouble.divide_by_zero = True
                return None
            q = abs(x) // abs(y)
            if (x < 0) != (y < 0):
                q = -q
            return q if op == "/" else x - q * y
        case "<<":
            return x << y if 0 <= y < 128 else None
        case ">>":
            return x >> y if 0 <= y < 128 else None
        case "&":
            return x & y
        case "|":
            return x | y
        case "^":
            return x ^ y
    return None


def address_arithmetic(op: str, x: Value | Address, y: Value | Address,
                       a: ast.Expr, b: ast.Expr) -> Address | Value | None:  # fmt: skip
    if op == "+" and isinstance(x, Address) and isinstance(y, int):
        return Address(x.target, x.offset + y * _scale(a.type))
    if op == "+" and isinstance(y, Address) and isinstance(x, int):
        return Address(y.target, y.offset + x * _scale(b.type))
    if op == "-" and isinstance(x, Address) and isinstance(y, int):
        return Address(x.target, x.offset - y * _scale(a.type))
    return None


def _scale(t: ctype.Type) -> int:
    t = t.unqual()
    if isinstance(t, ctype.Pointer):
        return max(t.to.size, 1)
    return 1


def address(e: ast.Expr) -> Address | None:
    """The address of an lvalue designating (part of) a static object, or None."""
    match e:
        case ast.VarRef(obj=obj):
            if obj.is_local or (
                obj.storage is ast.Storage.NONE and obj.linkage is ast.Linkage.NONE
            ):
                return None
            return Address(obj)
        case ast.StringLit():
            return Address(e)
        case ast.CompoundLiteral(obj=obj):
            return None if obj.is_local else Address(obj)
        case ast.MemberOf(base=base, offset=off):
            inner = address(base)
            return None if inner is None else Address(inner.target, inner.offset + off)
        case ast.Deref(operand=p):
            v = value(p)
            return v if isinstance(v, Address) else None
    return None


def _builtin_constant(name: str, args: tuple[ast.Expr, ...]) -> float | None:
    """__builtin_inf/huge_val (any width) and __builtin_nan("") as gcc folds them (a
    NaN with a payload is left to the lowering, which keeps its bits)."""
    plain = name.removeprefix("__builtin_")
    if plain in ("inf", "inff", "infl", "huge_val", "huge_valf", "huge_vall"):
        return math.inf
    if plain in ("nan", "nanf", "nanl") and len(args) == 1:
        arg = args[0]
        while isinstance(arg, ast.Cast | ast.Decay):
            arg = arg.operand
        if isinstance(arg, ast.StringLit) and not arg.units:
            return math.nan
    return None
