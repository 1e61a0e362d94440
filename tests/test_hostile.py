"""Hostile guests: programs that try to take the kernel down, or the host with it.

* fork bombs (`fork_bomb`, never run under qemu): with `--max-procs`, fork fails with
  EAGAIN at the limit, the program sees it and cleans up, and groundup ends promptly;
  a bomb that forks forever is still interrupted by the host (SIGINT, exit 130) with
  bounded memory.
* bad futex addresses (`futex_bad`): EFAULT and EINVAL, as Linux (and qemu) says.
* threads spinning forever (`spinner`) on one hart and on two: the others still run,
  and exit() from main ends the process.
* children that ignore, block or sleep through signals (`unkillable`): SIGKILL ends
  them; clone with flags Linux refuses (`clone_bad_flags`); a thread overflowing its
  stack (`thread_overflow`) takes the process down with SIGSEGV, nothing else.

Every groundup run has a timeout (HOSTILE_TIMEOUT), so a hang fails the test.
See test_threads.py for the harness.
"""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import time
from pathlib import Path

import pytest
from test_threads import (
    ENGINES,
    OPTS,
    Program,
    assert_same,
    build,
    groundup,
    groundup_command,
    groundup_env,
    place,
    program,
    qemu,
)

HOSTILE_TIMEOUT = {"fast": 120.0, "ref": 900.0}  # seconds per groundup run
MAX_PROCS = 16
BOMB = program("fork_bomb")


def run(elf: Path, work: Path, *args: str, flags: tuple[str, ...] = ("--cpus", "2"),
        engine: str = "fast") -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    return groundup(elf, work, args, engine=engine, flags=flags, timeout=HOSTILE_TIMEOUT[engine])


def bomb(work: Path, mode: str) -> str:
    p = run(build(BOMB, "O2"), work, mode, flags=("--cpus", "2", "--max-procs", str(MAX_PROCS)))
    assert p.returncode == 0, p.stderr.decode(errors="replace")[-3000:]
    return p.stdout.decode()


def test_fork_bomb_stops_at_the_process_limit(tmp_path: Path) -> None:
    out = bomb(tmp_path, "flat")
    made = re.search(r"flat: fork failed with EAGAIN after (\d+) children\n", out)
    assert made, out
    children = int(made.group(1))
    assert MAX_PROCS // 2 <= children < MAX_PROCS, out
    assert f"flat: reaped {children}, then wait says ECHILD\n" in out


def test_fork_chain_stops_at_the_process_limit(tmp_path: Path) -> None:
    out = bomb(tmp_path, "chain")
    depth = re.fullmatch(r"chain: fork failed with EAGAIN; processes in the chain: (\d+)\n", out)
    assert depth, out
    assert MAX_PROCS // 2 <= int(depth.group(1)) < MAX_PROCS, out


def _default_sigint() -> None:
    """In the child before exec: SIGINT as a shell gives it (default, unblocked), not as
    the test worker may have left it (an ignored SIGINT stays ignored across exec, and
    Python then installs no KeyboardInterrupt handler)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_endless_fork_bomb_leaves_the_host_in_control(tmp_path: Path) -> None:
    """Every guest process forks forever; after a while the host interrupts groundup."""
    place(build(BOMB, "O2"), tmp_path)
    cmd = groundup_command("fast", ("--cpus", "2", "--max-procs", str(MAX_PROCS)), ["forever"])
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=groundup_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_default_sigint)  # fmt: skip
    try:
        line = first_line(proc, timeout=60.0)  # the guest's first words, once it is running
        assert line == b"forever: forking without end\n", line
        time.sleep(3.0)
        assert proc.poll() is None, "groundup ended by itself"
        memory = peak_memory_kib(proc.pid)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=90)  # (a loaded CI machine is slow to tear down)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err.decode(errors="replace")[-3000:]
    assert b"Traceback" not in err
    assert memory < 2 << 20, f"groundup grew to {memory} KiB"


def first_line(proc: subprocess.Popen[bytes], timeout: float) -> bytes:
    """What the process prints up to its first newline, waiting at most `timeout` s."""
    assert proc.stdout is not None
    fd, data, deadline = proc.stdout.fileno(), b"", time.monotonic() + timeout
    while b"\n" not in data and time.monotonic() < deadline:
        if select.select([fd], [], [], max(0.0, deadline - time.monotonic()))[0]:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            data += chunk
    return data


def peak_memory_kib(pid: int) -> int:
    """The host process's peak resident set (VmHWM), in KiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    assert found, status
    return int(found.group(1))


# --- Compared with qemu -----------------------------------------------------------------


def compared(p: Program, opt: str, engine: str, work: Path, flags: tuple[str, ...]) -> None:
    elf = build(p, opt)
    assert_same(qemu(p, elf), run(elf, work, flags=flags, engine=engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("opt", OPTS)
def test_futex_on_bad_addresses(opt: str, engine: str, tmp_path: Path) -> None:
    compared(program("futex_bad"), opt, engine, tmp_path, ("--cpus", "2"))


#: (cpus, engine): the reference engine (slow; tests/test_lockstep.py holds it equal to
#: the fast one) on two harts only.
CPUS_ENGINES = (
    pytest.param("1", "fast", id="1-fast"),
    pytest.param("2", "fast", id="2-fast"),
    pytest.param("2", "ref", marks=pytest.mark.slow, id="2-ref"),
)


@pytest.mark.parametrize(("cpus", "engine"), CPUS_ENGINES)
def test_spinning_threads_do_not_stop_the_others(cpus: str, engine: str, tmp_path: Path) -> None:
    compared(program("spinner"), "O2", engine, tmp_path, ("--cpus", cpus))


@pytest.mark.parametrize(("cpus", "engine"), CPUS_ENGINES[:2])  # the signal path is the kernel's
def test_sigkill_ends_children_that_resist(cpus: str, engine: str, tmp_path: Path) -> None:
    compared(program("unkillable"), "O2", engine, tmp_path, ("--cpus", cpus))


@pytest.mark.parametrize("engine", ENGINES)
def test_clone_with_refused_flags(engine: str, tmp_path: Path) -> None:
    compared(program("clone_bad_flags"), "O2", engine, tmp_path, ("--cpus", "2"))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("opt", OPTS)
def test_thread_stack_overflow_kills_the_process(opt: str, engine: str, tmp_path: Path) -> None:
    compared(program("thread_overflow"), opt, engine, tmp_path, ("--cpus", "2"))
