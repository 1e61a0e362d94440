"""System calls on files and file descriptors (xv6's sysfile.c)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.isa.alu import M64
from groundup.kernel.errno import Errno
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process


def sys_write(k: Kernel, p: Process, fd: int, buf: int, n: int, *_: int) -> int:
    f = p.files.get(fd)
    if f is None:
        return -Errno.EBADF
    n &= M64
    data = p.mm.copy_in(buf & M64, n) if n else b""
    if data is None:
        return -Errno.EFAULT
    return f.write(data)


HANDLERS: dict[int, Handler] = {
    Sys.WRITE: sys_write,
}
