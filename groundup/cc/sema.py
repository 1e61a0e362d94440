"""Semantic analysis: scopes, declarations, statements' rules.

The parser calls a `Sema` for the meaning of each piece it reads (see parse.py):
`Sema` keeps the scopes (ordinary identifiers and tags, C17 6.2.1-6.2.3), turns
declaration specifiers and declarators into types and `ast.Object`s with their
storage class and linkage (C17 6.2.2: file-scope redeclarations, tentative
definitions, `extern` in a block), checks what C requires of statements (break,
continue, case and default placement, duplicate cases, labels, return types) and
has initializers flattened (initializer.py) into `ast.Initializer`s. The typing of
expressions (conversions, operators, calls) is the `Expressions` part it builds on
(typecheck.py).

Messages follow gcc 12's words: errors where gcc errors, warnings where it warns
("initialization of 'int *' from 'int' makes pointer from integer without a cast"
is a warning, as in gcc 12).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from groundup.cc import ast, ctype, fold
from groundup.cc.ast import Linkage, Storage
from groundup.cc.ctype import Type
from groundup.cc.initializer import InitBuilder
from groundup.cc.typecheck import (
    Attrs,
    Declarator,
    DeclSpec,
    Designator,
    EnumConstant,
    Expressions,
    FunctionContext,
    InitList,
    Options,
    ParamDecl,
    RawInit,
    SwitchContext,
    Typedef,
)
from groundup.diag import Reporter

__all__ = ["Attrs", "DeclSpec", "Declarator", "Designator", "InitList", "Options",
           "ParamDecl", "RawInit", "Sema"]  # fmt: skip

_SPEC_TYPES: dict[tuple[str, ...], Type] = {}


def _spec(names: str, t: Type) -> None:
    for name in names.split("|"):
        _SPEC_TYPES[tuple(sorted(name.split()))] = t


_spec("void", ctype.VOID)
_spec("_Bool", ctype.BOOL)
_spec("char", ctype.CHAR)
_spec("signed char", ctype.SCHAR)
_spec("unsigned char", ctype.UCHAR)
_spec("short|short int|signed short|signed short int", ctype.SHORT)
_spec("unsigned short|unsigned short int", ctype.USHORT)
_spec("int|signed|signed int", ctype.INT)
_spec("unsigned|unsigned int", ctype.UINT)
_spec("long|long int|signed long|signed long int", ctype.LONG)
_spec("unsigned long|unsigned long int", ctype.ULONG)
_spec("long long|long long int|signed long long|signed long long int", ctype.LLONG)
_spec("unsigned long long|unsigned long long int", ctype.ULLONG)
_spec("__int128|signed __int128", ctype.INT128)
_spec("unsigned __int128", ctype.UINT128)
_spec("float|_Float32", ctype.FLOAT)
_spec("double|_Float64|_Float32x", ctype.DOUBLE)
_spec("long double|_Float128|_Float64x", ctype.LDOUBLE)

_ALIASES = {"__signed": "signed", "__signed__": "signed", "__complex__": "_Complex"}
_MODIFIERS = {"long", "short", "signed", "unsigned", "_Complex"}


def _clashes() -> dict[tuple[str, str], tuple[str, str]]:
    """Pairs of type keywords that exclude each other, as gcc names them."""
    out = {("long", "short"): ("long", "short"), ("signed", "unsigned"): ("signed", "unsigned")}
    for base in ("void", "_Bool", "char", "float", "__int128", "__builtin_va_list"):
        out[("long", base)] = ("long", base)
    for base in ("void", "_Bool", "char", "float", "double", "__int128", "__builtin_va_list"):
        out[("short", base)] = ("short", base)
    for base in ("void", "_Bool", "float", "double", "__builtin_va_list"):
        out[("signed", base)] = ("signed", base)
        out[("unsigned", base)] = ("unsigned", base)
    return out


_CLASH = _clashes()
# __attribute__((mode(...))): the integer of that many bytes.
_MODES = {"QI": 1, "HI": 2, "SI": 4, "DI": 8, "TI": 16, "word": 8, "pointer": 8}


@dataclass(slots=True)
class Scope:
    names: dict[str, ast.Object | Typedef | EnumConstant] = field(default_factory=dict)
    tags: dict[str, ctype.RecordTag | ctype.EnumTag] = field(default_factory=dict)
    params: set[str] = field(default_factory=set)  # a prototype's parameter names
    prototype: bool = False  # a parameter list's scope (a VLA type is allowed there)


class Sema(Expressions):
    """The meaning of declarations and statements, one translation unit at a time."""

    def __init__(self, reporter: Reporter, options: Options) -> None:
        super().__init__(reporter, options)
        self.scopes: list[Scope] = [Scope()]
        self.program = ast.Program()
        self.tag_ids = 0
        va_list = ctype.Pointer(ctype.VOID)
        self.file_scope.names["__builtin_va_list"] = Typedef("__builtin_va_list", va_list, None)

    def program_objects(self) -> list[ast.Object]:
        return self.program.objects

    # --- scopes ---------------------------------------------------------------------------

    @property
    def file_scope(self) -> Scope:
        return self.scopes[0]

    def push_scope(self) -> None:
        self.scopes.append(Scope())

    def pop_scope(self) -> None:
        self.scopes.pop()

    def lookup(self, name: str) -> ast.Object | Typedef | EnumConstant | None:
        for scope in reversed(self.scopes):
            found = scope.names.get(name)
            if found is not None:
                return found
        return None

    def is_typedef(self, name: str) -> bool:
        return isinstance(self.lookup(name), Typedef)

    def typedef_type(self, name: str) -> Type:
        found = self.lookup(name)
        assert isinstance(found, Typedef)
        return found.type

    def lookup_tag(
        self, name: str, innermost: bool = False
    ) -> ctype.RecordTag | ctype.EnumTag | None:
        scopes = self.scopes[-1:] if innermost else reversed(self.scopes)
        for scope in scopes:
            found = scope.tags.get(name)
            if found is not None:
                return found
        return None

    def new_tag_id(self) -> int:
        self.tag_ids += 1
        return self.tag_ids

    # --- declaration specifiers -------------------------------------------------------------

    def set_storage(self, spec: DeclSpec, word: str, pos: ast.Pos) -> None:
        if word in ("_Thread_local", "__thread"):
            spec.thread_local = True
            return
        if spec.storage is not Storage.NONE:
            self.error(spec.pos, "multiple storage classes in declaration specifiers")
        spec.storage = Storage(word)
        spec.storage_pos = pos

    def spec_type(self, words: list[str], spec: DeclSpec, pos: ast.Pos) -> Type:
        """The type a declaration's specifiers name, qualifiers and attributes applied."""
        t = spec.type
        if words:
            plain = [w for w in words if _ALIASES.get(w, w) != "_Complex"]
            key = tuple(sorted(_ALIASES.get(w, w) for w in plain))
            if len(plain) != len(words):
                return self.complex_type(key, spec, pos)
            if words == ["__builtin_va_list"]:
                t = self.typedef_type("__builtin_va_list")
            elif key in _SPEC_TYPES:
                t = _SPEC_TYPES[key]
            else:
                self.error(pos, "two or more data types in declaration specifiers")
                t = ctype.INT
            if t == ctype.CHAR and self.options.signed_char:
                t = ctype.SIGNED_PLAIN_CHAR
        elif not spec.type_given:
            t = ctype.INT
        if spec.attrs.mode:
            t = self.mode_type(t, spec.attrs.mode, pos)
        return t.qualified(spec.qual)

    def complex_type(self, key: tuple[str, ...], spec: DeclSpec, pos: ast.Pos) -> Type:
        """`_Complex float/double/long double` (plain `_Complex` is double, as in gcc)."""
        base = _SPEC_TYPES.get(key, ctype.DOUBLE) if key else ctype.DOUBLE
        if not isinstance(base, ctype.Float):
            self.error(pos, "not supported yet: complex integer types")
            base = ctype.DOUBLE
        return ctype.Complex(base).qualified(spec.qual)

    def type_word_fits(self, words: list[str], word: str, pos: ast.Pos) -> bool:
        """Whether a type keyword may join those before it; gcc's error if not."""
        word = _ALIASES.get(word, word)
        have = [_ALIASES.get(w, w) for w in words]
        bases = [w for w in have if w not in _MODIFIERS]
        message = None
        if word == "long" and have.count("long") == 2:
            message = "'long long long' is too long for GCC"
        elif word not in _MODIFIERS and bases:
            message = "two or more data types in declaration specifiers"
        elif word in have and word != "long":
            message = f"duplicate '{word}'"
        else:
            for other in have:
                pair = _CLASH.get((word, other)) or _CLASH.get((other, word))
                if pair is not None:
                    message = f"both '{pair[0]}' and '{pair[1]}' in declaration specifiers"
                    break
        if message is not None:
            self.error(pos, message)
        return message is None

    def mode_type(self, t: Type, mode: str, pos: ast.Pos) -> Type:
        size = _MODES.get(mode)
        if size is None or not ctype.is_integer(t):
            return t
        signed = ctype.is_signed(t)
        for candidate in (ctype.SCHAR, ctype.SHORT, ctype.INT, ctype.LONG, ctype.INT128):
            if candidate.size == size:
                return candidate if signed else ctype.unsigned_of(candidate)
        return t

    # --- struct, union, enum ----------------------------------------------------------------

    def record_reference(self, kind: str, name: str, pos: ast.Pos, declaration: bool) -> Type:
        """`struct s` without a body (`declaration`: alone, as in `struct s;`)."""
        tag = self.lookup_tag(name, innermost=declaration)
        if tag is None:
            tag = ctype.RecordTag(kind, name, self.new_tag_id())
            self.scopes[-1].tags[name] = tag
        elif not isinstance(tag, ctype.RecordTag) or tag.kind != kind:
            self.error(pos, f"'{name}' defined as wrong kind of tag")
            tag = ctype.RecordTag(kind, name, self.new_tag_id())
        return ctype.Record(tag)

    def record_definition_begin(self, kind: str, name: str | None, pos: ast.Pos) -> ctype.RecordTag:
        if name is not None:
            old = self.lookup_tag(name, innermost=True)
            if isinstance(old, ctype.RecordTag) and old.kind == kind:
                if old.members is None:
                    old.pos = pos
                    return old
                self.error(pos, f"redefinition of '{kind} {name}'")
                if isinstance(old.pos, ast.Pos):
                    self.reporter.note(old.pos, "originally defined here")
            elif old is not None:
                self.error(pos, f"'{name}' defined as wrong kind of tag")
        tag = ctype.RecordTag(kind, name, self.new_tag_id(), pos)
        if name is not None:
            self.scopes[-1].tags[name] = tag
        return tag

    def field(
        self, spec: DeclSpec, d: Declarator | None, width: ast.Expr | None
    ) -> ctype.FieldDecl:
        t = d.type if d is not None else spec.type
        name = d.name if d is not None else None
        pos = d.pos if d is not None else spec.pos
        bits = None
        if width is not None:
            bits = self.bit_width(t, name, width, pos)
        elif d is None and not isinstance(t, ctype.Record):
            self.warning(pos, "declaration does not declare anything")
        if isinstance(t, ctype.Function):
            self.error(pos, f"field '{name}' declared as a function")
            t = ctype.Pointer(t)
        elif not ctype.is_complete(t) and not (isinstance(t, ctype.Array) and t.length is None):
            self.error(pos, f"field '{name}' has incomplete type")
            t = ctype.INT
        align = max(spec.attrs.aligned, d.attrs.aligned if d is not None else 0)
        return ctype.FieldDecl(name, t, bits, align, pos)

    def bit_width(self, t: Type, name: str | None, width: ast.Expr, pos: ast.Pos) -> int | None:
        shown = f"'{name}'" if name else "'<anonymous>'"
        if not ctype.is_integer(t):
            self.error(pos, f"bit-field {shown} has invalid type")
            return None
        bits = self.constant(width, f"bit-field {shown} width")
        if bits < 0:
            self.error(pos, f"negative width in bit-field {shown}")
            return None
        if bits > t.size * 8:
            self.error(pos, f"width of {shown} exceeds its type")
            return None
        if bits == 0 and name is not None:
            self.error(pos, f"zero width for bit-field {shown}")
            return None
        return bits

    def record_definition_end(self, tag: ctype.RecordTag, fields: list[ctype.FieldDecl],
                              attrs: Attrs, pos: ast.Pos) -> Type:  # fmt: skip
        seen: set[str] = set()
        for i, f in enumerate(fields):
            if f.name is not None:
                if f.name in seen:
                    self.error(f.pos if isinstance(f.pos, ast.Pos) else pos,
                               f"duplicate member '{f.name}'")  # fmt: skip
                seen.add(f.name)
            if isinstance(f.type, ctype.Array) and f.type.length is None and f.type.vla is None:
                where = f.pos if isinstance(f.pos, ast.Pos) else pos
                if i != len(fields) - 1:
                    self.error(where, "flexible array member not at end of struct")
                elif not any(g.name for g in fields[:-1]) and tag.kind == "struct":
                    self.error(where, "flexible array member in a struct with no named members")
                elif tag.kind == "union":
                    self.error(where, "flexible array member in union")
        ctype.layout(tag, fields, attrs.packed, max(attrs.aligned, 1), attrs.pack)
        tag.transparent = tag.kind == "union" and "transparent_union" in attrs.flags
        for m in tag.members or ():
            # Packing lets a bit-field start at any bit; lowering reaches it through
            # m.unit_size bytes from the byte where it starts: at most 8.
            if m.name is None or m.bit_width is None or m.unit_size <= 8:
                continue
            at = fields[m.index].pos
            self.error(at if isinstance(at, ast.Pos) else pos,
                       f"not supported yet: packed bit-field '{m.name}' whose bits span "
                       f"more than 8 bytes")  # fmt: skip
        return ctype.Record(tag)

    def enum_reference(self, name: str, pos: ast.Pos) -> Type:
        tag = self.lookup_tag(name)
        if tag is None:
            tag = ctype.EnumTag(name, self.new_tag_id())
            self.scopes[-1].tags[name] = tag
        elif not isinstance(tag, ctype.EnumTag):
            self.error(pos, f"'{name}' defined as wrong kind of tag")
            tag = ctype.EnumTag(name, self.new_tag_id(), ctype.UINT)
        return ctype.Enum(tag)

    def enum_definition_begin(self, name: str | None, pos: ast.Pos) -> ctype.EnumTag:
        if name is not None:
            old = self.lookup_tag(name, innermost=True)
            if isinstance(old, ctype.EnumTag):
                if old.underlying is not None:
                    self.error(pos, f"redeclaration of 'enum {name}'")
                return old
            if old is not None:
                self.error(pos, f"'{name}' defined as wrong kind of tag")
        tag = ctype.EnumTag(name, self.new_tag_id())
        if name is not None:
            self.scopes[-1].tags[name] = tag
        return tag

    def enumerator(self, tag: ctype.EnumTag, name: str, pos: ast.Pos, value: ast.Expr | None,
                   values: list[int]) -> int:  # fmt: skip
        if value is not None:
            where = pos if fold.value(value) is None else None  # gcc: not constant, at the name
            v = self.constant(value, f"enumerator value for '{name}'", where)
        else:
            v = values[-1] + 1 if values else 0
        t = ctype.INT if ctype.INT.min <= v <= ctype.INT.max else ctype.LONG
        if v > ctype.LONG.max:
            t = ctype.ULONG
        self.declare_name(name, EnumConstant(name, v, t, pos), pos)
        return v

    def enum_definition_end(self, tag: ctype.EnumTag, values: list[int]) -> Type:
        low, high = min(values, default=0), max(values, default=0)
        if low >= 0:
            tag.underlying = ctype.UINT if high <= ctype.UINT.max else ctype.ULONG
        else:
            tag.underlying = (
                ctype.INT if ctype.INT.min <= low and high <= ctype.INT.max else ctype.LONG
            )
        return ctype.Enum(tag)

    # --- declarators --------------------------------------------------------------------

    def array_of(self, of: Type, size: ast.Expr | None, who: tuple[str | None, ast.Pos],
                 quals: int) -> Type:  # fmt: skip
        """An array type; `who` is the name being declared and its place (for messages)."""
        name, pos = who
        shown = f"array '{name}'" if name else "unnamed array"
        if isinstance(of, ctype.Function):
            self.error(pos, f"declaration of '{name}' as array of functions")
            of = ctype.Pointer(of)
        elif isinstance(of, ctype.Void):
            self.error(pos, f"declaration of '{name}' as array of voids")
            of = ctype.INT
        elif not ctype.is_complete(of):
            self.error(pos, f"array type has incomplete element type '{of}'")
            of = ctype.INT
        if size is None:
            return ctype.Array(of, None)
        if not ctype.is_integer(size.type):
            if not self.invalid(size):
                self.error(pos, f"size of {shown} has non-integer type")
            return ctype.Array(of, 1)
        v = fold.value(size)
        if not isinstance(v, int):
            if self.function.obj is None and not self.scopes[-1].prototype:
                self.error(pos, f"variably modified '{name}' at file scope")
                return ctype.Array(of, 1)
            return ctype.Array(of, None, vla=self.cast(self.value(size), ctype.ULONG))
        if ctype.is_signed(size.type) and v < 0:
            self.error(pos, f"size of {shown} is negative")
            return ctype.Array(of, 1)
        return ctype.Array(of, v)

    def function_of(self, ret: Type, params: list[ParamDecl], variadic: bool,
                    prototyped: bool, who: tuple[str | None, ast.Pos]) -> Type:  # fmt: skip
        name, pos = who
        shown = f"'{name}' declared as function" if name else "function"
        if isinstance(ret, ctype.Function):
            self.error(pos, f"{shown} returning a function")
            ret = ctype.INT
        elif isinstance(ret, ctype.Array):
            self.error(pos, f"{shown} returning an array")
            ret = ctype.INT
        types = tuple(p.type for p in params)
        return ctype.Function(ret.unqual() if ret.qual & ~ctype.ATOMIC else ret, types,
                              variadic, prototyped)  # fmt: skip

    def old_style_parameters(self, d: Declarator, given: dict[str, ParamDecl]) -> list[ParamDecl]:
        """The parameters of a K&R definition: each name with its declared type (int, with
        gcc's warning, when it has none); the function stays without a prototype."""
        names = d.params or []
        out = []
        for p in names:
            declared = given.get(str(p.name))
            if declared is None:
                self.warning(d.pos, f"type of '{p.name}' defaults to 'int'")
                declared = p
            out.append(ParamDecl(p.name, p.pos, declared.type))
        known = {p.name for p in names}
        for name, p in given.items():
            if name not in known:
                self.error(p.pos, f"declaration for parameter '{name}' but no such parameter")
        assert isinstance(d.type, ctype.Function)
        d.type = replace(d.type, params=(), prototyped=False)
        return out

    def parameter(self, spec: DeclSpec, d: Declarator, old_style: bool = False) -> ParamDecl:
        t = d.type
        if isinstance(t, ctype.Array):
            t = ctype.Pointer(t.of)
        elif isinstance(t, ctype.Function):
            t = ctype.Pointer(t)
        elif isinstance(t, ctype.Void):
            self.error(spec.pos, "'void' must be the only parameter")
            t = ctype.INT
        if spec.storage not in (Storage.NONE, Storage.REGISTER):
            self.error(spec.pos, f"storage class specified for parameter '{d.name or ''}'")
        if d.name is not None and not old_style:
            scope = self.scopes[-1]
            if d.name in scope.params:
                self.error(d.pos, f"redefinition of parameter '{d.name}'")
            scope.params.add(d.name)
            # numbered (id) only if a definition's body makes it its parameter
            param = ast.Object(d.name, t, d.pos, 0, Storage.AUTO, Linkage.NONE)
            param.is_local = param.is_param = True
            scope.names.setdefault(d.name, param)  # `int n, int a[n]`: n is in scope
            return ParamDecl(d.name, d.pos, t, obj=param)
        return ParamDecl(d.name, d.pos, t)

    # --- declarations ---------------------------------------------------------------------

    def declare_nothing(self, spec: DeclSpec) -> None:
        """`struct s {...};`, `int;`: a declaration with no declarator."""
        t = spec.type
        if not isinstance(t, ctype.Record | ctype.Enum):
            self.warning(spec.pos, "useless type name in empty declaration")

    def declare_name(self, name: str, thing: ast.Object | Typedef | EnumConstant,
                     pos: ast.Pos) -> None:  # fmt: skip
        scope = self.scopes[-1]
        old = scope.names.get(name)
        if old is not None and not isinstance(thing, ast.Object):
            if isinstance(old, Typedef) and isinstance(thing, Typedef):
                if ctype.compatible(old.type, thing.type):
                    return
                self.error(pos, f"conflicting types for '{name}'; have '{thing.type}'")
            elif isinstance(old, EnumConstant) and isinstance(thing, EnumConstant):
                self.error(pos, f"redeclaration of enumerator '{name}'")
            else:
                self.error(pos, f"'{name}' redeclared as different kind of symbol")
            if old.pos is not None:
                self.reporter.note(old.pos, f"previous declaration of '{name}'")
        scope.names[name] = thing

    def declare(self, spec: DeclSpec, d: Declarator, has_init: bool) -> ast.Object | None:
        """Declare what a declarator names; None for a typedef."""
        if d.name is None:
            self.error(d.pos, "expected identifier or '('")
            return None
        t = d.type
        self.implicit_int(spec, d)
        if d.attrs.mode:
            t = d.type = self.mode_type(t, d.attrs.mode, d.pos)
        if spec.storage is Storage.TYPEDEF:
            if has_init:
                self.error(
                    spec.pos, f"typedef '{d.name}' is initialized (use '__typeof__' instead)"
                )
            aligned = max(spec.attrs.aligned, d.attrs.aligned)
            if aligned and not isinstance(t, ctype.Function):
                t = replace(t, aligned=max(t.aligned, aligned))
            if "transparent_union" in d.attrs.flags | spec.attrs.flags:
                u = t.unqual()  # glibc's __SOCKADDR_ARG: `typedef union {...} T __attribute__`
                if isinstance(u, ctype.Record) and u.tag.kind == "union" and u.tag.members:
                    u.tag.transparent = True
            self.declare_name(d.name, Typedef(d.name, t, d.pos), d.pos)
            return None
        if t.qual & ctype.RESTRICT and not isinstance(t, ctype.Pointer):
            self.error(spec.pos, "invalid use of 'restrict'")
            t = t.unqual().qualified(t.qual & ~ctype.RESTRICT)
        if spec.auto_type:
            d.auto_type = True
            if not has_init:
                self.error(d.pos, "'__auto_type' requires an initialized data declaration")
        if isinstance(t, ctype.Void):
            self.error(d.pos, f"variable or field '{d.name}' declared void")
            t = ctype.INT
        if isinstance(t, ctype.Function):
            return self.symbol_attributes(self.declare_function(spec, d, t, defining=False),
                                          spec, d)  # fmt: skip
        if self.function.obj is None:
            obj = self.declare_global(spec, d, t, has_init)
        else:
            obj = self.declare_local(spec, d, t, has_init)
        if obj is not None and spec.thread_local:
            obj.thread_local = True
        return self.symbol_attributes(obj, spec, d) if obj is not None else None

    def symbol_attributes(self, obj: ast.Object, spec: DeclSpec, d: Declarator) -> ast.Object:
        """The __attribute__s of a declaration that say something about its symbol."""
        for attrs in (spec.attrs, d.attrs):
            obj.flags |= attrs.flags & {"weak", "constructor", "destructor", "naked"}
            obj.format = obj.format or attrs.format
            obj.strings.update(attrs.strings)
        if "alias" in obj.strings and obj not in self.program.aliases:
            self.program.aliases.append(obj)
        return obj

    def implicit_int(self, spec: DeclSpec, d: Declarator) -> None:
        """gcc's warnings for a declaration with no type specifier (C89's implicit int)."""
        if not spec.implicit_int:
            return
        spec.implicit_int = False  # once per declaration
        if isinstance(d.type, ctype.Function):
            self.warning(spec.pos, "return type defaults to 'int'")
            return
        if spec.storage is Storage.NONE and not spec.qual:
            self.warning(spec.pos, "data definition has no type or storage class")
        self.warning(d.pos, f"type defaults to 'int' in declaration of '{d.name}'")

    def vla_typedef(self, d: Declarator) -> list[ast.VarDecl]:
        """A block-scope typedef of a variable-length array type: a declaration for the
        lowering to evaluate the lengths at (C17 6.7.8p3), as for an object."""
        t = d.type
        while isinstance(t, ctype.Array | ctype.Pointer):
            if isinstance(t, ctype.Array) and t.vla is not None:
                break
            t = t.of if isinstance(t, ctype.Array) else t.to
        else:
            return []
        if self.function.obj is None or d.name is None:
            return []
        obj = self.new_object(d.name, d.type, d.pos, Storage.TYPEDEF, Linkage.NONE)
        obj.is_local = True
        return [ast.VarDecl(obj, None, d.pos)]

    def new_object(self, name: str, t: Type, pos: ast.Pos, storage: Storage,
                   linkage: Linkage) -> ast.Object:  # fmt: skip
        self.object_ids += 1
        return ast.Object(name, t, pos, self.object_ids, storage, linkage)

    def declare_function(self, spec: DeclSpec, d: Declarator, t: ctype.Function,
                         defining: bool) -> ast.Object:  # fmt: skip
        assert d.name is not None
        storage = spec.storage
        if storage not in (Storage.NONE, Storage.EXTERN, Storage.STATIC):
            self.error(d.pos, f"invalid storage class for function '{d.name}'")
            storage = Storage.NONE
        if storage is Storage.STATIC and self.function.obj is not None:
            self.error(d.pos, f"invalid storage class for function '{d.name}'")
        linkage = Linkage.INTERNAL if storage is Storage.STATIC else Linkage.EXTERNAL
        old = self.linked(d.name)
        if old is not None and old.linkage is Linkage.INTERNAL:
            linkage = Linkage.INTERNAL
        elif old is not None and storage is Storage.STATIC:
            self.error(d.pos, f"static declaration of '{d.name}' follows non-static declaration")
            self.reporter.note(
                old.pos, f"previous declaration of '{d.name}' with type '{old.type}'"
            )
        obj = self.redeclare(old, d, t, storage, linkage)
        if defining:
            if obj.defined:
                self.error(d.pos, f"redefinition of '{d.name}'")
                self.reporter.note(
                    obj.pos, f"previous definition of '{d.name}' with type '{obj.type}'"
                )
            obj.defined = True
            obj.pos = d.pos
        obj.is_inline |= spec.inline
        if self.function.obj is None and (not spec.inline or storage is Storage.EXTERN):
            obj.non_inline_declared = True
        if d.asm_name:
            obj.asm_name = d.asm_name
        self.declare_name(d.name, obj, d.pos)
        return obj

    def linked(self, name: str) -> ast.Object | None:
        """The object or function with linkage that `name` already denotes, if any."""
        found = self.lookup(name)
        if isinstance(found, ast.Object) and found.linkage is not Linkage.NONE:
            return found
        for obj in self.externals.get(name, ()):
            return obj
        return None

    def redeclare(self, old: ast.Object | None, d: Declarator, t: Type, storage: Storage,
                  linkage: Linkage) -> ast.Object:  # fmt: skip
        assert d.name is not None
        if old is None or old.builtin:
            obj = self.new_object(d.name, t, d.pos, storage, linkage)
            self.externals.setdefault(d.name, []).append(obj)
            self.program.objects.append(obj)
            return obj
        if isinstance(old.type, ctype.Function) != isinstance(t, ctype.Function):
            self.error(d.pos, f"'{d.name}' redeclared as different kind of symbol")
            self.reporter.note(
                old.pos, f"previous declaration of '{d.name}' with type '{old.type}'"
            )
        elif not ctype.compatible(old.type, t):
            self.error(d.pos, f"conflicting types for '{d.name}'; have '{t}'")
            self.reporter.note(
                old.pos, f"previous declaration of '{d.name}' with type '{old.type}'"
            )
        else:
            old.type = ctype.composite(t, old.type)
        if storage is not Storage.EXTERN and old.storage is Storage.EXTERN:
            old.storage = storage
        return old

    def declare_global(self, spec: DeclSpec, d: Declarator, t: Type, has_init: bool) -> ast.Object:
        assert d.name is not None
        storage = spec.storage
        if storage in (Storage.AUTO, Storage.REGISTER):
            self.error(d.pos, f"file-scope declaration of '{d.name}' specifies '{storage}'")
            storage = Storage.NONE
        old = self.linked(d.name)
        linkage = Linkage.INTERNAL if storage is Storage.STATIC else Linkage.EXTERNAL
        if old is not None:
            if storage is Storage.EXTERN and old.linkage is Linkage.INTERNAL:
                linkage = Linkage.INTERNAL
            elif storage is Storage.STATIC and old.linkage is Linkage.EXTERNAL:
                self.error(
                    d.pos, f"static declaration of '{d.name}' follows non-static declaration"
                )
                self.reporter.note(
                    old.pos, f"previous declaration of '{d.name}' with type '{old.type}'"
                )
            elif storage is Storage.NONE and old.linkage is Linkage.INTERNAL:
                self.error(
                    d.pos, f"non-static declaration of '{d.name}' follows static declaration"
                )
                self.reporter.note(
                    old.pos, f"previous declaration of '{d.name}' with type '{old.type}'"
                )
        if isinstance(self.lookup(d.name), Typedef | EnumConstant):
            self.error(d.pos, f"'{d.name}' redeclared as different kind of symbol")
        obj = self.redeclare(old, d, t, storage, linkage)
        if has_init and obj.defined:
            self.error(d.pos, f"redefinition of '{d.name}'")
            self.reporter.note(obj.pos, f"previous definition of '{d.name}' with type '{obj.type}'")
        if has_init and storage is Storage.EXTERN:
            self.warning(d.pos, f"'{d.name}' initialized and declared 'extern'")
        if storage is not Storage.EXTERN and not has_init:
            obj.tentative = True
        if d.asm_name:
            obj.asm_name = d.asm_name
        obj.align = max(obj.align, spec.attrs.aligned, d.attrs.aligned)
        self.declare_name(d.name, obj, d.pos)
        return obj

    def declare_local(self, spec: DeclSpec, d: Declarator, t: Type, has_init: bool) -> ast.Object:
        assert d.name is not None
        old = self.scopes[-1].names.get(d.name)
        if spec.storage is Storage.EXTERN:
            if has_init:
                self.error(d.pos, f"'{d.name}' has both 'extern' and initializer")
            outer = self.linked(d.name)
            obj = self.redeclare(
                outer, d, t, Storage.EXTERN, outer.linkage if outer else Linkage.EXTERNAL
            )
            self.scopes[-1].names[d.name] = obj
            return obj
        if old is not None:
            shown = old.type if isinstance(old, ast.Object | Typedef) else ctype.INT
            if isinstance(old, ast.Object) and old.is_param:
                self.error(d.pos, f"'{d.name}' redeclared as different kind of symbol")
            elif (
                isinstance(old, ast.Object)
                and old.linkage is Linkage.NONE
                and has_init
                and (old.defined)
            ):
                self.error(d.pos, f"redefinition of '{d.name}'")
            elif isinstance(old, ast.Object) and old.linkage is Linkage.NONE:
                self.error(d.pos, f"redeclaration of '{d.name}' with no linkage")
            else:
                self.error(d.pos, f"'{d.name}' redeclared as different kind of symbol")
            if old.pos is not None:
                self.reporter.note(
                    old.pos, f"previous declaration of '{d.name}' with type '{shown}'"
                )
        storage = spec.storage if spec.storage is not Storage.NONE else Storage.AUTO
        if storage is Storage.STATIC and isinstance(t, ctype.Array) and t.vla is not None:
            self.error(d.pos, f"storage size of '{d.name}' isn't constant")
            t = ctype.Array(t.of, 1)
        obj = self.new_object(d.name, t, d.pos, storage, Linkage.NONE)
        obj.is_local = storage is not Storage.STATIC
        if d.asm_name and storage is Storage.REGISTER:  # `register long x asm("a7")`
            obj.asm_name = d.asm_name  # (the register an asm operand of it goes in)
        obj.align = max(spec.attrs.aligned, d.attrs.aligned)
        self.scopes[-1].names[d.name] = obj
        if obj.is_local:
            self.function.locals.append(obj)
        return obj

    def finish_declaration(self, obj: ast.Object | None, raw: RawInit | None,
                           d: Declarator) -> ast.VarDecl | None:  # fmt: skip
        """The initializer of a declared object; the VarDecl to keep (None: nothing to do)."""
        if obj is None or obj.is_function:
            if raw is not None and obj is not None:
                self.error(d.pos, f"function '{obj.name}' is initialized like a variable")
            return None
        init = None
        if raw is not None:
            self.auto_type(obj, raw, d)
            init = self.initialize(obj, raw)
            obj.defined = True
        self.check_complete(obj, raw is not None)
        if obj.storage is Storage.EXTERN and raw is None:
            return None
        decl = ast.VarDecl(obj, init, d.pos)
        if self.function.obj is None:
            if init is not None:
                self.program.items.append(decl)
            return None
        if obj.storage is Storage.STATIC:
            self.function.statics.append(decl)
            return None
        return decl

    def auto_type(self, obj: ast.Object, raw: RawInit, d: Declarator) -> None:
        """GNU `__auto_type x = e;`: x takes the type of e (after lvalue conversion)."""
        if d.auto_type and isinstance(raw, ast.Expr):
            obj.type = self.value(raw).type.unqual()

    def check_complete(self, obj: ast.Object, has_init: bool) -> None:
        t = obj.type
        if ctype.is_complete(t) or obj.storage is Storage.EXTERN:
            return
        if isinstance(t, ctype.Array) and t.length is None and obj.is_local:
            self.error(obj.pos, f"array size missing in '{obj.name}'")
            obj.type = ctype.Array(t.of, 1)
            return
        if isinstance(t, ctype.Array) and t.length is None and not obj.is_local:
            return  # a tentative definition completed at the end
        if obj.tentative and self.function.obj is None:
            return
        self.error(obj.pos, f"storage size of '{obj.name}' isn't known")
        obj.type = ctype.INT

    # --- function definitions -------------------------------------------------------------

    def begin_function(self, spec: DeclSpec, d: Declarator) -> ast.Object:
        t = d.type
        assert isinstance(t, ctype.Function) and d.name is not None
        self.implicit_int(spec, d)
        if spec.storage is Storage.TYPEDEF:
            self.error(d.pos, "function definition declared 'typedef'")
        obj = self.symbol_attributes(self.declare_function(spec, d, t, defining=True), spec, d)
        self.function = FunctionContext(obj, t.ret)
        self.push_scope()
        params: list[ast.Object] = []
        for p in d.params or []:  # an unnamed one (C2x, gcc) still takes its place
            if p.obj is not None:  # the object a later parameter's VLA length may read
                self.object_ids += 1
                param = p.obj
                param.id = self.object_ids
            else:
                param = self.new_object(p.name or "", p.type, p.pos, Storage.AUTO, Linkage.NONE)
            param.is_local = param.is_param = True
            if p.name is not None and p.name in self.scopes[-1].names:
                self.error(p.pos, f"redefinition of parameter '{p.name}'")
            if p.name is not None:
                self.scopes[-1].names[p.name] = param
            params.append(param)
        self.function.params = params
        self.function.locals.extend(params)
        if not ctype.is_complete(t.ret) and not isinstance(t.ret, ctype.Void):
            self.error(d.pos, "return type is an incomplete type")
        return obj

    def end_function(self, obj: ast.Object, body: ast.Block) -> None:
        f = self.function
        for name, pos in f.labels_used.items():
            if name not in f.labels:
                self.error(pos, f"label '{name}' used but not defined")
        self.pop_scope()
        self.program.items.append(ast.FuncDef(obj, tuple(f.params), body, tuple(f.locals),
                                              tuple(f.statics), obj.pos))  # fmt: skip
        self.function = FunctionContext(None, ctype.VOID)

    # --- statements -------------------------------------------------------------------------

    def define_label(self, name: str, pos: ast.Pos) -> None:
        old = self.function.labels.get(name)
        if old is not None:
            self.error(pos, f"duplicate label '{name}'")
            self.reporter.note(old, f"previous definition of '{name}' was here")
        self.function.labels[name] = pos

    def use_label(self, name: str, pos: ast.Pos) -> None:
        if self.function.obj is None:
            self.error(pos, f"label '{name}' referenced outside of any function")
        self.function.labels_used.setdefault(name, pos)

    def switch_begin(self, e: ast.Expr) -> ast.Expr:
        e = self.value(e)
        t = e.type
        if not ctype.is_integer(t):
            self.error(e.pos, "switch quantity not an integer")
            t = ctype.INT
        t = ctype.promote(t)
        self.function.switches.append(SwitchContext(t))
        self.function.breakable += 1
        return self.cast(e, t)

    def switch_end(self) -> SwitchContext:
        self.function.breakable -= 1
        return self.function.switches.pop()

    def case_label(
        self, low: ast.Expr, high: ast.Expr | None, pos: ast.Pos
    ) -> tuple[int, int] | None:
        lo = self.case_value(low, pos)
        hi = self.case_value(high, pos) if high is not None else lo
        if not self.function.switches:
            self.error(pos, "case label not within a switch statement")
            return None
        if lo is None or hi is None:
            return None
        switch = self.function.switches[-1]
        t = ctype.as_int(switch.type)
        lo, hi = t.wrap(lo), t.wrap(hi)
        if hi < lo:
            self.warning(pos, "empty range specified")
            return None
        for (a, b), where in switch.values.items():
            if a <= hi and lo <= b:
                self.error(pos, "duplicate case value")
                self.reporter.note(where, "previously used here")
                return None
        switch.values[(lo, hi)] = pos
        return lo, hi

    def case_value(self, e: ast.Expr, pos: ast.Pos) -> int | None:
        v = fold.value(e)
        if self.invalid(e):
            return None
        if not isinstance(v, int) or not ctype.is_integer(e.type):
            self.error(pos, "case label does not reduce to an integer constant")
            return None
        return v

    def case_statement(
        self, label: tuple[int, int] | None, body: ast.Stmt, pos: ast.Pos
    ) -> ast.Stmt:
        if label is None:
            return body
        self.case_ids += 1
        case = ast.Case(pos, label[0], label[1], body, self.case_ids)
        self.function.switches[-1].cases.append(case)
        return case

    def default_label(self, pos: ast.Pos) -> bool:
        if not self.function.switches:
            self.error(pos, "'default' label not within a switch statement")
            return False
        switch = self.function.switches[-1]
        if switch.default_pos is not None:
            self.error(pos, "multiple default labels in one switch")
            self.reporter.note(switch.default_pos, "this is the first default label")
            return False
        switch.default_pos = pos
        return True

    def default_statement(self, ok: bool, body: ast.Stmt, pos: ast.Pos) -> ast.Stmt:
        if not ok:
            return body
        self.case_ids += 1
        default = ast.Default(pos, body, self.case_ids)
        self.function.switches[-1].default = default
        return default

    def static_assert(self, cond: ast.Expr, message: str | None, pos: ast.Pos) -> None:
        v = fold.value(cond)
        if not isinstance(v, int):
            self.error(
                cond.pos, "expression in static assertion is not an integer constant expression"
            )
        elif v == 0:
            self.error(
                pos,
                f'static assertion failed: "{message}"' if message else "static assertion failed",
            )

    # --- initializers (C17 6.7.9) -----------------------------------------------------------

    def initialize(self, obj: ast.Object, raw: RawInit) -> ast.Initializer:
        static = not obj.is_local
        builder = InitBuilder(self, static)
        t = obj.type
        if isinstance(t, ctype.Array) and t.length is None:
            length = builder.top(t, raw)
            obj.type = ctype.Array(t.of, length, qual=t.qual)
        else:
            builder.top(t, raw)
        return ast.Initializer(tuple(builder.ordered()))

    def compound_literal(self, t: Type, raw: RawInit, pos: ast.Pos) -> ast.Expr:
        local = self.function.obj is not None
        obj = self.new_object(f"__compound_literal.{self.object_ids}", t, pos,
                              Storage.AUTO if local else Storage.STATIC, Linkage.NONE)  # fmt: skip
        obj.is_local = local
        init = self.initialize(obj, raw)
        obj.defined = True
        if local:
            self.function.locals.append(obj)
        else:
            self.program.items.append(ast.VarDecl(obj, init, pos))
        return ast.CompoundLiteral(obj.type, pos, obj, init)

    # --- the end of the translation unit ------------------------------------------------------

    def finish(self) -> ast.Program:
        """Tentative definitions that got no initializer become zero-filled definitions."""
        for obj in self.program.objects:
            if obj.is_function or obj.defined or not obj.tentative:
                continue
            t = obj.type
            if isinstance(t, ctype.Array) and t.length is None:
                self.warning(obj.pos, f"array '{obj.name}' assumed to have one element")
                obj.type = ctype.Array(t.of, 1, qual=t.qual)
            elif not ctype.is_complete(t):
                self.error(obj.pos, f"storage size of '{obj.name}' isn't known")
                continue
            obj.defined = True
            self.program.items.append(ast.VarDecl(obj, None, obj.pos))
        for obj in self.program.objects:
            obj.inline_definition = (
                obj.is_function
                and obj.defined
                and obj.linkage is Linkage.EXTERNAL
                and obj.is_inline
                and not obj.non_inline_declared
            )
            if obj.is_function and obj.linkage is Linkage.INTERNAL and not obj.defined and obj.used:
                self.warning(obj.pos, f"'{obj.name}' used but never defined")
        return self.program
