"""C types: what they are, their size and alignment on RISC-V (LP64D), how they convert.

A type is a frozen value: `Int`, `Float`, `Void`, `Pointer`, `Array`, `Function`,
`Record` (struct or union) and `Enum`, each with its qualifiers (`qual`, bits of
CONST, VOLATILE, RESTRICT, ATOMIC). Struct, union and enum types refer to a *tag*
(`RecordTag`, `EnumTag`): a mutable object, one per declaration of the tag, that is
completed when its body is seen, so `struct node { struct node *next; }` can refer
to itself and two uses of a tag are the same type.

Sizes and alignments are the RISC-V psABI's (LP64D): char 1, short 2, int 4, long,
long long and pointers 8, __int128 16, float 4, double 8, long double 16 (IEEE
binary128). Plain char is its own type, unsigned on RISC-V Linux; `-fsigned-char`
makes `signed_char_type()`'s char the one sema uses. Struct layout follows the
System V rules every psABI shares: each member at the next offset aligned for it,
the size rounded up to the largest alignment; a bit-field goes in the current
storage unit of its declared type unless it would cross that unit's boundary, and
`:0` closes the unit.

`type_name(t)` prints a type the way gcc prints it in diagnostics:
`int *(*)[3]`, `const char *`, `struct s`, `int (*)(int, char *)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CONST = 1
VOLATILE = 2
RESTRICT = 4
ATOMIC = 8
_QUAL_NAMES = ((ATOMIC, "_Atomic"), (CONST, "const"), (VOLATILE, "volatile"),
               (RESTRICT, "restrict"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Type:
    qual: int = field(default=0, kw_only=True)
    # __attribute__((aligned(N))) on a typedef: at least N (not part of the type's identity)
    aligned: int = field(default=0, kw_only=True, compare=False)

    @property
    def size(self) -> int:
        return 1

    @property
    def align(self) -> int:
        return max(self.natural_align, self.aligned)

    @property
    def natural_align(self) -> int:
        return 1

    def unqual(self) -> Type:
        return replace(self, qual=0) if self.qual else self

    def qualified(self, qual: int) -> Type:
        return replace(self, qual=self.qual | qual) if qual & ~self.qual else self

    def __str__(self) -> str:
        return type_name(self)


@dataclass(frozen=True, slots=True)
class Void(Type):
    pass


@dataclass(frozen=True, slots=True)
class Invalid(Type):
    """The type of an expression that already had an error: operations on it are
    not checked again (no cascade of messages from one mistake)."""


@dataclass(frozen=True, slots=True)
class Int(Type):
    """An integer type; `name` tells the types apart (plain char is not signed char)."""

    name: str
    bytes: int
    signed: bool
    rank: int

    @property
    def size(self) -> int:
        return self.bytes

    @property
    def natural_align(self) -> int:
        return self.bytes

    @property
    def bits(self) -> int:
        return self.bytes * 8

    @property
    def min(self) -> int:
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def max(self) -> int:
        return (1 << (self.bits - 1 if self.signed else self.bits)) - 1

    def wrap(self, value: int) -> int:
        """`value` converted to this type (modulo 2^bits; _Bool: 0 or 1)."""
        if self.name == "_Bool":
            return int(value != 0)
        value &= (1 << self.bits) - 1
        if self.signed and value >> (self.bits - 1):
            value -= 1 << self.bits
        return value


@dataclass(frozen=True, slots=True)
class Float(Type):
    name: str
    bytes: int

    @property
    def size(self) -> int:
        return self.bytes

    @property
    def natural_align(self) -> int:
        return self.bytes


@dataclass(frozen=True, slots=True)
class Complex(Type):
    """`_Complex double` (a GNU extension for integers is left out): declared and passed
    around whole; arithmetic on it is not supported yet."""

    base: Float

    @property
    def size(self) -> int:
        return 2 * self.base.bytes

    @property
    def natural_align(self) -> int:
        return self.base.bytes


@dataclass(frozen=True, slots=True)
class Pointer(Type):
    to: Type

    @property
    def size(self) -> int:
        return 8

    @property
    def natural_align(self) -> int:
        return 8


@dataclass(frozen=True, slots=True)
class Array(Type):
    of: Type
    length: int | None  # None: incomplete (`int a[]`), or variable-length
    vla: object = field(default=None, compare=False)  # a VLA's length (an ast.Expr)

    @property
    def size(self) -> int:
        return self.of.size * (self.length or 0)

    @property
    def natural_align(self) -> int:
        return self.of.align


@dataclass(frozen=True, slots=True)
class Function(Type):
    ret: Type
    params: tuple[Type, ...] = ()
    variadic: bool = False
    prototyped: bool = True  # False: `int f()`, parameters unknown

    @property
    def size(self) -> int:
        return 1  # GNU: sizeof of a function is 1

    @property
    def natural_align(self) -> int:
        return 1


@dataclass(frozen=True, slots=True, eq=False)
class Member:
    """A struct or union member: offset in bytes; a bit-field also has its bit offset
    inside the storage unit at `offset` (of its type's size) and its width."""

    name: str | None  # None: an unnamed bit-field or an anonymous struct/union
    type: Type
    offset: int
    index: int  # position in the declaration (initializers go by it)
    bit_offset: int = 0
    bit_width: int | None = None  # None: not a bit-field

    @property
    def is_bitfield(self) -> bool:
        return self.bit_width is not None

    @property
    def unit_size(self) -> int:
        """The bytes from `offset` that a bit-field is read and written through: its
        type's size, or, when packing lets its bits run past those (`#pragma pack`,
        packed), the smallest power of two that holds them (misaligned is fine)."""
        n = self.type.size
        while self.bit_width is not None and self.bit_offset + self.bit_width > n * 8:
            n *= 2
        return n


@dataclass(slots=True, eq=False)
class RecordTag:
    """One struct or union: its members once complete."""

    kind: str  # "struct" or "union"
    name: str | None  # None: anonymous
    id: int
    pos: object = None  # where it is defined (a diag.Pos)
    members: list[Member] | None = None  # None: incomplete
    size: int = 0
    align: int = 1
    flexible: bool = False  # ends with a flexible array member
    transparent: bool = False  # a union with __attribute__((transparent_union))

    def find(self, name: str) -> tuple[Member, int] | None:
        """The member called `name` (looking into anonymous members too) and the offset
        of the anonymous member that holds it."""
        for m in self.members or []:
            if m.name == name:
                return m, 0
            if m.name is None and isinstance(m.type, Record):
                found = m.type.tag.find(name)
                if found is not None:
                    return found[0], found[1] + m.offset
        return None


@dataclass(frozen=True, slots=True)
class Record(Type):
    tag: RecordTag

    @property
    def size(self) -> int:
        return self.tag.size

    @property
    def natural_align(self) -> int:
        return self.tag.align


@dataclass(slots=True, eq=False)
class EnumTag:
    name: str | None
    id: int
    underlying: Int | None = None  # None: incomplete


@dataclass(frozen=True, slots=True)
class Enum(Type):
    tag: EnumTag

    @property
    def underlying(self) -> Int:
        return self.tag.underlying or UINT

    @property
    def size(self) -> int:
        return self.underlying.size

    @property
    def natural_align(self) -> int:
        return self.underlying.align


VOID = Void()
INVALID = Invalid()
BOOL = Int("_Bool", 1, False, 1)
CHAR = Int("char", 1, False, 2)  # plain char, unsigned on RISC-V Linux
SIGNED_PLAIN_CHAR = Int("char", 1, True, 2)  # plain char with -fsigned-char
SCHAR = Int("signed char", 1, True, 2)
UCHAR = Int("unsigned char", 1, False, 2)
SHORT = Int("short int", 2, True, 3)
USHORT = Int("short unsigned int", 2, False, 3)
INT = Int("int", 4, True, 4)
UINT = Int("unsigned int", 4, False, 4)
LONG = Int("long int", 8, True, 5)
ULONG = Int("long unsigned int", 8, False, 5)
LLONG = Int("long long int", 8, True, 6)
ULLONG = Int("long long unsigned int", 8, False, 6)
INT128 = Int("__int128", 16, True, 7)
UINT128 = Int("__int128 unsigned", 16, False, 7)
FLOAT = Float("float", 4)
DOUBLE = Float("double", 8)
LDOUBLE = Float("long double", 16)

SIZE_T = ULONG
PTRDIFF_T = LONG
WCHAR_T = INT

_PAIRS = ((INT, UINT), (LONG, ULONG), (LLONG, ULLONG), (INT128, UINT128), (SHORT, USHORT),
          (SCHAR, UCHAR))  # fmt: skip
_UNSIGNED_OF = {t.name: u for t, u in _PAIRS}


# --- classification ---------------------------------------------------------------------


def is_integer(t: Type) -> bool:
    return isinstance(t, Int | Enum)


def is_arithmetic(t: Type) -> bool:
    return isinstance(t, Int | Enum | Float)


def is_scalar(t: Type) -> bool:
    return isinstance(t, Int | Enum | Float | Pointer)


def is_pointer(t: Type) -> bool:
    return isinstance(t, Pointer)


def is_void(t: Type) -> bool:
    return isinstance(t, Void)


def is_record(t: Type) -> bool:
    return isinstance(t, Record)


def is_function(t: Type) -> bool:
    return isinstance(t, Function)


def is_complete(t: Type) -> bool:
    match t:
        case Void():
            return False
        case Array(length=None, vla=None):
            return False
        case Array(of=of):
            return is_complete(of)
        case Record(tag=tag):
            return tag.members is not None
        case Enum(tag=tag):
            return tag.underlying is not None
        case _:
            return True


def is_object(t: Type) -> bool:
    return not isinstance(t, Function)


def is_char(t: Type) -> bool:
    return isinstance(t, Int) and t.size == 1 and t.name != "_Bool"


def as_int(t: Type) -> Int:
    """The integer type an integer type (enums included) behaves as."""
    t = t.unqual()
    if isinstance(t, Enum):
        return t.underlying
    assert isinstance(t, Int), t
    return t


def is_signed(t: Type) -> bool:
    return is_integer(t) and as_int(t).signed


# --- conversions (C17 6.3.1) ------------------------------------------------------------


def promote(t: Type) -> Type:
    """The integer promotions: types of lower rank than int become int (every value of
    them fits). Other types are returned unqualified."""
    t = t.unqual()
    if isinstance(t, Enum):
        t = t.underlying
    if isinstance(t, Int) and t.rank < INT.rank:
        return INT
    return t


def unsigned_of(t: Int) -> Int:
    return _UNSIGNED_OF.get(t.name, t)


def usual_arithmetic(a: Type, b: Type) -> Type:
    """The common type of two arithmetic operands (C17 6.3.1.8)."""
    a, b = a.unqual(), b.unqual()
    if isinstance(a, Float) or isinstance(b, Float):
        floats = [t for t in (a, b) if isinstance(t, Float)]
        return max(floats, key=lambda f: f.size)
    x, y = promote(a), promote(b)
    assert isinstance(x, Int) and isinstance(y, Int)
    if x == y:
        return x
    if x.signed == y.signed:
        return x if x.rank >= y.rank else y
    u, s = (x, y) if not x.signed else (y, x)
    if u.rank >= s.rank:
        return u
    if s.size > u.size:
        return s
    return unsigned_of(s)


def decay(t: Type) -> Type:
    """Array and function types as values: a pointer to the first element, to the function."""
    if isinstance(t, Array):
        return Pointer(t.of)
    if isinstance(t, Function):
        return Pointer(t)
    return t


# --- compatibility (C17 6.2.7) ----------------------------------------------------------


def compatible(a: Type, b: Type) -> bool:
    """Whether two types are compatible (qualifiers must match)."""
    if a.qual != b.qual:
        return False
    if isinstance(a, Enum) and isinstance(b, Int):
        return a.underlying == b
    if isinstance(b, Enum) and isinstance(a, Int):
        return b.underlying == a
    if type(a) is not type(b):
        return False
    match a:
        case Pointer(to=to):
            assert isinstance(b, Pointer)
            return compatible(to, b.to)
        case Array(of=of, length=n):
            assert isinstance(b, Array)
            return compatible(of, b.of) and (n is None or b.length is None or n == b.length)
        case Function():
            assert isinstance(b, Function)
            return compatible_functions(a, b)
        case Record(tag=tag):
            assert isinstance(b, Record)
            return tag is b.tag
        case Enum(tag=tag):
            assert isinstance(b, Enum)
            return tag is b.tag
        case _:
            return a == b


def compatible_functions(a: Function, b: Function) -> bool:
    if not compatible(a.ret, b.ret):
        return False
    if a.prototyped and b.prototyped:
        if len(a.params) != len(b.params) or a.variadic != b.variadic:
            return False
        return all(
            compatible(x.unqual(), y.unqual()) for x, y in zip(a.params, b.params, strict=True)
        )
    if not a.prototyped and not b.prototyped:
        return True
    proto = a if a.prototyped else b
    return not proto.variadic and all(promote(p) == p.unqual() or isinstance(p, Pointer | Record)
                                      for p in proto.params)  # fmt: skip


def composite(a: Type, b: Type) -> Type:
    """The composite of two compatible types (C17 6.2.7p3): array lengths and
    prototypes that one of them knows."""
    match a, b:
        case Array(length=None), Array():
            return replace(b, of=composite(a.of, b.of), qual=a.qual)
        case Array(), Array():
            return replace(a, of=composite(a.of, b.of))
        case Function(), Function():
            if not a.prototyped:
                return replace(b, ret=composite(a.ret, b.ret), qual=a.qual)
            if not b.prototyped:
                return a
            params = tuple(composite(x, y) for x, y in zip(a.params, b.params, strict=True))
            return replace(a, ret=composite(a.ret, b.ret), params=params)
        case Pointer(), Pointer():
            return replace(a, to=composite(a.to, b.to))
    return a


# --- layout (RISC-V psABI: the System V rules) ------------------------------------------


def align_to(n: int, align: int) -> int:
    return (n + align - 1) // align * align


@dataclass(frozen=True, slots=True)
class FieldDecl:
    """A member as declared, before layout."""

    name: str | None
    type: Type
    bit_width: int | None = None
    align: int = 0  # from _Alignas / __attribute__((aligned)): at least this
    pos: object = None  # where it is declared (a diag.Pos)


def layout(tag: RecordTag, fields: list[FieldDecl], packed: bool = False,
           min_align: int = 1, max_align: int = 0) -> None:  # fmt: skip
    """Give each member its offset and the record its size and alignment.

    `packed`: __attribute__((packed)), every member at alignment 1.  `max_align`: the
    `#pragma pack(N)` in force (0: none), no member aligned more than N bytes.  Either
    way bit-fields follow one another bit after bit (a bit-field does not move to its
    type's next unit when it would straddle one), and a named bit-field aligns the
    record as its type does (at most N).  A zero-width bit-field is not packed: it
    moves the next member to a boundary of its type, and may so add to the size."""
    members: list[Member] = []
    bit = 0  # the next free bit (structs)
    size_bits = 0
    align = min_align
    loose = packed or max_align > 0  # bit-fields may straddle their type's units
    for i, f in enumerate(fields):
        falign = 1 if packed else max(f.type.align, f.align)
        if max_align:
            falign = min(falign, max_align)
        if tag.kind == "union":
            bit = 0
        if f.bit_width is not None:
            unit = f.type.size * 8
            if f.bit_width == 0:
                bit = align_to(bit, unit)
                size_bits = max(size_bits, bit)
                continue
            if not loose and bit // unit != (bit + f.bit_width - 1) // unit:
                bit = align_to(bit, unit)
            start = bit - bit % unit if not loose else bit - bit % 8
            members.append(Member(f.name, f.type, start // 8, i, bit - start, f.bit_width))
            bit += f.bit_width
            if f.name is not None:
                align = max(align, falign)
        else:
            bit = align_to(bit, falign * 8)
            members.append(Member(f.name, f.type, bit // 8, i))
            bit += f.type.size * 8
            align = max(align, falign)
        size_bits = max(size_bits, bit)
    tag.members = members
    tag.align = align
    tag.size = align_to((size_bits + 7) // 8, align)
    last = fields[-1].type if fields else None
    tag.flexible = isinstance(last, Array) and last.length is None


# --- names, as gcc prints them ----------------------------------------------------------


def qual_prefix(qual: int) -> str:
    return "".join(name + " " for bit, name in _QUAL_NAMES if qual & bit)


def type_name(t: Type, inner: str = "") -> str:
    """`t` as a C type name; `inner` is the declarator text built so far."""
    match t:
        case Pointer(to=to):
            quals = qual_prefix(t.qual).strip()
            text = "*" + (f" {quals}" + (" " if inner else "") if quals else "") + inner
            if isinstance(to, Array | Function):
                text = f"({text})"
            return type_name(to, text)
        case Array(of=of, length=n):
            shown = "*" if t.vla is not None else "" if n is None else n
            return type_name(of, f"{inner}[{shown}]")
        case Function(ret=ret):
            return type_name(ret, f"{inner}({param_list(t)})")
    base = qual_prefix(t.qual) + base_name(t)
    if not inner:
        return base
    tight = inner.startswith("[") or (inner.startswith("(") and not inner.startswith("(*"))
    return base + ("" if tight else " ") + inner


def base_name(t: Type) -> str:
    match t:
        case Invalid():
            return "<error>"
        case Void():
            return "void"
        case Int(name=name) | Float(name=name):
            return name
        case Complex(base=base):
            return f"complex {base.name}"
        case Record(tag=tag):
            return f"{tag.kind} {tag.name}" if tag.name else f"{tag.kind} <anonymous>"
        case Enum(tag=tag):
            return f"enum {tag.name}" if tag.name else "enum <anonymous>"
    raise AssertionError(t)


def param_list(f: Function) -> str:
    if not f.prototyped:
        return ""
    names = [type_name(p) for p in f.params]
    if f.variadic:
        names.append("...")
    return ", ".join(names) if names else "void"
