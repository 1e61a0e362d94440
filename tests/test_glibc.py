"""Unmodified glibc programs: tests/glibc/*.c under qemu-riscv64 vs. under `groundup run`.

Each program is built by the oracle gcc with `-static` against the cross glibc, at
-O0 and -O2, and run under qemu (cached) and under
`python -m groundup run --engine {ref,fast} prog ARGS...`: stdout, stderr and the
exit status must be identical. The two runs are set up alike:

* argv[0] is `prog`, and the working directory is a fresh directory holding only
  the executable `prog` (qemu's scratch directory; for groundup a pytest tmp_path,
  which groundup mounts at its own path by default). Programs that touch files are
  given `.` as their directory.
* the environment is the oracle's fixed one (PATH, HOME, TMPDIR, LC_ALL=C, LANG=C);
  groundup gets `-U PYTHONPATH` so the guest sees exactly that, and `-E` flags
  reach both (qemu-user takes the same -E).
* a death by signal is status -N for qemu (its host process dies of it) and 128+N
  for groundup, which also adds two lines to stderr: its report
  (`groundup: prog: SIGABRT: ...`) and the shell's words (`Aborted`); those are
  checked and removed before comparing stderr.

Time- and random-dependent programs print only properties that hold for any clock
and any random bytes. Environment knobs: GROUNDUP_GLIBC (comma-separated program
names to restrict to), GROUNDUP_PROGRAM_TIMEOUT (seconds per groundup run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import oracle
import pytest
from test_threads import OPT_ENGINES  # the reference engine at -O2 only

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = sorted((HERE / "glibc").glob("*.c"))
if os.environ.get("GROUNDUP_GLIBC"):
    _wanted = {n.strip().removesuffix(".c") for n in os.environ["GROUNDUP_GLIBC"].split(",")}
    SOURCES = [s for s in SOURCES if s.stem in _wanted]

GLIBC_FLAGS = ("-static", "-march=rv64gc", "-mabi=lp64d")
OPTS = ("O0", "O2")
TIMEOUT = {"ref": 900.0, "fast": 300.0}

TEXT = (
    b"The quick brown fox jumps over the lazy dog.\n"
    b"  Pack my box with five dozen liquor jugs!\n\n"
    b"\tHow vexingly quick daft zebras jump; the dog, the fox.\n"
    b"no newline at the end"
)


@dataclass(frozen=True)
class Case:
    """One run of a program: its arguments, stdin and extra environment."""

    args: tuple[str, ...] = ()
    stdin: bytes = b""
    env: tuple[str, ...] = ()  # NAME=VALUE, given to qemu and groundup as -E


DIR = Case(args=(".",))
EXITS = [(), ("return", "0"), ("exit", "42"), ("_exit", "255"), ("return", "256"), ("exit", "-1"),
         ("_exit", "3")]  # fmt: skip
CASES: dict[str, tuple[Case, ...]] = {
    "argv_env": (
        Case(args=("one", "two words", "", "--flag", "ünïcode"), env=("GREETING=hello", "EMPTY=")),
    ),
    "exit_codes": tuple(Case(args=a) for a in EXITS),
    "stdin_wc": (Case(stdin=TEXT), Case(stdin=b""), Case(stdin=b"x" * 5000 + b"\n")),
    "stdin_numbers": (Case(stdin=b"3 1.5 -2\n1e3 7\n\n42 0.001 -17.25\n"), Case(stdin=b"x")),
    "stdin_rot13": (Case(stdin=TEXT),),
    "getline_long": (Case(stdin=TEXT + b"\n" + bytes(range(32, 127)) * 5 + b"\nend\n"),),
    "word_freq": (Case(stdin=TEXT * 3),),
}
FILE_PROGRAMS = ["file_rw", "file_seek", "file_rename", "dir_list", "file_append", "file_errors",
                 "fd_dup", "stdio_modes", "mkstemp_tmp", "umask_modes"]  # fmt: skip
CASES.update({name: (DIR,) for name in FILE_PROGRAMS})

PARAMS = [
    pytest.param(src, i, id=src.stem if len(cases) == 1 else f"{src.stem}{i}")
    for src in SOURCES
    for cases in [CASES.get(src.stem, (Case(),))]
    for i in range(len(cases))
]


def case_of(src: Path, index: int) -> Case:
    return CASES.get(src.stem, (Case(),))[index]


def build(src: Path, opt: str) -> Path:
    oracle.require("gcc", "qemu")
    return oracle.gcc_compile(src, opt, flags=GLIBC_FLAGS, libs=["-lm"])


def qemu(elf: Path, case: Case) -> oracle.RunResult:
    flags = [f for assignment in case.env for f in ("-E", assignment)]
    return oracle.qemu_run(elf, case.args, case.stdin, qemu_flags=flags)


def groundup_env() -> dict[str, str]:
    env = oracle._tool_env()
    env["PYTHONPATH"] = str(ROOT)
    return env


def groundup(elf: Path, case: Case, engine: str, work: Path,
             flags: tuple[str, ...] = ()) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    """Run `prog` (a copy of elf) in `work` under groundup, as qemu_run runs it."""
    shutil.copyfile(elf, work / "prog")
    envflags = [f for assignment in case.env for f in ("-E", assignment)]
    timeout = float(os.environ.get("GROUNDUP_PROGRAM_TIMEOUT") or TIMEOUT[engine])
    cmd = [sys.executable, "-m", "groundup", "run", "--engine", engine, "-U", "PYTHONPATH",
           *envflags, *flags, "prog", *case.args]  # fmt: skip
    try:
        return subprocess.run(cmd, input=case.stdin, capture_output=True, cwd=work,
                              env=groundup_env(), timeout=timeout, check=False)  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"groundup --engine {engine} timed out after {timeout}s")


def without_death_report(stderr: bytes, signal: int) -> bytes:
    """stderr minus groundup's two lines about a death by `signal` (checked here)."""
    lines = stderr.split(b"\n")
    assert lines[-1] == b"" and len(lines) >= 3, stderr
    words, report = lines[-2].decode(), lines[-3].decode()
    assert report.startswith("groundup: prog: SIG"), stderr
    assert words, stderr
    return b"\n".join(lines[:-3]) + (b"\n" if len(lines) > 3 else b"")


def first_difference(want: bytes, got: bytes) -> str:
    wl, gl = want.split(b"\n"), got.split(b"\n")
    for i, (a, b) in enumerate(zip(wl, gl, strict=False)):
        if a != b:
            return f"line {i + 1}: qemu {a!r} vs groundup {b!r}"
    return f"qemu printed {len(wl)} lines, groundup {len(gl)}"


def assert_same(expected: oracle.RunResult, got: subprocess.CompletedProcess[bytes]) -> None:
    err = got.stderr.decode(errors="replace")
    context = f"groundup status {got.returncode}, stderr:\n{err[-3000:]}"
    assert "Traceback" not in err, context
    assert got.stdout == expected.stdout, (
        f"stdout differs ({first_difference(expected.stdout, got.stdout)})\n{context}"
    )
    if expected.status < 0:
        assert got.returncode == 128 - expected.status, context
        stderr = without_death_report(got.stderr, -expected.status)
    else:
        assert got.returncode == expected.status, context
        stderr = got.stderr
    assert stderr == expected.stderr, (
        f"stderr differs ({first_difference(expected.stderr, stderr)})\n{context}"
    )


@pytest.mark.parametrize(("opt", "engine"), OPT_ENGINES)
@pytest.mark.parametrize("src,index", PARAMS)
def test_glibc_program(src: Path, index: int, opt: str, engine: str, tmp_path: Path) -> None:
    case = case_of(src, index)
    elf = build(src, opt)
    expected = qemu(elf, case)
    assert_same(expected, groundup(elf, case, engine, tmp_path))


@pytest.mark.parametrize("src,index", PARAMS)
def test_glibc_program_is_sane(src: Path, index: int) -> None:
    """Under qemu, each program prints something and -O0 and -O2 agree (no UB)."""
    case = case_of(src, index)
    o0, o2 = (qemu(build(src, opt), case) for opt in OPTS)
    assert o0.stdout or o0.stderr, "program printed nothing"
    assert (o0.stdout, o0.stderr, o0.status) == (o2.stdout, o2.stderr, o2.status)


def test_corpus_is_big_enough() -> None:
    assert len(sorted((HERE / "glibc").glob("*.c"))) >= 40


# --- The `run` flags: mounts, tracing, statistics, seeds, clocks, environment ---------


def one_error(p: subprocess.CompletedProcess[bytes], *fragments: str) -> None:
    err = p.stderr.decode()
    assert p.returncode == 1 and "Traceback" not in err, err
    assert err.startswith("groundup: error: ") and err.count("\n") == 1, err
    for f in fragments:
        assert f in err, err


def program(name: str, opt: str = "O2") -> Path:
    return build(HERE / "glibc" / f"{name}.c", opt)


def run_flags(tmp_path: Path, name: str, *flags: str, case: Case = Case(),
              engine: str = "fast") -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    return groundup(program(name), case, engine, tmp_path, flags)


@pytest.mark.parametrize(
    "spec,fragment",
    [
        ("nocolon", "expected HOST:GUEST"),
        ("a:b:c:d", "expected HOST:GUEST"),
        (".:/x:rx", "expected HOST:GUEST"),
        (".:relative", "is not absolute"),
        ("/no/such/dir:/data", "No such file or directory"),
        (":/data", "expected HOST:GUEST"),
    ],
)
def test_bad_mount_specs(tmp_path: Path, spec: str, fragment: str) -> None:
    one_error(run_flags(tmp_path, "hello", "--mount", spec), f"--mount {spec}", fragment)


def test_bad_run_flags(tmp_path: Path) -> None:
    one_error(run_flags(tmp_path, "hello", "--trace=everything"), "--trace=everything")
    one_error(run_flags(tmp_path, "hello", "--mount", ".:/a", "--mount", ".:/a"), "mounted twice")
    one_error(run_flags(tmp_path, "hello", "-E", "NOEQUALS"), "-E NOEQUALS")


def test_mounts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    ok = run_flags(tmp_path, "file_rw", "--mount", f"{data}:/data", case=Case(args=("/data",)))
    assert ok.returncode == 0 and b"200 lines" in ok.stdout, ok.stderr
    ro = run_flags(tmp_path, "file_rw", "--mount", f"{data}:/data:ro", case=Case(args=("/data",)))
    assert ro.returncode == 1 and ro.stderr == b"fopen w: Read-only file system\n", ro.stderr
    hidden = run_flags(tmp_path, "file_rw", case=Case(args=("/usr",)))  # not mounted
    assert hidden.returncode == 1 and hidden.stderr == b"fopen w: No such file or directory\n"


def test_trace_and_determinism(tmp_path: Path) -> None:
    runs = [run_flags(tmp_path, "random_calls", "--trace=syscall") for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr == runs[1].stderr
    trace = runs[0].stderr.decode()
    assert "[groundup] getrandom(" in trace and "[groundup] +++ exited with 0 +++" in trace
    assert "[groundup] getrandom(0x" in trace and ", 4, 0x100) = -1 EINVAL (Invalid" in trace
    other = run_flags(tmp_path, "random_calls", "--trace=syscall", "--seed", "7")
    assert other.stdout == runs[0].stdout  # the program prints no random bytes ...
    assert other.stderr != runs[0].stderr  # ... but the trace shows them


def test_trace_of_a_signal_death(tmp_path: Path) -> None:
    p = run_flags(tmp_path, "abort_msg", "--trace=syscall")
    lines = p.stderr.decode().splitlines()
    assert p.returncode == 134
    assert "[groundup] rt_sigprocmask(SIG_UNBLOCK, [ABRT], NULL, 8) = 0" in lines
    assert lines[-4].startswith("[groundup] tgkill(") and lines[-4].endswith(", SIGABRT) = 0")
    assert lines[-3].startswith("groundup: prog: SIGABRT: sent by the process itself")
    assert lines[-2:] == ["[groundup] +++ killed by SIGABRT +++", "Aborted"]


def test_stats(tmp_path: Path) -> None:
    p = run_flags(tmp_path, "file_seek", "--stats", case=DIR)
    assert p.returncode == 0
    stats = [ln for ln in p.stderr.decode().splitlines() if ln.startswith("[groundup] ")]
    titles = [ln[11:33].strip() for ln in stats[:5]]
    assert titles == ["retired instructions", "page faults", "pages resident", "host time",
                      "system calls"]  # fmt: skip
    assert "[groundup]   lseek                    7" in stats


def test_virtual_and_real_time(tmp_path: Path) -> None:
    def seconds(p: subprocess.CompletedProcess[bytes]) -> int:
        line = next(ln for ln in p.stderr.decode().splitlines() if "CLOCK_REALTIME_COARSE" in ln)
        return int(line.split("tv_sec=")[1].split(",")[0])

    virtual = run_flags(tmp_path, "time_calls", "--trace=syscall")
    real = run_flags(tmp_path, "time_calls", "--trace=syscall", "--realtime")
    assert virtual.stdout == real.stdout  # the properties hold on both clocks
    assert seconds(virtual) == 946_684_800  # 2000-01-01, plus well under a second
    assert seconds(real) > 1_700_000_000


def test_environment_flags(tmp_path: Path) -> None:
    case = Case(env=("GREETING=hi",))
    p = run_flags(tmp_path, "argv_env", "-U", "LANG", "-E", "EMPTY=", case=case)
    out = p.stdout.decode()
    assert "GREETING=hi\n" in out and "LANG=(null)\n" in out and "EMPTY=\n" in out
