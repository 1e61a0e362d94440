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

A second builder checks the library itself ("stage 2"): with GROUNDUP_LIBC_BUILDER=gcc
in the environment, ensure() builds the same sources with the oracle compiler,
riscv64-linux-gnu-gcc (GCC_FLAGS: the same C, only the compiler differs), archives
them the same way into `<cache>/groundup/libc-gcc-<key>/` (the key hashes gcc's version
and flags instead of groundup cc's sources), under the same lock. It is for tests:
tests/test_libc.py runs its programs against both builds, and a function that behaves
differently is undefined behaviour in the library or a bug in groundup cc. Unset (or
=groundup), nothing needs gcc.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
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
#: The environment variable that picks the compiler: groundup (the default) or gcc.
BUILDER_VARIABLE = "GROUNDUP_LIBC_BUILDER"
BUILDERS = ("groundup", "gcc")
GCC = "riscv64-linux-gnu-gcc"
#: gcc's flags for the check build. The library must be the same C as groundup cc
#: compiles, only the compiler differs: so the same target, dialect, optimization level
#: and code model as groundup cc's defaults, groundup's headers only, and nothing that
#: would hide undefined behaviour (no -fno-strict-aliasing, -fwrapv ...: where gcc
#: exploits UB the library does, the tests should see it).
GCC_FLAGS = (
    f"-O{OPT_LEVEL}",
    "-march=rv64gc", "-mabi=lp64d",  # groundup cc's one target
    "-std=gnu17",  # groundup cc's default dialect: the same predefined macros
    "-fPIE", "-mcmodel=medany",  # what groundup cc (and Debian's gcc) does by default
    # groundup's headers only: not glibc's (the sysroot) nor gcc's own stddef.h,
    # stdarg.h, float.h ...: groundup's include/ has those, on the compiler's builtins
    "-nostdinc", "-isystem", str(INCLUDE_DIR), "-I", str(SRC_DIR),
    # A C library defines the standard functions, so the compiler must not assume what
    # they do: gcc would turn calloc's malloc+memset into a call to calloc, memset's loop
    # into a call to memset, printf("x\n") into puts. groundup cc does none of that.
    # (Not -ffreestanding: __STDC_HOSTED__ would be 0, and is 1 for groundup cc.)
    "-fno-builtin", "-fno-tree-loop-distribute-patterns",
    # a*b+c rounded twice, as written: groundup cc never contracts to fma, and libm's
    # double-double steps are written for separate roundings (gnu17's default is
    # -ffp-contract=fast; the math tables happen to give the same bits either way)
    "-ffp-contract=off",
    "-fno-stack-protector",  # the library has no __stack_chk_fail (off by default anyway)
)  # fmt: skip


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


def build_key(defines: tuple[str, ...] = (), builder: str = "groundup") -> str:
    """The hash naming a build: groundup's version, the libc's files, the compiler's
    (groundup cc's sources, or gcc's version and flags)."""
    h = hashlib.sha256(f"groundup {groundup.__version__} -O{OPT_LEVEL}".encode())
    h.update(repr(defines).encode())
    package = HERE.parent
    compiler = [p for name in COMPILER_PACKAGES for p in (package / name).rglob("*.py")]
    if builder == "gcc":
        h.update(f"{gcc_version()} {GCC_FLAGS}".encode())
        compiler = []
    for path in [*sources(), *sorted(compiler), package / "link" / "archive.py"]:
        h.update(str(path.relative_to(package)).encode() + b"\0")
        h.update(_file_digest(path))
    return h.hexdigest()[:20]


#: path -> (mtime_ns, size, sha256 of the contents): a process that links many
#: programs (the test suite, a build) reads each file once, not once per link
_digests: dict[Path, tuple[int, int, bytes]] = {}


def _file_digest(path: Path) -> bytes:
    st = path.stat()
    known = _digests.get(path)
    if known is None or known[:2] != (st.st_mtime_ns, st.st_size):
        known = (st.st_mtime_ns, st.st_size, hashlib.sha256(path.read_bytes()).digest())
        _digests[path] = known
    return known[2]


def chosen_builder() -> str:
    """groundup, or what $GROUNDUP_LIBC_BUILDER names (raises LibcBuildError if unknown)."""
    builder = os.environ.get(BUILDER_VARIABLE) or "groundup"
    if builder not in BUILDERS:
        raise LibcBuildError(f"not supported: {BUILDER_VARIABLE}={builder} (the "
                             "library is built by groundup, the default, or by gcc)")  # fmt: skip
    return builder


def ensure(cache: Path | None = None, defines: tuple[str, ...] = (),
           builder: str | None = None) -> Libc:  # fmt: skip
    """The library for the current sources: from the cache, or built now. The builder
    is groundup cc unless named here or by $GROUNDUP_LIBC_BUILDER (gcc: for tests)."""
    builder = builder or chosen_builder()
    root = cache or cache_root()
    name = "libc-gcc" if builder == "gcc" else "libc"
    final = root / f"{name}-{build_key(defines, builder)}"
    if (final / "libc.a").is_file():
        return Libc(final)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / f"{final.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time; the others then reuse
        if not (final / "libc.a").is_file():
            work = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=root))
            try:
                build(work, defines, builder)
                os.rename(work, final)
            except BaseException:
                shutil.rmtree(work, ignore_errors=True)
                raise
            prune(root, final)
    return Libc(final)


def prune(root: Path, current: Path) -> None:
    """Remove old builds by the same compiler (libc-KEY or libc-gcc-KEY): all but the
    KEEP_BUILDS newest, if older than KEEP_SECONDS."""
    kind = current.name.rsplit("-", 1)[0]
    builds = [p for p in root.glob(f"{kind}-*")
              if p.is_dir() and p != current and p.name.rsplit("-", 1)[0] == kind]  # fmt: skip
    builds.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    now = time.time()
    for old in builds[KEEP_BUILDS - 1 :]:
        if now - old.stat().st_mtime > KEEP_SECONDS:
            shutil.rmtree(old, ignore_errors=True)
            Path(f"{old}.lock").unlink(missing_ok=True)


def build(dest: Path, defines: tuple[str, ...] = (), builder: str = "groundup") -> None:
    """Compile every source into dest: the start files, and libc.a of the rest."""
    from groundup.link.archive import Member, write_archive

    compiler: Callable[[Path, tuple[str, ...]], bytes] = compile_source
    if builder == "gcc":
        compiler = gcc_compile_source
    members = []
    for src in sorted(p for p in SRC_DIR.iterdir() if p.suffix in (".c", ".S")):
        obj = compiler(src, defines)
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


# --- the check build: the same sources compiled by gcc -------------------------------------


def gcc_path() -> str:
    """riscv64-linux-gnu-gcc's path, or LibcBuildError saying it is needed."""
    path = shutil.which(GCC)
    if path is None:
        raise LibcBuildError(f"building groundup's libc with gcc ({BUILDER_VARIABLE}=gcc, "
                             f"a check for tests) needs {GCC}, which is not on PATH; "
                             f"unset {BUILDER_VARIABLE} to build it with groundup cc")  # fmt: skip
    return path


def gcc_version() -> str:
    """gcc's path and version line (part of the gcc build's key)."""
    path = gcc_path()
    p = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    return f"{path} {(p.stdout.splitlines() or [''])[0]}"


def gcc_compile_source(src: Path, defines: tuple[str, ...] = ()) -> bytes:
    """One libc source -> an object, by gcc (raises LibcBuildError with its messages)."""
    gcc = gcc_path()
    with tempfile.TemporaryDirectory(prefix="groundup-libc-gcc-") as tmp:
        obj = Path(tmp) / f"{src.stem}.o"
        command = [gcc, *GCC_FLAGS, *(f"-D{d}" for d in defines), "-c", str(src), "-o", str(obj)]
        p = subprocess.run(command, capture_output=True, text=True, check=False)
        if p.returncode != 0:
            raise LibcBuildError(f"building groundup's libc with gcc: {src.name} does not "
                                 f"compile:\n{p.stderr.rstrip()}")  # fmt: skip
        return obj.read_bytes()
