"""Operands: the comma-separated parts after a mnemonic, classified.

An operand is a register (`a0`, `x10`, `fa0`, `f10`), a memory reference
(`8(sp)`, `%lo(x)(a5)`, `(a0)`: an optional offset expression and a base
register in parentheses), or an expression (`42`, `x+4`, `%hi(x)`, `.L3`,
and bare names such as rounding modes, fence sets and CSR names, which the
instruction that takes them interprets).

The register names are the psABI's ("Integer Register Convention",
"Floating-point Register Convention") plus the architectural x0..x31/f0..f31
and `fp` for s0.
"""

from __future__ import annotations

from dataclasses import dataclass

from groundup.asm.expr import Expr, Name, parse_expr
from groundup.asm.lexer import AsmError, Kind, Token

_INT_ABI = ("zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2",
            "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9",
            "s10", "s11", "t3", "t4", "t5", "t6")  # fmt: skip
_FP_ABI = ("ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1",
           "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
           "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11")  # fmt: skip

INT_REGS: dict[str, int] = {name: i for i, name in enumerate(_INT_ABI)}
INT_REGS |= {f"x{i}": i for i in range(32)}
INT_REGS["fp"] = 8
FP_REGS: dict[str, int] = {name: i for i, name in enumerate(_FP_ABI)}
FP_REGS |= {f"f{i}": i for i in range(32)}


@dataclass(frozen=True, slots=True)
class Reg:
    number: int
    fp: bool  # a floating-point register
    tok: Token


@dataclass(frozen=True, slots=True)
class Mem:
    """offset(base); `offset` is None when written `(base)`."""

    offset: Expr | None
    base: Reg
    tok: Token  # the first token of the operand
    length: int = 1  # characters of the operand's text (for the caret's tildes)


@dataclass(frozen=True, slots=True)
class Imm:
    expr: Expr
    tok: Token
    length: int = 1


Operand = Reg | Mem | Imm


def split_operands(tokens: tuple[Token, ...], start: int) -> list[tuple[Token, ...]]:
    """The token groups between top-level commas, from index `start` on."""
    groups: list[tuple[Token, ...]] = []
    depth = 0
    begin = start
    for i in range(start, len(tokens)):
        tok = tokens[i]
        if tok.kind is not Kind.PUNCT:
            continue
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif tok.text == "," and depth == 0:
            groups.append(tokens[begin:i])
            begin = i + 1
    if begin < len(tokens) or groups:
        groups.append(tokens[begin:])
    for i, g in enumerate(groups):
        if not g:
            at = tokens[start - 1] if start > 0 else tokens[0]
            near = [t for t in tokens[start:] if t.is_punct(",")]
            tok = near[min(i, len(near) - 1)] if near else at
            raise AsmError.at(tok, "missing operand")
    return groups


def register(tok: Token) -> Reg | None:
    """The register a name token names, if it names one."""
    if tok.kind is not Kind.IDENT:
        return None
    n = INT_REGS.get(tok.text)
    if n is not None:
        return Reg(n, False, tok)
    n = FP_REGS.get(tok.text)
    if n is not None:
        return Reg(n, True, tok)
    return None


def parse_operand(group: tuple[Token, ...]) -> Operand:
    """Classify one operand: a register, `offset(base)`, or an expression."""
    first = group[0]
    if len(group) == 1:
        reg = register(first)
        if reg is not None:
            return reg
    if (
        len(group) >= 3
        and group[-1].is_punct(")")
        and group[-3].is_punct("(")
        and (len(group) == 3 or group[-4].kind is not Kind.MODIFIER)  # not %hi(a0)
        and (base := register(group[-2])) is not None
    ):
        offset = parse_expr(group[:-3]) if len(group) > 3 else None
        return Mem(offset, base, first, _length(group))
    return Imm(parse_expr(group), first, _length(group))


def _length(group: tuple[Token, ...]) -> int:
    first, last = group[0], group[-1]
    if first.line != last.line:
        return len(first.text)
    return last.col + len(last.text) - first.col


def parse_operands(tokens: tuple[Token, ...], start: int) -> list[Operand]:
    return [parse_operand(g) for g in split_operands(tokens, start)]


def as_expression(operand: Operand) -> Operand:
    """A register operand read as a symbol name (GNU as lets `t1` name a symbol where
    an expression is expected); other operands unchanged."""
    if isinstance(operand, Reg):
        return Imm(Name(operand.tok.text, operand.tok), operand.tok, len(operand.tok.text))
    return operand


def kind_of(operand: Operand) -> str:
    """'x', 'f' (registers), 'm' (memory) or 'i' (expression): what forms match on."""
    if isinstance(operand, Reg):
        return "f" if operand.fp else "x"
    if isinstance(operand, Mem):
        return "m"
    return "i"


def bare_name(operand: Operand) -> str | None:
    """The name of an operand written as a bare identifier (rne, iorw, mstatus)."""
    if isinstance(operand, Imm) and isinstance(operand.expr, Name) and not operand.expr.plt:
        return operand.expr.name
    return None


def operand_span(operand: Operand) -> tuple[int, int]:
    """(line, column) of an operand, for diagnostics."""
    return operand.tok.line, operand.tok.col
