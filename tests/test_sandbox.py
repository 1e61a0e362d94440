"""The sandbox: a guest cannot read or write a host file outside its mounts.

tests/fs/escape.c tries every way out — absolute host paths, `..` past the mount
root, symbolic links inside the mount pointing out (absolute, relative, to `/`,
to a directory outside), /proc/self/root, /proc/self/exe, a directory descriptor
on the mount root, chdir(".."), and renameat2/unlinkat/mkdirat/openat(O_CREAT)
aimed outside — and prints what each returned. Every attempt must fail, the
secret must never appear in the output, and the host tree outside the mount must
stay exactly as it was (names, bytes and modification times). A read-only mount
refuses every change with EROFS. Both engines run the guest.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import oracle
import pytest

from groundup.kernel.options import Mount, Options
from groundup.kernel.proc import Kernel

FS = Path(__file__).parent / "fs"
ENGINES = ["ref", "fast"]
SECRET = b"TOPSECRET-4f1c9a\n"
ENOENT, ELOOP, EXDEV, EROFS, EBUSY = -2, -40, -18, -30, -16


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root: its bytes (or link target) and mtime, to check nothing changed."""
    seen = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            body = os.readlink(path).encode() if path.is_symlink() else b""
            if path.is_file() and not path.is_symlink():
                body = path.read_bytes()
            seen[str(path.relative_to(root))] = (body, st.st_mtime_ns)
    return seen


def make_tree(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_bytes(SECRET)
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    (mnt / "inside.txt").write_bytes(b"inside\n")
    os.symlink(secret, mnt / "abs_link")
    os.symlink("../outside/secret.txt", mnt / "rel_link")
    os.symlink("/", mnt / "root_link")
    os.symlink("../outside", mnt / "dir_link")
    os.symlink("loop", mnt / "loop")
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "keep.txt").write_bytes(b"keep\n")
    return outside, secret, mnt, ro


def run_escape(engine: str, mounts: tuple[Mount, ...], cwd: str, argv: list[str]) -> str:
    elf = oracle.gcc_compile(FS / "escape.c", "O2")
    out, err = io.BytesIO(), io.BytesIO()
    options = Options(engine=engine, mounts=mounts, cwd=cwd)  # type: ignore[arg-type]
    k = Kernel(options=options, stdout=out, stderr=err, stdin=io.BytesIO())
    p = k.spawn(str(elf), elf.read_bytes(), [str(elf), *argv], [])
    result = k.run(p)
    assert result.status == 0 and result.signal is None, err.getvalue()
    assert b"Traceback" not in err.getvalue()
    return out.getvalue().decode()


def results(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("where", ["own-path", "elsewhere"])
def test_guest_cannot_escape_its_mounts(tmp_path: Path, engine: str, where: str) -> None:
    oracle.require("gcc")
    outside, secret, mnt, ro = make_tree(tmp_path)
    guest = str(mnt) if where == "own-path" else "/work/project"
    before_outside, before_ro = snapshot(outside), snapshot(ro)
    mounts = (Mount(mnt, guest), Mount(ro, "/ro", readonly=True))
    text = run_escape(engine, mounts, guest, [str(secret), str(outside), "/ro"])

    assert "TOPSECRET" not in text
    got = results(text)
    denied = [name for name in got if name not in ("path_fd_dotdot", "ro_read")]
    denied = [name for name in denied if not name.startswith(("ls_", "cwd_after", "ro_"))]
    for name in denied:
        assert int(got[name]) < 0, (name, got[name])
    assert got["loop"] == got["nofollow"] == str(ELOOP)
    assert got["abs"] == got["abs_link"] == got["rel_link"] == got["proc_root"] == str(ENOENT)
    assert got["w_create_outside"] == got["w_create_link"] == got["mkdir_via_link"] == str(ENOENT)

    # Every road to the top ends at the guest's own root, which holds no host directory.
    top = "/".join(guest.split("/")[:2]) or "/"
    roots = {got[k] for k in ("ls_root", "ls_root_link", "ls_deep_dotdot", "ls_proc_root")}
    assert roots == {f". .. dev proc tmp {top[1:] + ' ' if where == 'elsewhere' else ''}ro "}
    assert got["ls_outside"] == got["ls_dir_link"] == str(ENOENT)
    assert got["cwd_after_up"] == "/"

    # The read-only mount reads, and refuses every change.
    assert got["ro_read"] == "OPEN:keep"
    for name in ("ro_write", "ro_trunc", "ro_create", "ro_unlink", "ro_mkdir"):
        assert got[name] == str(EROFS), name
    assert got["ro_rename_in"] == str(EXDEV)
    assert got["ro_rmdir"] == str(EBUSY)

    assert snapshot(outside) == before_outside
    assert snapshot(ro) == before_ro
    assert secret.read_bytes() == SECRET
    assert (mnt / "inside.txt").read_bytes() == b"inside\n"


def test_escape_through_the_command_line(tmp_path: Path) -> None:
    """The same guest through `groundup run`, with the default mount (the current directory)."""
    oracle.require("gcc")
    import subprocess
    import sys

    outside, secret, mnt, ro = make_tree(tmp_path)
    elf = oracle.gcc_compile(FS / "escape.c", "O2")
    before = snapshot(outside)
    p = subprocess.run(
        [sys.executable, "-m", "groundup", "run", "--mount", f"{ro}:/ro:ro", str(elf),
         str(secret), str(outside), "/ro"],
        capture_output=True, cwd=mnt, timeout=300,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )  # fmt: skip
    assert p.returncode == 0, p.stderr.decode()
    assert b"TOPSECRET" not in p.stdout
    got = results(p.stdout.decode())
    assert got["abs"] == got["dotdot"] == got["abs_link"] == got["rel_link"] == str(ENOENT)
    assert got["ro_write"] == str(EROFS)
    assert snapshot(outside) == before
