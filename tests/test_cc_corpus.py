"""The C corpus of groundup cc: tests/cc/valid/*.c and tests/cc/invalid/*.c (part 1),
tests/cc/valid2/*.c (part 2: floating point, varargs, struct values, atomics, VLAs,
real glibc headers; a header line `// link: -lm -pthread` or `// std: gnu17` adds
flags to both compilers' command lines).

Valid programs are small, deterministic C17 programs (no floating point, no
variadic definitions, no struct values across calls, no VLAs or bit-fields).
Most include ``test.h`` and check themselves with ``ASSERT(expected, expr)``,
which prints ``expr => value`` for every check and exits 1 on a mismatch;
the others print their results.  A program exits 0 unless its source has a
line ``// exit: N``.  Headers for ``#include`` tests live in
tests/cc/valid/include/ (also given as ``-I``).

* :func:`test_valid_gcc` validates the corpus with the oracle: gcc -O0 and
  gcc -O2 builds (``-std=c17 -Wall -Werror``) exit with the expected status
  and print the same bytes under qemu-riscv64.  -O0 and -O2 disagreeing is
  how undefined behaviour usually shows.
* :func:`test_valid_groundup` is the acceptance test of the compiler and of
  groundup's C library: the groundup cc -O0 build, with groundup's own libc (the
  default), prints exactly what the gcc -O0 build with glibc prints, under qemu
  and under groundup's kernel; :func:`test_valid_glibc` the same for groundup cc
  -O0 with glibc's real headers and libc.a (every tenth program and every real_*
  one, which use glibc's own system headers), and
  :func:`test_valid_o2` for groundup cc -O2 with glibc (another tenth: the
  optimizer's share). The compile and the run happen in the test's own process
  (the CLI's `main` and the `Kernel`), which spares hundreds of interpreter
  start-ups and lets the linker parse the archives once.

Invalid programs start with a line naming the first diagnostic gcc 12 gives
for them (``riscv64-linux-gnu-gcc -fsyntax-only -std=c17``)::

    // error: 4:12: expected ';' before '}' token
    // fatal error: 2:10: nosuch.h: No such file or directory
    // error-contains: 5:3: undeclared
    // error: 3: unterminated #if

(the last form, without a column, is for the few diagnostics gcc gives
without one; any column is then accepted).

* :func:`test_invalid_gcc` checks the header against gcc (exit 1, and the
  first error line is exactly the one recorded; for ``error-contains`` the
  position matches and the message contains the text).
* :func:`test_invalid_groundup` checks groundup cc -c: exit 1, no object
  file, and the first error line reads ``NAME.c:LINE:COL: error: MESSAGE``.

The groundup tests skip, with the compiler's own words as the reason, while
groundup cc says it does not support ``-c`` (for the invalid programs) or building
a static executable (for the valid ones) yet: a trivial program is tried once per
session.  Any other failure of the probe does not skip anything.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import oracle
import pytest

from groundup.kernel.options import Mount, Options
from groundup.kernel.proc import Kernel

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VALID = HERE / "cc" / "valid"
INVALID = HERE / "cc" / "invalid"
INCLUDE = VALID / "include"
VALID_SOURCES = sorted(VALID.glob("*.c"))
VALID2 = HERE / "cc" / "valid2"  # part 2: floating point, varargs, struct values, headers
VALID2_SOURCES = sorted(VALID2.glob("*.c"))
INVALID_SOURCES = sorted(INVALID.glob("*.c"))

SYSROOT = "/usr/riscv64-linux-gnu"
GCC_FLAGS = ("-static", "-march=rv64gc", "-mabi=lp64d", "-std=c17", "-Wall", "-Werror")
GROUNDUP_TIMEOUT = 300.0  # seconds, per compile or run

_EXIT_RE = re.compile(r"^// exit: (\d+)$", re.MULTILINE)
_LINK_RE = re.compile(r"^// link: (.+)$", re.MULTILINE)
_STD_RE = re.compile(r"^// std: (\S+)$", re.MULTILINE)
_HEADER_RE = re.compile(r"^// (error|fatal error|error-contains): (\d+)(?::(\d+))?: (.+)$")
_DIAG = r":(\d+):(?:(\d+):)? (error|fatal error): (.*)$"


# ------------------------------------------------------------------ helpers


def expected_status(src: Path) -> int:
    """The exit status a valid program is meant to have (``// exit: N``, else 0)."""
    m = _EXIT_RE.search(src.read_text())
    return int(m.group(1)) if m else 0


@dataclass(frozen=True)
class Expected:
    """The first diagnostic an invalid program must produce."""

    kind: str  # "error", "fatal error" or "error-contains"
    line: int
    col: int | None  # None: gcc gives no column (e.g. "unterminated #if"); any is accepted
    message: str

    def matches(self, line: int, col: int | None, kind: str, message: str) -> bool:
        if line != self.line or (self.col is not None and col != self.col):
            return False
        if self.kind == "error-contains":
            return kind == "error" and self.message in message
        return (kind, message) == (self.kind, self.message)


def expected_error(src: Path) -> Expected:
    first = src.read_text().split("\n", 1)[0]
    m = _HEADER_RE.match(first)
    assert m, f"{src.name}: first line is not an '// error: LINE:COL: MESSAGE' header: {first!r}"
    col = int(m.group(3)) if m.group(3) else None
    return Expected(m.group(1), int(m.group(2)), col, m.group(4))


def first_error(stderr: str, name: str) -> tuple[int, int | None, str, str] | None:
    """(line, col, kind, message) of the first error in file `name` in gcc-style diagnostics."""
    m = re.search("^" + re.escape(name) + _DIAG, stderr, re.MULTILINE)
    if not m:
        return None
    col = int(m.group(2)) if m.group(2) else None
    return (int(m.group(1)), col, m.group(3), m.group(4))


def program_options(src: Path) -> tuple[list[str], list[str]]:
    """(compile flags, link flags) a program's header lines ask for: `// std: gnu17`,
    `// link: -lm -pthread`."""
    text = src.read_text()
    std = _STD_RE.search(text)
    flags = [f"-std={std.group(1)}" if std else "-std=c17"]
    links = [w for m in _LINK_RE.finditer(text) for w in m.group(1).split()]
    return flags, links


def gcc_build(src: Path, opt: str) -> Path:
    oracle.require("gcc", "qemu")
    std, links = program_options(src)
    flags = [f for f in GCC_FLAGS if not f.startswith("-std=")] + std
    return oracle.gcc_compile(src, opt, flags=flags, libs=links,
                              include_dirs=[src.parent / "include"], timeout=300.0)  # fmt: skip


def groundup_env() -> dict[str, str]:
    env = oracle._tool_env()
    env["PYTHONPATH"] = str(ROOT)
    return env


def groundup(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "groundup", *args]
    try:
        return subprocess.run(cmd, capture_output=True, cwd=cwd, env=groundup_env(),
                              timeout=GROUNDUP_TIMEOUT, check=False)  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"groundup {' '.join(args)} timed out after {GROUNDUP_TIMEOUT}s")


def groundup_in_process(args: list[str], cwd: Path) -> tuple[int, str]:
    """`groundup ARGS` run in this process (exit status, what it wrote on stderr and
    stdout): the compile and link of hundreds of programs then parse glibc's archives
    once, not each time (groundup.link keeps parsed archive members for the process),
    and pay for no interpreter start-up."""
    status, out, err = groundup_in_process_apart(args, cwd)
    return status, err + out


def groundup_in_process_apart(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """`groundup ARGS` in this process: (exit status, stdout, stderr)."""
    from groundup.cli import main

    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            status = main(args)
    except SystemExit as e:  # argparse's way out
        status = e.code if isinstance(e.code, int) else 1
    finally:
        os.chdir(here)
    return status, out.getvalue(), err.getvalue()


def first_difference(want: bytes, got: bytes) -> str:
    wl, gl = want.split(b"\n"), got.split(b"\n")
    for i, (a, b) in enumerate(zip(wl, gl, strict=False)):
        if a != b:
            return f"line {i + 1}: expected {a!r}, got {b!r}"
    return f"expected {len(wl)} lines, got {len(gl)}"


def link_args(src: str, out: str, std: str = "-std=c17", links: tuple[str, ...] = (),
              opt: str = "-O0", libc: str = "glibc") -> list[str]:  # fmt: skip
    """groundup cc arguments building a valid program as the oracle gcc does; with
    glibc (the sysroot's, as gcc) or groundup's own libc (no --sysroot: the default)."""
    root = ["--sysroot", SYSROOT] if libc == "glibc" else []
    return ["cc", opt, "-static", *root, std, "-Iinclude", src, "-o", out, *links]


#: What groundup cc says about what it cannot do yet (a reason to skip, not to fail).
_NOT_YET = ("not supported", "unrecognized command-line option")


def unsupported(args: list[str], work: Path) -> str | None:
    """groundup's own words if it says it does not support `args` yet on a trivial program.

    Any other failure is not a reason to skip: the tests then fail and show it.
    """
    (work / "probe.c").write_text("int main(void) { return 0; }\n")
    p = groundup(args, work)
    err = p.stderr.decode(errors="replace").strip()
    if p.returncode != 0 and any(words in err for words in _NOT_YET):
        return f"groundup {' '.join(args)}: {err.splitlines()[0]}"
    return None


@pytest.fixture(scope="session")
def cc_cannot_compile(tmp_path_factory: pytest.TempPathFactory) -> str | None:
    """Why `groundup cc -c` cannot compile C yet, or None if it can (asked once)."""
    return unsupported(["cc", "-c", "probe.c", "-o", "probe.o"], tmp_path_factory.mktemp("cc"))


@pytest.fixture(scope="session")
def cc_cannot_link(
    tmp_path_factory: pytest.TempPathFactory, cc_cannot_compile: str | None
) -> str | None:
    """Why groundup cc cannot build a static program yet, or None if it can (asked once)."""
    if cc_cannot_compile:
        return cc_cannot_compile
    return unsupported(link_args("probe.c", "probe"), tmp_path_factory.mktemp("cc-link"))


# ------------------------------------------------------------------ valid


#: part-2 programs groundup cc cannot build yet, each with the reason (strict xfail: a
#: program that starts to work must leave this list).
PENDING: dict[str, str] = {}

#: programs whose system calls groundup's kernel does not have yet: they are checked on
#: qemu only (the compiler's part), then skipped with the reason.
KERNEL_LACKS: dict[str, str] = {}


def _valid_param(src: Path) -> object:
    reason = PENDING.get(src.stem) if src.parent == VALID2 else None
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(src, id=f"{src.parent.name}/{src.stem}", marks=marks)


ALL_VALID = VALID_SOURCES + VALID2_SOURCES


#: the programs whose gcc -O2 build is checked against the -O0 one
O2_SANITY = set(ALL_VALID if os.environ.get("GROUNDUP_CORPUS_O2") == "all" else ALL_VALID[::3])


@pytest.mark.slow
@pytest.mark.parametrize("src", ALL_VALID, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_valid_gcc(src: Path) -> None:
    """The gcc -O0 build (what groundup's builds are held to) exits as the program says
    and prints; for every third program, the -O2 build agrees (a check for undefined
    behaviour in the corpus itself, which matters most when a program is added: run
    with GROUNDUP_CORPUS_O2=all to check every one)."""
    o0 = oracle.qemu_run(gcc_build(src, "O0"))
    want = expected_status(src)
    assert o0.status == want, o0.stdout.decode(errors="replace")[-2000:]
    assert o0.stdout, "program printed nothing"
    assert o0.stderr == b""
    if src not in O2_SANITY:
        return
    o2 = oracle.qemu_run(gcc_build(src, "O2"))
    assert (o2.stdout, o2.status) == (o0.stdout, o0.status), (
        f"-O0 and -O2 differ ({first_difference(o0.stdout, o2.stdout)}): undefined behaviour?"
    )


@pytest.mark.parametrize("src", [_valid_param(s) for s in ALL_VALID])
def test_valid_groundup(src: Path, tmp_path: Path, cc_cannot_link: str | None) -> None:
    """groundup cc -O0 with groundup's libc behaves as gcc -O0 with glibc, on qemu and
    on groundup."""
    if cc_cannot_link:
        pytest.skip(cc_cannot_link)
    check_groundup_build(src, tmp_path, "-O0", "groundup")


#: the samples of the corpus also built by groundup cc against glibc: at -O0 (every
#: tenth program, and every real_* one: those use glibc's own system headers) and at
#: -O2 (another tenth)
O2_SAMPLE = ALL_VALID[::10]
GLIBC_SAMPLE = ALL_VALID[5::10] + [
    s for s in VALID2_SOURCES if s.stem.startswith("real_") and s not in ALL_VALID[5::10]
]


@pytest.mark.parametrize("src", [_valid_param(s) for s in GLIBC_SAMPLE])
def test_valid_glibc(src: Path, tmp_path: Path, cc_cannot_link: str | None) -> None:
    """groundup cc -O0 with glibc behaves as gcc -O0, on qemu and on groundup."""
    if cc_cannot_link:
        pytest.skip(cc_cannot_link)
    check_groundup_build(src, tmp_path, "-O0", "glibc")


@pytest.mark.parametrize("src", [_valid_param(s) for s in O2_SAMPLE])
def test_valid_o2(src: Path, tmp_path: Path, cc_cannot_link: str | None) -> None:
    """groundup cc -O2 with glibc behaves as gcc -O0, on qemu and on groundup."""
    if cc_cannot_link:
        pytest.skip(cc_cannot_link)
    check_groundup_build(src, tmp_path, "-O2", "glibc")


def check_groundup_build(src: Path, tmp_path: Path, opt: str, libc: str) -> None:
    """The program built by groundup cc at `opt` with `libc` prints and exits as the gcc
    -O0 build (with glibc), on qemu and on groundup's kernel."""
    expected = oracle.qemu_run(gcc_build(src, "O0"))
    shutil.copyfile(src, tmp_path / src.name)
    home = src.parent
    include = home / "include"
    for header in [home / "test.h", *(include.iterdir() if include.is_dir() else ())]:
        dest = tmp_path / header.relative_to(home)
        dest.parent.mkdir(exist_ok=True)
        shutil.copyfile(header, dest)
    std, links = program_options(src)
    args = link_args(src.name, "prog", std[0], tuple(links), opt=opt, libc=libc)
    status, err = groundup_in_process(args, tmp_path)
    assert status == 0, err
    on_qemu = oracle.qemu_run(tmp_path / "prog")
    assert on_qemu.stdout == expected.stdout, first_difference(expected.stdout, on_qemu.stdout)
    assert (on_qemu.stderr, on_qemu.status) == (expected.stderr, expected.status)
    if src.stem in KERNEL_LACKS:
        pytest.skip(f"groundup's kernel has no {KERNEL_LACKS[src.stem]} yet (qemu run matched)")
    out, errb = io.BytesIO(), io.BytesIO()
    options = Options(mounts=(Mount(tmp_path, str(tmp_path)),), cwd=str(tmp_path))
    kernel = Kernel(options=options, stdout=out, stderr=errb, stdin=io.BytesIO())
    result = kernel.run(kernel.spawn("prog", (tmp_path / "prog").read_bytes(), ["prog"], []))
    assert out.getvalue() == expected.stdout, first_difference(expected.stdout, out.getvalue())
    assert (errb.getvalue(), result.code) == (expected.stderr, expected.status), result


def test_valid_corpus_is_big_enough() -> None:
    assert len(VALID_SOURCES) >= 400
    assert len(VALID2_SOURCES) >= 300


#: What part 1 of the compiler leaves out, and the only system headers a program may use.
_PART2_WORDS = re.compile(
    r"\b(float|double|_Generic|_Atomic|_Complex|_Imaginary|_Thread_local|asm|__asm__)\b"
)
_VARIADIC_DEFINITION = re.compile(r"\.\.\.\s*\)\s*\{")
_FLOAT_CONSTANT = re.compile(r"(?<![\w.])(\d+\.\d*|\.\d+|\d+[eE][-+]?\d+)(?![\w.])")
_COMMENT_OR_LITERAL = re.compile(
    r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.DOTALL
)
_FLOAT_FORMAT = re.compile(r'"[^"\n]*%[-+#0-9.*]*[fFeEgGaA][^"\n]*"')
_SYSTEM_INCLUDE = re.compile(r"^\s*#\s*include\s*<([^>]+)>", re.MULTILINE)
ALLOWED_HEADERS = {"stdio.h", "string.h", "stdlib.h", "stddef.h", "stdint.h", "limits.h",
                   "stdbool.h"}  # fmt: skip


@pytest.mark.parametrize("src", VALID_SOURCES, ids=lambda p: p.stem)
def test_valid_program_stays_in_part1(src: Path) -> None:
    """No floating point, variadic definitions or other part-2 features; few headers."""
    text = src.read_text()
    assert not _PART2_WORDS.search(text), _PART2_WORDS.search(text)
    assert not _VARIADIC_DEFINITION.search(text), "a variadic function definition"
    assert not _FLOAT_FORMAT.search(text), _FLOAT_FORMAT.search(text)
    code = _COMMENT_OR_LITERAL.sub(" ", text)
    assert not _FLOAT_CONSTANT.search(code), _FLOAT_CONSTANT.search(code)
    local = {h.name for h in INCLUDE.iterdir()}  # found through -I include
    assert set(_SYSTEM_INCLUDE.findall(text)) <= ALLOWED_HEADERS | local


# ------------------------------------------------------------------ invalid


@pytest.mark.parametrize("src", INVALID_SOURCES, ids=lambda p: p.stem)
def test_invalid_gcc(src: Path) -> None:
    """gcc rejects the program, and its first error is the one the header records."""
    oracle.require("gcc")
    want = expected_error(src)
    res = oracle.run_tool("gcc", ["-fsyntax-only", "-std=c17", src.name], {src.name: src})
    err = res.stderr.decode(errors="replace")
    assert res.status == 1, err
    got = first_error(err, src.name)
    assert got is not None and want.matches(*got), f"recorded {want}, gcc says:\n{err}"


#: Where groundup's first diagnostic is right in substance but not yet in gcc's place or
#: words (gcc quirks still to copy). strict: a fix makes the test fail until it leaves here.
NOT_GCC_YET = {
    "pp_09_define_unclosed_params": "gcc: expected ')' at the column after the parameter",
    "pp_17_if_division_by_zero": "gcc puts it at the right operand (its operator, '-')",
    "lex_13_hex_escape_no_digits": "gcc puts it after the whole string literal",
    "pp_23_include_unterminated_angle": "gcc puts it at the end of the line",
    "pp_27_paste_at_start": "gcc puts it at the ')' closing the parameter list",
    "pp_28_paste_at_end": "gcc puts it at the ')' closing the parameter list",
    "pp_29_stringize_non_param": "gcc puts it at the ')' closing the parameter list",
    "pp_33_self_include": "gcc's column is that of the #include's operand",
    "pp_35_unterminated_ifdef_nested": "gcc names the innermost open #else",
    "pp_36_if_unbalanced_close_paren": "gcc says: missing '(' in expression",
    "sem_88_cast_struct_to_int": "gcc puts it at the start of the statement (return)",
}


def _invalid_param(src: Path) -> object:
    reason = NOT_GCC_YET.get(src.stem)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(src, id=src.stem, marks=marks)


@pytest.mark.parametrize("src", [_invalid_param(src) for src in INVALID_SOURCES])
def test_invalid_groundup(src: Path, tmp_path: Path, cc_cannot_compile: str | None) -> None:
    """groundup cc -c rejects the program with exit 1, no object and gcc's first error."""
    if cc_cannot_compile:
        pytest.skip(cc_cannot_compile)
    want = expected_error(src)
    shutil.copyfile(src, tmp_path / src.name)
    status, out, err = groundup_in_process_apart(
        ["cc", "-c", "-std=c17", src.name, "-o", "out.o"], tmp_path
    )
    assert status == 1, err
    assert "Traceback" not in err and "internal compiler error" not in err, err
    assert not (tmp_path / "out.o").exists()
    assert out == ""
    got = first_error(err, src.name)
    assert got is not None and want.matches(*got), f"expected {want}, got:\n{err}"


def test_invalid_corpus_is_big_enough() -> None:
    assert len(INVALID_SOURCES) >= 150
