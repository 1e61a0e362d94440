"""Signals: numbers, dispositions, masks, sending and default actions.

Who holds what (as Linux divides it):

    Process.sighand   the dispositions (struct sigaction per signal), shared by the
                      threads of a group (CLONE_SIGHAND), copied by fork, reset by exec
    Process.pending   signals sent to the process (kill): any thread may take one
    Thread.sig        the blocked mask, the thread's own pending signals (tkill,
                      tgkill, faults) and its alternate stack

A signal is *sent* (`send_process`, `send_thread`): one that would be ignored and is
not blocked is dropped at once, as Linux does; otherwise it becomes pending. It is
*delivered* (`deliver_pending`) when a thread that does not block it returns to
user mode: after each system call, and before each slice the scheduler gives a
thread. A signal sent to another thread or process is delivered to its target at
once if that kills it (its default action), so a blocked target does not linger.
Delivery takes the default action — terminate (the whole thread group), ignore,
or stop (the whole group, until SIGCONT; the parent learns of both through
SIGCHLD and wait4's WUNTRACED / WCONTINUED). *Running a handler* the program
installed needs signal frames and rt_sigreturn, which come with a later issue;
until then such a signal is reported as not supported and its default action is
taken. Where the handler-running code goes: `take_signal` (build the frame on the
thread's stack, or the alternate one) and, for a thread blocked in a call,
`Scheduler.interrupt` (the call then completes with -EINTR).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.kernel.errno import Errno
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process, Thread


class Sig(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPWR = 30
    SIGSYS = 31


# What bash prints when a job dies of the signal (strsignal() wording).
DESCRIPTION = {
    Sig.SIGHUP: "Hangup",
    Sig.SIGINT: "Interrupt",
    Sig.SIGQUIT: "Quit",
    Sig.SIGILL: "Illegal instruction",
    Sig.SIGTRAP: "Trace/breakpoint trap",
    Sig.SIGABRT: "Aborted",
    Sig.SIGBUS: "Bus error",
    Sig.SIGFPE: "Floating point exception",
    Sig.SIGKILL: "Killed",
    Sig.SIGUSR1: "User defined signal 1",
    Sig.SIGSEGV: "Segmentation fault",
    Sig.SIGUSR2: "User defined signal 2",
    Sig.SIGPIPE: "Broken pipe",
    Sig.SIGALRM: "Alarm clock",
    Sig.SIGTERM: "Terminated",
    Sig.SIGSTKFLT: "Stack fault",
    Sig.SIGCHLD: "Child exited",
    Sig.SIGCONT: "Continued",
    Sig.SIGSTOP: "Stopped (signal)",
    Sig.SIGTSTP: "Stopped",
    Sig.SIGTTIN: "Stopped (tty input)",
    Sig.SIGTTOU: "Stopped (tty output)",
    Sig.SIGURG: "Urgent I/O condition",
    Sig.SIGXCPU: "CPU time limit exceeded",
    Sig.SIGXFSZ: "File size limit exceeded",
    Sig.SIGVTALRM: "Virtual timer expired",
    Sig.SIGPROF: "Profiling timer expired",
    Sig.SIGWINCH: "Window changed",
    Sig.SIGIO: "I/O possible",
    Sig.SIGPWR: "Power failure",
    Sig.SIGSYS: "Bad system call",
}


# --- Dispositions and masks ------------------------------------------------------------

NSIG = 64
SIG_DFL, SIG_IGN = 0, 1
SA_NOCLDWAIT = 2
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
class SigHand:
    """A thread group's dispositions (shared by CLONE_SIGHAND)."""

    actions: dict[int, SigAction] = field(default_factory=dict)  # absent: SIG_DFL
    reported: set[int] = field(default_factory=set)  # handlers reported as not run

    def action(self, sig: int) -> SigAction:
        return self.actions.get(sig) or SigAction()

    def copy(self) -> SigHand:
        return SigHand({n: SigAction(a.handler, a.flags, a.mask) for n, a in self.actions.items()})

    def reset_for_exec(self) -> None:
        """execve: caught signals go back to SIG_DFL; ignored ones stay ignored."""
        self.actions = {n: a for n, a in self.actions.items() if a.handler == SIG_IGN}


@dataclass(eq=False, slots=True)
class ThreadSignals:
    """One thread's mask, its own pending signals and its alternate signal stack."""

    blocked: int = 0  # sigset: bit n-1 for signal n
    pending: int = 0
    altstack: tuple[int, int, int] = (0, SS_DISABLE, 0)  # ss_sp, ss_flags, ss_size
    origin: dict[int, str] = field(default_factory=dict)  # why each pending signal was sent


def signal_name(sig: int) -> str:
    if sig in Sig._value2member_map_:
        return Sig(sig).name
    return f"SIGRT_{sig - 32}" if 32 <= sig <= NSIG else f"signal {sig}"


def ignored(p: Process, sig: int) -> bool:
    """Would `sig` do nothing now: SIG_IGN, or SIG_DFL with an "ignore" default?"""
    if (1 << (sig - 1)) & UNBLOCKABLE:
        return False
    handler = p.sighand.action(sig).handler
    return handler == SIG_IGN or (handler == SIG_DFL and DEFAULT_ACTION.get(sig) is Action.IGNORE)


# --- Sending ---------------------------------------------------------------------------------


def _prepare(k: Kernel, p: Process, bit: int) -> None:
    """What sending does before anything else (Linux's prepare_signal): SIGCONT
    continues a stopped group; a stop signal cancels a pending SIGCONT."""
    if bit == CONT_BIT:
        continue_group(k, p)
    elif bit & STOP_SIGNALS:
        p.pending &= ~CONT_BIT
        for t in p.threads:
            t.sig.pending &= ~CONT_BIT


def send_thread(k: Kernel, t: Thread, sig: int, why: str) -> None:
    """Make `sig` pending for thread `t` (tkill, tgkill, a fault)."""
    p, bit = t.proc, 1 << (sig - 1)
    if p.alive:
        _prepare(k, p, bit)
    if not p.alive or not t.alive or (ignored(p, sig) and not t.sig.blocked & bit):
        return
    t.sig.pending |= bit
    t.sig.origin[sig] = why
    _complete(k, t, bit)


def send_process(k: Kernel, p: Process, sig: int, why: str) -> None:
    """Make `sig` pending for process `p` (kill): the first thread not blocking it takes it."""
    bit = 1 << (sig - 1)
    live = [t for t in p.threads if t.alive]
    if not p.alive or not live:
        return
    _prepare(k, p, bit)
    if ignored(p, sig) and any(not t.sig.blocked & bit for t in live):
        return
    p.pending |= bit
    p.origin[sig] = why
    target = next((t for t in live if not t.sig.blocked & bit), None)
    if target is not None:
        _complete(k, target, bit)


def _complete(k: Kernel, t: Thread, bit: int) -> None:
    """A signal `t` does not block is pending: deliver it now, unless the thread in the
    kernel (the sender) belongs to the same group and can take it on its way out."""
    if t.sig.blocked & bit and not bit & UNBLOCKABLE:
        return
    if t.proc.stopped and bit != 1 << (Sig.SIGKILL - 1):
        return  # a stopped group takes its signals when continued (SIGKILL: at once)
    current = k.sched.in_kernel
    if current is not None and current.proc is t.proc and not current.sig.blocked & bit:
        return
    k.deliver(t)


# --- Delivering -------------------------------------------------------------------------


def take_signal(k: Kernel, t: Thread, sig: int, why: str) -> None:
    """What a delivered signal does: nothing if ignored, else its default action."""
    p = t.proc
    handler = SIG_DFL if (1 << (sig - 1)) & UNBLOCKABLE else p.sighand.action(sig).handler
    if handler == SIG_IGN:
        return
    if handler != SIG_DFL and sig not in p.sighand.reported:
        p.sighand.reported.add(sig)
        k.report(f"{p.name}: not supported: running the {signal_name(sig)} handler at "
                 f"{handler:#x} (signal delivery); taking the default action")  # fmt: skip
    action = DEFAULT_ACTION.get(sig, Action.TERMINATE)
    if action is Action.TERMINATE:
        k.kill(p, sig, why)
    elif action is Action.STOP:
        stop_group(k, p, sig)


# --- Job control: stopping and continuing ------------------------------------------------

SIGCONT, SA_NOCLDSTOP = 18, 1
STOP_SIGNALS = (1 << (19 - 1)) | (1 << (20 - 1)) | (1 << (21 - 1)) | (1 << (22 - 1))
CONT_BIT = 1 << (SIGCONT - 1)


def stop_group(k: Kernel, p: Process, sig: int) -> None:
    """A stop signal's default action: every thread of the group stops, and the parent
    hears of it (SIGCHLD, unless SA_NOCLDSTOP; wait4 with WUNTRACED)."""
    if p.stopped or not p.alive:
        return
    p.stopped, p.news = sig, "stopped"
    for t in p.live_threads():
        k.sched.stop(t)
    _tell_parent(k, p)


def continue_group(k: Kernel, p: Process) -> None:
    """SIGCONT, whatever its disposition: a stopped group runs again; pending stop
    signals are discarded (and a SIGCONT cancels nothing else)."""
    p.pending &= ~STOP_SIGNALS
    for t in p.threads:
        t.sig.pending &= ~STOP_SIGNALS
    if not p.stopped:
        return
    p.stopped, p.news = 0, "continued"
    for t in p.live_threads():
        k.sched.resume(t)
    _tell_parent(k, p)


def _tell_parent(k: Kernel, p: Process) -> None:
    parent = p.parent
    if parent is None or parent is k.init:
        return
    if not parent.sighand.action(SIGCHLD_).flags & SA_NOCLDSTOP:
        send_process(k, parent, SIGCHLD_, f"child {p.pid} {p.news}")
    parent.child_exit.wake(k.sched)


SIGCHLD_ = 17


def deliver_pending(k: Kernel, t: Thread) -> None:
    """On the way back to user mode: take every pending signal `t` does not block,
    lowest number first (its own before the process's)."""
    st, p = t.sig, t.proc
    while p.alive and t.alive:
        ready = (st.pending | p.pending) & ~st.blocked
        if p.stopped:
            ready &= UNBLOCKABLE & ~STOP_SIGNALS  # a stopped group takes SIGKILL alone
        if not ready:
            break
        bit = ready & -ready
        sig = bit.bit_length()
        if st.pending & bit:
            st.pending &= ~bit
            why = st.origin.pop(sig, "pending")
        else:
            p.pending &= ~bit
            why = p.origin.pop(sig, "pending")
        take_signal(k, t, sig, why)


# --- System calls ------------------------------------------------------------------------


def _valid_signal(sig: int) -> bool:
    return 1 <= sig <= NSIG


def sys_rt_sigaction(k: Kernel, t: Thread, sig: int, act: int, oldact: int, setsize: int,
                     *_: int) -> int:  # fmt: skip
    p = t.proc
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
    old = p.sighand.action(sig)
    if new is not None:
        p.sighand.actions[sig] = new
        if ignored(p, sig):  # POSIX: ignoring a signal discards a pending instance
            bit = 1 << (sig - 1)
            p.pending &= ~bit
            for other in p.threads:
                other.sig.pending &= ~bit
    if oldact and not p.mm.copy_out(oldact & M64, old.pack()):
        return -Errno.EFAULT
    return 0


def sys_rt_sigprocmask(k: Kernel, t: Thread, how: int, set_: int, oldset: int, setsize: int,
                       *_: int) -> int:  # fmt: skip
    if setsize != SIGSET_BYTES:
        return -Errno.EINVAL
    st, mm = t.sig, t.proc.mm
    old = st.blocked
    if set_:
        data = mm.copy_in(set_ & M64, SIGSET_BYTES)
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
    if oldset and not mm.copy_out(oldset & M64, old.to_bytes(SIGSET_BYTES, "little")):
        return -Errno.EFAULT
    return 0  # a signal this unblocks is delivered on the way out (deliver_pending)


def sys_rt_sigpending(k: Kernel, t: Thread, set_: int, setsize: int, *_: int) -> int:
    if setsize & M64 > SIGSET_BYTES:
        return -Errno.EINVAL
    waiting = (t.sig.pending | t.proc.pending) & t.sig.blocked
    data = waiting.to_bytes(SIGSET_BYTES, "little")
    return 0 if t.proc.mm.copy_out(set_ & M64, data[: setsize & M64]) else -Errno.EFAULT


def sys_sigaltstack(k: Kernel, t: Thread, ss: int, old_ss: int, *_: int) -> int:
    """stack_t: ss_sp (8 bytes), ss_flags (int, then 4 bytes of padding), ss_size."""
    mm = t.proc.mm
    new: tuple[int, int, int] | None = None
    if ss:
        data = mm.copy_in(ss & M64, 24)
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
    if old_ss and not mm.copy_out(old_ss & M64, struct.pack("<Qi4xQ", *t.sig.altstack)):
        return -Errno.EFAULT
    if new is not None:
        t.sig.altstack = new
    return 0


def _why(t: Thread, target: Process, call: str) -> str:
    if target is t.proc:
        return f"sent by the process itself ({call})"
    return f"sent by process {t.proc.pid} ({call})"


def kill_targets(k: Kernel, t: Thread, pid: int) -> list[Process]:
    """The processes kill(pid, ...) reaches: one, a process group, or everyone."""
    p = t.proc
    if pid > 0:
        q = k.procs.get(pid)
        return [q] if q is not None else []
    if pid == -1:  # everyone but init and the caller
        return [q for q in k.procs.values() if q.pid > 1 and q is not p]
    group = p.pgid if pid == 0 else -pid
    return [q for q in k.procs.values() if q.pgid == group and q.pid > 1]


def sys_kill(k: Kernel, t: Thread, pid: int, sig: int, *_: int) -> int:
    """kill: pid > 0 one process, 0 the caller's group, -1 everyone, < -1 group -pid."""
    sig, pid = wrap32(sig), wrap32(pid)
    if not 0 <= sig <= NSIG:
        return -Errno.EINVAL
    targets = kill_targets(k, t, pid)
    if not targets:
        return -Errno.ESRCH
    for q in targets:
        if sig and q.pid > 1:  # init takes only the signals it handles: none
            send_process(k, q, sig, _why(t, q, "kill"))
    return 0


def _signal_thread(k: Kernel, t: Thread, target: Thread | None, sig: int, call: str) -> int:
    if not 0 <= sig <= NSIG:
        return -Errno.EINVAL
    if target is None or not target.alive:
        return -Errno.ESRCH
    if sig:
        send_thread(k, target, sig, _why(t, target.proc, call))
    return 0


def sys_tkill(k: Kernel, t: Thread, tid: int, sig: int, *_: int) -> int:
    tid = wrap32(tid)
    if tid <= 0:
        return -Errno.EINVAL
    return _signal_thread(k, t, k.threads.get(tid), wrap32(sig), "tkill")


def sys_tgkill(k: Kernel, t: Thread, tgid: int, tid: int, sig: int, *_: int) -> int:
    tgid, tid = wrap32(tgid), wrap32(tid)
    if tgid <= 0 or tid <= 0:
        return -Errno.EINVAL
    target = k.threads.get(tid)
    if target is not None and target.proc.pid != tgid:
        target = None
    return _signal_thread(k, t, target, wrap32(sig), "tgkill")


HANDLERS: dict[int, Handler] = {
    Sys.RT_SIGACTION: sys_rt_sigaction,
    Sys.RT_SIGPROCMASK: sys_rt_sigprocmask,
    Sys.RT_SIGPENDING: sys_rt_sigpending,
    Sys.SIGALTSTACK: sys_sigaltstack,
    Sys.KILL: sys_kill,
    Sys.TKILL: sys_tkill,
    Sys.TGKILL: sys_tgkill,
}
