"""Symbols, and the values that assembly expressions compute from them.

A `Symbol` is a name the source defines or uses: a label (a place in a
section: a fragment and an offset in it, so that it moves when branch
relaxation grows the code before it), an equate (`.set x, expr`: a `Value`),
or nothing yet (undefined: external, or defined later in the file). Its ELF
attributes (binding, type, visibility, size) come from directives.

A `Value` is what an expression evaluates to: `sym - sub + addend`, where
either symbol may be absent. That is exactly what a relocation can express
(or a pair of them, ADD/SUB), so it is all the assembler ever needs to keep;
anything more complex must be a constant by the time it is computed.

`SymbolTable` keeps every symbol by name, in the order they were first seen
(GNU as writes local symbols in that order), and implements GNU's local-label
names: the numeric label `1:` is the symbol `.L1\\x02<n>` for its n-th
definition, so `1b` and `1f` are the current and the next n; the fake labels
GNU makes for `.` and for `la`'s auipc are all named `.L0 ` (with a space,
so no source can refer to them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from groundup.elf.constants import STB, STT, STV

if TYPE_CHECKING:
    from groundup.asm.sections import Frag, Section

FAKE_LABEL = ".L0 "  # what GNU as calls the labels it makes itself
LOCAL_LABEL_MARK = "\x02"  # between the number and the instance in `.L1\x021`


@dataclass(slots=True, eq=False)
class Symbol:
    """One symbol of the object being assembled (mutable while assembling)."""

    name: str
    order: int  # creation order: GNU's symbol-table order for locals
    frag: Frag | None = None  # a label: the fragment it is in ...
    offset: int = 0  # ... and its offset in that fragment
    equ: Value | None = None  # an equate: `.set name, expr`
    binding: STB | None = None  # None: local, unless .globl/.weak says otherwise
    type: STT = STT.NOTYPE
    visibility: STV = STV.DEFAULT
    size: Value | None = None
    common: tuple[int, int] | None = None  # .comm: (size, alignment)
    temporary: bool = False  # .L names and fake labels: kept only for relocations
    used_in_reloc: bool = False
    reloc_order: int = 0  # when it was first needed by a relocation
    where: tuple[int, int] = (0, 0)  # line, column of the definition (or first use)
    file_symbol: bool = False
    signature: bool = False  # names a section group

    @property
    def defined(self) -> bool:
        return self.frag is not None or self.equ is not None

    @property
    def section(self) -> Section | None:
        """The section of a label (or of an equate that names a label), else None."""
        if self.frag is not None:
            return self.frag.section
        if self.equ is not None and self.equ.sym is not None and self.equ.sub is None:
            return self.equ.sym.section
        return None

    @property
    def is_local(self) -> bool:
        return self.binding is None or self.binding == STB.LOCAL

    def address(self) -> int:
        """Offset in its section (after layout), or the value of a constant equate."""
        if self.frag is not None:
            return self.frag.address + self.offset
        if self.equ is not None:
            v = self.equ
            base = v.sym.address() if v.sym is not None else 0
            sub = v.sub.address() if v.sub is not None else 0
            return base - sub + v.addend
        return 0

    def constant(self) -> int | None:
        """The value of an equate to a plain number, else None."""
        if self.equ is not None and self.equ.sym is None and self.equ.sub is None:
            return self.equ.addend
        return None


@dataclass(frozen=True, slots=True)
class Value:
    """sym - sub + addend: what an operand or data expression stands for."""

    addend: int
    sym: Symbol | None = None
    sub: Symbol | None = None

    @property
    def is_constant(self) -> bool:
        return self.sym is None and self.sub is None

    def plus(self, other: Value) -> Value | None:
        """self + other, or None if that leaves two added (or two subtracted) symbols."""
        syms = [s for s in (self.sym, other.sym) if s is not None]
        subs = [s for s in (self.sub, other.sub) if s is not None]
        for s in list(syms):
            if s in subs:  # x - x cancels
                syms.remove(s)
                subs.remove(s)
        if len(syms) > 1 or len(subs) > 1:
            return None
        return Value(self.addend + other.addend, syms[0] if syms else None,
                     subs[0] if subs else None)  # fmt: skip

    def negated(self) -> Value:
        return Value(-self.addend, self.sub, self.sym)


@dataclass(slots=True)
class SymbolTable:
    """Every symbol by name, in first-seen order; numeric local labels; fake labels."""

    by_name: dict[str, Symbol] = field(default_factory=dict)
    ordered: list[Symbol] = field(default_factory=list)
    aside: list[Symbol] = field(default_factory=list)  # temporaries not yet in the order
    instances: dict[int, int] = field(default_factory=dict)  # numeric label -> definitions
    relocated: int = 0

    def get(self, name: str, where: tuple[int, int] = (0, 0)) -> Symbol:
        """The symbol `name`, made (undefined) on first use."""
        sym = self.by_name.get(name)
        if sym is None:
            sym = self.new(name, where)
            self.by_name[name] = sym
        return sym

    def new(self, name: str, where: tuple[int, int] = (0, 0)) -> Symbol:
        """A fresh symbol, not entered by name (fake labels, section symbols).

        Temporary symbols (`.L` names) take no place in the order yet: GNU as keeps
        them aside until a `.set` or a relocation needs them (see `convert`).
        """
        sym = Symbol(name, -1, where=where)
        sym.temporary = name.startswith(".L")
        if sym.temporary:
            self.aside.append(sym)
        else:
            self.convert(sym)
        return sym

    def convert(self, sym: Symbol) -> None:
        """Give `sym` its place in the symbol order now (if it has none yet)."""
        if sym.order < 0:
            sym.order = len(self.ordered)
            self.ordered.append(sym)

    def all(self) -> list[Symbol]:
        """Every symbol: the ordered ones, then the temporaries kept aside."""
        return self.ordered + [s for s in self.aside if s.order < 0]

    def numeric(self, number: int, forward: bool, where: tuple[int, int]) -> Symbol:
        """The symbol `1b` (forward False) or `1f` refers to now."""
        n = self.instances.get(number, 0) + (1 if forward else 0)
        return self.get(f".L{number}{LOCAL_LABEL_MARK}{n}", where)

    def define_numeric(self, number: int, where: tuple[int, int]) -> Symbol:
        """The symbol that a new definition `1:` names."""
        self.instances[number] = self.instances.get(number, 0) + 1
        return self.numeric(number, False, where)

    def mark_relocated(self, sym: Symbol) -> None:
        """Note that a relocation refers to `sym` (temporaries are then emitted, in
        the order relocations first needed them, after the other locals)."""
        if not sym.used_in_reloc:
            sym.used_in_reloc = True
            self.relocated += 1
            sym.reloc_order = self.relocated


def display_name(sym: Symbol) -> str:
    """How to name a symbol in a message: numeric labels as the source wrote them."""
    if LOCAL_LABEL_MARK in sym.name:
        number = sym.name[2 : sym.name.index(LOCAL_LABEL_MARK)]
        return f"{number} (a numeric local label)"
    return sym.name
