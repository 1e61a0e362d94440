"""Cached runs of the reference ("oracle") tools: gcc, as, objdump, qemu-riscv64.

The test suite compares groundup against real tools.  Running those tools is
slow-ish and they may be missing on a developer machine, so every run goes
through :func:`run_tool`, which

* runs the tool in a fresh temporary directory holding copies of the input
  files under *relative* names (so results do not depend on where the repo is
  checked out),
* captures stdout, stderr, the exit status and any requested output files,
* stores all of it under ``CACHE/<key[:2]>/<key>/``, where ``key`` is a sha256
  of the tool's version string, the command line, the stdin bytes, the output
  names and the names and bytes of every input file.

Cache entries are written into a private temporary directory first and then
renamed into place with :func:`os.replace`, so concurrent pytest-xdist workers
never see a half-written entry (if two workers race, one rename wins and the
other's copy is discarded).  Set ``GROUNDUP_ORACLE_CACHE`` to move the cache,
``GROUNDUP_ORACLE_NO_CACHE=1`` to bypass it.

Higher-level helpers:

* :func:`have`, :func:`require`, :func:`requires_oracle` - tool availability
  and pytest skipping.
* :func:`gcc_compile` - compile (and link) a C/assembly source, return the
  cached output path.  Quoted ``#include "..."`` headers are found recursively
  and become part of the key.
* :func:`gcc_assemble` - assemble to an object file.
* :func:`qemu_run` - run a RISC-V ELF under qemu-riscv64, cached by ELF bytes.
* :func:`objdump` - run objdump on a file, return its stdout text.

Example::

    from tests import oracle          # or: import oracle (tests/ on sys.path)

    @oracle.requires_oracle("gcc", "qemu")
    def test_x(tmp_path):
        elf = oracle.gcc_compile(Path("tests/programs/sieve.c"), "O2")
        res = oracle.qemu_run(elf)
        assert res.status == 0
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("GROUNDUP_ORACLE_CACHE") or (REPO / ".oracle-cache"))
NO_CACHE = os.environ.get("GROUNDUP_ORACLE_NO_CACHE", "") not in ("", "0")

#: Bump when the layout or the meaning of cache entries changes.
CACHE_FORMAT = "groundup-oracle-1"

#: Short tool names accepted everywhere a tool is named.  Anything else is
#: taken as an executable name or path as is.
TOOLS: dict[str, str] = {
    "gcc": "riscv64-linux-gnu-gcc",
    "as": "riscv64-linux-gnu-as",
    "ld": "riscv64-linux-gnu-ld",
    "objdump": "riscv64-linux-gnu-objdump",
    "objcopy": "riscv64-linux-gnu-objcopy",
    "readelf": "riscv64-linux-gnu-readelf",
    "nm": "riscv64-linux-gnu-nm",
    "qemu": "qemu-riscv64",
}

#: Flags of the freestanding test programs (see tests/programs/rt.h).
RV_FLAGS: tuple[str, ...] = ("-march=rv64gc", "-mabi=lp64d")
FREESTANDING_FLAGS: tuple[str, ...] = (
    *RV_FLAGS,
    "-static",
    "-nostdlib",
    "-ffreestanding",
    "-fno-builtin",
    "-fno-pic",
    "-no-pie",
)
#: Appended after the sources when linking, so libgcc helpers resolve.
LINK_LIBS: tuple[str, ...] = ("-lgcc",)

DEFAULT_TIMEOUT = 120.0  # seconds, for any single oracle tool run

# A deterministic environment for the tools (messages in C locale, no user
# QEMU_* settings leaking in).
_ENV_KEEP = ("PATH", "HOME", "TMPDIR", "SYSTEMROOT")


class OracleError(RuntimeError):
    """A tool failed (non-zero status where success was required)."""


class OracleTimeout(OracleError):
    """A tool ran longer than its timeout (such runs are never cached)."""


@dataclass(frozen=True)
class RunResult:
    """Outcome of a program run: raw stdout/stderr bytes and the exit status.

    ``status`` is the process exit status (0..255); a process killed by a
    signal has ``-signum`` as usual for :mod:`subprocess`.
    """

    stdout: bytes
    stderr: bytes
    status: int


@dataclass(frozen=True)
class ToolResult(RunResult):
    """A :class:`RunResult` plus the output files the tool produced.

    ``outputs`` maps each requested output name that the tool actually created
    to its path inside the cache (treat those files as read-only).
    """

    outputs: Mapping[str, Path] = field(default_factory=dict)
    argv: tuple[str, ...] = ()

    def check(self) -> ToolResult:
        """Raise :class:`OracleError` unless the tool exited with status 0."""
        if self.status != 0:
            raise OracleError(
                f"{' '.join(self.argv)} exited with {self.status}\n"
                f"{self.stderr.decode(errors='replace')}"
            )
        return self

    def output(self, name: str) -> Path:
        """Path of output file ``name`` (raises OracleError if not produced)."""
        try:
            return self.outputs[name]
        except KeyError:
            raise OracleError(
                f"{' '.join(self.argv)} did not produce {name!r}\n"
                f"{self.stderr.decode(errors='replace')}"
            ) from None


# --------------------------------------------------------------------- tools


def tool_path(tool: str) -> str | None:
    """Absolute path of ``tool`` (short name from :data:`TOOLS` or a program name)."""
    return shutil.which(TOOLS.get(tool, tool))


def have(tool: str) -> bool:
    """True if ``tool`` is installed (and answers ``--version``)."""
    return tool_version(tool) is not None


def missing(*tools: str) -> list[str]:
    """The subset of ``tools`` that are not available."""
    return [t for t in tools if not have(t)]


@functools.cache
def tool_version(tool: str) -> str | None:
    """The tool's ``--version`` output (first line), or None if unavailable.

    Part of every cache key, so upgrading a tool invalidates its entries.
    """
    path = tool_path(tool)
    if path is None:
        return None
    try:
        proc = subprocess.run(
            [path, "--version"], capture_output=True, timeout=30, env=_tool_env(), check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = (proc.stdout or proc.stderr).decode(errors="replace").strip()
    if proc.returncode != 0 or not text:
        return None
    return f"{os.path.basename(path)}: {text.splitlines()[0]}"


def _skip_reason(tools: Sequence[str]) -> str:
    miss = missing(*tools)
    names = ", ".join(TOOLS.get(t, t) for t in miss)
    return f"oracle tool(s) not installed: {names}"


def require(*tools: str) -> None:
    """Inside a test: ``pytest.skip`` unless all ``tools`` are installed."""
    if missing(*tools):
        import pytest

        pytest.skip(_skip_reason(tools))


def requires_oracle(*tools: str):
    """A pytest mark skipping the test unless all ``tools`` are installed.

    ``@requires_oracle("gcc", "qemu")`` on a test function or class, or in
    ``pytestmark``.  With no arguments it requires gcc and qemu.
    """
    import pytest

    tools = tools or ("gcc", "qemu")
    return pytest.mark.skipif(bool(missing(*tools)), reason=_skip_reason(tools))


# --------------------------------------------------------------------- cache


def _tool_env() -> dict[str, str]:
    env = {k: os.environ[k] for k in _ENV_KEEP if k in os.environ}
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    return env


def _hash_parts(*parts: bytes | str) -> str:
    """sha256 over length-prefixed parts (so part boundaries matter)."""
    h = hashlib.sha256()
    for p in parts:
        b = p.encode() if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def _entry_dir(key: str) -> Path:
    return CACHE / key[:2] / key


def _load_entry(key: str, argv: tuple[str, ...]) -> ToolResult | None:
    if NO_CACHE:
        return None
    d = _entry_dir(key)
    meta_path = d / "meta.json"
    try:
        meta = json.loads(meta_path.read_text())
        stdout = (d / "stdout").read_bytes()
        stderr = (d / "stderr").read_bytes()
    except (OSError, ValueError):
        return None
    outputs = {name: d / "out" / rel for name, rel in meta["outputs"].items()}
    if not all(p.exists() for p in outputs.values()):
        return None
    return ToolResult(stdout, stderr, meta["status"], outputs, argv)


def _store_entry(
    key: str,
    argv: tuple[str, ...],
    stdout: bytes,
    stderr: bytes,
    status: int,
    produced: Mapping[str, Path],
) -> ToolResult:
    """Atomically publish a cache entry; return the result pointing into it."""
    final = _entry_dir(key)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{key[:12]}-", dir=final.parent))
    try:
        (tmp / "stdout").write_bytes(stdout)
        (tmp / "stderr").write_bytes(stderr)
        rel: dict[str, str] = {}
        if produced:
            (tmp / "out").mkdir()
        for i, (name, src) in enumerate(sorted(produced.items())):
            # flat, collision-free file names inside the entry
            r = f"{i}_{os.path.basename(name)}"
            shutil.copyfile(src, tmp / "out" / r)
            rel[name] = r
        meta = {"format": CACHE_FORMAT, "argv": list(argv), "status": status, "outputs": rel}
        (tmp / "meta.json").write_text(json.dumps(meta, indent=1))
        try:
            os.replace(tmp, final)
        except OSError:
            # Another process published the same key first (rename onto a
            # non-empty directory fails).  Keep theirs.
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    loaded = _load_entry(key, argv)
    if loaded is None:
        raise OracleError(f"cache entry {final} unreadable after writing")
    return loaded


# ---------------------------------------------------------------- run_tool


InputData = bytes | str | Path


def run_tool(
    tool: str,
    args: Sequence[str],
    inputs: Mapping[str, InputData] | None = None,
    *,
    stdin: bytes = b"",
    outputs: Sequence[str] = (),
    timeout: float = DEFAULT_TIMEOUT,
    key_extra: Sequence[str] = (),
) -> ToolResult:
    """Run ``tool args...`` with caching; the generic building block.

    ``tool``    short name from :data:`TOOLS` (``"gcc"``, ``"objdump"``, ...)
                or an executable name.
    ``args``    the command-line arguments.  Refer to input/output files by
                the *relative* names used in ``inputs`` / ``outputs``; the
                tool runs with its working directory set to a scratch
                directory that holds exactly those inputs.
    ``inputs``  relative name -> content (bytes, str, or a Path whose bytes
                are read).  Names may contain sub-directories ("inc/a.h").
    ``stdin``   bytes fed to the tool.
    ``outputs`` relative names of files the tool writes that should be kept;
                those that exist after the run appear in ``result.outputs``.
    ``timeout`` seconds; on expiry :class:`OracleTimeout` is raised and
                nothing is cached.
    ``key_extra`` additional strings mixed into the cache key.

    The result is cached whatever the exit status (a deterministic compile
    error is as cacheable as a success); call ``.check()`` to insist on
    success.  Raises :class:`OracleError` if the tool is not installed.
    """
    exe = tool_path(tool)
    version = tool_version(tool)
    if exe is None or version is None:
        raise OracleError(_skip_reason([tool]))
    blobs: dict[str, bytes] = {}
    for name, data in (inputs or {}).items():
        _check_rel(name)
        if isinstance(data, Path):
            blobs[name] = data.read_bytes()
        elif isinstance(data, str):
            blobs[name] = data.encode()
        else:
            blobs[name] = bytes(data)
    for name in outputs:
        _check_rel(name)
    argv = (TOOLS.get(tool, tool), *map(str, args))
    parts: list[bytes | str] = [CACHE_FORMAT, version, json.dumps(argv), stdin]
    parts += [json.dumps(sorted(outputs)), json.dumps(list(key_extra))]
    for name in sorted(blobs):
        parts += [name, blobs[name]]
    key = _hash_parts(*parts)

    cached = _load_entry(key, argv)
    if cached is not None:
        return cached

    with tempfile.TemporaryDirectory(prefix="groundup-oracle-") as work_s:
        work = Path(work_s)
        for name, data in blobs.items():
            p = work / name
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
            if data[:4] == b"\x7fELF":
                p.chmod(0o755)
        for name in outputs:
            (work / name).parent.mkdir(parents=True, exist_ok=True)
        try:
            proc = subprocess.run(
                [exe, *argv[1:]],
                input=stdin,
                capture_output=True,
                cwd=work,
                env=_tool_env(),
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as e:
            raise OracleTimeout(f"{' '.join(argv)} timed out after {timeout}s") from e
        produced = {n: work / n for n in outputs if (work / n).is_file()}
        if NO_CACHE:  # outputs go to a fresh temp dir that is left for the OS to clean
            keep = Path(tempfile.mkdtemp(prefix="groundup-oracle-nocache-"))
            kept = {}
            for i, (n, p) in enumerate(produced.items()):
                kept[n] = keep / f"{i}_{os.path.basename(n)}"
                shutil.copyfile(p, kept[n])
            return ToolResult(proc.stdout, proc.stderr, proc.returncode, kept, argv)
        return _store_entry(key, argv, proc.stdout, proc.stderr, proc.returncode, produced)


def _check_rel(name: str) -> None:
    p = Path(name)
    if p.is_absolute() or ".." in p.parts or not p.parts:
        raise ValueError(f"oracle file names must be relative and inside the work dir: {name!r}")


# ------------------------------------------------------------- gcc helpers

_INCLUDE_RE = re.compile(rb'^[ \t]*#[ \t]*include[ \t]*"([^"]+)"', re.MULTILINE)


def local_includes(src: Path, include_dirs: Sequence[Path] = ()) -> dict[str, Path]:
    """Quoted ``#include "x.h"`` files reachable from ``src``, recursively.

    Each header is looked up the way gcc does for quoted includes: first in
    the including file's directory, then in ``include_dirs`` in order.
    Returns a mapping *input name* -> path, where the input name is
    ``src/<path relative to src's directory>`` or ``inc<i>/<path relative to
    include_dirs[i]>``; :func:`gcc_compile` lays the files out under exactly
    these names.  Headers that cannot be found are ignored (gcc reports them).
    """
    roots = [("src", Path(src).parent)] + [(f"inc{i}", Path(d)) for i, d in enumerate(include_dirs)]
    found: dict[str, Path] = {}
    todo: list[tuple[Path, str]] = [(Path(src), "src/" + Path(src).name)]
    while todo:
        path, name = todo.pop()
        for m in _INCLUDE_RE.finditer(path.read_bytes()):
            inc = m.group(1).decode()
            here = os.path.dirname(name)
            candidates = [(path.parent / inc, os.path.normpath(os.path.join(here, inc)))]
            candidates += [
                (root / inc, os.path.normpath(f"{tag}/{inc}")) for tag, root in roots[1:]
            ]
            for cand, cname in candidates:
                if cname.startswith("..") or not cand.is_file():
                    continue
                if cname not in found:
                    found[cname] = cand
                    todo.append((cand, cname))
                break
    return found


def _opt_flag(opt: str) -> str:
    return opt if opt.startswith("-") else f"-{opt}"


def gcc_compile(
    src: Path,
    opt: str = "O2",
    extra: Sequence[str] = (),
    *,
    flags: Sequence[str] = FREESTANDING_FLAGS,
    libs: Sequence[str] = LINK_LIBS,
    link: bool = True,
    include_dirs: Sequence[Path] = (),
    timeout: float = DEFAULT_TIMEOUT,
) -> Path:
    """Compile ``src`` with the oracle gcc and return the cached output path.

    ``opt`` is ``"O0"``/``"-O2"``/... .  The command is
    ``gcc -<opt> <flags> <extra> -I<dirs> src/<name> -o <out> <libs>`` (with
    ``-c`` and no libs when ``link`` is False, producing an object file).  The
    default ``flags``/``libs`` are those of tests/programs.  The source and
    every quoted header it includes (see :func:`local_includes`) are part of
    the cache key.  Raises :class:`OracleError` with gcc's messages if
    compilation fails.
    """
    src = Path(src)
    inputs: dict[str, InputData] = {"src/" + src.name: src}
    inputs.update(local_includes(src, include_dirs))
    inc_args = [f"-Iinc{i}" for i in range(len(include_dirs))]
    out = src.stem + (".elf" if link else ".o")
    args = [_opt_flag(opt), *flags, *extra, *inc_args]
    if not link:
        args.append("-c")
    args += ["src/" + src.name, "-o", out]
    if link:
        args += list(libs)
    res = run_tool("gcc", args, inputs, outputs=[out], timeout=timeout)
    res.check()
    return res.output(out)


def gcc_assemble(
    src: Path | str,
    extra: Sequence[str] = (),
    *,
    flags: Sequence[str] = RV_FLAGS,
    name: str = "input.S",
    timeout: float = DEFAULT_TIMEOUT,
) -> Path:
    """Assemble a file (Path) or assembly text (str) with gcc -c; return the .o path.

    A ``.S`` name runs the C preprocessor first, ``.s`` does not.
    """
    if isinstance(src, Path):
        name = src.name
    out = Path(name).stem + ".o"
    res = run_tool(
        "gcc", [*flags, *extra, "-c", name, "-o", out], {name: src}, outputs=[out], timeout=timeout
    )
    res.check()
    return res.output(out)


def objdump(path: Path, args: Sequence[str] = ("-d",), *, timeout: float = DEFAULT_TIMEOUT) -> str:
    """``riscv64-linux-gnu-objdump <args> <file>`` as text (cached)."""
    res = run_tool("objdump", [*args, "input"], {"input": Path(path)}, timeout=timeout)
    res.check()
    return res.stdout.decode()


# ------------------------------------------------------------------- qemu


def qemu_run(
    elf: Path,
    args: Sequence[str] = (),
    stdin: bytes = b"",
    *,
    timeout: float = 60.0,
    qemu_flags: Sequence[str] = (),
) -> RunResult:
    """Run a RISC-V Linux ELF under qemu-riscv64; cached by the ELF's bytes.

    The program sees ``argv[0] == "prog"`` followed by ``args``.  A run that
    exceeds ``timeout`` raises :class:`OracleTimeout` (not cached).
    """
    res = run_tool(
        "qemu", [*qemu_flags, "prog", *args], {"prog": Path(elf)}, stdin=stdin, timeout=timeout
    )
    return RunResult(res.stdout, res.stderr, res.status)
