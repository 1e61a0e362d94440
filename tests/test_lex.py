"""The C lexer (groundup/cc/tokenize.py): preprocessing tokens, then C tokens.

* scan: every kind of preprocessing token, positions in the original text (tabs,
  line splices, trigraphs), `bol` and `space`, comments, unterminated literals;
* convert: keywords, integer constants and their C17 6.4.4.1 types (bases,
  suffixes, the ladder for LP64), floating constants, character constants (all
  escapes, multi-character, plain/L/u/U, signed or unsigned plain char), string
  literals (escapes, prefixes, adjacent concatenation), digraphs;
* errors with their line and column;
* the --dump-tokens text;
* fuzzing: random text never makes the lexer raise anything but CompileError.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groundup.cc.tokenize import (
    CType,
    Kind,
    LexOptions,
    PPKind,
    PPToken,
    Token,
    convert,
    dump,
    read_text,
    scan,
)
from groundup.diag import CompileError, Reporter, Source


def pp(text: str) -> list[PPToken]:
    return scan(Source("t.c", text), Reporter())


def lex(text: str, **options: bool) -> list[Token]:
    """C tokens of a text that needs no preprocessing (EOF dropped)."""
    reporter = Reporter()
    tokens = convert(scan(Source("t.c", text), reporter), reporter, LexOptions(**options))
    reporter.check()
    return tokens[:-1]


def one(text: str, **options: bool) -> Token:
    (token,) = lex(text, **options)
    return token


def errors(text: str) -> list[str]:
    """`line:col: message` of each error the lexer reports for `text`."""
    reporter = Reporter()
    convert(scan(Source("t.c", text), reporter), reporter)
    return [
        f"{d.pos.line}:{d.pos.col}: {d.message}"
        for d in reporter.diagnostics
        if d.severity == "error" and d.pos is not None
    ]


def warnings(text: str) -> list[str]:
    reporter = Reporter()
    convert(scan(Source("t.c", text), reporter), reporter)
    return [d.message for d in reporter.diagnostics if d.severity == "warning"]


# --- preprocessing tokens ------------------------------------------------------------


def test_pp_token_kinds() -> None:
    toks = pp('x 12.5e+3 \'a\' "s" += @ L"w" u8"u" .5 ... 0x1p-3')
    assert [(t.kind, t.text) for t in toks] == [
        (PPKind.IDENT, "x"),
        (PPKind.NUMBER, "12.5e+3"),
        (PPKind.CHAR, "'a'"),
        (PPKind.STRING, '"s"'),
        (PPKind.PUNCT, "+="),
        (PPKind.OTHER, "@"),
        (PPKind.STRING, 'L"w"'),
        (PPKind.STRING, 'u8"u"'),
        (PPKind.NUMBER, ".5"),
        (PPKind.PUNCT, "..."),
        (PPKind.NUMBER, "0x1p-3"),
    ]


def test_longest_punctuator_wins() -> None:
    texts = [t.text for t in pp("a+++++b <<= >>= -> -- %:%: <::> ... .. x->y")]
    assert texts == ["a", "++", "++", "+", "b", "<<=", ">>=", "->", "--", "%:%:", "<:",
                     ":>", "...", ".", ".", "x", "->", "y"]  # fmt: skip


def test_pp_numbers_are_wider_than_numbers() -> None:
    assert [t.text for t in pp("1.2.3 0x1e+1 1e+e+ 12_34 1..2 08")] == [
        "1.2.3", "0x1e+1", "1e+e+", "12_34", "1..2", "08"]  # fmt: skip


def test_positions_count_from_one_and_tabs_are_one_column() -> None:
    toks = pp("int\tx;\n  y = 'c';\n")
    assert [(t.text, t.pos.line, t.pos.col) for t in toks] == [
        ("int", 1, 1), ("x", 1, 5), (";", 1, 6), ("y", 2, 3), ("=", 2, 5), ("'c'", 2, 7),
        (";", 2, 10)]  # fmt: skip


def test_splices_join_lines_but_positions_stay_in_the_original() -> None:
    toks = pp('ab\\\ncd + \\\n  e\n"s\\\nt" f')
    assert [(t.text, t.pos.line, t.pos.col) for t in toks] == [
        ("abcd", 1, 1), ("+", 2, 4), ("e", 3, 3), ('"st"', 4, 1), ("f", 5, 4)]  # fmt: skip
    assert [t.bol for t in toks] == [True, False, False, True, False]


def test_splice_with_trailing_blanks_warns() -> None:
    reporter = Reporter()
    toks = scan(Source("t.c", "a \\  \nb"), reporter)
    assert [t.text for t in toks] == ["a", "b"]
    assert [(d.pos.line, d.pos.col, d.message) for d in reporter.diagnostics if d.pos] == [
        (1, 3, "backslash and newline separated by space")]  # fmt: skip


def test_trigraphs_only_when_asked() -> None:
    assert [t.text for t in pp("??=define ??( ??)")] == ["?", "?", "=", "define", "?", "?",
                                                      "(", "?", "?", ")"]  # fmt: skip
    toks = scan(Source("t.c", "??=define X ??( ??/\n??)"), Reporter(), trigraphs=True)
    assert [(t.text, t.pos.col) for t in toks] == [("#", 1), ("define", 4), ("X", 11),
                                                   ("[", 13), ("]", 1)]  # fmt: skip


def test_comments_are_space_and_bol_survives_them() -> None:
    toks = pp("a/**/b /* x\n y */ # c // d\ne")
    assert [(t.text, t.space, t.bol) for t in toks] == [
        ("a", False, True), ("b", True, False), ("#", True, False), ("c", True, False),
        ("e", False, True)]  # fmt: skip
    toks = pp("/* a comment\n over lines */ # define X")
    assert toks[0].text == "#" and toks[0].bol  # still the first token of its line


def test_unterminated_comment_is_an_error_at_its_start() -> None:
    reporter = Reporter()
    scan(Source("t.c", "int a;\n  /* never\nclosed"), reporter)
    assert [(d.pos.line, d.pos.col, d.message) for d in reporter.diagnostics if d.pos] == [
        (2, 3, "unterminated comment")]  # fmt: skip


def test_unterminated_literals_take_the_rest_of_the_line() -> None:
    toks = pp("x = 'ab;\ny = \"cd;\nz")
    assert [(t.kind, t.text) for t in toks] == [
        (PPKind.IDENT, "x"), (PPKind.PUNCT, "="), (PPKind.OTHER, "'ab;"), (PPKind.IDENT, "y"),
        (PPKind.PUNCT, "="), (PPKind.OTHER, '"cd;'), (PPKind.IDENT, "z")]  # fmt: skip


def test_raw_strings_in_gnu_c() -> None:
    assert [t.text for t in pp('R"x(a\\b")x" R"(b)" u8R"(c)"')] == [
        'R"x(a\\b")x"', 'R"(b)"', 'u8R"(c)"']  # fmt: skip
    assert one('R"(a\\n)"').value == tuple(b"a\\n")


def test_read_text_strips_bom_and_carriage_returns() -> None:
    assert read_text(b"\xef\xbb\xbfa\r\nb\rc\xff") == "a\nb\nc\udcff"


def test_identifiers_take_dollars_ucns_and_utf8() -> None:
    texts = [(t.kind, t.text) for t in pp("$x a$b caf\\u00e9 naïve \\U0001F600x")]
    assert all(kind is PPKind.IDENT for kind, _ in texts)
    assert one("caf\\u00e9").value == "café"


# --- keywords and identifiers -----------------------------------------------------------


def test_keywords_and_identifiers() -> None:
    toks = lex("int main _Bool __attribute__ typeof asm __asm__ restrict inlined")
    assert [t.kind for t in toks] == [Kind.KEYWORD, Kind.IDENT, Kind.KEYWORD, Kind.KEYWORD,
                                      Kind.KEYWORD, Kind.KEYWORD, Kind.KEYWORD, Kind.KEYWORD,
                                      Kind.IDENT]  # fmt: skip
    strict = lex("typeof asm __typeof__", gnu=False)
    assert [t.kind for t in strict] == [Kind.IDENT, Kind.IDENT, Kind.KEYWORD]


def test_punctuators_and_digraphs() -> None:
    toks = lex("<: :> <% %> -> ... <<= >>=")
    assert [t.value for t in toks] == ["[", "]", "{", "}", "->", "...", "<<=", ">>="]
    assert [t.text for t in toks][:2] == ["<:", ":>"]
    assert toks[0].is_punct("[")


# --- integer constants (C17 6.4.4.1) ---------------------------------------------------


@pytest.mark.parametrize(
    "text, value, ctype",
    [
        ("0", 0, CType.INT),
        ("42", 42, CType.INT),
        ("2147483647", 2147483647, CType.INT),
        ("2147483648", 2147483648, CType.LONG),  # decimal: never unsigned
        ("0x7fffffff", 0x7FFFFFFF, CType.INT),
        ("0x80000000", 0x80000000, CType.UINT),  # hex/octal: unsigned int next
        ("0xffffffff", 0xFFFFFFFF, CType.UINT),
        ("0x100000000", 0x100000000, CType.LONG),
        ("0x8000000000000000", 1 << 63, CType.ULONG),
        ("020000000000", 0x80000000, CType.UINT),
        ("017", 15, CType.INT),
        ("0b101", 5, CType.INT),
        ("0B11111111111111111111111111111111", 0xFFFFFFFF, CType.UINT),
        ("9223372036854775807", (1 << 63) - 1, CType.LONG),
        ("10u", 10, CType.UINT),
        ("0xffu", 255, CType.UINT),
        ("0x100000000u", 1 << 32, CType.ULONG),
        ("017UL", 15, CType.ULONG),
        ("0b1ull", 1, CType.ULLONG),
        ("4294967296U", 1 << 32, CType.ULONG),
        ("10l", 10, CType.LONG),
        ("10L", 10, CType.LONG),
        ("0xffffffffffffffffL", (1 << 64) - 1, CType.ULONG),
        ("10ul", 10, CType.ULONG),
        ("10LU", 10, CType.ULONG),
        ("10uL", 10, CType.ULONG),
        ("10ll", 10, CType.LLONG),
        ("10LL", 10, CType.LLONG),
        ("0xffffffffffffffffLL", (1 << 64) - 1, CType.ULLONG),
        ("10ull", 10, CType.ULLONG),
        ("10LLU", 10, CType.ULLONG),
        ("10uLL", 10, CType.ULLONG),
    ],
)
def test_integer_types(text: str, value: int, ctype: CType) -> None:
    tok = one(text)
    assert (tok.kind, tok.value, tok.ctype, tok.text) == (Kind.INT, value, ctype, text)


def test_a_decimal_too_big_for_long_long_is_unsigned_with_a_warning() -> None:
    tok = one("18446744073709551615")
    assert (tok.value, tok.ctype) == ((1 << 64) - 1, CType.ULLONG)
    assert warnings("18446744073709551615") == ["integer constant is so large that it is unsigned"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("0x", 'invalid suffix "x" on integer constant'),
        ("0b", 'invalid suffix "b" on integer constant'),
        ("08", 'invalid digit "8" in octal constant'),
        ("0779", 'invalid digit "9" in octal constant'),
        ("12abc", 'invalid suffix "abc" on integer constant'),
        ("1lL", 'invalid suffix "lL" on integer constant'),
        ("1lul", 'invalid suffix "lul" on integer constant'),
        ("1uu", 'invalid suffix "uu" on integer constant'),
        ("0b102", 'invalid suffix "2" on integer constant'),
        ("18446744073709551616", "integer constant is too large for its type"),
        ("1e", "exponent has no digits"),
        ("1e+", "exponent has no digits"),
        ("0x1.8", "hexadecimal floating constants require an exponent"),
        ("1.0x", 'invalid suffix "x" on floating constant'),
        ("1.2.3", "too many decimal points in number"),
    ],
)
def test_bad_numbers(text: str, message: str) -> None:
    assert errors(f"x = {text};") == [f"1:5: {message}"]


# --- floating constants (C17 6.4.4.2) ---------------------------------------------------


@pytest.mark.parametrize(
    "text, value, ctype",
    [
        ("1.0", 1.0, CType.DOUBLE),
        (".5", 0.5, CType.DOUBLE),
        ("5.", 5.0, CType.DOUBLE),
        ("1e10", 1e10, CType.DOUBLE),
        ("1E-3", 1e-3, CType.DOUBLE),
        ("2.5f", 2.5, CType.FLOAT),
        ("2.5F", 2.5, CType.FLOAT),
        ("2.5l", 2.5, CType.LDOUBLE),
        ("2.5L", 2.5, CType.LDOUBLE),
        ("0x1p3", 8.0, CType.DOUBLE),
        ("0x1.8p-1", 0.75, CType.DOUBLE),
        ("0X.8P1f", 1.0, CType.FLOAT),
        ("1.0f32", 1.0, CType.FLOAT32),
        ("1.0f64", 1.0, CType.FLOAT64),
        ("1.0F128", 1.0, CType.FLOAT128),
        ("1.0f32x", 1.0, CType.FLOAT32X),
        ("1.0f64x", 1.0, CType.FLOAT64X),
    ],
)
def test_floating_constants(text: str, value: float, ctype: CType) -> None:
    tok = one(text)
    assert (tok.kind, tok.value, tok.ctype, tok.text) == (Kind.FLOAT, value, ctype, text)


def test_floating_overflow_warns() -> None:
    assert warnings("1e999") == ["floating constant exceeds range of 'double'"]
    assert warnings("1e39f") == ["floating constant exceeds range of 'float'"]
    assert warnings("3.4e38f 1e308") == []


@pytest.mark.parametrize("text,overflows", [
    ("1e4000L", False), ("1e5000L", True), ("0x1p5000L", False), ("0x1p5000", True),
    ("0x1p99999999", True), ("1e99999999999", True), ("1e-99999999", False), ("0x0p99999", False),
    ("1.7976931348623157e308", False), ("1.7976931348623159e308", True),
    ("3.4028235e38f", False), ("3.40282357e38f", True),
    ("0x1.ffffffffffffffffffffffffffffp16383L", False),
    ("0x1.ffffffffffffffffffffffffffff8p16383L", True),
])  # fmt: skip
def test_floating_range_is_the_types_own(text: str, overflows: bool) -> None:
    """long double is binary128 on RISC-V: its range, not a Python float's (the cases are
    the ones gcc 12 warns about, or not); huge exponents are settled without huge numbers."""
    expected = [f"floating constant exceeds range of '{one(text).ctype}'"] if overflows else []
    assert warnings(text) == expected


# --- character constants (C17 6.4.4.4) ---------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("'a'", 97),
        ("'\\n'", 10),
        ("'\\t'", 9),
        ("'\\a'", 7),
        ("'\\b'", 8),
        ("'\\f'", 12),
        ("'\\v'", 11),
        ("'\\r'", 13),
        ("'\\''", 39),
        ("'\\\"'", 34),
        ("'\"'", 34),
        ("'\\?'", 63),
        ("'\\\\'", 92),
        ("'\\0'", 0),
        ("'\\101'", 65),
        ("'\\x41'", 65),
        ("'\\x0041'", 65),
        ("'\\377'", 255),  # plain char is unsigned on RISC-V Linux
        ("'\\xff'", 255),
        ("'\\e'", 27),  # GNU
    ],
)
def test_character_constants(text: str, value: int) -> None:
    tok = one(text)
    assert (tok.kind, tok.value, tok.ctype) == (Kind.CHAR, value, CType.INT)


def test_signed_plain_char() -> None:
    assert one("'\\377'", signed_char=True).value == -1
    assert one("'\\x7f'", signed_char=True).value == 127


def test_multi_character_constants() -> None:
    assert one("'ab'").value == 0x6162
    assert one("'abcd'").value == 0x61626364
    assert one("'\\377\\377\\377\\377'").value == -1  # an int, whatever plain char is
    assert warnings("'ab'") == ["multi-character character constant"]
    assert one("'abcde'").value == 0x62636465
    assert warnings("'abcde'") == ["character constant too long for its type"]
    assert one("'é'").value == 0xC3A9  # two bytes of UTF-8


def test_wide_character_constants() -> None:
    assert (one("L'a'").value, one("L'a'").ctype) == (97, CType.INT)
    assert one("L'\\xffffffff'").value == -1  # wchar_t is a signed int
    assert one("L'é'").value == 0xE9
    assert (one("u'\\xffff'").value, one("u'x'").ctype) == (0xFFFF, CType.USHORT)
    assert (one("U'\\U0001F600'").value, one("U'x'").ctype) == (0x1F600, CType.UINT)
    assert one("u'\\U0001F600'").value == 0xDE00  # a surrogate pair: the last unit counts
    assert one("L'ab'").value == 98
    assert warnings("L'ab'") == ["character constant too long for its type"]


def test_bad_character_constants() -> None:
    assert errors("x = '';") == ["1:5: empty character constant"]
    assert errors("x = 'ab") == ["1:5: missing terminating ' character"]
    assert errors("x = '\\x';") == ["1:5: \\x used with no following hex digits"]
    assert errors("x = '\\u12';") == ["1:5: incomplete universal character name \\u12"]
    assert errors("x = '\\uD800';") == ["1:5: \\uD800 is not a valid universal character"]
    assert errors("x = '\\u0041';") == [
        "1:5: universal character \\u0041 is not valid in a literal"]  # fmt: skip
    assert warnings("'\\q'") == ["unknown escape sequence: '\\q'"]
    assert warnings("'\\400'") == ["octal escape sequence out of range"]
    assert warnings("'\\x100'") == ["hex escape sequence out of range"]


# --- string literals (C17 6.4.5) -------------------------------------------------------


def test_string_values_and_element_types() -> None:
    s = one('"a\\tb\\0c\\x41\\101\\u00e9"')
    assert (s.kind, s.ctype, s.value) == (Kind.STRING, CType.CHAR,
                                          (97, 9, 98, 0, 99, 65, 65, 0xC3, 0xA9))  # fmt: skip
    assert one('u8"é"').value == (0xC3, 0xA9)
    assert (one('L"é"').value, one('L"x"').ctype) == ((0xE9,), CType.INT)
    assert (one('u"\\U0001F600"').value, one('u"x"').ctype) == ((0xD83D, 0xDE00), CType.USHORT)
    assert (one('U"\\U0001F600"').value, one('U"x"').ctype) == ((0x1F600,), CType.UINT)
    assert one('"\\xff"').value == (255,)


def test_adjacent_strings_concatenate() -> None:
    s = one('"ab" "c"\n"d"')
    assert (s.value, s.text, s.pos.line, s.pos.col) == (tuple(b"abcd"), '"ab" "c" "d"', 1, 1)
    wide = one('"a" L"b" "c"')
    assert (wide.value, wide.ctype) == ((97, 98, 99), CType.INT)
    assert one('"\\x4" "1"').value == (4, 49)  # each piece's escapes end with it
    assert errors('x = L"a" u"b";') == [
        "1:10: unsupported non-standard concatenation of string literals"]  # fmt: skip
    assert lex('"a" x "b"')[1].kind is Kind.IDENT


def test_stray_characters() -> None:
    assert errors("a @ b ` c \\") == ["1:3: stray '@' in program", "1:7: stray '`' in program",
                                       "1:11: stray '\\' in program"]  # fmt: skip
    assert errors("x # y %:%: z") == ["1:3: stray '#' in program", "1:7: stray '%:%:' in program"]


def test_several_errors_in_one_run() -> None:
    text = "int a = 08;\nint b = 'ab\nint c = 1 @ 2;\n"
    assert errors(text) == ['1:9: invalid digit "8" in octal constant',
                            "2:9: missing terminating ' character",
                            "3:11: stray '@' in program"]  # fmt: skip


def test_error_rendering_has_the_line_and_a_caret() -> None:
    reporter = Reporter()
    convert(scan(Source("t.c", "int x = 0x;\n"), reporter), reporter)
    with pytest.raises(CompileError) as info:
        reporter.check()
    assert str(info.value) == (
        't.c:1:9: error: invalid suffix "x" on integer constant\n'
        "    1 | int x = 0x;\n"
        "      |         ^~"
    )


# --- the printable form -----------------------------------------------------------------


def test_dump_tokens() -> None:
    text = dump(lex('int x = 42u + \'a\' * 1.5f;\nchar *s = "a" "b\\n";'))
    assert text == (
        "t.c:1:1: keyword int\n"
        "t.c:1:5: identifier x\n"
        "t.c:1:7: punctuator =\n"
        "t.c:1:9: integer 42u [unsigned int 42]\n"
        "t.c:1:13: punctuator +\n"
        "t.c:1:15: character 'a' [int 97]\n"
        "t.c:1:19: punctuator *\n"
        "t.c:1:21: floating 1.5f [float 1.5]\n"
        "t.c:1:25: punctuator ;\n"
        "t.c:2:1: keyword char\n"
        "t.c:2:6: punctuator *\n"
        "t.c:2:7: identifier s\n"
        "t.c:2:9: punctuator =\n"
        't.c:2:11: string "a" "b\\n" [char[4] "ab\\x0a"]\n'
        "t.c:2:20: punctuator ;\n"
    )


def test_convert_ends_with_eof() -> None:
    reporter = Reporter()
    tokens = convert(scan(Source("t.c", "x\n"), reporter), reporter)
    assert tokens[-1].kind is Kind.EOF and (tokens[-1].pos.line, tokens[-1].pos.col) == (1, 2)
    assert convert([], reporter)[0].kind is Kind.EOF


# --- fuzzing ---------------------------------------------------------------------------

PIECES = ["'", '"', "\\", "\n", "/*", "*/", "//", "0x", "1e", ".", "..", "u8", "L", "R\"(",
          ")\"", "\\u12", "\\U0001F600", "é", "\udcff", "??/", "\t", "@", "#", "##", "%:",
          "<:", "'a'", '"s"', "0b2", "1.2.3", "x", " "]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.booleans())
def test_fuzz_pieces(pieces: list[str], trigraphs: bool) -> None:
    _lex_cleanly("".join(pieces), trigraphs)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=80))
def test_fuzz_any_text(text: str) -> None:
    _lex_cleanly(text, False)


def _lex_cleanly(text: str, trigraphs: bool) -> None:
    """Scanning and converting either works or reports errors; nothing else comes out."""
    reporter = Reporter(limit=10_000)
    try:
        tokens = convert(scan(Source("f.c", text), reporter, trigraphs), reporter)
        dump(tokens)
        for d in reporter.diagnostics:
            d.render()
    except CompileError:
        pass
