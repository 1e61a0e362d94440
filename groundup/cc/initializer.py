"""Initializers (C17 6.7.9): a brace-enclosed list made flat.

`InitBuilder` walks an initializer against the type of the object it initializes
and produces `ast.InitItem`s: the byte offset, type and value of each scalar (or
string) that is set; every byte not covered is zero. It follows C's rules for
braces and their elision (a sub-aggregate without braces takes as many items as it
needs), designators (`.member`, `[index]`, GNU's `[lo ... hi]`) that move the
current position, later items overriding earlier ones, strings for character
arrays (in braces too), unions (one member), bit-fields (their `Member` rides on
the item) and arrays of unknown length (completed by the highest index).
A static object's values must be constants or address constants (`static_value`).
"""

from __future__ import annotations

from dataclasses import dataclass

from groundup.cc import ast, ctype
from groundup.cc.ctype import Type
from groundup.cc.typecheck import Designator, Expressions, InitList, RawInit


@dataclass(slots=True)
class Cursor:
    """The items of a brace-enclosed initializer list, read one by one."""

    items: list[tuple[list[Designator], RawInit]]
    i: int = 0

    def done(self) -> bool:
        return self.i >= len(self.items)

    def peek(self) -> tuple[list[Designator], RawInit]:
        return self.items[self.i]


class InitBuilder:
    """Flattens one initializer (C17 6.7.9): each scalar's offset, type and value."""

    def __init__(self, sema: Expressions, static: bool) -> None:
        self.sema = sema
        self.static = static
        self.items: dict[tuple[int, int], ast.InitItem] = {}
        self.high = 0  # no item ends past this offset (so one starting here overlaps none)

    def ordered(self) -> list[ast.InitItem]:
        return [self.items[k] for k in sorted(self.items)]

    def braced_string(self, t: Type, raw: RawInit) -> ast.StringLit | None:
        """`char s[3] = { "ab" }`: a string in braces for an array of characters."""
        if not isinstance(raw, InitList) or len(raw.items) != 1 or raw.items[0][0]:
            return None
        value = raw.items[0][1]
        if isinstance(t, ctype.Array) and isinstance(value, ast.StringLit):
            return value if self.string_fits(t, value) else None
        return None

    def top(self, t: Type, raw: RawInit) -> int | None:
        """Initialize an object of type `t`; the length of an array of unknown length."""
        string = self.braced_string(t, raw)
        if string is not None:
            assert isinstance(t, ctype.Array)
            return self.string(t, 0, string)
        if isinstance(raw, InitList):
            if ctype.is_scalar(t) or not isinstance(t, ctype.Array | ctype.Record):
                self.braced_scalar(t, 0, raw)
                return None
            return self.aggregate(t, 0, Cursor(raw.items), braced=True, pos=raw.pos)
        return self.expression(t, 0, raw, None)

    def braced_scalar(self, t: Type, offset: int, raw: InitList,
                      member: ctype.Member | None = None) -> None:  # fmt: skip
        if not raw.items:
            self.sema.error(raw.pos, "empty scalar initializer")
            return None
        if len(raw.items) > 1:
            self.sema.warning(
                self.position(raw.items[1][1], raw.pos), "excess elements in scalar initializer"
            )
        designators, first = raw.items[0]
        if isinstance(first, InitList):
            self.sema.warning(raw.pos, "braces around scalar initializer")
            return self.braced_scalar(t, offset, first, member)
        self.expression(t, offset, first, member)
        return None

    def expression(self, t: Type, offset: int, e: ast.Expr,
                   member: ctype.Member | None) -> int | None:  # fmt: skip
        if isinstance(t, ctype.Array):
            if isinstance(e, ast.StringLit) and self.string_fits(t, e):
                return self.string(t, offset, e)
            self.sema.error(e.pos, "invalid initializer")
            return None
        value = self.sema.convert_for(e, t, "initialization")
        if self.static:
            value = self.sema.static_value(value, t)
        key = (offset, member.bit_offset if member is not None else 0)
        if offset < self.high:  # (in order, as most initializers are: nothing to look at)
            for k in [k for k in self.items if self.overlaps(k, offset, t, member)]:
                del self.items[k]
        self.items[key] = ast.InitItem(offset, t, value, member)
        self.high = max(self.high, offset + t.size)
        return None

    def overlaps(self, key: tuple[int, int], offset: int, t: Type,
                 member: ctype.Member | None = None) -> bool:  # fmt: skip
        item = self.items[key]
        if item.member is not None:
            return False
        start, end = offset, offset + t.size
        if member is not None and member.bit_width is not None:  # only the bytes of its bits
            start = offset + member.bit_offset // 8
            end = offset + (member.bit_offset + member.bit_width + 7) // 8
        return item.offset < end and start < item.offset + item.type.size

    def string_fits(self, t: ctype.Array, s: ast.StringLit) -> bool:
        elem = t.of.unqual()
        src = s.type.of.unqual() if isinstance(s.type, ctype.Array) else ctype.CHAR
        if ctype.is_char(elem) and ctype.is_char(src):
            return True
        return elem.size == src.size and ctype.is_integer(elem) and not ctype.is_char(src)

    def string(self, t: ctype.Array, offset: int, s: ast.StringLit) -> int:
        n = len(s.units)
        if t.length is not None and n > t.length:
            self.sema.warning(s.pos, f"initializer-string for array of '{t.of}' is too long")
        length = t.length if t.length is not None else n + 1
        stored = ctype.Array(t.of, length)
        self.items[(offset, 0)] = ast.InitItem(offset, stored, s)
        self.high = max(self.high, offset + stored.size)
        return length

    def aggregate(self, t: Type, offset: int, cursor: Cursor, braced: bool,
                  pos: ast.Pos) -> int | None:  # fmt: skip
        """Fill the sub-objects of an array, struct or union from `cursor`; not `braced`:
        by brace elision, stopping when full or at a designator."""
        if isinstance(t, ctype.Array):
            return self.array(t, offset, cursor, braced, pos)
        assert isinstance(t, ctype.Record)
        self.record(t, offset, cursor, braced, pos)
        return None

    def array(self, t: ctype.Array, offset: int, cursor: Cursor, braced: bool, pos: ast.Pos) -> int:
        index = 0
        high = 0
        size = max(t.of.size, 1)
        while not cursor.done():
            designators, raw = cursor.peek()
            if designators:
                if not braced:
                    break
                d = designators[0]
                if d.lo is None:
                    self.sema.error(d.pos, "field name not in record or union initializer")
                    cursor.i += 1
                    continue
                if d.lo < 0 or (t.length is not None and d.hi is not None and d.hi >= t.length):
                    self.sema.error(d.pos, "array index in initializer exceeds array bounds")
                    cursor.i += 1
                    continue
                index = d.lo
                last = d.hi if d.hi is not None else d.lo
                for i in range(d.lo, last + 1):
                    self.designated(t.of, offset + i * size, designators[1:], cursor)
                    if i != last:
                        cursor.i -= 1
                index = last + 1
                high = max(high, index)
                continue
            if t.length is not None and index >= t.length:
                if not braced:
                    break
                self.sema.warning(self.position(raw, pos), "excess elements in array initializer")
                cursor.i = len(cursor.items)
                break
            self.element(t.of, offset + index * size, cursor)
            index += 1
            high = max(high, index)
        return high

    def record(
        self, t: ctype.Record, offset: int, cursor: Cursor, braced: bool, pos: ast.Pos
    ) -> None:
        members = [m for m in t.tag.members or [] if m.name is not None or not m.is_bitfield]
        index = 0
        union = t.tag.kind == "union"
        filled = False
        while not cursor.done():
            designators, raw = cursor.peek()
            if designators:
                if not braced:
                    break
                d = designators[0]
                if d.name is None:
                    self.sema.error(d.pos, "array index in non-array initializer")
                    cursor.i += 1
                    continue
                found = self.find_member(t, d.name)
                if found is None:
                    self.sema.error(d.name_pos or d.pos, f"'{t}' has no member named '{d.name}'")
                    cursor.i += 1
                    continue
                member, extra, top = found
                if union:
                    self.clear(offset, t.size)
                self.designated_member(member, offset + extra, designators[1:], cursor)
                index = members.index(top) + 1 if top in members else len(members)
                filled = True
                continue
            if index >= len(members) or (union and filled):
                if not braced:
                    break
                self.sema.warning(
                    self.position(raw, pos), f"excess elements in {t.tag.kind} initializer"
                )
                cursor.i = len(cursor.items)
                break
            m = members[index]
            self.member(m, offset, cursor)
            index += 1
            filled = True

    def clear(self, offset: int, size: int) -> None:
        for k in [k for k, v in self.items.items() if offset <= v.offset < offset + size]:
            del self.items[k]

    def find_member(
        self, t: ctype.Record, name: str
    ) -> tuple[ctype.Member, int, ctype.Member] | None:
        """The member `name` (maybe inside anonymous members), its offset's extra part,
        and the top-level member holding it."""
        for m in t.tag.members or []:
            if m.name == name:
                return m, 0, m
            if m.name is None and isinstance(m.type, ctype.Record):
                found = m.type.tag.find(name)
                if found is not None:
                    return found[0], found[1] + m.offset, m
        return None

    def member(self, m: ctype.Member, offset: int, cursor: Cursor) -> None:
        if m.is_bitfield:
            _, raw = cursor.peek()
            cursor.i += 1
            if isinstance(raw, InitList):
                self.braced_scalar(m.type, offset + m.offset, raw, m)
            else:
                self.expression(m.type, offset + m.offset, raw, m)
            return
        self.element(m.type, offset + m.offset, cursor)

    def designated_member(self, m: ctype.Member, offset: int, rest: list[Designator],
                          cursor: Cursor) -> None:  # fmt: skip
        if m.is_bitfield and not rest:
            self.member(m, offset, cursor)
            return
        self.designated(m.type, offset + m.offset, rest, cursor)

    def designated(self, t: Type, offset: int, rest: list[Designator], cursor: Cursor) -> None:
        """Initialize the sub-object a designator reached, with the rest of the designators."""
        if not rest:
            self.element(t, offset, cursor)
            return
        d = rest[0]
        if isinstance(t, ctype.Array) and d.lo is not None:
            if t.length is not None and (d.hi or d.lo) >= t.length:
                self.sema.error(d.pos, "array index in initializer exceeds array bounds")
                cursor.i += 1
                return
            self.designated(t.of, offset + d.lo * t.of.size, rest[1:], cursor)
            return
        if isinstance(t, ctype.Record) and d.name is not None:
            found = self.find_member(t, d.name)
            if found is not None:
                self.designated_member(found[0], offset + found[1], rest[1:], cursor)
                return
            self.sema.error(d.name_pos or d.pos, f"'{t}' has no member named '{d.name}'")
        else:
            self.sema.error(d.pos, "invalid designator")
        cursor.i += 1

    def element(self, t: Type, offset: int, cursor: Cursor) -> None:
        """One sub-object from the next item: braced, a string, a struct value, or elided."""
        _, raw = cursor.peek()
        string = self.braced_string(t, raw)
        if string is not None:
            cursor.i += 1
            self.string(t, offset, string)  # type: ignore[arg-type]
            return
        if isinstance(raw, InitList):
            cursor.i += 1
            if isinstance(t, ctype.Array | ctype.Record):
                self.clear(offset, t.size)  # a braced list sets the whole sub-object anew
                self.aggregate(t, offset, Cursor(raw.items), braced=True, pos=raw.pos)
            else:
                self.braced_scalar(t, offset, raw)
            return
        if isinstance(t, ctype.Array):
            if isinstance(raw, ast.StringLit):
                cursor.i += 1
                if self.string_fits(t, raw):
                    self.string(t, offset, raw)
                else:
                    chars = raw.type.of if isinstance(raw.type, ctype.Array) else ctype.CHAR
                    self.sema.error(raw.pos, f"cannot initialize array of '{t.of}' from a "
                                    f"string literal with type array of '{chars}'")  # fmt: skip
                return
            start = cursor.i
            self.aggregate(t, offset, cursor, braced=False, pos=raw.pos)
            if cursor.i == start:  # nothing taken (a designator for another level): no loop
                cursor.i += 1
            return
        if isinstance(t, ctype.Record):
            value = self.sema.value(raw)
            if ctype.compatible(value.type.unqual(), t.unqual()):
                cursor.i += 1
                self.expression(t, offset, raw, None)
                return
            self.aggregate(t, offset, cursor, braced=False, pos=raw.pos)
            return
        cursor.i += 1
        self.expression(t, offset, raw, None)

    @staticmethod
    def position(raw: RawInit, pos: ast.Pos) -> ast.Pos:
        return raw.pos if isinstance(raw, InitList) else ast.start(raw)
