"""System calls: from an ecall to the handler, and the result back in a0.

A user program puts the call number in a7 and up to six arguments in a0-a5,
then executes ecall; the result comes back in a0, a negative errno on failure
(RISC-V Linux ABI). `syscall` reads those registers, runs the handler for the
calling thread, and writes a0. Handlers are grouped by subject in sysfile, sysmem,
sysproc, signal, futex, fork, exec, exit, poll, pipe, unix (sockets) and epoll; a
number none of them knows returns -ENOSYS and is reported once as not supported.

A handler that must wait raises sched.Block: sepc then stays at the ecall, the
thread blocks, and when woken it executes the ecall again (see sched.py). But a
call must not wait while a signal handler is due to run: a signal that a handler
catches interrupts the wait (Scheduler.interrupt wakes the thread), and when the
call would block again it returns instead — the bytes it had moved already,
-EINTR, or, for the calls SA_RESTART restarts (Linux's ERESTARTSYS), nothing: sepc
goes back to the ecall, and the handler returns there. Every completed call is
counted (for `--stats`) and, with `--trace=syscall`, printed. On the way back to
user mode, pending signals that are not blocked are delivered (handlers get their
signal frames: sigframe.py), and a thread whose group is exiting goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.isa.alu import wrap64
from groundup.kernel import (
    epoll,
    exit,
    fork,
    futex,
    itimer,
    pipe,
    poll,
    sigframe,
    signal,
    sysfile,
    sysmem,
    sysproc,
    unix,
)
from groundup.kernel import exec as exec_
from groundup.kernel.errno import Errno
from groundup.kernel.sched import Block
from groundup.kernel.strace import early_args
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Thread

HANDLERS: dict[int, Handler] = {
    **sysproc.HANDLERS,
    **sysmem.HANDLERS,
    **sysfile.HANDLERS,
    **signal.HANDLERS,
    **futex.HANDLERS,
    **fork.HANDLERS,
    **exec_.HANDLERS,
    **exit.HANDLERS,
    **poll.HANDLERS,
    **pipe.HANDLERS,
    **sigframe.HANDLERS,
    **itimer.HANDLERS,
    **unix.HANDLERS,
    **epoll.HANDLERS,
}
ECALL_SIZE = 4


def syscall(k: Kernel, t: Thread) -> None:
    """Carry out the system call the thread asked for with ecall."""
    hart = t.hart
    assert hart is not None
    x, c = hart.x, hart.csr
    number = x[17]
    args = tuple(x[10:16]) if k.tracer is not None else ()  # before a handler changes them
    early = early_args(k, t, number, args) if k.tracer is not None else None
    c.sepc += ECALL_SIZE
    outer, k.sched.in_kernel = k.sched.in_kernel, t
    try:
        result = dispatch(k, t, number, x)
    except Block as b:
        act = signal.interrupting(t) if b.interruptible else None
        if act is None:
            c.sepc -= ECALL_SIZE  # it will execute the ecall again when woken
            k.sched.block(t, b)
            return
        result = interrupted(t, number, act)
    finally:
        k.sched.in_kernel = outer
    saved = t.restart.saved_mask if t.restart is not None else None
    t.restart = None
    t.sig.waiting = 0
    if result == RESTART:
        c.sepc -= ECALL_SIZE  # SA_RESTART: the handler returns to the ecall
    else:
        k.stats.calls[number] += 1
        if k.tracer is not None:
            k.tracer.syscall(k, t, number, args, result, early)
        x[10] = wrap64(result)  # a register holds a signed 64-bit value, whatever was returned
    if t.has_signals() or saved is not None:
        signal.deliver_pending(k, t, restore_mask=saved)
    if outer is None:
        k.die_if_killed(t)


# Calls that SA_RESTART makes start again after the handler (Linux's -ERESTARTSYS);
# the others (ppoll, pselect6, epoll_pwait, sigsuspend, nanosleep, sigtimedwait ...) end
# with EINTR.
RESTARTABLE = frozenset({Sys.READ, Sys.WRITE, Sys.READV, Sys.WRITEV, Sys.WAIT4, Sys.WAITID,
                         Sys.FUTEX, Sys.PREAD64, Sys.PWRITE64, Sys.SENDTO, Sys.RECVFROM,
                         Sys.SENDMSG, Sys.RECVMSG})  # fmt: skip
RESTART = 1 << 64  # (not a value a register can hold)


def interrupted(t: Thread, number: int, act: signal.SigAction) -> int:
    """A call that must wait, but a handler is about to run: what it returns — the
    bytes it moved already, -EINTR, or RESTART (SA_RESTART)."""
    if t.restart is not None and t.restart.done:
        return t.restart.done
    if act.flags & signal.SA_RESTART and number in RESTARTABLE:
        return RESTART
    return -Errno.EINTR


def dispatch(k: Kernel, t: Thread, number: int, x: list[int]) -> int:
    handler = HANDLERS.get(number)
    if handler is None:
        k.not_supported(t, number)
        return -Errno.ENOSYS
    return handler(k, t, x[10], x[11], x[12], x[13], x[14], x[15])
