"""The parser (groundup/cc/parse.py) and `groundup cc --dump-ast` / `-fsyntax-only`.

* --dump-ast of small programs, compared with the whole expected tree;
* declarators: the type each declaration gives its name, printed as gcc prints it
  (pointers to arrays, arrays of pointers to functions returning pointers ...);
* every statement and expression form; GNU C's extras (attributes, asm labels and
  statements, statement expressions, typeof, case ranges, computed goto);
* syntax errors: gcc's words and place, several per run, exit status 1;
* every C program of tests/programs, tests/glibc, tests/threads and tests/fs, and a
  file including 44 of glibc's headers, parse and type-check with no error;
* fuzzing: random and mutated sources give a tree or diagnostics, never a Python
  exception.
"""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groundup.cc import ast, driver, parse, tool
from groundup.cc.tokenize import convert, scan
from groundup.diag import CompileError, Reporter, Source

HERE = Path(__file__).resolve().parent
CORPUS = sorted(
    [*(HERE / "programs").glob("*.c"), *(HERE / "glibc").glob("*.c"),
     *(HERE / "threads").glob("*.c"), *(HERE / "fs").glob("*.c")]
)  # fmt: skip
HEADERS = [
    "stdio.h", "stdlib.h", "string.h", "stdint.h", "stddef.h", "limits.h", "ctype.h",
    "errno.h", "assert.h", "stdbool.h", "stdarg.h", "unistd.h", "fcntl.h", "signal.h",
    "time.h", "math.h", "setjmp.h", "pthread.h", "sys/mman.h", "sys/stat.h", "dirent.h",
    "sys/wait.h", "sys/socket.h", "netinet/in.h", "sys/epoll.h", "stdatomic.h", "inttypes.h",
    "wchar.h", "sys/utsname.h", "sys/time.h", "sys/resource.h", "sys/ioctl.h", "poll.h",
    "sched.h", "locale.h", "stdnoreturn.h", "stdalign.h", "float.h", "complex.h", "tgmath.h",
    "fenv.h", "threads.h", "uchar.h", "iso646.h",
]  # fmt: skip
needs_sysroot = pytest.mark.skipif(
    not Path(driver.DEFAULT_SYSROOT, "include", "stdio.h").is_file(),
    reason=f"no glibc headers in {driver.DEFAULT_SYSROOT}",
)


# --- helpers --------------------------------------------------------------------------


def program(text: str) -> ast.Program:
    """The typed AST of a text that needs no preprocessing; errors raise CompileError."""
    reporter = Reporter()
    tokens = convert(scan(Source("t.c", text), reporter), reporter)
    result = parse.parse(tokens, reporter)
    reporter.check()
    return result


def dump(text: str) -> str:
    return ast.dump(program(text))


def diagnostics(text: str) -> list[str]:
    """`line:col: severity: message` of each error and warning (notes left out)."""
    reporter = Reporter()
    tokens = convert(scan(Source("t.c", text), reporter), reporter)
    with contextlib.suppress(CompileError):
        parse.parse(tokens, reporter)
    return [
        f"{d.pos.line}:{d.pos.col}: {d.severity}: {d.message}"
        for d in reporter.diagnostics
        if d.pos is not None and d.severity != "note"
    ]


def errors(text: str) -> list[str]:
    return [d for d in diagnostics(text) if ": error: " in d]


def declared(text: str) -> dict[str, str]:
    """name -> printed type of every file-scope object and function of `text`."""
    return {obj.name: str(obj.type) for obj in program(text).objects}


def run_tool(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = tool.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


# --- the printable tree -----------------------------------------------------------------


def test_dump_function_with_conversions() -> None:
    assert dump(
        "int f(short s, unsigned u) {\n"
        "    long r = s + u;\n"
        "    return r > 0 ? (int)r : -1;\n"
        "}\n"
    ) == (
        "FuncDef f#1 'int(short int, unsigned int)' linkage=external\n"
        "  Param s#2 'short int'\n"
        "  Param u#3 'unsigned int'\n"
        "  Block\n"
        "    Var r#4 'long int' auto linkage=none\n"
        "      Init +0 'long int'\n"
        "        ImplicitCast 'long int'\n"
        "          Binary + 'unsigned int'\n"
        "            ImplicitCast 'unsigned int'\n"
        "              VarRef s#2 'short int'\n"
        "            VarRef u#3 'unsigned int'\n"
        "    Return\n"
        "      Cond 'int'\n"
        "        Binary > 'int'\n"
        "          VarRef r#4 'long int'\n"
        "          IntLit 0 'long int'\n"
        "        Cast 'int'\n"
        "          VarRef r#4 'long int'\n"
        "        IntLit -1 'int'\n"
    )  # fmt: skip


def test_dump_arrays_pointers_and_members() -> None:
    assert dump(
        "struct p { char c; int x; };\n"
        "int g(struct p *q, int a[]) { return q->x + a[2]; }\n"
    ) == (
        "FuncDef g#1 'int(struct p *, int *)' linkage=external\n"
        "  Param q#2 'struct p *'\n"
        "  Param a#3 'int *'\n"
        "  Block\n"
        "    Return\n"
        "      Binary + 'int'\n"
        "        Member x +4 'int'\n"
        "          Deref 'struct p'\n"
        "            VarRef q#2 'struct p *'\n"
        "        Deref 'int'\n"
        "          Binary + 'int *'\n"
        "            VarRef a#3 'int *'\n"
        "            IntLit 2 'long int'\n"
    )  # fmt: skip


def test_dump_statements() -> None:
    text = dump(
        "void h(int n) {\n"
        "  for (int i = 0; i < n; i++) { if (i == 3) continue; else break; }\n"
        "  while (n) n--;\n"
        "  do ; while (0);\n"
        "  switch (n) { case 1 ... 3: break; default: goto out; }\n"
        "out:\n"
        "  return;\n"
        "}\n"
    )
    assert text.splitlines() == [
        "FuncDef h#1 'void(int)' linkage=external",
        "  Param n#2 'int'",
        "  Block",
        "    For",
        "      Var i#3 'int' auto linkage=none",
        "        Init +0 'int'",
        "          IntLit 0 'int'",
        "      Binary < 'int'",
        "        VarRef i#3 'int'",
        "        VarRef n#2 'int'",
        "      PostInc 'int'",
        "        VarRef i#3 'int'",
        "      Block",
        "        If",
        "          Binary == 'int'",
        "            VarRef i#3 'int'",
        "            IntLit 3 'int'",
        "          Continue",
        "        Else",
        "          Break",
        "    While",
        "      VarRef n#2 'int'",
        "      ExprStmt",
        "        PostDec 'int'",
        "          VarRef n#2 'int'",
        "    DoWhile",
        "      ExprStmt",
        "      IntLit 0 'int'",
        "    Switch",
        "      VarRef n#2 'int'",
        "      Block",
        "        Case 1 ... 3",
        "          Break",
        "        Default",
        "          Goto out",
        "    Label out",
        "      Return",
    ]


def test_dump_static_initializers() -> None:
    assert dump(
        'struct s { int a; char *name; } t = { 1, "ab" };\n'
        "int v[3] = { [1] = 5 };\n"
        "int *pv = &v[2];\n"
    ) == (
        "Var t#1 'struct s' linkage=external\n"
        "  Init +0 'int'\n"
        "    IntLit 1 'int'\n"
        "  Init +8 'char *'\n"
        "    AddressConst \"ab\" +0 'char *'\n"
        "Var v#2 'int[3]' linkage=external\n"
        "  Init +4 'int'\n"
        "    IntLit 5 'int'\n"
        "Var pv#3 'int *' linkage=external\n"
        "  Init +0 'int *'\n"
        "    AddressConst v#2 +8 'int *'\n"
    )  # fmt: skip


def test_dump_ast_from_the_command_line(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    src = tmp_path / "x.c"
    src.write_text("int main(void) { return 0; }\n")
    status, out, err = run_tool(["--dump-ast", "-nostdinc", str(src)], capsys)
    assert (status, err) == (0, "")
    assert out == (
        "FuncDef main#1 'int(void)' linkage=external\n"
        "  Block\n"
        "    Return\n"
        "      IntLit 0 'int'\n"
    )  # fmt: skip


def test_syntax_only_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.c"
    good.write_text("int x;\n")
    bad = tmp_path / "bad.c"
    bad.write_text("int main(void) {\n  return 0\n}\n")
    assert run_tool(["-fsyntax-only", "-nostdinc", str(good)], capsys) == (0, "", "")
    status, out, err = run_tool(["-fsyntax-only", "-nostdinc", str(bad)], capsys)
    assert status == 1 and out == ""
    assert err.startswith(f"{bad}:2:11: error: expected ';' before '}}' token\n")


def test_code_generation_follows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "x.c"
    src.write_text("int x;\n")
    status, _, err = run_tool(["-S", str(src), "-o", str(tmp_path / "x.s")], capsys)
    assert status == 0, err
    assert "x:" in (tmp_path / "x.s").read_text()


# --- declarators -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("decl", "shown"),
    [
        ("int x;", "int"),
        ("const char *x;", "const char *"),
        ("char *const x;", "char * const"),
        ("int *x[3];", "int *[3]"),
        ("int (*x)[3];", "int (*)[3]"),
        ("int *(*x)[3];", "int *(*)[3]"),
        ("int x[2][3];", "int[2][3]"),
        ("int (*x)(int, char *);", "int (*)(int, char *)"),
        ("int (*x[4])(void);", "int (*[4])(void)"),
        ("char *(*(*x)(void))[5];", "char *(*(*)(void))[5]"),
        ("void (*x(int, void (*)(int)))(int);", "void (*(int, void (*)(int)))(int)"),
        ("int x(int a[], int f(void));", "int(int *, int (*)(void))"),
        ("int x();", "int()"),
        ("int x(const char *, ...);", "int(const char *, ...)"),
        ("unsigned long long x;", "long long unsigned int"),
        ("long unsigned x;", "long unsigned int"),
        ("signed char x;", "signed char"),
        ("short unsigned x;", "short unsigned int"),
        ("_Bool x;", "_Bool"),
        ("long double x;", "long double"),
        ("__int128 x;", "__int128"),
        ("typedef int T; T *x[2];", "int *[2]"),
        ("typedef int A[3]; A x[2];", "int[2][3]"),
        ("typedef int F(int); F *x;", "int (*)(int)"),
        ("__typeof__(1 + 2L) x;", "long int"),
        ("int y[4]; typeof(y) x;", "int[4]"),
        ("int x[] = {1, 2, 3};", "int[3]"),
        ('char x[] = "abc";', "char[4]"),
        ("int volatile * restrict x;", "volatile int * restrict"),
        ("struct s { int a; } *x;", "struct s *"),
        ("enum e { A, B } x;", "enum e"),
    ],
)
def test_declarator_types(decl: str, shown: str) -> None:
    assert declared(decl)["x"] == shown


def test_typedef_names_and_ordinary_names() -> None:
    # A typedef name may be hidden by an object in an inner scope, and comes back after it.
    text = (
        "typedef int T;\n"
        "int f(void) { int r; { int T = 2; r = T * 3; } T x = r; return x; }\n"
    )  # fmt: skip
    assert "Binary * 'int'" in dump(text)


def test_gnu_declarations() -> None:
    text = (
        'extern int printf(const char *__restrict, ...) __asm__("" "printf")\n'
        "    __attribute__((__nothrow__, __format__(__printf__, 1, 2)));\n"
        "__extension__ typedef unsigned long long u64;\n"
        "static __inline u64 twice(u64 v) { return v * 2; }\n"
        "struct __attribute__((packed)) pk { char c; int i; };\n"
        "struct al { char c; } __attribute__((aligned(16)));\n"
        '_Static_assert(sizeof(struct pk) == 5, "packed");\n'
        '_Static_assert(sizeof(struct al) == 16, "aligned");\n'
        "typedef int word __attribute__((__mode__(__word__)));\n"
        '_Static_assert(sizeof(word) == 8, "mode");\n'
        'int main(void) { return printf("%d", (int)twice(2)); }\n'
    )
    objects = {obj.name: obj for obj in program(text).objects}
    assert objects["printf"].symbol == "printf"
    assert str(objects["twice"].type) == "long long unsigned int(long long unsigned int)"


def test_gnu_expressions_and_statements() -> None:
    text = dump(
        "int f(int x) {\n"
        "  static void *table[] = { &&a, &&b };\n"
        "  int y = ({ int t = x * 2; t + 1; });\n"
        "  __auto_type z = y;\n"
        "  __asm__ volatile (\"add %0, %1, %2\" : \"=r\"(y) : \"r\"(x), \"r\"(z) : \"memory\");\n"
        "  goto *table[x & 1];\n"
        " a: return y ?: 1;\n"
        " b: return sizeof(__typeof__(z)) + _Alignof(long)\n"
        "      + __builtin_offsetof(struct { int a, b; }, b);\n"
        "}\n"
    )  # fmt: skip
    assert "AddressConst a +0 'void *'" in text  # a static table of label addresses
    assert "StmtExpr 'int'" in text
    assert "Var z#6 'int' auto linkage=none" in text
    assert "Asm volatile 'add %0, %1, %2' clobbers=['memory']" in text
    assert "Goto *" in text
    assert "IntLit 16 'int'" in text  # sizeof(int) + _Alignof(long) + offsetof(b)


def test_every_operator_parses_with_c_precedence() -> None:
    text = dump("int f(int a, int b) { return a || b && a | b ^ a & b == a < b << a + b * -a; }")
    ops = [line.strip().split(" '")[0] for line in text.splitlines() if "Binary" in line]
    assert ops == [
        "Binary ||", "Binary &&", "Binary |", "Binary ^", "Binary &", "Binary ==",
        "Binary <", "Binary <<", "Binary +", "Binary *",
    ]  # fmt: skip


def test_assignment_and_comma_associativity() -> None:
    text = dump("void f(int a, int b, int c) { a = b = c, a += 1, b <<= 2; }")
    assert text.count("Assign '") == 2 and "CompoundAssign <<= (in 'int')" in text
    assert text.index("Comma") < text.index("Assign")


def test_casts_compound_literals_and_sizeof_forms() -> None:
    text = dump(
        "struct pt { int x, y; };\n"
        "long f(void) {\n"
        "  int *p = (int []){ 1, 2, 3 };\n"
        "  struct pt q = (struct pt){ .y = 4 };\n"
        "  return sizeof(int) + sizeof p + sizeof(struct pt){0} + (long)q.y + p[1];\n"
        "}\n"
    )  # fmt: skip
    assert "CompoundLiteral __compound_literal." in text
    assert "IntLit 20 'long unsigned int'\n" in text  # 4 + 8 + 8, folded


def test_string_literals_and_characters() -> None:
    text = dump("const char *s = \"a\\n\" \"b\"; int c = '\\377'; int w = L'x';\n")
    assert 'AddressConst "a\\x0ab" +0' in text
    assert "IntLit 255 'int'" in text
    assert "IntLit 120 'int'" in text


# --- syntax errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("int main(void) {\n  int x = 1;\n  x = 2\n}\n",
         ["3:8: error: expected ';' before '}' token"]),
        ("int main(void) {\n  if (1) { return 2 }\n}\n",
         ["2:20: error: expected ';' before '}' token"]),
        ("int main(void) {\n  int x = 1\n  return x;\n}\n",
         ["3:3: error: expected ',' or ';' before 'return'"]),
        ("int f(void) { return (1 + 2; }\n",
         ["1:28: error: expected ')' before ';' token"]),
        ("int f(void) { return 1 +; }\n", ["1:25: error: expected expression before ';' token"]),
        ("int f(void) { int 3; }\n",
         ["1:19: error: expected identifier or '(' before numeric constant"]),
        ("int x\n",
         ["1:1: error: expected '=', ',', ';', 'asm' or '__attribute__' at end of input"]),
        ("int x = 1\n", ["1:1: error: expected ',' or ';' at end of input"]),
        ("int f(void) {\n", ["1:1: error: expected declaration or statement at end of input"]),
        ("int f(void) { do x(); until (1); }\n",
         ["1:18: warning: implicit declaration of function 'x'",
          "1:23: error: expected 'while' before 'until'"]),
    ],
)  # fmt: skip
def test_syntax_errors_like_gcc(text: str, expected: list[str]) -> None:
    assert diagnostics(text) == expected


def test_several_errors_in_one_run() -> None:
    text = "int f(void) {\n  int a = ;\n  a = 1 +;\n  return a\n}\nint g(void) { return 1 }\n"
    assert errors(text) == [
        "2:11: error: expected expression before ';' token",
        "3:10: error: expected expression before ';' token",
        "4:11: error: expected ';' before '}' token",
        "6:23: error: expected ';' before '}' token",
    ]


# --- whole programs with glibc's headers -------------------------------------------------------


def check_file(path: Path, *extra: str) -> None:
    """`path` type-checks against glibc's headers (the sysroot's)."""
    flags = tool.parse_args(["--libc=glibc", "-fsyntax-only", *extra, str(path)])
    reporter = Reporter()
    job = tool.make_job(flags)
    driver.syntax_tree(job, reporter)
    problems = [d.render() for d in reporter.diagnostics if d.severity == "error"]
    assert problems == []


@needs_sysroot
@pytest.mark.slow
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_type_checks(path: Path) -> None:
    freestanding = ("-ffreestanding",) if path.parent.name == "programs" else ()
    check_file(path, *freestanding)


@needs_sysroot
def test_glibc_headers_type_check(tmp_path: Path) -> None:
    src = tmp_path / "all.c"
    src.write_text("".join(f"#include <{h}>\n" for h in HEADERS) + "int main(void) { return 0; }\n")
    check_file(src)


@needs_sysroot
def test_glibc_headers_with_signed_char_and_strict_std(tmp_path: Path) -> None:
    src = tmp_path / "all.c"
    src.write_text("".join(f"#include <{h}>\n" for h in HEADERS[:12]) + "int x;\n")
    check_file(src, "-fsigned-char", "-std=c11")


# --- fuzzing -----------------------------------------------------------------------------------

FRAGMENTS = [
    "int", "char", "x", "y", "f", "(", ")", "{", "}", "[", "]", ";", ",", "*", "&", "=", "+",
    "-", "1", "0", "'a'", '"s"', "struct", "s", "union", "enum", "typedef", "static",
    "extern", "const", "if", "else", "while", "for", "do", "switch", "case", "default",
    "break", "continue", "return", "goto", "sizeof", ":", "?", ".", "->", "++", "--", "...",
    "__attribute__", "__asm__", "void", "long", "unsigned", "<<", "==", "!", "~", "/", "%",
    "1.5", "_Static_assert", "__typeof__", "__builtin_va_arg", "_Generic",
]  # fmt: skip

SEED_PROGRAMS = [
    'struct s { int a; char b[3]; } v = { 1, "xy" };\nint f(struct s *p) { return p->b[1]; }\n',
    "typedef int (*fp)(int);\nint g(fp h, int n) { int i, t = 0; for (i = 0; i < n; i++) t += h(i);"
    " switch (t) { case 1: return 2; default: break; } return t ? t : -1; }\n",
    "enum { A = 3, B = A * 2 };\nint a[B];\nint *p = a + A;\n"
    "void k(void) { do { a[0]++; } while (a[0] < 10); goto end; end: ; }\n",
]


def parse_safely(text: str) -> None:
    """A tree or CompileError, nothing else."""
    reporter = Reporter(limit=1 << 30)
    try:
        tokens = convert(scan(Source("f.c", text), reporter), reporter)
        parse.parse(tokens, reporter)
    except CompileError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_fuzz_token_soup(parts: list[str]) -> None:
    parse_safely(" ".join(parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEED_PROGRAMS), st.randoms(use_true_random=False))
def test_fuzz_mutated_programs(seed: str, rnd: random.Random) -> None:
    words = seed.replace("(", " ( ").replace(")", " ) ").replace(";", " ; ").split()
    for _ in range(rnd.randint(1, 4)):
        i = rnd.randrange(len(words))
        match rnd.randrange(3):
            case 0:
                del words[i]
            case 1:
                words.insert(i, rnd.choice(FRAGMENTS))
            case _:
                words[i] = rnd.choice(FRAGMENTS)
    parse_safely(" ".join(words))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("int x(){}[];,*&=+-1'\"s.:?<>!~/%\n")), max_size=60))
def test_fuzz_random_text(text: str) -> None:
    parse_safely(text)


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    for text in ("int x = " + "(" * 400 + "1" + ")" * 400 + ";",
                 "int f(void) {" + "{" * 400 + "}" * 400 + "}",
                 "int x = " + "-" * 5000 + "1;",
                 "int " + "(" * 400 + "x" + ")" * 400 + ";"):  # fmt: skip
        (message,) = diagnostics(text)
        assert "fatal error: nesting too deep: more than 256 levels" in message
    assert diagnostics("int x = " + "(" * 200 + "1" + ")" * 200 + ";") == []


def test_warnings_are_shown_and_w_silences_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "w.c"
    src.write_text("int *p = 1;\n")
    status, out, err = run_tool(["-fsyntax-only", "-nostdinc", str(src)], capsys)
    assert status == 0 and out == ""
    assert err.startswith(f"{src}:1:10: warning: initialization of 'int *' from 'int' makes "
                          "pointer from integer without a cast\n")  # fmt: skip
    assert run_tool(["-fsyntax-only", "-w", "-nostdinc", str(src)], capsys) == (0, "", "")


def test_errors_in_headers_name_the_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "h.h").write_text("int bad = ;\n")
    src = tmp_path / "m.c"
    src.write_text('#include "h.h"\nint main(void) { return bad; }\n')
    status, _, err = run_tool(["-fsyntax-only", "-nostdinc", str(src)], capsys)
    assert status == 1
    assert f"{tmp_path / 'h.h'}:1:11: error: expected expression before ';' token" in err


def test_errors_inside_macros_point_into_the_macro() -> None:
    # gcc shows where the token was spelled (the #define); the lexer keeps that place.
    flags = tool.parse_args(["-fsyntax-only", "-nostdinc", "t.c"])
    reporter = Reporter()
    with pytest.raises(CompileError):
        tool.run(flags, reporter, ("t.c", "#define BAD (1 +)\nint x = BAD;\n"))
    assert [(d.pos.line, d.pos.col, d.message) for d in reporter.diagnostics if d.pos] == [
        (1, 17, "expected expression before ')' token"),
        (2, 9, "in expansion of macro 'BAD'"),
    ]


def test_old_style_definitions() -> None:
    text = (
        "int add(a, b, c) int a; char *b; { return a + c + *b; }\nint g(x) long y; { return x; }\n"
    )
    assert diagnostics(text) == [
        "1:5: warning: type of 'c' defaults to 'int'",
        "2:5: warning: type of 'x' defaults to 'int'",
        "2:15: error: declaration for parameter 'y' but no such parameter",
    ]
    assert declared("int add(a, b) int a; char *b; { return a + *b; }") == {"add": "int()"}
    assert diagnostics("int f(a, b);\n") == [
        "1:1: warning: parameter names (without types) in function declaration"
    ]
    assert "Param b#3 'char *'" in dump("int add(a, b) int a; char *b; { return a + *b; }")


def test_complex_types_are_declared_but_not_computed() -> None:
    assert declared("_Complex double z; float _Complex w; _Complex c;") == {
        "z": "complex double", "w": "complex float", "c": "complex double"}  # fmt: skip
    assert errors("_Complex double z, y; void f(void) { z = y; z = z + y; }\n") == [
        "1:49: error: not supported yet: complex arithmetic"
    ]
