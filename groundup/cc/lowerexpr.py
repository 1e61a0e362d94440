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

from dataclasses import dataclass, replace

from groundup.cc import ast, ir
from groundup.cc.ctype import (
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
from groundup.cc.ir import Imm, Mem, Operand, SlotAddr, SymAddr, Ty, VReg
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
                               "exit", "printf", "puts", "putchar", "malloc", "free", "calloc",
                               "abs", "labs", "llabs"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class BitField:
    """`width` bits at bit `shift` of the storage unit `unit` (of type `ty`, the field's
    declared type), `signed` as the field is."""

    unit: Mem
    ty: Ty
    shift: int
    width: int
    signed: bool


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
        case Float() | Complex():
            return _unsupported(pos, "floating point")
    return _unsupported(pos, f"a value of type '{type_name(t)}'")


def _unsupported(pos: Pos, what: str) -> Ty:
    raise Unsupported(pos, what)


def is_aggregate(t: Type) -> bool:
    return isinstance(t.unqual(), Record | Array)


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


def bitfield(unit: Mem, m: Member, pos: Pos) -> BitField:
    """The place of bit-field member m whose storage unit is at `unit`."""
    assert m.bit_width is not None
    ty = scalar_ty(m.type, pos)
    return BitField(unit, ty, m.bit_offset, m.bit_width, as_int(m.type).signed)


class ExprLowering:
    """The expressions of one function, lowered into a FunctionBuilder."""

    def __init__(self, data: StaticData, builder: ir.FunctionBuilder) -> None:
        self.data = data
        self.b = builder
        self.vars: dict[int, VReg | SlotAddr] = {}  # local object id -> where it lives
        self.taken: set[int] = set()  # the ids of locals whose address is taken
        self.var_regs: set[int] = set()  # the vregs that are variables, not temporaries

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

    def slot_for(self, obj: ast.Object) -> SlotAddr:
        found = self.vars.get(obj.id)
        if isinstance(found, SlotAddr):
            return found
        t = obj.type
        if isinstance(t, Array) and t.vla is not None:
            raise Unsupported(obj.pos, "variable-length arrays")
        align = max(t.align, obj.align, 1)
        slot = self.b.slot(f"{obj.name or 'p'}.{obj.id}", max(t.size, 1), min(align, 16))
        self.vars[obj.id] = slot
        return slot

    def var(self, obj: ast.Object, pos: Pos) -> VReg | Mem:
        if not obj.is_local:
            return Mem(SymAddr(self.data.symbol(obj)))
        found = self.vars.get(obj.id)
        if found is None:
            t = obj.type
            volatile = t.qual & VOLATILE  # setjmp/longjmp, signal handlers: in memory
            if obj.id in self.taken or volatile or not isinstance(t, Int | Enum | Pointer):
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
                unit = self.new(place.ty)
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
        old = self.new(f.ty)
        self.emit(ir.Load(old, f.unit))
        kept = self.arith("and", f.ty, old, Imm(f.ty.wrap(~(mask << f.shift)), f.ty))
        v = self.arith("and", f.ty, self.convert(value, f.ty), Imm(f.ty.wrap(mask), f.ty))
        if f.shift:
            v = self.arith("shl", f.ty, v, Imm(f.shift, Ty.I32))
        new = self.arith("or", f.ty, kept, v)
        self.emit(ir.Store(f.ty, f.unit, new))
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
        if isinstance(v, Imm):
            return Imm(ty.wrap(v.value), ty)
        dst = self.new(ty)
        self.emit(ir.Conv(dst, v))
        return dst

    def to_bool(self, v: Operand) -> Operand:
        """C's conversion to _Bool: 0 or 1 (a u8)."""
        if isinstance(v, Imm):
            return Imm(int(v.value != 0), Ty.U8)
        test = self.new(Ty.I32)
        self.emit(ir.Compare("ne", v.ty, test, v, Imm(0, v.ty)))
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
            case _:
                v = self.value(e)
                if isinstance(v, Imm):
                    self.terminate(ir.Jump(yes if v.value else no))
                else:
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
            case ast.FloatLit():
                raise Unsupported(e.pos, "floating point")
            case ast.SizeOf():
                raise Unsupported(e.pos, "variable-length arrays")
            case ast.VaArg():
                raise Unsupported(e.pos, "va_arg (variadic function definitions)")
            case ast.BuiltinCall(name="__builtin_assume_aligned", args=args):
                pointer = self.value(args[0])
                for a in args[1:]:
                    self.effect(a)
                return pointer
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

    def read(self, e: ast.Expr) -> Operand:
        """An lvalue's value: loaded, or (an array, a struct) its address."""
        place = self.place(e)
        if is_aggregate(e.type) or isinstance(e.type.unqual(), Function):
            assert isinstance(place, Mem)
            return self.address(place)
        return self.load(place, scalar_ty(e.type, e.pos))

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
        if is_aggregate(to):
            return self.value(e.operand)
        if isinstance(e.operand.type.unqual(), Float):
            raise Unsupported(e.pos, "floating point")
        return self.convert_c(self.value(e.operand), to, e.pos)

    def unary(self, e: ast.Unary) -> Operand:
        v = self.value(e.operand)
        if e.op == "!":
            if isinstance(v, Imm):
                return Imm(int(v.value == 0), Ty.I32)
            dst = self.new(Ty.I32)
            self.emit(ir.Compare("eq", v.ty, dst, v, Imm(0, v.ty)))
            return dst
        ty = scalar_ty(e.type, e.pos)
        v = self.convert(v, ty)
        if e.op == "+":
            return v
        if isinstance(v, Imm):
            return Imm(ty.wrap(-v.value if e.op == "-" else ~v.value), ty)
        dst = self.new(ty)
        self.emit(ir.Unary("neg" if e.op == "-" else "not", dst, v))
        return dst

    def binary(self, e: ast.Binary) -> Operand:
        lt, rt = e.lhs.type.unqual(), e.rhs.type.unqual()
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
        v = self.convert(self.value(e.value), scalar_ty(t, e.pos))
        return self.store(self.place(e.target), v)

    def compound_assign(self, e: ast.CompoundAssign) -> Operand:
        t = e.target.type
        place = self.place(e.target)
        ty = scalar_ty(t, e.pos)
        if isinstance(t.unqual(), Pointer):
            n = self.value(e.value)
            new = self.pointer_add(self.load(place, ty), n, t, e.op)
        else:
            optype = e.optype
            if isinstance(optype.unqual(), Float):
                raise Unsupported(e.pos, "floating point")
            opty = scalar_ty(optype, e.pos)
            b = self.value(e.value)
            a = self.convert_c(self.load(place, ty), optype, e.pos)
            if e.op not in ("<<", ">>"):
                b = self.convert(b, opty)
            new = self.convert_c(self.arith(_BINOPS[e.op], opty, a, b), t, e.pos)
        return self.store(place, new)

    def incdec(self, e: ast.IncDec) -> Operand:
        t = e.operand.type
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
            new = self.arith(_BINOPS[op], ty, old, Imm(1, ty))
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
        f = e.func
        target = f.operand if isinstance(f, ast.Decay | ast.AddrOf) else f
        if isinstance(target, ast.VarRef) and target.obj.builtin:
            return self.builtin(e, target.obj.name)
        ptype = f.type.unqual()
        ftype = ptype.to.unqual() if isinstance(ptype, Pointer) else ptype
        assert isinstance(ftype, Function), ftype
        if is_aggregate(ftype.ret):
            raise Unsupported(e.pos, "calling a function that returns a struct or union")
        callee = self.value(f)
        if isinstance(callee, Imm):
            callee = self.address(self.mem(callee))
        args = []
        for a in e.args:
            if is_aggregate(a.type):
                raise Unsupported(a.pos, "passing a struct or union by value")
            args.append(self.value(a))
        void = isinstance(ftype.ret.unqual(), Void)
        dst = None if void else self.new(scalar_ty(ftype.ret, e.pos))
        self.emit(ir.Call(dst, callee, tuple(args)))
        return dst if dst is not None else Imm(0, Ty.I32)

    def builtin(self, e: ast.Call, name: str) -> Operand:
        plain = name.removeprefix("__builtin_")
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
        return self.library_call(plain, e)

    def library_call(self, plain: str, e: ast.Call) -> Operand:
        args = tuple(self.value(a) for a in e.args)
        ret = e.type.unqual()
        dst = None if isinstance(ret, Void) else self.new(scalar_ty(ret, e.pos))
        self.emit(ir.Call(dst, SymAddr(plain), args))
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
