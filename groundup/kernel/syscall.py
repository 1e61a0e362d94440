"""System calls: the numbers and arguments of the Linux asm-generic ABI.

A user program puts the call number in a7 and up to six arguments in a0-a5,
then executes ecall; the result comes back in a0, a negative errno on failure
(RISC-V Linux ABI). `syscall` reads those registers, runs the handler, and
writes a0. This minimal kernel has write, exit and exit_group; any other call
returns -ENOSYS and is reported once on stderr as not supported.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.isa.alu import M64
from groundup.kernel.errno import Errno

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process


class Sys(IntEnum):
    """The asm-generic system-call numbers that RISC-V Linux uses (unistd.h)."""

    GETCWD = 17
    DUP = 23
    DUP3 = 24
    FCNTL = 25
    IOCTL = 29
    MKDIRAT = 34
    UNLINKAT = 35
    FACCESSAT = 48
    CHDIR = 49
    OPENAT = 56
    CLOSE = 57
    PIPE2 = 59
    GETDENTS64 = 61
    LSEEK = 62
    READ = 63
    WRITE = 64
    READV = 65
    WRITEV = 66
    PREAD64 = 67
    PWRITE64 = 68
    READLINKAT = 78
    NEWFSTATAT = 79
    FSTAT = 80
    EXIT = 93
    EXIT_GROUP = 94
    SET_TID_ADDRESS = 96
    FUTEX = 98
    SET_ROBUST_LIST = 99
    NANOSLEEP = 101
    CLOCK_GETTIME = 113
    SCHED_YIELD = 124
    KILL = 129
    TGKILL = 131
    RT_SIGACTION = 134
    RT_SIGPROCMASK = 135
    UNAME = 160
    GETPID = 172
    GETPPID = 173
    GETUID = 174
    GETEUID = 175
    GETGID = 176
    GETEGID = 177
    GETTID = 178
    BRK = 214
    MUNMAP = 215
    CLONE = 220
    EXECVE = 221
    MMAP = 222
    MPROTECT = 226
    MADVISE = 233
    WAIT4 = 260
    PRLIMIT64 = 261
    GETRANDOM = 278
    RSEQ = 293


Handler = Callable[["Kernel", "Process", int, int, int, int, int, int], int]


def sys_write(k: Kernel, p: Process, fd: int, buf: int, n: int, *_: int) -> int:
    out = k.outputs.get(fd)
    if out is None:
        return -Errno.EBADF
    n &= M64
    data = p.pagetable.copy_in(buf & M64, n) if n else b""
    if data is None:
        return -Errno.EFAULT
    out.write(data)
    out.flush()
    return n


def sys_exit(k: Kernel, p: Process, status: int, *_: int) -> int:
    p.exit(status & 0xFF)
    return 0


HANDLERS: dict[int, Handler] = {
    Sys.WRITE: sys_write,
    Sys.EXIT: sys_exit,
    Sys.EXIT_GROUP: sys_exit,
}


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


def name_of(number: int) -> str:
    return Sys(number).name.lower() if number in Sys._value2member_map_ else "unknown"
