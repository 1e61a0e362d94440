"""Whole programs linked by `groundup ld`, run like gcc's own links of the same objects.

* tests/programs/*.c (freestanding, `-nostdlib ... -lgcc`) at -O0 and -O2: gcc -c,
  then `groundup ld` with libgcc.a, run under qemu-riscv64 and `groundup run`; the
  output and exit status must equal those of gcc's own static link under qemu.
* the same programs through `gcc -S`, `groundup as` and `groundup ld` (-O2).
* tests/glibc/*.c at -O0 and -O2, linked with Debian's static glibc exactly as
  `riscv64-linux-gnu-gcc -static` links them (crt1.o crti.o crtbeginT.o ... the
  libraries in a group ... crtend.o crtn.o), with each program's test cases from
  test_glibc.py (arguments, stdin, environment).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import oracle
import pytest
import test_glibc
from test_ld import (
    HERE,
    gcc_lib_dirs,
    glibc_link_args,
    link_ok,
    our_as,
    run_groundup,
)

pytestmark = oracle.requires_oracle("gcc", "ld", "qemu")

PROGRAMS = sorted((HERE / "programs").glob("*.c"))
OPTS = ("O0", "O2")


def freestanding(src: Path, opt: str, tmp_path: Path) -> tuple[Path, Path]:
    """(gcc's link, ours) of one test program."""
    reference = oracle.gcc_compile(src, opt)
    obj = oracle.gcc_compile(src, opt, link=False)
    out = tmp_path / src.stem
    link_ok("-static", "-o", out, *[f"-L{d}" for d in gcc_lib_dirs()], obj, "-lgcc")
    return reference, out


def same_run(expected: oracle.RunResult, got: oracle.RunResult) -> None:
    assert (got.stdout, got.stderr, got.status) == (expected.stdout, expected.stderr,
                                                     expected.status)  # fmt: skip


@pytest.mark.parametrize("opt", OPTS)
@pytest.mark.parametrize("src", PROGRAMS, ids=lambda p: p.stem)
def test_freestanding_program(src: Path, opt: str, tmp_path: Path) -> None:
    """Our link runs as gcc's under qemu; the -O2 one on groundup's kernel too (every
    program groundup cc builds is linked by groundup ld and run there as well)."""
    reference, ours = freestanding(src, opt, tmp_path)
    expected = oracle.qemu_run(reference)
    same_run(expected, oracle.qemu_run(ours))
    if opt != "O2":
        return
    run = run_groundup(ours)
    assert (run.stdout, run.returncode) == (expected.stdout, expected.status), run.stderr[-2000:]


@pytest.mark.parametrize("src", PROGRAMS, ids=lambda p: p.stem)
def test_through_groundup_as(src: Path, tmp_path: Path) -> None:
    """gcc -S, then groundup as and groundup ld: the whole back half of the chain."""
    res = oracle.run_tool("gcc", ["-O2", *oracle.FREESTANDING_FLAGS, "-S", f"src/{src.name}",
                                  "-o", "out.s"], {f"src/{src.name}": src,
                                  **oracle.local_includes(src)}, outputs=["out.s"])  # fmt: skip
    obj = our_as(res.check().output("out.s").read_text(), tmp_path / f"{src.stem}.o")
    out = tmp_path / src.stem
    link_ok("-o", out, *[f"-L{d}" for d in gcc_lib_dirs()], obj, "-lgcc")
    same_run(oracle.qemu_run(oracle.gcc_compile(src, "O2")), oracle.qemu_run(out))


# --- glibc ------------------------------------------------------------------------------

GLIBC = sorted((HERE / "glibc").glob("*.c"))


def glibc_link(src: Path, opt: str, tmp_path: Path) -> Path:
    obj = oracle.gcc_compile(src, opt, flags=test_glibc.GLIBC_FLAGS, link=False)
    out = tmp_path / src.stem
    link_ok("-o", out, *glibc_link_args([obj]))
    return out


@pytest.mark.parametrize("opt", OPTS)
@pytest.mark.parametrize("src,index", test_glibc.PARAMS)
def test_glibc_program(src: Path, index: int, opt: str, tmp_path: Path) -> None:
    """Our link with static glibc runs as gcc's under qemu; the -O2 one on groundup's
    kernel too (tests/test_glibc.py runs gcc's links there, test_cc_corpus.py groundup
    cc's with glibc, linked by groundup ld)."""
    case = test_glibc.case_of(src, index)
    ours = glibc_link(src, opt, tmp_path)
    expected = test_glibc.qemu(test_glibc.build(src, opt), case)
    same_run(expected, test_glibc.qemu(ours, case))
    if opt != "O2":
        return
    work = tmp_path / "work"
    work.mkdir()
    test_glibc.assert_same(expected, test_glibc.groundup(ours, case, "fast", work))


def test_glibc_link_is_deterministic(tmp_path: Path) -> None:
    src = HERE / "glibc" / "hello.c"
    first = glibc_link(src, "O2", tmp_path).read_bytes()
    shutil.rmtree(tmp_path)
    tmp_path.mkdir()
    assert glibc_link(src, "O2", tmp_path).read_bytes() == first


CONSTRUCTORS = r"""
#include <stdio.h>
__attribute__((constructor(300))) static void third(void) { puts("300"); }
__attribute__((constructor(101))) static void first(void) { puts("101"); }
__attribute__((constructor)) static void plain(void) { puts("plain"); }
__attribute__((constructor(200))) static void second(void) { puts("200"); }
__attribute__((destructor(150))) static void d150(void) { puts("~150"); }
__attribute__((destructor)) static void dplain(void) { puts("~plain"); }
static void pre(int argc, char **argv, char **envp) { (void)argv; (void)envp;
    printf("preinit %d\n", argc); }
__attribute__((section(".preinit_array"), used)) static void (*p)(int, char **, char **) = pre;
__thread int tls_counter = 40;
__thread char tls_buffer[64];
int main(void) { tls_counter += 2; tls_buffer[3] = 'x';
    printf("main %d %c\n", tls_counter, tls_buffer[3]); return 0; }
"""


@pytest.mark.parametrize("opt", OPTS)
def test_constructor_priorities_and_tls(tmp_path: Path, opt: str) -> None:
    """.preinit_array, .init_array.N sorted by priority, .fini_array; .tdata/.tbss."""
    src = tmp_path / "ctors.c"
    src.write_text(CONSTRUCTORS)
    out = glibc_link(src, opt, tmp_path)
    expected = oracle.qemu_run(oracle.gcc_compile(src, opt, flags=test_glibc.GLIBC_FLAGS,
                                                  libs=()))  # fmt: skip
    assert expected.stdout == b"preinit 1\n101\n200\n300\nplain\nmain 42 x\n~plain\n~150\n"
    same_run(expected, oracle.qemu_run(out))
    run = run_groundup(out)
    assert (run.stdout, run.returncode) == (expected.stdout, 0), run.stderr


def test_gc_sections_with_glibc(tmp_path: Path) -> None:
    """--gc-sections on a whole glibc program (-ffunction-sections): smaller, same output."""
    src = HERE / "glibc" / "qsort_bsearch.c"
    flags = (*test_glibc.GLIBC_FLAGS, "-ffunction-sections", "-fdata-sections")
    obj = oracle.gcc_compile(src, "O2", flags=flags, link=False)
    full, small = tmp_path / "full", tmp_path / "small"
    link_ok("-o", full, *glibc_link_args([obj]))
    link_ok("--gc-sections", "-o", small, *glibc_link_args([obj]))
    assert small.stat().st_size < full.stat().st_size
    same_run(oracle.qemu_run(full), oracle.qemu_run(small))
    assert oracle.qemu_run(small).status == 0


def test_ld_on_path_runs_as_a_module(tmp_path: Path) -> None:
    """`python -m groundup.link.tool` (what `groundup ld` runs) works as a process too."""
    import subprocess
    import sys

    from test_ld import EXIT42, groundup_env

    obj = our_as(EXIT42, tmp_path / "x.o")
    out = tmp_path / "prog"
    proc = subprocess.run([sys.executable, "-m", "groundup.link.tool", "-o", str(out), str(obj)],
                          capture_output=True, env=groundup_env(), check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert oracle.qemu_run(out).status == 42


@pytest.mark.parametrize("name", ["hello", "printf_floats", "setjmp_jump"])
def test_glibc_program_through_groundup_as(name: str, tmp_path: Path) -> None:
    """gcc -S; groundup as; then groundup ld and GNU ld each link it with static glibc."""
    from test_ld import gnu_ld

    src = HERE / "glibc" / f"{name}.c"
    args = ["-O2", *test_glibc.GLIBC_FLAGS, "-S", f"src/{src.name}", "-o", "out.s"]
    res = oracle.run_tool("gcc", args, {f"src/{src.name}": src}, outputs=["out.s"])
    obj = our_as(res.check().output("out.s").read_text(), tmp_path / f"{name}.o")
    expected = oracle.qemu_run(test_glibc.build(src, "O2"))
    ours = tmp_path / name
    link_ok("-o", ours, *glibc_link_args([obj]))
    same_run(expected, oracle.qemu_run(ours))
    args = [a if a != str(obj) else "main.o" for a in glibc_link_args([obj])]
    gnu = gnu_ld([*args, "-o", "a.out"], {"main.o": obj}).check()
    same_run(expected, oracle.qemu_run(gnu.output("a.out")))
