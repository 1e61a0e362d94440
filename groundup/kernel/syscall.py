"""System calls: from an ecall to the handler, and the result back in a0.

A user program puts the call number in a7 and up to six arguments in a0-a5,
then executes ecall; the result comes back in a0, a negative errno on failure
(RISC-V Linux ABI). `syscall` reads those registers, runs the handler for the
calling thread, and writes a0. Handlers are grouped by subject in sysfile, sysmem,
sysproc, signal, futex, fork, exec, exit and poll; a number none of them knows returns
-ENOSYS and is reported once as not supported.

A handler that must wait raises sched.Block: sepc then stays at the ecall, the
thread blocks, and when woken it executes the ecall again (see sched.py); a call
woken by a signal completes with -EINTR. Every completed call is counted (for
`--stats`) and, with `--trace=syscall`, printed. On the way back to user mode,
pending signals that are not blocked are delivered, and a thread whose group is
exiting goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.isa.alu import wrap64
from groundup.kernel import exec as exec_
from groundup.kernel import exit, fork, futex, poll, signal, sysfile, sysmem, sysproc
from groundup.kernel.errno import Errno
from groundup.kernel.sched import Block
from groundup.kernel.strace import early_args
from groundup.kernel.sysnum import Handler

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
        c.sepc -= ECALL_SIZE  # it will execute the ecall again when woken
        k.sched.block(t, b)
        return
    finally:
        k.sched.in_kernel = outer
    if t.restart is not None and t.restart.saved_mask is not None:
        t.sig.blocked = t.restart.saved_mask  # sigsuspend's, ppoll's temporary mask ends
    t.restart = None
    k.stats.calls[number] += 1
    if k.tracer is not None:
        k.tracer.syscall(k, t, number, args, result, early)
    x[10] = wrap64(result)  # a register holds a signed 64-bit value, whatever was returned
    if t.has_signals():
        signal.deliver_pending(k, t)
    if outer is None:
        k.die_if_killed(t)


def dispatch(k: Kernel, t: Thread, number: int, x: list[int]) -> int:
    if t.restart is not None and t.restart.interrupted:
        return -Errno.EINTR  # a signal woke it (restarting is for signal handlers to decide)
    handler = HANDLERS.get(number)
    if handler is None:
        k.not_supported(t, number)
        return -Errno.ENOSYS
    return handler(k, t, x[10], x[11], x[12], x[13], x[14], x[15])
