"""Random-program differential testing of groundup cc with csmith.

For one csmith seed, :func:`check_seed`

1. generates a program with ``csmith --seed SEED`` and :data:`CSMITH_OPTIONS`;
2. builds it with the oracle gcc at -O0 (static, against the cross glibc, with
   csmith's runtime headers) and runs it on qemu-riscv64: its output (the
   ``checksum = ...`` line) and exit status are the reference.  Both are cached
   under ``.oracle-cache/`` by :mod:`oracle`, keyed by the source's bytes; a
   program that runs longer than the timeout is *skipped* (remembered in the
   cache too, so the next run does not wait for it again);
3. builds it with ``groundup cc -O0`` and ``groundup cc -O2`` (in this process,
   through :func:`groundup.cli.main`, as tests/test_cc_corpus.py does) and runs
   both builds on qemu-riscv64 and, when asked, on groundup's own kernel;
4. compares what each printed and its exit status with the reference.

The verdicts (:class:`Verdict`): ``ok``; ``MISMATCH`` (a groundup build printed
or exited differently); ``groundup-error`` (groundup cc failed: an internal
compiler error, a traceback, a diagnostic on a valid program); ``unsupported``
(groundup cc said ``not supported yet: ...``); ``TIMEOUT`` (a groundup build ran
far longer than gcc's); ``skipped`` (csmith or gcc's build did not give a usable
reference).  All but ``ok`` and ``skipped`` are failures.

csmith's runtime headers are Debian's libcsmith-dev (/usr/include/csmith), used as
they are by both compilers.
The command-line driver is tools/csmith_check.py, the reducer tools/csmith_reduce.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import oracle

REPO = oracle.REPO
SYSROOT = "/usr/riscv64-linux-gnu"
CSMITH_HEADERS = Path("/usr/include/csmith")

#: csmith's options: its defaults (every kind of program csmith makes: structs and
#: unions, also passed and returned by value, packed structs with `#pragma pack(1)`,
#: bit-fields, volatiles, pointers, ...) plus floating point (--float).
CSMITH_OPTIONS: tuple[str, ...] = ("--float",)

#: The flags of every build, gcc's and groundup's (plus -O and -I).
CC_FLAGS: tuple[str, ...] = ("-static", "-march=rv64gc", "-mabi=lp64d", "-w")
#: After the sources: none (csmith's safe_math.h calls fabs and fabsf, which both
#: compilers expand inline, so no -lm).
LIBS: tuple[str, ...] = ()

GCC_RUN_TIMEOUT = 5.0  # seconds: a gcc -O0 build running longer is skipped
GROUNDUP_RUN_TIMEOUT = 60.0  # seconds, a groundup build on qemu
COMPILE_TIMEOUT = 300.0  # seconds, one groundup cc in this process
KERNEL_TIMEOUT = 120.0  # seconds, one groundup build on groundup's kernel


class Verdict(Enum):
    OK = "ok"
    MISMATCH = "MISMATCH"
    ERROR = "groundup-error"
    UNSUPPORTED = "unsupported"
    TIMEOUT = "TIMEOUT"
    SKIPPED = "skipped"

    @property
    def failed(self) -> bool:
        return self not in (Verdict.OK, Verdict.SKIPPED)


@dataclass
class SeedResult:
    seed: int
    verdict: Verdict
    detail: str = ""  # why, for anything but ok: the first line of the difference/error
    log: str = ""  # the whole compiler output or difference, for a failure
    source: str = ""  # the program (kept for failures)
    lines: int = 0  # the program's length
    times: dict[str, float] = field(default_factory=dict)  # step -> seconds

    def line(self) -> str:
        """One line for a report: seed, verdict, detail, time."""
        total = sum(self.times.values())
        text = f"seed {self.seed}: {self.verdict.value}"
        if self.detail:
            text += f" ({self.detail})"
        return f"{text}  [{self.lines} lines, {total:.1f}s]"


# ------------------------------------------------------------------ availability


def missing_tools() -> str | None:
    """Why this harness cannot run here, or None."""
    if shutil.which("csmith") is None:
        return "csmith is not installed (Debian package csmith)"
    if not (CSMITH_HEADERS / "csmith.h").is_file():
        return f"csmith's runtime headers are not installed ({CSMITH_HEADERS}: libcsmith-dev)"
    miss = oracle.missing("gcc", "qemu")
    if miss:
        return "oracle tool(s) not installed: " + ", ".join(oracle.TOOLS[t] for t in miss)
    return None


# ------------------------------------------------------------------ steps


def generate(seed: int, options: Sequence[str] = CSMITH_OPTIONS) -> str:
    """The csmith program of `seed` (csmith is deterministic for a seed and options)."""
    with tempfile.TemporaryDirectory(prefix="csmith-") as work:  # it writes platform.info
        proc = subprocess.run(
            ["csmith", "--seed", str(seed), *options],
            capture_output=True,
            timeout=60,
            check=True,
            cwd=work,
            env=oracle._tool_env(),
        )
    return proc.stdout.decode()


def _timeout_marker(key: str) -> Path:
    return oracle.CACHE / "csmith-timeouts" / key


def gcc_reference(src: Path, include: Path, timeout: float = GCC_RUN_TIMEOUT) -> oracle.RunResult:
    """gcc -O0's build of `src` run on qemu (cached); OracleTimeout when it runs too long."""
    elf = oracle.gcc_compile(
        src, "O0", flags=CC_FLAGS, libs=LIBS, include_dirs=[include], timeout=300.0
    )
    key = hashlib.sha256(elf.read_bytes() + f"{timeout}".encode()).hexdigest()
    if _timeout_marker(key).exists():
        raise oracle.OracleTimeout(f"gcc's build ran over {timeout}s (remembered)")
    try:
        return oracle.qemu_run(elf, timeout=timeout)
    except oracle.OracleTimeout:
        _timeout_marker(key).parent.mkdir(parents=True, exist_ok=True)
        _timeout_marker(key).write_text("")
        raise


class _Alarm(BaseException):  # not an Exception: the compiler's ICE handler lets it by
    pass


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the main thread after `seconds` (SIGALRM)."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _Alarm()

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Alarm:
        raise TimeoutError(f"over {seconds:g}s") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def groundup_cc(args: list[str], cwd: Path, timeout: float = COMPILE_TIMEOUT) -> tuple[int, str]:
    """`groundup cc ARGS` in this process: (exit status, what it printed)."""
    from groundup.cli import main

    err = io.StringIO()
    here = os.getcwd()
    os.chdir(cwd)
    try:
        with (
            time_limit(timeout),
            contextlib.redirect_stderr(err),
            contextlib.redirect_stdout(err),
        ):
            status = main(["cc", *args])
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    except TimeoutError as e:
        return 124, f"groundup cc timed out: {e}"
    except Exception as e:  # noqa: BLE001 - whatever escapes the CLI is a bug to report
        import traceback

        return 4, "Traceback (escaped groundup.cli.main):\n" + "".join(
            traceback.format_exception(e)
        )
    finally:
        os.chdir(here)
    return status, err.getvalue()


def groundup_build_args(src: str, out: str, opt: str, include: Path) -> list[str]:
    return [f"-{opt}", "--sysroot", SYSROOT, *CC_FLAGS, f"-I{include}", src, "-o", out, *LIBS]


def kernel_run(elf: Path, timeout: float = KERNEL_TIMEOUT) -> oracle.RunResult:
    """Run `elf` on groundup's kernel in this process (TimeoutError past `timeout`)."""
    from groundup.kernel.options import Mount, Options
    from groundup.kernel.proc import Kernel

    out, err = io.BytesIO(), io.BytesIO()
    where = elf.parent
    options = Options(mounts=(Mount(where, str(where)),), cwd=str(where))
    kernel = Kernel(options=options, stdout=out, stderr=err, stdin=io.BytesIO())
    with time_limit(timeout):
        result = kernel.run(kernel.spawn("prog", elf.read_bytes(), ["prog"], []))
    return oracle.RunResult(out.getvalue(), err.getvalue(), result.code)


def _status(code: int) -> int:
    """An exit status as a shell reports it: a qemu run killed by signal N is -N."""
    return 128 - code if code < 0 else code


def describe(name: str, want: oracle.RunResult, got: oracle.RunResult) -> str | None:
    """None if `got` behaves as `want`, else a one-line description of the difference."""
    if got.stdout != want.stdout:
        wl, gl = want.stdout.decode(errors="replace"), got.stdout.decode(errors="replace")
        w = wl.splitlines()[-1:] or [""]
        g = gl.splitlines()[-1:] or [""]
        return f"{name}: printed {g[0]!r}, gcc -O0's build {w[0]!r}"
    if _status(got.status) != _status(want.status):
        return f"{name}: exit status {_status(got.status)}, gcc's {_status(want.status)}"
    return None


def _first_error(text: str) -> str:
    for line in text.splitlines():
        if "internal compiler error" in line or "error:" in line or "Error" in line:
            return line.strip()[:200]
    lines = text.strip().splitlines()
    return lines[-1][:200] if lines else "(no message)"


def check_source(
    seed: int,
    source: str,
    *,
    kernel: bool = False,
    include: Path | None = None,
    work: Path | None = None,
    opts: Sequence[str] = ("O0", "O2"),
) -> SeedResult:
    """Build and run `source` (csmith's program of `seed`) with gcc and groundup."""
    include = include or CSMITH_HEADERS
    result = SeedResult(seed, Verdict.OK, lines=source.count("\n"))
    times = result.times
    with contextlib.ExitStack() as stack:
        if work is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="csmith-")))
        src = work / f"seed{seed}.c"
        src.write_text(source)

        t = time.monotonic()
        try:
            want = gcc_reference(src, include)
        except oracle.OracleTimeout:
            result.verdict, result.detail = Verdict.SKIPPED, "gcc's build runs too long"
            return result
        except oracle.OracleError as e:
            result.verdict, result.detail = Verdict.SKIPPED, "gcc fails: " + _first_error(str(e))
            return result
        finally:
            times["gcc"] = time.monotonic() - t
        if want.status != 0 or b"checksum" not in want.stdout:
            result.verdict = Verdict.SKIPPED
            result.detail = f"gcc's build exits with {_status(want.status)}"
            return result

        problems: list[str] = []
        for opt in opts:
            out = work / f"prog{opt}"
            t = time.monotonic()
            status, text = groundup_cc(groundup_build_args(src.name, out.name, opt, include), work)
            times[f"cc-{opt}"] = time.monotonic() - t
            if status != 0 or not out.exists():
                result.source, result.log = source, text
                if status == 124:
                    result.verdict = Verdict.TIMEOUT
                    result.detail = f"-{opt}: groundup cc ran over {COMPILE_TIMEOUT:g}s"
                elif status == 1 and "not supported yet" in text and "internal" not in text:
                    result.verdict = Verdict.UNSUPPORTED
                    m = re.search(r"not supported yet: ([^\n]*)", text)
                    result.detail = f"-{opt}: " + (m.group(1) if m else _first_error(text))
                else:
                    result.verdict = Verdict.ERROR
                    result.detail = f"-{opt}: exit {status}: {_first_error(text)}"
                return result
            t = time.monotonic()
            try:
                got = oracle.qemu_run(out, timeout=GROUNDUP_RUN_TIMEOUT)
            except oracle.OracleTimeout:
                result.source = source
                result.verdict = Verdict.TIMEOUT
                result.detail = f"-{opt} build on qemu ran over {GROUNDUP_RUN_TIMEOUT:g}s"
                return result
            finally:
                times[f"qemu-{opt}"] = time.monotonic() - t
            diff = describe(f"-{opt} on qemu", want, got)
            if diff:
                problems.append(diff)
            if kernel:
                t = time.monotonic()
                try:
                    got = kernel_run(out)
                except TimeoutError:
                    problems.append(f"-{opt} on groundup run: over {KERNEL_TIMEOUT:g}s")
                else:
                    diff = describe(f"-{opt} on groundup run", want, got)
                    if diff:
                        problems.append(diff)
                finally:
                    times[f"run-{opt}"] = time.monotonic() - t
        if problems:
            result.source = source
            result.verdict = Verdict.MISMATCH
            result.detail = problems[0]
            result.log = "\n".join(problems)
        return result


def check_seed(
    seed: int,
    *,
    kernel: bool = False,
    options: Sequence[str] = CSMITH_OPTIONS,
    include: Path | None = None,
) -> SeedResult:
    """Generate the program of `seed` and check it (see the module's doc)."""
    t = time.monotonic()
    try:
        source = generate(seed, options)
    except (subprocess.SubprocessError, OSError) as e:
        return SeedResult(seed, Verdict.SKIPPED, f"csmith fails: {e}")
    spent = time.monotonic() - t
    result = check_source(seed, source, kernel=kernel, include=include)
    result.times["csmith"] = spent
    return result
