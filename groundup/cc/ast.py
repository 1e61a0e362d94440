"""The typed syntax tree: what the parser builds and sema checks, what lowering reads.

Every expression carries its C type (`type`) and where it was written (`pos`).
Sema makes every conversion C does implicitly an explicit node, so lowering never
has to know C's conversion rules:

* `Cast(implicit=True)`: integer promotions, the usual arithmetic conversions,
  assignment/argument/return conversions, the test of a condition stays a scalar;
* `Decay`: an array or function used as a value becomes a pointer to its first
  element / to the function;
* `a[i]` is `Deref(Binary('+', a, i))`, `p->m` is `MemberOf(Deref(p), m)`;
* `Binary('+'/'-')` with a pointer operand is pointer arithmetic: the integer side
  counts elements (scale it by `type.to.size`); pointer minus pointer has type
  `long` and counts elements too;
* `&&`, `||`, `!`, comparisons have type int; their operands are scalars tested
  against zero (they are not converted);
* `CompoundAssign(op, target, value, optype)`: load target, convert it to `optype`,
  apply op with `value` (already of `optype`, or long for pointer += n), convert
  back to the target's type, store.

Declared things are `Object`s (variables and functions), shared by every use
(`VarRef.obj`); each has an id unique in the program, its storage class and
linkage. Constant expressions that C requires (array sizes, case labels, enum
values, sizeof) are folded to `IntLit`. Initializers are flat: `Initializer.items`
gives the byte offset and type of each scalar (or string) that is set; every
other byte of the object is zero.

Also for lowering to know:

* a call whose callee is a `VarRef` to an `Object` with `builtin` set is a compiler
  builtin with a fixed type (`__builtin_memcpy`, `__builtin_expect`, ...); builtins
  whose type depends on their arguments (`__builtin_va_start`, `__atomic_*`,
  `__sync_*`, ...) are `BuiltinCall`s, `va_arg` is `VaArg`;
* GNU `a ?: b` is a `Cond` with `shared` set: `then` is `cond` (converted to the
  result type), and `cond` must be evaluated only once;
* a variable-length array's type is an `Array` with `vla` set to its length (an
  expression to evaluate where the declaration is), `sizeof` of it a `SizeOf`;
* an unnamed parameter of a definition (C2x, gcc) is an `Object` named "";
* a function with `inline_definition` set (C99 `inline` with no `extern`
  declaration) defines no external symbol: its calls need another definition;
* `main` falling off its end returns 0 (C17 5.1.2.2.3): sema does not add that;
* `DeclStmt` holds only automatic variables; block-scope statics are in
  `FuncDef.statics`, file-scope variables in `Program.items` (definitions, in source
  order; tentative ones at the end) and every symbol in `Program.objects`.

`dump(program)` is the printable form `groundup cc --dump-ast` shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from groundup.cc.ctype import Member, Type, type_name
from groundup.diag import Pos

# --- declared things ---------------------------------------------------------------------


class Storage(StrEnum):
    AUTO = "auto"
    REGISTER = "register"
    STATIC = "static"
    EXTERN = "extern"
    TYPEDEF = "typedef"
    NONE = ""  # file scope, no storage class


class Linkage(StrEnum):
    NONE = "none"
    INTERNAL = "internal"
    EXTERNAL = "external"


@dataclass(slots=True, eq=False)
class Object:
    """A variable or function. Redeclarations update the one object."""

    name: str
    type: Type
    pos: Pos
    id: int
    storage: Storage
    linkage: Linkage
    is_local: bool = False  # block scope with automatic storage (a parameter too)
    is_param: bool = False
    defined: bool = False  # a function body, or an initializer for a variable
    tentative: bool = False  # file-scope `int x;` with no initializer (yet)
    asm_name: str | None = None  # `__asm__("name")`: the symbol to use
    align: int = 0  # _Alignas / aligned attribute (0: the type's)
    is_inline: bool = False
    # C17 6.7.4p7: every file-scope declaration says `inline` and none `extern`: the
    # definition is an inline definition only, and no external symbol is defined.
    inline_definition: bool = False
    non_inline_declared: bool = False  # (a declaration without inline, or with extern)
    used: bool = False
    builtin: bool = False  # a compiler builtin (__builtin_*), never a symbol
    thread_local: bool = False  # _Thread_local / __thread: one copy per thread
    # __attribute__s the symbol shows: weak, constructor, destructor; visibility, section
    # and alias ("visibility": "hidden" ...)
    flags: set[str] = field(default_factory=set)
    format: tuple[str, int, int] | None = None  # __attribute__((format(printf, 1, 2)))
    strings: dict[str, str] = field(default_factory=dict)

    @property
    def symbol(self) -> str:
        return self.asm_name or self.name

    @property
    def is_function(self) -> bool:
        from groundup.cc.ctype import Function

        return isinstance(self.type, Function)


# --- expressions -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Expr:
    type: Type
    pos: Pos


@dataclass(frozen=True, slots=True)
class IntLit(Expr):
    value: int


@dataclass(frozen=True, slots=True)
class FloatLit(Expr):
    """A floating constant; a long double one also keeps its exact value (`exact`), as
    a double cannot hold it."""

    value: float
    exact: Fraction | None = None


@dataclass(frozen=True, slots=True)
class StringLit(Expr):
    """A string literal: an array of char (or wchar_t...) with a terminating zero."""

    units: tuple[int, ...]  # the code units, without the terminating zero


@dataclass(frozen=True, slots=True)
class VarRef(Expr):
    obj: Object


@dataclass(frozen=True, slots=True)
class Unary(Expr):
    op: str  # '-', '~', '!'
    operand: Expr


@dataclass(frozen=True, slots=True)
class Binary(Expr):
    op: str  # '+ - * / % << >> & | ^ == != < <= > >= && ||'
    lhs: Expr
    rhs: Expr


@dataclass(frozen=True, slots=True)
class Deref(Expr):
    operand: Expr


@dataclass(frozen=True, slots=True)
class AddrOf(Expr):
    operand: Expr


@dataclass(frozen=True, slots=True)
class Decay(Expr):
    operand: Expr  # of array or function type


@dataclass(frozen=True, slots=True)
class MemberOf(Expr):
    base: Expr  # of struct or union type
    member: Member
    offset: int  # of the member in base (anonymous members' offsets added in)


@dataclass(frozen=True, slots=True)
class Assign(Expr):
    target: Expr
    value: Expr  # converted to the target's type


@dataclass(frozen=True, slots=True)
class CompoundAssign(Expr):
    op: str  # '+', '-', ... the operator without '='
    target: Expr
    value: Expr
    optype: Type  # the type the operation is done in


@dataclass(frozen=True, slots=True)
class IncDec(Expr):
    op: str  # '++' or '--'
    prefix: bool
    operand: Expr


@dataclass(frozen=True, slots=True)
class Cond(Expr):
    cond: Expr
    then: Expr
    other: Expr
    shared: bool = False  # GNU `a ?: b`: `then` is `cond` converted; evaluate `a` once


@dataclass(frozen=True, slots=True)
class Comma(Expr):
    lhs: Expr
    rhs: Expr


@dataclass(frozen=True, slots=True)
class Call(Expr):
    func: Expr  # a pointer to a function
    args: tuple[Expr, ...]  # converted to the parameter types / default-promoted


@dataclass(frozen=True, slots=True)
class BuiltinCall(Expr):
    """A compiler builtin that is not a function: __builtin_va_start, __atomic_*, ..."""

    name: str
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class VaArg(Expr):
    ap: Expr


@dataclass(frozen=True, slots=True)
class SizeOf(Expr):
    """`sizeof` of a variable-length array type: known only when the program runs
    (its length is `of.vla`, an expression evaluated where the type is declared)."""

    of: Type


@dataclass(frozen=True, slots=True)
class AddressConst(Expr):
    """An address constant of a static initializer: a symbol (an object or function, a
    string literal, or a label's name) plus a byte offset."""

    target: Object | StringLit | str
    offset: int


@dataclass(frozen=True, slots=True)
class LabelAddr(Expr):
    """GNU `&&label`: the address of a label (for `goto *p`)."""

    label: str


@dataclass(frozen=True, slots=True)
class Cast(Expr):
    operand: Expr
    implicit: bool = False


@dataclass(frozen=True, slots=True)
class CompoundLiteral(Expr):
    obj: Object
    init: Initializer


@dataclass(frozen=True, slots=True)
class StmtExpr(Expr):
    """GNU `({ ... })`: the value of the last expression statement."""

    body: Block


def is_lvalue(e: Expr) -> bool:
    """Whether an expression designates an object (C17 6.3.2.1): a variable, `*p`, a
    member of an lvalue, a string literal or a compound literal."""
    match e:
        case VarRef(obj=obj):
            return not obj.is_function
        case Deref():
            from groundup.cc.ctype import Function

            return not isinstance(e.type, Function)
        case MemberOf(base=base):
            return is_lvalue(base)
        case StringLit() | CompoundLiteral():
            return True
    return False


def start(e: Expr) -> Pos:
    """Where an expression begins in the source (gcc shows some errors there; for
    `a ? b : c` gcc's place is the `:`, which is the `Cond`'s pos)."""
    match e:
        case Binary(lhs=x) | Comma(lhs=x) | Assign(target=x) | CompoundAssign(target=x):
            return start(x)
        case Call(func=x) | MemberOf(base=x) | Decay(operand=x):
            return start(x)
        case Cast(implicit=True, operand=x):
            return start(x)
        case IncDec(prefix=False, operand=x):
            return start(x)
        case Deref(operand=Binary(op="+", lhs=x)) if e.pos == e.operand.pos:
            return start(x)
    return e.pos


def spell(e: Expr) -> str:
    """An lvalue as gcc shows it in messages (`*p`, `s.a`, `p->a`), roughly."""
    match e:
        case VarRef(obj=obj):
            return obj.name
        case Deref(operand=Binary(op="+", lhs=a, rhs=i)):
            return f"{spell(a)}[{spell(i)}]"
        case Deref(operand=x):
            return f"*{spell(x)}"
        case MemberOf(base=Deref(operand=x), member=m):
            return f"{spell(x)}->{m.name}"
        case MemberOf(base=x, member=m):
            return f"{spell(x)}.{m.name}"
        case Cast(implicit=True, operand=x) | Decay(operand=x):
            return spell(x)
        case IntLit(value=v):
            return str(v)
    return "..."


# --- initializers ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InitItem:
    offset: int
    type: Type  # a scalar type, or an array of char for a string
    value: Expr
    member: Member | None = None  # a bit-field member being set


@dataclass(frozen=True, slots=True)
class Initializer:
    items: tuple[InitItem, ...]


# --- statements --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stmt:
    pos: Pos


@dataclass(frozen=True, slots=True)
class Block(Stmt):
    items: tuple[Stmt, ...]


@dataclass(frozen=True, slots=True)
class ExprStmt(Stmt):
    expr: Expr | None


@dataclass(frozen=True, slots=True)
class DeclStmt(Stmt):
    """Block-scope declarations; a variable with an initializer is set here."""

    decls: tuple[VarDecl, ...]


@dataclass(frozen=True, slots=True)
class If(Stmt):
    cond: Expr
    then: Stmt
    other: Stmt | None


@dataclass(frozen=True, slots=True)
class While(Stmt):
    cond: Expr
    body: Stmt


@dataclass(frozen=True, slots=True)
class DoWhile(Stmt):
    body: Stmt
    cond: Expr


@dataclass(frozen=True, slots=True)
class For(Stmt):
    init: Stmt | None  # DeclStmt or ExprStmt
    cond: Expr | None
    step: Expr | None
    body: Stmt


@dataclass(frozen=True, slots=True)
class Switch(Stmt):
    cond: Expr  # promoted
    body: Stmt
    cases: tuple[Case, ...]
    default: Default | None


@dataclass(frozen=True, slots=True)
class Case(Stmt):
    value: int  # converted to the switch's type
    high: int  # GNU `case a ... b:`; == value otherwise
    body: Stmt
    id: int  # unique in the function (a label for lowering)


@dataclass(frozen=True, slots=True)
class Default(Stmt):
    body: Stmt
    id: int


@dataclass(frozen=True, slots=True)
class Break(Stmt):
    pass


@dataclass(frozen=True, slots=True)
class Continue(Stmt):
    pass


@dataclass(frozen=True, slots=True)
class Goto(Stmt):
    label: str


@dataclass(frozen=True, slots=True)
class ComputedGoto(Stmt):
    target: Expr


@dataclass(frozen=True, slots=True)
class Label(Stmt):
    name: str
    body: Stmt


@dataclass(frozen=True, slots=True)
class Return(Stmt):
    value: Expr | None  # converted to the function's return type


@dataclass(frozen=True, slots=True)
class AsmOperand:
    constraint: str
    expr: Expr
    name: str | None = None  # `[name] "r" (x)`: %[name] in the template


@dataclass(frozen=True, slots=True)
class Asm(Stmt):
    """GNU inline assembly: `asm volatile ("..." : outputs : inputs : clobbers)`."""

    template: str
    outputs: tuple[AsmOperand, ...] = ()
    inputs: tuple[AsmOperand, ...] = ()
    clobbers: tuple[str, ...] = ()
    volatile: bool = False


# --- declarations ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VarDecl:
    obj: Object
    init: Initializer | None
    pos: Pos


@dataclass(frozen=True, slots=True)
class FuncDef:
    obj: Object
    params: tuple[Object, ...]
    body: Block
    locals: tuple[Object, ...]  # every automatic variable, parameters first
    statics: tuple[VarDecl, ...]  # block-scope statics (and compound literals at file scope)
    pos: Pos


@dataclass(frozen=True, slots=True)
class FileAsm:
    text: str
    pos: Pos


@dataclass(slots=True)
class Program:
    """A translation unit: in source order, the definitions; `objects` every
    file-scope object and function declared (the symbols)."""

    items: list[VarDecl | FuncDef | FileAsm] = field(default_factory=list)
    objects: list[Object] = field(default_factory=list)
    aliases: list[Object] = field(default_factory=list)  # __attribute__((alias("f")))


# --- the printable form ------------------------------------------------------------------


def dump(program: Program) -> str:
    """An indented tree, one node per line, with the type of every expression."""
    out: list[str] = []
    for item in program.items:
        match item:
            case FuncDef():
                _func(item, out)
            case VarDecl():
                _var(item, 0, out)
            case FileAsm(text=text):
                out.append(f"Asm {text!r}")
    return "\n".join(out) + "\n"


def describe(obj: Object) -> str:
    extra = [obj.storage.value] if obj.storage.value else []
    extra.append(f"linkage={obj.linkage.value}")
    if obj.asm_name:
        extra.append(f"asm={obj.asm_name}")
    if obj.inline_definition:
        extra.append("inline-definition")
    return f"{obj.name}#{obj.id} '{type_name(obj.type)}' {' '.join(extra)}"


def _func(f: FuncDef, out: list[str]) -> None:
    out.append(f"FuncDef {describe(f.obj)}")
    for p in f.params:
        out.append(f"  Param {p.name}#{p.id} '{type_name(p.type)}'")
    for s in f.statics:
        _var(s, 1, out)
    _stmt(f.body, 1, out)


def _var(d: VarDecl, depth: int, out: list[str]) -> None:
    pad = "  " * depth
    out.append(f"{pad}Var {describe(d.obj)}")
    if d.init is not None:
        for item in d.init.items:
            bits = ""
            if item.member is not None and item.member.bit_width is not None:
                bits = f" bits {item.member.bit_offset}:{item.member.bit_width}"
            out.append(f"{pad}  Init +{item.offset} '{type_name(item.type)}'{bits}")
            _expr(item.value, depth + 2, out)


def _stmt(s: Stmt, depth: int, out: list[str]) -> None:
    pad = "  " * depth
    match s:
        case Block(items=items):
            out.append(f"{pad}Block")
            for item in items:
                _stmt(item, depth + 1, out)
        case ExprStmt(expr=e):
            out.append(f"{pad}ExprStmt")
            if e is not None:
                _expr(e, depth + 1, out)
        case DeclStmt(decls=decls):
            for d in decls:
                _var(d, depth, out)
        case If(cond=c, then=t, other=o):
            out.append(f"{pad}If")
            _expr(c, depth + 1, out)
            _stmt(t, depth + 1, out)
            if o is not None:
                out.append(f"{pad}Else")
                _stmt(o, depth + 1, out)
        case While(cond=c, body=b):
            out.append(f"{pad}While")
            _expr(c, depth + 1, out)
            _stmt(b, depth + 1, out)
        case DoWhile(body=b, cond=c):
            out.append(f"{pad}DoWhile")
            _stmt(b, depth + 1, out)
            _expr(c, depth + 1, out)
        case For(init=i, cond=c, step=st, body=b):
            out.append(f"{pad}For")
            for part, name in ((i, "init"), (c, "cond"), (st, "step")):
                if part is None:
                    out.append(f"{pad}  ({name} none)")
                elif isinstance(part, Stmt):
                    _stmt(part, depth + 1, out)
                else:
                    _expr(part, depth + 1, out)
            _stmt(b, depth + 1, out)
        case Switch(cond=c, body=b):
            out.append(f"{pad}Switch")
            _expr(c, depth + 1, out)
            _stmt(b, depth + 1, out)
        case Case(value=v, high=h, body=b):
            out.append(f"{pad}Case {v}" + (f" ... {h}" if h != v else ""))
            _stmt(b, depth + 1, out)
        case Default(body=b):
            out.append(f"{pad}Default")
            _stmt(b, depth + 1, out)
        case Label(name=name, body=b):
            out.append(f"{pad}Label {name}")
            _stmt(b, depth + 1, out)
        case Goto(label=label):
            out.append(f"{pad}Goto {label}")
        case ComputedGoto(target=t):
            out.append(f"{pad}Goto *")
            _expr(t, depth + 1, out)
        case Return(value=v):
            out.append(f"{pad}Return")
            if v is not None:
                _expr(v, depth + 1, out)
        case Asm(template=t, outputs=o, inputs=i, clobbers=c, volatile=vol):
            out.append(f"{pad}Asm{' volatile' if vol else ''} {t!r} clobbers={list(c)}")
            for operand in o + i:
                out.append(f"{pad}  Operand {operand.constraint!r}")
                _expr(operand.expr, depth + 2, out)
        case _:
            out.append(f"{pad}{type(s).__name__}")


def _label(e: Expr) -> str:
    match e:
        case IntLit(value=v):
            return f"IntLit {v}"
        case FloatLit(value=v):
            return f"FloatLit {v!r}"
        case StringLit(units=u):
            return f"StringLit {_show(u)}"
        case VarRef(obj=obj):
            return f"VarRef {obj.name}#{obj.id}"
        case CompoundAssign(op=op, optype=optype):
            return f"CompoundAssign {op}= (in '{type_name(optype)}')"
        case Unary(op=op) | Binary(op=op):
            return f"{type(e).__name__} {op}"
        case IncDec(op=op, prefix=prefix):
            return f"{'Pre' if prefix else 'Post'}{'Inc' if op == '++' else 'Dec'}"
        case MemberOf(member=m, offset=off):
            return f"Member {m.name} +{off}"
        case Cast(implicit=implicit):
            return "ImplicitCast" if implicit else "Cast"
        case BuiltinCall(name=name):
            return f"Builtin {name}"
        case CompoundLiteral(obj=obj):
            return f"CompoundLiteral {obj.name}#{obj.id}"
        case Cond(shared=True):
            return "Cond ?:"
        case LabelAddr(label=label):
            return f"LabelAddr {label}"
        case AddressConst(target=t, offset=off):
            name = (
                t
                if isinstance(t, str)
                else f"{t.name}#{t.id}"
                if isinstance(t, Object)
                else (_show(t.units))
            )
            return f"AddressConst {name} +{off}"
    return type(e).__name__


def _expr(e: Expr, depth: int, out: list[str]) -> None:
    out.append(f"{'  ' * depth}{_label(e)} '{type_name(e.type)}'")
    for child in _children(e):
        _expr(child, depth + 1, out)
    if isinstance(e, StmtExpr):
        _stmt(e.body, depth + 1, out)
    if isinstance(e, CompoundLiteral):
        for item in e.init.items:
            out.append(f"{'  ' * depth}  Init +{item.offset} '{type_name(item.type)}'")
            _expr(item.value, depth + 2, out)


def _children(e: Expr) -> tuple[Expr, ...]:
    match e:
        case Unary(operand=x) | Deref(operand=x) | AddrOf(operand=x) | Decay(operand=x):
            return (x,)
        case Cast(operand=x) | IncDec(operand=x) | VaArg(ap=x) | MemberOf(base=x):
            return (x,)
        case Binary(lhs=a, rhs=b) | Comma(lhs=a, rhs=b):
            return (a, b)
        case Assign(target=a, value=b) | CompoundAssign(target=a, value=b):
            return (a, b)
        case Cond(cond=a, then=b, other=c):
            return (a, b, c)
        case Call(func=f, args=args):
            return (f, *args)
        case BuiltinCall(args=args):
            return args
    return ()


def _show(units: tuple[int, ...]) -> str:
    out = []
    for u in units:
        if u in (34, 92):
            out.append("\\" + chr(u))
        elif 32 <= u < 127:
            out.append(chr(u))
        else:
            out.append(f"\\x{u:02x}")
    return '"' + "".join(out) + '"'
