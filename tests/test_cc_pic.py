"""-fPIC: groundup cc's code in a shared library that gcc's program loads.

The library (compiled by groundup cc -fPIC, linked by gcc -shared) reads and writes
the program's global data through the GOT, calls the program's function and glibc's
through the PLT, keeps a static helper and hidden data local (pc-relative), and has
thread-locals: the program's and its own (general dynamic, through __tls_get_addr),
and one asked for as initial exec (`tls_model`). The program (gcc, dynamically linked) runs under
qemu-riscv64 with the sysroot's dynamic loader: its output must be the all-gcc build's.
The code itself is checked too: `.option pic`, `la` for another module's symbols,
`lla` for the library's own, `@plt` calls.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
from pathlib import Path

import oracle
import pytest

from groundup.cli import main as groundup
from groundup.diag import CompileError

pytestmark = oracle.requires_oracle("gcc", "qemu")

LIBRARY = r"""
#include <stdio.h>
extern int shared_counter;
extern __thread int per_thread;
extern __thread int per_thread_ie __attribute__((tls_model("initial-exec")));
static __thread int library_calls = 100;
int program_callback(int);
static int helper(int x) { return x * 3; }
__attribute__((visibility("hidden"))) int private_total;
struct point { double x, y; };
int library_entry(int n) {
    shared_counter += n;
    per_thread += 2;
    per_thread_ie += per_thread;
    private_total += helper(n) + library_calls++;
    printf("library: counter %d thread %d %d total %d\n", shared_counter, per_thread,
           per_thread_ie, private_total);
    return program_callback(private_total);
}
struct point library_mid(struct point a, struct point b) {
    struct point r = {(a.x + b.x) / 2, (a.y + b.y) / 2};
    return r;
}
"""

PROGRAM = r"""
#include <stdio.h>
int shared_counter = 10;
__thread int per_thread = 1;
__thread int per_thread_ie = 50;
struct point { double x, y; };
int library_entry(int n);
struct point library_mid(struct point a, struct point b);
int program_callback(int v) { return v + 1000; }
int main(void) {
    printf("%d\n", library_entry(5));
    printf("%d\n", library_entry(7));
    struct point m = library_mid((struct point){1, 2}, (struct point){4, 8});
    printf("mid %g %g, counter %d, thread %d\n", m.x, m.y, shared_counter, per_thread);
    return 0;
}
"""

SYSROOT = "/usr/riscv64-linux-gnu"


def _groundup_object(src: Path, out: Path) -> str:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
        status = groundup(["cc", "-fPIC", "-O0", "-c", str(src), "-o", str(out)])
    assert status == 0, err.getvalue()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
        groundup(["cc", "-fPIC", "-S", str(src), "-o", str(out.with_suffix(".s"))])
    return out.with_suffix(".s").read_text()


def _run(library: Path, tmp_path: Path, name: str) -> oracle.RunResult:
    res = oracle.run_tool("gcc", ["-shared", "lib.o", "-o", "libx.so"], {"lib.o": library},
                          outputs=["libx.so"]).check()  # fmt: skip
    so = res.output("libx.so").read_bytes()
    main = oracle.run_tool("gcc", ["main.c", "-L.", "-lx", "-o", "main"],
                           {"main.c": PROGRAM.encode(), "libx.so": so},
                           outputs=["main"]).check()  # fmt: skip
    exe = main.output("main").read_bytes()
    lib_dir = tmp_path / name
    lib_dir.mkdir()
    (lib_dir / "libx.so").write_bytes(so)
    return _qemu(exe, lib_dir)


def _qemu(exe: bytes, lib_dir: Path) -> oracle.RunResult:
    """The program under qemu-riscv64 with the sysroot's loader and our library."""
    prog = lib_dir / "main"
    prog.write_bytes(exe)
    prog.chmod(0o755)
    env = {"QEMU_LD_PREFIX": SYSROOT, "LD_LIBRARY_PATH": str(lib_dir), "PATH": "/usr/bin:/bin"}
    p = subprocess.run(["qemu-riscv64", "-E", f"LD_LIBRARY_PATH={lib_dir}", str(prog)],
                       capture_output=True, env=env, timeout=60, check=False)  # fmt: skip
    return oracle.RunResult(p.stdout, p.stderr, p.returncode)


def test_pic_library_runs_as_gccs(tmp_path: Path) -> None:
    if not Path(SYSROOT, "lib", "ld-linux-riscv64-lp64d.so.1").exists():
        pytest.skip("no dynamic loader in the sysroot")
    src = tmp_path / "lib.c"
    src.write_text(LIBRARY)
    ours = tmp_path / "ours.o"
    asm = _groundup_object(src, ours)
    assert "\t.option\tpic" in asm
    assert re.search(r"\bla\t\w+, shared_counter\n", asm)  # through the GOT
    assert "call\tprogram_callback@plt" in asm and "call\thelper\n" in asm
    assert "la.tls.gd\ta0, per_thread\n" in asm and "call\t__tls_get_addr@plt" in asm
    assert "la.tls.gd\ta0, library_calls\n" in asm and "la.tls.ie" in asm
    assert "lla" in asm  # private_total: hidden, pc-relative
    gcc_obj = oracle.gcc_compile(src, "O0", flags=("-fPIC", "-march=rv64gc", "-mabi=lp64d"),
                                 libs=(), link=False)  # fmt: skip
    want = _run(gcc_obj, tmp_path, "gcc")
    assert want.status == 0 and b"mid 2.5 5" in want.stdout, want
    got = _run(ours, tmp_path, "ours")
    assert (got.stdout, got.status) == (want.stdout, 0), got.stderr


def test_tls_models_in_the_ir_and_the_assembly() -> None:
    from groundup.cc import codegen, ir, irparse

    text = (
        "data tls @v align 4 = i32 5\n"
        "func @f() -> i32 {\nentry:\n"
        "  %1 = tlsaddr.ptr @v\n  %2 = tlsaddr.ptr @v ie\n  %3 = tlsaddr.ptr @v gd\n"
        "  %4 = call.ptr @__tls_get_addr(ptr %3)\n"
        "  %5 = load.i32 [%1]\n  %6 = load.i32 [%2]\n  %7 = load.i32 [%4]\n"
        "  %8 = add.i32 %5, %6\n  %9 = add.i32 %8, %7\n  ret.i32 %9\n}\n"
    )
    module = irparse.parse_module(text)
    printed = ir.format_module(module)
    for line in ("tlsaddr.ptr @v\n", "tlsaddr.ptr @v ie\n", "tlsaddr.ptr @v gd\n"):
        assert line in printed
    asm = codegen.codegen(module, pic=True)
    assert "%tprel_hi(v)" in asm and "la.tls.ie\t" in asm
    assert re.search(r"la\.tls\.gd\ta0, v\n\tcall\t__tls_get_addr@plt\n", asm)
    with pytest.raises(CompileError, match="unknown TLS model"):
        irparse.parse_module(text.replace("@v gd", "@v xx"))
