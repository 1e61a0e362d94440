"""Processes: fork with copy-on-write, execve, exit and wait, clone's flags, the limit.

COW is measured on the kernel's own counters (frames in use, pages copied); the
programs' output is compared with qemu where it is deterministic.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import oracle
import pytest
from test_sched import HELLO, SCRATCH, build, run

from groundup.kernel.exit import siginfo
from groundup.kernel.fork import CLONE_SIGHAND, CLONE_THREAD, CLONE_VM
from groundup.kernel.proc import Exit, Kernel, Process
from groundup.kernel.vm import PTE_COW
from groundup.kernel.vma import Prot

pytestmark = oracle.requires_oracle("gcc")
P = 4096
FLAGS = ["-static", "-pthread", "-march=rv64gc", "-mabi=lp64d"]


def same_as_qemu(elf: Path, out: bytes, status: Exit) -> None:
    oracle.require("qemu")
    want = oracle.qemu_run(elf)
    assert (out, status.code) == (want.stdout, want.status)


# --- copy-on-write, on the address space ----------------------------------------------------


def hello_kernel() -> tuple[Kernel, Process]:
    elf = oracle.gcc_compile(HELLO, "O2", flags=FLAGS, libs=["-lm"])
    k = Kernel(engine="ref", stdout=io.BytesIO(), stderr=io.BytesIO(), ram_size=64 << 20)
    return k, k.spawn("hello", elf.read_bytes(), ["hello"], [])


def test_fork_shares_every_frame_and_copies_exactly_the_written_pages() -> None:
    k, p = hello_kernel()
    mm, area = p.mm, 0x2000_0000
    mm.map(area, area + 64 * P, Prot.READ | Prot.WRITE)
    assert mm.copy_out(area, bytes(range(256)) * (64 * P // 256))
    used = k.frames.in_use()
    child = mm.fork()
    tables = k.frames.in_use() - used
    assert tables < 12  # only the child's page tables are new: no page was copied
    assert child.resident() == mm.resident()
    va, flags = area + 5 * P, mm.pagetable.lookup(area + 5 * P)
    assert flags is not None and flags[1] & PTE_COW  # read-only in the parent too
    assert child.copy_out(va, b"child")
    assert (child.cow_copies, mm.cow_copies) == (1, 0)
    assert k.frames.in_use() == used + tables + 1  # exactly one page copied
    assert mm.copy_in(va, 5) == bytes(range(5)) and child.copy_in(va, 5) == b"child"
    assert mm.copy_out(va, b"mine")  # its frame has one user now: no copy, W comes back
    assert mm.cow_copies == 0 and k.frames.in_use() == used + tables + 1
    child.destroy()
    assert k.frames.in_use() == used  # shared frames stay with the parent
    assert mm.copy_out(area + 9 * P, b"x") and mm.cow_copies == 0


def test_shared_anonymous_memory_stays_shared_after_fork() -> None:
    k, p = hello_kernel()
    mm, area = p.mm, 0x2000_0000
    mm.map(area, area + 2 * P, Prot.READ | Prot.WRITE, shared=True)
    assert mm.copy_out(area, b"before")
    child = mm.fork()
    assert child.copy_out(area, b"after!")
    assert mm.copy_in(area, 6) == b"after!" and child.cow_copies == 0


COW = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#define MB (1 << 20)
int main(int argc, char **argv) {
    int children = atoi(argv[1]), writes = atoi(argv[2]);
    char *heap = malloc(16 * MB);
    memset(heap, 7, 16 * MB);
    for (int i = 0; i < children; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            long sum = 0;
            for (long j = 0; j < 16 * MB; j += 4096) sum += heap[j];
            for (int j = 0; j < writes; j++) heap[j * 4096] = 1;
            _exit(sum == 7L * 16 * 256 ? 0 : 1);
        }
        int status;
        if (waitpid(pid, &status, 0) != pid || status != 0) return 2;
    }
    puts("ok");
    return 0;
}
"""


def test_fork_of_a_big_heap_costs_no_copies(tmp_path: Path) -> None:
    elf = build(tmp_path, "cow", COW)
    peak = {"frames": 0}
    original = Kernel.__init__

    def tracking(self: Kernel, *a: object, **kw: object) -> None:
        original(self, *a, **kw)  # type: ignore[arg-type]
        alloc = self.frames.alloc

        def counted() -> int:
            pa = alloc()
            peak["frames"] = max(peak["frames"], self.frames.in_use())
            return pa

        self.frames.alloc = counted  # type: ignore[method-assign]

    mp = pytest.MonkeyPatch()
    mp.setattr(Kernel, "__init__", tracking)
    try:
        status, out, err, k = run(elf, "50", "3", stats=True)
    finally:
        mp.undo()
    assert (status, out) == (Exit(0), b"ok\n"), err
    heap_frames = 16 * 256
    assert peak["frames"] < heap_frames + 2048  # within a few MiB of the parent's 16
    assert f"COW copies            {k.stats.cow_copies:,} pages" in err.decode()
    assert k.stats.cow_copies >= 150  # each child's 3 writes copied (plus its stack)
    assert k.stats.cow_copies < 150 + 50 * 16


# --- fork, exec, wait ------------------------------------------------------------------------

FAMILY = r"""
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
    if (argc > 1) {  /* the image a child execs */
        printf("exec'd with %s %s\n", argv[1], getenv("GREETING"));
        return atoi(argv[1]);
    }
    pid_t me = getpid();
    for (int code = 0; code < 3; code++) {
        fflush(stdout);  /* else the child inherits (and prints) what is buffered */
        pid_t pid = fork();
        if (pid == 0) {
            printf("child %d: parent ok %d\n", code, getppid() == me);
            fflush(stdout);
            if (code == 2) {
                char *args[] = {"family", "7", NULL}, *env[] = {"GREETING=hi", NULL};
                execve("/proc/self/exe", args, env);
                _exit(99);
            }
            _exit(code);
        }
        int status;
        pid_t got = waitpid(pid, &status, 0);
        printf("reaped %d: exited %d code %d\n", got == pid, WIFEXITED(status),
               WEXITSTATUS(status));
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) { for (;;) pause(); }
    kill(pid, SIGTERM);
    int status;
    waitpid(pid, &status, 0);
    printf("killed by %d\n", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    printf("no more: %d %s\n", waitpid(-1, &status, WNOHANG), strerror(errno));
    printf("wait4 of a stranger: %d\n", (int)waitpid(1, &status, 0));
    return 0;
}
"""


def test_fork_exec_wait_and_kill(tmp_path: Path) -> None:
    elf = build(tmp_path, "family", FAMILY)
    status, out, err, k = run(elf)
    assert status == Exit(0), err
    assert out.decode().splitlines() == [
        "child 0: parent ok 1", "reaped 1: exited 1 code 0",
        "child 1: parent ok 1", "reaped 1: exited 1 code 1",
        "child 2: parent ok 1", "exec'd with 7 hi", "reaped 1: exited 1 code 7",
        "killed by 15", "no more: -1 No child processes", "wait4 of a stranger: -1",
    ]  # fmt: skip
    assert err == b""  # a child killed by its parent is no news for stderr
    assert list(k.procs) == [1]  # everyone reaped (qemu cannot exec /proc/self/exe)


def test_wait_status_and_siginfo_encoding() -> None:
    assert Exit(status=3).wait_status == 0x300
    assert Exit(status=256 + 5).wait_status == 0x500
    assert Exit(signal=9).wait_status == 9 and Exit(signal=15).code == 143
    p = Process(7, "x", None, None, result=Exit(signal=11))  # type: ignore[arg-type]
    signo, errno_, code, pid, _uid, status = struct.unpack_from("<iii4xiIi", siginfo(p))
    assert (signo, errno_, code, pid, status) == (17, 0, 2, 7, 11)  # CLD_KILLED
    assert siginfo(None) == bytes(128)


BOMB = r"""
#include <errno.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    int made = 0, again = 0;
    for (int i = 0; i < 200; i++) {
        pid_t pid = fork();
        if (pid == 0) { pause(); _exit(0); }
        if (pid < 0) { again += errno == EAGAIN; break; }
        made++;
    }
    printf("made %d, then EAGAIN %d\n", made, again);
    return 0;
}
"""


def test_fork_bomb_stops_at_the_process_limit(tmp_path: Path) -> None:
    status, out, err, k = run(build(tmp_path, "bomb", BOMB), max_procs=10)
    assert (status, out) == (Exit(0), b"made 9, then EAGAIN 1\n"), err
    assert list(k.procs) == [1]  # the children were killed when the program ended


def test_clone_flag_checks() -> None:
    k, p = hello_kernel()
    from groundup.kernel.fork import sys_clone

    t = p.leader
    assert sys_clone(k, t, CLONE_THREAD, 0, 0, 0, 0) == -22  # a thread needs CLONE_SIGHAND
    assert sys_clone(k, t, CLONE_SIGHAND, 0, 0, 0, 0) == -22  # ... which needs CLONE_VM
    assert sys_clone(k, t, 0x2000_0000, 0, 0, 0, 0) == -22  # CLONE_NEWPID: not supported
    assert sys_clone(k, t, 65, 0, 0, 0, 0) == -22  # exit signal 65
    tid = sys_clone(k, t, CLONE_VM | CLONE_SIGHAND | CLONE_THREAD, 0x1234_0000, 0, 0, 0)
    child = k.threads[tid]
    assert child.proc is p and child.context.x[2] == 0x1234_0000 and child.context.x[10] == 0
    pid = sys_clone(k, t, 17, 0, 0, 0, 0)
    assert k.procs[pid].parent is p and k.procs[pid].mm is not p.mm


def test_execve_errors(tmp_path: Path) -> None:
    k, p = hello_kernel()
    from groundup.kernel.exec import sys_execve

    t = p.leader
    mm = p.mm
    assert mm.copy_out(SCRATCH, b"/nonexistent\0/dev\0/dev/null\0/proc/self/maps\0")
    argv = SCRATCH + 256
    assert mm.copy_out(argv, struct.pack("<QQ", SCRATCH, 0))
    assert sys_execve(k, t, SCRATCH, argv, 0) == -2  # ENOENT
    assert sys_execve(k, t, SCRATCH + 13, argv, 0) == -13  # a directory: EACCES
    assert sys_execve(k, t, SCRATCH + 18, argv, 0) == -13  # a device: EACCES
    assert sys_execve(k, t, 0, argv, 0) == -14
    assert mm.copy_out(argv, struct.pack("<QQ", 8, 0))
    assert sys_execve(k, t, SCRATCH + 28, argv, 0) == -14  # a bad argv string
    big = b"x" * (200 << 10) + b"\0"
    assert mm.copy_out(SCRATCH - len(big) - 64, big)
    assert mm.copy_out(argv, struct.pack("<QQ", SCRATCH - len(big) - 64, 0))
    assert sys_execve(k, t, SCRATCH + 28, argv, 0) == -7  # E2BIG: one string too long
    assert p.alive and p.mm is mm  # nothing happened to the caller


THREADS_EXEC = r"""
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static void *sleeper(void *arg) { for (;;) pause(); return arg; }
static void *execer(void *arg) {
    char *args[] = {"threads_exec", "again", NULL};
    execv("/proc/self/exe", args);
    return arg;
}
int main(int argc, char **argv) {
    if (argc > 1) { printf("new image, pid kept %d\n", getpid() == getppid() + 1); return 5; }
    pthread_t a, b;
    pthread_create(&a, 0, sleeper, 0);
    pthread_create(&b, 0, execer, 0);
    pthread_join(b, 0);
    return 1;
}
"""


def test_exec_from_a_thread_kills_the_others_and_keeps_the_pid(tmp_path: Path) -> None:
    status, out, err, k = run(build(tmp_path, "threads_exec", THREADS_EXEC))
    assert (status, out) == (Exit(5), b"new image, pid kept 1\n"), err
    assert k.main is not None and k.main.pid == 2


STOP = r"""
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) { for (;;) pause(); }
    int status;
    kill(pid, SIGSTOP);
    printf("waited %d, stopped %d by %d\n", waitpid(pid, &status, WUNTRACED) == pid,
           WIFSTOPPED(status), WSTOPSIG(status));
    printf("WNOHANG while stopped: %d\n", (int)waitpid(pid, &status, WNOHANG | WUNTRACED));
    kill(pid, SIGCONT);
    printf("continued %d\n", waitpid(pid, &status, WCONTINUED) == pid && WIFCONTINUED(status));
    kill(pid, SIGSTOP);
    siginfo_t info;
    waitid(P_PID, pid, &info, WSTOPPED);
    printf("waitid: code %d, status %d\n", info.si_code, info.si_status);
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    printf("killed while stopped by %d\n", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return 0;
}
"""


def test_stop_and_continue(tmp_path: Path) -> None:
    elf = build(tmp_path, "stop", STOP)
    status, out, err, _ = run(elf)
    assert status == Exit(0), err
    assert out == (b"waited 1, stopped 1 by 19\nWNOHANG while stopped: 0\ncontinued 1\n"
                   b"waitid: code 5, status 19\nkilled while stopped by 9\n")  # fmt: skip
    same_as_qemu(elf, out, status)


def test_clone3_reads_struct_clone_args() -> None:
    k, p = hello_kernel()
    from groundup.kernel.fork import CLONE_SETTLS, sys_clone3

    t, mm = p.leader, p.mm
    flags = CLONE_VM | CLONE_SIGHAND | CLONE_THREAD | CLONE_SETTLS
    args = struct.pack("<11Q", flags, 0, 0, 0, 0, 0x1000_0000, 0x4000, 0x77, 0, 0, 0)
    assert mm.copy_out(SCRATCH, args + bytes(8))
    assert sys_clone3(k, t, SCRATCH, 63) == -22  # smaller than CLONE_ARGS_SIZE_VER0
    assert sys_clone3(k, t, 0, 88) == -14
    assert mm.copy_out(SCRATCH + 88, b"\1")
    assert sys_clone3(k, t, SCRATCH, 96) == -7  # E2BIG: an unknown field is set
    tid = sys_clone3(k, t, SCRATCH, 88)
    child = k.threads[tid].context
    assert (child.x[2], child.x[4], child.x[10]) == (0x1000_4000, 0x77, 0)  # stack + size
    bad = struct.pack("<11Q", flags, 0, 0, 0, 0, 0x1000_0000, 0, 0, 0, 0, 0)
    assert mm.copy_out(SCRATCH, bad) and sys_clone3(k, t, SCRATCH, 88) == -22  # no size
