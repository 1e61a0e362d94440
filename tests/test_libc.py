"""groundup's own C library (groundup/libc), built by groundup cc.

* the library builds (into a private cache directory here), the build is cached, and
  a source that does not compile is reported with the compiler's diagnostics;
* programs in tests/libc/*.c that use each function are built with
  `groundup cc --libc=groundup`, run on groundup's kernel in this process, and must
  print exactly what the same program prints when built by riscv64-linux-gnu-gcc
  -static against glibc and run on qemu-riscv64 (the oracle's outputs are cached);
* the printf and scanf conformance tables (tests/libc/printf_table.py and
  scanf_table.py: thousands of format x value combinations, generated) are compared
  with glibc's byte for byte;
* both with the library built by groundup cc (what `groundup cc` links, ids
  `[groundup-cc-...]`) and, as a check of the library itself ("stage 2"), with the same
  sources built by riscv64-linux-gnu-gcc (GROUNDUP_LIBC_BUILDER=gcc, ids
  `[gcc-built-...]`; the test programs are groundup cc's either way): a function that
  differs is undefined behaviour in the library or a bug in groundup cc;
* the allocator: a fuzz of random malloc/free/realloc/calloc/aligned_alloc with the
  heap checked after every operation (malloc_check: tags, coalescing, free lists) and
  every payload's contents verified; heap errors (double free, a bad pointer, an
  overflow into the next block's header) stop the program with a clear message;
* `groundup run hello.c` compiles, links and runs in one step.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import oracle
import pytest

from groundup.kernel.options import Mount, Options
from groundup.kernel.proc import Kernel

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROGRAMS = HERE / "libc"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PROGRAMS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


printf_table = _load("printf_table")
scanf_table = _load("scanf_table")

#: The two builds of the library: by groundup cc, and by gcc (a check of the library).
BUILDERS = {"groundup-cc": "groundup", "gcc-built": "gcc"}
GCC_FLAGS = ("-static", "-march=rv64gc", "-mabi=lp64d", "-std=gnu17", "-w", "-pthread")
ARGS = {"startup": ("one", "two words", "")}
GCC_FLOAT_STRIDE = 5  # the gcc-built library's share of printf_float: see test_printf_table
GCC_SCANF_STRIDE = 3  # the gcc-built library's share of the scanf tables: see test_scanf_table


@pytest.fixture(scope="session", autouse=True)
def libc_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test builds into one private cache (XDG_CACHE_HOME), not the user's."""
    cache = tmp_path_factory.getbasetemp().parent / "libc-cache"
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    yield cache
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


def groundup_cc(args: list[str], cwd: Path) -> tuple[int, str]:
    """`groundup cc ARGS` in this process: (exit status, what it printed)."""
    from groundup.cli import main

    err = io.StringIO()
    here = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
            status = main(["cc", *args])
    finally:
        os.chdir(here)
    return status, err.getvalue()


def build(src: Path, work: Path, extra: tuple[str, ...] = ()) -> Path:
    out = work / (src.stem + ".elf")
    status, err = groundup_cc(["--libc=groundup", "-O1", "-w", *extra, str(src), "-o", str(out)],
                              work)  # fmt: skip
    assert status == 0, err
    return out


def run(exe: Path, work: Path, args: tuple[str, ...] = ()) -> tuple[bytes, bytes, int]:
    """Run on groundup's kernel with `work` as the current directory."""
    out, err = io.BytesIO(), io.BytesIO()
    options = Options(mounts=(Mount(work, str(work)),), cwd=str(work))
    kernel = Kernel(options=options, stdout=out, stderr=err, stdin=io.BytesIO())
    result = kernel.run(kernel.spawn("prog", exe.read_bytes(), ["prog", *args], []))
    return out.getvalue(), err.getvalue(), result.code


def glibc(src: Path, args: tuple[str, ...] = ()) -> oracle.RunResult:
    oracle.require("gcc", "qemu")
    elf = oracle.gcc_compile(src, "O1", flags=GCC_FLAGS, libs=("-lm",), timeout=300.0)
    return oracle.qemu_run(elf, args, timeout=300.0)


def first_difference(want: bytes, got: bytes) -> str:
    wl, gl = want.split(b"\n"), got.split(b"\n")
    for i, (a, b) in enumerate(zip(wl, gl, strict=False)):
        if a != b:
            return f"line {i + 1}: glibc {a!r}, groundup {b!r}"
    return f"glibc {len(wl)} lines, groundup {len(gl)}"


def with_builders(names: list[str]) -> list[object]:
    """(builder, name) for each build of the library, with ids `groundup-cc-NAME`."""
    return [pytest.param(builder, name, id=f"{label}-{name}")
            for label, builder in BUILDERS.items() for name in names]  # fmt: skip


def use_builder(builder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Links in this test take the library built by `builder` (groundup or gcc)."""
    from groundup.libc import build as libc_build

    if builder == "gcc":
        oracle.require("gcc")
    monkeypatch.setenv(libc_build.BUILDER_VARIABLE, builder)


def same_as_glibc(src: Path, work: Path, args: tuple[str, ...] = ()) -> None:
    expected = glibc(src, args)
    out, err, code = run(build(src, work), work, args)
    assert out == expected.stdout, first_difference(expected.stdout, out)
    assert (err, code) == (expected.stderr, expected.status)


# ------------------------------------------------------------------ the build


def test_libc_builds_and_is_cached(libc_cache: Path) -> None:
    from groundup.libc import build as libc_build

    libc = libc_build.ensure()
    assert libc.archive.is_file()
    assert all(libc.start_file(n).is_file() for n in libc_build.START_FILES)
    assert libc.directory.parent == libc_cache / "groundup"
    assert libc_build.ensure() == libc  # the second time: from the cache


def test_libc_build_error_is_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from groundup.libc import build as libc_build

    bad = tmp_path / "bad.c"
    bad.write_text("int f(void) { return undeclared; }\n")
    with pytest.raises(libc_build.LibcBuildError) as info:
        libc_build.compile_source(bad)
    message = str(info.value)
    assert "bad.c does not compile" in message
    assert "bad.c:1:22: error:" in message and "undeclared" in message


def test_old_builds_are_pruned(tmp_path: Path) -> None:
    from groundup.libc import build as libc_build

    current = tmp_path / "libc-current"
    current.mkdir()
    for i in range(6):
        old = tmp_path / f"libc-old{i}"
        old.mkdir()
        (tmp_path / f"libc-old{i}.lock").touch()
        age = 3600 + i if i < 5 else 0  # the last one is recent: it stays
        os.utime(old, (os.path.getmtime(old) - age,) * 2)
    gcc_built = tmp_path / "libc-gcc-old"  # another compiler's: its own builds prune it
    gcc_built.mkdir()
    os.utime(gcc_built, (os.path.getmtime(gcc_built) - 7200,) * 2)
    libc_build.prune(tmp_path, current)
    left = sorted(p.name for p in tmp_path.glob("libc-*") if p.is_dir())
    assert left == ["libc-current", "libc-gcc-old", "libc-old0", "libc-old5"]  # 3 kept + recent
    assert not (tmp_path / "libc-old4.lock").exists()


def test_gcc_builder_errors_are_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check build by gcc is asked for by name, and says what it needs."""
    from groundup.libc import build as libc_build

    monkeypatch.setenv(libc_build.BUILDER_VARIABLE, "clang")
    with pytest.raises(libc_build.LibcBuildError, match="not supported: GROUNDUP_LIBC_BUILDER"):
        libc_build.ensure()
    monkeypatch.setenv("PATH", "")
    with pytest.raises(libc_build.LibcBuildError, match="needs riscv64-linux-gnu-gcc"):
        libc_build.ensure(builder="gcc")
    monkeypatch.delenv(libc_build.BUILDER_VARIABLE)
    assert libc_build.chosen_builder() == "groundup"  # the default needs no gcc


def test_build_key_changes_with_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    from groundup.libc import build as libc_build

    key = libc_build.build_key()
    assert key == libc_build.build_key()
    assert libc_build.build_key(("MALLOC_FIRST_FIT",)) != key


# ------------------------------------------------------------------ against glibc

SAME_AS_GLIBC = [
    "string",
    "ctype",
    "stdlib",
    "stdio_file",
    "startup",
    "unistd",
    "misc",
    "math",
    "strtod",
    "scanf",
    "strftime",
    "threads",
    "dirent",
    "getopt",
    "net",
    "posix_more",
    "stdio_more",
]


@pytest.mark.parametrize(("builder", "name"), with_builders(SAME_AS_GLIBC))
def test_same_as_glibc(builder: str, name: str, tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    use_builder(builder, monkeypatch)
    same_as_glibc(PROGRAMS / f"{name}.c", tmp_path, ARGS.get(name, ()))


@pytest.mark.slow
@pytest.mark.parametrize(("builder", "name"), with_builders(sorted(printf_table.PROGRAMS)))
def test_printf_table(builder: str, name: str, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Thousands of printf calls, byte for byte as glibc prints them. The gcc-built
    library runs printf_float's table in part, to keep its added time near 20 s (the
    whole table takes 25 s on groundup's kernel, and passes): every GCC_FLOAT_STRIDE-th
    format, 148 of 736, which still has every conversion, flag, width and precision."""
    use_builder(builder, monkeypatch)
    text = printf_table.PROGRAMS[name]()
    if builder == "gcc" and name == "printf_float":
        text = every_nth_loop(text, GCC_FLOAT_STRIDE)
    src = tmp_path / f"{name}.c"
    src.write_text(text)
    same_as_glibc(src, tmp_path)


def every_nth_loop(program: str, n: int) -> str:
    """A printf table program with only every n-th of its loops (one format each)."""
    lines = program.splitlines(keepends=True)
    loops = [i for i, line in enumerate(lines) if line.startswith("    for (")]
    dropped = set(loops) - set(loops[::n])
    return "".join(line for i, line in enumerate(lines) if i not in dropped)


def test_printf_table_is_big_enough() -> None:
    calls = 0
    for make in printf_table.PROGRAMS.values():
        calls += make().count("printf(")
    assert calls >= 1000


@pytest.mark.slow
@pytest.mark.parametrize(("builder", "name"), with_builders(sorted(scanf_table.PROGRAMS)))
def test_scanf_table(builder: str, name: str, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Thousands of sscanf calls (tests/libc/scanf_table.py), every return value and
    assigned byte as glibc's. The gcc-built library runs every GCC_SCANF_STRIDE-th
    format of each table (the whole tables take about 30 s on groundup's kernel)."""
    use_builder(builder, monkeypatch)
    text = scanf_table.PROGRAMS[name]()
    if builder == "gcc":
        text = every_nth_loop(text, GCC_SCANF_STRIDE)
    src = tmp_path / f"{name}.c"
    src.write_text(text)
    same_as_glibc(src, tmp_path)


def test_scanf_table_is_big_enough() -> None:
    calls = [scanf_table.calls(make()) for make in scanf_table.PROGRAMS.values()]
    assert sum(calls) >= 2000
    assert max(calls) <= 1500  # each program compiles in reasonable time


def test_groundup_libc_is_the_default() -> None:
    """groundup cc takes groundup's libc unless asked for glibc: --libc=glibc, or a
    --sysroot (whose glibc is what one names a sysroot for)."""
    from groundup.cc import tool

    assert tool.parse_args(["x.c"]).libc == "groundup"
    assert tool.parse_args(["--sysroot", "/usr/riscv64-linux-gnu", "x.c"]).libc == "glibc"
    assert tool.parse_args(["--libc=glibc", "x.c"]).libc == "glibc"
    assert tool.parse_args(["--sysroot=/s", "--libc=groundup", "x.c"]).libc == "groundup"


def test_links_without_libgcc() -> None:
    """A link with groundup's libc takes nothing from gcc (no libgcc.a: libc.a has the
    runtime helpers), so it is the same on a machine without the cross toolchain."""
    from groundup.cc import driver

    inputs = driver.LinkInputs(("x.o", "-lm"), (), driver.DEFAULT_SYSROOT, "groundup")
    words = driver.link_command(inputs)
    assert not [w for w in words if "gcc" in w or w.startswith("-l")], words
    assert words[-3:-1] == ["x.o", str(Path(words[-2]).parent / "libc.a")], words


# ------------------------------------------------------------------ malloc


@pytest.mark.slow
@pytest.mark.parametrize("policy", ["best-fit", "first-fit"])
def test_malloc_fuzz(policy: str, tmp_path: Path) -> None:
    """Random malloc/free/realloc/calloc/aligned_alloc; the heap is checked after each.
    First fit: the program brings its own malloc.o built with -DMALLOC_FIRST_FIT, which
    the linker then takes instead of libc.a's."""
    extra: tuple[str, ...] = ()
    if policy == "first-fit":
        extra = ("-DMALLOC_FIRST_FIT", str(ROOT / "groundup" / "libc" / "src" / "malloc.c"))
    out, err, code = run(build(PROGRAMS / "malloc_fuzz.c", tmp_path, extra), tmp_path,
                         ("3000", "1"))  # fmt: skip
    assert (code, err) == (0, b""), out[-2000:] + err
    assert out.endswith(b"fuzz ok\n")


def test_malloc_walk_and_stats(tmp_path: Path) -> None:
    out, err, code = run(build(PROGRAMS / "malloc_walk.c", tmp_path), tmp_path)
    assert code == 0, err
    text = out.decode()
    assert "walk ok" in text and "in place ok" in text and "aligned ok" in text, text
    assert b"in use:" in err and b"free:" in err


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("double", b"free(): double free (the block is already free)"),
        ("bad", b"free(): invalid pointer"),
        ("overflow", b"free(): heap overflow: the next block's header was overwritten"),
        ("footer", b"free(): heap overflow: the block's footer was overwritten"),
        ("realloc", b"realloc(): double free"),
    ],
)
def test_heap_errors_are_caught(case: str, message: bytes, tmp_path: Path) -> None:
    out, err, code = run(build(PROGRAMS / "malloc_errors.c", tmp_path), tmp_path, (case,))
    assert code == 128 + 6, (out, err)  # SIGABRT
    assert message in err, err


# ------------------------------------------------------------------ groundup run x.c


def test_run_c_file(tmp_path: Path) -> None:
    """`groundup run hello.c args`: compiled with groundup's libc, linked, run."""
    src = tmp_path / "hello.c"
    src.write_text('#include <stdio.h>\nint main(int argc, char **argv) {\n'
                   '    printf("hello %s %d\\n", argv[1], argc);\n    return 5;\n}\n')  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.run([sys.executable, "-m", "groundup", "run", "hello.c", "world"],
                       cwd=tmp_path, capture_output=True, env=env, timeout=300)  # fmt: skip
    assert (p.stdout, p.returncode) == (b"hello world 2\n", 5), p.stderr


def test_run_c_file_with_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.c").write_text("int main(void) { return x; }\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.run([sys.executable, "-m", "groundup", "run", "bad.c"], cwd=tmp_path,
                       capture_output=True, env=env, timeout=300)  # fmt: skip
    assert p.returncode == 1
    assert b"bad.c:1:25: error:" in p.stderr and b"Traceback" not in p.stderr


def test_run_example_hello(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    hello = str(ROOT / "examples" / "hello.c")
    p = subprocess.run([sys.executable, "-m", "groundup", "run", hello], cwd=tmp_path,
                       capture_output=True, env=env, timeout=300)  # fmt: skip
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith(b"Hello from RISC-V")
