"""System calls about processes, identity, time, limits and signals (xv6's sysproc.c).

Every handler takes the kernel, the calling process and the six argument registers
as signed 64-bit ints, and returns the value for a0: a result, or a negative errno.
Arguments the C prototype declares `int` or `pid_t` are truncated to 32 bits first,
as the Linux entry code does; pointers are masked to 64 unsigned bits and every
user-memory access goes through `p.mm.copy_in` / `copy_out` (a failure is EFAULT).

Time is virtual unless `--realtime` (design decision 5). One tick of the hart's
clock — a retired instruction, or a tick spent idle (sleeping) — is one nanosecond,
as if the hart ran at 1 GHz and one instruction per cycle:

    CLOCK_MONOTONIC, _RAW, _COARSE, BOOTTIME   ticks since the machine started
    CLOCK_REALTIME, _COARSE, TAI               EPOCH_NS (2000-01-01 00:00:00 UTC) + that
    CLOCK_PROCESS_CPUTIME_ID, _THREAD_         instructions retired (sleep is not CPU time)

so two runs of a program read the same clocks at the same instructions. Sleeping
(nanosleep, clock_nanosleep) advances the clock by the time asked for without
running anything. With `--realtime` the clocks are the host's and sleeping sleeps.

Signals: dispositions, the blocked mask, pending signals and the alternate stack are
kept and reported exactly (rt_sigaction, rt_sigprocmask, rt_sigpending, sigaltstack).
A signal a process sends itself (kill, tkill, tgkill — abort() and raise() do this)
becomes pending and is delivered, as Linux does, on the way back to user mode once
it is not blocked: ignored, or its default action — terminate (with the shell's
report), ignore, or stop (not supported: reported and ignored). *Running a handler*
the program installed needs signal frames and rt_sigreturn, which come with a later
issue; until then such a signal is reported as not supported and its default action
is taken.
"""

from __future__ import annotations

import os
import struct
import time
from dataclasses import dataclass, field
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
    cputime_ns,
    monotonic_ns,
    realtime_ns,
)
from groundup.kernel.errno import Errno
from groundup.kernel.param import STACK_LIMIT
from groundup.kernel.signal import Sig
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process


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


def sys_uname(k: Kernel, p: Process, buf: int, *_: int) -> int:
    data = b"".join(f.ljust(UTS_FIELD, b"\0") for f in UTSNAME)
    return 0 if p.mm.copy_out(buf & M64, data) else -Errno.EFAULT


def sys_getpid(k: Kernel, p: Process, *_: int) -> int:
    return p.pid


def sys_getppid(k: Kernel, p: Process, *_: int) -> int:
    return p.ppid


def sys_gettid(k: Kernel, p: Process, *_: int) -> int:
    return p.pid  # one thread per process, whose tid is the pid


def sys_getpgid(k: Kernel, p: Process, pid: int, *_: int) -> int:
    """getpgid and getsid: every process leads its own group and session, for now."""
    return p.pid if wrap32(pid) in (0, p.pid) else -Errno.ESRCH


def sys_getuid(k: Kernel, p: Process, *_: int) -> int:
    return os.getuid()  # the host's ids, as exec's AT_UID ... AT_EGID (and qemu-user)


def sys_geteuid(k: Kernel, p: Process, *_: int) -> int:
    return os.geteuid()


def sys_getgid(k: Kernel, p: Process, *_: int) -> int:
    return os.getgid()


def sys_getegid(k: Kernel, p: Process, *_: int) -> int:
    return os.getegid()


def _put_ids(p: Process, ids: tuple[int, int, int], ptrs: tuple[int, int, int]) -> int:
    for value, ptr in zip(ids, ptrs, strict=True):
        if not p.mm.copy_out(ptr & M64, struct.pack("<I", value)):
            return -Errno.EFAULT
    return 0


def sys_getresuid(k: Kernel, p: Process, r: int, e: int, s: int, *_: int) -> int:
    return _put_ids(p, (os.getuid(), os.geteuid(), os.geteuid()), (r, e, s))


def sys_getresgid(k: Kernel, p: Process, r: int, e: int, s: int, *_: int) -> int:
    return _put_ids(p, (os.getgid(), os.getegid(), os.getegid()), (r, e, s))


# --- Exit and thread bookkeeping --------------------------------------------------------


def sys_exit(k: Kernel, p: Process, status: int, *_: int) -> int:
    p.exit(status & 0xFF)
    return 0


def sys_set_tid_address(k: Kernel, p: Process, tidptr: int, *_: int) -> int:
    p.tid_address = tidptr & M64  # cleared (and futex-woken) when the thread exits
    return p.pid


ROBUST_LIST_HEAD_SIZE = 24  # struct robust_list_head: list, futex_offset, list_op_pending


def sys_set_robust_list(k: Kernel, p: Process, head: int, size: int, *_: int) -> int:
    if size != ROBUST_LIST_HEAD_SIZE:
        return -Errno.EINVAL
    p.robust_list = head & M64
    return 0


def sys_get_robust_list(k: Kernel, p: Process, pid: int, head_ptr: int, len_ptr: int,
                        *_: int) -> int:  # fmt: skip
    if wrap32(pid) not in (0, p.pid):
        return -Errno.ESRCH
    if not p.mm.copy_out(head_ptr & M64, struct.pack("<Q", p.robust_list)):
        return -Errno.EFAULT
    if not p.mm.copy_out(len_ptr & M64, struct.pack("<Q", ROBUST_LIST_HEAD_SIZE)):
        return -Errno.EFAULT
    return 0


def sys_umask(k: Kernel, p: Process, mask: int, *_: int) -> int:
    old, p.umask = p.umask, mask & 0o777
    return old


def sys_rseq(k: Kernel, p: Process, *_: int) -> int:
    """Restartable sequences are optional: glibc and programs carry on without them."""
    return -Errno.ENOSYS


def sys_sched_yield(k: Kernel, p: Process, *_: int) -> int:
    return 0  # the only process: it keeps the hart


CPUMASK_BYTES = 8  # the kernel's cpumask: one unsigned long (up to 64 harts)


def sys_sched_getaffinity(k: Kernel, p: Process, pid: int, size: int, mask: int,
                          *_: int) -> int:  # fmt: skip
    """One hart: CPU 0. Returns the bytes written, as the system call does (glibc
    zeroes the rest of the caller's cpu_set_t)."""
    size &= 0xFFFF_FFFF
    if wrap32(pid) not in (0, p.pid):
        return -Errno.ESRCH
    if size * 8 < len(k.machine.harts) or size % 8:
        return -Errno.EINVAL
    n = min(size, CPUMASK_BYTES)
    harts = (1 << len(k.machine.harts)) - 1
    if not p.mm.copy_out(mask & M64, harts.to_bytes(CPUMASK_BYTES, "little")[:n]):
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


def sys_prlimit64(k: Kernel, p: Process, pid: int, resource: int, new: int, old: int,
                  *_: int) -> int:  # fmt: skip
    """Read and/or set one limit: new and old point to struct rlimit64 {cur, max}."""
    if resource & 0xFFFF_FFFF >= RLIM_NLIMITS:
        return -Errno.EINVAL
    if wrap32(pid) not in (0, p.pid):
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
    if old and not p.mm.copy_out(old & M64, struct.pack("<QQ", *p.limits[resource])):
        return -Errno.EFAULT
    if limit is not None:
        p.limits[resource] = limit
    return 0


def sys_getrlimit(k: Kernel, p: Process, resource: int, rlim: int, *_: int) -> int:
    return sys_prlimit64(k, p, 0, resource, 0, rlim) if rlim else -Errno.EFAULT


def sys_setrlimit(k: Kernel, p: Process, resource: int, rlim: int, *_: int) -> int:
    return sys_prlimit64(k, p, 0, resource, rlim, 0) if rlim else -Errno.EFAULT


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


def sys_clock_gettime(k: Kernel, p: Process, clockid: int, tp: int, *_: int) -> int:
    ns = clock_ns(k, p, clockid)
    if ns is None:
        return -Errno.EINVAL
    return 0 if p.mm.copy_out(tp & M64, _timespec(ns)) else -Errno.EFAULT


def sys_clock_getres(k: Kernel, p: Process, clockid: int, res: int, *_: int) -> int:
    if clock_ns(k, p, clockid) is None:
        return -Errno.EINVAL
    ns = COARSE_NS if wrap32(clockid) in COARSE_CLOCKS else 1
    if res and not p.mm.copy_out(res & M64, _timespec(ns)):
        return -Errno.EFAULT
    return 0


def sys_gettimeofday(k: Kernel, p: Process, tv: int, tz: int, *_: int) -> int:
    """struct timeval {tv_sec, tv_usec}; struct timezone {minuteswest, dsttime} is UTC."""
    sec, ns = divmod(realtime_ns(k, p.hart), NS)
    if tv and not p.mm.copy_out(tv & M64, struct.pack("<qq", sec, ns // 1000)):
        return -Errno.EFAULT
    if tz and not p.mm.copy_out(tz & M64, struct.pack("<ii", 0, 0)):
        return -Errno.EFAULT
    return 0


def sleep(k: Kernel, p: Process, ns: int) -> None:
    """Let `ns` nanoseconds pass: on the virtual clock, without running anything."""
    if ns <= 0:
        return
    if k.options.realtime:
        time.sleep(ns / NS)
    else:  # the clock saturates at KTIME_MAX (far below the hart's 64-bit timer compares)
        ticks = -(-ns // NS_PER_TICK)
        p.hart.idle = min(p.hart.idle + ticks, max(KTIME_MAX - p.hart.instret, p.hart.idle))


def sys_nanosleep(k: Kernel, p: Process, req: int, rem: int, *_: int) -> int:
    ns = _read_timespec(p, req)
    if isinstance(ns, Errno):
        return -ns
    sleep(k, p, ns or 0)
    return 0  # never interrupted, so *rem is left alone (Linux writes it only on EINTR)


def sys_clock_nanosleep(k: Kernel, p: Process, clockid: int, flags: int, req: int, rem: int,
                        *_: int) -> int:  # fmt: skip
    if wrap32(clockid) in CPU_CLOCKS:
        return -Errno.EINVAL  # sleeping on the CPU clock of a sleeping process: never wakes
    now = clock_ns(k, p, clockid)
    if now is None or wrap32(clockid) not in SLEEP_CLOCKS:
        return -Errno.EINVAL
    ns = _read_timespec(p, req)
    if isinstance(ns, Errno):
        return -ns
    sleep(k, p, (ns or 0) - now if flags & TIMER_ABSTIME else ns or 0)
    return 0


USER_HZ = 100  # clock_t ticks per second (AT_CLKTCK)


def sys_times(k: Kernel, p: Process, buf: int, *_: int) -> int:
    """struct tms {utime, stime, cutime, cstime} in clock ticks; returns ticks since boot."""
    tick = NS // USER_HZ
    if buf and not p.mm.copy_out(
        buf & M64, struct.pack("<4q", cputime_ns(k, p.hart) // tick, 0, 0, 0)
    ):
        return -Errno.EFAULT
    return monotonic_ns(k, p.hart) // tick


RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD = 0, -1, 1


def sys_getrusage(k: Kernel, p: Process, who: int, usage: int, *_: int) -> int:
    """struct rusage: ru_utime, ru_stime (timevals), then 14 longs from ru_maxrss on."""
    who = wrap32(who)
    if who not in (RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD):
        return -Errno.EINVAL
    fields = [0] * 18
    if who != RUSAGE_CHILDREN:
        sec, ns = divmod(cputime_ns(k, p.hart), NS)
        fields[0:2] = [sec, ns // 1000]
        fields[4] = resident_pages(p) * 4  # ru_maxrss, KiB: the current size stands in
        fields[10] = getattr(p.mm, "faults", 0)  # ru_minflt: every fault is served in RAM
    ok = p.mm.copy_out(usage & M64, struct.pack("<18q", *fields))
    return 0 if ok else -Errno.EFAULT


def resident_pages(p: Process) -> int:
    """Pages of the process's address space in RAM (0 until the address space counts)."""
    resident = getattr(p.mm, "resident", None)
    return int(resident()) if callable(resident) else 0


def sys_sysinfo(k: Kernel, p: Process, info: int, *_: int) -> int:
    """struct sysinfo: uptime, loads[3], totalram ... freeswap, procs, pad, totalhigh,
    freehigh, mem_unit (glibc's qsort asks, through sysconf(_SC_PHYS_PAGES))."""
    free = k.frames.available() * 4096 if hasattr(k.frames, "available") else 0
    data = struct.pack(
        "<q3Q6QHH4x2QI4x",
        monotonic_ns(k, p.hart) // NS,
        0, 0, 0,
        k.options.ram_size, free, 0, 0, 0, 0,
        1, 0,
        0, 0,
        1,
    )  # fmt: skip
    return 0 if p.mm.copy_out(info & M64, data) else -Errno.EFAULT


# --- Randomness ---------------------------------------------------------------------------

GRND_NONBLOCK, GRND_RANDOM, GRND_INSECURE = 1, 2, 4
INT_MAX = (1 << 31) - 1
CHUNK = 4096


def sys_getrandom(k: Kernel, p: Process, buf: int, count: int, flags: int, *_: int) -> int:
    """Bytes from the kernel's generator, seeded by --seed: the same stream every run.
    It is always "initialized", so GRND_NONBLOCK never has to say EAGAIN."""
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


# --- Signals -------------------------------------------------------------------------------

NSIG = 64
SIG_DFL, SIG_IGN = 0, 1
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = 0, 1, 2
SIGSET_BYTES = 8  # the kernel's sigset_t: one 64-bit word, bit (n - 1) for signal n
SS_ONSTACK, SS_DISABLE, SS_AUTODISARM = 1, 2, 1 << 31
MINSIGSTKSZ = 2048  # asm-generic/signal.h
UNBLOCKABLE = (1 << (Sig.SIGKILL - 1)) | (1 << (19 - 1))  # SIGKILL and SIGSTOP


class Action(IntEnum):
    """What a signal does when nobody catches it (signal(7))."""

    TERMINATE = 0  # "Term" and "Core" (no core files are written)
    IGNORE = 1
    STOP = 2
    CONTINUE = 3


# Signals whose default is not to terminate (asm-generic numbers): SIGCHLD, SIGCONT,
# SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGWINCH.
DEFAULT_ACTION = {17: Action.IGNORE, 18: Action.CONTINUE, 19: Action.STOP,
                  20: Action.STOP, 21: Action.STOP, 22: Action.STOP, 23: Action.IGNORE,
                  28: Action.IGNORE}  # fmt: skip


@dataclass(slots=True)
class SigAction:
    """struct sigaction as riscv64 Linux takes it: handler, flags, mask (no restorer)."""

    handler: int = SIG_DFL
    flags: int = 0
    mask: int = 0

    FORMAT = "<QQQ"

    def pack(self) -> bytes:
        return struct.pack(self.FORMAT, self.handler, self.flags, self.mask)


@dataclass(eq=False, slots=True)
class SignalState:
    """A process's signal dispositions and masks (a thread's, when threads come)."""

    actions: dict[int, SigAction] = field(default_factory=dict)  # absent: SIG_DFL
    blocked: int = 0  # sigset: bit n-1 for signal n
    pending: int = 0
    altstack: tuple[int, int, int] = (0, SS_DISABLE, 0)  # ss_sp, ss_flags, ss_size
    reported: set[int] = field(default_factory=set)  # handlers reported as not run
    origin: dict[int, str] = field(default_factory=dict)  # why each pending signal was sent

    def action(self, sig: int) -> SigAction:
        return self.actions.get(sig) or SigAction()


def signal_name(sig: int) -> str:
    if sig in Sig._value2member_map_:
        return Sig(sig).name
    return f"SIGRT_{sig - 32}" if 32 <= sig <= NSIG else f"signal {sig}"


def ignored(p: Process, sig: int) -> bool:
    """Would `sig` do nothing now: SIG_IGN, or SIG_DFL with an "ignore" default?"""
    if (1 << (sig - 1)) & UNBLOCKABLE:
        return False
    handler = p.signals.action(sig).handler
    return handler == SIG_IGN or (handler == SIG_DFL and DEFAULT_ACTION.get(sig) is Action.IGNORE)


def send_signal(k: Kernel, p: Process, sig: int, why: str) -> None:
    """Make `sig` pending for `p` (an ignored, unblocked one is dropped, as Linux does).
    It takes effect when the process next returns to user mode: `deliver_pending`."""
    bit = 1 << (sig - 1)
    if ignored(p, sig) and not p.signals.blocked & bit:
        return
    p.signals.pending |= bit
    p.signals.origin[sig] = why


def take_signal(k: Kernel, p: Process, sig: int, why: str) -> None:
    """What a delivered signal does: nothing if ignored, else its default action."""
    handler = SIG_DFL if (1 << (sig - 1)) & UNBLOCKABLE else p.signals.action(sig).handler
    if handler == SIG_IGN:
        return
    if handler != SIG_DFL and sig not in p.signals.reported:
        p.signals.reported.add(sig)
        k.report(f"{p.name}: not supported: running the {signal_name(sig)} handler at "
                 f"{handler:#x} (signal delivery); taking the default action")  # fmt: skip
    action = DEFAULT_ACTION.get(sig, Action.TERMINATE)
    if action is Action.TERMINATE:
        k.kill(p, sig, why)
    elif action is Action.STOP:
        k.report(f"{p.name}: not supported: stopping on {signal_name(sig)}; ignored")


def deliver_pending(k: Kernel, p: Process) -> None:
    """On the way back to user mode: take every pending signal that is not blocked,
    lowest number first (syscall.syscall calls this after every call)."""
    st = p.signals
    while p.alive and st.pending & ~st.blocked:
        ready = st.pending & ~st.blocked
        bit = ready & -ready
        st.pending &= ~bit
        sig = bit.bit_length()
        take_signal(k, p, sig, st.origin.pop(sig, "pending"))


def _valid_signal(sig: int) -> bool:
    return 1 <= sig <= NSIG


def sys_rt_sigaction(k: Kernel, p: Process, sig: int, act: int, oldact: int, setsize: int,
                     *_: int) -> int:  # fmt: skip
    sig = wrap32(sig)
    if setsize != SIGSET_BYTES or not _valid_signal(sig):
        return -Errno.EINVAL
    new: SigAction | None = None
    if act:
        if (1 << (sig - 1)) & UNBLOCKABLE:
            return -Errno.EINVAL
        data = p.mm.copy_in(act & M64, 24)
        if data is None:
            return -Errno.EFAULT
        handler, flags, mask = struct.unpack(SigAction.FORMAT, data)
        new = SigAction(handler, flags, mask & ~UNBLOCKABLE)
    old = p.signals.action(sig)
    if new is not None:
        p.signals.actions[sig] = new
        if ignored(p, sig):  # POSIX: ignoring a signal discards a pending instance
            p.signals.pending &= ~(1 << (sig - 1))
    if oldact and not p.mm.copy_out(oldact & M64, old.pack()):
        return -Errno.EFAULT
    return 0


def sys_rt_sigprocmask(k: Kernel, p: Process, how: int, set_: int, oldset: int, setsize: int,
                       *_: int) -> int:  # fmt: skip
    if setsize != SIGSET_BYTES:
        return -Errno.EINVAL
    st = p.signals
    old = st.blocked
    if set_:
        data = p.mm.copy_in(set_ & M64, SIGSET_BYTES)
        if data is None:
            return -Errno.EFAULT
        mask = int.from_bytes(data, "little") & ~UNBLOCKABLE
        match wrap32(how):
            case 0:  # SIG_BLOCK
                st.blocked |= mask
            case 1:  # SIG_UNBLOCK
                st.blocked &= ~mask
            case 2:  # SIG_SETMASK
                st.blocked = mask
            case _:
                return -Errno.EINVAL
    if oldset and not p.mm.copy_out(oldset & M64, old.to_bytes(SIGSET_BYTES, "little")):
        return -Errno.EFAULT
    return 0  # a signal this unblocks is delivered on the way out (deliver_pending)


def sys_rt_sigpending(k: Kernel, p: Process, set_: int, setsize: int, *_: int) -> int:
    if setsize & M64 > SIGSET_BYTES:
        return -Errno.EINVAL
    waiting = (p.signals.pending & p.signals.blocked).to_bytes(SIGSET_BYTES, "little")
    return 0 if p.mm.copy_out(set_ & M64, waiting[: setsize & M64]) else -Errno.EFAULT


def sys_sigaltstack(k: Kernel, p: Process, ss: int, old_ss: int, *_: int) -> int:
    """stack_t: ss_sp (8 bytes), ss_flags (int, then 4 bytes of padding), ss_size."""
    new: tuple[int, int, int] | None = None
    if ss:
        data = p.mm.copy_in(ss & M64, 24)
        if data is None:
            return -Errno.EFAULT
        sp, flags, size = struct.unpack("<Qi4xQ", data)
        mode = flags & ~SS_AUTODISARM
        if mode not in (0, SS_ONSTACK, SS_DISABLE):
            return -Errno.EINVAL
        if mode == SS_DISABLE:
            new = (0, SS_DISABLE, 0)
        elif size < MINSIGSTKSZ:
            return -Errno.ENOMEM
        else:
            new = (sp, flags & SS_AUTODISARM, size)
    if old_ss and not p.mm.copy_out(old_ss & M64, struct.pack("<Qi4xQ", *p.signals.altstack)):
        return -Errno.EFAULT
    if new is not None:
        p.signals.altstack = new
    return 0


def _signal_self(k: Kernel, p: Process, sig: int, call: str) -> int:
    if not 0 <= sig <= NSIG:
        return -Errno.EINVAL
    if sig:
        send_signal(k, p, sig, f"sent by the process itself ({call})")
    return 0


def sys_kill(k: Kernel, p: Process, pid: int, sig: int, *_: int) -> int:
    """kill: pid > 0 one process, 0 the caller's group, -1 everyone, < -1 group -pid."""
    if not 0 <= wrap32(sig) <= NSIG:
        return -Errno.EINVAL
    if wrap32(pid) not in (p.pid, 0, -1, -p.pid):
        return -Errno.ESRCH
    return _signal_self(k, p, wrap32(sig), "kill")


def sys_tkill(k: Kernel, p: Process, tid: int, sig: int, *_: int) -> int:
    tid = wrap32(tid)
    if tid <= 0:
        return -Errno.EINVAL
    return _signal_self(k, p, wrap32(sig), "tkill") if tid == p.pid else -Errno.ESRCH


def sys_tgkill(k: Kernel, p: Process, tgid: int, tid: int, sig: int, *_: int) -> int:
    tgid, tid = wrap32(tgid), wrap32(tid)
    if tgid <= 0 or tid <= 0:
        return -Errno.EINVAL
    if (tgid, tid) != (p.pid, p.pid):
        return -Errno.ESRCH
    return _signal_self(k, p, wrap32(sig), "tgkill")


HANDLERS: dict[int, Handler] = {
    Sys.EXIT: sys_exit,
    Sys.EXIT_GROUP: sys_exit,
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
    Sys.GETSID: sys_getpgid,
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
    Sys.RT_SIGACTION: sys_rt_sigaction,
    Sys.RT_SIGPROCMASK: sys_rt_sigprocmask,
    Sys.RT_SIGPENDING: sys_rt_sigpending,
    Sys.SIGALTSTACK: sys_sigaltstack,
    Sys.KILL: sys_kill,
    Sys.TKILL: sys_tkill,
    Sys.TGKILL: sys_tgkill,
}
