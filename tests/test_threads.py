"""Threads on groundup: the programs in tests/threads/*.c against qemu-riscv64.

The programs are glibc programs written for this project, built by the oracle gcc
with `-static -pthread` at -O0 and -O2 and run under qemu-riscv64 (cached) and under
`python -m groundup run --engine {fast,ref} --cpus 2 prog`: stdout, stderr and the
exit status must be identical. Each program prints only what holds for every
interleaving (results after joins, sorted, counted), so it must also print the same
on one hart or four and for any `--seed`.

A program's header comment says what it needs of the kernel and how it is tested:

    needs: threads, fork, exec, pipes, signals   (any of them)
    suite: race | cow | hostile | unit           (absent: the ordinary corpus; unit:
                                                  test_signals.py, test_pipes.py)
    qemu: no                                     (no oracle run: fork_bomb)

This file takes the programs that need threads but neither fork nor exec;
test_processes.py takes the rest, test_hostile.py the hostile suite. Test ids begin
with the needs, so `-k "not signals"` leaves out what the kernel cannot do yet and a
failure names the feature: `test_program[threads+signals-cancel-O0-fast]`.

The harness below (running qemu and groundup, comparing, reading `--stats`) is shared
with test_processes.py and test_hostile.py. Programs that execve themselves use
/proc/self/exe, except under qemu: the host has no binfmt_misc entry for RISC-V, so
qemu gets `SELF_EXE`, a script that starts the program under qemu again (common.h).

Environment knobs: GROUNDUP_THREADS (comma-separated program names to restrict to),
GROUNDUP_PROGRAM_TIMEOUT (seconds per groundup run).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import oracle
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIR = HERE / "threads"
FLAGS = ("-static", "-pthread", "-march=rv64gc", "-mabi=lp64d")
OPTS = ("O0", "O2")
FEATURES = ("threads", "fork", "exec", "pipes", "signals")
SUITES = ("corpus", "race", "cow", "hostile", "unit")
ENGINES = (pytest.param("fast", id="fast"), pytest.param("ref", marks=pytest.mark.slow, id="ref"))
#: (opt, engine) pairs for whole programs: the reference engine (several times slower;
#: tests/test_lockstep.py holds the two engines equal instruction by instruction) runs
#: the -O2 build only.
OPT_ENGINES = (
    pytest.param("O0", "fast", id="O0-fast"),
    pytest.param("O2", "fast", id="O2-fast"),
    pytest.param("O2", "ref", marks=pytest.mark.slow, id="O2-ref"),
)
TIMEOUT = {"ref": 900.0, "fast": 120.0}  # seconds per groundup run
CPUS = ("--cpus", "2")  # the ordinary comparison runs on two harts
# The same programs on one hart and on four, with other seeds: the output may not change.
VARIATIONS = {"cpus1-seed1": ("--cpus", "1", "--seed", "1"),
              "cpus4-seed2": ("--cpus", "4", "--seed", "2")}  # fmt: skip


# --- The programs -----------------------------------------------------------------------


@dataclass(frozen=True)
class Program:
    """A program in tests/threads and what its header comment says about it."""

    path: Path
    needs: tuple[str, ...]
    suite: str = "corpus"
    oracle: bool = True  # False: never run under qemu ("qemu: no")

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def id(self) -> str:
        return f"{'+'.join(self.needs) or 'nothing'}-{self.name}"

    @property
    def of_processes(self) -> bool:
        """Tested by test_processes.py: it forks or execs, or needs no threads at all."""
        return bool({"fork", "exec"} & set(self.needs)) or "threads" not in self.needs


HEADER_LINE = re.compile(r"^ \* (needs|suite|qemu): *(.*?) *$", re.MULTILINE)


def read_program(path: Path) -> Program:
    text = path.read_text()
    head = text[: text.find("*/")]
    fields = dict(HEADER_LINE.findall(head))
    needs = tuple(w.strip() for w in fields.get("needs", "").split(",") if w.strip())
    return Program(path, needs, fields.get("suite", "corpus"), fields.get("qemu") != "no")


ALL = [read_program(p) for p in sorted(DIR.glob("*.c"))]


def programs(suite: str, *, of_processes: bool | None = None) -> list[Program]:
    """The programs of a suite (and of this file or test_processes.py), as knobs allow."""
    chosen = [p for p in ALL if p.suite == suite]
    if of_processes is not None:
        chosen = [p for p in chosen if p.of_processes == of_processes]
    if os.environ.get("GROUNDUP_THREADS"):
        wanted = {n.strip().removesuffix(".c") for n in os.environ["GROUNDUP_THREADS"].split(",")}
        chosen = [p for p in chosen if p.name in wanted]
    return chosen


def params(chosen: Sequence[Program]) -> list[object]:
    return [pytest.param(p, id=p.id) for p in chosen]


def program(name: str) -> Program:
    return next(p for p in ALL if p.name == name)


def build(p: Program, opt: str) -> Path:
    oracle.require("gcc", "qemu")
    return oracle.gcc_compile(p.path, opt, flags=FLAGS, libs=["-lm"])


# --- Running under qemu and under groundup ----------------------------------------------

# Under qemu, SELF_EXE names a script that runs ./prog under qemu again (see common.h).
QEMU_SELF_EXE = r"""
printf '#!/bin/sh\nexec qemu-riscv64 "%s/prog" "$@"\n' "$PWD" > self-exe
chmod +x self-exe
exec qemu-riscv64 -E SELF_EXE="$PWD/self-exe" prog "$@"
"""


def qemu(p: Program, elf: Path, args: Sequence[str] = ()) -> oracle.RunResult:
    """Run under qemu-riscv64 (cached); through bash if the program execs itself."""
    assert p.oracle, f"{p.name} is not for qemu"
    if "exec" not in p.needs:
        return oracle.qemu_run(elf, args)
    res = oracle.run_tool("bash", ["-c", QEMU_SELF_EXE, "qemu", *args], {"prog": elf},
                          key_extra=[oracle.tool_version("qemu") or ""], timeout=60)  # fmt: skip
    return oracle.RunResult(res.stdout, res.stderr, res.status)


def groundup_env() -> dict[str, str]:
    env = oracle._tool_env()
    env["PYTHONPATH"] = str(ROOT)
    return env


def groundup_command(engine: str, flags: Sequence[str], args: Sequence[str]) -> list[str]:
    return [sys.executable, "-m", "groundup", "run", "--engine", engine, "-U", "PYTHONPATH",
            *flags, "prog", *args]  # fmt: skip


def place(elf: Path, work: Path) -> None:
    """Copy the program to work/prog, executable (it may execve itself)."""
    shutil.copyfile(elf, work / "prog")
    (work / "prog").chmod(0o755)


def groundup(elf: Path, work: Path, args: Sequence[str] = (), *, engine: str = "fast",
             flags: Sequence[str] = CPUS, timeout: float | None = None,
             ) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    """Run `prog` (a copy of elf) in `work` under groundup, as qemu_run runs it."""
    place(elf, work)
    limit = timeout or float(os.environ.get("GROUNDUP_PROGRAM_TIMEOUT") or TIMEOUT[engine])
    cmd = groundup_command(engine, flags, args)
    try:
        return subprocess.run(cmd, capture_output=True, cwd=work, env=groundup_env(),
                              stdin=subprocess.DEVNULL, timeout=limit, check=False)  # fmt: skip
    except subprocess.TimeoutExpired as e:
        err = (e.stderr or b"").decode(errors="replace")[-2000:]
        pytest.fail(f"groundup timed out after {limit:.0f} s: {' '.join(cmd[3:])}\n{err}")


# --- Comparing --------------------------------------------------------------------------

# groundup's report of a death by signal, for any process ("groundup: prog: SIGSEGV: ...").
DEATH_REPORT = re.compile(rb"^groundup: [^:\n]+: SIG[A-Z0-9+]+: .*$\n?", re.MULTILINE)


def comparable_stderr(got: subprocess.CompletedProcess[bytes], signal: int | None) -> bytes:
    """groundup's stderr without its reports of deaths by signal (and, when the program
    itself died of one, the shell's words for it on the last line)."""
    err = got.stderr
    if signal is not None:
        lines = err.split(b"\n")
        assert len(lines) >= 2 and lines[-1] == b"" and lines[-2], err
        err = b"\n".join(lines[:-2]) + b"\n"
    return DEATH_REPORT.sub(b"", err).removeprefix(b"\n")


def first_difference(want: bytes, got: bytes) -> str:
    wl, gl = want.split(b"\n"), got.split(b"\n")
    for i, (a, b) in enumerate(zip(wl, gl, strict=False)):
        if a != b:
            return f"line {i + 1}: qemu {a!r} vs groundup {b!r}"
    return f"qemu printed {len(wl)} lines, groundup {len(gl)}"


def assert_same(expected: oracle.RunResult, got: subprocess.CompletedProcess[bytes]) -> None:
    """stdout, stderr and status as qemu's (a death by signal N is 128 + N for groundup)."""
    err, status = got.stderr.decode(errors="replace"), got.returncode
    context = f"groundup status {status}, stderr:\n{err[-3000:]}"
    assert "Traceback" not in err, context
    assert got.stdout == expected.stdout, (
        f"stdout differs ({first_difference(expected.stdout, got.stdout)})\n{context}"
    )
    signal = -expected.status if expected.status < 0 else None
    want = 128 + signal if signal is not None else expected.status
    assert status == want, f"status {status}, qemu's {expected.status}\n{context}"
    stderr = comparable_stderr(got, signal)
    assert stderr == expected.stderr, (
        f"stderr differs ({first_difference(expected.stderr, stderr)})\n{context}"
    )


# --- Reading --stats --------------------------------------------------------------------

STAT_LINE = re.compile(r"^\[groundup\] (\S.*?)\s{2,}(-?[\d,]+)", re.MULTILINE)


def read_stats(stderr: bytes) -> dict[str, int]:
    """`--stats` lines ("[groundup] COW copies            12 pages"): lower-case title ->
    the first number after it. The per-system-call lines (indented) are left out."""
    return {t.lower(): int(v.replace(",", "")) for t, v in STAT_LINE.findall(stderr.decode())}


def stat(stats: dict[str, int], *words: str) -> int:
    """The one statistic whose title holds all `words`."""
    keys = [k for k in stats if all(w in k for w in words)]
    assert len(keys) == 1, f"no single --stats line with {words} among {sorted(stats)}"
    return stats[keys[0]]


# --- The thread programs ----------------------------------------------------------------

CORPUS = programs("corpus", of_processes=False)


@pytest.mark.parametrize(("opt", "engine"), OPT_ENGINES)
@pytest.mark.parametrize("p", params(CORPUS))
def test_program(p: Program, opt: str, engine: str, tmp_path: Path) -> None:
    elf = build(p, opt)
    assert_same(qemu(p, elf), groundup(elf, tmp_path, engine=engine))


@pytest.mark.parametrize("flags", VARIATIONS.values(), ids=VARIATIONS.keys())
@pytest.mark.parametrize("p", params(CORPUS))
def test_program_on_other_harts_and_seeds(p: Program, flags: tuple[str, ...],
                                          tmp_path: Path) -> None:  # fmt: skip
    elf = build(p, "O2")
    assert_same(qemu(p, elf), groundup(elf, tmp_path, flags=flags))


@pytest.mark.parametrize("p", params(CORPUS))
def test_program_is_sane(p: Program) -> None:
    """Under qemu each program prints something, and -O0 and -O2 agree (no UB)."""
    o0, o2 = (qemu(p, build(p, opt)) for opt in OPTS)
    assert o0.stdout, "program printed nothing"
    assert (o0.stdout, o0.stderr, o0.status) == (o2.stdout, o2.stderr, o2.status)


def test_programs_say_what_they_need() -> None:
    assert len(ALL) >= 30
    for p in ALL:
        assert p.needs and set(p.needs) <= set(FEATURES), f"{p.name}: needs {p.needs}"
        assert p.suite in SUITES, f"{p.name}: suite {p.suite}"
    assert len([p for p in ALL if not p.of_processes]) >= 25


def test_same_seed_same_interleaving(tmp_path: Path) -> None:
    """Every system call of every thread, in the same order, for the same seed."""
    elf = build(program("thread_pool"), "O2")
    flags = ("--cpus", "2", "--seed", "3", "--trace=syscall")
    first, second = (groundup(elf, tmp_path, flags=flags) for _ in range(2))
    assert first.returncode == 0, first.stderr.decode(errors="replace")[-3000:]
    assert (first.stdout, first.stderr) == (second.stdout, second.stderr)


def test_stats_count_switches_and_futex_waits(tmp_path: Path) -> None:
    """Two threads taking 400 strict turns must block on futexes and switch often."""
    elf = build(program("cond_pingpong"), "O2")
    p = groundup(elf, tmp_path, flags=("--cpus", "2", "--stats"))
    assert p.returncode == 0, p.stderr.decode(errors="replace")[-3000:]
    stats = read_stats(p.stderr)
    assert stat(stats, "context switch") >= 200
    assert stat(stats, "futex wait") >= 100


# --- The race ---------------------------------------------------------------------------

RACE = program("race")
RACE_SEEDS = range(8)
ROUNDS = 200_000  # two threads, 100000 increments each


def race_count(p: subprocess.CompletedProcess[bytes], mode: str) -> int:
    assert p.returncode == 0, p.stderr.decode(errors="replace")[-3000:]
    match = re.fullmatch(rb"%s: (\d+)\n" % mode.encode(), p.stdout)
    assert match, p.stdout
    return int(match.group(1))


def test_race_increment_is_load_add_store() -> None:
    """At -O0 `counter++` in plain() is a load, an add and a store: no atomic, no lock."""
    text = oracle.objdump(build(RACE, "O0"), ("-d", "--no-show-raw-insn"))
    body = text.split("<plain>:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    mnemonics = [line.split("\t")[1] for line in body]
    assert not [m for m in mnemonics if m.startswith(("amo", "lr.", "sc."))], body
    # the address of counter is formed twice: for the load, then for the store
    first, second = (i for i, line in enumerate(body) if "<counter>" in line)
    assert mnemonics[first + 1] == "lw" and mnemonics[second + 1] == "sw", body
    assert {"addw", "addiw"} & set(mnemonics[first + 2 : second]), body


def test_race_loses_updates_reproducibly(tmp_path: Path) -> None:
    """Unsynchronized, some seeds lose updates; each seed loses the same number each time."""
    elf = build(RACE, "O0")

    def count(seed: int) -> int:
        p = groundup(elf, tmp_path, ["plain"], flags=("--cpus", "2", "--seed", str(seed)))
        return race_count(p, "plain")

    counts = {seed: count(seed) for seed in RACE_SEEDS}
    assert all(0 < c <= ROUNDS for c in counts.values()), counts
    lossy = [seed for seed, c in counts.items() if c < ROUNDS]
    assert lossy, f"no seed in {RACE_SEEDS} lost an update: {counts}"
    for seed in {*lossy[:2], max(counts, key=counts.__getitem__)}:
        again = count(seed)
        assert again == counts[seed], f"seed {seed}: {counts[seed]} then {again}"


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("mode", ["mutex", "atomic"])
def test_race_guarded_never_loses(mode: str, seed: int, tmp_path: Path) -> None:
    elf = build(RACE, "O0")
    assert qemu(RACE, elf, [mode]).stdout == f"{mode}: {ROUNDS}\n".encode()
    p = groundup(elf, tmp_path, [mode], flags=("--cpus", "2", "--seed", str(seed)))
    assert race_count(p, mode) == ROUNDS
