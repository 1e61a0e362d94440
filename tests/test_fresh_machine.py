"""The README's first command on a machine without the cross toolchain.

groundup is installed (`pip install`, as the README says) from a copy of this tree
into a new virtual environment, and `groundup run examples/hello_world.c` runs with
PATH holding only that environment's bin: no riscv64-linux-gnu-gcc, binutils or
qemu to fall back on, and a new cache directory, so groundup's C library is built
from the installed package's own sources first. The installed package must hold
every libc source and header (package-data in pyproject.toml).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ORACLE_TOOLS = ("riscv64-linux-gnu-gcc", "riscv64-linux-gnu-as", "riscv64-linux-gnu-ld",
                "qemu-riscv64")  # fmt: skip


def _copy_tree(dest: Path) -> None:
    """The files git tracks (or would: no caches, no build output)."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, text=True, check=False)  # fmt: skip
    names = listed.stdout.split() if listed.returncode == 0 else []
    if not names:
        pytest.skip("not a git checkout: cannot tell the tree's files")
    for name in names:
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


README_COMMAND = "pip install -e . && groundup run examples/hello_world.c"


def test_readme_gives_the_command_tested_here() -> None:
    assert f"\n    {README_COMMAND}\n" in (ROOT / "README.md").read_text()


@pytest.mark.slow
def test_readme_run_command_on_a_fresh_machine(tmp_path: Path) -> None:
    tree, env_dir, cache, work = (tmp_path / d for d in ("tree", "venv", "cache", "work"))
    tree.mkdir()
    work.mkdir()
    _copy_tree(tree)
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    python = bin_dir / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(tree)],
        capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr

    env = {"PATH": str(bin_dir), "HOME": str(tmp_path), "XDG_CACHE_HOME": str(cache),
           "LANG": "C.UTF-8"}  # fmt: skip
    for tool in ORACLE_TOOLS:
        assert shutil.which(tool, path=env["PATH"]) is None
    shutil.copy(ROOT / "examples" / "hello_world.c", work / "hello_world.c")
    run = subprocess.run(["groundup", "run", "hello_world.c", "reader"], cwd=work, env=env,
                         capture_output=True, timeout=600, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    assert run.stdout.startswith(b"Hello, world!"), run.stdout
    assert b"Hello, reader!\n" in run.stdout

    # the installed package holds the library's every source and header
    site = subprocess.run([str(python), "-c", "import groundup.libc, os; "
                           "print(os.path.dirname(groundup.libc.__file__))"],
                          capture_output=True, text=True, env=env, cwd=work,
                          check=True)  # fmt: skip
    installed = Path(site.stdout.strip())
    assert installed.is_relative_to(env_dir), installed  # not this checkout
    here = ROOT / "groundup" / "libc"
    wanted = sorted(str(p.relative_to(here)) for d in ("include", "src") for p in
                    (here / d).rglob("*") if p.suffix in (".c", ".h", ".S"))  # fmt: skip
    got = sorted(str(p.relative_to(installed)) for d in ("include", "src") for p in
                 (installed / d).rglob("*") if p.suffix in (".c", ".h", ".S"))  # fmt: skip
    assert got == wanted, set(wanted) ^ set(got)
    assert os.listdir(cache), "the library was not built into the new cache"
