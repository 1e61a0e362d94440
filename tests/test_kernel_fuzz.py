"""Attacking the kernel: broken ELF files, wild system calls, and the handlers one by one.

Nothing a guest does may raise a Python exception out of the kernel (design
decision 7): a bad executable is one `groundup: error:` line and status 1; a bad
system call is a negative errno, or a signal the program asked for.

* ELF mutations: real binaries truncated, with header fields and program headers
  broken (huge, overlapping and misplaced segments, entry points outside any
  segment) and bytes flipped at random, through `groundup run`: each run ends in
  a clean error, a death by signal with its message, or a normal exit.
* tests/fuzz/syscall_fuzz.c: a guest making thousands of random system calls
  (see its comment for the few it avoids) must reach its summary and exit 0 on
  both engines, and both must print the same summary (the kernel is deterministic).
* Hypothesis drives the dispatcher (`syscall.syscall`, with tracing on, so the
  strace decoders are attacked too) with any number and arguments; and checks
  the process, time and signal calls of sysproc against what Linux does.
"""

from __future__ import annotations

import io
import random
import struct
import subprocess
import sys
from pathlib import Path

import oracle
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groundup.isa.alu import M64
from groundup.kernel import clock, sysproc
from groundup.kernel.options import Options
from groundup.kernel.param import USER_STACK_TOP
from groundup.kernel.proc import Kernel, Process
from groundup.kernel.sched import State
from groundup.kernel.syscall import HANDLERS, syscall
from groundup.kernel.sysnum import NAMES, Sys

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
HELLO = ROOT / "examples" / "hello.elf"
FUZZ_FLAGS = (*oracle.FREESTANDING_FLAGS, "-Wl,-z,separate-code")


def groundup(*args: str, cwd: Path | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    return subprocess.run([sys.executable, "-m", "groundup", *args], capture_output=True,
                          stdin=subprocess.DEVNULL, timeout=timeout, cwd=cwd,
                          env={**oracle._tool_env(), "PYTHONPATH": str(ROOT)})  # fmt: skip


# --- ELF mutations ----------------------------------------------------------------------

EHDR = struct.Struct("<16sHHIQQQIHHHHHH")  # e_ident ... e_shstrndx
PHDR = struct.Struct("<IIQQQQQQ")  # p_type p_flags p_offset p_vaddr p_paddr p_filesz p_memsz ...
E_ENTRY, E_PHOFF, E_PHENTSIZE, E_PHNUM = 24, 32, 54, 56  # byte offsets in the ELF header
P_FIELD = {"type": 0, "flags": 4, "offset": 8, "vaddr": 16, "filesz": 32, "memsz": 40, "align": 48}


def loads(data: bytes) -> list[int]:
    """File offsets of the PT_LOAD program headers."""
    h = EHDR.unpack_from(data)
    phoff, phentsize, phnum = h[5], h[9], h[10]
    at = [phoff + i * phentsize for i in range(phnum)]
    return [a for a in at if PHDR.unpack_from(data, a)[0] == 1]


def put(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    b = bytearray(data)
    struct.pack_into(fmt, b, offset, value & ((1 << (8 * struct.calcsize(fmt))) - 1))
    return bytes(b)


def phdr(data: bytes, index: int, field: str, value: int) -> bytes:
    at = loads(data)[index] + P_FIELD[field]
    return put(data, at, "<I" if field in ("type", "flags") else "<Q", value)


def segment(data: bytes, index: int, field: str) -> int:
    return PHDR.unpack_from(data, loads(data)[index])[{"offset": 2, "vaddr": 3, "memsz": 6}[field]]


def mutations(data: bytes) -> dict[str, bytes]:
    """Named ways to break an executable (at least two PT_LOAD segments)."""
    entry = EHDR.unpack_from(data)[4]
    last = len(loads(data)) - 1
    phend = EHDR.unpack_from(data)[5] + 56 * EHDR.unpack_from(data)[10]
    cases = {
        "truncated-empty": b"",
        "truncated-ident": data[:10],
        "truncated-header": data[:63],
        "truncated-phdrs": data[: phend - 1],
        "truncated-middle": data[: len(data) // 2],
        "truncated-last-byte": data[:-1],
        "type-rel": put(data, 16, "<H", 1),
        "type-core": put(data, 16, "<H", 4),
        "type-dyn": put(data, 16, "<H", 3),
        "type-unknown": put(data, 16, "<H", 0xFE00),
        "machine-x86": put(data, 18, "<H", 0x3E),
        "phentsize-0": put(data, E_PHENTSIZE, "<H", 0),
        "phentsize-100": put(data, E_PHENTSIZE, "<H", 100),
        "phnum-0": put(data, E_PHNUM, "<H", 0),
        "phnum-ffff": put(data, E_PHNUM, "<H", 0xFFFF),
        "phoff-huge": put(data, E_PHOFF, "<Q", 1 << 63),
        "phoff-eof": put(data, E_PHOFF, "<Q", len(data)),
        "phoff-1": put(data, E_PHOFF, "<Q", 1),
        "entry-0": put(data, E_ENTRY, "<Q", 0),
        "entry-odd": put(data, E_ENTRY, "<Q", entry + 1),
        "entry-minus-1": put(data, E_ENTRY, "<Q", M64),
        "entry-kernel-half": put(data, E_ENTRY, "<Q", 0xFFFF_FFC0_0000_0000),
        "entry-unmapped": put(data, E_ENTRY, "<Q", 0x2000_0000),
        "entry-in-data": put(data, E_ENTRY, "<Q", segment(data, last, "vaddr")),
        "load-offset-huge": phdr(data, 0, "offset", 1 << 62),
        "load-filesz-huge": phdr(data, 0, "filesz", 1 << 40),
        "load-memsz-huge": phdr(data, last, "memsz", 1 << 40),
        "load-memsz-wraps": phdr(data, last, "memsz", M64 - 0x1000),
        "load-filesz-over-memsz": phdr(data, last, "memsz", 1),
        "load-vaddr-0": phdr(data, 0, "vaddr", 0),
        "load-vaddr-top": phdr(data, last, "vaddr", USER_STACK_TOP - 0x1000),
        "load-vaddr-kernel": phdr(data, last, "vaddr", 0xFFFF_FFC0_0000_0000),
        "load-vaddr-misaligned": phdr(data, last, "vaddr", segment(data, last, "vaddr") + 1),
        "load-align-3": phdr(data, 0, "align", 3),
        "load-no-permissions": phdr(data, 0, "flags", 0),
        "load-becomes-interp": phdr(data, 0, "type", 3),
        "load-becomes-tls": phdr(data, last, "type", 7),
        "loads-overlap": phdr(data, last, "vaddr", segment(data, 0, "vaddr")),
        "loads-overlap-offset": phdr(
            phdr(data, last, "vaddr", segment(data, 0, "vaddr") + 0x800),
            last,
            "offset",
            segment(data, 0, "offset") + 0x800,
        ),
    }
    rng = random.Random(2024)
    for i in range(12):
        b = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(0, min(len(b), 0x200))] ^= 1 << rng.randrange(8)
        cases[f"flipped-{i}"] = bytes(b)
    return cases


def glibc_hello() -> bytes:
    oracle.require("gcc")
    src = HERE / "glibc" / "hello.c"
    elf = oracle.gcc_compile(src, "O2", flags=("-static", *oracle.RV_FLAGS), libs=["-lm"])
    return elf.read_bytes()


BASES = {"hello": lambda: HELLO.read_bytes(), "glibc": glibc_hello}
MUTATIONS = sorted(mutations(HELLO.read_bytes()))


def assert_clean_end(p: subprocess.CompletedProcess[bytes]) -> None:
    """A clean error line, a death by signal with its message, or a normal exit."""
    err = p.stderr.decode(errors="replace")
    assert "Traceback" not in err, err
    assert 0 <= p.returncode <= 255, (p.returncode, err)
    if err.startswith("groundup: error: "):
        assert p.returncode == 1 and err.count("\n") == 1, err
    elif p.returncode > 128:
        assert "groundup: " in err and err.endswith("\n"), err


@pytest.mark.parametrize("base", sorted(BASES))
@pytest.mark.parametrize("name", MUTATIONS)
def test_broken_executable(tmp_path: Path, base: str, name: str) -> None:
    data = mutations(BASES[base]())[name]
    path = tmp_path / "prog"
    path.write_bytes(data)
    engine = "fast" if MUTATIONS.index(name) % 4 == 0 else "ref"
    assert_clean_end(groundup("run", "--engine", engine, str(path), cwd=tmp_path, timeout=60))


# --- The system-call fuzzer, a guest program ------------------------------------------


def fuzz_elf(opt: str) -> Path:
    oracle.require("gcc")
    return oracle.gcc_compile(HERE / "fuzz" / "syscall_fuzz.c", opt, flags=FUZZ_FLAGS)


@pytest.mark.parametrize("seed,opt", [(1, "O2"), (2, "O0"), (3, "O2")])
def test_syscall_fuzz(tmp_path: Path, seed: int, opt: str) -> None:
    elf = fuzz_elf(opt)
    summaries = []
    for engine in ("ref", "fast"):
        work = tmp_path / engine[:1]  # same-length paths: getcwd's results must agree
        work.mkdir()
        p = groundup("run", "--engine", engine, str(elf), str(seed), "4000", cwd=work,
                     timeout=600)  # fmt: skip
        err = p.stderr.decode(errors="replace")
        assert "Traceback" not in err, err[-3000:]
        assert p.returncode == 0, err[-3000:]
        last = p.stdout.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode(errors="replace")
        assert last.startswith("fuzz: calls "), p.stdout[-500:]
        summaries.append(last)
    assert summaries[0] == summaries[1], summaries


# --- Hypothesis: the dispatcher with any number and arguments --------------------------

SCRATCH = USER_STACK_TOP - 0x4000  # in the stack's mapping: valid, writable user memory
TEXT = 0x10000  # hello.elf's first segment: mapped, not writable


def new_process(trace: bool = True, realtime: bool = False,
                seed: int = 0) -> tuple[Kernel, Process]:  # fmt: skip
    options = Options(engine="ref", ram_size=64 << 20, seed=seed, realtime=realtime,
                      trace=frozenset({"syscall"} if trace else ()))  # fmt: skip
    k = Kernel(options=options, stdout=io.BytesIO(), stderr=io.BytesIO(),
               stdin=io.BytesIO(b"some input\n"))  # fmt: skip
    return k, k.spawn("hello", HELLO.read_bytes(), ["hello"], ["HOME=/"])


def stderr_of(k: Kernel) -> bytes:
    assert isinstance(k.stderr, io.BytesIO)
    return k.stderr.getvalue()


def call(k: Kernel, p: Process, number: int, *args: int) -> int:
    """Make the system call as the process's thread would, waiting as long as it blocks."""
    t = p.leader
    assert t.hart is not None
    x = t.hart.x
    x[17] = number
    x[10:16] = [*args, 0, 0, 0, 0, 0, 0][:6]
    syscall(k, t)
    while t.state is State.BLOCKED:  # the scheduler lets time pass; then it tries again
        k.sched.run(lambda: t.state is State.RUNNING)
        assert t.hart is not None
        x = t.hart.x
        syscall(k, t)
    return x[10]


S64 = st.integers(-(1 << 63), (1 << 63) - 1)
SPECIAL_ARGS = [SCRATCH, SCRATCH + 0x3FF8, USER_STACK_TOP - 1, TEXT, TEXT + 0xFFF, 0, -100, 1 << 31,
                (1 << 63) - 1, -1, 1 << 38, -(1 << 38), 0x7FFF_F000]  # fmt: skip
ARG = st.one_of(
    st.integers(-3, 16),
    st.sampled_from(SPECIAL_ARGS),
    st.integers(0, 0x3FFF).map(lambda o: SCRATCH + o),
    S64,
)
NUMBER = st.one_of(st.sampled_from(sorted(HANDLERS)), st.sampled_from(sorted(NAMES)), S64)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls=st.lists(st.tuples(NUMBER, st.lists(ARG, min_size=6, max_size=6)), min_size=1,
                      max_size=8))  # fmt: skip
def test_dispatch_never_raises(calls: list[tuple[int, list[int]]]) -> None:
    k, p = new_process()
    for number, args in calls:
        if not p.alive:
            break
        result = call(k, p, number, *args)
        assert -(1 << 63) <= result < 1 << 63
        assert result >= -4095 or not p.alive, (number, args, result)
    assert stderr_of(k).count(b"Traceback") == 0


@settings(max_examples=200, deadline=None)
@given(number=st.sampled_from(sorted(sysproc.HANDLERS)), args=st.lists(S64, min_size=6, max_size=6))
def test_sysproc_any_arguments(number: int, args: list[int]) -> None:
    k, p = new_process(trace=False)
    result = call(k, p, number, *args)
    assert result >= -4095 or not p.alive


# --- sysproc against Linux ---------------------------------------------------------------


def read(p: Process, va: int, fmt: str) -> tuple[int, ...]:
    data = p.mm.copy_in(va, struct.calcsize(fmt))
    assert data is not None
    return struct.unpack(fmt, data)


def test_uname_fields() -> None:
    k, p = new_process()
    assert call(k, p, Sys.UNAME, SCRATCH) == 0
    data = p.mm.copy_in(SCRATCH, 6 * 65)
    assert data is not None
    fields = [data[i * 65 : (i + 1) * 65].split(b"\0")[0] for i in range(6)]
    assert fields[0] == b"Linux" and fields[1] == b"groundup" and fields[4] == b"riscv64"
    assert call(k, p, Sys.UNAME, TEXT) == -14  # read-only memory: EFAULT
    assert call(k, p, Sys.UNAME, 0) == -14


def test_virtual_clocks() -> None:
    k, p = new_process()
    p.leader.hart.instret = 5_000_000_123  # 5 s of instructions
    assert call(k, p, Sys.CLOCK_GETTIME, clock.Clock.MONOTONIC, SCRATCH) == 0
    assert read(p, SCRATCH, "<qq") == (5, 123)
    assert call(k, p, Sys.CLOCK_GETTIME, clock.Clock.REALTIME, SCRATCH) == 0
    assert read(p, SCRATCH, "<qq") == (946_684_805, 123)
    assert call(k, p, Sys.CLOCK_GETTIME, clock.Clock.MONOTONIC_COARSE, SCRATCH) == 0
    assert read(p, SCRATCH, "<qq") == (5, 0)
    assert call(k, p, Sys.CLOCK_GETRES, clock.Clock.MONOTONIC, SCRATCH) == 0
    assert read(p, SCRATCH, "<qq") == (0, 1)
    assert call(k, p, Sys.CLOCK_GETTIME, 99, SCRATCH) == -22
    assert call(k, p, Sys.CLOCK_GETTIME, -6, SCRATCH) == 0  # the process CPU clock of pid 0
    assert call(k, p, Sys.CLOCK_GETTIME, (~7 << 3) | 2, SCRATCH) == -22  # pid 7: no such
    assert call(k, p, Sys.GETTIMEOFDAY, SCRATCH, SCRATCH + 16) == 0
    assert read(p, SCRATCH, "<qqii") == (946_684_805, 0, 0, 0)


def test_sleeping_advances_the_virtual_clock_only() -> None:
    k, p = new_process()
    p.mm.copy_out(SCRATCH, struct.pack("<qq", 2, 500))
    before = p.leader.hart.time()
    assert call(k, p, Sys.NANOSLEEP, SCRATCH, 0) == 0
    assert p.leader.hart.time() - before == 2_000_000_500
    assert p.leader.hart.instret == 0  # not CPU time
    p.mm.copy_out(SCRATCH, struct.pack("<qq", 0, 1_000_000_000))
    assert call(k, p, Sys.NANOSLEEP, SCRATCH, 0) == -22
    p.mm.copy_out(SCRATCH, struct.pack("<qq", 946_684_810, 0))  # absolute: 2000-01-01 00:00:10
    assert call(k, p, Sys.CLOCK_NANOSLEEP, clock.Clock.REALTIME, 1, SCRATCH, 0) == 0
    assert clock.realtime_ns(k, p.leader.hart) == 946_684_810 * 10**9
    p.mm.copy_out(SCRATCH, struct.pack("<qq", (1 << 63) - 1, 999_999_999))
    assert call(k, p, Sys.NANOSLEEP, SCRATCH, 0) == 0  # saturates, as ktime_t does
    assert call(k, p, Sys.CLOCK_GETTIME, clock.Clock.REALTIME, SCRATCH) == 0
    assert read(p, SCRATCH, "<qq")[0] == ((1 << 63) - 1) // 10**9


def test_getrandom_is_seeded() -> None:
    def draw(seed: int) -> bytes:
        k, p = new_process(seed=seed)
        assert call(k, p, Sys.GETRANDOM, SCRATCH, 64, 0) == 64
        data = p.mm.copy_in(SCRATCH, 64)
        assert data is not None
        return data

    assert draw(1) == draw(1) != draw(2)
    k, p = new_process()
    assert call(k, p, Sys.GETRANDOM, SCRATCH, 16, 8) == -22  # unknown flag
    assert call(k, p, Sys.GETRANDOM, SCRATCH, 16, 6) == -22  # GRND_RANDOM | GRND_INSECURE
    assert call(k, p, Sys.GETRANDOM, USER_STACK_TOP - 10, 100, 1) == 10  # up to the end
    assert call(k, p, Sys.GETRANDOM, TEXT, 100, 0) == -14


def test_limits() -> None:
    k, p = new_process()
    assert call(k, p, Sys.PRLIMIT64, 0, sysproc.Rlimit.STACK, 0, SCRATCH) == 0
    assert read(p, SCRATCH, "<QQ") == (8 << 20, M64)
    p.mm.copy_out(SCRATCH, struct.pack("<QQ", 100, 200))
    assert call(k, p, Sys.SETRLIMIT, sysproc.Rlimit.NOFILE, SCRATCH) == 0
    assert call(k, p, Sys.GETRLIMIT, sysproc.Rlimit.NOFILE, SCRATCH + 16) == 0
    assert read(p, SCRATCH + 16, "<QQ") == (100, 200)
    p.mm.copy_out(SCRATCH, struct.pack("<QQ", 300, 200))
    assert call(k, p, Sys.SETRLIMIT, sysproc.Rlimit.NOFILE, SCRATCH) == -22
    assert call(k, p, Sys.GETRLIMIT, 16, SCRATCH) == -22
    assert call(k, p, Sys.PRLIMIT64, 12345, 0, 0, SCRATCH) == -3  # ESRCH


def test_identity_and_affinity() -> None:
    k, p = new_process()
    assert call(k, p, Sys.GETPID) == call(k, p, Sys.GETTID) == call(k, p, Sys.SET_TID_ADDRESS, 8)
    assert call(k, p, Sys.SCHED_GETAFFINITY, 0, 128, SCRATCH) == 8
    assert read(p, SCRATCH, "<Q") == ((1 << len(k.machine.harts)) - 1,)  # every hart
    assert call(k, p, Sys.SCHED_GETAFFINITY, 0, 4, SCRATCH) == -22
    assert call(k, p, Sys.SET_ROBUST_LIST, SCRATCH, 24) == 0
    assert call(k, p, Sys.SET_ROBUST_LIST, SCRATCH, 23) == -22
    assert call(k, p, Sys.RSEQ, SCRATCH, 32, 0, 0) == -38


def test_sigaction_round_trip_and_masks() -> None:
    k, p = new_process()
    p.mm.copy_out(SCRATCH, struct.pack("<QQQ", 0x12345, 0x4000000, (1 << 8) | (1 << 2)))
    assert call(k, p, Sys.RT_SIGACTION, 10, SCRATCH, SCRATCH + 32, 8) == 0
    assert read(p, SCRATCH + 32, "<QQQ") == (0, 0, 0)
    assert call(k, p, Sys.RT_SIGACTION, 10, 0, SCRATCH + 32, 8) == 0
    assert read(p, SCRATCH + 32, "<QQQ") == (0x12345, 0x4000000, 1 << 2)  # SIGKILL dropped
    assert call(k, p, Sys.RT_SIGACTION, 9, SCRATCH, 0, 8) == -22  # SIGKILL can't be caught
    assert call(k, p, Sys.RT_SIGACTION, 10, SCRATCH, 0, 4) == -22  # sigsetsize
    assert call(k, p, Sys.RT_SIGACTION, 65, 0, 0, 8) == -22
    p.mm.copy_out(SCRATCH, struct.pack("<Q", M64))
    assert call(k, p, Sys.RT_SIGPROCMASK, 0, SCRATCH, 0, 8) == 0  # block everything
    assert call(k, p, Sys.RT_SIGPROCMASK, 0, 0, SCRATCH + 8, 8) == 0
    assert read(p, SCRATCH + 8, "<Q") == (M64 & ~((1 << 8) | (1 << 18)),)  # not KILL, STOP
    assert call(k, p, Sys.RT_SIGPROCMASK, 7, SCRATCH, 0, 8) == -22
    p.mm.copy_out(SCRATCH, struct.pack("<QiiQ", 0x5000, 0, 0, 100))
    assert call(k, p, Sys.SIGALTSTACK, SCRATCH, 0) == -12  # smaller than MINSIGSTKSZ
    p.mm.copy_out(SCRATCH, struct.pack("<QiiQ", 0x5000, 0, 0, 8192))
    assert call(k, p, Sys.SIGALTSTACK, SCRATCH, SCRATCH + 32) == 0
    assert read(p, SCRATCH + 32, "<Qi4xQ") == (0, 2, 0)  # was SS_DISABLE
    assert call(k, p, Sys.SIGALTSTACK, 0, SCRATCH + 32) == 0
    assert read(p, SCRATCH + 32, "<Qi4xQ") == (0x5000, 0, 8192)


def test_signals_to_self() -> None:
    k, p = new_process()
    assert call(k, p, Sys.KILL, p.pid, 0) == 0 and p.alive  # existence check
    assert call(k, p, Sys.KILL, 4242, 15) == -3
    assert call(k, p, Sys.KILL, p.pid, 65) == -22
    assert call(k, p, Sys.TGKILL, p.pid, p.pid, 17) == 0 and p.alive  # SIGCHLD: ignored
    p.mm.copy_out(SCRATCH, struct.pack("<QQQ", 1, 0, 0))  # SIG_IGN
    assert call(k, p, Sys.RT_SIGACTION, 15, SCRATCH, 0, 8) == 0
    assert call(k, p, Sys.KILL, 0, 15) == 0 and p.alive
    p.mm.copy_out(SCRATCH, struct.pack("<Q", 1 << 5))  # block SIGABRT
    assert call(k, p, Sys.RT_SIGPROCMASK, 0, SCRATCH, 0, 8) == 0
    assert call(k, p, Sys.TGKILL, p.pid, p.pid, 6) == 0 and p.alive
    assert call(k, p, Sys.RT_SIGPENDING, SCRATCH + 8, 8) == 0
    assert read(p, SCRATCH + 8, "<Q") == (1 << 5,)
    call(k, p, Sys.RT_SIGPROCMASK, 1, SCRATCH, 0, 8)  # unblock: it is delivered
    assert p.result is not None and p.result.signal == 6 and p.result.code == 134
    assert b"SIGABRT" in stderr_of(k)


def test_trace_lines() -> None:
    k, p = new_process()
    p.mm.copy_out(SCRATCH, b"hi\n")
    call(k, p, Sys.WRITE, 1, SCRATCH, 3)
    call(k, p, Sys.CLOCK_GETTIME, 1, SCRATCH + 64)
    call(k, p, Sys.KILL, 77, 9)
    call(k, p, 4000, 1, 2, 3, 4, 5, 6)
    call(k, p, Sys.EXIT_GROUP, 3)
    assert p.result is not None
    k.finish(p, p.result)
    lines = stderr_of(k).decode().splitlines()
    assert lines == [
        '[groundup] write(1, "hi\\n", 3) = 3',
        "[groundup] clock_gettime(CLOCK_MONOTONIC, {tv_sec=0, tv_nsec=0}) = 0",
        "[groundup] kill(77, SIGKILL) = -1 ESRCH (No such process)",
        "groundup: hello: not supported: system call 4000 (unknown)",
        "[groundup] syscall_0xfa0(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS (Function not "
        "implemented)",
        "[groundup] exit_group(3) = ?",
        "[groundup] +++ exited with 3 +++",
    ]
