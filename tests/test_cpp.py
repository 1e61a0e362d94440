"""The preprocessor (groundup/cc/preprocess.py) and `groundup cc -E`, against gcc.

* tests/cpp/*.c, macro-torture files written for this project (stringizing,
  pasting, rescanning and blue paint, variadic macros, GNU's comma, __VA_OPT__,
  #if arithmetic, `defined` made by macros, #line, __LINE__ in calls over several
  lines, include guards, #pragma once, #include_next, __COUNTER__, C17's own
  examples ...): `groundup cc -E -P` must give gcc -E -P's tokens, token for
  token. The test also asserts they are byte-identical (they are, so far).
* glibc's headers (<stdio.h>, <stdlib.h>, <string.h>, <math.h>, <pthread.h>,
  <stdatomic.h> and 30 more) and every C program of tests/programs and
  tests/glibc: the same tokens as gcc.
* -dM -E: the same set of (name, definition) as gcc, for several flag sets.
* diagnostics: the message, line and column of each error (several per run where
  going on makes sense), `In file included from` chains, exit status 1 and no
  output file; and an internal error says so.
* fuzzing: random and mutated sources through -E, -dM and --dump-tokens: a clean
  result or clean diagnostics, never a Python exception.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402

from groundup.cc import driver, preprocess, tool  # noqa: E402
from groundup.cc.tokenize import LexOptions, scan  # noqa: E402
from groundup.diag import CompileError, Reporter, Source  # noqa: E402

HERE = Path(__file__).resolve().parent
TORTURE = sorted((HERE / "cpp").glob("*.c"))
TORTURE_FLAGS = ("-Icpp/include", "-Icpp/include/next1", "-Icpp/include/next2")
PROGRAMS = sorted((HERE / "programs").glob("*.c"))
GLIBC = sorted((HERE / "glibc").glob("*.c"))
HEADERS = [
    "stdio.h", "stdlib.h", "string.h", "math.h", "pthread.h", "stdatomic.h", "stdint.h",
    "limits.h", "stddef.h", "stdarg.h", "stdbool.h", "float.h", "errno.h", "unistd.h",
    "fcntl.h", "sys/stat.h", "sys/mman.h", "signal.h", "time.h", "setjmp.h", "ctype.h",
    "assert.h", "wchar.h", "locale.h", "dirent.h", "sys/socket.h", "netinet/in.h",
    "sys/epoll.h", "inttypes.h", "complex.h", "tgmath.h", "iso646.h", "stdalign.h",
    "stdnoreturn.h", "threads.h", "uchar.h", "fenv.h",
]  # fmt: skip

needs_gcc = oracle.requires_oracle("gcc")
needs_sysroot = pytest.mark.skipif(
    not Path(driver.DEFAULT_SYSROOT, "include", "stdio.h").is_file(),
    reason=f"no glibc headers in {driver.DEFAULT_SYSROOT}",
)


# --- helpers --------------------------------------------------------------------------


def ours(args: list[str], text: str | None = None, name: str = "t.c") -> str:
    """`groundup cc --libc=glibc <args>` in this process (glibc's headers, as gcc's -E
    sees them), its output as text (CompileError on errors); `text`: the source,
    called `name`, instead of the file the arguments name."""
    given = (name, text) if text is not None else None
    return tool.run(tool.parse_args(["--libc=glibc", *args]), Reporter(), given)


def gcc_e(args: list[str], inputs: dict[str, oracle.InputData]) -> str:
    res = oracle.run_tool("gcc", ["-E", *args], inputs).check()
    return res.stdout.decode("utf-8", "surrogateescape")


def token_texts(text: str) -> list[str]:
    return [t.text for t in scan(Source("out", text), Reporter(limit=1 << 30))]


def assert_same_tokens(mine: str, theirs: str, what: str) -> None:
    a, b = token_texts(mine), token_texts(theirs)
    if a == b:
        return
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    raise AssertionError(
        f"{what}: token {i} differs: ours {a[max(i - 5, 0) : i + 5]} "
        f"gcc {b[max(i - 5, 0) : i + 5]} ({len(a)} tokens vs {len(b)})"
    )


def torture_inputs() -> dict[str, oracle.InputData]:
    root = HERE / "cpp"
    return {f"cpp/{p.relative_to(root)}": p for p in root.rglob("*") if p.is_file()}


# --- the macro-torture files --------------------------------------------------------------


def test_there_are_enough_torture_files() -> None:
    assert len(TORTURE) >= 25


@needs_gcc
@needs_sysroot
@pytest.mark.parametrize("src", TORTURE, ids=lambda p: p.name)
def test_torture_file_matches_gcc(src: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"cpp/{src.name}"
    theirs = gcc_e(["-P", *TORTURE_FLAGS, name], torture_inputs())
    monkeypatch.chdir(HERE)
    mine = ours(["-E", "-P", *TORTURE_FLAGS, name])
    assert_same_tokens(mine, theirs, src.name)
    assert mine == theirs  # the layout too, so far


@needs_gcc
@needs_sysroot
@pytest.mark.parametrize("src", TORTURE[:6], ids=lambda p: p.name)
def test_torture_with_line_markers_has_the_same_tokens(
    src: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"cpp/{src.name}"
    theirs = gcc_e([*TORTURE_FLAGS, name], torture_inputs())
    monkeypatch.chdir(HERE)
    mine = ours(["-E", *TORTURE_FLAGS, name])
    strip = "\n".join(line for line in mine.splitlines() if not line.startswith("# "))
    theirs = "\n".join(line for line in theirs.splitlines() if not line.startswith("# "))
    assert_same_tokens(strip, theirs, src.name)


# --- glibc's headers and the test programs ---------------------------------------------


@needs_gcc
@needs_sysroot
@pytest.mark.parametrize("header", HEADERS)
def test_glibc_header_matches_gcc(header: str) -> None:
    text = f"#include <{header}>\n"
    theirs = gcc_e(["-P", "h.c"], {"h.c": text})
    assert_same_tokens(ours(["-E", "-P", "-"], text, "h.c"), theirs, header)


@needs_gcc
@needs_sysroot
@pytest.mark.parametrize("std", ["c99", "c11", "gnu11", "c17", "gnu2x"])
def test_headers_in_other_dialects_match_gcc(std: str) -> None:
    text = "".join(f"#include <{h}>\n" for h in HEADERS[:6])
    flags = [f"-std={std}", "-O2", "-fno-pic"]
    theirs = gcc_e(["-P", *flags, "h.c"], {"h.c": text})
    assert_same_tokens(ours(["-E", "-P", *flags, "-"], text, "h.c"), theirs, std)


@pytest.mark.slow
@needs_gcc
@needs_sysroot
@pytest.mark.parametrize("src", PROGRAMS + GLIBC, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_program_matches_gcc(src: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = src.parent.name
    flags = ["-ffreestanding", "-fno-pic"] if folder == "programs" else []
    inputs: dict[str, oracle.InputData] = {f"{folder}/{src.name}": src}
    inputs |= {f"{folder}/{h.name}": h for h in src.parent.glob("*.h")}
    theirs = gcc_e(["-P", *flags, f"{folder}/{src.name}"], inputs)
    monkeypatch.chdir(HERE)
    assert_same_tokens(ours(["-E", "-P", *flags, f"{folder}/{src.name}"]), theirs, src.name)


# --- -dM: the predefined macros and those of the headers ----------------------------------


def definitions(text: str) -> set[tuple[str, str]]:
    pairs = set()
    for line in text.splitlines():
        assert line.startswith("#define "), line
        name, _, body = line[len("#define ") :].partition(" ")
        pairs.add((name, " ".join(body.split())))
    return pairs


DM_FLAGS = [[], ["-std=c99"], ["-std=gnu89"], ["-std=c2x"], ["-O2"], ["-Os"], ["-fno-pic"],
            ["-fpie"], ["-fPIC"], ["-ffreestanding"], ["-fsigned-char"],
            ["-march=rv64gc", "-mabi=lp64d"], ["-DX=1", "-UY", "-D", "F(a)=a##1"]]  # fmt: skip


@needs_gcc
@needs_sysroot
@pytest.mark.parametrize("flags", DM_FLAGS, ids=" ".join)
def test_predefined_macros_match_gcc(flags: list[str]) -> None:
    theirs = definitions(gcc_e(["-dM", *flags, "e.c"], {"e.c": ""}))
    assert definitions(ours(["-dM", "-E", *flags, "-"], "", "e.c")) == theirs


@needs_gcc
@needs_sysroot
def test_macros_of_the_headers_match_gcc() -> None:
    text = "".join(f"#include <{h}>\n" for h in HEADERS)
    theirs = definitions(gcc_e(["-dM", "h.c"], {"h.c": text}))
    mine = definitions(ours(["-dM", "-E", "-"], text, "h.c"))
    assert mine == theirs
    assert len(mine) > 3000


def test_gcc_identity_macros() -> None:
    """We say we are gcc 12.2 (glibc's headers decide what they may use by it)."""
    got = dict(definitions(ours(["-dM", "-E", "-nostdinc", "-"], "", "e.c")))
    assert (got["__GNUC__"], got["__GNUC_MINOR__"], got["__VERSION__"]) == ("12", "2", '"12.2.0"')
    assert got["__riscv"] == "1" and got["__CHAR_UNSIGNED__"] == "1"
    assert got["__DBL_MAX__"] == "((double)1.79769313486231570814527423731704357e+308L)"
    assert "_STDC_PREDEF_H" not in got  # -nostdinc: no <stdc-predef.h>


def test_dm_shows_the_files_own_macros_as_written() -> None:
    text = "#define A(x,y) x ## y #z\n#define B(...) # __VA_ARGS__\n#define C(a, b...) b\n"
    text = text.replace("#z", "")
    got = ours(["-dM", "-E", "-nostdinc", "-"], text, "t.c").splitlines()
    assert got[-3:] == ["#define A(x,y) x ## y", "#define B(...) #__VA_ARGS__",
                        "#define C(a,b...) b"]  # fmt: skip


# --- behaviour that needs no oracle ---------------------------------------------------------


def expand(text: str, *flags: str) -> str:
    return ours(["-E", "-P", "-nostdinc", *flags, "-"], text, "t.c")


def test_object_and_function_like_macros() -> None:
    assert expand("#define N 10\n#define sq(x) ((x)*(x))\nN sq(N+1) sq\n") == (
        "10 ((10 +1)*(10 +1)) sq\n"
    )


def test_blue_paint_survives_another_expansion() -> None:
    assert expand("#define foo foo\n#define id(x) x\nid(foo) id(id(foo))\n") == "foo foo\n"


def test_builtin_line_file_and_counter() -> None:
    text = '__LINE__ __FILE__\n#line 50 "x.c"\n__LINE__ __FILE__ __COUNTER__ __COUNTER__\n'
    assert expand(text) == '1 "t.c"\n50 "x.c" 0 1\n'


def test_date_and_time_follow_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946782245")  # 2000-01-02 03:04:05 UTC
    assert expand("__DATE__ __TIME__\n") == '"Jan  2 2000" "03:04:05"\n'


def test_command_line_macros_and_include(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pre.h").write_text("#define FROM_PRE 7\n")
    monkeypatch.chdir(tmp_path)
    text = "A B C F(2) FROM_PRE\n"
    out = expand(text, "-DA", "-D", "B=x y", "-DC=3", "-UC", "-DF(n)=n*n", "-include", "pre.h")
    assert out == "1 x y C 2*2 7\n"


def test_include_search_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for d in ("here", "quote", "inc", "sys"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "h.h").write_text(f"from_{d}\n")
    (tmp_path / "here" / "main.c").write_text('#include "h.h"\n#include <h.h>\n')
    monkeypatch.chdir(tmp_path)
    args = ["-E", "-P", "-nostdinc", "-iquote", "quote", "-I", "inc", "-isystem", "sys"]
    assert ours([*args, "here/main.c"]) == "from_here\nfrom_inc\n"
    (tmp_path / "here" / "h.h").unlink()
    assert ours([*args, "here/main.c"]) == "from_quote\nfrom_inc\n"
    assert ours(["-E", "-P", "-nostdinc", "-isystem", "sys", "here/main.c"]) == (
        "from_sys\nfrom_sys\n"
    )


def test_sysroot_finds_gcc_and_glibc_headers(tmp_path: Path) -> None:
    root = tmp_path / "riscv64-linux-gnu"
    (root / "include").mkdir(parents=True)
    gcc = tmp_path / "lib" / "gcc-cross" / "riscv64-linux-gnu" / "12" / "include"
    gcc.mkdir(parents=True)
    assert driver.system_dirs(str(root)) == (str(gcc), str(root / "include"))
    assert driver.system_dirs(None) == ()


def test_guarded_header_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "g.h").write_text("#ifndef G\n#define G\nonce\n#endif\n")
    (tmp_path / "m.c").write_text('#include "g.h"\n#include "g.h"\n#undef G\n#include "g.h"\n')
    monkeypatch.chdir(tmp_path)
    assert ours(["-E", "-P", "-nostdinc", "m.c"]) == "once\nonce\n"


def test_pragma_once_and_line_markers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "o.h").write_text("#pragma once\nint o;\n")
    (tmp_path / "m.c").write_text('#include "o.h"\n#include "o.h"\nint m;\n')
    monkeypatch.chdir(tmp_path)
    out = ours(["-E", "-nostdinc", "m.c"])
    assert out == '# 1 "m.c"\n# 1 "o.h" 1\n       \nint o;\n# 2 "m.c" 2\n\nint m;\n'


def test_dump_tokens_through_the_preprocessor() -> None:
    text = "#define TWO (1 + 1)\nint x = TWO;\n"
    out = ours(["--dump-tokens", "-nostdinc", "-"], text, "t.c")
    assert out.splitlines()[3:6] == [
        "t.c:1:13: punctuator ( (from macro TWO at t.c:2:9)",
        "t.c:1:14: integer 1 [int 1] (from macro TWO at t.c:2:9)",
        "t.c:1:16: punctuator + (from macro TWO at t.c:2:9)",
    ]
    assert out.splitlines()[-2:] == ["t.c:2:12: punctuator ;", "t.c:2:13: end of file"]


def test_tokens_remember_nested_macro_uses() -> None:
    text = "#define A B\n#define B(x) x + 1\nA(2)\n"
    job = driver.Job("t.c", text, preprocess.Options(), LexOptions())
    toks = driver.tokens(job, Reporter())
    plus = toks[1]
    assert plus.text == "+" and plus.expansion is not None
    assert (plus.expansion.macro, plus.expansion.pos.line, plus.expansion.pos.col) == ("B", 1, 11)
    assert plus.expansion.parent is not None and plus.expansion.parent.macro == "A"
    assert (plus.expansion.origin.line, plus.expansion.origin.col) == (3, 1)


# --- diagnostics ------------------------------------------------------------------------------


def diagnostics(text: str, *flags: str) -> list[str]:
    """`line:col: severity: message` of everything reported for `text` (which must fail)."""
    with pytest.raises(CompileError) as info:
        ours(["-E", "-P", "-nostdinc", *flags, "-"], text, "t.c")
    return [
        f"{d.pos.line}:{d.pos.col}: {d.severity}: {d.message}" if d.pos else d.message
        for d in info.value.diagnostics
        if d.severity != "note"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("int a;\n  /* open\n", ["2:3: error: unterminated comment"]),
        ('#define X 1\n#error this "is" X\n', ['2:2: error: #error this "is" X']),
        ("#if 1\nx\n#ifdef Y\n#else\n", ["3:2: error: unterminated #ifdef",
                                        "1:2: error: unterminated #if"]),
        ("#foo\n#else\n#endif\n#elif 1\n", ["1:2: error: invalid preprocessing directive #foo",
                                            "2:2: error: #else without #if",
                                            "3:2: error: #endif without #if",
                                            "4:2: error: #elif without #if"]),
        ("#if 1\n#else\n#else\n#endif\n", ["3:2: error: #else after #else"]),
        ("#define f(a, b) a b\nf(1, (2)\n", ['2:9: error: unterminated argument list invoking '
                                             'macro "f"']),
        ("#define f(a, b) a b\nf(1)\nf(1, 2, 3)\nf((1, 2), 3)\n",
         ['2:4: error: macro "f" requires 2 arguments, but only 1 given',
          '3:10: error: macro "f" passed 3 arguments, but takes just 2']),
        ("#define g() x\ng(1)\n", ['2:4: error: macro "g" passed 1 arguments, but takes just 0']),
        ('#include "nope.h"\n', ["1:10: fatal error: nope.h: No such file or directory"]),
        ("#include\n#include x\n", ['1:9: error: #include expects "FILENAME" or <FILENAME>',
                                    '2:10: error: #include expects "FILENAME" or <FILENAME>']),
        ("#define\n#define 3\n#define defined\n#undef\n",
         ["1:8: error: no macro name given in #define directive",
          "2:9: error: macro names must be identifiers",
          '3:9: error: "defined" cannot be used as a macro name',
          "4:7: error: no macro name given in #undef directive"]),
        ("#define f(a,a) a\n#define g(a,) a\n#define h(a b) a\n#define k(...) #x\n",
         ['1:13: error: duplicate macro parameter "a"',
          '2:13: error: expected parameter name, found ")"',
          "3:13: error: expected ',' or ')', found \"b\"",
          "4:16: error: '#' is not followed by a macro parameter"]),
        ("#define m ## x\n#define n x ##\n",
         ["1:11: error: '##' cannot appear at either end of a macro expansion",
          "2:13: error: '##' cannot appear at either end of a macro expansion"]),
        ("#if 1/0\n#endif\n#if\n#endif\n#if (1\n#endif\n#if 1 2\n#endif\n",
         ["1:6: error: division by zero in #if", "3:4: error: #if with no expression",
          "5:5: error: missing ')' in expression",
          '7:7: error: missing binary operator before token "2"']),
        ('#if "s"\n#endif\n#if x = 1\n#endif\n#if 1.0\n#endif\n#if 1 +\n#endif\n',
         ['1:5: error: token ""s"" is not valid in preprocessor expressions',
          '3:7: error: token "=" is not valid in preprocessor expressions',
          "5:5: error: floating constant in preprocessor expression",
          "7:8: error: operator '+' has no right operand"]),
        ("#if defined\n#endif\n#if defined(X\n#endif\n#if 1 ? 2\n#endif\n",
         ['1:12: error: operator "defined" requires an identifier',
          "3:14: error: missing ')' after \"defined\"",
          "5:10: error: '?' without following ':'"]),
        ("#line x\n# 12abc\n", ['1:7: error: "x" after #line is not a positive integer',
                                '2:3: error: "12abc" after # is not a positive integer']),
        ("#define cat(a, b) a ## b\ncat(+, -)\n",
         ['2:5: error: pasting "+" and "-" does not give a valid preprocessing token']),
        ("#pragma GCC error \"stop\"\n", ['1:19: error: stop']),
        ("#define C1(x) C2(x)\n#define C2(x) C3(x\n#define C3(x) [x]\nC1(C1(z))\nrest\n",
         ['4:9: error: unterminated argument list invoking macro "C3"',
          '5:5: error: unterminated argument list invoking macro "C3"']),
        ("#pragma GCC poison bad\nbad\n", ['2:1: error: attempt to use poisoned "bad"']),
        ("__has_include(<x.h>)\n", ['1:1: error: "__has_include" used outside of '
                                    "preprocessing directive"]),
    ],
)  # fmt: skip
def test_errors(text: str, expected: list[str]) -> None:
    assert diagnostics(text) == expected


def test_warnings_do_not_fail_the_run() -> None:
    reporter = Reporter()
    job = driver.Job("t.c", "#warning hi\n#define A 1\n#define A 2\n'x\nA\n#if 0x8000000000000000 "
                            "== 9223372036854775808\n#endif\n", preprocess.Options(),
                     LexOptions())  # fmt: skip
    assert driver.preprocessed_text(job, reporter, False) == "'x\n2\n"
    assert [(d.pos.line, d.pos.col, d.severity, d.message) for d in reporter.diagnostics
            if d.pos] == [
        (1, 2, "warning", "#warning hi"),
        (3, 9, "warning", '"A" redefined'),
        (2, 9, "note", "this is the location of the previous definition"),
        (4, 1, "warning", "missing terminating ' character"),
        (6, 27, "warning", "integer constant is so large that it is unsigned"),
    ]  # fmt: skip


def test_include_chain_is_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    (tmp_path / "a.h").write_text('#include "b.h"\n')
    (tmp_path / "b.h").write_text("int b;\n#define f(x) x\nf(1, 2)\n#include <nope.h>\n")
    (tmp_path / "m.c").write_text('int m;\n#include "a.h"\n')
    monkeypatch.chdir(tmp_path)
    assert tool.main(["-E", "-nostdinc", "m.c", "-o", "out.i"]) == 1
    assert capsys.readouterr().err == (
        "In file included from a.h:1,\n"
        "                 from m.c:2:\n"
        'b.h:3:7: error: macro "f" passed 2 arguments, but takes just 1\n'
        "    3 | f(1, 2)\n"
        "      |       ^\n"
        'b.h:2:9: note: macro "f" defined here\n'
        "    2 | #define f(x) x\n"
        "      |         ^\n"
        "b.h:4:10: fatal error: nope.h: No such file or directory\n"
        "    4 | #include <nope.h>\n"
        "      |          ^~~~~~~~\n"
        "compilation terminated.\n"
    )
    assert not (tmp_path / "out.i").exists()


def test_errors_leave_no_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.c"
    src.write_text("int a;\n#error stop here\nint b;\n")
    out = tmp_path / "bad.i"
    out.write_text("stale")
    assert tool.main(["-E", "-nostdinc", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{src}:2:2: error: #error stop here\n    2 | #error stop here\n" in err
    assert not out.exists()
    src.write_text("int a;\n")
    assert tool.main(["-E", "-P", "-nostdinc", str(src), "-o", str(out)]) == 0
    assert out.read_text() == "int a;\n"


def test_the_tool_says_what_it_cannot_do(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    src = tmp_path / "x.c"
    src.write_text("int main(void) { return 0; }\n")
    assert tool.main(["-S", str(src), "-o", str(tmp_path / "x.s")]) == 0  # it compiles now
    assert "main:" in (tmp_path / "x.s").read_text()
    assert tool.main(["-E", str(tmp_path / "missing.c")]) == 1
    assert "missing.c: No such file or directory" in capsys.readouterr().err
    assert tool.main(["-E", "--bogus", str(src)]) == 1
    assert "unrecognized command-line option '--bogus'" in capsys.readouterr().err
    assert tool.main(["-dM", str(src)]) == 1
    assert tool.main(["--help"]) == 0
    assert "--dump-tokens" in capsys.readouterr().out


def test_an_internal_error_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    def broken(*args: object) -> str:
        raise KeyError("oops")

    monkeypatch.setattr(driver, "preprocessed_text", broken)
    src = tmp_path / "x.c"
    src.write_text("x\n")
    assert tool.main(["-E", str(src)]) == tool.EXIT_ICE
    err = capsys.readouterr().err
    assert err.startswith("groundup cc: internal compiler error: KeyError: 'oops'")
    assert "bug in groundup, not in your program" in err and "error:" not in err.split("\n")[1]


def test_nesting_too_deep_is_refused_not_crashed() -> None:
    deep = "#define f(x) x\n" + "f(" * 400 + "1" + ")" * 400 + "\n"
    assert diagnostics(deep) == ["macro calls or #if expression nested too deeply"]
    parens = "#if " + "(" * 300 + "1" + ")" * 300 + "\n#endif\n"
    assert diagnostics(parens) == ["1:205: error: #if expression nested too deeply"]


def test_include_loop_stops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "loop.h").write_text('#include "loop.h"\n')
    monkeypatch.chdir(tmp_path)
    assert diagnostics('#include "loop.h"\n') == [
        "1:2: error: #include nested depth 200 exceeds maximum of 200"
    ]


# --- fuzzing ---------------------------------------------------------------------------------

PIECES = ["#define", "#undef", "#if", "#ifdef", "#ifndef", "#elif", "#else", "#endif",
          "#include", "#line", "#pragma", "#error", "#", "##", "(", ")", ",", "...", "f", "g",
          "x", "f(x)", "g(a, ...)", "__VA_ARGS__", "__VA_OPT__", "defined", "__LINE__",
          "__COUNTER__", "_Pragma", "__has_include", "<", ">", '"t.c"', '"s"', "'c'", "'",
          '"', "1", "0x", "1/0", "-", "+", "?", ":", "/*", "*/", "//", "\\", "\n", "\n",
          "\n", " ", "f(", "once", "push_macro(\"f\")", "%:", "<:", "__FILE__"]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=8), min_size=1, max_size=10))
def test_fuzz_token_soup(lines: list[list[str]]) -> None:
    _preprocess_cleanly("\n".join(" ".join(line) for line in lines))


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=60))
def test_fuzz_any_text(text: str) -> None:
    _preprocess_cleanly(text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(0, 2**32), st.sampled_from(PIECES))
def test_fuzz_mutated_torture_files(seed: int, junk: str) -> None:
    rng = random.Random(seed)
    lines = rng.choice(TORTURE).read_text().splitlines()
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(lines))
        match rng.randrange(4):
            case 0:
                del lines[i]
            case 1:
                lines.insert(i, rng.choice(lines))
            case 2:
                j = rng.randrange(len(lines[i]) + 1)
                lines[i] = lines[i][:j] + junk + lines[i][j:]
            case _:
                j = rng.randrange(len(lines[i]) + 1)
                lines[i] = lines[i][:j] + lines[i][j + rng.randint(1, 5) :]
    _preprocess_cleanly("\n".join(lines) + "\n")


def _preprocess_cleanly(text: str) -> None:
    """-E, -dM and --dump-tokens either work or report diagnostics; nothing else."""
    options = preprocess.Options(include_dirs=(str(HERE / "cpp" / "include"),))
    job = driver.Job("t.c", text, options, LexOptions())
    for run in (lambda r: driver.preprocessed_text(job, r, True),
                lambda r: driver.macro_definitions(job, r),
                lambda r: driver.token_dump(job, r)):  # fmt: skip
        reporter = Reporter()
        try:
            run(reporter)
        except CompileError as e:
            assert e.diagnostics
            str(e)
