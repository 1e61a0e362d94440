"""Reading the printed IR back: `parse_module(text)` is the inverse of `ir.format_module`.

It lets tests (and people) write IR by hand, so the code generator can be tested
before the C front end exists. One statement per line; `;` starts a comment.

    module   := { global | function }
    global   := ("data" | "rodata" | "bss") ["local"] SYM "align" N
                    ("size" N | "=" item {"," item})
    item     := ("i8" | "i16" | "i32" | "i64") N | "ptr" SYM [±N] | "zero" N | STRING
    function := "func" ["local"] SYM "(" [VREG ":" TYPE {"," ...}] ")" "->" (TYPE | "void") "{"
                    { "slot" SLOT "size" N "align" N }
                    { LABEL ":" { instruction } terminator }
                "}"

Errors are diagnostics (`file:line:col: error: ...`) raised as `diag.CompileError`;
what parses is then checked by `verify.verify`, whose `IRError` is reported the same way.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from groundup.cc import ir, verify
from groundup.cc.abi import natural_locs
from groundup.cc.ir import Ty
from groundup.diag import CompileError, Diagnostic, Pos, Severity, Source

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<str>"(?:[^"\\\n]|\\.)*")
    | (?P<fnum>-?(?:\d+\.\d*(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)|-inf|0f[0-9a-fA-F]+)
    | (?P<num>-?(?:0[xX][0-9a-fA-F]+|\d+))
    | (?P<vreg>%\d+)
    | (?P<slot>\$[A-Za-z_.][\w.]*)
    | (?P<sym>@[A-Za-z_.$][\w.$]*)
    | (?P<word>[A-Za-z_.][\w.]*)
    | (?P<punct>->|\.\.\.|[\[\](),:=+{}])
    | (?P<comment>;.*)
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    col: int  # from 1


class _Fail(Exception):
    def __init__(self, col: int, message: str) -> None:
        super().__init__(message)
        self.col = col
        self.message = message


def tokenize_line(line: str) -> list[Token]:
    out: list[Token] = []
    pos = 0
    while pos < len(line):
        if not line[pos:].strip():
            break
        m = _TOKEN.match(line, pos)
        if m is None or m.lastgroup is None:
            col = pos + len(line[pos:]) - len(line[pos:].lstrip()) + 1
            raise _Fail(col, f"unexpected character {line[col - 1]!r}")
        if m.lastgroup != "comment":
            out.append(Token(m.lastgroup, m.group(m.lastgroup), m.start(m.lastgroup) + 1))
        pos = m.end()
    return out


_ESCAPE = {"n": 10, "t": 9, "r": 13, "\\": 92, '"': 34, "'": 39, "a": 7, "b": 8, "f": 12,
           "v": 11, "e": 27}  # fmt: skip


def unescape(text: str, col: int) -> bytes:
    """The bytes of a C-like string literal (quotes included in `text`)."""
    out = bytearray()
    body = text[1:-1]
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode()
            i += 1
            continue
        m = re.match(r"[0-7]{1,3}|x[0-9a-fA-F]{1,2}", body[i + 1 :])
        if m:
            digits = m.group()
            out.append(int(digits[1:], 16) if digits[0] == "x" else int(digits, 8) & 255)
            i += 1 + len(digits)
        elif body[i + 1 : i + 2] in _ESCAPE:
            out.append(_ESCAPE[body[i + 1]])
            i += 2
        else:
            raise _Fail(col + i + 1, f"unknown escape \\{body[i + 1 : i + 2]}")
    return bytes(out)


@dataclass(slots=True)
class _Line:
    """The tokens of one line and a cursor over them."""

    tokens: list[Token]
    i: int = 0
    end_col: int = 1

    def peek(self, text: str | None = None, kind: str | None = None) -> Token | None:
        if self.i >= len(self.tokens):
            return None
        t = self.tokens[self.i]
        if (text is not None and t.text != text) or (kind is not None and t.kind != kind):
            return None
        return t

    def accept(self, text: str) -> bool:
        if self.peek(text) is not None:
            self.i += 1
            return True
        return False

    def next(self, what: str, kind: str | None = None, text: str | None = None) -> Token:
        t = self.peek(text, kind)
        if t is None:
            col = self.tokens[self.i].col if self.i < len(self.tokens) else self.end_col
            raise _Fail(col, f"expected {what}")
        self.i += 1
        return t

    def expect(self, text: str) -> None:
        self.next(f"'{text}'", text=text)

    def number(self) -> int:
        return int(self.next("a number", "num").text, 0)

    def done(self) -> None:
        if self.i < len(self.tokens):
            raise _Fail(self.tokens[self.i].col, f"unexpected '{self.tokens[self.i].text}'")


def _type(line: _Line) -> Ty:
    t = line.next("a type", "word")
    if t.text not in ir.TYPES:
        raise _Fail(t.col, f"unknown type {t.text}")
    return ir.TYPES[t.text]


def _opcode(word: Token) -> tuple[str, list[Ty]]:
    """`add.i32` -> ("add", [I32]); `conv.u8.i64` -> ("conv", [U8, I64])."""
    name, *suffixes = word.text.split(".")
    types = []
    for s in suffixes:
        if s not in ir.TYPES:
            raise _Fail(word.col, f"unknown type {s} in {word.text}")
        types.append(ir.TYPES[s])
    return name, types


_DEF = re.compile(r"^\s*%(\d+)\s*=\s*([\w.]+)")


def _result_type(opcode: str) -> Ty | None:
    name, *suffixes = opcode.split(".")
    if name in ir.COMPARE_OPS:
        return Ty.I32
    if not suffixes or suffixes[-1] not in ir.TYPES:
        return None
    return ir.TYPES[suffixes[-1]]


@dataclass(slots=True)
class Parser:
    source: Source
    lines: list[str] = field(default_factory=list)
    n: int = 0  # index of the current line
    vtypes: dict[int, Ty] = field(default_factory=dict)
    module: ir.Module = field(default_factory=ir.Module)

    def fail(self, col: int, message: str) -> CompileError:
        pos = Pos(self.source, self.n + 1, col)
        return CompileError([Diagnostic(Severity.ERROR, pos, message)])

    def line(self) -> _Line | None:
        """The next line with tokens, or None at the end of the text."""
        while self.n < len(self.lines):
            tokens = tokenize_line(self.lines[self.n])
            if tokens:
                return _Line(tokens, 0, len(self.lines[self.n]) + 1)
            self.n += 1
        return None

    def parse(self) -> ir.Module:
        while True:
            try:
                line = self.line()
                if line is None:
                    return self.module
                head = line.tokens[0].text
                if head == "func":
                    self.function(line)
                elif head in ("data", "rodata", "bss"):
                    self.module.globals.append(self.global_(line))
                elif head == "alias":
                    line.next("alias")
                    attrs = _attrs(line)
                    name = line.next("a symbol", "sym").text[1:]
                    line.expect("=")
                    target = line.next("a symbol", "sym").text[1:]
                    line.done()
                    self.module.aliases.append((name, target, attrs))
                else:
                    raise _Fail(line.tokens[0].col, "expected a global or a function")
                self.n += 1
            except _Fail as e:
                raise self.fail(e.col, e.message) from None

    # --- globals

    def global_(self, line: _Line) -> ir.Global:
        section = ir.Section(line.next("a section").text)
        local = line.accept("local")
        tls = line.accept("tls")
        attrs = _attrs(line)
        name = line.next("a symbol", "sym").text[1:]
        line.expect("align")
        align = line.number()
        if section is ir.Section.BSS:
            line.expect("size")
            size = line.number()
            line.done()
            return ir.Global(name, section, align, (), size, local, tls, attrs)
        line.expect("=")
        items = [self.item(line)]
        while line.accept(","):
            items.append(self.item(line))
        line.done()
        return ir.Global(name, section, align, tuple(items), 0, local, tls, attrs)

    def item(self, line: _Line) -> ir.DataItem:
        t = line.next("a data item")
        if t.kind == "str":
            return ir.BytesData(unescape(t.text, t.col))
        if t.text == "zero":
            return ir.ZeroData(line.number())
        if t.text == "ptr":
            sym = line.next("a symbol", "sym").text[1:]
            return ir.AddrData(sym, self.offset(line))
        if t.text in ("i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64"):
            size = ir.TYPES[t.text].size  # data is bytes: kept as the signed value
            return ir.IntData(size, ir.TYPES[f"i{size * 8}"].wrap(line.number()))
        raise _Fail(t.col, 'expected a data item (i32 N, ptr @sym, zero N, "...")')

    def offset(self, line: _Line) -> int:
        if line.accept("+"):
            return line.number()
        t = line.peek(kind="num")
        if t is not None and t.text.startswith("-"):
            return line.number()
        return 0

    # --- functions

    def function(self, line: _Line) -> None:
        line.expect("func")
        local = line.accept("local")
        attrs = _attrs(line)
        name = line.next("a function name", "sym").text[1:]
        self.prescan()
        line.expect("(")
        params: list[ir.VReg] = []
        locs: list[str | None] = []
        variadic = False
        while not line.accept(")"):
            if params or variadic:
                line.expect(",")
            if line.peek("...") is not None:
                line.next("'...'")
                variadic = True
                continue
            v = line.next("a parameter", "vreg")
            line.expect(":")
            params.append(self.define(v, _type(line)))
            locs.append(_loc(line))
        line.expect("->")
        pieces: tuple[ir.Piece, ...] = ()
        if line.peek("{") is not None:
            ret = None
            pieces = _pieces(line)
        else:
            ret = None if line.accept("void") else _type(line)
        line.expect("{")
        line.done()
        fn = ir.Function(name, params, ret, [], [], local, list(_locs(locs, 1)), variadic,
                         pieces)  # fmt: skip
        if fn.param_locs == list(natural_locs([p.ty for p in params])):
            fn.param_locs = []
        fn.attrs = attrs
        self.body(fn)
        self.module.functions.append(fn)

    def prescan(self) -> None:
        """The type of every vreg, from its definitions (uses may come first in the text)."""
        self.vtypes = {}
        for text in self.lines[self.n + 1 :]:
            if text.strip().startswith("}"):
                break
            m = _DEF.match(text)
            if m:
                ty = _result_type(m.group(2))
                if ty is not None:
                    self.vtypes.setdefault(int(m.group(1)), ty)

    def define(self, tok: Token, ty: Ty) -> ir.VReg:
        self.vtypes.setdefault(int(tok.text[1:]), ty)
        return ir.VReg(int(tok.text[1:]), ty)

    def body(self, fn: ir.Function) -> None:
        block: ir.Block | None = None
        start = self.n
        while True:
            self.n += 1
            line = self.line()
            if line is None:
                self.n = start
                raise _Fail(1, f"@{fn.name} has no closing '}}'")
            first = line.tokens[0]
            if first.text == "}":
                line.expect("}")
                line.done()
                if block is not None and block.term is None:
                    raise _Fail(1, f"block {block.label} has no terminator")
                return
            if first.text == "slot":
                fn.slots.append(self.slot(line))
            elif len(line.tokens) == 2 and line.tokens[1].text == ":":
                if block is not None and block.term is None:
                    raise _Fail(first.col, f"block {block.label} has no terminator")
                block = ir.Block(first.text)
                fn.blocks.append(block)
            elif block is None or block.term is not None:
                raise _Fail(first.col, "expected a block label")
            else:
                self.statement(line, block)

    def slot(self, line: _Line) -> ir.Slot:
        line.expect("slot")
        name = line.next("a slot name", "slot").text[1:]
        line.expect("size")
        size = line.number()
        line.expect("align")
        align = line.number()
        volatile = line.accept("volatile")
        line.done()
        return ir.Slot(name, size, align, volatile)

    def statement(self, line: _Line, block: ir.Block) -> None:
        first = line.tokens[0]
        dst = None
        if first.kind == "vreg":
            line.next("a vreg")
            line.expect("=")
        word = line.next("an operation", "word")
        name, types = _opcode(word)
        if first.kind == "vreg":
            ty = _result_type(word.text)
            if ty is None:
                raise _Fail(word.col, f"{word.text} needs a type")
            dst = self.define(first, ty)
        result = _STATEMENTS.get(name)
        if result is None:
            raise _Fail(word.col, f"unknown operation {name}")
        made = result(self, line, dst, types, word)
        line.done()
        if isinstance(made, ir.Jump | ir.Branch | ir.Switch | ir.Return | ir.Unreachable):
            block.term = made
        else:
            block.insts.append(made)  # type: ignore[arg-type]

    # --- operands

    def operand(self, line: _Line, ty: Ty | None) -> ir.Operand:
        """An operand; a constant takes type ty (it must be given then)."""
        t = line.next("an operand")
        match t.kind:
            case "vreg":
                n = int(t.text[1:])
                if n not in self.vtypes:
                    raise _Fail(t.col, f"{t.text} is never defined")
                return ir.VReg(n, self.vtypes[n])
            case "num" if ty is not None and ty.is_float:
                return ir.FImm.of(float(int(t.text, 0)), ty)
            case "num" if ty is not None:
                return ir.Imm(ty.wrap(int(t.text, 0)), ty)
            case "fnum" | "word" if ty is not None and ty.is_float:
                return _float(t, ty)
            case "slot":
                return ir.SlotAddr(t.text[1:], self.offset(line))
            case "sym":
                return ir.SymAddr(t.text[1:], self.offset(line))
        raise _Fail(t.col, "expected an operand")

    def mem(self, line: _Line) -> ir.Mem:
        line.expect("[")
        base = self.operand(line, Ty.PTR)
        offset = 0
        if isinstance(base, ir.VReg | ir.Imm):
            offset = self.offset(line)
        line.expect("]")
        match base:
            case ir.SlotAddr(slot, off):
                return ir.Mem(ir.SlotAddr(slot), off)
            case ir.SymAddr(sym, off):
                return ir.Mem(ir.SymAddr(sym), off)
        return ir.Mem(base, offset)

    def label(self, line: _Line) -> str:
        return line.next("a block label", "word").text


_ATTR_WORDS = ("weak", "constructor", "destructor", "naked", "local", "visibility", "section")


def _attrs(line: _Line) -> tuple[tuple[str, str], ...]:
    """`weak visibility "hidden" section ".text.x"`: a symbol's attributes."""
    out = []
    while (t := line.peek(kind="word")) is not None and t.text in _ATTR_WORDS:
        line.i += 1
        value = ""
        if t.text in ("visibility", "section"):
            s = line.next("a string", "str")
            value = unescape(s.text, s.col).decode()
        out.append((t.text, value))
    return tuple(out)


def _float(t: Token, ty: Ty) -> ir.FImm:
    """A float constant: a decimal, `inf`, `-inf`, `nan` or `0fHEX` (its bits)."""
    if t.text.startswith("0f"):
        bits = int(t.text[2:], 16)
        if bits >> ty.bits:
            raise _Fail(t.col, f"{t.text} does not fit {ty.value}")
        return ir.FImm(bits, ty)
    if t.kind == "word" and t.text not in ("inf", "nan"):
        raise _Fail(t.col, "expected an operand")
    return ir.FImm.of(float(t.text), ty)


_LOC = re.compile(r"^(f?a[0-7])$")


def _loc(line: _Line) -> str | None:
    """An argument location after an operand: a0-a7, fa0-fa7 or sp+N, if there is one."""
    t = line.peek(kind="word")
    if t is None:
        return None
    if _LOC.match(t.text):
        line.i += 1
        return t.text
    if t.text == "sp":
        line.i += 1
        line.expect("+")
        return f"sp+{line.number()}"
    return None


def _locs(found: list[str | None], col: int) -> tuple[str, ...]:
    if all(loc is None for loc in found):
        return ()
    if any(loc is None for loc in found):
        raise _Fail(col, "give every argument its location, or none")
    return tuple(loc for loc in found if loc is not None)


def _pieces(line: _Line) -> tuple[ir.Piece, ...]:
    """`{f32 0, i32 4}`: the pieces of a struct value in registers."""
    line.expect("{")
    out: list[ir.Piece] = []
    while not line.accept("}"):
        if out:
            line.expect(",")
        ty = _type(line)
        out.append((ty, line.number()))
    return tuple(out)


def _one_type(types: list[Ty], word: Token) -> Ty:
    if len(types) != 1:
        raise _Fail(
            word.col, f"{word.text}: expected one type, as in {word.text.split('.')[0]}.i32"
        )
    return types[0]


Maker = Callable[[Parser, _Line, ir.VReg | None, list[Ty], Token], object]


def _needs_dst(dst: ir.VReg | None, word: Token) -> ir.VReg:
    if dst is None:
        raise _Fail(word.col, f"{word.text} needs a destination (%N = ...)")
    return dst


def _binary(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    d = _needs_dst(dst, word)
    ty = _one_type(types, word)
    a = p.operand(line, ty)
    line.expect(",")
    b = p.operand(line, ty)
    name = word.text.split(".")[0]
    if name in ir.COMPARE_OPS:
        return ir.Compare(name, ty, d, a, b)
    return ir.Binary(name, d, a, b)


def _unary(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    d = _needs_dst(dst, word)
    a = p.operand(line, _one_type(types, word))
    name = word.text.split(".")[0]
    return ir.Copy(d, a) if name == "copy" else ir.Unary(name, d, a)


def _conv(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    d = _needs_dst(dst, word)
    if len(types) != 2:
        raise _Fail(word.col, "conv needs two types: conv.FROM.TO")
    src = p.operand(line, types[0])
    if src.ty is not types[0]:
        raise _Fail(word.col, f"{src} is {src.ty.value}, not {types[0].value}")
    return ir.Conv(d, src)


def _load(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    _one_type(types, word)
    return ir.Load(_needs_dst(dst, word), p.mem(line))


def _store(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    ty = _one_type(types, word)
    addr = p.mem(line)
    line.expect(",")
    return ir.Store(ty, addr, p.operand(line, ty))


def _call(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    if (dst is None) != (not types):
        raise _Fail(word.col, "a call with a result is written %N = call.TYPE ...")
    callee = p.operand(line, None)
    line.expect("(")
    args: list[ir.Operand] = []
    locs: list[str | None] = []
    while not line.accept(")"):
        if args:
            line.expect(",")
        args.append(p.operand(line, _type(line)))
        locs.append(_loc(line))
    ret_mem: ir.Mem | None = None
    pieces: tuple[ir.Piece, ...] = ()
    if line.accept("->"):
        if dst is not None:
            raise _Fail(word.col, "a call gives a value or stores a struct, not both")
        ret_mem = p.mem(line)
        pieces = _pieces(line)
    return ir.Call(dst, callee, tuple(args), _locs(locs, word.col), ret_mem, pieces)


def _block_op(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    if dst is not None or types:
        raise _Fail(word.col, f"{word.text} has no result and no type")
    to = p.operand(line, None)
    line.expect(",")
    if word.text == "blkzero":
        size = line.number()
        line.expect(",")
        return ir.BlockZero(to, size, line.number())
    src = p.operand(line, None)
    line.expect(",")
    size = line.number()
    line.expect(",")
    return ir.BlockCopy(to, src, size, line.number())


def _jump(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    return ir.Jump(p.label(line))


def _branch(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    cond = p.operand(line, Ty.I32)
    line.expect(",")
    t = p.label(line)
    line.expect(",")
    return ir.Branch(cond, t, p.label(line))


def _switch(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    ty = _one_type(types, word)
    value = p.operand(line, ty)
    line.expect(",")
    default = p.label(line)
    line.expect(",")
    line.expect("[")
    cases: list[tuple[int, str]] = []
    while not line.accept("]"):
        if cases:
            line.expect(",")
        v = ty.wrap(line.number())
        line.expect(":")
        cases.append((v, p.label(line)))
    return ir.Switch(value, default, tuple(cases))


def _ret(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    if not types and line.peek("[") is not None:
        mem = p.mem(line)
        return ir.Return(None, mem, _pieces(line))
    if not types:
        return ir.Return(None)
    return ir.Return(p.operand(line, _one_type(types, word)))


def _tlsaddr(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    if types != [Ty.PTR]:
        raise _Fail(word.col, "written %N = tlsaddr.ptr @symbol [le|ie|gd]")
    d, symbol = _needs_dst(dst, word), line.next("a symbol", "sym").text[1:]
    given = line.peek(kind="word")
    model = line.next("a TLS model", "word").text if given is not None else "le"
    if model not in ("le", "ie", "gd"):
        assert given is not None
        raise _Fail(given.col, f"unknown TLS model {model} (le, ie or gd)")
    return ir.TlsAddr(d, symbol, model)


def _amo(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    ty = _one_type(types, word)
    op = word.text.split(".")[0][3:]
    if op not in ir.AMO_OPS:
        raise _Fail(word.col, f"unknown atomic operation {word.text}")
    addr = _bracketed(p, line)
    line.expect(",")
    value = p.operand(line, ty)
    order = ""
    t = line.peek(kind="word")
    if t is not None and t.text in ("aq", "rl", "aqrl"):
        order = line.next("an ordering").text
    return ir.Atomic(op, _needs_dst(dst, word), addr, value, order)


def _bracketed(p: Parser, line: _Line) -> ir.Operand:
    line.expect("[")
    addr = p.operand(line, Ty.PTR)
    line.expect("]")
    return addr


def _cas(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    ty = _one_type(types, word)
    addr = _bracketed(p, line)
    line.expect(",")
    expected = p.operand(line, ty)
    line.expect(",")
    return ir.CompareSwap(_needs_dst(dst, word), addr, expected, p.operand(line, ty))


def _fence(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    pred = line.next("r, w or rw", "word").text
    line.expect(",")
    succ = line.next("r, w or rw", "word").text
    if {pred, succ} - {"r", "w", "rw"}:
        raise _Fail(word.col, "a fence orders r, w or rw")
    return ir.Fence(pred, succ)


def _alloca(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    if types != [Ty.PTR]:
        raise _Fail(word.col, "written %N = alloca.ptr SIZE")
    return ir.Alloca(_needs_dst(dst, word), p.operand(line, Ty.U64))


def _stacksave(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    if types != [Ty.PTR]:
        raise _Fail(word.col, "written %N = stacksave.ptr")
    return ir.StackSave(_needs_dst(dst, word))


def _stackrestore(
    p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token
) -> object:
    return ir.StackRestore(p.operand(line, Ty.PTR))


def _asm(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    """`%N = asm.T "template" ([name] "=r", "r" i64 %1, ...) clobbers ("memory")`."""
    if (dst is None) != (not types):
        raise _Fail(word.col, "an asm with a result is written %N = asm.TYPE ...")
    t = line.next("the template", "str")
    template = unescape(t.text, t.col).decode()
    line.expect("(")
    args: list[ir.AsmArg] = []
    while not line.accept(")"):
        if args:
            line.expect(",")
        name = None
        if line.accept("["):
            name = line.next("a name", "word").text
            line.expect("]")
        c = line.next("a constraint", "str")
        constraint = unescape(c.text, c.col).decode()
        value = None
        if line.peek(",") is None and line.peek(")") is None:
            value = p.operand(line, _type(line))
        args.append(ir.AsmArg(constraint, value, name))
    line.expect("clobbers")
    line.expect("(")
    clobbers: list[str] = []
    while not line.accept(")"):
        if clobbers:
            line.expect(",")
        c = line.next("a register name", "str")
        clobbers.append(unescape(c.text, c.col).decode())
    return ir.InlineAsm(template, dst, tuple(args), tuple(clobbers))


def _vastart(p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token) -> object:
    if types != [Ty.PTR]:
        raise _Fail(word.col, "written %N = vastart.ptr")
    return ir.VaStart(_needs_dst(dst, word))


def _unreachable(
    p: Parser, line: _Line, dst: ir.VReg | None, types: list[Ty], word: Token
) -> object:
    return ir.Unreachable()


_STATEMENTS: dict[str, Maker] = {
    **{op: _binary for op in (*ir.BINARY_OPS, *ir.COMPARE_OPS)},
    "neg": _unary, "not": _unary, "abs": _unary, "copy": _unary, "conv": _conv, "load": _load,
    "store": _store, "call": _call, "blkcopy": _block_op, "blkzero": _block_op,
    "jmp": _jump, "br": _branch, "switch": _switch, "ret": _ret, "unreachable": _unreachable,
    "vastart": _vastart, "tlsaddr": _tlsaddr, "asm": _asm, "alloca": _alloca,
    "stacksave": _stacksave, "stackrestore": _stackrestore, "cas": _cas, "fence": _fence,
    **{"amo" + op: _amo for op in ir.AMO_OPS},
}  # fmt: skip


def parse_module(text: str, name: str = "<ir>") -> ir.Module:
    """Parse and verify the text of a module; errors raise diag.CompileError."""
    source = Source(name, text)
    module = Parser(source, text.split("\n")).parse()
    try:
        verify.verify(module)
    except ir.IRError as e:
        raise CompileError([Diagnostic(Severity.ERROR, None, f"{name}: {e}")]) from None
    return module


def run_tool(argv: list[str], output: Callable[[ir.Module], str], tool: str = "ir") -> int:
    """The `python -m groundup.cc.ir|codegen FILE.ir` entries: parse, verify, print."""
    if len(argv) != 1:
        print(f"usage: python -m groundup.cc.{tool} FILE.ir  (- for standard input)",
              file=sys.stderr)  # fmt: skip
        return 2
    path = argv[0]
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        sys.stdout.write(output(parse_module(text, path)))
    except OSError as e:
        print(f"error: {path}: {e.strerror}", file=sys.stderr)
        return 1
    except CompileError as e:
        print(e, file=sys.stderr)
        return 1
    return 0
