"""Error numbers a system call returns, negated (asm-generic/errno-base.h, errno.h)."""

from __future__ import annotations

from enum import IntEnum


class Errno(IntEnum):
    EPERM = 1
    ENOENT = 2
    EINTR = 4
    EIO = 5
    EBADF = 9
    EAGAIN = 11
    ENOMEM = 12
    EACCES = 13
    EFAULT = 14
    EEXIST = 17
    ENOTDIR = 20
    EISDIR = 21
    EINVAL = 22
    EMFILE = 24
    ENOSPC = 28
    ESPIPE = 29
    EPIPE = 32
    ERANGE = 34
    ENOSYS = 38
