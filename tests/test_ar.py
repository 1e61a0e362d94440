"""`groundup ar`: the archives Debian's GNU ar writes, byte for byte, and its listings.

Each case runs the same command sequence with GNU ar (cached oracle runs) and with
`groundup ar`, and compares the archive bytes and what each printed. Archives made
by either are then read by the other tools (GNU ar and nm, groundup ld and nm).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import oracle
import pytest
from test_ld import gnu_as, gnu_ld, ld, our_as

from groundup.link import ar
from groundup.link.archive import ArchiveError, read_archive, write_archive

pytestmark = oracle.requires_oracle("as", "ld")
GNU_AR = "riscv64-linux-gnu-ar"

OBJECT = "\n    .globl {0}, shared_{0}\n    .weak weak_{0}\n    .comm common_{0}, 8, 8\n" \
         "    .text\n{0}:\n    ret\nweak_{0}:\n    ret\n    .data\nshared_{0}: .word 1\n" \
         "local_{0}: .word 2\n"  # fmt: skip


def objects(tmp_path: Path) -> dict[str, bytes]:
    """Members with short, 15-, 16- and long names, and one that is not an object."""
    names = ["a.o", "b.o", "xactly15chars.o", "exactly16chars_.o", "a_rather_long_member_name.o"]
    out = {n: gnu_as(OBJECT.format(n.split(".")[0])).read_bytes() for n in names}
    out["notes.txt"] = b"not an object\n"
    for name, data in out.items():
        (tmp_path / name).write_bytes(data)
    return out


def ours(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = ar.main(list(args))
    finally:
        os.chdir(cwd)
    return status, out.getvalue(), err.getvalue().replace("groundup ar: ", "ar: ")


def gnu(inputs: dict[str, bytes], *args: str, archive: str = "x.a") -> oracle.ToolResult:
    return oracle.run_tool(GNU_AR, list(args), inputs, outputs=[archive])


def same(tmp_path: Path, inputs: dict[str, bytes], *args: str) -> str:
    """Run `ar ARGS` both ways over the same files; the archives and output must agree."""
    theirs = gnu(inputs, *args)
    status, out, err = ours(tmp_path, *args)
    assert status == theirs.status == 0, err
    assert out == theirs.stdout.decode()
    assert err == re.sub(rf"^\S*{GNU_AR}: ", "ar: ", theirs.stderr.decode(), flags=re.M)
    assert (tmp_path / "x.a").read_bytes() == theirs.output("x.a").read_bytes()
    return out


@pytest.mark.parametrize("members", [
    ["a.o"], ["a.o", "b.o"], ["xactly15chars.o", "exactly16chars_.o"],
    ["a_rather_long_member_name.o", "a.o", "exactly16chars_.o"], ["notes.txt"],
    ["notes.txt", "b.o"],
])  # fmt: skip
def test_rcs_is_byte_identical(tmp_path: Path, members: list[str]) -> None:
    files = objects(tmp_path)
    same(tmp_path, {m: files[m] for m in members}, "rcs", "x.a", *members)


def test_operations_and_their_messages(tmp_path: Path) -> None:
    files = objects(tmp_path)
    inputs = {m: files[m] for m in ("a.o", "b.o", "a_rather_long_member_name.o")}
    same(tmp_path, inputs, "rv", "x.a", "a.o", "b.o")  # ar: creating x.a; a - a.o ...
    first = (tmp_path / "x.a").read_bytes()
    changed = gnu_as(OBJECT.format("changed")).read_bytes()
    (tmp_path / "a.o").write_bytes(changed)
    after = {"x.a": first, "a.o": changed, "a_rather_long_member_name.o": files[
        "a_rather_long_member_name.o"]}  # fmt: skip
    assert same(tmp_path, after, "rv", "x.a", "a.o", "a_rather_long_member_name.o") == \
        "r - a.o\na - a_rather_long_member_name.o\n"  # fmt: skip
    replaced = (tmp_path / "x.a").read_bytes()
    assert same(tmp_path, {"x.a": replaced, "b.o": files["b.o"]}, "qv", "x.a", "b.o") == \
        "a - b.o\n"  # fmt: skip
    appended = (tmp_path / "x.a").read_bytes()
    assert same(tmp_path, {"x.a": appended}, "dv", "x.a", "b.o") == "d - b.o\n"
    (tmp_path / "x.a").write_bytes(appended)
    same(tmp_path, {"x.a": appended}, "d", "x.a", "a.o", "b.o")
    (tmp_path / "x.a").write_bytes(appended)
    same(tmp_path, {"x.a": appended, "b.o": files["b.o"]}, "rcS", "x.a", "b.o")  # no index
    no_index = (tmp_path / "x.a").read_bytes()
    assert not read_archive(no_index, "x.a").has_index
    same(tmp_path, {"x.a": no_index}, "s", "x.a")  # ranlib
    assert read_archive((tmp_path / "x.a").read_bytes(), "x.a").has_index


def test_listing_and_extracting(tmp_path: Path) -> None:
    files = objects(tmp_path)
    names = ["a.o", "a_rather_long_member_name.o", "notes.txt"]
    archive = gnu({n: files[n] for n in names}, "rcs", "x.a", *names).output("x.a").read_bytes()
    (tmp_path / "x.a").write_bytes(archive)
    for args in (["t", "x.a"], ["tv", "x.a"], ["t", "x.a", "notes.txt"]):
        theirs = oracle.run_tool(GNU_AR, args, {"x.a": archive})
        status, out, _ = ours(tmp_path, *args)
        assert (status, out) == (0, theirs.stdout.decode()), args
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "x.a").write_bytes(archive)
    status, out, _ = ours(out_dir, "xv", "x.a")
    assert status == 0 and out == "".join(f"x - {n}\n" for n in names)
    for n in names:
        assert (out_dir / n).read_bytes() == files[n]
    status, out, _ = ours(out_dir, "p", "x.a", "notes.txt")
    assert out == files["notes.txt"].decode()


def test_errors(tmp_path: Path) -> None:
    status, _, err = ours(tmp_path, "t", "missing.a")
    assert status == 1 and err == "ar: missing.a: No such file or directory\n"
    status, _, err = ours(tmp_path, "rcs", "x.a", "missing.o")
    assert status == 1 and "missing.o: No such file or directory" in err
    assert not (tmp_path / "x.a").exists()
    assert ours(tmp_path, "z", "x.a")[0] == 1
    assert ours(tmp_path)[0] == 1
    (tmp_path / "bad.a").write_bytes(b"!<arch>\nshort")
    status, _, err = ours(tmp_path, "t", "bad.a")
    assert status == 1 and "truncated member header" in err
    with pytest.raises(ArchiveError, match="not an archive"):
        read_archive(b"hello", "x")


def test_each_tool_reads_the_others_archives(tmp_path: Path) -> None:
    """ours -> GNU ar, GNU nm, GNU ld; GNU's -> groundup ld (the member index)."""
    files = objects(tmp_path)
    status, _, _ = ours(tmp_path, "rcs", "ours.a", "a.o", "a_rather_long_member_name.o")
    assert status == 0
    mine = (tmp_path / "ours.a").read_bytes()
    listed = oracle.run_tool(GNU_AR, ["t", "ours.a"], {"ours.a": mine}).check()
    assert listed.stdout == b"a.o\na_rather_long_member_name.o\n"
    symbols = oracle.run_tool("nm", ["-g", "ours.a"], {"ours.a": mine}).check().stdout.decode()
    assert "T a_rather_long_member_name" in symbols and "C common_a" in symbols
    main = our_as("\n    .globl _start\n_start:\n    call a_rather_long_member_name\n"
                  "    li a7, 93\n    ecall\n", tmp_path / "main.o")  # fmt: skip
    linked = gnu_ld(["main.o", "ours.a", "-o", "a.out"], {"main.o": main, "ours.a": mine})
    assert linked.check().outputs["a.out"].exists()
    theirs = gnu(dict(files), "rcs", "x.a", "a.o", "a_rather_long_member_name.o")
    assert theirs.output("x.a").read_bytes() == mine  # the same bytes anyway
    assert ld("-o", tmp_path / "prog", main, theirs.output("x.a")).status == 0


def test_write_archive_index_order() -> None:
    """The index lists each member's global definitions in symbol-table order."""
    from groundup.link.archive import Member

    data = write_archive([Member("m.o", gnu_as(OBJECT.format("m")).read_bytes())])
    archive = read_archive(data, "x.a")
    assert [name for name, _ in archive.index] == ["m", "shared_m", "weak_m", "common_m"]
    assert {offset for _, offset in archive.index} == {archive.members[0].offset}
