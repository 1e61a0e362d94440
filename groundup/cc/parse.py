"""The parser: C tokens to the typed syntax tree (C17 6.5-6.9, Annex A; GNU C's extras).

A recursive-descent parser; the grammar rule each function reads is written above
it, as in C17 Annex A. It does the syntax and asks `sema.Sema` for the meaning of
each piece as soon as it is read (chibicc's and clang's way): sema keeps the scopes
(so the parser knows whether a name is a typedef, the one ambiguity of C's
grammar), builds typed nodes, converts and checks. `parse(tokens, reporter,
options)` returns the `ast.Program`.

GNU C as glibc's headers and real programs use it: `__attribute__((...))` (kept:
aligned, packed, mode; the rest read and ignored), `__asm__("symbol")` on
declarations, `asm` statements with operands, `__extension__`, `typeof`,
`__auto_type`, statement expressions `({ ... })`, `case a ... b:`, `&&label` and
`goto *p`, `__builtin_va_arg`, `__builtin_offsetof`, `__builtin_types_compatible_p`.

Errors: a syntax error is reported as gcc words it ("expected ';' before '}'
token"), then the parser skips to the end of the statement or declaration and goes
on, so one run shows several errors.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from groundup.cc import ast, ctype
from groundup.cc.ctype import Type
from groundup.cc.sema import (
    Attrs,
    Declarator,
    DeclSpec,
    Designator,
    InitList,
    Options,
    ParamDecl,
    RawInit,
    Sema,
)
from groundup.cc.tokenize import Kind, Token, note_expansion
from groundup.diag import Pos, Reporter


class SyntaxProblem(Exception):
    """Raised after a syntax error is reported, to resynchronize."""


STORAGE = {"typedef", "extern", "static", "auto", "register", "_Thread_local", "__thread"}
QUALIFIERS = {"const": ctype.CONST, "__const": ctype.CONST, "__const__": ctype.CONST,
              "volatile": ctype.VOLATILE, "__volatile": ctype.VOLATILE,
              "__volatile__": ctype.VOLATILE, "restrict": ctype.RESTRICT,
              "__restrict": ctype.RESTRICT, "__restrict__": ctype.RESTRICT}  # fmt: skip
TYPE_WORDS = {"void", "_Bool", "char", "short", "int", "long", "float", "double", "signed",
              "__signed", "__signed__", "unsigned", "_Complex", "__complex__", "__int128",
              "_Float32", "_Float64", "_Float128", "_Float32x", "_Float64x",
              "__builtin_va_list"}  # fmt: skip
FUNCTION_SPEC = {"inline", "__inline", "__inline__", "_Noreturn"}
ATTRIBUTE = {"__attribute__", "__attribute"}
ASM = {"asm", "__asm", "__asm__"}
SPEC_START = (STORAGE | set(QUALIFIERS) | TYPE_WORDS | FUNCTION_SPEC | ATTRIBUTE
              | {"struct", "union", "enum", "typeof", "__typeof", "__typeof__", "_Atomic",
                 "_Alignas", "__auto_type", "__extension__"})  # fmt: skip

ASSIGN_OPS = {"=", "*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "^=", "|="}
# Binary operators by precedence, loosest first (C17 6.5.5-6.5.14).
BINARY_LEVELS = (("||",), ("&&",), ("|",), ("^",), ("&",), ("==", "!="),
                 ("<", ">", "<=", ">="), ("<<", ">>"), ("+", "-"), ("*", "/", "%"))  # fmt: skip
PRECEDENCE = {op: i for i, ops in enumerate(BINARY_LEVELS) for op in ops}
MAX_NESTING = 256  # levels of nested expressions, statements, declarators (gcc: 256 brackets)


def parse(tokens: list[Token], reporter: Reporter, options: Options | None = None) -> ast.Program:
    """The typed AST of a translation unit (its C tokens, ending in EOF)."""
    parser = Parser(tokens, reporter, options or Options())
    # 256 levels of nesting take about 4000 Python frames (recursive descent).
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 12000))
    try:
        return parser.translation_unit()
    finally:
        sys.setrecursionlimit(limit)


def describe_token(t: Token) -> str:
    """How gcc names a token in `expected X before Y`."""
    match t.kind:
        case Kind.EOF:
            return "end of input"
        case Kind.INT | Kind.FLOAT:
            return "numeric constant"
        case Kind.CHAR:
            return "character constant"
        case Kind.STRING:
            return "string constant"
        case Kind.IDENT | Kind.KEYWORD:
            return f"'{t.value}'"
    return f"'{t.value}' token"


@dataclass(slots=True)
class Parser:
    tokens: list[Token]
    reporter: Reporter
    options: Options
    i: int = 0
    depth: int = 0  # nesting of expressions and statements
    sema: Sema = field(init=False)

    def __post_init__(self) -> None:
        self.sema = Sema(self.reporter, self.options)

    # --- the token stream --------------------------------------------------------------

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def peek(self, n: int = 1) -> Token:
        return self.tokens[min(self.i + n, len(self.tokens) - 1)]

    def next(self) -> Token:
        t = self.tokens[self.i]
        if t.kind is not Kind.EOF:
            self.i += 1
        return t

    def at(self, punct: str) -> bool:
        return self.tokens[self.i].is_punct(punct)

    def at_word(self, *words: str) -> bool:
        t = self.tokens[self.i]
        return t.kind is Kind.KEYWORD and t.value in words

    def accept(self, punct: str) -> bool:
        if self.tokens[self.i].is_punct(punct):
            self.i += 1
            return True
        return False

    def expect(self, punct: str) -> Token:
        if not self.at(punct):
            self.fail(f"'{punct}'", after_previous=punct in (";", ")", "]"))
        return self.next()

    def fail(self, what: str, after_previous: bool = False) -> None:
        """Report `expected WHAT before TOKEN` and resynchronize. Like gcc, a missing
        `;`, `)` or `]` is shown just after the previous token (where it belongs), and
        the end of input at the first token of the last line."""
        t = self.tok
        where = t.pos
        prev = self.tokens[self.i - 1] if self.i > 0 else None
        if t.kind is Kind.EOF and prev is not None:  # gcc: the last line's first token
            j = self.i - 1
            while (
                j > 0
                and self.tokens[j - 1].pos.line == prev.pos.line
                and (self.tokens[j - 1].pos.source is prev.pos.source)
            ):
                j -= 1
            where = self.tokens[j].pos
        elif prev is not None and after_previous:
            width = len(prev.text) if prev.expansion is None and "\n" not in prev.text else 1
            where = Pos(prev.pos.source, prev.pos.line, prev.pos.col + width)
        if t.kind is Kind.EOF:
            self.sema.error(where, f"expected {what} at end of input")
        else:
            self.sema.error(where, f"expected {what} before {describe_token(t)}")
            note_expansion(self.reporter, t.expansion)
        raise SyntaxProblem

    def identifier(self) -> Token:
        if self.tok.kind is not Kind.IDENT:
            self.fail("identifier")
        return self.next()

    def skip_to(self, *stops: str) -> None:
        """Skip balanced tokens up to one of `stops` at depth 0 (consumed if ';')."""
        depth = 0
        while self.tok.kind is not Kind.EOF:
            t = self.tok
            if depth == 0 and t.kind is Kind.PUNCT and t.value in stops:
                if t.value == ";":
                    self.next()
                return
            if t.kind is Kind.PUNCT and t.value in ("(", "[", "{"):
                depth += 1
            elif t.kind is Kind.PUNCT and t.value in (")", "]", "}"):
                if depth == 0:
                    if t.value == "}" and "}" in stops:
                        return
                    self.next()
                    continue
                depth -= 1
                if depth == 0 and t.value == "}" and "}" in stops:
                    self.next()
                    return
            self.next()

    # --- external definitions (C17 6.9) ------------------------------------------------

    # translation-unit: external-declaration+
    def translation_unit(self) -> ast.Program:
        while self.tok.kind is not Kind.EOF:
            start = self.i
            try:
                self.external_declaration()
            except SyntaxProblem:
                self.skip_to(";", "}")
                if self.i == start:
                    self.next()
        return self.sema.finish()

    # external-declaration: function-definition | declaration | asm-definition | ';'
    # function-definition: declaration-specifiers declarator compound-statement
    def external_declaration(self) -> None:
        if self.accept(";"):
            return
        if self.at_word(*ASM):
            self.file_asm()
            return
        if self.at_word("_Static_assert"):
            self.static_assert()
            return
        spec = self.declaration_specifiers(self.tok.pos, expected="identifier or '('")
        if self.accept(";"):
            self.sema.declare_nothing(spec)
            return
        first = self.declarator(spec.type)
        if isinstance(first.type, ctype.Function) and first.params and first.params[0].old_style:
            if self.at(";") or self.at(","):
                message = "parameter names (without types) in function declaration"
                self.sema.warning(spec.pos, message)  # gcc: at the declaration's start
                first.params = None
            else:
                self.kr_declarations(first)
        if self.at("{") and isinstance(first.type, ctype.Function):
            self.function_definition(spec, first)
            return
        if isinstance(first.type, ctype.Function) and not self.at_end_of_declarator():
            self.fail("declaration specifiers")  # gcc reads on as an old-style definition
        self.init_declarators(spec, first, None)

    def at_end_of_declarator(self) -> bool:
        t = self.tok
        if t.kind is Kind.PUNCT:
            return t.value in (";", ",", "=", "{")
        return t.kind is Kind.KEYWORD and t.value in ATTRIBUTE | ASM

    # asm-definition: asm ( string-literal ) ;
    def file_asm(self) -> None:
        pos = self.next().pos
        self.expect("(")
        text = self.string_text()
        self.expect(")")
        self.expect(";")
        self.sema.program.items.append(ast.FileAsm(text, pos))

    def string_text(self) -> str:
        t = self.tok
        if t.kind is not Kind.STRING:
            self.fail("string literal")
        self.next()
        assert isinstance(t.value, tuple)
        return bytes(u & 0xFF for u in t.value).decode("utf-8", "surrogateescape")

    def function_definition(self, spec: DeclSpec, d: Declarator) -> None:
        obj = self.sema.begin_function(spec, d)
        body = self.compound_statement(new_scope=False)
        self.sema.end_function(obj, body)

    # _Static_assert-declaration: _Static_assert ( constant-expression , string-literal ) ;
    def static_assert(self) -> None:
        pos = self.next().pos
        self.expect("(")
        cond = self.conditional_expression()
        message = None
        if self.accept(","):
            message = self.string_text()
        self.expect(")")
        self.expect(";")
        self.sema.static_assert(cond, message, pos)

    # --- declarations (C17 6.7) --------------------------------------------------------

    def starts_declaration(self) -> bool:
        t = self.tok
        if t.kind is Kind.KEYWORD:
            return t.value in SPEC_START
        return t.kind is Kind.IDENT and self.sema.is_typedef(str(t.value))

    # declaration: declaration-specifiers init-declarator-list? ';' | static_assert-declaration
    def declaration(self) -> list[ast.VarDecl]:
        if self.at_word("_Static_assert"):
            self.static_assert()
            return []
        spec = self.declaration_specifiers(self.tok.pos)
        if self.accept(";"):
            self.sema.declare_nothing(spec)
            return []
        return self.init_declarators(spec, self.declarator(spec.type), None)

    # init-declarator-list: init-declarator (',' init-declarator)*
    # init-declarator: declarator asm-label? attribute* ('=' initializer)?
    def init_declarators(self, spec: DeclSpec, d: Declarator | None,
                         out: list[ast.VarDecl] | None) -> list[ast.VarDecl]:  # fmt: skip
        decls = out if out is not None else []
        while True:
            if d is None:
                d = self.declarator(spec.type)
            has_init = self.accept("=")
            obj = self.sema.declare(spec, d, has_init)
            init: RawInit | None = self.initializer() if has_init else None
            decl = self.sema.finish_declaration(obj, init, d)
            if decl is not None:
                decls.append(decl)
            elif obj is None and spec.storage is ast.Storage.TYPEDEF:
                decls += self.sema.vla_typedef(d)  # its lengths are evaluated here
            d = None
            if not self.accept(","):
                break
        if not self.at(";"):
            if has_init:
                self.fail("',' or ';'")
            self.fail("'=', ',', ';', 'asm' or '__attribute__'")
        self.next()
        return decls

    # declaration-specifiers: (storage-class-specifier | type-specifier | type-qualifier
    #                          | function-specifier | alignment-specifier | attribute)+
    def declaration_specifiers(self, pos: Pos, storage_ok: bool = True,
                               expected: str = "declaration specifiers") -> DeclSpec:  # fmt: skip
        spec = DeclSpec(pos=pos)
        words: list[str] = []
        while True:
            t = self.tok
            if t.kind is Kind.IDENT:
                if words or spec.type_given:
                    break
                if not self.sema.is_typedef(str(t.value)):
                    if not self.unknown_type_name(t):
                        break
                    spec.type_given = True
                    continue
                spec.type = self.sema.typedef_type(str(t.value))
                spec.type_given = True
                self.next()
                continue
            if t.kind is not Kind.KEYWORD or not self.specifier(spec, words, storage_ok):
                break
        if not words and not spec.type_given:
            implicit = self.tok.kind is Kind.IDENT and expected == "identifier or '('"
            if (
                spec.storage is ast.Storage.NONE
                and not spec.qual
                and not spec.inline
                and (not implicit)
            ):
                self.fail(expected)
            spec.implicit_int = True
        spec.type = self.sema.spec_type(words, spec, pos)
        return spec

    def unknown_type_name(self, t: Token) -> bool:
        """`string s;`: a name used as a type that is none (gcc's guess: another name or
        a `*` follows). Reported, read as int; False when it does not look like one."""
        after = self.peek()
        if after.kind is not Kind.IDENT and not after.is_punct("*"):
            return False
        self.sema.error(t.pos, f"unknown type name '{t.value}'")
        self.next()
        return True

    def specifier(self, spec: DeclSpec, words: list[str], storage_ok: bool) -> bool:
        """Read one keyword of a declaration's specifiers; False if it is not one."""
        t = self.tok
        word = str(t.value)
        if word in STORAGE and storage_ok:
            self.next()
            self.sema.set_storage(spec, word, t.pos)
        elif word in QUALIFIERS:
            self.next()
            spec.qual |= QUALIFIERS[word]
        elif word == "_Atomic":
            self.next()
            if self.at("("):
                self.next()
                self.set_type(spec, words, self.type_name(), t.pos)
                self.expect(")")
            else:
                spec.qual |= ctype.ATOMIC
        elif word in TYPE_WORDS:
            self.next()
            if spec.type_given:
                self.sema.error(t.pos, "two or more data types in declaration specifiers")
            elif self.sema.type_word_fits(words, word, t.pos):
                words.append(word)
        elif word in FUNCTION_SPEC:
            self.next()
            spec.inline |= word != "_Noreturn"
        elif word in ATTRIBUTE:
            self.attributes(spec.attrs)
        elif word == "__extension__":
            self.next()
        elif word in ("struct", "union"):
            self.set_type(spec, words, self.struct_or_union_specifier(), t.pos)
            self.forgotten_semicolon()
        elif word == "enum":
            self.set_type(spec, words, self.enum_specifier(), t.pos)
            self.forgotten_semicolon()
        elif word in ("typeof", "__typeof", "__typeof__"):
            self.set_type(spec, words, self.typeof_specifier(), t.pos)
        elif word == "__auto_type":
            self.next()
            spec.auto_type = True
            spec.type_given = True
        elif word == "_Alignas":
            spec.attrs.aligned = max(spec.attrs.aligned, self.alignas())
        else:
            return False
        return True

    def forgotten_semicolon(self) -> None:
        """`struct s { ... }` then `int main`: the ';' after the body is missing."""
        if (
            self.tokens[self.i - 1].is_punct("}")
            and self.tok.kind is Kind.KEYWORD
            and (self.tok.value in TYPE_WORDS or self.tok.value in ("struct", "union", "enum"))
        ):
            self.fail("';', identifier or '('")

    def set_type(self, spec: DeclSpec, words: list[str], t: Type, pos: Pos) -> None:
        if words or spec.type_given:
            self.sema.error(pos, "two or more data types in declaration specifiers")
        spec.type = t
        spec.type_given = True

    # alignment-specifier: _Alignas ( type-name ) | _Alignas ( constant-expression )
    def alignas(self) -> int:
        self.next()
        self.expect("(")
        if self.starts_type_name():
            align = self.type_name().align
        else:
            align = self.sema.constant(self.conditional_expression(), "requested alignment")
        self.expect(")")
        return align

    # typeof-specifier: typeof ( expression ) | typeof ( type-name )
    def typeof_specifier(self) -> Type:
        self.next()
        self.expect("(")
        with self.sema.unevaluated():
            t = self.type_name() if self.starts_type_name() else self.sema.typeof(self.expression())
        self.expect(")")
        return t

    # attribute: __attribute__ ( ( attribute-list ) )
    # attribute-list: (identifier ( '(' expression-list ')' )?)? (',' ...)*
    def attributes(self, attrs: Attrs) -> None:
        while self.at_word(*ATTRIBUTE):
            self.next()
            self.expect("(")
            self.expect("(")
            while not self.at(")"):
                if self.accept(","):
                    continue
                self.attribute(attrs)
            self.expect(")")
            self.expect(")")

    def attribute(self, attrs: Attrs) -> None:
        t = self.tok
        if t.kind not in (Kind.IDENT, Kind.KEYWORD):
            self.fail("identifier")
        self.next()
        name = str(t.value).strip("_")
        args: list[Token] = []
        start = self.i
        if self.at("("):
            self.skip_balanced()
            args = self.tokens[start + 1 : self.i - 1]
        if name == "packed":
            attrs.packed = True
        elif name == "aligned":
            attrs.aligned = max(attrs.aligned, self.attribute_alignment(start, bool(args)))
        elif name == "mode" and args:
            attrs.mode = str(args[0].value).strip("_")
        elif (name in ("section", "alias", "visibility", "tls_model") and args
              and args[0].kind is Kind.STRING):  # fmt: skip
            units = args[0].value
            assert isinstance(units, tuple)
            attrs.strings[name] = "".join(chr(u) for u in units)
        elif name == "format":
            attrs.format = self.format_attribute(args, t)
        elif name in ("noreturn", "const", "pure", "unused", "used", "weak", "naked",
                      "constructor", "destructor", "noinline", "always_inline",
                      "transparent_union"):  # fmt: skip
            attrs.flags.add(name)

    def format_attribute(self, args: list[Token], at: Token) -> tuple[str, int, int] | None:
        """format(ARCHETYPE, F, A): checked calls for printf and scanf archetypes."""
        words = [a for a in args if not a.is_punct(",")]
        if len(words) != 3 or words[1].kind is not Kind.INT or words[2].kind is not Kind.INT:
            self.reporter.warning(at.pos, "'format' attribute needs (archetype, format "
                                  "argument, first argument) - ignored")  # fmt: skip
            return None
        kind = str(words[0].value).strip("_").removeprefix("gnu_")
        if kind not in ("printf", "scanf"):
            return None  # strftime, strfmon ...: not checked
        assert isinstance(words[1].value, int) and isinstance(words[2].value, int)
        return kind, words[1].value, words[2].value

    def attribute_alignment(self, start: int, has_args: bool) -> int:
        if not has_args:
            return 16  # the largest alignment of the target
        end, self.i = self.i, start + 1
        try:
            return self.sema.constant(self.conditional_expression(), "requested alignment")
        finally:
            self.i = end

    def skip_balanced(self) -> None:
        depth = 0
        while self.tok.kind is not Kind.EOF:
            t = self.next()
            if t.is_punct("("):
                depth += 1
            elif t.is_punct(")"):
                depth -= 1
                if depth == 0:
                    return

    # struct-or-union-specifier: struct-or-union attribute* identifier? '{' struct-declaration+ '}'
    #                          | struct-or-union attribute* identifier
    def struct_or_union_specifier(self) -> Type:
        with self.nested():
            return self.struct_or_union_inner()

    def struct_or_union_inner(self) -> Type:
        kind = str(self.next().value)
        attrs = Attrs()
        self.attributes(attrs)
        name_tok = self.tok if self.tok.kind is Kind.IDENT else None
        if name_tok is not None:
            self.next()
        pos = name_tok.pos if name_tok else self.tok.pos
        name = str(name_tok.value) if name_tok else None
        if not self.at("{"):
            if name is None:
                self.fail("'{'")
            return self.sema.record_reference(kind, str(name), pos, self.at(";"))
        tag = self.sema.record_definition_begin(kind, name, pos)
        self.next()
        fields = []
        while not self.at("}") and self.tok.kind is not Kind.EOF:
            try:
                fields.extend(self.struct_declaration())
            except SyntaxProblem:
                self.skip_to(";", "}")
        attrs.pack = self.tok.pack  # the #pragma pack in force at the closing brace
        self.expect("}")
        self.attributes(attrs)
        return self.sema.record_definition_end(tag, fields, attrs, pos)

    # struct-declaration: specifier-qualifier-list struct-declarator-list? ';'
    # struct-declarator: declarator | declarator? ':' constant-expression
    def struct_declaration(self) -> list[ctype.FieldDecl]:
        if self.at_word("_Static_assert"):
            self.static_assert()
            return []
        spec = self.declaration_specifiers(self.tok.pos, False, "specifier-qualifier-list")
        fields = []
        if self.accept(";"):
            fields.append(self.sema.field(spec, None, None))
            return fields
        while True:
            d = Declarator(None, self.tok.pos, spec.type)
            if not self.at(":"):
                d = self.declarator(spec.type)
            width = None
            if self.accept(":"):
                width = self.conditional_expression()
            self.attributes(d.attrs)
            fields.append(self.sema.field(spec, d, width))
            if not self.accept(","):
                break
        if self.at("}"):
            self.sema.warning(self.tok.pos, "no semicolon at end of struct or union")
            return fields
        if not self.at(";"):
            self.fail("';'")
        self.next()
        return fields

    # enum-specifier: enum attribute* identifier? '{' enumerator-list ','? '}' | enum identifier
    # enumerator: identifier attribute* ('=' constant-expression)?
    def enum_specifier(self) -> Type:
        self.next()
        self.attributes(Attrs())
        name_tok = self.tok if self.tok.kind is Kind.IDENT else None
        if name_tok is not None:
            self.next()
        pos = name_tok.pos if name_tok else self.tok.pos
        name = str(name_tok.value) if name_tok else None
        if not self.at("{"):
            if name is None:
                self.fail("'{'")
            return self.sema.enum_reference(str(name), pos)
        tag = self.sema.enum_definition_begin(name, pos)
        self.next()
        values: list[int] = []
        while not self.at("}"):
            t = self.identifier()
            self.attributes(Attrs())
            value = self.conditional_expression() if self.accept("=") else None
            values.append(self.sema.enumerator(tag, str(t.value), t.pos, value, values))
            if not self.accept(","):
                break
        self.expect("}")
        self.attributes(Attrs())
        return self.sema.enum_definition_end(tag, values)

    # --- declarators (C17 6.7.6) -------------------------------------------------------

    # declarator: pointer? direct-declarator asm-label? attribute*
    # pointer: ('*' (type-qualifier | attribute)*)+
    # direct-declarator: identifier | '(' attribute* declarator ')'
    #                  | direct-declarator '[' ... ']' | direct-declarator '(' parameters ')'
    # An abstract declarator (`abstract`) is the same without the identifier.
    def declarator(self, base: Type, abstract: bool = False) -> Declarator:
        with self.nested():
            return self.declarator_inner(base, abstract)

    def declarator_inner(self, base: Type, abstract: bool) -> Declarator:
        attrs = Attrs()
        base = self.pointers(base, attrs)
        if self.at("(") and self.nested_declarator_follows(abstract):
            open_at = self.i
            self.skip_balanced()
            outer_params: list[list[ParamDecl]] = []
            outer, _ = self.suffixes(base, outer_params)
            end = self.i
            self.i = open_at + 1
            self.attributes(attrs)
            d = self.declarator(outer, abstract)
            self.expect(")")
            self.i = end
            if d.params is None and outer_params and d.type is outer:  # `int (f)(int x)`
                d.params = outer_params[0]
        else:
            t = self.tok
            name = None
            if t.kind is Kind.IDENT:
                name = str(self.next().value)
            elif not abstract:
                self.fail("identifier or '('")
            params: list[list[ParamDecl]] = []
            typ, _ = self.suffixes(base, params, (name, t.pos))
            d = Declarator(name, t.pos, typ, params[0] if params else None)
        self.asm_label(d)
        self.attributes(d.attrs)
        d.attrs.merge(attrs)
        return d

    def nested_declarator_follows(self, abstract: bool) -> bool:
        """After `(` in a declarator: a parenthesized declarator, not a parameter list."""
        t = self.peek()
        if t.kind is Kind.PUNCT:
            return t.value in ("*", "(", "[", "^") and not (abstract and t.value == "[")
        if t.kind is Kind.KEYWORD:
            return t.value in ATTRIBUTE
        return t.kind is Kind.IDENT and not self.sema.is_typedef(str(t.value))

    def asm_label(self, d: Declarator) -> None:
        if self.at_word(*ASM):
            self.next()
            self.expect("(")
            d.asm_name = self.string_text()
            self.expect(")")

    def pointers(self, base: Type, attrs: Attrs) -> Type:
        while self.accept("*"):
            base = ctype.Pointer(base)
            while self.tok.kind is Kind.KEYWORD:
                word = str(self.tok.value)
                if word in QUALIFIERS:
                    base = base.qualified(QUALIFIERS[word])
                elif word == "_Atomic":
                    base = base.qualified(ctype.ATOMIC)
                elif word in ATTRIBUTE:
                    self.attributes(attrs)
                    continue
                else:
                    break
                self.next()
        return base

    # array-suffix: '[' static? type-qualifier* assignment-expression? ']'
    # function-suffix: '(' parameter-type-list? ')'
    def suffixes(self, base: Type, params: list[list[ParamDecl]] | None,
                 who: tuple[str | None, Pos] | None = None) -> tuple[Type, bool]:  # fmt: skip
        """The type `base` becomes through the array and function suffixes that follow;
        the first function suffix's parameters go to `params`."""
        if self.at("["):
            pos = self.next().pos
            quals = 0
            while self.at_word("static", *QUALIFIERS):
                quals |= QUALIFIERS.get(str(self.next().value), 0)
            size = None if self.at("]") or self.at("*") else self.assignment_expression()
            self.accept("*")
            self.expect("]")
            inner, _ = self.suffixes(base, None, who)
            return self.sema.array_of(inner, size, who or (None, pos), quals), True
        if self.at("("):
            pos = self.next().pos
            plist, variadic, prototyped = self.parameter_type_list()
            if params is not None:
                params.append(plist)
            ret, _ = self.suffixes(base, None, who)
            return self.sema.function_of(ret, plist, variadic, prototyped, who or (None, pos)), True
        return base, False

    # parameter-type-list: parameter-list (',' '...')? | 'void' | <empty>
    # parameter-declaration: declaration-specifiers (declarator | abstract-declarator?)
    def parameter_type_list(self) -> tuple[list[ParamDecl], bool, bool]:
        if self.accept(")"):
            return [], False, False
        if self.at_word("void") and self.peek().is_punct(")"):
            self.next()
            self.next()
            return [], False, True
        t, after = self.tok, self.peek()
        if (
            t.kind is Kind.IDENT
            and not self.sema.is_typedef(str(t.value))
            and (after.kind is not Kind.IDENT and not after.is_punct("*"))
        ):
            return self.identifier_list(), False, False
        params: list[ParamDecl] = []
        variadic = False
        self.sema.push_scope()
        self.sema.scopes[-1].prototype = True
        try:
            while True:
                if self.accept("..."):
                    variadic = True
                    break
                spec = self.declaration_specifiers(
                    self.tok.pos, expected="declaration specifiers or '...'"
                )
                d = self.declarator(spec.type, abstract=True)
                params.append(self.sema.parameter(spec, d))
                if not self.accept(","):
                    break
        finally:
            self.sema.pop_scope()
        self.expect(")")
        return params, variadic, True

    # identifier-list: identifier (',' identifier)*      (old-style definitions)
    def identifier_list(self) -> list[ParamDecl]:
        """The names of an old-style definition's parameters; their types come from the
        declarations before the body (`kr_declarations`), int when there is none."""
        names: list[ParamDecl] = []
        while True:
            t = self.identifier()
            names.append(ParamDecl(str(t.value), t.pos, ctype.INT, old_style=True))
            if not self.accept(","):
                break
        self.expect(")")
        return names

    # function-definition: declaration-specifiers declarator declaration-list?
    #                      compound-statement                 (the declaration-list: K&R)
    def kr_declarations(self, d: Declarator) -> None:
        """The declarations of an old-style definition's parameters, up to its body."""
        given: dict[str, ParamDecl] = {}
        while not self.at("{") and self.tok.kind is not Kind.EOF:
            spec = self.declaration_specifiers(self.tok.pos)
            while True:
                p = self.sema.parameter(spec, self.declarator(spec.type), old_style=True)
                given[str(p.name)] = p
                if not self.accept(","):
                    break
            self.expect(";")
        d.params = self.sema.old_style_parameters(d, given)

    # type-name: specifier-qualifier-list abstract-declarator?
    def type_name(self) -> Type:
        spec = self.declaration_specifiers(self.tok.pos, storage_ok=False)
        d = self.declarator(spec.type, abstract=True)
        return d.type

    def starts_type_name(self) -> bool:
        t = self.tok
        if t.kind is Kind.KEYWORD:
            return t.value in SPEC_START and t.value not in STORAGE
        return t.kind is Kind.IDENT and self.sema.is_typedef(str(t.value))

    # initializer: assignment-expression | '{' initializer-list ','? '}'
    # initializer-list: designation? initializer (',' designation? initializer)*
    # designation: designator+ '=' | identifier ':' (GNU, obsolete)
    # designator: '[' constant-expression ('...' constant-expression)? ']' | '.' identifier
    def initializer(self) -> RawInit:
        with self.nested():
            return self.initializer_inner()

    def initializer_inner(self) -> RawInit:
        if not self.at("{"):
            return self.assignment_expression()
        pos = self.next().pos
        items: list[tuple[list[Designator], RawInit]] = []
        while not self.at("}"):
            designators = self.designation()
            items.append((designators, self.initializer()))
            if not self.accept(","):
                break
        self.expect("}")
        return InitList(pos, items)

    def designation(self) -> list[Designator]:
        out: list[Designator] = []
        if self.tok.kind is Kind.IDENT and self.peek().is_punct(":"):
            t = self.next()
            self.next()
            return [Designator(t.pos, str(t.value), None, None, t.pos)]
        while self.at("[") or self.at("."):
            pos = self.tok.pos
            if self.accept("."):
                name = self.identifier()
                out.append(Designator(pos, str(name.value), None, None, name.pos))
                continue
            self.next()
            pos = self.tok.pos
            lo = self.sema.constant(self.conditional_expression(), "array index in initializer")
            hi = lo
            if self.accept("..."):
                hi = self.sema.constant(self.conditional_expression(), "array index")
            self.expect("]")
            out.append(Designator(pos, None, lo, hi))
        if out:
            self.expect("=")
        return out

    # --- statements (C17 6.8) ----------------------------------------------------------

    # compound-statement: '{' (label-declaration | declaration | statement)* '}'
    def compound_statement(self, new_scope: bool = True) -> ast.Block:
        pos = self.expect("{").pos
        if new_scope:
            self.sema.push_scope()
        items: list[ast.Stmt] = []
        try:
            while not self.at("}") and self.tok.kind is not Kind.EOF:
                start = self.i
                try:
                    item = self.block_item()
                    if item is not None:
                        items.append(item)
                except SyntaxProblem:
                    self.skip_to(";", "}")
                    if self.i == start:
                        self.next()
            if self.tok.kind is Kind.EOF:
                self.fail("declaration or statement")
            self.next()
        finally:
            if new_scope:
                self.sema.pop_scope()
        return ast.Block(pos, tuple(items))

    def block_item(self) -> ast.Stmt | None:
        if self.at_word("__label__"):
            self.next()
            while self.tok.kind is Kind.IDENT:
                self.next()
                if not self.accept(","):
                    break
            self.expect(";")
            return None
        if self.at_word("_Static_assert"):
            self.static_assert()
            return None
        if self.starts_declaration() and not self.peek().is_punct(":"):
            if self.at_word("__extension__") and not self.extension_declaration():
                return self.statement()
            pos = self.tok.pos
            return ast.DeclStmt(pos, tuple(self.declaration()))
        return self.statement()

    def extension_declaration(self) -> bool:
        """After `__extension__` in a block: a declaration follows (not an expression)."""
        j = self.i
        while self.tokens[j].kind is Kind.KEYWORD and self.tokens[j].value == "__extension__":
            j += 1
        t = self.tokens[j]
        if t.kind is Kind.KEYWORD:
            return t.value in SPEC_START
        return t.kind is Kind.IDENT and self.sema.is_typedef(str(t.value))

    # statement: labeled-statement | compound-statement | expression-statement
    #          | selection-statement | iteration-statement | jump-statement | asm-statement
    def statement(self) -> ast.Stmt:
        with self.nested():
            return self.statement_inner()

    def statement_inner(self) -> ast.Stmt:
        t = self.tok
        if t.kind is Kind.PUNCT:
            if t.value == "{":
                return self.compound_statement()
            if t.value == ";":
                self.next()
                return ast.ExprStmt(t.pos, None)
        elif t.kind is Kind.KEYWORD:
            method = STATEMENTS.get(str(t.value))
            if method is not None:
                return method(self)
            if t.value == "else":
                self.sema.error(t.pos, "'else' without a previous 'if'")
                self.next()
                return self.statement()
        elif t.kind is Kind.IDENT and self.peek().is_punct(":"):
            return self.labeled_statement()
        return self.expression_statement()

    # expression-statement: expression? ';'
    def expression_statement(self) -> ast.Stmt:
        pos = self.tok.pos
        e = self.expression()
        self.expect(";")
        return ast.ExprStmt(pos, self.sema.discarded(e))

    # labeled-statement: identifier ':' attribute* statement
    def labeled_statement(self) -> ast.Stmt:
        t = self.next()
        self.next()
        self.attributes(Attrs())
        self.sema.define_label(str(t.value), t.pos)
        return ast.Label(t.pos, str(t.value), self.statement_after_label())

    def statement_after_label(self) -> ast.Stmt:
        if self.at("}"):  # C2x allows a label at the end of a block, and so does gcc 12
            return ast.ExprStmt(self.tok.pos, None)
        if self.starts_declaration() and not self.at_word("__extension__"):
            pos = self.tok.pos
            return ast.DeclStmt(pos, tuple(self.declaration()))
        return self.statement()

    # labeled-statement: 'case' constant-expression ('...' constant-expression)? ':' statement
    def case_statement(self) -> ast.Stmt:
        pos = self.next().pos
        low = self.conditional_expression()
        high = self.conditional_expression() if self.accept("...") else None
        self.expect(":")
        label = self.sema.case_label(low, high, pos)
        body = self.statement_after_label()
        return self.sema.case_statement(label, body, pos)

    # labeled-statement: 'default' ':' statement
    def default_statement(self) -> ast.Stmt:
        pos = self.next().pos
        self.expect(":")
        label = self.sema.default_label(pos)
        body = self.statement_after_label()
        return self.sema.default_statement(label, body, pos)

    # selection-statement: 'if' '(' expression ')' statement ('else' statement)?
    def if_statement(self) -> ast.Stmt:
        pos = self.next().pos
        cond = self.paren_condition()
        then = self.statement()
        other = self.statement() if self.at_word("else") and self.next() else None
        return ast.If(pos, cond, then, other)

    def paren_condition(self) -> ast.Expr:
        self.expect("(")
        cond = self.sema.condition(self.expression())
        self.expect(")")
        return cond

    # selection-statement: 'switch' '(' expression ')' statement
    def switch_statement(self) -> ast.Stmt:
        pos = self.next().pos
        self.expect("(")
        cond = self.sema.switch_begin(self.expression())
        self.expect(")")
        try:
            body = self.statement()
        finally:
            context = self.sema.switch_end()
        return ast.Switch(pos, cond, body, tuple(context.cases), context.default)

    # iteration-statement: 'while' '(' expression ')' statement
    def while_statement(self) -> ast.Stmt:
        pos = self.next().pos
        cond = self.paren_condition()
        return ast.While(pos, cond, self.loop_body())

    def loop_body(self) -> ast.Stmt:
        self.sema.function.loops += 1
        self.sema.function.breakable += 1
        try:
            return self.statement()
        finally:
            self.sema.function.loops -= 1
            self.sema.function.breakable -= 1

    # iteration-statement: 'do' statement 'while' '(' expression ')' ';'
    def do_statement(self) -> ast.Stmt:
        pos = self.next().pos
        body = self.loop_body()
        if not self.at_word("while"):
            self.fail("'while'")
        self.next()
        cond = self.paren_condition()
        self.expect(";")
        return ast.DoWhile(pos, body, cond)

    # iteration-statement: 'for' '(' (expression? ';' | declaration) expression? ';'
    #                      expression? ')' statement
    def for_statement(self) -> ast.Stmt:
        pos = self.next().pos
        self.expect("(")
        self.sema.push_scope()
        try:
            init: ast.Stmt | None = None
            if self.starts_declaration():
                init = ast.DeclStmt(self.tok.pos, tuple(self.declaration()))
            elif not self.accept(";"):
                init = ast.ExprStmt(self.tok.pos, self.sema.discarded(self.expression()))
                self.expect(";")
            cond = None if self.at(";") else self.sema.condition(self.expression())
            self.expect(";")
            step = None if self.at(")") else self.sema.discarded(self.expression())
            self.expect(")")
            body = self.loop_body()
        finally:
            self.sema.pop_scope()
        return ast.For(pos, init, cond, step, body)

    # jump-statement: 'goto' identifier ';' | 'goto' '*' expression ';' (GNU)
    def goto_statement(self) -> ast.Stmt:
        pos = self.next().pos
        if self.accept("*"):
            target = self.sema.computed_goto(self.expression(), pos)
            self.expect(";")
            return ast.ComputedGoto(pos, target)
        t = self.identifier()
        self.expect(";")
        self.sema.use_label(str(t.value), pos)
        return ast.Goto(pos, str(t.value))

    # jump-statement: 'continue' ';' | 'break' ';'
    def continue_statement(self) -> ast.Stmt:
        pos = self.next().pos
        self.expect(";")
        if not self.sema.function.loops:
            self.sema.error(pos, "continue statement not within a loop")
        return ast.Continue(pos)

    def break_statement(self) -> ast.Stmt:
        pos = self.next().pos
        self.expect(";")
        if not self.sema.function.breakable:
            self.sema.error(pos, "break statement not within loop or switch")
        return ast.Break(pos)

    # jump-statement: 'return' expression? ';'
    def return_statement(self) -> ast.Stmt:
        pos = self.next().pos
        value = None if self.at(";") else self.expression()
        self.expect(";")
        return ast.Return(pos, self.sema.return_value(value, pos))

    # asm-statement: asm asm-qualifier* '(' string-literal (':' operands (':' operands
    #                (':' clobbers (':' labels)?)?)?)? ')' ';'
    def asm_statement(self) -> ast.Stmt:
        pos = self.next().pos
        volatile = False
        while self.at_word("volatile", "__volatile__", "__volatile", "inline", "goto"):
            volatile |= "volatile" in str(self.next().value)
        self.expect("(")
        template = self.string_text()
        outputs: list[ast.AsmOperand] = []
        inputs: list[ast.AsmOperand] = []
        clobbers: list[str] = []
        if self.accept(":"):
            outputs = self.asm_operands(output=True)
            if self.accept(":"):
                inputs = self.asm_operands(output=False)
                if self.accept(":"):
                    clobbers = self.asm_clobbers()
                    if self.accept(":"):
                        self.asm_clobbers()
        self.expect(")")
        self.expect(";")
        volatile |= not outputs
        return ast.Asm(pos, template, tuple(outputs), tuple(inputs), tuple(clobbers), volatile)

    def asm_operands(self, output: bool) -> list[ast.AsmOperand]:
        out: list[ast.AsmOperand] = []
        while self.tok.kind is Kind.STRING or self.at("["):
            name = None
            if self.accept("["):
                name = str(self.identifier().value)
                self.expect("]")
            constraint = self.string_text()
            self.expect("(")
            e = self.expression()
            self.expect(")")
            out.append(ast.AsmOperand(constraint, self.sema.asm_operand(e, output), name))
            if not self.accept(","):
                break
        return out

    def asm_clobbers(self) -> list[str]:
        out: list[str] = []
        while self.tok.kind in (Kind.STRING, Kind.IDENT):
            out.append(self.string_text() if self.tok.kind is Kind.STRING else self.next().text)
            if not self.accept(","):
                break
        return out

    # --- expressions (C17 6.5) ---------------------------------------------------------

    # expression: assignment-expression (',' assignment-expression)*
    def expression(self) -> ast.Expr:
        e = self.assignment_expression()
        while self.at(","):
            pos = self.next().pos
            e = self.sema.comma(e, self.assignment_expression(), pos)
        return e

    # assignment-expression: conditional-expression
    #                      | unary-expression assignment-operator assignment-expression
    def assignment_expression(self) -> ast.Expr:
        lhs = self.conditional_expression()
        t = self.tok
        if t.kind is Kind.PUNCT and t.value in ASSIGN_OPS:
            self.next()
            rhs = self.assignment_expression()
            return self.sema.assign(str(t.value), lhs, rhs, t.pos)
        return lhs

    # conditional-expression: logical-OR-expression ('?' expression? ':' conditional-expression)?
    def conditional_expression(self) -> ast.Expr:
        cond = self.binary_expression(0)
        if not self.at("?"):
            return cond
        self.next()
        then = None if self.at(":") else self.expression()  # GNU `a ?: b`
        colon = self.expect(":").pos
        other = self.conditional_expression()
        return self.sema.conditional(cond, then, other, colon)

    # logical-OR-expression: logical-AND-expression ('||' logical-AND-expression)*
    # logical-AND-expression: inclusive-OR-expression ('&&' inclusive-OR-expression)*
    # inclusive-OR-expression: exclusive-OR-expression ('|' exclusive-OR-expression)*
    # exclusive-OR-expression: AND-expression ('^' AND-expression)*
    # AND-expression: equality-expression ('&' equality-expression)*
    # equality-expression: relational-expression (('==' | '!=') relational-expression)*
    # relational-expression: shift-expression (('<' | '>' | '<=' | '>=') shift-expression)*
    # shift-expression: additive-expression (('<<' | '>>') additive-expression)*
    # additive-expression: multiplicative-expression (('+' | '-') multiplicative-expression)*
    # multiplicative-expression: cast-expression (('*' | '/' | '%') cast-expression)*
    def binary_expression(self, level: int) -> ast.Expr:
        """The operators of precedence `level` and tighter (BINARY_LEVELS), by precedence
        climbing: one loop instead of one function per level."""
        return self.binary_rest(self.cast_expression(), level)

    def binary_rest(self, lhs: ast.Expr, level: int) -> ast.Expr:
        while True:
            t = self.tok
            prec = PRECEDENCE.get(str(t.value), -1) if t.kind is Kind.PUNCT else -1
            if prec < level:
                return lhs
            self.next()
            if t.value in ("&&", "||"):
                lhs = self.sema.condition(lhs)
            rhs = self.cast_expression()
            while True:
                u = self.tok
                tighter = PRECEDENCE.get(str(u.value), -1) if u.kind is Kind.PUNCT else -1
                if tighter <= prec:
                    break
                rhs = self.binary_rest(rhs, prec + 1)
            lhs = self.sema.binary(str(t.value), lhs, rhs, t.pos)

    # cast-expression: unary-expression | '(' type-name ')' cast-expression
    def cast_expression(self) -> ast.Expr:
        with self.nested():
            return self.cast_expression_inner()

    @contextmanager
    def nested(self) -> Iterator[None]:
        """One more level of nesting: gcc stops at 256 (and so must the Python stack)."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            message = (f"nesting too deep: more than {MAX_NESTING} levels of expressions, "
                       "statements or declarators")  # fmt: skip
            self.sema.reporter.fatal(self.tok.pos, message)
        try:
            yield
        finally:
            self.depth -= 1

    def cast_expression_inner(self) -> ast.Expr:
        if self.at("(") and self.type_name_follows():
            pos = self.next().pos
            t = self.type_name()
            named_at = self.tokens[self.i - 1].pos  # gcc shows some errors at the type's name
            self.expect(")")
            if self.at("{"):
                return self.postfix_suffixes(self.compound_literal(t, pos))
            return self.sema.explicit_cast(t, self.cast_expression(), pos, named_at)
        return self.unary_expression()

    def type_name_follows(self) -> bool:
        n = 1
        while self.peek(n).kind is Kind.KEYWORD and self.peek(n).value == "__extension__":
            n += 1  # `(__extension__ ({ ... }))` is no cast (glibc's ctype.h at -O1)
        t = self.peek(n)
        if n > 1 and not (t.kind is Kind.KEYWORD or t.kind is Kind.IDENT):
            return False
        if t.kind is Kind.KEYWORD:
            return t.value in SPEC_START and t.value not in STORAGE
        return t.kind is Kind.IDENT and self.sema.is_typedef(str(t.value))

    # postfix-expression: '(' type-name ')' '{' initializer-list ','? '}'
    def compound_literal(self, t: Type, pos: Pos) -> ast.Expr:
        init = self.initializer()
        return self.sema.compound_literal(t, init, pos)

    # unary-expression: postfix-expression | ('++' | '--') unary-expression
    #                 | unary-operator cast-expression | 'sizeof' unary-expression
    #                 | 'sizeof' '(' type-name ')' | '_Alignof' '(' type-name ')'
    #                 | '&&' identifier (GNU) | '__extension__' cast-expression
    # unary-operator: '&' '*' '+' '-' '~' '!'
    def unary_expression(self) -> ast.Expr:
        t = self.tok
        if t.kind is Kind.PUNCT:
            op = str(t.value)
            if op in ("++", "--"):
                self.next()
                with self.nested():  # `++(int){3}`: a compound literal; `++(int)x` as gcc
                    operand = self.cast_expression_inner()
                return self.sema.incdec(op, True, operand, t.pos)
            if op in ("&", "*", "+", "-", "~", "!"):
                self.next()
                return self.sema.unary(op, self.cast_expression(), t.pos)
            if op == "&&":
                self.next()
                label = self.identifier()
                return self.sema.label_address(str(label.value), label.pos)
        elif t.kind is Kind.KEYWORD:
            word = str(t.value)
            if word == "sizeof" or word in ("_Alignof", "__alignof", "__alignof__"):
                return self.sizeof_expression(word != "sizeof")
            if word == "__extension__":
                self.next()
                return self.cast_expression()
            if word in ("__real", "__real__", "__imag", "__imag__"):
                self.next()
                self.sema.error(t.pos, "not supported yet: complex numbers")
                return self.cast_expression()
        return self.postfix_expression()

    def sizeof_expression(self, alignof: bool) -> ast.Expr:
        t = self.next()
        if self.at("(") and self.type_name_follows():
            self.next()
            where = self.tok.pos
            typ = self.type_name()
            self.expect(")")
            if self.at("{"):
                e = self.postfix_suffixes(self.compound_literal(typ, t.pos))
                return self.sema.sizeof_expr(e, t.pos, alignof)
            return self.sema.sizeof_type(typ, where, alignof)
        with self.sema.unevaluated():
            operand = self.unary_expression()
        return self.sema.sizeof_expr(operand, t.pos, alignof)

    # postfix-expression: primary-expression | postfix-expression '[' expression ']'
    #   | postfix-expression '(' argument-expression-list? ')'
    #   | postfix-expression ('.' | '->') identifier | postfix-expression ('++' | '--')
    def postfix_expression(self) -> ast.Expr:
        return self.postfix_suffixes(self.primary_expression())

    def postfix_suffixes(self, e: ast.Expr) -> ast.Expr:
        while True:
            t = self.tok
            if t.kind is not Kind.PUNCT:
                return e
            match t.value:
                case "[":
                    self.next()
                    index = self.expression()
                    self.expect("]")
                    e = self.sema.index(e, index, t.pos)
                case "(":
                    self.next()
                    e = self.sema.call(e, self.arguments(), t.pos)
                case "." | "->":
                    self.next()
                    name = self.identifier()
                    e = self.sema.member(e, str(name.value), t.pos, t.value == "->")
                case "++" | "--":
                    self.next()
                    e = self.sema.incdec(str(t.value), False, e, t.pos)
                case _:
                    return e

    # argument-expression-list: assignment-expression (',' assignment-expression)*
    def arguments(self) -> list[ast.Expr]:
        args: list[ast.Expr] = []
        if self.accept(")"):
            return args
        while True:
            args.append(self.assignment_expression())
            if not self.accept(","):
                break
        self.expect(")")
        return args

    # primary-expression: identifier | constant | string-literal | '(' expression ')'
    #                   | '(' compound-statement ')' (GNU) | generic-selection | builtins
    def primary_expression(self) -> ast.Expr:
        t = self.tok
        match t.kind:
            case Kind.IDENT:
                self.next()
                return self.sema.identifier(str(t.value), t.pos, self.at("("))
            case Kind.INT | Kind.CHAR | Kind.FLOAT | Kind.STRING:
                self.next()
                return self.sema.constant_token(t)
            case Kind.PUNCT if t.value == "(":
                self.next()
                if self.at("{"):
                    return self.statement_expression(t.pos)
                e = self.expression()
                self.expect(")")
                return e
            case Kind.KEYWORD if t.value in BUILTIN_FORMS:
                return BUILTIN_FORMS[str(t.value)](self)
        self.fail("expression")
        raise AssertionError

    def statement_expression(self, pos: Pos) -> ast.Expr:
        if self.sema.function.obj is None:
            self.sema.error(pos, "braced-group within expression allowed only inside a function")
        body = self.compound_statement()
        self.expect(")")
        return self.sema.statement_expression(body, pos)

    # generic-selection: '_Generic' '(' assignment-expression ',' generic-assoc-list ')'
    def generic_selection(self) -> ast.Expr:
        pos = self.next().pos
        self.expect("(")
        control = self.assignment_expression()
        chosen: ast.Expr | None = None
        default: ast.Expr | None = None
        while self.accept(","):
            if self.at_word("default"):
                self.next()
                self.expect(":")
                default = self.assignment_expression()
                continue
            t = self.type_name()
            self.expect(":")
            e = self.assignment_expression()
            if chosen is None and self.sema.generic_matches(control, t):
                chosen = e
        self.expect(")")
        return self.sema.generic_result(chosen or default, control, pos)

    # '__builtin_va_arg' '(' assignment-expression ',' type-name ')'
    def builtin_va_arg(self) -> ast.Expr:
        pos = self.next().pos
        self.expect("(")
        ap = self.assignment_expression()
        self.expect(",")
        t = self.type_name()
        self.expect(")")
        return self.sema.va_arg(ap, t, pos)

    # '__builtin_offsetof' '(' type-name ',' member-designator ')'
    # member-designator: identifier ('.' identifier | '[' expression ']')*
    def builtin_offsetof(self) -> ast.Expr:
        pos = self.next().pos
        self.expect("(")
        t = self.type_name()
        self.expect(",")
        path: list[tuple[str, Pos] | ast.Expr] = []
        name = self.identifier()
        path.append((str(name.value), name.pos))
        while True:
            if self.accept("."):
                name = self.identifier()
                path.append((str(name.value), name.pos))
            elif self.accept("["):
                path.append(self.expression())
                self.expect("]")
            else:
                break
        self.expect(")")
        return self.sema.offsetof(t, path, pos)

    # '__builtin_types_compatible_p' '(' type-name ',' type-name ')'
    def builtin_types_compatible(self) -> ast.Expr:
        pos = self.next().pos
        self.expect("(")
        a = self.type_name()
        self.expect(",")
        b = self.type_name()
        self.expect(")")
        same = ctype.compatible(a.unqual(), b.unqual())
        return ast.IntLit(ctype.INT, pos, int(same))

    # '__builtin_choose_expr' '(' constant-expression ',' expression ',' expression ')'
    def builtin_choose_expr(self) -> ast.Expr:
        self.next()
        self.expect("(")
        which = self.sema.constant(self.assignment_expression(), "__builtin_choose_expr")
        self.expect(",")
        a = self.assignment_expression()
        self.expect(",")
        b = self.assignment_expression()
        self.expect(")")
        return a if which else b


STATEMENTS = {
    "if": Parser.if_statement,
    "switch": Parser.switch_statement,
    "while": Parser.while_statement,
    "do": Parser.do_statement,
    "for": Parser.for_statement,
    "goto": Parser.goto_statement,
    "continue": Parser.continue_statement,
    "break": Parser.break_statement,
    "return": Parser.return_statement,
    "case": Parser.case_statement,
    "default": Parser.default_statement,
    "asm": Parser.asm_statement,
    "__asm": Parser.asm_statement,
    "__asm__": Parser.asm_statement,
}

BUILTIN_FORMS = {
    "_Generic": Parser.generic_selection,
    "__builtin_va_arg": Parser.builtin_va_arg,
    "__builtin_offsetof": Parser.builtin_offsetof,
    "__builtin_types_compatible_p": Parser.builtin_types_compatible,
    "__builtin_choose_expr": Parser.builtin_choose_expr,
}
