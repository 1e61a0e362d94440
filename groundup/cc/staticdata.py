"""Static data for the lowering: globals, block-scope statics and string literals.

An object with static storage becomes an `ir.Global`: `.bss` when it has no
initializer, else its bytes laid out from the flat `Initializer` items (each at its
byte offset; every other byte zero) with an `AddrData` relocation wherever an item is
an address constant. String literals are read-only local globals (`.LC<n>`), shared
by equal literals. Block-scope statics get the symbol `name.<id>`, as gcc gives them
`name.<n>`, so two functions' `static int count` do not collide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from groundup.cc import ast, ir
from groundup.cc.ctype import Array, Float, Int, Member, Pointer, Record, Type
from groundup.cc.ir import FImm, Ty
from groundup.diag import Pos


class Unsupported(Exception):
    """A construct the lowering does not handle yet (reported, never miscompiled)."""

    def __init__(self, pos: Pos, what: str) -> None:
        super().__init__(what)
        self.pos = pos
        self.what = what


def units_bytes(units: tuple[int, ...], elem: int, size: int | None = None) -> bytes:
    """A string literal's code units (and its terminating zero) as little-endian bytes,
    cut or zero-padded to `size` when given."""
    mask = (1 << (8 * elem)) - 1
    data = b"".join((u & mask).to_bytes(elem, "little") for u in (*units, 0))
    if size is None:
        return data
    return data[:size].ljust(size, b"\0")


@dataclass(slots=True)
class StaticData:
    module: ir.Module
    names: dict[int, str] = field(default_factory=dict)  # block-scope statics
    strings: dict[tuple[bytes, int], str] = field(default_factory=dict)
    defined: set[str] = field(default_factory=set)
    pic: bool = False  # -fpic/-fPIC: thread-locals through __tls_get_addr (tls_model)

    def tls_model(self, obj: ast.Object) -> str:
        """How a thread-local is reached (ir.TlsAddr's models): local exec in an
        executable; with -fPIC general dynamic, or what `tls_model(...)` asks."""
        if not self.pic:
            return "le"
        asked = obj.strings.get("tls_model", "global-dynamic")
        return {"initial-exec": "ie", "local-exec": "le"}.get(asked, "gd")

    def name_static(self, obj: ast.Object) -> None:
        self.names[obj.id] = f"{obj.name}.{obj.id}"

    def symbol(self, obj: ast.Object) -> str:
        if obj.id in self.names:
            return self.names[obj.id]
        if obj.linkage is ast.Linkage.NONE and not obj.is_local:  # a compound literal
            self.names[obj.id] = f"{obj.name}.{obj.id}" if "." not in obj.name else obj.name
            return self.names[obj.id]
        return obj.symbol

    def string(self, lit: ast.StringLit) -> str:
        t = lit.type.unqual()
        elem = t.of.size if isinstance(t, Array) else 1
        return self.string_bytes(units_bytes(lit.units, elem), elem)

    def string_bytes(self, data: bytes, align: int) -> str:
        """The symbol of read-only bytes (shared with equal ones)."""
        key = (data, align)
        if key not in self.strings:
            name = f".LC{len(self.strings)}"
            self.strings[key] = name
            g = ir.Global(name, ir.Section.RODATA, align, (ir.BytesData(data),), local=True)
            self.module.globals.append(g)
        return self.strings[key]

    def quad(self, value: float | Fraction) -> str:
        """The symbol of a read-only long double constant (binary128) nearest value."""
        return self.string_bytes(quad_bits(value).to_bytes(16, "little"), 16)

    def address_operand(self, e: ast.AddressConst) -> ir.SymAddr:
        return ir.SymAddr(self.target(e.target, e.pos), e.offset)

    def target(self, t: ast.Object | ast.StringLit | str, pos: Pos) -> str:
        if isinstance(t, str):
            raise Unsupported(pos, "the address of a label")
        if isinstance(t, ast.StringLit):
            return self.string(t)
        return self.symbol(t)

    # --- definitions --------------------------------------------------------------------

    def define(self, decl: ast.VarDecl) -> None:
        """The Global of a static object's definition."""
        obj = decl.obj
        name = self.symbol(obj)
        if name in self.defined:
            return
        t = obj.type
        if isinstance(t, Array) and t.vla is not None:
            raise Unsupported(decl.pos, "variable-length arrays")
        size = t.size
        align = max(t.align, obj.align, 1)
        local = obj.linkage is not ast.Linkage.EXTERNAL
        if decl.init is None or not decl.init.items:
            g = ir.Global(name, ir.Section.BSS, align, bss_size=max(size, 1), local=local,
                          tls=obj.thread_local, attrs=symbol_attrs(obj))  # fmt: skip
        else:
            items = self.layout(decl.init, size)
            g = ir.Global(name, ir.Section.DATA, align, tuple(items), local=local,
                          tls=obj.thread_local, attrs=symbol_attrs(obj))  # fmt: skip
        self.defined.add(name)
        self.module.globals.append(g)

    def layout(self, init: ast.Initializer, size: int) -> list[ir.DataItem]:
        """An initializer as bytes and relocations."""
        size = max(size, max((_end(i) for i in init.items), default=0))
        buf = bytearray(size)
        relocs: dict[int, tuple[str, int]] = {}
        ints: dict[int, int] = {}  # offset -> size of a nonzero integer item
        for item in init.items:
            if item.member is not None and item.member.bit_width is not None:
                bits = self.scalar(item.value)
                if isinstance(bits, float):
                    bits = int(bits)
                _set_bits(buf, item.offset, item.member, bits, item.value.pos)
                continue
            n = item.type.size
            for spans in (relocs, ints):
                for off in [o for o in spans if item.offset - 8 < o < item.offset + n]:
                    del spans[off]
            value = self.constant(item.value, item.type)
            if isinstance(item.value, ast.FloatLit) and item.value.exact is not None:
                value = quad_bits(item.value.exact)
            elif isinstance(value, float) or isinstance(item.type.unqual(), Float):
                value = _float_bits(value, item.type, item.value.pos)
            if isinstance(value, bytes):
                buf[item.offset : item.offset + n] = value
            elif isinstance(value, int):
                mask = (1 << (8 * n)) - 1
                buf[item.offset : item.offset + n] = (value & mask).to_bytes(n, "little")
                if value & mask and n in (1, 2, 4, 8):
                    ints[item.offset] = n
            else:
                if n != 8:
                    raise Unsupported(item.value.pos, "an address in an object of this size")
                buf[item.offset : item.offset + n] = bytes(8)
                relocs[item.offset] = value
        return _items(bytes(buf), relocs, ints)

    def constant(self, e: ast.Expr, t: Type) -> bytes | int | float | tuple[str, int]:
        """The value of an item of a static initializer."""
        tu = t.unqual()
        if isinstance(tu, Array) and isinstance(e, ast.StringLit):
            elem = tu.of.size
            return units_bytes(e.units, elem, tu.size)
        if isinstance(tu, Record | Array):
            raise Unsupported(e.pos, "this static initializer")
        return self.scalar(e)

    def scalar(self, e: ast.Expr) -> int | float | tuple[str, int]:
        match e:
            case ast.IntLit(value=v) | ast.FloatLit(value=v):
                return v
            case ast.AddressConst(target=target, offset=off):
                return (self.target(target, e.pos), off)
            case ast.Cast(operand=x):
                inner = self.scalar(x)
                to = e.type.unqual()
                if isinstance(to, Float) and isinstance(inner, int | float):
                    return _float_value(inner, to, e.pos)
                if isinstance(inner, float):
                    if isinstance(to, Int) and inner == inner and abs(inner) < 2.0**64:
                        return 1 if to.name == "_Bool" and inner else to.wrap(int(inner))
                    raise Unsupported(e.pos, "this conversion in a static initializer")
                if isinstance(inner, int):
                    if isinstance(to, Int):
                        return to.wrap(inner)
                    return inner
                if isinstance(to, Pointer) or to.size == 8:
                    return inner
                raise Unsupported(e.pos, "an address constant cast to a narrower type")
        raise Unsupported(e.pos, "this static initializer")


def _float_value(v: int | float, to: Float, pos: Pos) -> float:
    """A constant converted to a float type: rounded to it (float: binary32)."""
    if to.bytes == 16:
        return float(v)  # (an integer beyond 2**53 loses bits: a known limitation)
    if isinstance(v, int):
        return FImm.of_int(v, Ty.F32 if to.bytes == 4 else Ty.F64).value
    return FImm.of(v, Ty.F32).value if to.bytes == 4 else v


def _float_bits(v: object, t: Type, pos: Pos) -> int:
    """The IEEE bits of a float item of type t."""
    tu = t.unqual()
    if not isinstance(tu, Float) or not isinstance(v, int | float):
        raise Unsupported(pos, "this static initializer")
    if tu.bytes == 16:
        return quad_bits(float(v))
    return FImm.of(_float_value(v, tu, pos), Ty.F32 if tu.bytes == 4 else Ty.F64).bits


def symbol_attrs(obj: ast.Object) -> tuple[tuple[str, str], ...]:
    """What a symbol's __attribute__s ask of the assembly: weak, constructor and
    destructor; a visibility and a section (an alias is the module's to define)."""
    out = [(f, "") for f in sorted(obj.flags)]
    out += sorted((k, v) for k, v in obj.strings.items() if k not in ("alias", "tls_model"))
    return tuple(out)


def quad_bits(value: float | Fraction) -> int:
    """The IEEE binary128 (RISC-V long double) bits nearest to value (ties to even)."""
    if isinstance(value, float):
        if value != value:
            return 0x7FFF8000000000000000000000000000
        if value in (float("inf"), float("-inf")):
            return (0xFFFF if value < 0 else 0x7FFF) << 112
        sign = 1 if str(value).startswith("-") else 0  # -0.0 too
        x = abs(Fraction(value))
    else:
        sign = 1 if value < 0 else 0
        x = abs(value)
    if x == 0:
        return sign << 127
    e = x.numerator.bit_length() - x.denominator.bit_length()
    if Fraction(2) ** e > x:
        e -= 1
    e = max(e, -16382)  # below: subnormal, a fixed quantum of 2**-16494
    scaled = x / Fraction(2) ** (e - 112)
    m = scaled.numerator // scaled.denominator
    rest = scaled - m
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and m & 1):
        m += 1
    if m >> 113:  # rounding carried into a new bit
        m >>= 1
        e += 1
    if e > 16383:
        return (sign << 127) | (0x7FFF << 112)
    if m >> 112 == 0:  # subnormal
        return (sign << 127) | m
    return (sign << 127) | ((e + 16383) << 112) | (m & ((1 << 112) - 1))


def _set_bits(buf: bytearray, offset: int, m: Member, value: int | tuple[str, int],
              pos: Pos) -> None:  # fmt: skip
    """Put a bit-field's value into its storage unit (little-endian)."""
    if not isinstance(value, int):
        raise Unsupported(pos, "an address in a bit-field")
    assert m.bit_width is not None
    n = min(m.unit_size, len(buf) - offset)  # a packed unit may run past the object
    unit = int.from_bytes(buf[offset : offset + n], "little")
    mask = ((1 << m.bit_width) - 1) << m.bit_offset
    unit = (unit & ~mask) | ((value << m.bit_offset) & mask)
    buf[offset : offset + n] = (unit & ((1 << (8 * n)) - 1)).to_bytes(n, "little")


def _end(item: ast.InitItem) -> int:
    """Where an initializer's item ends: past its bytes, or a bit-field's bits."""
    m = item.member
    if m is not None and m.bit_width is not None:
        return item.offset + (m.bit_offset + m.bit_width + 7) // 8
    return item.offset + item.type.size


def _items(data: bytes, relocs: dict[int, tuple[str, int]],
           ints: dict[int, int]) -> list[ir.DataItem]:  # fmt: skip
    """Bytes as data items: relocations as AddrData, integers as IntData, strings of
    bytes as BytesData and runs of zeros as ZeroData."""
    out: list[ir.DataItem] = []
    pos = 0
    for off in sorted({*relocs, *ints}) + [len(data)]:
        out += _runs(data[pos:off])
        if off in relocs:
            sym, addend = relocs[off]
            out.append(ir.AddrData(sym, addend))
            pos = off + 8
        elif off in ints:
            n = ints[off]
            out.append(ir.IntData(n, int.from_bytes(data[off : off + n], "little", signed=True)))
            pos = off + n
    return out


def _runs(data: bytes) -> list[ir.DataItem]:
    """Bytes as data items: padding, and runs of eight or more zero bytes, as ZeroData."""
    if data and not any(data):
        return [ir.ZeroData(len(data))]
    out: list[ir.DataItem] = []
    pos = 0
    for m in re.finditer(rb"\0{8,}", data):
        if m.start() > pos:
            out.append(ir.BytesData(data[pos : m.start()]))
        out.append(ir.ZeroData(m.end() - m.start()))
        pos = m.end()
    if pos < len(data):
        out.append(ir.BytesData(data[pos:]))
    return out
