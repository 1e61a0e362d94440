"""Expressions: operands like `x+8`, `.L3-.L2`, `%pcrel_lo(1b)`, `(1<<12)-1`.

Parsing follows GNU as's operator precedence (GNU as manual, "Infix
Operators"), which is not C's: `*` `/` `%` `<<` `>>` bind tightest, then `|`
`&` `^` `!`, then `+` `-` and the comparisons, then `&&` `||`. Comparisons
give -1 for true, as in GNU as.

Evaluation turns a tree into a `Value` (sym - sub + addend), asking an `Env`
for what names mean: the symbol table for names and numeric labels, the
current location for `.`. Symbols that are constants (`.equ N, 10`) fold into
the addend; differences of labels fold when the environment knows their
distance. Relocation operators (`%hi(x)`) are only allowed around a whole
operand; `split_modifier` takes them off before evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from groundup.asm.lexer import AsmError, Kind, Token, describe
from groundup.asm.symbols import Symbol, Value

M64 = (1 << 64) - 1


@dataclass(frozen=True, slots=True)
class Num:
    value: int
    tok: Token


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    tok: Token
    plt: bool = False  # written `name@plt`


@dataclass(frozen=True, slots=True)
class LocalRef:
    number: int
    forward: bool
    tok: Token


@dataclass(frozen=True, slots=True)
class Dot:
    tok: Token


@dataclass(frozen=True, slots=True)
class Unary:
    op: str
    operand: Expr
    tok: Token


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Expr
    right: Expr
    tok: Token


@dataclass(frozen=True, slots=True)
class Modified:
    """A relocation operator applied to an expression: %hi(x+4)."""

    modifier: str  # without the %
    operand: Expr
    tok: Token


Expr = Num | Name | LocalRef | Dot | Unary | Binary | Modified

_LOGICAL = frozenset({"&&", "||"})
_ADDITIVE = frozenset({"+", "-", "==", "!=", "<>", "<", ">", "<=", ">="})
_BITWISE = frozenset({"|", "&", "^", "!"})
_TERM = frozenset({"*", "/", "%", "<<", ">>"})
_LEVELS = (_LOGICAL, _ADDITIVE, _BITWISE, _TERM)


class ExprParser:
    """Parses expressions from a token sequence, from `pos` on."""

    MAX_DEPTH = 200  # nesting of parentheses and unary operators

    def __init__(self, tokens: tuple[Token, ...] | list[Token], pos: int = 0) -> None:
        self.tokens = tokens
        self.pos = pos
        self.depth = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def at_punct(self, text: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind is Kind.PUNCT and tok.text == text

    def expect_punct(self, text: str) -> Token:
        tok = self.peek()
        if tok is None or tok.kind is not Kind.PUNCT or tok.text != text:
            raise self.error(f"expected '{text}', found {describe(tok)}")
        self.pos += 1
        return tok

    def error(self, message: str) -> AsmError:
        tok = self.peek()
        if tok is None:
            last = self.tokens[-1] if self.tokens else None
            if last is None:
                return AsmError(message, 0, 1)
            return AsmError(message, last.line, last.col + len(last.text))
        return AsmError.at(tok, message)

    # expr := level0 ; level_i := level_{i+1} (op_i level_{i+1})*
    def expr(self) -> Expr:
        return self._level(0)

    def _level(self, level: int) -> Expr:
        if level == len(_LEVELS):
            return self.unary()
        ops = _LEVELS[level]
        left = self._level(level + 1)
        while True:
            tok = self.peek()
            if tok is None or tok.kind is not Kind.PUNCT or tok.text not in ops:
                return left
            self.pos += 1
            left = Binary(tok.text, left, self._level(level + 1), tok)

    # unary := ('-' | '+' | '~' | '!') unary | primary
    def unary(self) -> Expr:
        tok = self.peek()
        self.depth += 1
        if self.depth > self.MAX_DEPTH:
            raise self.error("expression is nested too deeply")
        try:
            if tok is not None and tok.kind is Kind.PUNCT and tok.text in ("-", "+", "~", "!"):
                self.pos += 1
                return Unary(tok.text, self.unary(), tok)
            return self.primary()
        finally:
            self.depth -= 1

    # primary := NUMBER | LOCALREF | IDENT ['@' IDENT] | '.' | '(' expr ')'
    #          | MODIFIER '(' expr ')'
    def primary(self) -> Expr:
        tok = self.peek()
        if tok is None:
            raise self.error("expected an expression, found end of line")
        self.pos += 1
        match tok.kind:
            case Kind.NUMBER:
                assert isinstance(tok.value, int)
                return Num(tok.value, tok)
            case Kind.LOCALREF:
                assert isinstance(tok.value, int)
                return LocalRef(tok.value, tok.text[-1] in "fF", tok)
            case Kind.IDENT:
                return self._name(tok)
            case Kind.MODIFIER:
                self.expect_punct("(")
                inner = self.expr()
                self.expect_punct(")")
                return Modified(tok.text[1:], inner, tok)
            case Kind.PUNCT if tok.text == "(":
                inner = self.expr()
                self.expect_punct(")")
                return inner
        self.pos -= 1
        raise self.error(f"expected an expression, found {describe(tok)}")

    def _name(self, tok: Token) -> Expr:
        if tok.text == ".":
            return Dot(tok)
        if self.at_punct("@"):
            self.pos += 1
            suffix = self.peek()
            if suffix is None or suffix.kind is not Kind.IDENT or suffix.text.lower() != "plt":
                raise self.error("expected 'plt' after '@'")
            self.pos += 1
            return Name(tok.text, tok, plt=True)
        return Name(tok.text, tok)


def parse_expr(tokens: tuple[Token, ...] | list[Token]) -> Expr:
    """One whole expression made of exactly these tokens."""
    if not tokens:
        raise AsmError("expected an expression", 0, 1)
    p = ExprParser(tokens)
    e = p.expr()
    if p.peek() is not None:
        raise p.error(f"unexpected {describe(p.peek())} in expression")
    return e


def split_modifier(e: Expr) -> tuple[str | None, Expr]:
    """(modifier, operand) of `%hi(x)`; (None, e) for a plain expression."""
    if isinstance(e, Modified):
        return e.modifier, e.operand
    return None, e


def first_token(e: Expr) -> Token:
    """The leftmost token of an expression (where its caret goes)."""
    while isinstance(e, Binary):
        e = e.left
    return e.tok


def span(e: Expr) -> tuple[int, int, int]:
    """(line, column, length) of the text of an expression, for a caret and tildes."""
    first = first_token(e)
    last, extra = e, 0
    while isinstance(last, Binary | Unary | Modified):
        if isinstance(last, Modified):
            extra += 1  # its closing parenthesis
        last = last.right if isinstance(last, Binary) else last.operand
    end = last.tok.col + len(last.tok.text) + extra
    length = end - first.col if last.tok.line == first.line else len(first.text)
    return first.line, first.col, max(length, 1)


class Env(Protocol):
    """What names mean while evaluating."""

    def symbol(self, node: Name) -> Symbol: ...

    def local(self, node: LocalRef) -> Symbol: ...

    def dot(self, node: Dot) -> Symbol: ...

    def distance(self, value: Value) -> int | None:
        """sym - sub of `value`, if it is known now; else None."""
        ...


def evaluate(e: Expr, env: Env) -> Value:
    """The Value of `e`; AsmError if it is not something a relocation can express."""
    match e:
        case Num(value, _):
            return Value(value)
        case Name() | LocalRef() | Dot():
            return _symbol_value(e, env)
        case Unary(op, operand, tok):
            return _unary(op, evaluate(operand, env), tok, env)
        case Binary(op, left, right, tok):
            return _binary(op, evaluate(left, env), evaluate(right, env), tok, env)
        case Modified(_, _, tok):
            raise AsmError.at(tok, f"relocation operator {tok.text} is not allowed here")
    raise AssertionError(e)


def _symbol_value(e: Name | LocalRef | Dot, env: Env) -> Value:
    if isinstance(e, Name):
        sym = env.symbol(e)
    elif isinstance(e, LocalRef):
        sym = env.local(e)
    else:
        sym = env.dot(e)
    const = sym.constant()
    if const is not None:
        return Value(const)
    if sym.equ is not None and sym.frag is None:
        return sym.equ  # an equate to another symbol's value: x = y + 4
    return Value(0, sym)


def _constant(v: Value, tok: Token, env: Env) -> int:
    if v.is_constant:
        return v.addend
    if v.sym is not None and v.sub is not None:
        d = env.distance(v)
        if d is not None:
            return d + v.addend
    raise AsmError.at(tok, f"operator '{tok.text}' needs constant operands")


def _unary(op: str, v: Value, tok: Token, env: Env) -> Value:
    if op == "+":
        return v
    if op == "-":
        return v.negated() if v.sym is not None or v.sub is not None else Value(-v.addend)
    c = _constant(v, tok, env)
    return Value(~c if op == "~" else int(c == 0))


def _binary(op: str, a: Value, b: Value, tok: Token, env: Env) -> Value:
    if op == "+" or op == "-":
        r = a.plus(b if op == "+" else b.negated())
        if r is None:
            raise AsmError.at(tok, "expression needs two symbols added together")
        if r.sym is not None and r.sub is not None:
            d = env.distance(r)
            if d is not None:
                return Value(_wrap(d + r.addend))
        return Value(_wrap(r.addend), r.sym, r.sub)
    x, y = _constant(a, tok, env), _constant(b, tok, env)
    return Value(_fold(op, x, y, tok))


def _wrap(r: int) -> int:
    """The assembler computes in 64 bits (results wrap, as in GNU as)."""
    return (r & M64) - ((r & (1 << 63)) << 1)


def _fold(op: str, x: int, y: int, tok: Token) -> int:
    return _wrap(_fold_wide(op, x, y, tok))


def _fold_wide(op: str, x: int, y: int, tok: Token) -> int:
    match op:
        case "*":
            return (x & M64) * (y & M64)
        case "/" | "%":
            if y == 0:
                raise AsmError.at(tok, "division by zero")
            q = abs(x) // abs(y) * (1 if (x < 0) == (y < 0) else -1)  # C truncates
            return q if op == "/" else x - q * y
        case "<<":
            return (x << (y & 63)) if 0 <= y < 64 else 0
        case ">>":
            return ((x & M64) >> y) if 0 <= y < 64 else 0
        case "|":
            return x | y
        case "&":
            return x & y
        case "^":
            return x ^ y
        case "!":
            return x | ~y
        case "&&":
            return int(bool(x) and bool(y))
        case "||":
            return int(bool(x) or bool(y))
    result = {"==": x == y, "!=": x != y, "<>": x != y, "<": x < y, ">": x > y,
              "<=": x <= y, ">=": x >= y}[op]  # fmt: skip
    return -1 if result else 0
