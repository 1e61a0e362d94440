"""Building groundup's C library with groundup cc, once per version, into the user's cache.

    groundup/libc/src/*.c, *.S ─groundup cc -O2─> objects ─groundup ar─> libc.a
                          crt1.S, crti.S, crtn.S ─groundup cc─> crt1.o crti.o crtn.o

The result lives in `<cache>/groundup/libc-<key>/` (`<cache>` is $XDG_CACHE_HOME or
~/.cache), where the key is a hash of groundup's version, every libc source and
header, the compiler's and assembler's sources, and the build's macros: change any of
them and the next use builds a new library. A build writes into a private temporary
directory and renames it into place, under a lock file, so concurrent builds
(pytest-xdist workers, two shells) never see half a library; the loser of a race
uses the winner's. A source the compiler rejects stops the build with the
compiler's diagnostics (file, line, column, caret), as `LibcBuildError`. Builds for
other keys are pruned: the newest few stay, and none younger than ten minutes goes
(another process may be linking with it).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import groundup
from groundup.diag import CompileError, Reporter, render_all

HERE = Path(__file__).resolve().parent
INCLUDE_DIR = HERE / "include"
SRC_DIR = HERE / "src"
START_FILES = ("crt1", "crti", "crtn")
OPT_LEVEL = "2"
KEEP_BUILDS = 3  # older builds (other sources or compilers) are removed ...
KEEP_SECONDS = 600  # ... unless this recent
#: Packages whose code decides what the library's objects contain.
COMPILER_PACKAGES = ("cc", "asm", "isa", "elf")


class LibcBuildError(Exception):
    """A libc source did not compile (the message holds the compiler's diagnostics)."""


@dataclass(frozen=True, slots=True)
class Libc:
    """A built library: its directory, with libc.a and the start files."""

    directory: Path

    @property
    def archive(self) -> Path:
        return self.directory / "libc.a"

    def start_file(self, name: str) -> Path:
        return self.directory / f"{name}.o"


def cache_root() -> Path:
    """$XDG_CACHE_HOME/groundup, or ~/.cache/groundup."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "groundup"


def sources() -> list[Path]:
    """Every file the library is built from (sources, private and public headers)."""
    found = [p for d in (SRC_DIR, INCLUDE_DIR) for p in d.rglob("*") if p.is_file()]
    return sorted(p for p in found if p.suffix in (".c", ".S", ".h"))


def build_key(defines: tuple[str, ...] = ()) -> str:
    """The hash naming a build: groundup's version, the libc's files, the compiler's."""
    h = hashlib.sha256(f"groundup {groundup.__version__} -O{OPT_LEVEL}".encode())
    h.update(repr(defines).encode())
    package = HERE.parent
    compiler = [p for name in COMPILER_PACKAGES for p in (package / name).rglob("*.py")]
    for path in [*sources(), *sorted(compiler), package / "link" / "archive.py"]:
        h.update(str(path.relative_to(package)).encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()[:20]


def ensure(cache: Path | None = None, defines: tuple[str, ...] = ()) -> Libc:
    """The library for the current sources: from the cache, or built now."""
    root = cache or cache_root()
    final = root / f"libc-{build_key(defines)}"
    if (final / "libc.a").is_file():
        return Libc(final)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / f"{final.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time; the others then reuse
        if not (final / "libc.a").is_file():
            work = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=root))
            try:
                build(work, defines)
                os.rename(work, final)
            except BaseException:
                shutil.rmtree(work, ignore_errors=True)
                raise
            prune(root, final)
    return Libc(final)


def prune(root: Path, current: Path) -> None:
    """Remove old builds: all but the KEEP_BUILDS newest, if older than KEEP_SECONDS."""
    builds = [p for p in root.glob("libc-*") if p.is_dir() and p != current]
    builds.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    now = time.time()
    for old in builds[KEEP_BUILDS - 1 :]:
        if now - old.stat().st_mtime > KEEP_SECONDS:
            shutil.rmtree(old, ignore_errors=True)
            Path(f"{old}.lock").unlink(missing_ok=True)


def build(dest: Path, defines: tuple[str, ...] = ()) -> None:
    """Compile every source into dest: the start files, and libc.a of the rest."""
    from groundup.link.archive import Member, write_archive

    members = []
    for src in sorted(p for p in SRC_DIR.iterdir() if p.suffix in (".c", ".S")):
        obj = compile_source(src, defines)
        if src.stem in START_FILES:
            (dest / f"{src.stem}.o").write_bytes(obj)
        else:
            members.append(Member(f"{src.stem}.o", obj))
    (dest / "libc.a").write_bytes(write_archive(members))


def compile_source(src: Path, defines: tuple[str, ...] = ()) -> bytes:
    """One libc source -> an object (raises LibcBuildError with the diagnostics)."""
    from groundup.cc import driver
    from groundup.cc.tool import Flags, make_job

    flags = Flags(optimize=OPT_LEVEL, nostdinc=True, isystem=[str(INCLUDE_DIR)],
                  include_dirs=[str(SRC_DIR)], inputs=[str(src)],
                  commands=[("D", d) for d in defines])  # fmt: skip
    reporter = Reporter()
    try:
        job = make_job(replace(flags, libc="none"))
        if src.suffix == ".S":
            text = driver.preprocessed_text(job, reporter, False)
        else:
            text = driver.assembly(job, reporter, True)
        return driver.object_code(text, str(src))
    except CompileError as e:
        raise LibcBuildError(f"building groundup's libc: {src.name} does not compile:\n"
                             f"{render_all(e.diagnostics)}") from None  # fmt: skip
    except Exception as e:  # a bug in groundup cc, found by compiling the library
        raise LibcBuildError(f"building groundup's libc: groundup cc failed on {src.name}: "
                             f"{type(e).__name__}: {e}") from e  # fmt: skip
