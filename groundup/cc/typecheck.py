"""The typing of expressions (C17 6.3, 6.5): conversions, operators, calls, builtins.

`Expressions` is the half of semantic analysis that gives every expression its type
and makes C's implicit conversions explicit (`ast.Cast(implicit=True)`, `ast.Decay`);
`sema.Sema` builds on it for declarations and statements. Also here: the records
the parser hands to sema (`DeclSpec`, `Declarator`, `InitList` ...), and the
compiler's builtins (`__builtin_*`, `__atomic_*`, `__sync_*`).

Conversions as assignment does them (C17 6.5.16.1) are `convert_for`, with gcc 12's
words for each context: initialization, assignment, passing an argument, return.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction

from groundup.cc import ast, ctype, fold, formatcheck, tokenize
from groundup.cc.ctype import Type
from groundup.cc.tokenize import NOWHERE, CType, Kind, Token
from groundup.diag import Pos, Reporter

# --- what the parser hands to sema ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Options:
    signed_char: bool = False  # -fsigned-char
    warn_format: bool = False  # -Wformat, -Wall: formatcheck.py's warnings


@dataclass(slots=True)
class Attrs:
    """The `__attribute__`s that matter here; the rest are read and ignored."""

    packed: bool = False
    aligned: int = 0
    pack: int = 0  # a record's: the `#pragma pack` in force at its end (bytes; 0: none)
    mode: str = ""
    flags: set[str] = field(default_factory=set)
    strings: dict[str, str] = field(default_factory=dict)  # section, alias, visibility
    format: tuple[str, int, int] | None = None  # format(printf|scanf, F, A)

    def merge(self, other: Attrs) -> None:
        self.packed |= other.packed
        self.aligned = max(self.aligned, other.aligned)
        self.mode = self.mode or other.mode
        self.flags |= other.flags
        self.strings.update(other.strings)
        self.format = self.format or other.format


@dataclass(slots=True)
class DeclSpec:
    pos: Pos
    type: Type = ctype.INT
    type_given: bool = False
    storage: ast.Storage = ast.Storage.NONE
    storage_pos: Pos | None = None
    qual: int = 0
    inline: bool = False
    thread_local: bool = False
    auto_type: bool = False
    implicit_int: bool = False  # no type specifier at all (`static x;`, `f() {}`)
    attrs: Attrs = field(default_factory=Attrs)


@dataclass(frozen=True, slots=True)
class ParamDecl:
    name: str | None
    pos: Pos
    type: Type
    old_style: bool = False  # a name of a K&R identifier list
    obj: ast.Object | None = None  # its object, which later parameters' types may use


@dataclass(slots=True)
class Declarator:
    name: str | None
    pos: Pos
    type: Type
    params: list[ParamDecl] | None = None  # of the function the name is declared as
    asm_name: str | None = None
    attrs: Attrs = field(default_factory=Attrs)
    auto_type: bool = False


@dataclass(frozen=True, slots=True)
class Designator:
    pos: Pos  # of the `.`, or of the index expression
    name: str | None  # `.name`
    lo: int | None  # `[lo]` or `[lo ... hi]`
    hi: int | None
    name_pos: Pos | None = None  # of the name after `.`


@dataclass(frozen=True, slots=True)
class InitList:
    pos: Pos
    items: list[tuple[list[Designator], RawInit]]


RawInit = ast.Expr | InitList


@dataclass(frozen=True, slots=True)
class Typedef:
    name: str
    type: Type
    pos: Pos | None


@dataclass(frozen=True, slots=True)
class EnumConstant:
    name: str
    value: int
    type: Type
    pos: Pos


@dataclass(slots=True)
class SwitchContext:
    type: Type
    cases: list[ast.Case] = field(default_factory=list)
    values: dict[tuple[int, int], Pos] = field(default_factory=dict)
    default: ast.Default | None = None
    default_pos: Pos | None = None


@dataclass(slots=True)
class FunctionContext:
    """What sema knows about the function being defined (obj None: at file scope)."""

    obj: ast.Object | None
    ret: Type
    loops: int = 0
    breakable: int = 0
    switches: list[SwitchContext] = field(default_factory=list)
    labels: dict[str, Pos] = field(default_factory=dict)
    labels_used: dict[str, Pos] = field(default_factory=dict)
    params: list[ast.Object] = field(default_factory=list)
    locals: list[ast.Object] = field(default_factory=list)
    statics: list[ast.VarDecl] = field(default_factory=list)
    undeclared: dict[str, ast.Object] = field(default_factory=dict)
    names: dict[str, ast.Object] = field(default_factory=dict)  # __func__


_CONSTANT_TYPES = {CType.INT: ctype.INT, CType.UINT: ctype.UINT, CType.LONG: ctype.LONG,
                   CType.ULONG: ctype.ULONG, CType.LLONG: ctype.LLONG,
                   CType.ULLONG: ctype.ULLONG, CType.USHORT: ctype.USHORT,
                   CType.FLOAT: ctype.FLOAT, CType.DOUBLE: ctype.DOUBLE,
                   CType.LDOUBLE: ctype.LDOUBLE, CType.FLOAT32: ctype.FLOAT,
                   CType.FLOAT64: ctype.DOUBLE, CType.FLOAT128: ctype.LDOUBLE,
                   CType.FLOAT32X: ctype.DOUBLE, CType.FLOAT64X: ctype.LDOUBLE}  # fmt: skip
_UNARY_NAMES = {"-": "unary minus", "+": "unary plus", "~": "bit-complement",
                "!": "unary exclamation mark"}  # fmt: skip
_QUAL_WORDS = ((ctype.CONST, "const"), (ctype.VOLATILE, "volatile"), (ctype.ATOMIC, "_Atomic"))

VOIDP = ctype.Pointer(ctype.VOID)
CONST_CHARP = ctype.Pointer(ctype.CHAR.qualified(ctype.CONST))
CONST_VOIDP = ctype.Pointer(ctype.VOID.qualified(ctype.CONST))


def _builtin_table() -> dict[str, ctype.Function]:
    """Builtins that are functions with a fixed type (lowering maps most to libc calls)."""
    f = ctype.Function
    d, fl, ld = ctype.DOUBLE, ctype.FLOAT, ctype.LDOUBLE
    table: dict[str, ctype.Function] = {
        "expect": f(ctype.LONG, (ctype.LONG, ctype.LONG)),
        "trap": f(ctype.VOID, ()),
        "unreachable": f(ctype.VOID, ()),
        "abort": f(ctype.VOID, ()),
        "alloca": f(VOIDP, (ctype.ULONG,)),
        "bswap16": f(ctype.USHORT, (ctype.USHORT,)),
        "bswap32": f(ctype.UINT, (ctype.UINT,)),
        "bswap64": f(ctype.ULONG, (ctype.ULONG,)),
        "frame_address": f(VOIDP, (ctype.UINT,)),
        "return_address": f(VOIDP, (ctype.UINT,)),
        "object_size": f(ctype.ULONG, (CONST_VOIDP, ctype.INT)),
        "memcpy": f(VOIDP, (VOIDP, CONST_VOIDP, ctype.ULONG)),
        "memmove": f(VOIDP, (VOIDP, CONST_VOIDP, ctype.ULONG)),
        "memset": f(VOIDP, (VOIDP, ctype.INT, ctype.ULONG)),
        "memcmp": f(ctype.INT, (CONST_VOIDP, CONST_VOIDP, ctype.ULONG)),
        "strlen": f(ctype.ULONG, (CONST_CHARP,)),
        "strcmp": f(ctype.INT, (CONST_CHARP, CONST_CHARP)),
        "strcpy": f(ctype.Pointer(ctype.CHAR), (ctype.Pointer(ctype.CHAR), CONST_CHARP)),
        "malloc": f(VOIDP, (ctype.ULONG,)),
        "free": f(ctype.VOID, (VOIDP,)),
        "printf": f(ctype.INT, (CONST_CHARP,), True),
        "puts": f(ctype.INT, (CONST_CHARP,)),
        "abs": f(ctype.INT, (ctype.INT,)),
        "labs": f(ctype.LONG, (ctype.LONG,)),
        "exit": f(ctype.VOID, (ctype.INT,)),
    }
    for name, t in (("clz", ctype.UINT), ("ctz", ctype.UINT), ("popcount", ctype.UINT),
                    ("parity", ctype.UINT), ("ffs", ctype.INT), ("clrsb", ctype.INT)):  # fmt: skip
        wide = ctype.ULONG if not t.signed else ctype.LONG
        table[name] = f(ctype.INT, (t,))
        table[name + "l"] = table[name + "ll"] = f(ctype.INT, (wide,))
    for name, arity in (("fabs", 1), ("sqrt", 1), ("copysign", 2), ("fmin", 2), ("fmax", 2),
                        ("fma", 3), ("floor", 1), ("ceil", 1), ("trunc", 1), ("round", 1),
                        ("fmod", 2), ("nearbyint", 1), ("rint", 1), ("scalbn", 0)):  # fmt: skip
        for suffix, ft in (("", d), ("f", fl), ("l", ld)):
            params = (ft,) * arity if arity else (ft, ctype.INT)
            table[name + suffix] = f(ft, params)
    for suffix, ft in (("", d), ("f", fl), ("l", ld)):
        table["huge_val" + suffix] = f(ft, ())
        table["inf" + suffix] = f(ft, ())
        table["nan" + suffix] = f(ft, (CONST_CHARP,))
    return {"__builtin_" + k: v for k, v in table.items()}


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


BUILTINS = _builtin_table()
# Builtins whose type depends on their arguments: calls become ast.BuiltinCall.
GENERIC_BUILTINS = _names(
    "__builtin_va_start __builtin_va_end __builtin_va_copy __builtin_constant_p "
    "__builtin_isnan __builtin_isinf __builtin_isinf_sign __builtin_isfinite "
    "__builtin_isnormal __builtin_signbit __builtin_fpclassify __builtin_isgreater "
    "__builtin_isgreaterequal __builtin_isless __builtin_islessequal "
    "__builtin_islessgreater __builtin_isunordered __builtin_add_overflow "
    "__builtin_sub_overflow __builtin_mul_overflow __builtin_classify_type "
    "__builtin_assume_aligned __builtin_prefetch"
)
_ATOMIC_RESULT = {  # how the result type comes from the first argument (pointer to T)
    "load_n": "T", "exchange_n": "T", "compare_exchange_n": "bool", "compare_exchange": "bool",
    "store_n": "void", "store": "void", "load": "void", "exchange": "void",
    "test_and_set": "bool", "clear": "void", "thread_fence": "void", "signal_fence": "void",
    "is_lock_free": "bool", "always_lock_free": "bool", "synchronize": "void",
    "lock_release": "void", "bool_compare_and_swap": "bool",
}  # fmt: skip


def atomic_result(name: str, args: list[ast.Expr]) -> Type:
    """The type of an `__atomic_*` or `__sync_*` builtin's value."""
    short = name.removeprefix("__atomic_").removeprefix("__sync_")
    kind = _ATOMIC_RESULT.get(short, "T")
    if kind == "bool":
        return ctype.BOOL
    if kind == "void" or not args:
        return ctype.VOID
    t = args[0].type.unqual()
    if isinstance(t, ctype.Pointer):
        return t.to.unqual()
    return ctype.INT


def is_null_constant(e: ast.Expr) -> bool:
    """An integer constant 0, or one cast to void * (C17 6.3.2.3p3)."""
    if isinstance(e, ast.Cast) and e.type.unqual() == VOIDP:
        return is_null_constant(e.operand)
    return ctype.is_integer(e.type) and fold.value(e) == 0 and not _has_object(e)


def _has_object(e: ast.Expr) -> bool:
    return isinstance(e, ast.VarRef)


def quals_named(qual: int) -> str:
    names = [name for bit, name in _QUAL_WORDS if qual & bit]
    noun = "qualifier" if len(names) == 1 else "qualifiers"
    return f"'{' '.join(names)}' {noun}"


class Expressions:
    """Types, conversions and checks of expressions; the state sema shares with them."""

    def __init__(self, reporter: Reporter, options: Options) -> None:
        self.reporter = reporter
        self.options = options
        self.object_ids = 0
        self.case_ids = 0
        self.externals: dict[str, list[ast.Object]] = {}
        self.builtins: dict[str, ast.Object] = {}
        self.function = FunctionContext(None, ctype.VOID)
        self.quiet = 0  # inside sizeof/typeof operands

    def error(self, pos: Pos | None, message: str) -> None:
        self.reporter.error(pos, message)

    @contextmanager
    def unevaluated(self) -> Iterator[None]:
        """The operand of sizeof or typeof: never evaluated, so gcc does not warn about
        what evaluating it would do (overflow, shift counts, division by zero)."""
        self.quiet += 1
        try:
            yield
        finally:
            self.quiet -= 1

    def warning(self, pos: Pos | None, message: str) -> None:
        self.reporter.warning(pos, message)

    @staticmethod
    def poison(pos: Pos) -> ast.Expr:
        """What an erroneous expression becomes (later checks keep quiet about it)."""
        return ast.IntLit(ctype.INVALID, pos, 0)

    def void_operand(self, *exprs: ast.Expr) -> bool:
        """An operand of type void (gcc's error) or complex (not supported yet), once."""
        for e in exprs:
            if isinstance(e.type, ctype.Void):
                self.error(ast.start(e), "void value not ignored as it ought to be")
                return True
            if isinstance(e.type.unqual(), ctype.Complex):
                self.error(ast.start(e), "not supported yet: complex arithmetic")
                return True
        return False

    @staticmethod
    def invalid(*exprs: ast.Expr | None) -> bool:
        return any(e is not None and isinstance(e.type, ctype.Invalid) for e in exprs)

    # these are provided by Sema
    def lookup(self, name: str) -> ast.Object | Typedef | EnumConstant | None:
        raise NotImplementedError

    def new_object(self, name: str, t: Type, pos: Pos, storage: ast.Storage,
                   linkage: ast.Linkage) -> ast.Object:  # fmt: skip
        raise NotImplementedError

    @property
    def char_type(self) -> ctype.Int:
        return ctype.SIGNED_PLAIN_CHAR if self.options.signed_char else ctype.CHAR

    # --- values and conversions -----------------------------------------------------------

    def value(self, e: ast.Expr) -> ast.Expr:
        """An expression used for its value: arrays and functions decay to pointers."""
        t = e.type
        if isinstance(t, ctype.Array):
            return ast.Decay(ctype.Pointer(t.of), e.pos, e)
        if isinstance(t, ctype.Function):
            return ast.Decay(ctype.Pointer(t), e.pos, e)
        if isinstance(e, ast.MemberOf) and e.member.is_bitfield:
            width = e.member.bit_width or 0
            if width < 32 and ctype.is_integer(t) and t.unqual() != ctype.INT:
                # a narrow bit-field promotes to int, whatever its declared type (as gcc)
                return ast.Cast(ctype.INT, e.pos, e, implicit=True)
        return e

    def cast(self, e: ast.Expr, t: Type) -> ast.Expr:
        """`e` converted to `t` implicitly (nothing if it already has that type)."""
        t = t.unqual()
        if e.type.unqual() == t:
            return e
        if isinstance(e, ast.IntLit) and ctype.is_integer(t):
            return ast.IntLit(t, e.pos, ctype.as_int(t).wrap(e.value))
        return ast.Cast(t, e.pos, e, implicit=True)

    @staticmethod
    def is_lvalue(e: ast.Expr) -> bool:
        return ast.is_lvalue(e)

    def check_modifiable(self, e: ast.Expr, what: str, pos: Pos) -> bool:
        """`what`: 'assignment', 'increment', 'decrement'. False after an error."""
        if isinstance(e.type, ctype.Array):
            self.error(pos, "assignment to expression with array type")
            return False
        if e.type.qual & ctype.CONST or self.has_const_member(e.type):
            match e:
                case ast.VarRef(obj=obj):
                    kind = "parameter" if obj.is_param else "variable"
                    self.error(pos, f"{what} of read-only {kind} '{obj.name}'")
                case ast.MemberOf(member=m) if m.type.qual & ctype.CONST:
                    self.error(pos, f"{what} of read-only member '{m.name}'")
                case _:
                    self.error(pos, f"{what} of read-only location '{ast.spell(e)}'")
            return False
        return True

    def has_const_member(self, t: Type) -> bool:
        if not isinstance(t, ctype.Record):
            return False
        members = t.tag.members or []
        return any(m.type.qual & ctype.CONST or self.has_const_member(m.type) for m in members)

    def convert_for(self, e: ast.Expr, t: Type, context: str, callee: str = "",
                    argno: int = 0, where: Pos | None = None) -> ast.Expr:  # fmt: skip
        """`e` converted to `t` as assignment converts (C17 6.5.16.1), with gcc's
        warnings and errors for `context`: initialization, assignment, argument, return
        (shown at `where`, by default where `e` begins)."""
        e = self.value(e)
        pos = where or ast.start(e)
        s, t = e.type.unqual(), t.unqual()
        if self.invalid(e):
            return e
        if ctype.is_arithmetic(s) and ctype.is_arithmetic(t):
            self.check_overflow(e, s, t, pos)
            return self.cast(e, t)
        if isinstance(t, ctype.Complex) or isinstance(s, ctype.Complex):
            if s == t:
                return e
            self.error(pos, "not supported yet: complex arithmetic")
            return self.poison(pos)
        if isinstance(t, ctype.Record) and isinstance(s, ctype.Record) and s.tag is t.tag:
            return e
        if isinstance(t, ctype.Pointer):
            if is_null_constant(e):
                return self.cast(e, t)
            if isinstance(s, ctype.Pointer):
                self.check_pointer_assignment(s, t, context, callee, argno, pos)
                return self.cast(e, t)
            if ctype.is_integer(s):
                what = self.context_phrase(context, t, s, callee, argno)
                self.warning(pos, f"{what} makes pointer from integer without a cast")
                return self.cast(e, t)
        if t == ctype.BOOL and isinstance(s, ctype.Pointer):
            return self.cast(e, t)
        if ctype.is_integer(t) and isinstance(s, ctype.Pointer):
            what = self.context_phrase(context, t, s, callee, argno)
            self.warning(pos, f"{what} makes integer from pointer without a cast")
            return self.cast(e, t)
        if isinstance(s, ctype.Void):
            self.error(pos, "void value not ignored as it ought to be")
        else:
            where = ast.start(e) if context == "assignment" else pos
            self.error(where, self.incompatible(context, t, s, callee, argno))
        return ast.Cast(t, e.pos, e, implicit=True)

    def check_overflow(self, e: ast.Expr, s: Type, t: Type, pos: Pos) -> None:
        """gcc's -Woverflow: a constant that changes value when converted."""
        if not (ctype.is_integer(s) and ctype.is_integer(t)) or t.unqual() == ctype.BOOL:
            return
        v = fold.value(e)
        if not isinstance(v, int):
            return
        target = ctype.as_int(t)
        new = target.wrap(v)
        if -(1 << (target.bits - 1)) <= v < (1 << target.bits):
            return  # fits the signed or the unsigned type of that width: gcc keeps quiet
        kind = "unsigned conversion" if not target.signed else "overflow in conversion"
        self.warning(pos, f"{kind} from '{s}' to '{t}' changes value from '{v}' to '{new}'")

    def check_pointer_assignment(self, s: ctype.Pointer, t: ctype.Pointer, context: str,
                                 callee: str, argno: int, pos: Pos) -> None:  # fmt: skip
        a, b = t.to, s.to
        if isinstance(a, ctype.Void) or isinstance(b, ctype.Void):
            ok = True
        else:
            ok = ctype.compatible(a.unqual(), b.unqual())
        if not ok:
            if context == "argument":
                self.warning(
                    pos, f"passing argument {argno} of '{callee}' from incompatible pointer type"
                )
            elif context == "return":
                self.warning(
                    pos, f"returning '{s}' from a function with incompatible return type '{t}'"
                )
            elif context == "assignment":
                self.warning(pos, f"assignment to '{t}' from incompatible pointer type '{s}'")
            else:
                self.warning(pos, f"initialization of '{t}' from incompatible pointer type '{s}'")
            return
        lost = b.qual & ~a.qual & ~(ctype.RESTRICT | ctype.ATOMIC)  # gcc: _Atomic goes quietly
        if lost:
            lead = context if context != "argument" else f"passing argument {argno} of '{callee}'"
            self.warning(pos, f"{lead} discards {quals_named(lost)} from pointer target type")

    @staticmethod
    def context_phrase(context: str, t: Type, s: Type, callee: str, argno: int) -> str:
        match context:
            case "initialization":
                return f"initialization of '{t}' from '{s}'"
            case "assignment":
                return f"assignment to '{t}' from '{s}'"
            case "argument":
                return f"passing argument {argno} of '{callee}'"
        return f"returning '{s}' from a function with return type '{t}'"

    @staticmethod
    def incompatible(context: str, t: Type, s: Type, callee: str, argno: int) -> str:
        match context:
            case "initialization":
                return f"incompatible types when initializing type '{t}' using type '{s}'"
            case "assignment":
                return f"incompatible types when assigning to type '{t}' from type '{s}'"
            case "argument":
                return f"incompatible type for argument {argno} of '{callee}'"
        return f"incompatible types when returning type '{s}' but '{t}' was expected"

    def static_value(self, e: ast.Expr, t: Type) -> ast.Expr:
        """An initializer of a static object: folded to a constant or an address constant."""
        trouble = fold.Trouble()
        v = fold.value(e, trouble)
        if isinstance(e, ast.FloatLit) and e.exact is not None and v is None:
            return e  # a long double constant, kept exact
        if v is None and e.type.unqual() == ctype.LDOUBLE:
            exact = _exact_long_double(e)
            if exact is not None:  # e.g. -LDBL_MAX, which no double holds
                return ast.FloatLit(e.type.unqual(), e.pos, math.inf, exact)
        if isinstance(v, bool | int):
            return ast.IntLit(t.unqual(), e.pos, int(v))
        if isinstance(v, float):
            return ast.FloatLit(t.unqual(), e.pos, v)
        if (
            isinstance(v, fold.Address)
            and (isinstance(t.unqual(), ctype.Pointer) or t.size == 8)
            and (not isinstance(t.unqual(), ctype.Float | ctype.Record))
        ):
            return ast.AddressConst(t.unqual(), e.pos, v.target, v.offset)
        if self.invalid(e):
            return e
        where = ast.start(e)
        if isinstance(v, fold.Address) and not isinstance(t, ctype.Record):
            self.error(where, "initializer element is not computable at load time")
        else:
            self.error(where, "initializer element is not constant")
        return e

    def constant(self, e: ast.Expr, what: str, pos: Pos | None = None) -> int:
        """The value of an integer constant expression the grammar requires."""
        v = fold.value(e)
        if not isinstance(v, int) or not ctype.is_integer(e.type):
            if not self.invalid(e):
                self.error(pos or ast.start(e), f"{what} is not an integer constant")
            return 0
        return v

    def typeof(self, e: ast.Expr) -> Type:
        return e.type

    # --- primary expressions --------------------------------------------------------------

    def identifier(self, name: str, pos: Pos, called: bool) -> ast.Expr:
        found = self.lookup(name)
        if isinstance(found, ast.Object):
            found.used = True
            return ast.VarRef(found.type, pos, found)
        if isinstance(found, EnumConstant):
            return ast.IntLit(found.type, pos, found.value)
        if isinstance(found, Typedef):
            self.error(pos, f"expected expression before '{name}'")
            return self.poison(pos)
        if (
            name in BUILTINS
            or name in GENERIC_BUILTINS
            or name.startswith(("__atomic_", "__sync_"))
        ):
            obj = self.builtin(name)
            return ast.VarRef(obj.type, pos, obj)
        if name in ("__func__", "__FUNCTION__", "__PRETTY_FUNCTION__") and self.function.obj:
            return self.function_name(name, pos)
        if called:
            return self.implicit_function(name, pos)
        return self.undeclared(name, pos)

    def builtin(self, name: str) -> ast.Object:
        obj = self.builtins.get(name)
        if obj is None:
            t = BUILTINS.get(name) or ctype.Function(ctype.INT, (), False, False)
            obj = self.new_object(name, t, NOWHERE, ast.Storage.EXTERN, ast.Linkage.EXTERNAL)
            obj.builtin = True
            self.builtins[name] = obj
        return obj

    def function_name(self, name: str, pos: Pos) -> ast.Expr:
        """`__func__`: a static array of char holding the function's name (C17 6.4.2.2)."""
        assert self.function.obj is not None
        obj = self.function.names.get("__func__")
        if obj is None:
            text = self.function.obj.name.encode()
            t = ctype.Array(self.char_type.qualified(ctype.CONST), len(text) + 1)
            obj = self.new_object("__func__", t, pos, ast.Storage.STATIC, ast.Linkage.NONE)
            s = ast.StringLit(ctype.Array(self.char_type, len(text) + 1), pos, tuple(text))
            init = ast.Initializer((ast.InitItem(0, t, s),))
            obj.defined = True
            self.function.statics.append(ast.VarDecl(obj, init, pos))
            self.function.names["__func__"] = obj
        return ast.VarRef(obj.type, pos, obj)

    def implicit_function(self, name: str, pos: Pos) -> ast.Expr:
        self.warning(pos, f"implicit declaration of function '{name}'")
        old = self.externals.get(name)
        if old:
            obj = old[0]
        else:
            t = ctype.Function(ctype.INT, (), False, False)
            obj = self.new_object(name, t, pos, ast.Storage.EXTERN, ast.Linkage.EXTERNAL)
            self.externals[name] = [obj]
            self.program_objects().append(obj)
        obj.used = True
        return ast.VarRef(obj.type, pos, obj)

    def program_objects(self) -> list[ast.Object]:
        raise NotImplementedError

    def undeclared(self, name: str, pos: Pos) -> ast.Expr:
        if self.function.obj is None:
            self.error(pos, f"'{name}' undeclared here (not in a function)")
            return self.poison(pos)
        obj = self.function.undeclared.get(name)
        if obj is None:
            self.error(pos, f"'{name}' undeclared (first use in this function)")
            if not self.function.undeclared:
                self.reporter.note(pos, "each undeclared identifier is reported only once for "
                                   "each function it appears in")  # fmt: skip
            obj = self.new_object(name, ctype.INVALID, pos, ast.Storage.AUTO, ast.Linkage.NONE)
            obj.is_local = True
            self.function.undeclared[name] = obj
        return ast.VarRef(obj.type, pos, obj)

    def constant_token(self, t: Token) -> ast.Expr:
        match t.kind:
            case Kind.INT | Kind.CHAR:
                assert isinstance(t.value, int) and t.ctype is not None
                return ast.IntLit(_CONSTANT_TYPES.get(t.ctype, ctype.INT), t.pos, t.value)
            case Kind.FLOAT:
                assert isinstance(t.value, float) and t.ctype is not None
                ct = _CONSTANT_TYPES[t.ctype]
                exact = tokenize.exact_value(t.text) if ct.size == 16 else None
                return ast.FloatLit(ct, t.pos, t.value, exact)
        assert isinstance(t.value, tuple)
        elem = self.char_type if t.ctype in (CType.CHAR, None) else _CONSTANT_TYPES[t.ctype]
        return ast.StringLit(ctype.Array(elem, len(t.value) + 1), t.pos, t.value)

    # --- operators ------------------------------------------------------------------------

    def unary(self, op: str, e: ast.Expr, pos: Pos) -> ast.Expr:
        if self.invalid(e) or op != "&" and self.void_operand(e):
            return self.poison(pos)
        if op == "&":
            return self.address_of(e, pos)
        if op == "*":
            return self.deref(e, pos)
        v = self.value(e)
        t = v.type.unqual()
        ok = ctype.is_scalar(t) if op == "!" else ctype.is_integer(t) if op == "~" else (
            ctype.is_arithmetic(t))  # fmt: skip
        if not ok:
            self.error(pos, f"wrong type argument to {_UNARY_NAMES[op]}")
            return self.poison(pos)
        if op == "!":
            return self.folded(ast.Unary(ctype.INT, pos, "!", v))
        pt = ctype.promote(t)
        v = self.cast(v, pt)
        if op == "+":
            return v
        node = ast.Unary(pt, pos, op, v)
        self.check_signed_overflow(node)
        return self.folded(node)

    def folded(self, e: ast.Expr) -> ast.Expr:
        """An integer operation on constants, computed now (its node kept otherwise)."""
        if not ctype.is_integer(e.type):
            return e
        v = fold.value(e)
        if isinstance(v, int):
            return ast.IntLit(e.type, e.pos, v)
        return e

    def address_of(self, e: ast.Expr, pos: Pos) -> ast.Expr:
        if self.invalid(e):
            return self.poison(pos)
        if isinstance(e, ast.MemberOf) and e.member.is_bitfield:
            self.error(pos, f"cannot take address of bit-field '{e.member.name}'")
        elif isinstance(e, ast.VarRef) and e.obj.storage is ast.Storage.REGISTER:
            self.error(pos, f"address of register variable '{e.obj.name}' requested")
        elif not (self.is_lvalue(e) or isinstance(e.type, ctype.Function)):
            self.error(pos, "lvalue required as unary '&' operand")
            return self.poison(pos)
        if isinstance(e, ast.Deref) and not isinstance(e.type, ctype.Function):
            return e.operand if e.operand.type == ctype.Pointer(e.type) else (
                ast.AddrOf(ctype.Pointer(e.type), pos, e))  # fmt: skip
        return ast.AddrOf(ctype.Pointer(e.type), pos, e)

    def deref(self, e: ast.Expr, pos: Pos) -> ast.Expr:
        if self.invalid(e):
            return self.poison(pos)
        v = self.value(e)
        t = v.type.unqual()
        if not isinstance(t, ctype.Pointer):
            self.error(pos, f"invalid type argument of unary '*' (have '{v.type}')")
            return self.poison(pos)
        if isinstance(t.to, ctype.Void):
            self.warning(pos, f"dereferencing '{t}' pointer")
        return ast.Deref(t.to, pos, v)

    def binary(self, op: str, a: ast.Expr, b: ast.Expr, pos: Pos) -> ast.Expr:
        if self.invalid(a, b) or self.void_operand(a, b):
            return self.poison(pos)
        a, b = self.value(a), self.value(b)
        s, t = a.type.unqual(), b.type.unqual()
        if op in ("&&", "||"):
            if ctype.is_scalar(s) and ctype.is_scalar(t):
                return self.folded(ast.Binary(ctype.INT, pos, op, a, b))
        elif op in ("+", "-") and (isinstance(s, ctype.Pointer) or isinstance(t, ctype.Pointer)):
            result = self.pointer_arithmetic(op, a, b, pos)
            if result is not None:
                return result
        elif op in ("==", "!=", "<", ">", "<=", ">="):
            result = self.comparison(op, a, b, pos)
            if result is not None:
                return result
        elif op in ("<<", ">>"):
            if ctype.is_integer(s) and ctype.is_integer(t):
                pt = ctype.promote(s)
                self.check_shift_count(op, b, pt, pos)
                return self.folded(
                    ast.Binary(pt, pos, op, self.cast(a, pt), self.cast(b, ctype.promote(t)))
                )
        elif self.arithmetic_ok(op, s, t):
            common = ctype.usual_arithmetic(s, t)
            node = ast.Binary(common, pos, op, self.cast(a, common), self.cast(b, common))
            self.check_division(op, b, pos)
            self.check_signed_overflow(node)
            return self.folded(node)
        self.error(pos, f"invalid operands to binary {op} (have '{a.type}' and '{b.type}')")
        return self.poison(pos)

    @staticmethod
    def arithmetic_ok(op: str, s: Type, t: Type) -> bool:
        if op in ("%", "&", "|", "^"):
            return ctype.is_integer(s) and ctype.is_integer(t)
        return op in ("+", "-", "*", "/") and ctype.is_arithmetic(s) and ctype.is_arithmetic(t)

    def check_signed_overflow(self, e: ast.Binary | ast.Unary) -> None:
        """gcc's -Woverflow for constant signed arithmetic that does not fit its type."""
        if not isinstance(e.type, ctype.Int) or not e.type.signed or self.quiet:
            return
        if isinstance(e, ast.Unary):
            x = fold.value(e.operand)
            if e.op == "-" and isinstance(x, int) and -x > e.type.max:
                shown = e.type.wrap(-x)
                self.warning(e.pos, f"integer overflow in expression '{shown}' of type "
                                    f"'{e.type}' results in '{shown}'")  # fmt: skip
            return
        x, y = fold.value(e.lhs), fold.value(e.rhs)
        if not isinstance(x, int) or not isinstance(y, int) or e.op not in "+-*":
            return
        exact = x + y if e.op == "+" else x - y if e.op == "-" else x * y
        if not e.type.min <= exact <= e.type.max:
            self.warning(e.pos, f"integer overflow in expression of type '{e.type}' "
                                f"results in '{e.type.wrap(exact)}'")  # fmt: skip

    def check_shift_count(self, op: str, count: ast.Expr, t: Type, pos: Pos) -> None:
        n = fold.value(count)
        if not isinstance(n, int) or self.quiet:
            return
        side = "left" if op == "<<" else "right"
        if n < 0:
            self.warning(pos, f"{side} shift count is negative")
        elif n >= t.size * 8:
            self.warning(pos, f"{side} shift count >= width of type")

    def check_division(self, op: str, b: ast.Expr, pos: Pos) -> None:
        if op in ("/", "%") and not self.quiet and ctype.is_integer(b.type) and fold.value(b) == 0:
            self.warning(pos, "division by zero")

    def index_type(self, e: ast.Expr) -> ast.Expr:
        """The integer side of pointer arithmetic, as long (or unsigned long)."""
        return self.cast(e, ctype.LONG if ctype.is_signed(e.type) else ctype.ULONG)

    def pointer_arithmetic(self, op: str, a: ast.Expr, b: ast.Expr, pos: Pos) -> ast.Expr | None:
        s, t = a.type.unqual(), b.type.unqual()
        if isinstance(s, ctype.Pointer) and ctype.is_integer(t):
            self.check_pointee(s, pos)
            return ast.Binary(s, pos, op, a, self.index_type(b))
        if op == "+" and isinstance(t, ctype.Pointer) and ctype.is_integer(s):
            self.check_pointee(t, pos)
            return ast.Binary(t, pos, op, b, self.index_type(a))
        if op == "-" and isinstance(s, ctype.Pointer) and isinstance(t, ctype.Pointer):
            if not ctype.compatible(s.to.unqual(), t.to.unqual()):
                self.error(pos, "invalid operands to binary - (have "
                           f"'{a.type}' and '{b.type}')")  # fmt: skip
                return self.poison(pos)
            self.check_pointee(s, pos)
            return ast.Binary(ctype.LONG, pos, op, a, b)
        return None

    def check_pointee(self, p: ctype.Pointer, pos: Pos) -> None:
        to = p.to
        if isinstance(to, ctype.Record | ctype.Array) and not ctype.is_complete(to):
            self.error(pos, f"invalid use of undefined type '{to}'")

    def comparison(self, op: str, a: ast.Expr, b: ast.Expr, pos: Pos) -> ast.Expr | None:
        s, t = a.type.unqual(), b.type.unqual()
        if ctype.is_arithmetic(s) and ctype.is_arithmetic(t):
            common = ctype.usual_arithmetic(s, t)
            return self.folded(
                ast.Binary(ctype.INT, pos, op, self.cast(a, common), self.cast(b, common))
            )
        sp, tp = isinstance(s, ctype.Pointer), isinstance(t, ctype.Pointer)
        if sp and tp:
            assert isinstance(s, ctype.Pointer) and isinstance(t, ctype.Pointer)
            void = isinstance(s.to, ctype.Void) or isinstance(t.to, ctype.Void)
            if not void and not ctype.compatible(s.to.unqual(), t.to.unqual()):
                self.warning(pos, "comparison of distinct pointer types lacks a cast")
            return ast.Binary(ctype.INT, pos, op, a, self.cast(b, s) if void else b)
        if sp and ctype.is_integer(t) or tp and ctype.is_integer(s):
            ptr, other = (a, b) if sp else (b, a)
            if not is_null_constant(other):
                self.warning(pos, "comparison between pointer and integer")
            other = self.cast(other, ptr.type)
            return ast.Binary(ctype.INT, pos, op, *((ptr, other) if sp else (other, ptr)))
        return None

    def assign(self, op: str, target: ast.Expr, value: ast.Expr, pos: Pos) -> ast.Expr:
        if self.invalid(target, value):
            return self.poison(pos)
        if not self.is_lvalue(target):
            self.error(pos, "lvalue required as left operand of assignment")
            return self.poison(pos)
        t = target.type.unqual()
        if not self.check_modifiable(target, "assignment", pos):
            return ast.Assign(t, pos, target, self.value(value))
        if op == "=":
            converted = self.convert_for(value, t, "assignment", where=pos)
            return ast.Assign(t, pos, target, converted)
        binop = op[:-1]
        v = self.value(value)
        s = v.type.unqual()
        if isinstance(t, ctype.Pointer) and binop in ("+", "-") and ctype.is_integer(s):
            return ast.CompoundAssign(t, pos, binop, target, self.index_type(v), t)
        if binop in ("<<", ">>") and ctype.is_integer(t) and ctype.is_integer(s):
            return ast.CompoundAssign(t, pos, binop, target, self.cast(v, ctype.promote(s)),
                                      ctype.promote(t))  # fmt: skip
        if not self.arithmetic_ok(binop, t, s):
            self.error(
                pos, f"invalid operands to binary {binop} (have '{target.type}' and '{v.type}')"
            )
            return self.poison(pos)
        self.check_division(binop, v, pos)
        common = ctype.usual_arithmetic(t, s)
        return ast.CompoundAssign(t, pos, binop, target, self.cast(v, common), common)

    def incdec(self, op: str, prefix: bool, e: ast.Expr, pos: Pos) -> ast.Expr:
        if self.invalid(e):
            return self.poison(pos)
        what = "increment" if op == "++" else "decrement"
        if not self.is_lvalue(e) or isinstance(e.type, ctype.Array):
            self.error(pos, f"lvalue required as {what} operand")
            return self.poison(pos)
        t = e.type.unqual()
        if not ctype.is_scalar(t):
            self.error(pos, f"wrong type argument to {what}")
            return self.poison(pos)
        if isinstance(t, ctype.Pointer):
            self.check_pointee(t, pos)
        self.check_modifiable(e, what, pos)
        return ast.IncDec(t, pos, op, prefix, e)

    def conditional(self, c: ast.Expr, a: ast.Expr | None, b: ast.Expr, pos: Pos) -> ast.Expr:
        if self.invalid(c, a, b):
            return self.poison(pos)
        c = self.condition(c)
        shared = a is None
        a = c if a is None else self.value(a)
        b = self.value(b)
        s, t = a.type.unqual(), b.type.unqual()
        result: Type
        if ctype.is_arithmetic(s) and ctype.is_arithmetic(t):
            result = ctype.usual_arithmetic(s, t)
        elif isinstance(s, ctype.Void) or isinstance(t, ctype.Void):
            result = ctype.VOID
        elif self.same_record(s, t) or isinstance(s, ctype.Pointer) and is_null_constant(b):
            result = s
        elif isinstance(t, ctype.Pointer) and is_null_constant(a):
            result = t
        elif isinstance(s, ctype.Pointer) and isinstance(t, ctype.Pointer):
            result = self.pointer_conditional(s, t, pos)
        elif isinstance(s, ctype.Pointer) or isinstance(t, ctype.Pointer):
            self.warning(pos, "pointer/integer type mismatch in conditional expression")
            result = s if isinstance(s, ctype.Pointer) else t
        else:
            self.error(pos, "type mismatch in conditional expression")
            return self.poison(pos)
        if not isinstance(result, ctype.Void):
            a, b = self.cast(a, result), self.cast(b, result)
        node = ast.Cond(result, pos, c, a, b, shared=shared)
        cv = fold.value(c)
        if isinstance(cv, int) and isinstance(result, ctype.Int | ctype.Enum):
            return self.folded(node)
        return node

    @staticmethod
    def same_record(s: Type, t: Type) -> bool:
        return isinstance(s, ctype.Record) and isinstance(t, ctype.Record) and s.tag is t.tag

    def pointer_conditional(self, s: ctype.Pointer, t: ctype.Pointer, pos: Pos) -> Type:
        quals = s.to.qual | t.to.qual
        if isinstance(s.to, ctype.Void) or isinstance(t.to, ctype.Void):
            return ctype.Pointer(ctype.VOID.qualified(quals))
        if ctype.compatible(s.to.unqual(), t.to.unqual()):
            return ctype.Pointer(ctype.composite(s.to.unqual(), t.to.unqual()).qualified(quals))
        self.warning(pos, "pointer type mismatch in conditional expression")
        return ctype.Pointer(ctype.VOID.qualified(quals))

    def comma(self, a: ast.Expr, b: ast.Expr, pos: Pos) -> ast.Expr:
        b = self.value(b)
        return ast.Comma(b.type.unqual(), pos, a, b)

    def explicit_cast(
        self, t: Type, e: ast.Expr, pos: Pos, named_at: Pos | None = None
    ) -> ast.Expr:
        if self.invalid(e):
            return self.poison(pos)
        v = self.value(e)
        s = v.type.unqual()
        t = t.unqual()
        if isinstance(t, ctype.Void):
            return ast.Cast(t, pos, v)
        if isinstance(t, ctype.Array | ctype.Function):
            self.error(
                pos, f"cast specifies {'array' if isinstance(t, ctype.Array) else 'function'} type"
            )
            return self.poison(pos)
        if not ctype.is_scalar(t):
            if isinstance(t, ctype.Record) and isinstance(s, ctype.Record) and s.tag is t.tag:
                return v
            self.error(named_at or pos, "conversion to non-scalar type requested")
            return self.poison(pos)
        if not ctype.is_scalar(s):
            if isinstance(s, ctype.Void):
                self.error(pos, "void value not ignored as it ought to be")
            else:
                self.error(pos, "aggregate value used where a"
                           + (" floating-point" if isinstance(t, ctype.Float) else "n integer")
                           + " was expected")  # fmt: skip
            return ast.Cast(t, pos, v)
        if isinstance(t, ctype.Pointer) and isinstance(s, ctype.Float):
            self.error(pos, "cannot convert to a pointer type")
        elif isinstance(t, ctype.Float) and isinstance(s, ctype.Pointer):
            self.error(pos, "pointer value used where a floating-point was expected")
        elif (
            isinstance(s, ctype.Pointer) and ctype.is_integer(t) and t.size != 8 and t != ctype.BOOL
        ):
            self.warning(pos, "cast from pointer to integer of different size")
        elif (
            isinstance(t, ctype.Pointer)
            and ctype.is_integer(s)
            and s.size != 8
            and (fold.value(v) is None)
        ):
            self.warning(pos, "cast to pointer from integer of different size")
        if isinstance(v, ast.IntLit) and ctype.is_integer(t):
            return ast.IntLit(t, pos, ctype.as_int(t).wrap(v.value))
        return ast.Cast(t, pos, v)

    def sizeof_type(self, t: Type, pos: Pos, alignof: bool) -> ast.Expr:
        word = "__alignof__" if alignof else "sizeof"
        if isinstance(t, ctype.Function):  # GNU: 1 (gcc warns only with -Wpointer-arith)
            return ast.IntLit(ctype.ULONG, pos, 1)
        if not ctype.is_complete(t) and not isinstance(t, ctype.Void):
            self.error(pos, f"invalid application of '{word}' to incomplete type '{t}'")
            return self.poison(pos)
        if isinstance(t, ctype.Array) and t.vla is not None and not alignof:
            return ast.SizeOf(ctype.ULONG, pos, t)
        return ast.IntLit(ctype.ULONG, pos, t.align if alignof else t.size)

    def sizeof_expr(self, e: ast.Expr, pos: Pos, alignof: bool) -> ast.Expr:
        if self.invalid(e):
            return self.poison(pos)
        if isinstance(e, ast.MemberOf) and e.member.is_bitfield:
            self.error(pos, "'sizeof' applied to a bit-field")
            return self.poison(pos)
        if alignof and isinstance(e, ast.VarRef) and e.obj.align:
            return ast.IntLit(ctype.ULONG, pos, max(e.obj.align, e.type.align))
        result = self.sizeof_type(e.type, ast.start(e), alignof)
        return (
            ast.IntLit(result.type, pos, result.value) if isinstance(result, ast.IntLit) else result
        )

    # --- postfix operators ----------------------------------------------------------------

    def index(self, a: ast.Expr, i: ast.Expr, pos: Pos) -> ast.Expr:
        if self.invalid(a, i):
            return self.poison(pos)
        a, i = self.value(a), self.value(i)
        if not isinstance(a.type.unqual(), ctype.Pointer) and isinstance(
            i.type.unqual(), ctype.Pointer
        ):
            a, i = i, a
        p = a.type.unqual()
        if not isinstance(p, ctype.Pointer):
            self.error(pos, "subscripted value is neither array nor pointer nor vector")
            return self.poison(pos)
        if not ctype.is_integer(i.type):
            self.error(pos, "array subscript is not an integer")
            return self.poison(pos)
        self.check_pointee(p, pos)
        return ast.Deref(p.to, pos, ast.Binary(p, pos, "+", a, self.index_type(i)))

    def member(self, e: ast.Expr, name: str, pos: Pos, arrow: bool) -> ast.Expr:
        if self.invalid(e):
            return self.poison(pos)
        if arrow:
            v = self.value(e)
            p = v.type.unqual()
            if isinstance(p, ctype.Pointer) and not isinstance(p.to, ctype.Record):
                not_record = "in something not a structure or union"
                self.error(pos, f"request for member '{name}' {not_record}")
                return self.poison(pos)
            if not isinstance(p, ctype.Pointer):
                self.error(pos, f"invalid type argument of '->' (have '{v.type}')")
                return self.poison(pos)
            e = ast.Deref(p.to, v.pos, v)
        t = e.type
        p = t.unqual()
        if isinstance(p, ctype.Pointer) and isinstance(p.to, ctype.Record) and not arrow:
            self.error(pos, f"'{ast.spell(e)}' is a pointer; did you mean to use '->'?")
            return self.poison(pos)
        if not isinstance(t, ctype.Record):
            self.error(pos, f"request for member '{name}' in something not a structure or union")
            return self.poison(pos)
        if t.tag.members is None:
            self.error(pos, f"invalid use of undefined type '{t.unqual()}'")
            return self.poison(pos)
        found = t.tag.find(name)
        if found is None:
            self.error(pos, f"'{t.unqual()}' has no member named '{name}'")
            return self.poison(pos)
        m, extra = found
        return ast.MemberOf(m.type.qualified(t.qual), pos, e, m, extra + m.offset)

    def call(self, f: ast.Expr, args: list[ast.Expr], pos: Pos) -> ast.Expr:
        if self.invalid(f):
            return self.poison(pos)
        if isinstance(f, ast.VarRef) and f.obj.builtin and f.obj.name not in BUILTINS:
            return self.generic_builtin(f.obj.name, args, f.pos)
        fv = self.value(f)
        p = fv.type.unqual()
        if not isinstance(p, ctype.Pointer) or not isinstance(p.to, ctype.Function):
            name = f" '{f.obj.name}'" if isinstance(f, ast.VarRef) else ""
            self.error(ast.start(f), f"called object{name} is not a function or function pointer")
            self.declared_here(f)
            return self.poison(pos)
        ft = p.to
        callee = f.obj.name if isinstance(f, ast.VarRef) else ""
        converted = self.arguments(ft, args, callee, f)
        if isinstance(f, ast.VarRef) and self.options.warn_format:
            self.check_format(f.obj, ft, converted)
        return ast.Call(ft.ret.unqual(), f.pos, fv, tuple(converted))

    def check_format(self, obj: ast.Object, ft: ctype.Function, args: list[ast.Expr]) -> None:
        """-Wformat (formatcheck.py): a printf- or scanf-like call with a literal format."""
        spec = obj.format
        if (
            spec is None
            and obj.linkage is ast.Linkage.EXTERNAL
            and ft.variadic != (obj.name.startswith("v"))
        ):  # the C library's, as gcc knows them (the v- ones take a va_list)
            spec = formatcheck.LIBRARY.get(obj.name)
        if spec is None:
            return
        kind, at, first = spec
        if not 0 < at <= len(args):
            return
        text = _string_literal(args[at - 1])
        if text is None:
            return
        given = [a.type for a in args[first - 1 :]] if first else []
        where = ast.start(args[at - 1])
        for problem in formatcheck.check(kind, text, first, given):
            self.reporter.warning(_in_literal(where, problem.at), problem.message)

    def arguments(self, ft: ctype.Function, args: list[ast.Expr], callee: str,
                  f: ast.Expr) -> list[ast.Expr]:  # fmt: skip
        shown = f" '{callee}'" if callee else ""
        if ft.prototyped and len(args) < len(ft.params):
            self.error(f.pos, f"too few arguments to function{shown}")
            self.declared_here(f)
        elif ft.prototyped and len(args) > len(ft.params) and not ft.variadic:
            self.error(f.pos, f"too many arguments to function{shown}")
            self.declared_here(f)
        out = []
        for n, arg in enumerate(args):
            if n < len(ft.params) and ft.prototyped:
                member = self.transparent_member(arg, ft.params[n])
                if member is not None:  # passed as the union's first member (gcc's ABI)
                    out.append(self.cast(self.value(arg), member))
                    continue
                out.append(self.convert_for(arg, ft.params[n], "argument", callee, n + 1))
            else:
                out.append(self.default_promotion(arg))
        return out

    def transparent_member(self, arg: ast.Expr, param: Type) -> Type | None:
        """GNU transparent unions (glibc's sockaddr arguments): a pointer argument to a
        union-of-pointers parameter goes as the union's first member; None otherwise."""
        u = param.unqual()
        if not isinstance(u, ctype.Record) or not u.tag.transparent or not u.tag.members:
            return None
        members = [m.type for m in u.tag.members]
        if not all(isinstance(m.unqual(), ctype.Pointer) for m in members):
            return None
        t = arg.type.unqual()
        if isinstance(t, ctype.Array | ctype.Function):
            t = self.value(arg).type.unqual()
        if isinstance(t, ctype.Pointer) or fold.value(arg) == 0 and ctype.is_integer(t):
            return members[0]
        return None

    def declared_here(self, f: ast.Expr) -> None:
        if isinstance(f, ast.VarRef):
            self.declared_here_obj(f.obj)

    def declared_here_obj(self, obj: ast.Object | None) -> None:
        if obj is not None and not obj.builtin:
            self.reporter.note(obj.pos, "declared here")

    def default_promotion(self, e: ast.Expr) -> ast.Expr:
        v = self.value(e)
        t = v.type.unqual()
        if isinstance(t, ctype.Void):
            self.error(v.pos, "invalid use of void expression")
            return v
        if t == ctype.FLOAT:
            return self.cast(v, ctype.DOUBLE)
        if ctype.is_integer(t):
            return self.cast(v, ctype.promote(t))
        return v

    def generic_builtin(self, name: str, args: list[ast.Expr], pos: Pos) -> ast.Expr:
        values = [self.value(a) if name != "__builtin_va_start" or i else a
                  for i, a in enumerate(args)]  # fmt: skip
        if name == "__builtin_constant_p":
            known = bool(args) and fold.value(args[0]) is not None
            return ast.IntLit(ctype.INT, pos, int(known))
        if name.startswith(("__atomic_", "__sync_")):
            return ast.BuiltinCall(atomic_result(name, values), pos, name, tuple(values))
        if name in ("__builtin_va_start", "__builtin_va_end", "__builtin_va_copy",
                    "__builtin_prefetch"):  # fmt: skip
            return ast.BuiltinCall(ctype.VOID, pos, name, tuple(values))
        if name == "__builtin_assume_aligned":
            return ast.BuiltinCall(VOIDP, pos, name, tuple(values))
        if name.endswith("_overflow"):
            return ast.BuiltinCall(ctype.BOOL, pos, name, tuple(values))
        return ast.BuiltinCall(ctype.INT, pos, name, tuple(values))

    def va_arg(self, ap: ast.Expr, t: Type, pos: Pos) -> ast.Expr:
        return ast.VaArg(t.unqual(), pos, self.value(ap))

    def offsetof(self, t: Type, path: list[tuple[str, Pos] | ast.Expr], pos: Pos) -> ast.Expr:
        offset = 0
        for step in path:
            if isinstance(step, tuple):
                name, where = step
                if not isinstance(t, ctype.Record) or t.tag.members is None:
                    self.error(
                        where, f"request for member '{name}' in something not a structure or union"
                    )
                    return self.poison(pos)
                found = t.tag.find(name)
                if found is None:
                    self.error(where, f"'{t}' has no member named '{name}'")
                    return self.poison(pos)
                offset += found[1] + found[0].offset
                t = found[0].type
            else:
                if not isinstance(t, ctype.Array):
                    self.error(
                        step.pos, "subscripted value is neither array nor pointer nor vector"
                    )
                    return self.poison(pos)
                offset += self.constant(step, "array index") * t.of.size
                t = t.of
        return ast.IntLit(ctype.ULONG, pos, offset)

    def label_address(self, name: str, pos: Pos) -> ast.Expr:
        self.function.labels_used.setdefault(name, pos)
        return ast.LabelAddr(VOIDP, pos, name)

    def statement_expression(self, body: ast.Block, pos: Pos) -> ast.Expr:
        t: Type = ctype.VOID
        if body.items and isinstance(body.items[-1], ast.ExprStmt):
            last = body.items[-1].expr
            if last is not None:
                t = last.type.unqual()
        return ast.StmtExpr(t, pos, body)

    def generic_matches(self, control: ast.Expr, t: Type) -> bool:
        return ctype.compatible(self.value(control).type.unqual(), t)

    def generic_result(self, e: ast.Expr | None, control: ast.Expr, pos: Pos) -> ast.Expr:
        if e is None:
            shown = self.value(control).type.unqual()
            self.error(
                ast.start(control),
                f"'_Generic' selector of type '{shown}' is not compatible with any association",
            )
            return self.poison(pos)
        return e

    # --- expressions that statements use --------------------------------------------------

    def condition(self, e: ast.Expr) -> ast.Expr:
        """A controlling expression: a scalar, tested against zero."""
        if self.invalid(e):
            return e
        v = self.value(e)
        t = v.type.unqual()
        if isinstance(t, ctype.Void):
            self.error(v.pos, "void value not ignored as it ought to be")
        elif not ctype.is_scalar(t):
            kind = t.tag.kind if isinstance(t, ctype.Record) else "array"
            self.error(v.pos, f"used {kind} type value where scalar is required")
        return v

    def discarded(self, e: ast.Expr) -> ast.Expr:
        """An expression evaluated for its side effects (a statement, a for's step)."""
        return e

    def return_value(self, value: ast.Expr | None, pos: Pos) -> ast.Expr | None:
        ret = self.function.ret
        if value is None:
            if not isinstance(ret, ctype.Void):
                self.warning(pos, "'return' with no value, in function returning non-void")
                self.declared_here_obj(self.function.obj)
            return None
        if isinstance(ret, ctype.Void):
            if not isinstance(value.type, ctype.Void | ctype.Invalid):
                self.warning(ast.start(value), "'return' with a value, in function returning void")
                self.declared_here_obj(self.function.obj)
            return value
        return self.convert_for(value, ret, "return")

    def computed_goto(self, e: ast.Expr, pos: Pos) -> ast.Expr:
        v = self.value(e)
        if not ctype.is_scalar(v.type) and not self.invalid(v):
            self.error(pos, "computed goto must be pointer type")
        return self.cast(v, VOIDP) if ctype.is_scalar(v.type) else v

    def asm_operand(self, e: ast.Expr, output: bool) -> ast.Expr:
        if output:
            if not self.is_lvalue(e):
                self.error(e.pos, "invalid lvalue in asm output")
            return e
        return self.value(e) if not isinstance(e.type, ctype.Record) else e


def _string_literal(e: ast.Expr) -> str | None:
    """The characters of a narrow string literal argument (through its decay and casts)."""
    while isinstance(e, ast.Cast | ast.Decay):
        e = e.operand
    t = e.type.unqual()
    if not isinstance(e, ast.StringLit) or not isinstance(t, ctype.Array) or t.of.size != 1:
        return None
    return "".join(chr(u) for u in e.units)


_ESCAPE = re.compile(r"\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")


def _in_literal(pos: Pos, index: int) -> Pos:
    """Where character `index` of the string literal at `pos` is in the source (as gcc
    shows format warnings); the literal itself when that is not plain to see (a macro,
    a concatenation, a multibyte character)."""
    if index < 0 or not pos.source.line(pos.line)[pos.col - 1 :].startswith('"'):
        return pos
    line = pos.source.line(pos.line)
    i = pos.col  # (from 0) just past the quote; each unit is a character or an escape
    for n in range(index + 1):
        if i >= len(line) or line[i] == '"' or not line[i].isascii():
            return pos
        if n < index:
            m = _ESCAPE.match(line, i)
            i = m.end() if m else i + 1
    return Pos(pos.source, pos.line, i + 1)


def _exact_long_double(e: ast.Expr) -> Fraction | None:
    """The exact value of a long double constant expression a double cannot hold:
    a literal, negated or not, or cast to long double (or None)."""
    match e:
        case ast.FloatLit(exact=x) if x is not None:
            return x
        case ast.Unary(op="-" | "+" as op, operand=x):
            v = _exact_long_double(x)
            return None if v is None else -v if op == "-" else v
        case ast.Cast(operand=x) if x.type.unqual() == ctype.LDOUBLE:
            return _exact_long_double(x)
    return None
