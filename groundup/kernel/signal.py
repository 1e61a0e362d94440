"""Signals: numbers, dispositions, masks, sending, and delivery.

Who holds what (as Linux divides it):

    Process.sighand   the dispositions (struct sigaction per signal), shared by the
                      threads of a group (CLONE_SIGHAND), copied by fork, reset by exec
    Process.pending   signals sent to the process (kill): any thread may take one
    Thread.sig        the blocked mask, the thread's own pending signals (tkill,
                      tgkill, faults), its alternate stack, and the set it waits for
                      in rt_sigtimedwait

A signal is *sent* (`send_process`, `send_thread`) with its siginfo: one that would
be ignored and is not blocked is dropped at once, as Linux does; otherwise it
becomes pending (`Pending`: a standard signal once, real-time ones queued). It is
*delivered* (`deliver_pending`) when a thread that does not block it returns to
user mode: after each system call, and before each slice the scheduler gives a
thread (so after a fault and on preemption too). Delivery either

  * runs the program's handler: `sigframe.setup_frame` saves the thread's context
    in a signal frame on its stack (or its alternate stack, SA_ONSTACK) and sends it
    to the handler, with sa_mask (and the signal itself, unless SA_NODEFER) blocked
    until rt_sigreturn restores the frame; SA_RESETHAND resets the disposition; or
  * takes the default action: terminate (the whole thread group), ignore, or stop
    (the whole group, until SIGCONT; the parent learns of both through SIGCHLD and
    wait4's WUNTRACED / WCONTINUED).

A signal for another thread or process is acted on at once (`_complete`): a default
action that kills kills now, so a blocked target does not linger; a signal a handler
catches interrupts the target's blocked system call (`Scheduler.interrupt`), which
then returns -EINTR, the count it moved, or restarts (SA_RESTART; see syscall.py),
and the handler runs as the target returns to user mode. A fault with a handler
goes to it (trap.py); blocked or without one, it kills (`force_signal`).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.kernel.errno import Errno
from groundup.kernel.param import MAX_QUEUED_SIGNALS
from groundup.kernel.sched import Block
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
# sa_flags (asm-generic/signal.h)
SA_NOCLDSTOP, SA_NOCLDWAIT, SA_SIGINFO = 1, 2, 4
SA_ONSTACK, SA_RESTART, SA_NODEFER, SA_RESETHAND = (
    0x0800_0000,
    0x1000_0000,
    0x4000_0000,
    0x8000_0000,
)
# si_code values (asm-generic/siginfo.h)
SI_USER, SI_KERNEL, SI_QUEUE, SI_TKILL = 0, 0x80, -1, -6
SIGINFO_SIZE = 128
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

    def action(self, sig: int) -> SigAction:
        return self.actions.get(sig) or SigAction()

    def copy(self) -> SigHand:
        return SigHand({n: SigAction(a.handler, a.flags, a.mask) for n, a in self.actions.items()})

    def reset_for_exec(self) -> None:
        """execve: caught signals go back to SIG_DFL; ignored ones stay ignored."""
        self.actions = {n: a for n, a in self.actions.items() if a.handler == SIG_IGN}


@dataclass(eq=False, slots=True)
class Pending:
    """Signals sent and not yet delivered, each with its siginfo and why it was sent
    (for the report if it kills). A standard signal is pending once however often it
    is sent; real-time ones (32 and up) queue, each instance delivered in turn."""

    bits: int = 0  # bit n-1 for signal n
    queue: dict[int, list[tuple[bytes, str]]] = field(default_factory=dict)

    def add(self, sig: int, info: bytes, why: str) -> None:
        bit = 1 << (sig - 1)
        if self.bits & bit and (sig < SIGRTMIN or self.full(sig)):
            return
        self.bits |= bit
        self.queue.setdefault(sig, []).append((info, why))

    def full(self, sig: int) -> bool:
        return len(self.queue.get(sig, ())) >= MAX_QUEUED_SIGNALS

    def take(self, sig: int) -> tuple[bytes, str]:
        """Dequeue one instance of `sig` (which is pending)."""
        waiting = self.queue.get(sig) or [(siginfo_user(sig, 0), "pending")]
        first = waiting.pop(0)
        if not waiting:
            self.queue.pop(sig, None)
            self.bits &= ~(1 << (sig - 1))
        return first

    def discard(self, mask: int) -> None:
        self.bits &= ~mask
        for sig in [n for n in self.queue if (1 << (n - 1)) & mask]:
            del self.queue[sig]


@dataclass(eq=False, slots=True)
class ThreadSignals:
    """One thread's mask, its own pending signals and its alternate signal stack."""

    blocked: int = 0  # sigset: bit n-1 for signal n
    pending: Pending = field(default_factory=Pending)
    altstack: tuple[int, int, int] = (0, SS_DISABLE, 0)  # ss_sp, ss_flags, ss_size
    waiting: int = 0  # the signals rt_sigtimedwait is waiting for (taken, not delivered)


SIGRTMIN = 32


def siginfo_user(sig: int, pid: int, code: int = SI_USER, value: int = 0) -> bytes:
    """siginfo_t of a signal a process sent (kill, tgkill, sigqueue) or the kernel did."""
    head = struct.pack("<iii4xiIq", sig, 0, code, pid, os.getuid() if pid else 0, value)
    return head.ljust(SIGINFO_SIZE, b"\0")


def siginfo_fault(sig: int, code: int, addr: int) -> bytes:
    """siginfo_t of a fault: the address that faulted (si_addr)."""
    return struct.pack("<iii4xQ", sig, 0, code, addr & M64).ljust(SIGINFO_SIZE, b"\0")


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
        p.pending.discard(CONT_BIT)
        for t in p.threads:
            t.sig.pending.discard(CONT_BIT)


def send_thread(k: Kernel, t: Thread, sig: int, why: str, info: bytes | None = None) -> None:
    """Make `sig` pending for thread `t` (tkill, tgkill, a fault)."""
    p, bit = t.proc, 1 << (sig - 1)
    if p.alive:
        _prepare(k, p, bit)
    if not p.alive or not t.alive:
        return
    if ignored(p, sig) and not (t.sig.blocked | t.sig.waiting) & bit:
        return
    t.sig.pending.add(sig, info or siginfo_user(sig, 0, SI_KERNEL), why)
    _complete(k, t, bit)


def send_process(k: Kernel, p: Process, sig: int, why: str, info: bytes | None = None) -> None:
    """Make `sig` pending for process `p` (kill): a thread waiting for it in
    rt_sigtimedwait takes it, else the first thread not blocking it."""
    bit = 1 << (sig - 1)
    live = [t for t in p.threads if t.alive]
    if not p.alive or not live:
        return
    _prepare(k, p, bit)
    if ignored(p, sig) and any(not (t.sig.blocked | t.sig.waiting) & bit for t in live):
        return
    p.pending.add(sig, info or siginfo_user(sig, 0, SI_KERNEL), why)
    target = next((t for t in live if t.sig.waiting & bit), None)
    target = target or next((t for t in live if not t.sig.blocked & bit), None)
    if target is not None:
        _complete(k, target, bit)


def force_signal(k: Kernel, t: Thread, sig: int, why: str, info: bytes) -> None:
    """A synchronous signal (a fault, a bad signal frame): if it is blocked or ignored
    it takes its default action after all (Linux's force_sig_info)."""
    p, bit = t.proc, 1 << (sig - 1)
    act = p.sighand.action(sig)
    if act.handler == SIG_IGN or t.sig.blocked & bit:
        p.sighand.actions.pop(sig, None)
        t.sig.blocked &= ~bit
    send_thread(k, t, sig, why, info)


def _complete(k: Kernel, t: Thread, bit: int) -> None:
    """A signal is pending for `t`. If `t` waits for it (rt_sigtimedwait) it wakes to
    take it; if a handler will catch it, a blocked system call of `t` is interrupted
    and the handler runs on its way back to user mode; otherwise the default action is
    taken at once (unless the thread in the kernel, the sender, takes it on its way out)."""
    if t.sig.waiting & bit:
        k.sched.wake(t)
        return
    if t.sig.blocked & bit and not bit & UNBLOCKABLE:
        return
    if t.proc.stopped and bit != 1 << (Sig.SIGKILL - 1):
        return  # a stopped group takes its signals when continued (SIGKILL: at once)
    if caught(t.proc, bit.bit_length()):
        k.sched.interrupt(t)
        return
    current = k.sched.in_kernel
    if current is not None and current.proc is t.proc and not current.sig.blocked & bit:
        return
    k.deliver(t, frames=False)


def caught(p: Process, sig: int) -> bool:
    """Whether a handler of the program's will run for `sig`."""
    if (1 << (sig - 1)) & UNBLOCKABLE:
        return False
    return p.sighand.action(sig).handler not in (SIG_DFL, SIG_IGN)


def interrupting(t: Thread) -> SigAction | None:
    """The action of a signal that a handler will catch as soon as `t` returns to user
    mode (so a system call that would block is interrupted instead), or None."""
    ready = (t.sig.pending.bits | t.proc.pending.bits) & ~t.sig.blocked & ~t.sig.waiting
    while ready:
        bit = ready & -ready
        if caught(t.proc, bit.bit_length()):
            return t.proc.sighand.action(bit.bit_length())
        ready &= ~bit
    return None


# --- Delivering -------------------------------------------------------------------------


def take_signal(k: Kernel, t: Thread, sig: int, why: str) -> None:
    """What a signal nobody catches does when delivered: nothing if ignored, else its
    default action."""
    p = t.proc
    handler = SIG_DFL if (1 << (sig - 1)) & UNBLOCKABLE else p.sighand.action(sig).handler
    if handler == SIG_IGN:
        return
    action = DEFAULT_ACTION.get(sig, Action.TERMINATE)
    if action is Action.TERMINATE:
        k.kill(p, sig, why)
    elif action is Action.STOP:
        stop_group(k, p, sig)


# --- Job control: stopping and continuing ------------------------------------------------

SIGCONT = 18
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
    p.pending.discard(STOP_SIGNALS)
    for t in p.threads:
        t.sig.pending.discard(STOP_SIGNALS)
    if not p.stopped:
        return
    p.stopped, p.news = 0, "continued"
    for t in p.live_threads():
        k.sched.resume(t)
        if interrupting(t) is not None:  # a handler's signal came while it was stopped
            k.sched.interrupt(t)
    _tell_parent(k, p)


def _tell_parent(k: Kernel, p: Process) -> None:
    parent = p.parent
    if parent is None or parent is k.init:
        return
    if not parent.sighand.action(SIGCHLD_).flags & SA_NOCLDSTOP:
        send_process(k, parent, SIGCHLD_, f"child {p.pid} {p.news}")
    parent.child_exit.wake(k.sched)


SIGCHLD_ = 17


def deliver_pending(k: Kernel, t: Thread, frames: bool = True,
                    restore_mask: int | None = None) -> None:  # fmt: skip
    """On the way back to user mode: deliver every pending signal `t` does not block,
    lowest number first (its own before the process's). A caught one gets a signal
    frame and the thread will run its handler (`sigframe.setup_frame`; more frames
    nest above it) — but only when `frames` is set and the thread is on its hart:
    otherwise caught signals stay pending for its return to user mode.

    `restore_mask` is the mask a call that changed it for its duration (sigsuspend,
    ppoll, pselect6) leaves behind: the first frame saves it, for rt_sigreturn to
    restore; with no frame it is restored now (Linux's restore_saved_sigmask)."""
    from groundup.kernel.sigframe import setup_frame

    st, p = t.sig, t.proc
    framed = False
    while p.alive and t.alive:
        ready = (st.pending.bits | p.pending.bits) & ~st.blocked & ~st.waiting
        if p.stopped:
            ready &= UNBLOCKABLE & ~STOP_SIGNALS  # a stopped group takes SIGKILL alone
        if not frames or t.hart is None:
            ready &= ~sum(1 << (n - 1) for n in p.sighand.actions if caught(p, n))
        if not ready:
            break
        bit = ready & -ready
        sig = bit.bit_length()
        holder = st.pending if st.pending.bits & bit else p.pending
        info, why = holder.take(sig)
        if caught(p, sig):
            saved = restore_mask if restore_mask is not None and not framed else st.blocked
            setup_frame(k, t, sig, p.sighand.action(sig), info, saved)
            framed = True
        else:
            take_signal(k, t, sig, why)
    if restore_mask is not None and not framed:
        st.blocked = restore_mask


def handler_ran(p: Process, t: Thread, sig: int, act: SigAction) -> None:
    """A frame for `sig` is built: block what the handler blocks; SA_RESETHAND."""
    bit = 1 << (sig - 1)
    t.sig.blocked |= act.mask | (0 if act.flags & SA_NODEFER else bit)
    t.sig.blocked &= ~UNBLOCKABLE
    if act.flags & SA_RESETHAND:
        p.sighand.actions.pop(sig, None)


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
            p.pending.discard(bit)
            for other in p.threads:
                other.sig.pending.discard(bit)
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
    waiting = (t.sig.pending.bits | t.proc.pending.bits) & t.sig.blocked
    data = waiting.to_bytes(SIGSET_BYTES, "little")
    return 0 if t.proc.mm.copy_out(set_ & M64, data[: setsize & M64]) else -Errno.EFAULT


def sys_sigaltstack(k: Kernel, t: Thread, ss: int, old_ss: int, *_: int) -> int:
    """stack_t: ss_sp (8 bytes), ss_flags (int, then 4 bytes of padding), ss_size. The
    old one's flags say SS_ONSTACK while the thread runs on it, and then it cannot change."""
    from groundup.kernel.sigframe import altstack_flags, on_altstack

    mm = t.proc.mm
    sp = t.hart.x[2] if t.hart is not None else 0
    new: tuple[int, int, int] | None = None
    if ss:
        data = mm.copy_in(ss & M64, 24)
        if data is None:
            return -Errno.EFAULT
        ss_sp, flags, size = struct.unpack("<Qi4xQ", data)
        mode = flags & ~SS_AUTODISARM
        if on_altstack(t, sp):
            return -Errno.EPERM
        if mode not in (0, SS_ONSTACK, SS_DISABLE):
            return -Errno.EINVAL
        if mode == SS_DISABLE:
            new = (0, SS_DISABLE, 0)
        elif size < MINSIGSTKSZ:
            return -Errno.ENOMEM
        else:
            new = (ss_sp, flags & SS_AUTODISARM, size)
    old = (t.sig.altstack[0], altstack_flags(t, sp), t.sig.altstack[2])
    if old_ss and not mm.copy_out(old_ss & M64, struct.pack("<Qi4xQ", *old)):
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
            send_process(k, q, sig, _why(t, q, "kill"), siginfo_user(sig, t.proc.pid))
    return 0


def _signal_thread(k: Kernel, t: Thread, target: Thread | None, sig: int, call: str) -> int:
    if not 0 <= sig <= NSIG:
        return -Errno.EINVAL
    if target is None or not target.alive:
        return -Errno.ESRCH
    if sig:
        info = siginfo_user(sig, t.proc.pid, SI_TKILL)
        send_thread(k, target, sig, _why(t, target.proc, call), info)
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


def user_siginfo(t: Thread, sig: int, uinfo: int) -> bytes | int:
    """The siginfo rt_sigqueueinfo passes on: the caller's, with si_signo set. Only the
    kernel may claim to be the kernel (si_code >= 0) for another process."""
    data = t.proc.mm.copy_in(uinfo & M64, SIGINFO_SIZE)
    if data is None:
        return -Errno.EFAULT
    return struct.pack("<i", sig) + data[4:]


def sys_rt_sigqueueinfo(k: Kernel, t: Thread, pid: int, sig: int, uinfo: int,
                        *_: int) -> int:  # fmt: skip
    pid, sig = wrap32(pid), wrap32(sig)
    info = user_siginfo(t, sig, uinfo)
    if isinstance(info, int):
        return info
    code = struct.unpack_from("<i", info, 8)[0]
    q = k.procs.get(pid) if pid > 0 else None
    if not 0 <= sig <= NSIG:
        return -Errno.EINVAL
    if q is None or not q.alive:
        return -Errno.ESRCH
    if (code >= 0 or code == SI_TKILL) and q is not t.proc:
        return -Errno.EPERM
    if q.pending.full(sig):
        return -Errno.EAGAIN
    if sig:
        send_process(k, q, sig, _why(t, q, "sigqueue"), info)
    return 0


def sys_rt_tgsigqueueinfo(k: Kernel, t: Thread, tgid: int, tid: int, sig: int, uinfo: int,
                          *_: int) -> int:  # fmt: skip
    """pthread_sigqueue: rt_sigqueueinfo for one thread of a group."""
    tgid, tid, sig = wrap32(tgid), wrap32(tid), wrap32(sig)
    info = user_siginfo(t, sig, uinfo)
    if isinstance(info, int):
        return info
    if tgid <= 0 or tid <= 0 or not 0 <= sig <= NSIG:
        return -Errno.EINVAL
    target = k.threads.get(tid)
    if target is None or not target.alive or target.proc.pid != tgid:
        return -Errno.ESRCH
    code = struct.unpack_from("<i", info, 8)[0]
    if (code >= 0 or code == SI_TKILL) and target.proc is not t.proc:
        return -Errno.EPERM
    if target.sig.pending.full(sig):
        return -Errno.EAGAIN
    if sig:
        send_thread(k, target, sig, _why(t, target.proc, "sigqueue"), info)
    return 0


def sys_rt_sigtimedwait(k: Kernel, t: Thread, set_: int, uinfo: int, uts: int, setsize: int,
                        *_: int) -> int:  # fmt: skip
    """Take a pending signal of `set_` without running its handler; wait for one until
    the timeout (EAGAIN) or a signal a handler catches (EINTR)."""
    from groundup.kernel.poll import read_timeout, timed_out

    if setsize & M64 != SIGSET_BYTES:
        return -Errno.EINVAL
    st, p = t.sig, t.proc
    data = p.mm.copy_in(set_ & M64, SIGSET_BYTES)
    if data is None:
        return -Errno.EFAULT
    mask = int.from_bytes(data, "little") & ~UNBLOCKABLE
    ready = (st.pending.bits | p.pending.bits) & mask
    if ready:
        st.waiting = 0
        sig = (ready & -ready).bit_length()
        holder = st.pending if st.pending.bits & (1 << (sig - 1)) else p.pending
        info = holder.take(sig)[0]
        if uinfo and not p.mm.copy_out(uinfo & M64, info):
            return -Errno.EFAULT
        return sig
    deadline = read_timeout(k, t, uts) if t.restart is None else None
    if isinstance(deadline, Errno):
        return -deadline
    if timed_out(k, t, deadline):
        st.waiting = 0
        return -Errno.EAGAIN
    if t.restart is not None and t.restart.deadline is not None:
        deadline = t.restart.deadline
    st.waiting = mask
    raise Block("sigtimedwait", deadline=deadline)


HANDLERS: dict[int, Handler] = {
    Sys.RT_SIGACTION: sys_rt_sigaction,
    Sys.RT_SIGPROCMASK: sys_rt_sigprocmask,
    Sys.RT_SIGPENDING: sys_rt_sigpending,
    Sys.SIGALTSTACK: sys_sigaltstack,
    Sys.KILL: sys_kill,
    Sys.TKILL: sys_tkill,
    Sys.TGKILL: sys_tgkill,
    Sys.RT_SIGQUEUEINFO: sys_rt_sigqueueinfo,
    Sys.RT_TGSIGQUEUEINFO: sys_rt_tgsigqueueinfo,
    Sys.RT_SIGTIMEDWAIT: sys_rt_sigtimedwait,
}
