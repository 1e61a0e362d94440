"""`groundup run`: the bundled example, bad input files, and guests that fault.

Bad input gets one clear line on stderr and exit status 1, never a traceback; a
guest that faults dies of a signal, reported with the pc and what went wrong,
and the shell's wording and status (128 + signal), on both engines.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import oracle
import pytest

from groundup.kernel.proc import Kernel
from groundup.machine.translate import Translator

ROOT = Path(__file__).resolve().parent.parent
SPECIAL = Path(__file__).parent / "special"
ENGINES = ["ref", "fast"]


def groundup(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "groundup", *args], capture_output=True, input=stdin, timeout=300
    )


def assert_one_error(p: subprocess.CompletedProcess[bytes], *fragments: str) -> None:
    err = p.stderr.decode()
    assert p.returncode == 1, err
    assert "Traceback" not in err
    assert err.startswith("groundup: error: ") and err.count("\n") == 1, err
    for f in fragments:
        assert f in err, err
    assert p.stdout == b""


@pytest.mark.parametrize("engine", ENGINES)
def test_bundled_example(engine: str) -> None:
    p = groundup("run", "--engine", engine, str(ROOT / "examples" / "hello.elf"), "x")
    assert p.stdout.decode().splitlines() == [
        "Hello from RISC-V, running on groundup!",
        f"argv[0] = {ROOT / 'examples' / 'hello.elf'}",
        "fib(20) = 6765",
    ]
    assert p.returncode == 1  # hello exits 1 when given arguments


def _hello() -> bytes:
    return (ROOT / "examples" / "hello.elf").read_bytes()


@pytest.mark.parametrize(
    "name,make,fragments",
    [
        ("empty", lambda: b"", ["not an ELF file"]),
        ("text", lambda: b"#!/bin/sh\necho hi\n", ["not an ELF file"]),
        ("short", lambda: _hello()[:40], ["truncated ELF header"]),
        ("cut", lambda: _hello()[:0x90], ["truncated file", "program header table"]),
        ("cut-middle", lambda: _hello()[:0x200], ["truncated file", "file has 0x200"]),
        ("x86", lambda: Path(sys.executable).resolve().read_bytes(), ["wrong machine", "X86_64"]),
        ("class32", lambda: _hello()[:4] + b"\x01" + _hello()[5:], ["32-bit"]),
        ("bigendian", lambda: _hello()[:5] + b"\x02" + _hello()[6:], ["big-endian"]),
    ],
)
def test_bad_elf_files(tmp_path: Path, name: str, make: object, fragments: list[str]) -> None:
    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    assert_one_error(groundup("run", str(path)), str(path), *fragments)
    assert_one_error(groundup("objdump", "-d", str(path)), str(path), *fragments)


def test_real_rv32_object_is_refused(tmp_path: Path) -> None:
    oracle.require("gcc")
    obj = oracle.gcc_compile(
        SPECIAL / "tiny.c", "O0", ["-march=rv32imac", "-mabi=ilp32"], link=False
    )
    assert_one_error(groundup("run", str(obj)), "32-bit")


def test_missing_file(tmp_path: Path) -> None:
    assert_one_error(groundup("run", str(tmp_path / "nope")), "No such file")


def test_object_file_is_not_an_executable() -> None:
    oracle.require("gcc")
    obj = oracle.gcc_compile(SPECIAL / "segv.c", "O0", link=False)
    assert_one_error(groundup("run", str(obj)), "not an executable", "REL")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "prog,status,words,message",
    [
        ("illegal", 132, "Illegal instruction", "SIGILL: illegal instruction at pc 0x"),
        ("segv", 139, "Segmentation fault", "SIGSEGV: invalid write to address 0x8 (store page"),
    ],
)
def test_faulting_guest(engine: str, prog: str, status: int, words: str, message: str) -> None:
    oracle.require("gcc", "qemu")
    elf = oracle.gcc_compile(SPECIAL / f"{prog}.c", "O2")
    expected = oracle.qemu_run(elf)
    p = groundup("run", "--engine", engine, str(elf))
    assert p.stdout == expected.stdout == b"before\n"
    assert p.returncode == status == 128 - expected.status  # qemu reports -signal
    err = p.stderr.decode()
    assert message in err and err.rstrip().endswith(words) and "Traceback" not in err
    if prog == "illegal":
        assert "(bytes ff ff ff ff)" in err


@pytest.mark.parametrize("engine", ENGINES)
def test_self_modifying_code(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rewritten code runs in its new form; the fast engine drops stale translations."""
    oracle.require("gcc", "qemu")
    elf = oracle.gcc_compile(SPECIAL / "selfmod.c", "O2", ["-Wl,-N"])
    expected = oracle.qemu_run(elf)
    out = io.BytesIO()
    kernel = Kernel(engine=engine, stdout=out)  # type: ignore[arg-type]
    if engine == "fast":  # translate each version of the code before it is rewritten
        kernel.machine.harts[0].engine = Translator(hot=2)
    written: list[int] = []
    original = kernel.machine.code_written
    monkeypatch.setattr(kernel.machine, "code_written", lambda ppn: (written.append(ppn),
                                                                      original(ppn)))  # fmt: skip
    proc = kernel.spawn("selfmod", elf.read_bytes(), ["selfmod"], [])
    result = kernel.run(proc)
    assert (out.getvalue(), result.code) == (expected.stdout, expected.status)
    if engine == "fast":
        assert written, "stores to translated code never took the invalidating path"
