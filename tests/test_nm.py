"""`groundup nm`: GNU nm's default output, byte for byte, on objects, archives and
executables (gcc's and groundup ld's), with the common flags."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from pathlib import Path

import oracle
import pytest
from test_ld import HERE, gcc_file, glibc_link_args, link_ok

from groundup.link import nm

pytestmark = oracle.requires_oracle("gcc", "ld")

FLAGS = ["", "-n", "-p", "-g", "-u", "-A", "-a", "-S", "-r", "--defined-only", "-n -r", "-g -A",
         "-a -n"]  # fmt: skip


def ours(cwd: Path, args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = nm.main(args)
    finally:
        os.chdir(old)
    return status, out.getvalue().replace("groundup nm: ", "nm: ")


def compare(tmp_path: Path, files: dict[str, Path], flags: str) -> None:
    for name, path in files.items():
        shutil.copyfile(path, tmp_path / name)
    args = [*flags.split(), *files]
    theirs = oracle.run_tool("nm", args, dict(files))
    expected = theirs.stdout.decode() + re.sub(r"^\S*riscv64-linux-gnu-nm: ", "nm: ",
                                               theirs.stderr.decode(), flags=re.M)  # fmt: skip
    status, got = ours(tmp_path, args)
    assert status == theirs.status
    if theirs.stderr:  # only stdout's order is known (stderr lines are interleaved in ours)
        assert sorted(got.splitlines()) == sorted(expected.splitlines())
    else:
        assert got == expected


def program_objects() -> dict[str, Path]:
    return {
        "sieve.o": oracle.gcc_compile(HERE / "programs" / "sieve.c", "O2", link=False),
        "bignum.o": oracle.gcc_compile(HERE / "programs" / "bignum.c", "O0", ["-g"], link=False),
        "hello.o": oracle.gcc_compile(HERE / "glibc" / "hello.c", "O2", ["-static"], link=False),
    }


@pytest.mark.parametrize("flags", FLAGS)
def test_objects(tmp_path: Path, flags: str) -> None:
    compare(tmp_path, program_objects(), flags)


@pytest.mark.parametrize("flags", FLAGS)
def test_one_object(tmp_path: Path, flags: str) -> None:
    compare(tmp_path, {"sieve.o": program_objects()["sieve.o"]}, flags)


@pytest.mark.parametrize("flags", ["", "-n", "-A", "-g -A", "-u", "-a", "-S"])
def test_archives(tmp_path: Path, flags: str) -> None:
    compare(tmp_path, {"libgcc.a": Path(gcc_file("libgcc.a")),
                       "libgcc_eh.a": Path(gcc_file("libgcc_eh.a"))}, flags)  # fmt: skip


@pytest.mark.parametrize("flags", ["", "-g -A"])
def test_libc(tmp_path: Path, flags: str) -> None:
    """libc.a: members without symbols ("no symbols"), weak, common, TLS, IFUNC-free."""
    compare(tmp_path, {"libc.a": Path(gcc_file("libc.a"))}, flags)


@pytest.mark.parametrize("flags", ["", "-n", "-a", "-S", "-g", "-u"])
def test_executables(tmp_path: Path, flags: str) -> None:
    """gcc's static link and groundup ld's of the same program."""
    src = HERE / "glibc" / "hello.c"
    gcc = oracle.gcc_compile(src, "O2", flags=("-static",), libs=())
    ours_exe = tmp_path / "ours"
    link_ok("-o", ours_exe, *glibc_link_args([program_objects()["hello.o"]], ()))
    work = tmp_path / "w"
    work.mkdir()
    compare(work, {"gcc": gcc, "ours": ours_exe}, flags)


def test_errors(tmp_path: Path) -> None:
    status, out = ours(tmp_path, ["missing.o"])
    assert status == 1 and out == "nm: 'missing.o': No such file\n"
    (tmp_path / "notes.txt").write_text("hi\n")
    status, out = ours(tmp_path, ["notes.txt"])
    assert status == 1 and "file format not recognized" in out
    assert ours(tmp_path, ["--frobnicate"])[0] == 1
