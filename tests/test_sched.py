"""The scheduler, threads and futexes: determinism, preemption, blocking, deadlock.

Programs are small glibc programs built by the oracle gcc (-static -pthread) and run
through the kernel object directly, so a test can look at the harts, the trace and
the counters; where a program's output is deterministic it is compared with qemu.
"""

from __future__ import annotations

import io
import shutil
import struct
from pathlib import Path

import oracle
import pytest

from groundup.kernel.futex import Futexes
from groundup.kernel.options import Mount, Options
from groundup.kernel.param import USER_STACK_TOP
from groundup.kernel.proc import Exit, Kernel, Process, Thread
from groundup.kernel.sched import Block, Context, State
from groundup.kernel.sigframe import FRAME_SIZE, MCONTEXT_OFFSET, VDSO_BASE, user_pc
from groundup.kernel.signal import SIGINFO_SIZE, SigAction, send_thread
from groundup.kernel.syscall import syscall
from groundup.kernel.sysnum import Sys

FLAGS = ["-static", "-pthread", "-march=rv64gc", "-mabi=lp64d"]
HELLO = Path(__file__).parent / "glibc" / "hello.c"
SCRATCH = USER_STACK_TOP - 0x4000
SIGUSR1 = 10
HANDLER = 0x10000  # where a test's signal handler would be (it never runs)

pytestmark = oracle.requires_oracle("gcc")


def build(tmp_path: Path, name: str, source: str) -> Path:
    """The program compiled, as tmp_path/name (an executable file)."""
    src = tmp_path / f"{name}.c"
    src.write_text(source)
    elf = tmp_path / name
    shutil.copyfile(oracle.gcc_compile(src, "O2", flags=FLAGS, libs=["-lm"]), elf)
    elf.chmod(0o755)
    return elf


def run(elf: Path, *args: str, trace: tuple[str, ...] = (), **opts: object) -> tuple[
        Exit, bytes, bytes, Kernel]:  # fmt: skip
    """Run `elf` (mounted at /prog) to the end: status, stdout, stderr, the kernel."""
    options = Options(mounts=(Mount(elf.parent, "/prog"),), cwd="/prog",
                      trace=frozenset(trace), **opts)  # type: ignore[arg-type]  # fmt: skip
    out, err = io.BytesIO(), io.BytesIO()
    k = Kernel(options=options, stdout=out, stderr=err, stdin=io.BytesIO())
    p = k.spawn(elf.name, elf.read_bytes(), [elf.name, *args], [])
    return k.run(p), out.getvalue(), err.getvalue(), k


RACE = r"""
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static volatile long counter;
static long atomic_counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int mode;
static void *work(void *arg) {
    for (int i = 0; i < 20000; i++) {
        if (mode == 0) counter++;
        else if (mode == 1) __atomic_fetch_add(&atomic_counter, 1, __ATOMIC_RELAXED);
        else { pthread_mutex_lock(&lock); counter++; pthread_mutex_unlock(&lock); }
    }
    return arg;
}
int main(int argc, char **argv) {
    mode = argc > 1 ? atoi(argv[1]) : 0;
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, work, 0);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    printf("%ld\n", mode == 1 ? atomic_counter : counter);
    return 0;
}
"""


@pytest.fixture(scope="module")
def race(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("race"), "race", RACE)


def test_same_seed_same_interleaving_bit_for_bit(race: Path) -> None:
    a = run(race, trace=("sched",), seed=7)
    b = run(race, trace=("sched",), seed=7)
    assert a[0] == b[0] == Exit(0)
    assert a[1] == b[1] and a[2] == b[2]  # output and the trace of every switch
    assert b"hart 1" in a[2] and b"(blocked on futex)" in a[2]


def test_the_race_loses_updates_and_other_seeds_interleave_otherwise(race: Path) -> None:
    counts = {seed: int(run(race, seed=seed)[1]) for seed in range(4)}
    assert all(c <= 40000 for c in counts.values())
    assert any(c < 40000 for c in counts.values()), counts  # updates really are lost
    assert len(set(counts.values())) > 1, counts  # and differently for other seeds
    assert int(run(race, seed=2)[1]) == counts[2]


@pytest.mark.parametrize("mode", ["1", "2"])
def test_atomics_and_mutexes_never_lose(race: Path, mode: str) -> None:
    for seed in range(3):
        assert run(race, mode, seed=seed)[1] == b"40000\n"


def test_one_hart_still_runs_every_thread(race: Path) -> None:
    status, out, _, k = run(race, "2", cpus=1, quantum=5000)
    assert status == Exit(0) and out == b"40000\n"
    assert k.sched.switches > 4  # the quantum preempted the threads


SPIN = r"""
#include <pthread.h>
#include <stdio.h>
#include <time.h>
static void *spin(void *arg) { for (;;) __asm__ volatile(""); return arg; }
int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, spin, 0);
    struct timespec ts = {0, 2000000};
    nanosleep(&ts, 0);  /* 2 ms of virtual time: the spinners cannot stop the clock */
    long sum = 0;
    for (long i = 0; i < 100000; i++) sum += i;
    printf("%ld\n", sum);
    return 0;
}
"""


def test_threads_that_spin_forever_do_not_stop_others(tmp_path: Path) -> None:
    elf = build(tmp_path, "spin", SPIN)
    status, out, _, k = run(elf, cpus=2, quantum=20000)
    assert status == Exit(0) and out == b"4999950000\n"  # the spinners die with the group
    assert max(h.time() for h in k.machine.harts) >= 2_000_000


DEADLOCK = r"""
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int main(void) {
    puts("locking twice");
    fflush(stdout);
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);
    return 0;
}
"""


def test_deadlock_is_reported_and_the_program_killed(tmp_path: Path) -> None:
    status, out, err, _ = run(build(tmp_path, "deadlock", DEADLOCK))
    assert out == b"locking twice\n"
    assert status == Exit(signal=9) and status.code == 137
    assert b": deadlock: every thread is blocked\n" in err


SLEEPERS = r"""
#include <pthread.h>
#include <stdio.h>
#include <time.h>
static long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
static void *sleeper(void *arg) {
    long ms = (long)arg;
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
    nanosleep(&ts, 0);
    return (void *)now_ms();
}
int main(void) {
    pthread_t t[3];
    long ms[3] = {3000, 1000, 2000};
    long start = now_ms();
    for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, sleeper, (void *)ms[i]);
    for (int i = 0; i < 3; i++) {
        void *end;
        pthread_join(t[i], &end);
        long late = (long)end - start - ms[i];
        printf("slept %ld ms: %s\n", ms[i], late >= 0 && late < 500 ? "on time" : "late");
    }
    return 0;
}
"""


def test_sleeping_threads_wake_on_the_virtual_clock(tmp_path: Path) -> None:
    elf = build(tmp_path, "sleepers", SLEEPERS)
    status, out, _, _ = run(elf)
    assert status == Exit(0)
    assert out == b"slept 3000 ms: on time\nslept 1000 ms: on time\nslept 2000 ms: on time\n"
    oracle.require("qemu")
    assert oracle.qemu_run(elf).stdout == out


# --- futex semantics, through the handlers --------------------------------------------------


def kernel_with_threads(n: int) -> tuple[Kernel, Process, list[Thread]]:
    """A process (hello.elf, not run) and `n` extra threads of it that we drive by hand."""
    elf = oracle.gcc_compile(HELLO, "O2", flags=FLAGS, libs=["-lm"])
    k = Kernel(engine="ref", stdout=io.BytesIO(), stderr=io.BytesIO(), ram_size=64 << 20)
    p = k.spawn("hello", elf.read_bytes(), ["hello"], [])
    assert p.mm.copy_out(SCRATCH, bytes(64))
    extra = [k.new_thread(p, Context([0] * 32)) for _ in range(n)]
    return k, p, extra


def futex(k: Kernel, t: Thread, *args: int) -> int | str:
    """Call futex for `t`: its result, or "blocked" (the thread is now waiting)."""
    from groundup.kernel.futex import sys_futex

    try:
        return sys_futex(k, t, *(list(args) + [0] * 6)[:6])
    except Block as b:
        k.sched.block(t, b)
        return "blocked"


WAIT, WAKE, REQUEUE, CMP_REQUEUE, WAIT_BITSET, WAKE_BITSET = 0, 1, 3, 4, 9, 10
PRIVATE = 128


def test_futex_wait_checks_the_value_alignment_and_address() -> None:
    k, p, (t,) = kernel_with_threads(1)
    assert futex(k, t, SCRATCH, WAIT, 1) == -11  # EAGAIN: the word is 0
    assert futex(k, t, SCRATCH + 2, WAIT, 0) == -22  # misaligned
    assert futex(k, t, 0, WAIT, 0) == -14  # nothing mapped: EFAULT
    assert futex(k, t, 1 << 45, WAKE | PRIVATE, 1) == -14  # not a user address
    assert futex(k, t, SCRATCH, WAIT_BITSET, 0, 0, 0, 0) == -22  # bitset 0
    assert futex(k, t, SCRATCH, WAKE_BITSET, 1, 0, 0, 0) == -22
    assert futex(k, t, SCRATCH, 6, 0) == -38  # FUTEX_LOCK_PI: not supported
    assert futex(k, t, SCRATCH, WAKE | 256, 1) == -38  # CLOCK_REALTIME on a wake
    assert futex(k, t, SCRATCH, WAKE, 1) == 0  # nobody waits


def test_futex_wake_is_fifo_and_respects_bitsets_and_privacy() -> None:
    k, p, ts = kernel_with_threads(4)
    for i, t in enumerate(ts):
        assert futex(k, t, SCRATCH, WAIT_BITSET | PRIVATE, 0, 0, 0, 1 << (i % 2)) == "blocked"
    assert futex(k, ts[0], SCRATCH, WAKE, 5) == 0  # a shared wake: another key
    assert futex(k, ts[0], SCRATCH, WAKE_BITSET | PRIVATE, 5, 0, 0, 2) == 2
    assert [t.state for t in ts] == [State.BLOCKED, State.RUNNABLE] * 2
    assert futex(k, ts[0], SCRATCH, WAKE | PRIVATE, 1) == 1  # the first that came
    assert ts[0].state is State.RUNNABLE and ts[2].state is State.BLOCKED
    assert ts[0].restart is not None and ts[0].restart.woken  # its call will return 0


def test_futex_requeue_moves_waiters() -> None:
    k, p, ts = kernel_with_threads(4)
    a, b = SCRATCH, SCRATCH + 8
    for t in ts[1:]:
        assert futex(k, t, a, WAIT | PRIVATE, 0) == "blocked"
    assert futex(k, ts[0], a, CMP_REQUEUE | PRIVATE, 1, 5, b, 7) == -11  # *a != 7
    assert futex(k, ts[0], a, CMP_REQUEUE | PRIVATE, 1, 5, b, 0) == 3  # 1 woken + 2 moved
    assert ts[1].state is State.RUNNABLE
    assert futex(k, ts[0], a, WAKE | PRIVATE, 9) == 0
    assert futex(k, ts[0], b, WAKE | PRIVATE, 9) == 2
    assert futex(k, ts[0], a, REQUEUE | PRIVATE, -1, 1, b) == -22


def test_futex_timeout_and_the_restarted_call() -> None:
    k, p, _ = kernel_with_threads(0)
    t = p.leader
    assert t.hart is not None
    assert p.mm.copy_out(SCRATCH + 16, struct.pack("<qq", 0, 5000))  # 5 us, relative
    x = t.hart.x
    x[17], x[10:14] = Sys.FUTEX, [SCRATCH, WAIT | PRIVATE, 0, SCRATCH + 16]
    before = t.hart.time()
    syscall(k, t)
    assert t.state is State.BLOCKED and t.wait is not None and t.wait.reason == "futex"
    k.sched.run(lambda: t.state is State.RUNNING)  # nothing else runs: time jumps
    assert t.hart is not None
    syscall(k, t)  # the same ecall, executed again
    assert t.hart.x[10] == -110  # ETIMEDOUT
    assert t.hart.time() - before >= 5000 and t.restart is None
    assert isinstance(k.futexes, Futexes) and k.futexes.waits == 1


# --- /proc and the flags ---------------------------------------------------------------------

STATUS = r"""
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <dirent.h>
static pthread_barrier_t b;
static void *idle(void *arg) { pthread_barrier_wait(&b); pthread_barrier_wait(&b); return arg; }
int main(void) {
    pthread_t t[2];
    pthread_barrier_init(&b, 0, 3);
    for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, idle, 0);
    pthread_barrier_wait(&b);
    char line[256];
    FILE *f = fopen("/proc/self/status", "r");
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "Threads:", 8) || !strncmp(line, "Name:", 5)) fputs(line, stdout);
    fclose(f);
    int n = 0;
    DIR *d = opendir("/proc/self/task");
    struct dirent *e;
    while ((e = readdir(d))) n += e->d_name[0] != '.';
    closedir(d);
    printf("tasks %d\n", n);
    pthread_barrier_wait(&b);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    return 0;
}
"""


def test_proc_status_and_task_directories(tmp_path: Path) -> None:
    elf = build(tmp_path, "status", STATUS)
    status, out, err, k = run(elf, trace=("sched",), stats=True)
    assert status == Exit(0), err
    assert out == b"Name:\tstatus\nThreads:\t3\ntasks 3\n"
    text = err.decode()
    assert "context switches" in text and "futex waits" in text and "COW copies" in text
    assert "instructions by thread:" in text


def test_run_flags(race: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**oracle._tool_env(), "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}

    def groundup(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "groundup", "run", *args], cwd=race.parent,
                              capture_output=True, check=False, env=env)  # fmt: skip

    bad = groundup("--cpus", "0", race.name)
    assert bad.returncode == 1 and bad.stderr == b"groundup: error: --cpus=0: must be at least 1\n"
    bad = groundup("--trace=sched,nope", race.name)
    assert bad.returncode == 1 and b"--trace=nope: unknown" in bad.stderr
    one = groundup("--cpus", "1", "--quantum", "3000", "--trace=sched", race.name, "2")
    assert one.returncode == 0 and one.stdout == b"40000\n"  # (mode 2: with the mutex)
    lines = one.stderr.decode().splitlines()
    assert all(ln.startswith("[groundup] sched ") and " hart 0: " in ln for ln in lines)
    assert any(ln.endswith("(preempted)") for ln in lines)
    assert any(ln.endswith("(exited)") for ln in lines)


def test_only_a_handlers_signal_interrupts_a_wait() -> None:
    """A blocked call woken by `interrupt` with no signal for a handler pending goes on
    waiting; with one, it completes with EINTR, and the handler's frame saves that a0."""
    k, p, _ = kernel_with_threads(0)
    t = p.leader
    assert t.hart is not None and p.mm.copy_out(SCRATCH + 16, struct.pack("<qq", 100, 0))
    t.hart.x[17], t.hart.x[10:12] = Sys.NANOSLEEP, [SCRATCH + 16, 0]
    syscall(k, t)
    assert t.state is State.BLOCKED and t.wait is not None and t.wait.reason == "sleep"
    k.sched.interrupt(t)
    assert t.state is State.RUNNABLE
    k.sched.run(lambda: t.state is State.RUNNING)
    syscall(k, t)
    assert t.state is State.BLOCKED and t.wait is not None and t.wait.reason == "sleep"
    p.sighand.actions[SIGUSR1] = SigAction(handler=HANDLER)
    send_thread(k, t, SIGUSR1, "a test")
    assert t.state is State.RUNNABLE
    k.sched.run(lambda: t.state is State.RUNNING)
    syscall(k, t)
    hart = t.hart
    assert hart is not None and t.restart is None
    assert hart.time() < 1_000_000_000  # long before the 100 s
    assert hart.x[10] == SIGUSR1 and user_pc(hart) == HANDLER and hart.x[1] == VDSO_BASE
    frame = p.mm.copy_in(hart.x[2], FRAME_SIZE)
    assert frame is not None
    saved_a0 = struct.unpack_from("<q", frame, SIGINFO_SIZE + MCONTEXT_OFFSET + 8 * 10)[0]
    assert saved_a0 == -4  # EINTR
