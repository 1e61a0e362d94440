"""Directives: the statements that start with a dot (GNU as manual, "Assembler Directives").

Each handler takes the assembler, the directive's token and its argument
tokens. They fall into a few groups:

    sections   .text .data .bss .section .pushsection .popsection .previous
    symbols    .globl .local .weak .hidden .protected .internal .type .size
               .set .equ .equiv (and `name = expr`) .comm .lcomm
    data       .byte .2byte .half .short .4byte .word .long .8byte .dword .quad
               .zero .space .skip .fill .ascii .asciz .string .float .double
               .uleb128 .sleb128 .insn
    alignment  .align .p2align .balign (.align is a power of two on RISC-V)
    RISC-V     .option (push pop rvc norvc pic nopic relax norelax arch)
               .attribute
    notes      .file .ident; .loc and .cfi_* are accepted and ignored (no
               debugging information or .eh_frame is written)

Section flags default by name as the gABI's "Special Sections" table says
(`.text*` is AX, `.data*` WA, `.bss*` WA @nobits, `.rodata*` A ...). A section
in a group (`"axG",@progbits,name,comdat`) is a different section from one of
the same name outside it; groundup.asm.resolve writes the SHT_GROUP sections.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from groundup.asm.attributes import TAG_NAMES, ArchError, Tag, is_string_tag, parse_arch
from groundup.asm.expr import evaluate, parse_expr
from groundup.asm.lexer import AsmError, Kind, Token, describe
from groundup.asm.sections import Section
from groundup.asm.symbols import Symbol, Value
from groundup.diag import Pos
from groundup.elf.constants import SHF, SHT, STB, STT, STV

if TYPE_CHECKING:
    from groundup.asm.assembler import Assembler, Mode

Handler = Callable[["Assembler", Token, tuple[Token, ...]], None]
HANDLERS: dict[str, Handler] = {}


def directive(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    handler = HANDLERS.get(head.text.lower())
    if handler is None:
        if head.text.lower().startswith(".cfi_"):
            return
        raise AsmError.at(head, f"unknown directive '{head.text}'")
    handler(asm, head, args)


def handles(*names: str) -> Callable[[Handler], Handler]:
    def add(fn: Handler) -> Handler:
        for n in names:
            HANDLERS[n] = fn
        return fn

    return add


# --- arguments -------------------------------------------------------------------------


def split_args(args: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """Arguments between top-level commas; empty ones are kept (`.p2align 4,,10`)."""
    if not args:
        return []
    groups: list[tuple[Token, ...]] = []
    depth = begin = 0
    for i, tok in enumerate(args):
        if tok.kind is Kind.PUNCT:
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                depth -= 1
            elif tok.text == "," and depth == 0:
                groups.append(args[begin:i])
                begin = i + 1
    groups.append(args[begin:])
    return groups


def _count(head: Token, groups: list[tuple[Token, ...]], lo: int, hi: int) -> None:
    if not lo <= len(groups) <= hi:
        want = str(lo) if lo == hi else f"{lo} to {hi}"
        raise AsmError.at(head, f"'{head.text}' takes {want} argument{'s' * (hi != 1)}")


def name_arg(group: tuple[Token, ...], head: Token, what: str = "symbol name") -> Token:
    if len(group) != 1 or group[0].kind not in (Kind.IDENT, Kind.STRING):
        tok = group[0] if group else head
        raise AsmError.at(tok, f"expected a {what}, found {describe(group[0] if group else None)}")
    return group[0]


def _text(tok: Token) -> str:
    if tok.kind is Kind.STRING:
        assert isinstance(tok.value, bytes)
        return tok.value.decode(errors="replace")
    return tok.text


def value_arg(asm: Assembler, group: tuple[Token, ...], head: Token) -> Value:
    if not group:
        raise AsmError.at(head, f"missing argument to '{head.text}'")
    return evaluate(parse_expr(group), asm)


def const_arg(asm: Assembler, group: tuple[Token, ...], head: Token, what: str) -> int:
    v = value_arg(asm, group, head)
    if not v.is_constant:
        raise AsmError.at(group[0], f"{what} must be a constant")
    return v.addend


def symbol_arg(asm: Assembler, group: tuple[Token, ...], head: Token) -> Symbol:
    tok = name_arg(group, head)
    return asm.symbols.get(_text(tok), (tok.line, tok.col))


# --- sections --------------------------------------------------------------------------

_SPECIAL: list[tuple[str, SHT, SHF]] = [
    (".text", SHT.PROGBITS, SHF.ALLOC | SHF.EXECINSTR),
    (".data", SHT.PROGBITS, SHF.ALLOC | SHF.WRITE),
    (".bss", SHT.NOBITS, SHF.ALLOC | SHF.WRITE),
    (".rodata", SHT.PROGBITS, SHF.ALLOC),
    (".tdata", SHT.PROGBITS, SHF.ALLOC | SHF.WRITE | SHF.TLS),
    (".tbss", SHT.NOBITS, SHF.ALLOC | SHF.WRITE | SHF.TLS),
    (".init_array", SHT.INIT_ARRAY, SHF.ALLOC | SHF.WRITE),
    (".fini_array", SHT.FINI_ARRAY, SHF.ALLOC | SHF.WRITE),
    (".preinit_array", SHT.PREINIT_ARRAY, SHF.ALLOC | SHF.WRITE),
    (".init", SHT.PROGBITS, SHF.ALLOC | SHF.EXECINSTR),
    (".fini", SHT.PROGBITS, SHF.ALLOC | SHF.EXECINSTR),
    (".note", SHT.NOTE, SHF(0)),
]
_TYPES = {"progbits": SHT.PROGBITS, "nobits": SHT.NOBITS, "note": SHT.NOTE,
          "init_array": SHT.INIT_ARRAY, "fini_array": SHT.FINI_ARRAY,
          "preinit_array": SHT.PREINIT_ARRAY}  # fmt: skip
_FLAGS = {"a": SHF.ALLOC, "w": SHF.WRITE, "x": SHF.EXECINSTR, "M": SHF.MERGE,
          "S": SHF.STRINGS, "G": SHF.GROUP, "T": SHF.TLS}  # fmt: skip
_ARRAY_ENTSIZE = {SHT.INIT_ARRAY: 8, SHT.FINI_ARRAY: 8, SHT.PREINIT_ARRAY: 8}


def special(name: str) -> tuple[SHT, SHF] | None:
    """The default type and flags of a section named `name` (or `name.suffix`)."""
    for prefix, sht, shf in _SPECIAL:
        if name == prefix or name.startswith(prefix + "."):
            return sht, shf
    return None


@dataclass(frozen=True, slots=True)
class SectionAttributes:
    """What a .section directive may say after the name (None: the default for the name)."""

    flags: SHF | None = None
    type: SHT | None = None
    entsize: int | None = None
    group: str | None = None  # G: the group's signature symbol
    comdat: bool = False


def switch_section(asm: Assembler, name: str,
                   attrs: SectionAttributes = SectionAttributes()) -> None:  # fmt: skip
    """Make `name` the current section, creating it (and its symbol) on first use."""
    sec = next((s for s in asm.sections if s.name == name and s.group == attrs.group), None)
    if sec is None:
        default = special(name)
        sht = attrs.type if attrs.type is not None else (default[0] if default else SHT.PROGBITS)
        flags = attrs.flags
        if flags is None:
            flags = default[1] if default else SHF(0)
        entsize = attrs.entsize if attrs.entsize is not None else _ARRAY_ENTSIZE.get(sht, 0)
        sec = Section(name, sht, flags, entsize, group=attrs.group, comdat=attrs.comdat)
        asm.sections.append(sec)
        sec.symbol = asm.symbols.new(name)
        sec.symbol.frag, sec.symbol.type = sec.frags[0], STT.SECTION
        if name == ".text":
            sec.align = 2 if asm.mode.rvc else 4
    current: Section | None = getattr(asm, "section", None)  # None while the first is made
    if current is not sec:
        asm.previous = current
    asm.section = sec


@handles(".text", ".data", ".bss")
def _simple_section(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    if args:
        sub = const_arg(asm, args, head, "subsection")
        if sub != 0:
            raise AsmError.at(args[0], "subsections are not supported")
    switch_section(asm, head.text.lower())


@handles(".rodata", ".sdata", ".sbss")
def _named_section(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    switch_section(asm, head.text.lower())


# .section name [, "flags" [, @type [, entsize] [, group [, comdat]]]]
@handles(".section", ".pushsection")
def _section(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    if not groups:
        raise AsmError.at(head, f"'{head.text}' needs a section name")
    name = _section_name(groups[0], head)
    attrs = _section_attributes(asm, groups[1:], head)
    if head.text.lower() == ".pushsection":
        asm.stack.append((asm.section, asm.previous))
    switch_section(asm, name, attrs)


def _section_name(group: tuple[Token, ...], head: Token) -> str:
    if len(group) == 1 and group[0].kind is Kind.STRING:
        return _text(group[0])
    if not group or any(t.kind not in (Kind.IDENT, Kind.NUMBER) and not t.is_punct("-")
                        for t in group):  # fmt: skip
        raise AsmError.at(group[0] if group else head, "expected a section name")
    return "".join(t.text for t in group)


def _section_attributes(asm: Assembler, groups: list[tuple[Token, ...]],
                        head: Token) -> SectionAttributes:  # fmt: skip
    if not groups:
        return SectionAttributes()
    ftok = groups[0]
    if len(ftok) != 1 or ftok[0].kind is not Kind.STRING:
        raise AsmError.at(ftok[0] if ftok else head, 'expected section flags such as "ax"')
    flags = SHF(0)
    for c in _text(ftok[0]):
        if c not in _FLAGS:
            raise AsmError.at(ftok[0], f"unknown section flag '{c}'")
        flags |= _FLAGS[c]
    sht = _section_type(groups[1], head) if len(groups) > 1 else None
    rest = groups[2:]
    entsize = None
    if flags & SHF.MERGE:
        if not rest:
            raise AsmError.at(head, "a mergeable section (M) needs an entry size")
        entsize = const_arg(asm, rest.pop(0), head, "entry size")
    group, comdat = None, False
    if flags & SHF.GROUP:
        if not rest:
            raise AsmError.at(head, "a section in a group (G) needs the group's name")
        group = _text(name_arg(rest.pop(0), head, "group name"))
        if rest:
            link = name_arg(rest.pop(0), head, "group linkage")
            if link.text != "comdat":
                raise AsmError.at(link, f"unknown group linkage '{link.text}' (comdat)")
            comdat = True
    if rest:
        raise AsmError.at(rest[0][0] if rest[0] else head, "unexpected section argument")
    return SectionAttributes(flags, sht, entsize, group, comdat)


def _section_type(group: tuple[Token, ...], head: Token) -> SHT:
    if len(group) == 2 and (group[0].is_punct("@") or group[0].is_punct("%")):
        name = group[1].text
    elif len(group) == 1 and group[0].kind is Kind.MODIFIER:  # %progbits
        name = group[0].text[1:]
    elif len(group) == 1 and group[0].kind is Kind.STRING:
        name = _text(group[0])
    else:
        raise AsmError.at(group[0] if group else head, "expected a section type such as @progbits")
    if name not in _TYPES:
        raise AsmError.at(group[-1], f"unknown section type '{name}'")
    return _TYPES[name]


@handles(".popsection")
def _popsection(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    if not asm.stack:
        raise AsmError.at(head, ".popsection without .pushsection")
    asm.section, asm.previous = asm.stack.pop()


@handles(".previous")
def _previous(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    if asm.previous is None:
        raise AsmError.at(head, ".previous without a previous section")
    asm.section, asm.previous = asm.previous, asm.section


# --- symbols ---------------------------------------------------------------------------


def _each_symbol(asm: Assembler, head: Token, args: tuple[Token, ...]) -> list[Symbol]:
    groups = split_args(args)
    if not groups:
        raise AsmError.at(head, f"'{head.text}' needs a symbol name")
    return [symbol_arg(asm, g, head) for g in groups]


@handles(".globl", ".global")
def _globl(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    for sym in _each_symbol(asm, head, args):
        if sym.binding != STB.WEAK:
            sym.binding = STB.GLOBAL


@handles(".weak")
def _weak(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    for sym in _each_symbol(asm, head, args):
        sym.binding = STB.WEAK


@handles(".local")
def _local(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    for sym in _each_symbol(asm, head, args):
        sym.binding = STB.LOCAL


@handles(".hidden", ".protected", ".internal")
def _visibility(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    vis = {".hidden": STV.HIDDEN, ".protected": STV.PROTECTED, ".internal": STV.INTERNAL}
    for sym in _each_symbol(asm, head, args):
        sym.visibility = vis[head.text.lower()]


_SYMBOL_TYPES = {"function": STT.FUNC, "object": STT.OBJECT, "tls_object": STT.TLS,
                 "notype": STT.NOTYPE, "common": STT.COMMON,
                 "gnu_indirect_function": STT.GNU_IFUNC, "stt_func": STT.FUNC,
                 "stt_object": STT.OBJECT, "stt_tls": STT.TLS, "stt_notype": STT.NOTYPE,
                 "stt_common": STT.COMMON}  # fmt: skip


@handles(".type")
def _type(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    _count(head, groups, 2, 2)
    sym = symbol_arg(asm, groups[0], head)
    g = groups[1]
    if len(g) == 2 and (g[0].is_punct("@") or g[0].is_punct("%")):
        kind = g[1].text
    elif len(g) == 1 and g[0].kind is Kind.MODIFIER:  # %function
        kind = g[0].text[1:]
    elif len(g) == 1:
        kind = _text(g[0])
    else:
        raise AsmError.at(g[0] if g else head, "expected a symbol type such as @function")
    if kind.lower() not in _SYMBOL_TYPES:
        raise AsmError.at(g[-1], f"unknown symbol type '{kind}'")
    sym.type = _SYMBOL_TYPES[kind.lower()]


@handles(".size")
def _size(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    _count(head, groups, 2, 2)
    sym = symbol_arg(asm, groups[0], head)
    sym.size = value_arg(asm, groups[1], head)


@handles(".set", ".equ", ".equiv")
def _set(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    _count(head, groups, 2, 2)
    tok = name_arg(groups[0], head)
    sym = asm.symbols.get(tok.text, (tok.line, tok.col))
    if head.text.lower() == ".equiv" and sym.defined:
        raise AsmError.at(tok, f"symbol '{tok.text}' is already defined")
    asm.symbols.convert(sym)
    define_equate(asm, sym, value_arg(asm, groups[1], head), tok)


def assign(asm: Assembler, name: Token, expr: tuple[Token, ...], eq: Token) -> None:
    """`name = expr`, the same as `.set name, expr`."""
    if not expr:
        raise AsmError.at(eq, "expected an expression after '='")
    sym = asm.symbols.get(name.text, (name.line, name.col))
    asm.symbols.convert(sym)
    define_equate(asm, sym, evaluate(parse_expr(expr), asm), name)


def define_equate(asm: Assembler, sym: Symbol, value: Value, tok: Token) -> None:
    """Give `sym` the value of an expression: a label if it names a place, else an equate."""
    if sym.frag is not None and sym.equ is None:
        raise AsmError.at(tok, f"symbol '{tok.text}' is already defined as a label")
    if _refers_to(value, sym):
        raise AsmError.at(tok, f"symbol '{tok.text}' is defined in terms of itself")
    for used in (value.sym, value.sub):  # GNU keeps the symbols a .set names, in order
        if used is not None:
            asm.symbols.convert(used)
    target = value.sym
    if target is not None and value.sub is None and target.frag is not None:
        sym.frag, sym.offset, sym.equ = target.frag, target.offset + value.addend, None
    else:
        sym.frag, sym.equ = None, value
    sym.where = (tok.line, tok.col)


def _refers_to(value: Value, sym: Symbol, depth: int = 0) -> bool:
    """Does `value` depend on `sym` (through equates)? A cycle would never end."""
    for used in (value.sym, value.sub):
        if used is sym or depth > 100:
            return True
        if used is not None and used.equ is not None and _refers_to(used.equ, sym, depth + 1):
            return True
    return False


@handles(".comm", ".lcomm")
def _comm(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    _count(head, groups, 2, 3)
    sym = symbol_arg(asm, groups[0], head)
    if sym.defined:
        raise AsmError.at(groups[0][0], f"symbol '{sym.name}' is already defined")
    size = const_arg(asm, groups[1], head, "size")
    align = const_arg(asm, groups[2], head, "alignment") if len(groups) == 3 else 0
    if not 0 <= size <= 1 << 28:
        raise AsmError.at(groups[1][0], f"bad size {size}")
    if align < 0 or align > 1 << 16 or align & (align - 1):
        raise AsmError.at(groups[2][0], f"alignment {align} is not a power of 2")
    if not align:  # ELF: the largest power of two not above the size, at most 16
        align = 1
        while align * 2 <= min(size, 16):
            align *= 2
    sym.common = (size, align)
    if head.text.lower() == ".lcomm":
        sym.binding = STB.LOCAL
    sym.type = STT.OBJECT


# --- data ------------------------------------------------------------------------------

_WIDTHS = {".byte": 1, ".2byte": 2, ".half": 2, ".short": 2, ".4byte": 4, ".word": 4,
           ".long": 4, ".int": 4, ".8byte": 8, ".dword": 8, ".quad": 8}  # fmt: skip


@handles(*_WIDTHS)
def _data(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    size = _WIDTHS[head.text.lower()]
    for group in split_args(args):
        v = value_arg(asm, group, head)
        if v.is_constant and not -(1 << (8 * size)) <= v.addend < (1 << (8 * size)):
            asm.report.warning(asm_pos(asm, group[0]), f"value {v.addend:#x} truncated to "
                               f"{size} byte{'s' * (size > 1)}")  # fmt: skip
        if not v.is_constant and v.sub is None and size < 4:
            raise AsmError.at(group[0], f"a symbol address does not fit in {size} bytes")
        asm.emit_value(v, size, (group[0].line, group[0].col))


def asm_pos(asm: Assembler, tok: Token) -> Pos:
    return Pos(asm.source, tok.line, tok.col)


@handles(".zero", ".space", ".skip")
def _space(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    _count(head, groups, 1, 2)
    size = const_arg(asm, groups[0], head, "size")
    fill = const_arg(asm, groups[1], head, "fill value") if len(groups) == 2 else 0
    if size < 0:
        raise AsmError.at(groups[0][0], f"negative size {size}")
    if size > 1 << 28:
        raise AsmError.at(groups[0][0], f"size {size} is too large")
    asm.emit_bytes(bytes([fill & 0xFF]) * size)


@handles(".fill")
def _fill(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    _count(head, groups, 1, 3)
    repeat = const_arg(asm, groups[0], head, "repeat count")
    size = const_arg(asm, groups[1], head, "size") if len(groups) > 1 and groups[1] else 1
    value = const_arg(asm, groups[2], head, "value") if len(groups) > 2 else 0
    if repeat < 0 or not 0 <= size <= 8 or repeat * size > 1 << 28:
        raise AsmError.at(head, f"bad .fill {repeat}, {size}")
    # GNU manual, ".fill": an 8-byte number whose high 4 bytes are zero
    unit = (value & 0xFFFFFFFF).to_bytes(8, "little")[:size]
    asm.emit_bytes(unit * repeat)


@handles(".ascii", ".asciz", ".string")
def _ascii(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    zero = head.text.lower() != ".ascii"
    for group in split_args(args):
        if len(group) != 1 or group[0].kind is not Kind.STRING:
            raise AsmError.at(group[0] if group else head, "expected a string")
        assert isinstance(group[0].value, bytes)
        asm.emit_bytes(group[0].value + (b"\0" if zero else b""))


@handles(".float", ".single", ".double")
def _float(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    fmt = "<d" if head.text.lower() == ".double" else "<f"
    for group in split_args(args):
        negative = len(group) == 2 and group[0].is_punct("-")
        tok = group[-1] if group else head
        if len(group) != 1 + negative or tok.kind not in (Kind.FLOAT, Kind.NUMBER):
            raise AsmError.at(tok, "expected a floating-point number")
        value = float(tok.value)  # type: ignore[arg-type]
        try:
            asm.emit_bytes(struct.pack(fmt, -value if negative else value))
        except OverflowError:
            raise AsmError.at(tok, f"{tok.text} is too large for {head.text}") from None


@handles(".uleb128", ".sleb128")
def _leb128(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    signed = head.text.lower() == ".sleb128"
    for group in split_args(args):
        value = const_arg(asm, group, head, "value")
        if not signed and value < 0:
            raise AsmError.at(group[0], f"negative value {value} for .uleb128")
        asm.emit_bytes(leb128(value, signed))


def leb128(value: int, signed: bool) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        done = (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40) if signed \
            else value == 0  # fmt: skip
        out.append(byte if done else byte | 0x80)
        if done:
            return bytes(out)


@handles(".insn")
def _insn(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    """.insn [length,] value: a raw instruction of 2 or 4 bytes (by its low bits)."""
    groups = split_args(args)
    _count(head, groups, 1, 2)
    value = const_arg(asm, groups[-1], head, "instruction") & 0xFFFFFFFF
    size = 2 if value & 3 != 3 else 4
    if len(groups) == 2 and const_arg(asm, groups[0], head, "length") != size:
        raise AsmError.at(groups[0][0], f"instruction length does not match {value:#x}")
    asm.mark_code(asm.section)
    asm.section.current.data += value.to_bytes(size, "little")


# --- alignment -------------------------------------------------------------------------

MAX_ALIGN = 1 << 16  # a page is 1 << 12; larger ones are typos that would make huge files


@handles(".align", ".p2align", ".balign")
def _align(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    _count(head, groups, 1, 3)
    n = const_arg(asm, groups[0], head, "alignment")
    fill = const_arg(asm, groups[1], head, "fill") if len(groups) > 1 and groups[1] else None
    max_skip = const_arg(asm, groups[2], head, "max skip") if len(groups) > 2 and groups[2] \
        else None  # fmt: skip
    if head.text.lower() == ".balign":
        if n <= 0 or n & (n - 1):
            raise AsmError.at(groups[0][0], f"alignment {n} is not a power of 2")
        alignment = n
    else:
        if not 0 <= n <= 30:
            raise AsmError.at(groups[0][0], f"alignment 2**{n} is out of range")
        alignment = 1 << n
    if alignment > MAX_ALIGN:
        raise AsmError.at(groups[0][0], f"alignment {alignment} is too large (at most "
                          f"{MAX_ALIGN})")  # fmt: skip
    if fill is not None:
        fill &= 0xFF
    if alignment > 1:
        asm.align(alignment, fill, max_skip)


# --- RISC-V options and attributes -----------------------------------------------------


@handles(".option")
def _option(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    if not groups or len(groups[0]) != 1 or groups[0][0].kind is not Kind.IDENT:
        raise AsmError.at(args[0] if args else head, "expected an option name")
    opt = groups[0][0].text
    m = asm.mode
    match opt:
        case "push":
            asm.modes.append(m)
        case "pop":
            if not asm.modes:
                raise AsmError.at(groups[0][0], ".option pop without .option push")
            asm.mode = asm.modes.pop()
        case "rvc" | "norvc":
            arch = m.arch.with_extension("c", opt == "rvc")
            asm.mode = type(m)(arch, opt == "rvc", m.relax, m.pic)
        case "pic" | "nopic":
            asm.mode = type(m)(m.arch, m.rvc, m.relax, opt == "pic")
        case "relax" | "norelax":
            asm.mode = type(m)(m.arch, m.rvc, opt == "relax", m.pic)
        case "arch":
            asm.mode = _option_arch(asm, groups[1:], head)
        case "csr-check" | "no-csr-check":
            pass
        case _:
            raise AsmError.at(groups[0][0], f"unknown .option '{opt}'")
    asm.ever_rvc |= asm.mode.rvc


def _option_arch(asm: Assembler, groups: list[tuple[Token, ...]], head: Token) -> Mode:
    m = asm.mode
    arch = m.arch
    for g in groups:
        text = "".join(t.text for t in g)
        try:
            if text.startswith(("+", "-")):
                arch = arch.with_extension(text[1:], text[0] == "+")
            else:
                arch = parse_arch(text.lstrip("="))
        except ArchError as e:
            raise AsmError.at(g[0] if g else head, str(e)) from None
    return type(m)(arch, arch.has("c"), m.relax, m.pic)


@handles(".attribute")
def _attribute(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    groups = split_args(args)
    _count(head, groups, 2, 2)
    tag_tok = groups[0][0] if groups[0] else head
    if tag_tok.kind is Kind.IDENT and tag_tok.text.lower() in TAG_NAMES:
        tag = int(TAG_NAMES[tag_tok.text.lower()])
    else:
        tag = const_arg(asm, groups[0], head, "attribute tag")
    if is_string_tag(tag):
        tok = groups[1][0] if groups[1] else head
        if len(groups[1]) != 1 or tok.kind is not Kind.STRING:
            raise AsmError.at(tok, "expected a string")
        text = _text(tok)
        if tag == Tag.ARCH:
            if any(s.mapping_arch is not None for s in asm.sections):
                raise AsmError.at(tag_tok, "the arch attribute must come before any instruction")
            try:
                arch = parse_arch(text)
            except ArchError as e:
                raise AsmError.at(tok, str(e)) from None
            m = asm.mode
            asm.mode = type(m)(arch, arch.has("c"), m.relax, m.pic)
            asm.ever_rvc |= asm.mode.rvc
            return
        asm.attributes[tag] = text
    else:
        asm.attributes[tag] = const_arg(asm, groups[1], head, "attribute value")


# --- notes and what is accepted without effect -----------------------------------------


@handles(".file")
def _file(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    if len(args) == 1 and args[0].kind is Kind.STRING:
        sym = asm.symbols.new(_text(args[0]))
        sym.type, sym.file_symbol, sym.binding = STT.FILE, True, STB.LOCAL
        asm.file_symbols.append(sym)
    elif not args or args[0].kind is not Kind.NUMBER:
        raise AsmError.at(args[0] if args else head, 'expected a file name: .file "name"')


@handles(".ident")
def _ident(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    if len(args) != 1 or args[0].kind is not Kind.STRING:
        raise AsmError.at(args[0] if args else head, "expected a string")
    assert isinstance(args[0].value, bytes)
    comment = next((s for s in asm.sections if s.name == ".comment"), None)
    if comment is None:  # made where the first .ident is, without a section symbol
        comment = Section(".comment", SHT.PROGBITS, SHF.MERGE | SHF.STRINGS, 1)
        comment.current.data += b"\0"
        asm.sections.append(comment)
    comment.current.data += args[0].value + b"\0"


@handles(".loc", ".loc_mark_labels", ".end", ".variant_cc")
def _ignored(asm: Assembler, head: Token, args: tuple[Token, ...]) -> None:
    """Accepted for compatibility; they describe debugging or linker hints we do not write."""


__all__ = ["HANDLERS", "directive", "switch_section", "Section"]
