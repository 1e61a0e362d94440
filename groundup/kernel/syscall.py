"""System calls: from an ecall to the handler, and the result back in a0.

A user program puts the call number in a7 and up to six arguments in a0-a5,
then executes ecall; the result comes back in a0, a negative errno on failure
(RISC-V Linux ABI). `syscall` reads those registers, runs the handler, and
writes a0. Handlers are grouped by subject in sysfile, sysmem and sysproc; a
number none of them knows returns -ENOSYS and is reported once as not supported.
Every call is counted (for `--stats`) and, with `--trace=syscall`, printed. On the
way back to user mode, pending signals that are not blocked are delivered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.isa.alu import wrap64
from groundup.kernel import sysfile, sysmem, sysproc
from groundup.kernel.errno import Errno
from groundup.kernel.sysnum import Handler

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process

HANDLERS: dict[int, Handler] = {**sysproc.HANDLERS, **sysmem.HANDLERS, **sysfile.HANDLERS}


def syscall(k: Kernel, p: Process) -> None:
    """Carry out the system call the process asked for with ecall."""
    x = p.hart.x
    number = x[17]
    k.stats.calls[number] += 1
    args = tuple(x[10:16]) if k.tracer is not None else ()  # before a handler changes them
    handler = HANDLERS.get(number)
    if handler is None:
        k.not_supported(p, number)
        result: int = -Errno.ENOSYS
    else:
        result = handler(k, p, x[10], x[11], x[12], x[13], x[14], x[15])
    if k.tracer is not None:
        k.tracer.syscall(k, p, number, args, result)
    x[10] = wrap64(result)  # a register holds a signed 64-bit value, whatever was returned
    if p.signals.pending:
        sysproc.deliver_pending(k, p)
