"""System-call numbers of the Linux asm-generic ABI that RISC-V uses (unistd.h),
and the shape of a handler. Handlers live by subject, as in xv6: `sysfile`
(files and descriptors), `sysmem` (the address space), `sysproc` (processes,
time, identity, signals)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

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


def name_of(number: int) -> str:
    return Sys(number).name.lower() if number in Sys._value2member_map_ else "unknown"
