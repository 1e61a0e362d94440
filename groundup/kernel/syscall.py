"""System calls: from an ecall to the handler, and the result back in a0.

A user program puts the call number in a7 and up to six arguments in a0-a5,
then executes ecall; the result comes back in a0, a negative errno on failure
(RISC-V Linux ABI). `syscall` reads those registers, runs the handler, and
writes a0. Handlers are grouped by subject in sysfile, sysmem and sysproc; a
number none of them knows returns -ENOSYS and is reported once as not supported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    handler = HANDLERS.get(number)
    if handler is None:
        k.not_supported(p, number)
        result = -Errno.ENOSYS
    else:
        result = handler(k, p, x[10], x[11], x[12], x[13], x[14], x[15])
    x[10] = result
