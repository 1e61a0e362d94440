"""Lowering expressions: C expressions -> IR instructions, within one function.

`ExprLowering` is the half of a function's lowering (lower.py) that knows no
statements: where values live (a *place* is a vreg, a memory address `ir.Mem`, or a
`BitField` of a storage unit in memory), how they are read and written, and how each
kind of expression becomes instructions:

* an rvalue becomes an operand; a struct or array rvalue, its address (structs are
  copied whole with `blkcopy`);
* `&&`, `||`, `!` and comparisons used as conditions become branches, never values;
  as values they become 0/1 through two small blocks; `?:` likewise;
* pointer arithmetic converts the integer to i64, scales it by the element size and
  adds as `ptr`; pointer minus pointer divides the byte difference;
* `x op= y`, `++x` and `x++` read a place once and write it once, so `a[i++] += 2`
  evaluates `i++` once; a variable in a vreg is computed into directly (`%x = add.i32
  %x, 1`), not through a temporary and a copy;
* a bit-field is read by shifting its bits to the top of a 64-bit value and back
  (arithmetic shift for a signed field), written by masking them into its unit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from groundup.cc import abi, ast, ir
from groundup.cc.ctype import (
    ATOMIC,
    DOUBLE,
    FLOAT,
    LDOUBLE,
    VOLATILE,
    Array,
    Complex,
    Enum,
    Float,
    Function,
    Int,
    Member,
    Pointer,
    Record,
    Type,
    Void,
    as_int,
    type_name,
)
from groundup.cc.ir import FImm, Imm, Mem, Operand, SlotAddr, SymAddr, Ty, VReg
from groundup.cc.staticdata import StaticData, Unsupported, units_bytes
from groundup.diag import Pos

_INT_TY = {(1, True): Ty.I8, (1, False): Ty.U8, (2, True): Ty.I16, (2, False): Ty.U16,
           (4, True): Ty.I32, (4, False): Ty.U32, (8, True): Ty.I64,
           (8, False): Ty.U64}  # fmt: skip
_BINOPS = {"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "rem", "&": "and", "|": "or",
           "^": "xor", "<<": "shl", ">>": "shr"}  # fmt: skip
_COMPARES = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}
# __builtin_NAME that are the C library's NAME.
_LIBRARY_BUILTINS = frozenset({"memcpy", "memmove", "memset", "memcmp", "strlen", "strcmp",
                               "strncmp", "strcpy", "strncpy", "strcat", "strchr", "abort",
                               "exit", "puts", "putchar", "malloc", "free", "calloc",
                               "abs", "labs", "llabs", "fabs", "fabsf", "sqrt", "sqrtf",
                               "copysign", "copysignf", "fmin", "fminf", "fmax", "fmaxf",
                               "fma", "fmaf", "floor", "floorf", "ceil", "ceilf", "trunc",
                               "truncf", "round", "roundf", "fmod", "fmodf", "nearbyint",
                               "nearbyintf", "rint", "rintf", "scalbn",
                               "scalbnf"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class BitField:
    """`width` bits at bit `shift` of the storage unit `unit` (of type `ty`, the field's
    declared type), `signed` as the field is."""

    unit: Mem
    ty: Ty
    shift: int
    width: int
    signed: bool
    unit_ty: Ty  # what the unit is loaded and stored as: ty, or wider when packed


Place = VReg | Mem | BitField
# __builtin_NAME (NAMEl, NAMEll) that are libgcc's __NAMEdi2.
_BIT_BUILTINS = frozenset({"clz", "ctz", "popcount", "parity", "ffs", "clrsb"})


def scalar_ty(t: Type, pos: Pos) -> Ty:
    """The IR type of a C scalar type."""
    t = t.unqual()
    if isinstance(t, Enum):
        t = t.underlying
    match t:
        case Pointer():
            return Ty.PTR
        case Int(bytes=n, signed=signed) if n <= 8:
            return _INT_TY[(n, signed)]
        case Int():
            return _unsupported(pos, "__int128")
        case Float(bytes=4):
            return Ty.F32
        case Float(bytes=8):
            return Ty.F64
        case Float():
            return _unsupported(pos, "long double")
        case Complex():
            return _unsupported(pos, "complex numbers")
    return _unsupported(pos, f"a value of type '{type_name(t)}'")


def _unsupported(pos: Pos, what: str) -> Ty:
    raise Unsupported(pos, what)


def is_aggregate(t: Type) -> bool:
    """Whether values of type t live in memory and are handled by address: structs,
    unions, arrays, and long double (binary128, computed by libgcc's __addtf3 ...)."""
    t = t.unqual()
    return isinstance(t, Record | Array) or (isinstance(t, Float) and t.bytes == 16)


def is_long_double(t: Type) -> bool:
    t = t.unqual()
    return isinstance(t, Float) and t.bytes == 16


# long double arithmetic and comparisons: libgcc's soft-float routines
_TF_ARITH = {"+": "__addtf3", "-": "__subtf3", "*": "__multf3", "/": "__divtf3"}
# a OP b holds when __OPtf2(a, b) OP 0 (each gives the answer for unordered operands)
_TF_COMPARE = {"==": "__eqtf2", "!=": "__netf2", "<": "__lttf2", "<=": "__letf2",
               ">": "__gttf2", ">=": "__getf2"}  # fmt: skip


def zero(ty: Ty) -> Operand:
    """0 (or 0.0) of type ty."""
    return FImm(0, ty) if ty.is_float else Imm(0, ty)


def one(ty: Ty) -> Operand:
    return FImm.of(1.0, ty) if ty.is_float else Imm(1, ty)


def int_to_float(n: int, ty: Ty) -> FImm:
    return FImm.of_int(n, ty)


def is_bool(t: Type) -> bool:
    t = t.unqual()
    return isinstance(t, Int) and t.name == "_Bool"


def element_size(t: Type) -> int:
    """The size pointer arithmetic on a `t` steps by (GNU: 1 for void and functions)."""
    t = t.unqual()
    assert isinstance(t, Pointer), t
    to = t.to.unqual()
    if isinstance(to, Void | Function):
        return 1
    return max(to.size, 1) if not isinstance(to, Array) or to.vla is None else 0


def _atomic_name(short: str) -> str:
    """__sync_fetch_and_OP / __sync_OP_and_fetch as __atomic_'s fetch_OP / OP_fetch."""
    if short.startswith("fetch_and_"):
        return f"fetch_{short[10:]}"
    if short.endswith("_and_fetch"):
        return f"{short[:-10]}_fetch"
    return short


def _is_fabs(name: str, f: Function) -> bool:
    """A call of the C library's fabs or fabsf, as <math.h> declares them."""
    if name not in ("fabs", "fabsf") or f.variadic or len(f.params) != 1:
        return False
    want = DOUBLE if name == "fabs" else FLOAT
    return f.ret.unqual() == want and f.params[0].unqual() == want


def bitfield(unit: Mem, m: Member, pos: Pos) -> BitField:
    """The place of bit-field member m whose storage unit is at `unit`."""
    assert m.bit_width is not None
    ty = scalar_ty(m.type, pos)
    n = m.unit_size
    unit_ty = ty if n == m.type.size else _INT_TY[n, False]
    return BitField(unit, ty, m.bit_offset, m.bit_width, as_int(m.type).signed, unit_ty)


_FP_BUILTINS = frozenset(
    "__builtin_" + n
    for n in (
        "isnan",
        "isinf",
        "isinf_sign",
        "isfinite",
        "isnormal",
        "signbit",
        "fpclassify",
        "isgreater",
        "isgreaterequal",
        "isless",
        "islessequal",
        "islessgreater",
        "isunordered",
    )
)
_ORDERED = {"isgreater": "gt", "isgreaterequal": "ge", "isless": "lt", "islessequal": "le"}
_TWO_ARGS = (*_ORDERED, "islessgreater", "isunordered")
# isless(a, b) on long doubles: __lttf2(a, b) < 0, which is false when unordered (the
# helpers return 2 for lt/le and -2 for gt/ge then)
_TF_ORDERED = {"isgreater": ">", "isgreaterequal": ">=", "isless": "<", "islessequal": "<="}


_RELAXED, _CONSUME, _ACQUIRE, _RELEASE, _ACQ_REL, _SEQ_CST = range(6)
_AMO_ORDER = {_RELAXED: "", _CONSUME: "aq", _ACQUIRE: "aq", _RELEASE: "rl", _ACQ_REL: "aqrl",
              _SEQ_CST: "aqrl"}  # fmt: skip


def _order(e: ast.Expr) -> int:
    """A memory order argument (__ATOMIC_RELAXED 0 ... __ATOMIC_SEQ_CST 5); one that is
    not a constant is taken as the strongest."""
    while isinstance(e, ast.Cast):
        e = e.operand
    if isinstance(e, ast.IntLit) and 0 <= e.value <= 5:
        return e.value
    return _SEQ_CST


def _nan_payload(arg: ast.Expr) -> int | None:
    """The payload __builtin_nan's string constant asks for (strtoull's reading of it)."""
    while isinstance(arg, ast.Cast | ast.Decay):
        arg = arg.operand
    if not isinstance(arg, ast.StringLit):
        return None
    text = "".join(chr(u) for u in arg.units).strip()
    try:
        return int(text, 0) if text else 0
    except ValueError:
        return None


def _has_volatile_member(t: Type) -> bool:
    """Whether an aggregate holds a volatile (or atomic) member or element."""
    t = t.unqual() if not t.qual & (VOLATILE | ATOMIC) else t
    if t.qual & (VOLATILE | ATOMIC):
        return True
    if isinstance(t, Array):
        return _has_volatile_member(t.of)
    if isinstance(t, Record) and t.tag.members:
        return any(_has_volatile_member(m.type) for m in t.tag.members)
    return False


def _has_vla(t: Type) -> bool:
    t = t.unqual()
    while isinstance(t, Array):
        if t.vla is not None:
            return True
        t = t.of.unqual()
    return False


def _lvalue(e: ast.Expr) -> ast.Expr:
    """The lvalue under the conversions sema wrapped an argument in (a va_list)."""
    while isinstance(e, ast.Cast) and not ast.is_lvalue(e):
        e = e.operand
    return e


class ExprLowering:
    """The expressions of one function, lowered into a FunctionBuilder."""

    def __init__(self, data: StaticData, builder: ir.FunctionBuilder) -> None:
        self.data = data
        self.b = builder
        self.vars: dict[int, VReg | SlotAddr] = {}  # local object id -> where it lives
        self.taken: set[int] = set()  # the ids of locals whose address is taken
        self.var_regs: set[int] = set()  # the vregs that are variables, not temporaries
        self.vla_objects: dict[int, VReg] = {}  # a variable-length array -> its address
        self.vla_counts: dict[int, VReg] = {}  # id of a VLA length expression -> its value

    def stmt(self, s: ast.Stmt) -> None:
        """A statement (lower.py's; statement expressions contain them)."""
        raise NotImplementedError

    # --- building blocks ----------------------------------------------------------------

    def emit(self, inst: ir.Inst) -> None:
        if self.b.current.term is not None:
            self.b.start(self.b.label("dead"))
        self.b.emit(inst)

    def terminate(self, term: ir.Terminator) -> None:
        if self.b.current.term is not None:
            self.b.start(self.b.label("dead"))
        self.b.terminate(term)

    def start(self, label: str) -> None:
        """Begin block `label`; the block before falls through to it."""
        if self.b.current.term is None:
            self.b.terminate(ir.Jump(label))
        self.b.start(label)

    def new(self, ty: Ty) -> VReg:
        return self.b.new(ty)

    def slot_for(self, obj: ast.Object, words: bool = False) -> SlotAddr:
        """The stack slot of a local object (`words`: a whole number of 8-byte words, 8
        aligned, for a parameter stored from its registers)."""
        found = self.vars.get(obj.id)
        if isinstance(found, SlotAddr):
            return found
        t = obj.type
        if isinstance(t, Array) and t.vla is not None:
            raise Unsupported(obj.pos, "variable-length arrays")
        align = max(t.align, obj.align, 8 if words else 1)
        size = (max(t.size, 1) + 7) // 8 * 8 if words else max(t.size, 1)
        volatile = bool(t.qual & (VOLATILE | ATOMIC)) or _has_volatile_member(t)
        slot = self.b.slot(f"{obj.name or 'p'}.{obj.id}", size, align, volatile)
        self.vars[obj.id] = slot
        return slot

    def var(self, obj: ast.Object, pos: Pos) -> VReg | Mem:
        if obj.id in self.vla_objects:
            return Mem(self.vla_objects[obj.id])
        if obj.thread_local:
            addr = self.new(Ty.PTR)
            model = self.data.tls_model(obj)
            self.emit(ir.TlsAddr(addr, self.data.symbol(obj), model))
            if model == "gd":  # the address of its tls_index in the GOT: ask the runtime
                index, addr = addr, self.new(Ty.PTR)
                self.emit(ir.Call(addr, SymAddr("__tls_get_addr"), (index,)))
            return Mem(addr)
        if not obj.is_local:
            return Mem(SymAddr(self.data.symbol(obj)))
        found = self.vars.get(obj.id)
        if found is None:
            t = obj.type
            volatile = t.qual & (VOLATILE | ATOMIC)  # setjmp/longjmp, signals, threads
            in_register = isinstance(t, Int | Enum | Pointer) or (
                isinstance(t, Float) and t.bytes <= 8
            )
            if obj.id in self.taken or volatile or not in_register:
                found = self.slot_for(obj)
            else:
                found = self.new(scalar_ty(t, pos))
                self.vars[obj.id] = found
                self.var_regs.add(found.id)
        return found if isinstance(found, VReg) else Mem(found)

    def load(self, place: Place, ty: Ty) -> Operand:
        match place:
            case VReg():
                return place
            case BitField():
                unit = self.new(place.unit_ty)
                self.emit(ir.Load(unit, place.unit))
                return self.convert(self.field_bits(unit, place), ty)
        dst = self.new(ty)
        self.emit(ir.Load(dst, place))
        return dst

    def store(self, place: Place, value: Operand) -> Operand:
        """Write a place; the value the place then holds (a bit-field's is cut short)."""
        match place:
            case VReg():
                if self.retarget(place, value):
                    return place
                self.emit(ir.Copy(place, value))
            case BitField():
                return self.store_bits(place, value)
            case _:
                self.emit(ir.Store(value.ty, place, value))
        return value

    def retarget(self, var: VReg, value: Operand) -> bool:
        """`x = a + b`: compute into x itself, rather than a temporary then copied, when
        the temporary was made by the instruction just emitted."""
        insts = self.b.current.insts
        if self.b.current.term is not None or not insts or not isinstance(value, VReg):
            return False
        if value.id in self.var_regs or value.ty is not var.ty:
            return False
        last = insts[-1]
        if ir.defined(last) != value:
            return False
        insts[-1] = replace(last, dst=var)  # type: ignore[arg-type]
        return True

    def field_bits(self, unit: Operand, f: BitField) -> Operand:
        """A bit-field's value from its unit: shifted to the top of 64 bits, and back
        down with its sign (or zeros)."""
        wide = Ty.I64 if f.signed else Ty.U64
        x = self.convert(unit, wide)
        top = 64 - f.shift - f.width
        if top:
            x = self.arith("shl", wide, x, Imm(top, Ty.I32))
        if f.width < 64:
            x = self.arith("shr", wide, x, Imm(64 - f.width, Ty.I32))
        return self.convert(x, f.ty)

    def store_bits(self, f: BitField, value: Operand) -> Operand:
        mask = (1 << f.width) - 1
        ty = f.unit_ty
        old = self.new(ty)
        self.emit(ir.Load(old, f.unit))
        kept = self.arith("and", ty, old, Imm(ty.wrap(~(mask << f.shift)), ty))
        v = self.arith("and", ty, self.convert(value, ty), Imm(ty.wrap(mask), ty))
        if f.shift:
            v = self.arith("shl", ty, v, Imm(f.shift, Ty.I32))
        new = self.arith("or", ty, kept, v)
        self.emit(ir.Store(ty, f.unit, new))
        return self.convert(self.field_bits(new, f), value.ty)

    def mem(self, base: Operand, offset: int = 0) -> Mem:
        if isinstance(base, Imm):
            reg = self.new(Ty.PTR)
            self.emit(ir.Copy(reg, Imm(base.value, Ty.PTR)))
            base = reg
        match base:
            case SlotAddr(slot, off):
                return Mem(SlotAddr(slot), off + offset)
            case SymAddr(sym, off):
                return Mem(SymAddr(sym), off + offset)
        return Mem(base, offset)

    def address(self, m: Mem) -> Operand:
        """The address a Mem designates, as an operand."""
        match m.base:
            case SlotAddr(slot, off):
                return SlotAddr(slot, off + m.offset)
            case SymAddr(sym, off):
                return SymAddr(sym, off + m.offset)
        if m.offset == 0:
            return m.base
        dst = self.new(Ty.PTR)
        self.emit(ir.Binary("add", dst, m.base, Imm(Ty.PTR.wrap(m.offset), Ty.PTR)))
        return dst

    def convert(self, v: Operand, ty: Ty) -> Operand:
        if v.ty is ty:
            return v
        if isinstance(v, Imm) and ty.is_float:
            return int_to_float(v.value, ty)
        if isinstance(v, Imm):
            return Imm(ty.wrap(v.value), ty)
        if isinstance(v, FImm) and ty.is_float:
            return FImm.of(v.value, ty)
        dst = self.new(ty)
        self.emit(ir.Conv(dst, v))
        return dst

    def to_bool(self, v: Operand) -> Operand:
        """C's conversion to _Bool: 0 or 1 (a u8)."""
        if isinstance(v, Imm | FImm):
            return Imm(int(v.value != 0), Ty.U8)
        test = self.new(Ty.I32)
        self.emit(ir.Compare("ne", v.ty, test, v, zero(v.ty)))
        return self.convert(test, Ty.U8)

    def convert_c(self, v: Operand, to: Type, pos: Pos) -> Operand:
        """A value converted to C type `to`."""
        if is_bool(to):
            return self.to_bool(v)
        return self.convert(v, scalar_ty(to, pos))

    def initialize(self, place: Mem, t: Type, init: ast.Initializer) -> None:
        """Set a local object in memory: zero-filled, then each item stored."""
        items = init.items
        whole = len(items) == 1 and items[0].offset == 0 and items[0].type.size == t.size
        if is_aggregate(t) and not whole:
            self.emit(ir.BlockZero(self.address(place), t.size, min(max(t.align, 1), 16)))
        for item in items:
            self.init_item(Mem(place.base, place.offset + item.offset), item)

    def init_item(self, at: Mem, item: ast.InitItem) -> None:
        t = item.type
        value = item.value
        if item.member is not None and item.member.is_bitfield:
            f = bitfield(at, item.member, value.pos)
            self.store(f, self.convert(self.value(value), f.ty))
            return
        if isinstance(t.unqual(), Array) and isinstance(value, ast.StringLit):
            elem = t.unqual().of.size  # type: ignore[attr-defined]
            sym = self.data.string_bytes(units_bytes(value.units, elem, t.size), elem)
            self.emit(ir.BlockCopy(self.address(at), SymAddr(sym), t.size, elem))
        elif is_aggregate(t):
            src = self.value(value)
            self.emit(ir.BlockCopy(self.address(at), src, t.size, min(max(t.align, 1), 16)))
        else:
            v = self.convert(self.value(value), scalar_ty(t, value.pos))
            self.emit(ir.Store(v.ty, at, v))

    # --- conditions ---------------------------------------------------------------------

    def branch(self, e: ast.Expr, yes: str, no: str) -> None:
        """Go to `yes` if e is nonzero, else to `no`."""
        match e:
            case ast.Binary(op="&&", lhs=a, rhs=b):
                mid = self.b.label("and")
                self.branch(a, mid, no)
                self.start(mid)
                self.branch(b, yes, no)
            case ast.Binary(op="||", lhs=a, rhs=b):
                mid = self.b.label("or")
                self.branch(a, yes, mid)
                self.start(mid)
                self.branch(b, yes, no)
            case ast.Unary(op="!", operand=x):
                self.branch(x, no, yes)
            case ast.Cast(operand=x) if is_bool(e.type) or (
                isinstance(x, ast.Binary) and x.op in _COMPARES
            ):
                self.branch(x, yes, no)
            case _ if is_long_double(e.type):
                test = self.tf_compare("!=", self.value(e), self.tf_zero(), e.pos)
                self.terminate(ir.Branch(test, yes, no))
            case _:
                v = self.value(e)
                if isinstance(v, Imm | FImm):
                    self.terminate(ir.Jump(yes if v.value else no))
                    return
                if v.ty.is_float:
                    test = self.new(Ty.I32)
                    self.emit(ir.Compare("ne", v.ty, test, v, zero(v.ty)))
                    v = test
                self.terminate(ir.Branch(v, yes, no))

    def flag(self, e: ast.Expr) -> Operand:
        """A condition as the int 0 or 1, through branches."""
        r = self.new(Ty.I32)
        yes, no, end = self.b.label("true"), self.b.label("false"), self.b.label("done")
        self.branch(e, yes, no)
        self.start(yes)
        self.emit(ir.Copy(r, Imm(1, Ty.I32)))
        self.terminate(ir.Jump(end))
        self.start(no)
        self.emit(ir.Copy(r, Imm(0, Ty.I32)))
        self.start(end)
        return r

    # --- expressions --------------------------------------------------------------------

    def effect(self, e: ast.Expr) -> None:
        """Evaluate e for its side effects only."""
        match e:
            case ast.Cast(operand=x) if isinstance(e.type.unqual(), Void):
                self.effect(x)
            case ast.Comma(lhs=a, rhs=b):
                self.effect(a)
                self.effect(b)
            case ast.Cond():
                self.cond(e, want=False)
            case ast.IncDec(prefix=False):
                self.incdec(ast.IncDec(e.type, e.pos, e.op, True, e.operand))
            case ast.Binary(op="&&" | "||"):
                end = self.b.label("done")
                self.branch(e, end, end)
                self.start(end)
            case _:
                self.value(e)

    def value(self, e: ast.Expr) -> Operand:  # noqa: C901 - one case per expression kind
        """The value of an expression (for a struct or an array, its address)."""
        match e:
            case ast.IntLit(value=v):
                ty = scalar_ty(e.type, e.pos)
                return Imm(ty.wrap(v), ty)
            case ast.Cast():
                return self.cast(e)
            case ast.Decay(operand=x) | ast.AddrOf(operand=x):
                return self.address_of(x)
            case ast.Unary():
                return self.unary(e)
            case ast.Binary(op="&&" | "||"):
                return self.flag(e)
            case ast.Binary():
                return self.binary(e)
            case ast.Assign():
                return self.assign(e)
            case ast.CompoundAssign():
                return self.compound_assign(e)
            case ast.IncDec():
                return self.incdec(e)
            case ast.Cond():
                return self.cond(e, want=True)
            case ast.Comma(lhs=a, rhs=b):
                self.effect(a)
                return self.value(b)
            case ast.Call():
                return self.call(e)
            case ast.StmtExpr(body=body):
                return self.stmt_expr(body, e)
            case ast.VarRef(obj=obj) if obj.is_function:
                return SymAddr(self.data.symbol(obj))
            case ast.VarRef() | ast.Deref() | ast.MemberOf() | ast.StringLit():
                return self.read(e)
            case ast.CompoundLiteral():
                return self.read(e)
            case ast.FloatLit(value=v, exact=x) if is_long_double(e.type):
                return SymAddr(self.data.quad(v if x is None else x))
            case ast.FloatLit(value=v):
                return FImm.of(v, scalar_ty(e.type, e.pos))
            case ast.SizeOf(of=t):
                return self.convert(self.runtime_size(t), scalar_ty(e.type, e.pos))
            case ast.VaArg():
                return self.va_arg(e)
            case ast.BuiltinCall(name="__builtin_assume_aligned", args=args):
                pointer = self.value(args[0])
                for a in args[1:]:
                    self.effect(a)
                return pointer
            case ast.BuiltinCall(name="__builtin_va_start", args=args):
                start = self.new(Ty.PTR)
                self.emit(ir.VaStart(start))
                self.store(self.place(args[0]), start)
                return Imm(0, Ty.I32)
            case ast.BuiltinCall(name="__builtin_va_end", args=args):
                self.effect(args[0])
                return Imm(0, Ty.I32)
            case ast.BuiltinCall(name="__builtin_va_copy", args=(dst, src)):
                self.store(self.place(_lvalue(dst)), self.convert(self.value(src), Ty.PTR))
                return Imm(0, Ty.I32)
            case ast.BuiltinCall(name=name, args=args) if name.startswith(("__atomic_", "__sync_")):
                return self.atomic_builtin(name, args, e)
            case ast.BuiltinCall(name=name, args=args) if name in _FP_BUILTINS:
                return self.fp_builtin(name.removeprefix("__builtin_"), args, e.pos)
            case ast.BuiltinCall(name="__builtin_prefetch", args=args):
                for a in args:
                    self.effect(a)
                return Imm(0, Ty.I32)
            case ast.BuiltinCall(name=name):
                raise Unsupported(e.pos, f"'{name}'")
            case ast.LabelAddr():
                raise Unsupported(e.pos, "the address of a label")
            case ast.AddressConst():
                return self.data.address_operand(e)
        raise Unsupported(e.pos, f"the expression {type(e).__name__}")

    # --- variable-length arrays --------------------------------------------------------

    def vla_lengths(self, t: Type) -> None:
        """Evaluate the lengths of the variable-length arrays in t, now (where the
        declaration is: each time control passes it), into their vregs."""
        while True:
            t = t.unqual()
            if isinstance(t, Array):
                if t.vla is not None:
                    assert isinstance(t.vla, ast.Expr)
                    n = self.convert(self.value(t.vla), Ty.U64)
                    reg = self.vla_counts.setdefault(id(t.vla), self.new(Ty.U64))
                    self.emit(ir.Copy(reg, n))
                t = t.of
            elif isinstance(t, Pointer):
                t = t.to
            else:
                return

    def runtime_size(self, t: Type) -> Operand:
        """sizeof t as a value: a constant, or the product of VLA lengths evaluated."""
        t = t.unqual()
        if not isinstance(t, Array) or not _has_vla(t):
            return Imm(t.size, Ty.U64)
        inner = self.runtime_size(t.of)
        if t.vla is None:
            count: Operand = Imm(t.length or 0, Ty.U64)
        else:
            if id(t.vla) not in self.vla_counts:  # a typedef's: evaluated on first use
                self.vla_lengths(t)
            count = self.vla_counts[id(t.vla)]
        if isinstance(inner, Imm) and isinstance(count, Imm):
            return Imm(inner.value * count.value, Ty.U64)
        return self.arith("mul", Ty.U64, count, inner)

    def declare_vla(self, obj: ast.Object) -> None:
        """A variable-length array: its lengths evaluated, its bytes taken from the stack."""
        self.vla_lengths(obj.type)
        size = self.runtime_size(obj.type)
        addr = self.vla_objects.setdefault(obj.id, self.new(Ty.PTR))
        self.emit(ir.Alloca(addr, size))

    def read(self, e: ast.Expr) -> Operand:
        """An lvalue's value: loaded, or (an array, a struct) its address."""
        place = self.place(e)
        if is_aggregate(e.type) or isinstance(e.type.unqual(), Function):
            assert isinstance(place, Mem)
            return self.address(place)
        ty = scalar_ty(e.type, e.pos)
        if e.type.qual & ATOMIC and isinstance(place, Mem):  # a sequentially consistent load
            return self.atomic_load(self.address(place), ty, _SEQ_CST)
        return self.load(place, ty)

    def place(self, e: ast.Expr) -> Place:
        """Where an lvalue lives: a vreg, or memory."""
        match e:
            case ast.VarRef(obj=obj):
                return self.var(obj, e.pos)
            case ast.Deref(operand=p):
                return self.deref(p)
            case ast.MemberOf(base=base, member=m, offset=off):
                inner = self.place(base) if ast.is_lvalue(base) else self.mem(self.value(base))
                assert isinstance(inner, Mem)
                at = Mem(inner.base, inner.offset + off)
                return bitfield(at, m, e.pos) if m.is_bitfield else at
            case ast.StringLit():
                return Mem(SymAddr(self.data.string(e)))
            case ast.CompoundLiteral(obj=obj, init=init):
                if not obj.is_local:
                    return Mem(SymAddr(self.data.symbol(obj)))
                at = Mem(self.slot_for(obj))
                self.initialize(at, obj.type, init)
                return at
        if is_aggregate(e.type):
            return self.mem(self.value(e))
        raise Unsupported(e.pos, "this lvalue")

    def deref(self, p: ast.Expr) -> Mem:
        """`*p`, with a constant index folded into the offset."""
        if (
            isinstance(p, ast.Binary)
            and p.op in "+-"
            and isinstance(p.rhs, ast.IntLit)
            and isinstance(p.lhs.type.unqual(), Pointer)
        ):
            n = p.rhs.value if p.op == "+" else -p.rhs.value
            step = element_size(p.lhs.type)
            if step:  # (0: a pointer to a variable-length array, sized at run time)
                return self.mem(self.value(p.lhs), Ty.I64.wrap(n * step))
        return self.mem(self.value(p))

    def address_of(self, x: ast.Expr) -> Operand:
        match x:
            case ast.VarRef(obj=obj) if obj.is_function:
                return SymAddr(self.data.symbol(obj))
            case ast.Deref(operand=p):
                return self.value(p)
        place = self.place(x)
        if not isinstance(place, Mem):
            raise Unsupported(x.pos, "the address of this lvalue")
        return self.address(place)

    def cast(self, e: ast.Cast) -> Operand:
        to = e.type.unqual()
        if isinstance(to, Void):
            self.effect(e.operand)
            return Imm(0, Ty.I32)
        if is_long_double(to) or is_long_double(e.operand.type):
            return self.tf_convert(e.operand, to, e.pos)
        if is_aggregate(to):
            return self.value(e.operand)
        x = e.operand
        if isinstance(x, ast.FloatLit) and isinstance(to, Float) and to.bytes <= 8:
            return FImm.of(x.value, scalar_ty(to, e.pos))  # (double)1.5L
        return self.convert_c(self.value(x), to, e.pos)

    def unary(self, e: ast.Unary) -> Operand:
        v = self.value(e.operand)
        if e.op == "!" and is_long_double(e.operand.type):
            return self.tf_compare("==", v, self.tf_zero(), e.pos)
        if e.op == "-" and is_long_double(e.type):
            return self.tf_negate(v, e.pos)
        if e.op == "+" and is_long_double(e.type):
            return v
        if e.op == "!":
            if isinstance(v, Imm | FImm):
                return Imm(int(v.value == 0), Ty.I32)
            dst = self.new(Ty.I32)
            self.emit(ir.Compare("eq", v.ty, dst, v, zero(v.ty)))
            return dst
        ty = scalar_ty(e.type, e.pos)
        v = self.convert(v, ty)
        if e.op == "+":
            return v
        if isinstance(v, FImm):  # -x flips the sign bit, also of 0.0 and NaN
            return FImm(v.bits ^ (1 << (ty.bits - 1)), ty)
        if isinstance(v, Imm):
            return Imm(ty.wrap(-v.value if e.op == "-" else ~v.value), ty)
        dst = self.new(ty)
        self.emit(ir.Unary("neg" if e.op == "-" else "not", dst, v))
        return dst

    def binary(self, e: ast.Binary) -> Operand:
        lt, rt = e.lhs.type.unqual(), e.rhs.type.unqual()
        if is_long_double(lt) and e.op in _TF_COMPARE:
            return self.tf_compare(e.op, self.value(e.lhs), self.value(e.rhs), e.pos)
        if is_long_double(e.type):
            return self.tf_arith(e.op, self.value(e.lhs), self.value(e.rhs), e.pos)
        if e.op in _COMPARES:
            return self.compare(e)
        if e.op in "+-" and isinstance(lt, Pointer) and isinstance(rt, Pointer):
            return self.pointer_difference(e)
        if e.op in "+-" and isinstance(lt, Pointer):
            return self.pointer_add(self.value(e.lhs), self.value(e.rhs), e.lhs.type, e.op)
        if e.op == "+" and isinstance(rt, Pointer):
            base = self.value(e.rhs)
            return self.pointer_add(base, self.value(e.lhs), e.rhs.type, "+")
        ty = scalar_ty(e.type, e.pos)
        a = self.convert(self.value(e.lhs), ty)
        b = self.value(e.rhs)
        if e.op not in ("<<", ">>"):
            b = self.convert(b, ty)
        return self.arith(_BINOPS[e.op], ty, a, b)

    def arith(self, op: str, ty: Ty, a: Operand, b: Operand) -> VReg:
        dst = self.new(ty)
        self.emit(ir.Binary(op, dst, a, b))
        return dst

    def compare(self, e: ast.Binary) -> Operand:
        a, b = self.value(e.lhs), self.value(e.rhs)
        if a.ty is not b.ty:
            if Ty.PTR in (a.ty, b.ty):
                a, b = self.convert(a, Ty.PTR), self.convert(b, Ty.PTR)
            else:
                b = self.convert(b, a.ty)
        dst = self.new(Ty.I32)
        self.emit(ir.Compare(_COMPARES[e.op], a.ty, dst, a, b))
        return dst

    def pointer_add(self, p: Operand, n: Operand, ptype: Type, op: str) -> Operand:
        """p + n or p - n, n counting elements of *p."""
        size = element_size(ptype)
        if size == 0:  # a pointer to a variable-length array
            pointee = ptype.unqual()
            assert isinstance(pointee, Pointer)
            step = self.convert(self.runtime_size(pointee.to), Ty.I64)
            idx = self.convert(self.convert(n, Ty.I64 if n.ty.signed else Ty.U64), Ty.I64)
            scaled_vla = self.convert(self.arith("mul", Ty.I64, idx, step), Ty.PTR)
            return self.arith("add" if op == "+" else "sub", Ty.PTR, p, scaled_vla)
        if isinstance(n, Imm):
            offset = n.value * size * (-1 if op == "-" else 1)
            if isinstance(p, SlotAddr | SymAddr):
                return self.address(self.mem(p, offset))
            scaled: Operand = Imm(Ty.PTR.wrap(offset), Ty.PTR)
            op = "+"
        else:
            idx = self.convert(n, Ty.I64 if n.ty.signed or n.ty.size == 8 else Ty.U64)
            idx = self.convert(idx, Ty.I64)
            if size != 1:
                idx = self.arith("mul", Ty.I64, idx, Imm(size, Ty.I64))
            scaled = self.convert(idx, Ty.PTR)
        if isinstance(p, Imm):
            p = self.address(self.mem(p))
        return self.arith("add" if op == "+" else "sub", Ty.PTR, p, scaled)

    def pointer_difference(self, e: ast.Binary) -> Operand:
        a = self.convert(self.value(e.lhs), Ty.I64)
        b = self.convert(self.value(e.rhs), Ty.I64)
        diff = self.arith("sub", Ty.I64, a, b)
        size = element_size(e.lhs.type)
        if size == 0:  # pointers to variable-length arrays
            pointee = e.lhs.type.unqual()
            assert isinstance(pointee, Pointer)
            step = self.convert(self.runtime_size(pointee.to), Ty.I64)
            return self.convert(self.arith("div", Ty.I64, diff, step), scalar_ty(e.type, e.pos))
        if size != 1:
            diff = self.arith("div", Ty.I64, diff, Imm(size, Ty.I64))
        return self.convert(diff, scalar_ty(e.type, e.pos))

    def assign(self, e: ast.Assign) -> Operand:
        t = e.target.type
        if is_aggregate(t):
            src = self.value(e.value)
            dst = self.place(e.target)
            assert isinstance(dst, Mem)
            at = self.address(dst)
            self.emit(ir.BlockCopy(at, src, t.size, min(max(t.align, 1), 16)))
            return at
        v = self.convert_c(self.value(e.value), t, e.pos)
        place = self.place(e.target)
        if t.qual & ATOMIC and isinstance(place, Mem):
            self.atomic_store(self.address(place), v, _SEQ_CST)
            return v
        return self.store(place, v)

    def compound_assign(self, e: ast.CompoundAssign) -> Operand:
        t = e.target.type
        if t.qual & ATOMIC:
            return self.atomic_update(e.target, e.op, self.value(e.value), e.pos, prefix=True,
                                      optype=e.optype)  # fmt: skip
        if is_long_double(e.optype) or is_long_double(t):
            return self.tf_compound(e)
        place = self.place(e.target)
        ty = scalar_ty(t, e.pos)
        if isinstance(t.unqual(), Pointer):
            n = self.value(e.value)
            new = self.pointer_add(self.load(place, ty), n, t, e.op)
        else:
            optype = e.optype
            opty = scalar_ty(optype, e.pos)
            b = self.value(e.value)
            a = self.convert_c(self.load(place, ty), optype, e.pos)
            if e.op not in ("<<", ">>"):
                b = self.convert(b, opty)
            new = self.convert_c(self.arith(_BINOPS[e.op], opty, a, b), t, e.pos)
        return self.store(place, new)

    def incdec(self, e: ast.IncDec) -> Operand:
        t = e.operand.type
        if t.qual & ATOMIC:
            op = "+" if e.op == "++" else "-"
            return self.atomic_update(e.operand, op, Imm(1, Ty.I32), e.pos, e.prefix)
        if is_long_double(t):
            return self.tf_incdec(e)
        ty = scalar_ty(t, e.pos)
        place = self.place(e.operand)
        old = self.load(place, ty)
        if not e.prefix and isinstance(place, VReg):
            saved = self.new(ty)
            self.emit(ir.Copy(saved, old))
            old = saved
        op = "+" if e.op == "++" else "-"
        if ty is Ty.PTR:
            new = self.pointer_add(old, Imm(1, Ty.I64), t, op)
        elif is_bool(t):
            wide = self.arith(_BINOPS[op], Ty.I32, self.convert(old, Ty.I32), Imm(1, Ty.I32))
            new = self.to_bool(wide)
        else:
            new = self.arith(_BINOPS[op], ty, old, one(ty))
        new = self.store(place, new)
        return new if e.prefix else old

    def cond(self, e: ast.Cond, want: bool) -> Operand:
        void = isinstance(e.type.unqual(), Void) or not want
        ty = None if void else (Ty.PTR if is_aggregate(e.type) else scalar_ty(e.type, e.pos))
        r = self.new(ty) if ty is not None else None
        yes, no, end = self.b.label("then"), self.b.label("else"), self.b.label("endc")
        if e.shared:
            c = self.value(e.cond)
            self.terminate(ir.Branch(c, yes, no) if not isinstance(c, Imm) else
                           ir.Jump(yes if c.value else no))  # fmt: skip
            self.start(yes)
            if r is not None:
                self.emit(ir.Copy(r, self.convert_c(c, e.type, e.pos)))
        else:
            self.branch(e.cond, yes, no)
            self.start(yes)
            self.arm(e.then, r)
        self.terminate(ir.Jump(end))
        self.start(no)
        self.arm(e.other, r)
        self.start(end)
        return r if r is not None else Imm(0, Ty.I32)

    def arm(self, e: ast.Expr, r: VReg | None) -> None:
        if r is None:
            self.effect(e)
        else:
            self.emit(ir.Copy(r, self.convert(self.value(e), r.ty)))

    def call(self, e: ast.Call) -> Operand:
        """A call: each argument placed where abi.py says (registers, stack, parts of a
        struct, a copy passed by reference); a struct result lands in a temporary slot,
        whose address is the call's value."""
        f = e.func
        target = f.operand if isinstance(f, ast.Decay | ast.AddrOf) else f
        if isinstance(target, ast.VarRef) and target.obj.builtin:
            return self.builtin(e, target.obj.name)
        ptype = f.type.unqual()
        ftype = ptype.to.unqual() if isinstance(ptype, Pointer) else ptype
        assert isinstance(ftype, Function), ftype
        if isinstance(target, ast.VarRef) and _is_fabs(target.obj.name, ftype):
            return self.fabs(e)  # as gcc: inline, even at -O0, so no libm is needed
        callee = self.value(f)
        if isinstance(callee, Imm):
            callee = self.address(self.mem(callee))
        named = len(ftype.params) if ftype.variadic else len(e.args)
        assigner = abi.Assigner()
        args: list[Operand] = []
        locs: list[str] = []
        ret_mem: Mem | None = None
        pieces: tuple[ir.Piece, ...] = ()
        result: Operand | None = None
        ret = ftype.ret.unqual()
        if abi.is_by_parts(ret):
            placed = abi.result(ret)
            slot = self.temp_slot(ret, e.pos)
            result = slot
            if placed.how is abi.Pass.REF:  # the callee writes the result through a0
                args.append(slot)
                locs.append(assigner.scalar(Ty.PTR))
            elif placed.how is abi.Pass.PARTS:
                ret_mem = Mem(slot)
                pieces = tuple((p.ty, p.offset) for p in placed.parts)
        for k, a in enumerate(e.args):
            self.argument(a, assigner, k >= named, args, locs)
        void = isinstance(ret, Void) or result is not None
        dst = None if void else self.new(scalar_ty(ftype.ret, e.pos))
        self.emit(ir.Call(dst, callee, tuple(args), tuple(locs), ret_mem, pieces))
        if result is not None:
            return result
        return dst if dst is not None else Imm(0, Ty.I32)

    def argument(self, a: ast.Expr, assigner: abi.Assigner, variadic: bool,
                 args: list[Operand], locs: list[str]) -> None:  # fmt: skip
        """Add one C argument to a call's IR arguments, as the convention places it."""
        if not abi.is_by_parts(a.type):
            v = self.value(a)
            args.append(v)
            locs.append(assigner.scalar(v.ty, variadic))
            return
        t = a.type.unqual()
        addr = self.value(a)
        placed = assigner.argument(t, variadic)
        if placed.how is abi.Pass.REF:
            copy = self.temp_slot(t, a.pos)
            self.emit(ir.BlockCopy(copy, addr, t.size, min(max(t.align, 1), 16)))
            args.append(copy)
        elif placed.how is abi.Pass.PARTS:
            src = self.readable_parts(addr, t, placed.parts, a.pos)
            for part in placed.parts:
                v = self.new(part.ty)
                self.emit(ir.Load(v, self.mem(src, part.offset)))
                args.append(v)
        locs.extend(placed.locs)

    def temp_slot(self, t: Type, pos: Pos) -> SlotAddr:
        """A fresh stack slot for a value of type t, its size rounded up to 8 bytes (so
        that 8-byte parts can be read and written whole)."""
        size = (max(t.size, 1) + 7) // 8 * 8
        name = f"tmp.{self.b.next_vreg}.{len(self.b.function.slots)}"
        return self.b.slot(name, size, max(t.align, 8))

    def readable_parts(self, addr: Operand, t: Type, parts: tuple[abi.Part, ...],
                       pos: Pos) -> Operand:  # fmt: skip
        """Where the parts of a value at addr can be read without reading past its end:
        addr itself, or a copy in a slot of whole 8-byte words."""
        end = max(p.offset + p.ty.size for p in parts)
        if end <= t.size:
            return addr
        copy = self.temp_slot(t, pos)
        self.emit(ir.BlockCopy(copy, addr, t.size, min(max(t.align, 1), 16)))
        return copy

    # --- long double: values in memory, arithmetic by libgcc ---------------------------

    def tf_call(self, fn: str, args: list[Operand], pos: Pos, ret: Ty | None = None) -> Operand:
        """A call of a libgcc routine; a long double argument is an address (passed as
        its two 8-byte halves), a long double result (ret None) lands in a temporary."""
        values: list[Operand] = []
        for a in args:
            if a.ty is Ty.PTR:
                for half in (0, 8):
                    v = self.new(Ty.I64)
                    self.emit(ir.Load(v, self.mem(a, half)))
                    values.append(v)
            else:
                values.append(a)
        locs = abi.natural_locs([v.ty for v in values])
        if ret is not None:
            dst = self.new(ret)
            self.emit(ir.Call(dst, SymAddr(fn), tuple(values), locs))
            return dst
        slot = self.temp_slot(LDOUBLE, pos)
        self.emit(ir.Call(None, SymAddr(fn), tuple(values), locs, Mem(slot),
                          ((Ty.I64, 0), (Ty.I64, 8))))  # fmt: skip
        return slot

    def tf_zero(self) -> Operand:
        return SymAddr(self.data.quad(0.0))

    def tf_arith(self, op: str, a: Operand, b: Operand, pos: Pos) -> Operand:
        if op not in _TF_ARITH:
            raise Unsupported(pos, f"'{op}' on long double")
        return self.tf_call(_TF_ARITH[op], [a, b], pos)

    def tf_compare(self, op: str, a: Operand, b: Operand, pos: Pos) -> Operand:
        r = self.tf_call(_TF_COMPARE[op], [a, b], pos, Ty.I32)
        return self.test(_COMPARES[op], Ty.I32, r, Imm(0, Ty.I32))

    def tf_negate(self, v: Operand, pos: Pos) -> Operand:
        """-x: the sign bit (the top bit of the high half) flipped, in a copy."""
        copy = self.temp_slot(LDOUBLE, pos)
        self.emit(ir.BlockCopy(copy, v, 16, 16))
        high = self.new(Ty.I64)
        self.emit(ir.Load(high, Mem(copy, 8)))
        flipped = self.arith("xor", Ty.I64, high, Imm(Ty.I64.wrap(1 << 63), Ty.I64))
        self.emit(ir.Store(Ty.I64, Mem(copy, 8), flipped))
        return copy

    def tf_from(self, v: Operand, pos: Pos) -> Operand:
        """A long double from a float, double or integer value."""
        if v.ty.is_float:
            return self.tf_call("__extendsftf2" if v.ty is Ty.F32 else "__extenddftf2", [v], pos)
        if v.ty.size == 8 or v.ty is Ty.U32:
            name = "__floatditf" if v.ty.signed else "__floatunditf"
            return self.tf_call(name, [self.convert(v, Ty.I64 if v.ty.signed else Ty.U64)], pos)
        return self.tf_call("__floatsitf", [self.convert(v, Ty.I32)], pos)

    def tf_convert(self, x: ast.Expr, to: Type, pos: Pos) -> Operand:
        """A conversion to or from long double."""
        if isinstance(x, ast.FloatLit) and is_long_double(to):
            return SymAddr(self.data.quad(x.value if x.exact is None else x.exact))
        v = self.value(x)
        if is_long_double(to):
            return v if is_long_double(x.type) else self.tf_from(v, pos)
        if is_bool(to):
            return self.tf_compare("!=", v, self.tf_zero(), pos)
        ty = scalar_ty(to, pos)
        if ty.is_float:
            name = "__trunctfsf2" if ty is Ty.F32 else "__trunctfdf2"
            return self.tf_call(name, [v], pos, ty)
        wide = ty.size == 8 or ty is Ty.U32
        name = {
            (True, True): "__fixtfdi",
            (True, False): "__fixunstfdi",
            (False, True): "__fixtfsi",
            (False, False): "__fixunstfsi",
        }[(wide, ty.signed)]
        r = self.tf_call(name, [v], pos, (Ty.I64 if ty.signed else Ty.U64) if wide else Ty.I32)
        return self.convert(r, ty)

    def tf_incdec(self, e: ast.IncDec) -> Operand:
        place = self.place(e.operand)
        assert isinstance(place, Mem)
        at = self.address(place)
        before = self.temp_slot(LDOUBLE, e.pos)
        self.emit(ir.BlockCopy(before, at, 16, 16))
        step = self.tf_from(FImm.of(1.0, Ty.F64), e.pos)
        after = self.tf_arith("+" if e.op == "++" else "-", before, step, e.pos)
        self.emit(ir.BlockCopy(at, after, 16, 16))
        return at if e.prefix else before

    def tf_compound(self, e: ast.CompoundAssign) -> Operand:
        """x op= y where long double is involved: x = (T)((optype)x op y)."""
        t = e.target.type
        place = self.place(e.target)
        if is_long_double(t):
            assert isinstance(place, Mem)
            current: Operand = self.address(place)
        else:
            current = self.tf_from(self.load(place, scalar_ty(t, e.pos)), e.pos)
        y = self.value(e.value)
        if not is_long_double(e.value.type):
            y = self.tf_from(y, e.pos)
        result = self.tf_arith(e.op, current, y, e.pos)
        if is_long_double(t):
            assert isinstance(current, SlotAddr | SymAddr | VReg)
            self.emit(ir.BlockCopy(current, result, 16, 16))
            return current
        ty = scalar_ty(t, e.pos)
        if ty.is_float:
            name = "__trunctfsf2" if ty is Ty.F32 else "__trunctfdf2"
            back = self.tf_call(name, [result], e.pos, ty)
        else:
            wide = ty.size == 8 or ty is Ty.U32
            name = ("__fixtfdi" if ty.signed else "__fixunstfdi") if wide else "__fixtfsi"
            back = self.convert(self.tf_call(name, [result], e.pos,
                                             Ty.I64 if wide else Ty.I32), ty)  # fmt: skip
        return self.store(place, back)

    def fp_builtin(self, name: str, args: tuple[ast.Expr, ...], pos: Pos) -> Operand:
        """<math.h>'s classification macros: isnan(x) is x != x, isinf(x) compares with
        the infinities, and the others look at the exponent and fraction bits."""
        if any(is_long_double(a.type) for a in args[-2 if name in _TWO_ARGS else -1 :]):
            return self.tf_fp_builtin(name, args, pos)
        if name in _TWO_ARGS:
            a, b = self.value(args[0]), self.value(args[1])
            ty = Ty.F64 if Ty.F64 in (a.ty, b.ty) or not a.ty.is_float else Ty.F32
            a, b = self.convert(a, ty), self.convert(b, ty)
            if name in _ORDERED:
                return self.test(_ORDERED[name], ty, a, b)
            if name == "islessgreater":
                lt, gt = self.test("lt", ty, a, b), self.test("gt", ty, a, b)
                return self.arith("or", Ty.I32, lt, gt)
            return self.arith("or", Ty.I32, self.test("ne", ty, a, a), self.test("ne", ty, b, b))
        x = self.value(args[-1])
        ty = x.ty
        if not ty.is_float:
            raise Unsupported(pos, f"'__builtin_{name}' of this type")
        inf, minus_inf = FImm.of(float("inf"), ty), FImm.of(float("-inf"), ty)
        if name == "isnan":
            return self.test("ne", ty, x, x)
        if name == "isinf":
            return self.arith("or", Ty.I32, self.test("eq", ty, x, inf),
                              self.test("eq", ty, x, minus_inf))  # fmt: skip
        if name == "isinf_sign":
            return self.arith("sub", Ty.I32, self.test("eq", ty, x, inf),
                              self.test("eq", ty, x, minus_inf))  # fmt: skip
        if name == "isfinite":
            diff = self.arith("sub", ty, x, x)  # 0 for a finite x, NaN otherwise
            return self.test("eq", ty, diff, diff)
        wide = Ty.U64 if ty is Ty.F64 else Ty.U32
        slot = self.b.slot(f"bits.{self.b.next_vreg}", 8, 8)
        self.emit(ir.Store(ty, Mem(slot), x))
        bits = self.new(wide)
        self.emit(ir.Load(bits, Mem(slot)))
        if name == "signbit":
            sign = self.arith("shr", wide, bits, Imm(ty.bits - 1, Ty.I32))
            return self.convert(sign, Ty.I32)
        fraction_bits = 52 if ty is Ty.F64 else 23
        top = (1 << (ty.bits - 1 - fraction_bits)) - 1
        shifted = self.arith("shr", wide, bits, Imm(fraction_bits, Ty.I32))
        exp = self.convert(self.arith("and", wide, shifted, Imm(top, wide)), Ty.I32)
        if name == "isnormal":
            nonzero = self.test("ne", Ty.I32, exp, Imm(0, Ty.I32))
            finite = self.test("ne", Ty.I32, exp, Imm(top, Ty.I32))
            return self.arith("and", Ty.I32, nonzero, finite)
        # fpclassify(nan, infinite, normal, subnormal, zero, x)
        codes = [self.convert(self.value(a), Ty.I32) for a in args[:5]]
        frac = self.arith("and", wide, bits, Imm((1 << fraction_bits) - 1, wide))
        r = self.new(Ty.I32)
        end = self.b.label("class")
        for test_exp, if_frac, if_zero in ((top, codes[0], codes[1]), (0, codes[3], codes[4])):
            here, other = self.b.label("exp"), self.b.label("exp")
            self.terminate(ir.Branch(self.test("eq", Ty.I32, exp, Imm(test_exp, Ty.I32)),
                                     here, other))  # fmt: skip
            self.start(here)
            yes, no = self.b.label("frac"), self.b.label("frac")
            self.terminate(ir.Branch(self.test("ne", wide, frac, Imm(0, wide)), yes, no))
            self.start(yes)
            self.emit(ir.Copy(r, if_frac))
            self.terminate(ir.Jump(end))
            self.start(no)
            self.emit(ir.Copy(r, if_zero))
            self.terminate(ir.Jump(end))
            self.start(other)
        self.emit(ir.Copy(r, codes[2]))
        self.start(end)
        return r

    def tf_fp_builtin(self, name: str, args: tuple[ast.Expr, ...], pos: Pos) -> Operand:
        """The classification macros on long double (binary128): the comparisons call
        the soft-float helpers; the others look at the sign, the 15-bit exponent and the
        112-bit fraction in the two halves."""
        if name in _TWO_ARGS:
            a, b = (self.tf_operand(x, pos) for x in args)
            if name in _TF_ORDERED:
                return self.tf_compare(_TF_ORDERED[name], a, b, pos)
            if name == "islessgreater":
                lt, gt = self.tf_compare("<", a, b, pos), self.tf_compare(">", a, b, pos)
                return self.arith("or", Ty.I32, lt, gt)
            unordered = self.tf_call("__unordtf2", [a, b], pos, Ty.I32)
            return self.test("ne", Ty.I32, unordered, Imm(0, Ty.I32))
        x = self.tf_operand(args[-1], pos)
        assert isinstance(x, SlotAddr | SymAddr | VReg)
        low, high = self.new(Ty.U64), self.new(Ty.U64)
        self.emit(ir.Load(low, Mem(x)))
        self.emit(ir.Load(high, Mem(x, 8)))
        if name == "signbit":
            return self.convert(self.arith("shr", Ty.U64, high, Imm(63, Ty.I32)), Ty.I32)
        top = 0x7FFF
        shifted = self.arith("shr", Ty.U64, high, Imm(48, Ty.I32))
        exp = self.convert(self.arith("and", Ty.U64, shifted, Imm(top, Ty.U64)), Ty.I32)
        frac_high = self.arith("and", Ty.U64, high, Imm((1 << 48) - 1, Ty.U64))
        frac = self.arith("or", Ty.U64, frac_high, low)  # nonzero when the fraction is
        is_top = self.test("eq", Ty.I32, exp, Imm(top, Ty.I32))
        frac_zero = self.test("eq", Ty.U64, frac, Imm(0, Ty.U64))
        frac_nonzero = self.test("ne", Ty.U64, frac, Imm(0, Ty.U64))
        if name == "isnan":
            return self.arith("and", Ty.I32, is_top, frac_nonzero)
        if name in ("isinf", "isinf_sign"):
            inf = self.arith("and", Ty.I32, is_top, frac_zero)
            if name == "isinf":
                return inf
            sign = self.convert(self.arith("shr", Ty.U64, high, Imm(63, Ty.I32)), Ty.I32)
            twice = self.arith("shl", Ty.I32, sign, Imm(1, Ty.I32))
            minus = self.arith("sub", Ty.I32, Imm(1, Ty.I32), twice)  # 1 or -1
            return self.arith("mul", Ty.I32, inf, minus)  # 1, -1, or 0
        finite = self.test("ne", Ty.I32, exp, Imm(top, Ty.I32))
        if name == "isfinite":
            return finite
        is_zero_exp = self.test("eq", Ty.I32, exp, Imm(0, Ty.I32))
        normal = self.arith("and", Ty.I32, self.test("ne", Ty.I32, exp, Imm(0, Ty.I32)), finite)
        if name == "isnormal":
            return normal
        # fpclassify(nan, infinite, normal, subnormal, zero, x): a select, without branches
        codes = [self.convert(self.value(a), Ty.I32) for a in args[:5]]
        cases = ((self.arith("and", Ty.I32, is_top, frac_nonzero), codes[0]),
                 (self.arith("and", Ty.I32, is_top, frac_zero), codes[1]),
                 (normal, codes[2]),
                 (self.arith("and", Ty.I32, is_zero_exp, frac_nonzero), codes[3]),
                 (self.arith("and", Ty.I32, is_zero_exp, frac_zero), codes[4]))  # fmt: skip
        r: Operand = Imm(0, Ty.I32)
        for flag, code in cases:  # exactly one flag is 1
            r = self.arith("add", Ty.I32, r, self.arith("mul", Ty.I32, flag, code))
        return r

    def tf_operand(self, x: ast.Expr, pos: Pos) -> Operand:
        """A long double operand for the helpers: its address, converted first if need be."""
        v = self.value(x)
        return v if is_long_double(x.type) else self.tf_from(v, pos)

    # --- atomics: the A extension, with the psABI's mapping of the C11 orders ----------

    def atomic_builtin(self, name: str, args: tuple[ast.Expr, ...], e: ast.Expr) -> Operand:
        """`__atomic_*` (and `__sync_*`, always sequentially consistent): amoOP with
        .aq/.rl bits for read-modify-writes, an lr/sc loop for compare-and-swap, plain
        loads and stores between fences for the rest (RISC-V's table of C11 mappings)."""
        short = name.removeprefix("__atomic_").removeprefix("__sync_")
        sync = name.startswith("__sync_")
        vals = [self.value(a) for a in args]
        if short in ("thread_fence", "synchronize"):
            order = _SEQ_CST if sync else _order(args[0])
            if order != _RELAXED:
                self.emit(ir.Fence("rw", "rw"))
            return Imm(0, Ty.I32)
        if short == "signal_fence":
            return Imm(0, Ty.I32)
        if short in ("always_lock_free", "is_lock_free"):
            size = vals[0]
            ok = isinstance(size, Imm) and size.value in (1, 2, 4, 8)
            return Imm(int(ok), Ty.U8)
        p = self.convert(vals[0], Ty.PTR)
        ptype = args[0].type.unqual()
        assert isinstance(ptype, Pointer)
        t = ptype.to.unqual()
        if short in ("test_and_set", "lock_test_and_set") and (short != "lock_test_and_set"
                                                                or t.size == 1):  # fmt: skip
            return self.test_and_set(p, _order(args[-1]) if not sync else _ACQUIRE)
        if short in ("clear", "lock_release"):
            order = _RELEASE if sync else _order(args[-1])
            if order in (_RELEASE, _SEQ_CST, _ACQ_REL):
                self.emit(ir.Fence("rw", "w"))
            ty = Ty.U8 if isinstance(t, Void | Record) else scalar_ty(t, e.pos)  # atomic_flag
            self.emit(ir.Store(ty, self.mem(p), zero(ty)))
            return Imm(0, Ty.I32)
        ty = scalar_ty(t, e.pos)
        if short in ("load_n", "load"):
            v = self.atomic_load(p, ty, _order(args[-1]))
            if short == "load":
                self.emit(ir.Store(ty, self.mem(self.convert(vals[1], Ty.PTR)), v))
                return Imm(0, Ty.I32)
            return v
        if short in ("store_n", "store"):
            v = vals[1] if short == "store_n" else self.load(self.mem(vals[1]), ty)
            self.atomic_store(p, self.convert(v, ty), _order(args[-1]))
            return Imm(0, Ty.I32)
        if ty.is_float:
            raise Unsupported(e.pos, f"'{name}' on a floating object")
        if ty.size < 4:
            return self.narrow_atomic(short, sync, p, ty, vals, args, e.pos)
        if short in ("exchange_n", "exchange", "lock_test_and_set"):
            v = vals[1] if short != "exchange" else self.load(self.mem(vals[1]), ty)
            order = _ACQUIRE if sync else _order(args[-1])
            old = self.amo("swap", p, self.convert(v, ty), order)
            if short == "exchange":
                self.emit(ir.Store(ty, self.mem(self.convert(vals[2], Ty.PTR)), old))
                return Imm(0, Ty.I32)
            return old
        if short in ("compare_exchange_n", "compare_exchange"):
            return self.compare_exchange(p, ty, vals, short == "compare_exchange")
        if short in ("bool_compare_and_swap", "val_compare_and_swap"):
            old = self.new(ty)
            expected = self.convert(vals[1], ty)
            self.emit(ir.CompareSwap(old, p, expected, self.convert(vals[2], ty)))
            if short == "val_compare_and_swap":
                return old
            return self.convert(self.test("eq", ty, old, expected), Ty.U8)
        return self.fetch_op(short, p, ty, self.convert(vals[1], ty),
                             _SEQ_CST if sync else _order(args[-1]), e.pos)  # fmt: skip

    def atomic_update(self, target: ast.Expr, op: str, v: Operand, pos: Pos, prefix: bool,
                      optype: Type | None = None) -> Operand:  # fmt: skip
        """`x op= v`, `++x`, `x++` on an _Atomic object (C11's sequential consistency):
        one amoOP.aqrl for + - & | ^ on a 4- or 8-byte integer, else a compare-and-swap
        loop (cas_loop); the new value, or the old one for `x++`."""
        t = target.type
        place = self.place(target)
        ops = {"+": "add", "-": "add", "&": "and", "|": "or", "^": "xor"}
        ut = t.unqual()
        if not isinstance(place, Mem) or not isinstance(ut, Int | Enum | Pointer) or is_bool(t):
            raise Unsupported(pos, f"'{op}=' on an _Atomic object of this type")
        ty = scalar_ty(t, pos)
        p = self.address(place)
        if ty.size >= 4 and op in ops and not isinstance(ut, Pointer):
            v = self.convert(v, ty)
            operand = self.arith("sub", ty, zero(ty), v) if op == "-" else v
            old = self.amo(ops[op], p, operand, _SEQ_CST)
            return self.arith(_BINOPS[op], ty, old, v) if prefix else old

        def compute(old: Operand) -> Operand:
            if isinstance(ut, Pointer):
                return self.pointer_add(old, v, t, op)
            ot = optype or t
            opty = scalar_ty(ot, pos)
            b = v if op in ("<<", ">>") else self.convert(v, opty)
            return self.convert_c(self.arith(_BINOPS[op], opty, self.convert_c(old, ot, pos), b),
                                  t, pos)  # fmt: skip

        old, new = self.cas_loop(p, ty, compute)
        return new if prefix else old

    def cas_loop(self, p: Operand, ty: Ty,
                 compute: Callable[[Operand], Operand]) -> tuple[VReg, VReg]:  # fmt: skip
        """A read-modify-write no amo instruction does: read *p, compute the new value,
        compare-and-swap it in, again until no other hart came in between. A 1- or
        2-byte object is updated inside its aligned word (RISC-V's lr/sc are 4 and 8
        bytes), the rest of the word kept. (old, new) values."""
        old, new = self.new(ty), self.new(ty)
        top, done = self.b.label("rmw"), self.b.label("rmwdone")
        if ty.size >= 4:
            self.start(top)
            self.emit(ir.Load(old, self.mem(p)))
            self.emit(ir.Copy(new, self.convert(compute(old), ty)))
            seen = self.new(ty)
            self.emit(ir.CompareSwap(seen, p, old, new))
            self.terminate(ir.Branch(self.test("eq", ty, seen, old), done, top))
            self.start(done)
            return old, new
        word = self.arith("and", Ty.PTR, p, Imm(Ty.PTR.wrap(-4), Ty.PTR))
        byte = self.convert(self.arith("and", Ty.PTR, p, Imm(3, Ty.PTR)), Ty.I32)
        shift = self.arith("shl", Ty.I32, byte, Imm(3, Ty.I32))
        ones = Imm((1 << ty.bits) - 1, Ty.I32)
        mask = self.arith("shl", Ty.I32, ones, shift)
        keep = self.arith("xor", Ty.I32, mask, Imm(-1, Ty.I32))
        w = self.new(Ty.I32)
        self.start(top)
        self.emit(ir.Load(w, self.mem(word)))
        self.emit(ir.Copy(old, self.convert(self.arith("shr", Ty.I32, w, shift), ty)))
        self.emit(ir.Copy(new, self.convert(compute(old), ty)))
        bits = self.arith("and", Ty.I32, self.convert(new, Ty.I32), ones)
        merged = self.arith("or", Ty.I32, self.arith("and", Ty.I32, w, keep),
                            self.arith("shl", Ty.I32, bits, shift))  # fmt: skip
        seen = self.new(Ty.I32)
        self.emit(ir.CompareSwap(seen, word, w, merged))
        self.terminate(ir.Branch(self.test("eq", Ty.I32, seen, w), done, top))
        self.start(done)
        return old, new

    def atomic_load(self, p: Operand, ty: Ty, order: int) -> Operand:
        if order == _SEQ_CST:
            self.emit(ir.Fence("rw", "rw"))
        v = self.new(ty)
        self.emit(ir.Load(v, self.mem(p)))
        if order in (_ACQUIRE, _CONSUME, _SEQ_CST, _ACQ_REL):
            self.emit(ir.Fence("r", "rw"))
        return v

    def atomic_store(self, p: Operand, v: Operand, order: int) -> None:
        if order in (_RELEASE, _SEQ_CST, _ACQ_REL):
            self.emit(ir.Fence("rw", "w"))
        self.emit(ir.Store(v.ty, self.mem(p), v))

    def amo(self, op: str, p: Operand, v: Operand, order: int) -> VReg:
        old = self.new(v.ty)
        self.emit(ir.Atomic(op, old, p, v, _AMO_ORDER[order]))
        return old

    def fetch_op(self, short: str, p: Operand, ty: Ty, v: Operand, order: int,
                 pos: Pos) -> Operand:  # fmt: skip
        """__atomic_fetch_OP (the old value) and __atomic_OP_fetch (the new one)."""
        short = _atomic_name(short)
        fetch_first = short.startswith("fetch_")
        op = short[6:] if fetch_first else short.removesuffix("_fetch")
        if op == "nand":
            old = self.new(ty)
            return self.nand_loop(p, ty, v, old, fetch_first)
        if op not in ("add", "sub", "and", "or", "xor", "max", "min"):
            raise Unsupported(pos, f"'__atomic_{short}'")
        amo_op = {"sub": "add", "max": "max" if ty.signed else "maxu",
                  "min": "min" if ty.signed else "minu"}.get(op, op)  # fmt: skip
        operand = self.arith("sub", ty, zero(ty), v) if op == "sub" else v
        old = self.amo(amo_op, p, operand, order)
        if fetch_first:
            return old
        if op in ("max", "min"):
            raise Unsupported(pos, f"'__atomic_{short}'")
        return self.arith(_BINOPS[{"add": "+", "sub": "-", "and": "&", "or": "|",
                                   "xor": "^"}[op]], ty, old, v)  # fmt: skip

    def narrow_atomic(self, short: str, sync: bool, p: Operand, ty: Ty, vals: list[Operand],
                      args: tuple[ast.Expr, ...], pos: Pos) -> Operand:  # fmt: skip
        """The read-modify-writes of a 1- or 2-byte object: compare-and-swap loops on its
        word (cas_loop; gcc 12 calls libatomic's __atomic_fetch_add_1 ... instead)."""
        if short in ("exchange_n", "exchange", "lock_test_and_set"):
            v = vals[1] if short != "exchange" else self.load(self.mem(vals[1]), ty)
            v = self.convert(v, ty)
            old, _ = self.cas_loop(p, ty, lambda _old: v)
            if short == "exchange":
                self.emit(ir.Store(ty, self.mem(self.convert(vals[2], Ty.PTR)), old))
                return Imm(0, Ty.I32)
            return old
        if short in ("compare_exchange_n", "compare_exchange", "bool_compare_and_swap",
                     "val_compare_and_swap"):  # fmt: skip
            generic = short.startswith("compare_exchange")
            expected_at = self.mem(self.convert(vals[1], Ty.PTR)) if generic else None
            expected = (self.load(expected_at, ty) if expected_at is not None
                        else self.convert(vals[1], ty))  # fmt: skip
            desired = (self.load(self.mem(vals[2]), ty) if short == "compare_exchange"
                       else self.convert(vals[2], ty))  # fmt: skip
            # swap in `desired` if the value is `expected`, else write back what is there
            old, _ = self.cas_loop(p, ty, lambda o: self.select_eq(o, expected, desired, o))
            ok = self.test("eq", ty, old, expected)
            if short == "val_compare_and_swap":
                return old
            if expected_at is not None:
                self.write_back_on_failure(ok, expected_at, old)
            return self.convert(ok, Ty.U8)
        short = _atomic_name(short)
        fetch_first = short.startswith("fetch_")
        op = short[6:] if fetch_first else short.removesuffix("_fetch")
        v = self.convert(vals[1], ty)
        binops = {"add": "add", "sub": "sub", "and": "and", "or": "or", "xor": "xor"}
        if op == "nand":
            old, new = self.cas_loop(p, ty, lambda o: self.not_(self.arith("and", ty, o, v)))
        elif op in ("max", "min"):
            bigger = "gt" if op == "max" else "lt"
            old, new = self.cas_loop(p, ty, lambda o: self.select(bigger, ty, o, v, o, v))
        elif op in binops:
            old, new = self.cas_loop(p, ty, lambda o: self.arith(binops[op], ty, o, v))
        else:
            raise Unsupported(pos, f"'__atomic_{short}'")
        del sync, args
        return old if fetch_first else new

    def not_(self, v: Operand) -> VReg:
        dst = self.new(v.ty)
        self.emit(ir.Unary("not", dst, v))
        return dst

    def select_eq(self, a: Operand, b: Operand, yes: Operand, no: Operand) -> VReg:
        return self.select("eq", a.ty, a, b, yes, no)

    def select(self, op: str, ty: Ty, a: Operand, b: Operand, yes: Operand, no: Operand) -> VReg:
        """`a op b ? yes : no`, with branches (the IR has no select)."""
        dst = self.new(yes.ty)
        then, other, end = self.b.label("sel"), self.b.label("selno"), self.b.label("selend")
        self.terminate(ir.Branch(self.test(op, ty, a, b), then, other))
        self.start(then)
        self.emit(ir.Copy(dst, yes))
        self.terminate(ir.Jump(end))
        self.start(other)
        self.emit(ir.Copy(dst, no))
        self.start(end)
        return dst

    def nand_loop(self, p: Operand, ty: Ty, v: Operand, old: VReg, fetch_first: bool) -> Operand:
        """No amonand: compare-and-swap ~(old & v) until it takes."""
        top, done = self.b.label("nand"), self.b.label("nanded")
        self.start(top)
        self.emit(ir.Load(old, self.mem(p)))
        new = self.new(ty)
        self.emit(ir.Unary("not", new, self.arith("and", ty, old, v)))
        seen = self.new(ty)
        self.emit(ir.CompareSwap(seen, p, old, new))
        self.terminate(ir.Branch(self.test("eq", ty, seen, old), done, top))
        self.start(done)
        return old if fetch_first else new

    def compare_exchange(self, p: Operand, ty: Ty, vals: list[Operand], generic: bool) -> Operand:
        """Swap in the desired value if *p holds *expected; else *expected = *p."""
        expected_at = self.mem(self.convert(vals[1], Ty.PTR))
        expected = self.load(expected_at, ty)
        desired = self.load(self.mem(vals[2]), ty) if generic else self.convert(vals[2], ty)
        old = self.new(ty)
        self.emit(ir.CompareSwap(old, p, expected, desired))
        ok = self.test("eq", ty, old, expected)
        self.write_back_on_failure(ok, expected_at, old)
        return self.convert(ok, Ty.U8)

    def write_back_on_failure(self, ok: VReg, expected_at: Mem, old: Operand) -> None:
        """A failed compare-exchange writes what it found to *expected."""
        failed, end = self.b.label("casfail"), self.b.label("casdone")
        self.terminate(ir.Branch(ok, end, failed))
        self.start(failed)
        self.emit(ir.Store(old.ty, expected_at, old))
        self.start(end)

    def test_and_set(self, p: Operand, order: int) -> Operand:
        """A byte set to 1 atomically: amoor.w on its aligned word, its bit shifted in."""
        word = self.arith("and", Ty.PTR, p, Imm(Ty.PTR.wrap(-4), Ty.PTR))
        byte = self.convert(self.arith("and", Ty.PTR, p, Imm(3, Ty.PTR)), Ty.I32)
        shift = self.arith("shl", Ty.I32, byte, Imm(3, Ty.I32))
        bit = self.arith("shl", Ty.I32, Imm(1, Ty.I32), shift)
        old = self.amo("or", word, bit, order)
        was = self.arith("shr", Ty.I32, old, shift)
        was = self.arith("and", Ty.I32, was, Imm(255, Ty.I32))
        return self.convert(self.test("ne", Ty.I32, was, Imm(0, Ty.I32)), Ty.U8)

    def test(self, op: str, ty: Ty, a: Operand, b: Operand) -> VReg:
        dst = self.new(Ty.I32)
        self.emit(ir.Compare(op, ty, dst, a, b))
        return dst

    def va_arg(self, e: ast.VaArg) -> Operand:
        """`va_arg(ap, T)`: ap points at 8-byte slots (the register save area, then the
        caller's stack arguments); a value aligned to 16 starts at an even slot, a
        struct above 16 bytes is a pointer to it. Its value (a struct's address)."""
        place = self.place(e.ap)
        p = self.load(place, Ty.PTR)
        if isinstance(place, VReg):  # ap is about to move on: keep where it was
            p = self.new(Ty.PTR)
            self.emit(ir.Copy(p, place))
        t = e.type.unqual()
        size = t.size
        if isinstance(t, Record | Array | Complex | Float) and size > 16:
            addr = self.new(Ty.PTR)
            self.emit(ir.Load(addr, self.mem(p)))
            self.store(place, self.arith("add", Ty.PTR, p, Imm(8, Ty.PTR)))
            return addr
        if t.align == 16:
            bumped = self.arith("add", Ty.PTR, p, Imm(15, Ty.PTR))
            p = self.arith("and", Ty.PTR, bumped, Imm(Ty.PTR.wrap(-16), Ty.PTR))
        step = (max(size, 1) + 7) // 8 * 8
        self.store(place, self.arith("add", Ty.PTR, p, Imm(step, Ty.PTR)))
        if abi.is_by_parts(t):
            return p
        v = self.new(scalar_ty(t, e.pos))
        self.emit(ir.Load(v, self.mem(p)))
        if is_bool(t):
            return self.to_bool(v)
        return v

    def builtin(self, e: ast.Call, name: str) -> Operand:
        plain = name.removeprefix("__builtin_")
        if plain in ("inf", "inff", "huge_val", "huge_valf", "infl", "huge_vall"):
            if is_long_double(e.type):
                return SymAddr(self.data.quad(float("inf")))
            return FImm.of(float("inf"), scalar_ty(e.type, e.pos))
        if plain in ("nan", "nanf", "nanl") and len(e.args) == 1:
            payload = _nan_payload(e.args[0])
            if payload is not None:
                return self.nan(payload, e.type, e.pos)
        if plain == "expect" and len(e.args) == 2:
            v = self.value(e.args[0])
            self.effect(e.args[1])
            return v
        if plain == "unreachable":
            self.terminate(ir.Unreachable())
            return Imm(0, Ty.I32)
        if plain.startswith("bswap"):
            return self.bswap(self.value(e.args[0]))
        if plain == "object_size":  # nothing known: (size_t)-1, or 0 for types 2 and 3
            self.effect(e.args[0])
            kind = e.args[1]
            small = isinstance(kind, ast.IntLit) and kind.value < 2
            return Imm(Ty.U64.wrap(-1) if small else 0, Ty.U64)
        if plain.rstrip("l") in _BIT_BUILTINS:
            return self.bit_builtin(plain, self.value(e.args[0]))
        if plain == "trap":
            plain = "abort"
        if plain not in _LIBRARY_BUILTINS:
            raise Unsupported(e.pos, f"'{name}'")
        if plain in ("fabs", "fabsf"):
            return self.fabs(e)
        return self.library_call(plain, e)

    def fabs(self, e: ast.Call) -> Operand:
        """fabs(x), fabsf(x): the sign bit cleared (fsgnjx), in line."""
        v = self.value(e.args[0])
        dst = self.new(v.ty)
        self.emit(ir.Unary("abs", dst, v))
        return dst

    def nan(self, payload: int, t: Type, pos: Pos) -> Operand:
        """__builtin_nan("N"): a quiet NaN whose fraction holds N (as gcc makes it)."""
        if is_long_double(t):
            bits = (0x7FFF8 << 108) | (payload & ((1 << 111) - 1))
            return SymAddr(self.data.string_bytes(bits.to_bytes(16, "little"), 16))
        ty = scalar_ty(t, pos)
        if ty is Ty.F32:
            return FImm(0x7FC00000 | (payload & 0x3FFFFF), ty)
        return FImm(0x7FF8000000000000 | (payload & ((1 << 51) - 1)), ty)

    def library_call(self, plain: str, e: ast.Call) -> Operand:
        args = tuple(self.value(a) for a in e.args)
        ret = e.type.unqual()
        dst = None if isinstance(ret, Void) else self.new(scalar_ty(ret, e.pos))
        self.emit(ir.Call(dst, SymAddr(plain), args, abi.natural_locs([a.ty for a in args])))
        return dst if dst is not None else Imm(0, Ty.I32)

    def bswap(self, v: Operand) -> Operand:
        """__builtin_bswap16/32/64: each byte moved to its mirror place."""
        ty = v.ty
        out: Operand = Imm(0, ty)
        n = ty.size
        for i in range(n):
            byte = self.arith("shr", ty, v, Imm(8 * i, Ty.I32)) if i else v
            byte = self.arith("and", ty, byte, Imm(0xFF, ty))
            if n - 1 - i:
                byte = self.arith("shl", ty, byte, Imm(8 * (n - 1 - i), Ty.I32))
            out = byte if i == 0 else self.arith("or", ty, out, byte)
        return out

    def bit_builtin(self, plain: str, v: Operand) -> Operand:
        """__builtin_clz, ctz, popcount, parity, ffs, clrsb (and their l, ll forms):
        libgcc's 64-bit functions, the count corrected for a 32-bit argument."""
        base = plain.rstrip("l")
        narrow = v.ty.size == 4
        signed = base in ("ffs", "clrsb")
        wide = self.convert(v, Ty.I64 if signed else Ty.U64)
        r = self.new(Ty.I32)
        self.emit(ir.Call(r, SymAddr(f"__{base}di2"), (wide,)))
        if narrow and base in ("clz", "clrsb"):
            return self.arith("sub", Ty.I32, r, Imm(32, Ty.I32))
        return r

    def stmt_expr(self, body: ast.Block, e: ast.Expr) -> Operand:
        """GNU `({ ...; last; })`: the value of the last expression statement."""
        *first, last = body.items or (ast.ExprStmt(body.pos, None),)
        for s in first:
            self.stmt(s)
        if isinstance(last, ast.ExprStmt) and last.expr is not None:
            if isinstance(e.type.unqual(), Void):
                self.effect(last.expr)
                return Imm(0, Ty.I32)
            return self.value(last.expr)
        self.stmt(last)
        return Imm(0, Ty.I32)
