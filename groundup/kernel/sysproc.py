"""System calls about identity, process groups, time, limits and randomness
(xv6's sysproc.c; processes themselves are in fork.py, exec.py and exit.py).

Every handler takes the kernel, the calling thread and the six argument registers
as signed 64-bit ints, and returns the value for a0: a result, or a negative errno.
Arguments the C prototype declares `int` or `pid_t` are truncated to 32 bits first,
as the Linux entry code does; pointers are masked to 64 unsigned bits and every
user-memory access goes through `mm.copy_in` / `copy_out` (a failure is EFAULT).

Time is virtual unless `--realtime` (design decision 5). One tick of a hart's
clock — a retired instruction, or a tick spent idle — is one nanosecond, as if the
harts ran at 1 GHz and one instruction per cycle:

    CLOCK_MONOTONIC, _RAW, _COARSE, BOOTTIME   ticks since the machine started
    CLOCK_REALTIME, _COARSE, TAI               EPOCH_NS (2000-01-01 00:00:00 UTC) + that
    CLOCK_PROCESS_CPUTIME_ID, _THREAD_         instructions retired (sleep is not CPU time)

so two runs of a program read the same clocks at the same instructions. Sleeping
(nanosleep, clock_nanosleep) blocks the thread until its deadline (sched.py): other
threads run meanwhile, and when nothing runs the clock jumps to the deadline. With
`--realtime` the clocks are the host's and sleeping sleeps.
"""

from __future__ import annotations

import os
import struct
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.kernel.clock import (
    COARSE_CLOCKS,
    COARSE_NS,
    CPU_CLOCKS,
    KTIME_MAX,
    NS,
    NS_PER_TICK,
    SLEEP_CLOCKS,
    TIMER_ABSTIME,
    clock_ns,
    hart_of,
    monotonic_ns,
    process_cputime_ns,
    realtime_ns,
    thread_cputime_ns,
    to_monotonic,
)
from groundup.kernel.errno import Errno
from groundup.kernel.param import STACK_LIMIT
from groundup.kernel.sched import Block
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process, Thread


# --- Identity (utsname) ------------------------------------------------------------------

UTS_FIELD = 65  # __NEW_UTS_LEN + 1: each of the six utsname fields is this many bytes
UTSNAME = (
    b"Linux",  # sysname
    b"groundup",  # nodename: fixed, so that output does not depend on the host
    b"6.1.0-groundup",  # release: what glibc and programs parse as the kernel version
    b"#1 SMP groundup",  # version
    b"riscv64",  # machine
    b"(none)",  # domainname
)


def sys_uname(k: Kernel, t: Thread, buf: int, *_: int) -> int:
    data = b"".join(f.ljust(UTS_FIELD, b"\0") for f in UTSNAME)
    return 0 if t.proc.mm.copy_out(buf & M64, data) else -Errno.EFAULT


def sys_getpid(k: Kernel, t: Thread, *_: int) -> int:
    return t.proc.pid


def sys_getppid(k: Kernel, t: Thread, *_: int) -> int:
    return t.proc.ppid


def sys_gettid(k: Kernel, t: Thread, *_: int) -> int:
    return t.tid


# --- Process groups and sessions ----------------------------------------------------------


def _process(k: Kernel, t: Thread, pid: int) -> Process | None:
    """The process `pid` names (0: the caller's)."""
    pid = wrap32(pid)
    return t.proc if pid == 0 else k.procs.get(pid)


def sys_getpgid(k: Kernel, t: Thread, pid: int, *_: int) -> int:
    q = _process(k, t, pid)
    return -Errno.ESRCH if q is None else q.pgid


def sys_getsid(k: Kernel, t: Thread, pid: int, *_: int) -> int:
    q = _process(k, t, pid)
    return -Errno.ESRCH if q is None else q.sid


def sys_setpgid(k: Kernel, t: Thread, pid: int, pgid: int, *_: int) -> int:
    """Move process `pid` (the caller or one of its children) into group `pgid`."""
    p = t.proc
    p, pgid = t.proc, wrap32(pgid)
    if pgid < 0:
        return -Errno.EINVAL
    q = _process(k, t, pid)
    if q is None or (q is not p and q.parent is not p):
        return -Errno.ESRCH
    if q is not p and q.did_exec:
        return -Errno.EACCES
    if q.sid == q.pid or q.sid != p.sid:
        return -Errno.EPERM
    pgid = pgid or q.pid
    if pgid != q.pid and not any(r.pgid == pgid and r.sid == p.sid for r in k.procs.values()):
        return -Errno.EPERM
    q.pgid = pgid
    return 0


def sys_setsid(k: Kernel, t: Thread, *_: int) -> int:
    """A new session and process group, led by the caller (if it leads no group)."""
    p = t.proc
    p = t.proc
    if any(q.pgid == p.pid for q in k.procs.values()):
        return -Errno.EPERM
    p.sid = p.pgid = p.pid
    return p.pid


def sys_getuid(k: Kernel, t: Thread, *_: int) -> int:
    return os.getuid()  # the host's ids, as exec's AT_UID ... AT_EGID (and qemu-user)


def sys_geteuid(k: Kernel, t: Thread, *_: int) -> int:
    return os.geteuid()


def sys_getgid(k: Kernel, t: Thread, *_: int) -> int:
    return os.getgid()


def sys_getegid(k: Kernel, t: Thread, *_: int) -> int:
    return os.getegid()


def _put_ids(t: Thread, ids: tuple[int, int, int], ptrs: tuple[int, int, int]) -> int:
    for value, ptr in zip(ids, ptrs, strict=True):
        if not t.proc.mm.copy_out(ptr & M64, struct.pack("<I", value)):
            return -Errno.EFAULT
    return 0


def sys_getresuid(k: Kernel, t: Thread, r: int, e: int, s: int, *_: int) -> int:
    return _put_ids(t, (os.getuid(), os.geteuid(), os.geteuid()), (r, e, s))


def sys_getresgid(k: Kernel, t: Thread, r: int, e: int, s: int, *_: int) -> int:
    return _put_ids(t, (os.getgid(), os.getegid(), os.getegid()), (r, e, s))


# --- Thread bookkeeping ----------------------------------------------------------------


def sys_set_tid_address(k: Kernel, t: Thread, tidptr: int, *_: int) -> int:
    t.clear_child_tid = tidptr & M64  # cleared (and futex-woken) when the thread exits
    return t.tid


ROBUST_LIST_HEAD_SIZE = 24  # struct robust_list_head: list, futex_offset, list_op_pending


def sys_set_robust_list(k: Kernel, t: Thread, head: int, size: int, *_: int) -> int:
    if size != ROBUST_LIST_HEAD_SIZE:
        return -Errno.EINVAL
    t.robust_list = head & M64
    return 0


def sys_get_robust_list(k: Kernel, t: Thread, tid: int, head_ptr: int, len_ptr: int,
                        *_: int) -> int:  # fmt: skip
    target = t if wrap32(tid) == 0 else k.threads.get(wrap32(tid))
    if target is None:
        return -Errno.ESRCH
    mm = t.proc.mm
    if not mm.copy_out(head_ptr & M64, struct.pack("<Q", target.robust_list)):
        return -Errno.EFAULT
    if not mm.copy_out(len_ptr & M64, struct.pack("<Q", ROBUST_LIST_HEAD_SIZE)):
        return -Errno.EFAULT
    return 0


def sys_umask(k: Kernel, t: Thread, mask: int, *_: int) -> int:
    p = t.proc
    p = t.proc
    old, p.umask = p.umask, mask & 0o777
    return old


def sys_rseq(k: Kernel, t: Thread, *_: int) -> int:
    """Restartable sequences are optional: glibc and programs carry on without them."""
    return -Errno.ENOSYS


def sys_sched_yield(k: Kernel, t: Thread, *_: int) -> int:
    k.sched.yield_(t)  # the call completes; the thread then waits its turn
    return 0


CPUMASK_BYTES = 8  # the kernel's cpumask: one unsigned long (up to 64 harts)


def sys_sched_getaffinity(k: Kernel, t: Thread, pid: int, size: int, mask: int,
                          *_: int) -> int:  # fmt: skip
    """Every thread may run on every hart. Returns the bytes written, as the system
    call does (glibc zeroes the rest of the caller's cpu_set_t)."""
    size &= 0xFFFF_FFFF
    if wrap32(pid) != 0 and wrap32(pid) not in k.threads:
        return -Errno.ESRCH
    if size * 8 < len(k.machine.harts) or size % 8:
        return -Errno.EINVAL
    n = min(size, CPUMASK_BYTES)
    harts = (1 << len(k.machine.harts)) - 1
    if not t.proc.mm.copy_out(mask & M64, harts.to_bytes(CPUMASK_BYTES, "little")[:n]):
        return -Errno.EFAULT
    return n


# --- Resource limits (asm-generic/resource.h) -------------------------------------------


class Rlimit(IntEnum):
    CPU = 0
    FSIZE = 1
    DATA = 2
    STACK = 3
    CORE = 4
    RSS = 5
    NPROC = 6
    NOFILE = 7
    MEMLOCK = 8
    AS = 9
    LOCKS = 10
    SIGPENDING = 11
    MSGQUEUE = 12
    NICE = 13
    RTPRIO = 14
    RTTIME = 15


RLIM_INFINITY = M64
RLIM_NLIMITS = 16

# (soft, hard) at start, as a Debian login shell has them; the stack's soft limit is
# the stack the address space lets grow (param.STACK_LIMIT).
DEFAULT_LIMITS: dict[int, tuple[int, int]] = {
    Rlimit.STACK: (STACK_LIMIT, RLIM_INFINITY),
    Rlimit.CORE: (0, RLIM_INFINITY),
    Rlimit.NPROC: (4096, 4096),
    Rlimit.NOFILE: (1024, 4096),
    Rlimit.MEMLOCK: (8 << 20, 8 << 20),
    Rlimit.SIGPENDING: (4096, 4096),
    Rlimit.MSGQUEUE: (819200, 819200),
    Rlimit.NICE: (0, 0),
    Rlimit.RTPRIO: (0, 0),
}


def default_limits() -> dict[int, tuple[int, int]]:
    """A new process's limits: everything not listed above is unlimited."""
    return {r: DEFAULT_LIMITS.get(r, (RLIM_INFINITY, RLIM_INFINITY)) for r in range(RLIM_NLIMITS)}


def sys_prlimit64(k: Kernel, t: Thread, pid: int, resource: int, new: int, old: int,
                  *_: int) -> int:  # fmt: skip
    """Read and/or set one limit: new and old point to struct rlimit64 {cur, max}."""
    p = t.proc
    if resource & 0xFFFF_FFFF >= RLIM_NLIMITS:
        return -Errno.EINVAL
    target = _process(k, t, pid)
    if target is None:
        return -Errno.ESRCH
    resource &= 0xFFFF_FFFF
    limit: tuple[int, int] | None = None
    if new:
        data = p.mm.copy_in(new & M64, 16)
        if data is None:
            return -Errno.EFAULT
        cur, hard = struct.unpack("<QQ", data)
        if cur > hard:
            return -Errno.EINVAL
        limit = (cur, hard)
    if old and not p.mm.copy_out(old & M64, struct.pack("<QQ", *target.limits[resource])):
        return -Errno.EFAULT
    if limit is not None:
        target.limits[resource] = limit
    return 0


def sys_getrlimit(k: Kernel, t: Thread, resource: int, rlim: int, *_: int) -> int:
    return sys_prlimit64(k, t, 0, resource, 0, rlim) if rlim else -Errno.EFAULT


def sys_setrlimit(k: Kernel, t: Thread, resource: int, rlim: int, *_: int) -> int:
    return sys_prlimit64(k, t, 0, resource, rlim, 0) if rlim else -Errno.EFAULT


# --- Clocks ------------------------------------------------------------------------------


def _timespec(ns: int) -> bytes:
    return struct.pack("<qq", *divmod(ns, NS))


def _read_timespec(p: Process, va: int) -> int | None | Errno:
    """A struct timespec in user memory as nanoseconds; EFAULT, or EINVAL if invalid."""
    data = p.mm.copy_in(va & M64, 16)
    if data is None:
        return Errno.EFAULT
    sec, nsec = struct.unpack("<qq", data)
    if sec < 0 or not 0 <= nsec < NS:
        return Errno.EINVAL
    return min(sec * NS + nsec, KTIME_MAX)


def sys_clock_gettime(k: Kernel, t: Thread, clockid: int, tp: int, *_: int) -> int:
    ns = clock_ns(k, t, clockid)
    if ns is None:
        return -Errno.EINVAL
    return 0 if t.proc.mm.copy_out(tp & M64, _timespec(ns)) else -Errno.EFAULT


def sys_clock_getres(k: Kernel, t: Thread, clockid: int, res: int, *_: int) -> int:
    if clock_ns(k, t, clockid) is None:
        return -Errno.EINVAL
    ns = COARSE_NS if wrap32(clockid) in COARSE_CLOCKS else 1
    if res and not t.proc.mm.copy_out(res & M64, _timespec(ns)):
        return -Errno.EFAULT
    return 0


def sys_gettimeofday(k: Kernel, t: Thread, tv: int, tz: int, *_: int) -> int:
    """struct timeval {tv_sec, tv_usec}; struct timezone {minuteswest, dsttime} is UTC."""
    mm = t.proc.mm
    sec, ns = divmod(realtime_ns(k, hart_of(k, t)), NS)
    if tv and not mm.copy_out(tv & M64, struct.pack("<qq", sec, ns // 1000)):
        return -Errno.EFAULT
    if tz and not mm.copy_out(tz & M64, struct.pack("<ii", 0, 0)):
        return -Errno.EFAULT
    return 0


def sleep_until(k: Kernel, t: Thread, deadline: int) -> int:
    """Block until the monotonic clock reads `deadline` (the call re-executes then)."""
    if monotonic_ns(k, hart_of(k, t)) >= deadline:
        return 0
    raise Block("sleep", deadline=deadline)


def sys_nanosleep(k: Kernel, t: Thread, req: int, rem: int, *_: int) -> int:
    if t.restart is not None and isinstance(t.restart.deadline, int):
        return sleep_until(k, t, t.restart.deadline)  # a continuation: the same deadline
    ns = _read_timespec(t.proc, req)
    if isinstance(ns, Errno):
        return -ns
    now = monotonic_ns(k, hart_of(k, t))
    return sleep_until(k, t, min(now + (ns or 0), KTIME_MAX))
    # Never interrupted yet, so *rem is left alone (Linux writes it only on EINTR).


def sys_clock_nanosleep(k: Kernel, t: Thread, clockid: int, flags: int, req: int, rem: int,
                        *_: int) -> int:  # fmt: skip
    if t.restart is not None and isinstance(t.restart.deadline, int):
        return sleep_until(k, t, t.restart.deadline)
    clockid = wrap32(clockid)
    if clockid in CPU_CLOCKS:
        return -Errno.EINVAL  # sleeping on the CPU clock of a sleeping process: never wakes
    now = clock_ns(k, t, clockid)
    if now is None or clockid not in SLEEP_CLOCKS:
        return -Errno.EINVAL
    ns = _read_timespec(t.proc, req)
    if isinstance(ns, Errno):
        return -ns
    hart = hart_of(k, t)
    if flags & TIMER_ABSTIME:
        deadline = to_monotonic(k, hart, ns or 0, clockid)
    else:
        deadline = monotonic_ns(k, hart) + (ns or 0)
    return sleep_until(k, t, min(deadline, KTIME_MAX))


USER_HZ = 100  # clock_t ticks per second (AT_CLKTCK)


def sys_times(k: Kernel, t: Thread, buf: int, *_: int) -> int:
    """struct tms {utime, stime, cutime, cstime} in clock ticks; returns ticks since boot."""
    tick, p = NS // USER_HZ, t.proc
    children = p.children_instret * NS_PER_TICK
    fields = struct.pack("<4q", process_cputime_ns(k, p) // tick, 0, children // tick, 0)
    if buf and not p.mm.copy_out(buf & M64, fields):
        return -Errno.EFAULT
    return monotonic_ns(k, hart_of(k, t)) // tick


RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD = 0, -1, 1


def sys_getrusage(k: Kernel, t: Thread, who: int, usage: int, *_: int) -> int:
    """struct rusage: ru_utime, ru_stime (timevals), then 14 longs from ru_maxrss on."""
    p, who = t.proc, wrap32(who)
    if who not in (RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD):
        return -Errno.EINVAL
    fields = [0] * 18
    if who == RUSAGE_CHILDREN:
        fields[0:2] = rusage_time(p.children_instret * NS_PER_TICK)
    else:
        ns = thread_cputime_ns(k, t) if who == RUSAGE_THREAD else process_cputime_ns(k, p)
        fields[0:2] = rusage_time(ns)
        fields[4] = resident_pages(p) * 4  # ru_maxrss, KiB: the current size stands in
        fields[10] = p.mm.faults  # ru_minflt: every fault is served in RAM
    ok = p.mm.copy_out(usage & M64, struct.pack("<18q", *fields))
    return 0 if ok else -Errno.EFAULT


def rusage_time(ns: int) -> list[int]:
    """A struct timeval's two fields."""
    sec, ns = divmod(ns, NS)
    return [sec, ns // 1000]


def resident_pages(p: Process) -> int:
    """Pages of the process's address space in RAM (0 until the address space counts)."""
    resident = getattr(p.mm, "resident", None)
    return int(resident()) if callable(resident) else 0


def sys_sysinfo(k: Kernel, t: Thread, info: int, *_: int) -> int:
    """struct sysinfo: uptime, loads[3], totalram ... freeswap, procs, pad, totalhigh,
    freehigh, mem_unit (glibc's qsort asks, through sysconf(_SC_PHYS_PAGES))."""
    p = t.proc
    free = k.frames.available() * 4096 if hasattr(k.frames, "available") else 0
    data = struct.pack(
        "<q3Q6QHH4x2QI4x",
        monotonic_ns(k, hart_of(k, t)) // NS,
        0, 0, 0,
        k.options.ram_size, free, 0, 0, 0, 0,
        len(k.threads), 0,
        0, 0,
        1,
    )  # fmt: skip
    return 0 if p.mm.copy_out(info & M64, data) else -Errno.EFAULT


# --- Randomness ---------------------------------------------------------------------------

GRND_NONBLOCK, GRND_RANDOM, GRND_INSECURE = 1, 2, 4
INT_MAX = (1 << 31) - 1
CHUNK = 4096


def sys_getrandom(k: Kernel, t: Thread, buf: int, count: int, flags: int, *_: int) -> int:
    """Bytes from the kernel's generator, seeded by --seed: the same stream every run.
    It is always "initialized", so GRND_NONBLOCK never has to say EAGAIN."""
    p = t.proc
    flags &= 0xFFFF_FFFF
    if flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE):
        return -Errno.EINVAL
    if flags & (GRND_INSECURE | GRND_RANDOM) == GRND_INSECURE | GRND_RANDOM:
        return -Errno.EINVAL
    count, buf, done = min(count & M64, INT_MAX), buf & M64, 0
    while done < count:
        n = min(CHUNK - (buf + done) % CHUNK, count - done)
        if not p.mm.copy_out(buf + done, k.random.randbytes(n)):
            break
        done += n
    return done if done or not count else -Errno.EFAULT


HANDLERS: dict[int, Handler] = {
    Sys.SET_TID_ADDRESS: sys_set_tid_address,
    Sys.SET_ROBUST_LIST: sys_set_robust_list,
    Sys.GET_ROBUST_LIST: sys_get_robust_list,
    Sys.SCHED_YIELD: sys_sched_yield,
    Sys.UMASK: sys_umask,
    Sys.RSEQ: sys_rseq,
    Sys.SCHED_GETAFFINITY: sys_sched_getaffinity,
    Sys.UNAME: sys_uname,
    Sys.GETPID: sys_getpid,
    Sys.GETPPID: sys_getppid,
    Sys.GETTID: sys_gettid,
    Sys.GETPGID: sys_getpgid,
    Sys.GETSID: sys_getsid,
    Sys.SETPGID: sys_setpgid,
    Sys.SETSID: sys_setsid,
    Sys.GETUID: sys_getuid,
    Sys.GETEUID: sys_geteuid,
    Sys.GETGID: sys_getgid,
    Sys.GETEGID: sys_getegid,
    Sys.GETRESUID: sys_getresuid,
    Sys.GETRESGID: sys_getresgid,
    Sys.PRLIMIT64: sys_prlimit64,
    Sys.GETRLIMIT: sys_getrlimit,
    Sys.SETRLIMIT: sys_setrlimit,
    Sys.CLOCK_GETTIME: sys_clock_gettime,
    Sys.CLOCK_GETRES: sys_clock_getres,
    Sys.GETTIMEOFDAY: sys_gettimeofday,
    Sys.NANOSLEEP: sys_nanosleep,
    Sys.CLOCK_NANOSLEEP: sys_clock_nanosleep,
    Sys.TIMES: sys_times,
    Sys.GETRUSAGE: sys_getrusage,
    Sys.SYSINFO: sys_sysinfo,
    Sys.GETRANDOM: sys_getrandom,
}
