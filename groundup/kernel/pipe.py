"""Pipes (xv6's pipe.c): a buffer in the kernel with a read end and a write end.

    pipe2(fds, flags)      fds[0] reads, fds[1] writes; O_CLOEXEC and O_NONBLOCK apply
                           to both ends (the flags of each end are its own afterwards)

A `Pipe` holds up to PIPE_SIZE bytes (64 KiB, Linux's default; F_GETPIPE_SZ says so).
Its two ends are open files (`PipeEnd`), shared by dup and fork like any other;
the pipe counts the open ends of each kind. What reading and writing do:

    read   data there: up to n bytes of it at once. None and no writer left: 0 (end
           of file). None yet: -EAGAIN if O_NONBLOCK, else wait on `readers_wait`.
    write  no reader left: SIGPIPE for the writer and -EPIPE. Otherwise as much as
           fits; a write of at most PIPE_BUF bytes goes in whole or not at all (it is
           never interleaved with another writer's). What does not fit: -EAGAIN if
           O_NONBLOCK (or the count written so far), else wait on `writers_wait` for
           room, and go on until all is written.

Waiting is the scheduler's `Block`: the call re-executes when woken. A long blocking
write keeps the count it has written in `thread.restart.done`, so the next try goes
on from there and a signal that interrupts it makes it return that count (Linux's
partial write) rather than -EINTR. Every change wakes the other side's queue and
the kernel's poll queue (ppoll and pselect6 waiting for any descriptor to be ready).
"""

from __future__ import annotations

import os
import struct
from typing import TYPE_CHECKING

from groundup.isa.alu import M64
from groundup.kernel.errno import Errno
from groundup.kernel.file import File, OpenFlag
from groundup.kernel.fs.node import Stat, makedev
from groundup.kernel.sched import Block, Restart, WaitQueue
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Thread

PIPE_SIZE = 16 * 4096  # bytes a pipe holds (Linux: 16 pages)
PIPE_BUF = 4096  # writes up to this size are atomic (limits.h)
PIPEFS_DEV = makedev(0, 14)  # the anonymous device pipes live on
POLLIN, POLLOUT, POLLERR, POLLHUP = 0x1, 0x4, 0x8, 0x10
POLLRDNORM, POLLWRNORM = 0x40, 0x100
PIPE2_FLAGS = OpenFlag.CLOEXEC | OpenFlag.NONBLOCK | OpenFlag.DIRECT
F_SETPIPE_SZ, F_GETPIPE_SZ = 1031, 1032
PIPE_MAX_SIZE = 1 << 20  # /proc/sys/fs/pipe-max-size
SIGPIPE = 13


class Pipe:
    """The buffer and the ends still open. Lock-free: the kernel runs one trap at a time."""

    def __init__(self, k: Kernel, ino: int) -> None:
        self.k = k
        self.ino = ino
        self.buf = bytearray()
        self.size = PIPE_SIZE  # F_SETPIPE_SZ may change it
        self.readers = 0  # open read ends (open file descriptions, not descriptors)
        self.writers = 0
        self.readers_wait = WaitQueue("pipe read")
        self.writers_wait = WaitQueue("pipe write")
        self.generation = 0  # changes so far (File.generation)

    @property
    def room(self) -> int:
        return self.size - len(self.buf)

    def changed(self) -> None:
        """Something a waiter may be waiting for happened: wake everyone concerned."""
        sched = self.k.sched
        self.generation += 1
        self.readers_wait.wake(sched)
        self.writers_wait.wake(sched)
        self.k.poll_wait.wake(sched)

    def read(self, n: int, nonblock: bool) -> bytes | int:
        if n == 0:
            return b""
        if not self.buf:
            if not self.writers:
                return b""  # end of file
            if nonblock:
                return -Errno.EAGAIN
            raise Block("pipe read", self.readers_wait)
        data = bytes(self.buf[:n])
        del self.buf[:n]
        self.changed()
        return data

    def write(self, data: bytes, nonblock: bool) -> int:
        t = self.k.sched.in_kernel
        r = t.restart if t is not None else None
        done = r.done if r is not None else 0
        if not self.readers:
            if t is not None:
                from groundup.kernel.signal import send_thread, siginfo_user

                send_thread(self.k, t, SIGPIPE, "a write to a pipe with no reader",
                            siginfo_user(SIGPIPE, t.proc.pid))  # fmt: skip
            return done or -Errno.EPIPE
        rest = len(data) - done
        if rest <= 0:
            return done
        atomic = rest <= PIPE_BUF  # all or nothing
        fits = 0 if atomic and self.room < rest else min(self.room, rest)
        if fits:
            self.buf += data[done : done + fits]
            done += fits
            self.changed()
        if done == len(data) or nonblock:
            return done or -Errno.EAGAIN
        if t is not None:
            if t.restart is None:
                t.restart = Restart()
            t.restart.done = done
        raise Block("pipe write", self.writers_wait)

    def poll(self, reading: bool, events: int) -> int:
        if reading:
            ready = POLLIN | POLLRDNORM if self.buf else 0
            ready |= 0 if self.writers else POLLHUP
        else:
            ready = POLLOUT | POLLWRNORM if self.room >= PIPE_BUF else 0
            ready |= 0 if self.readers else POLLERR
        return ready & (events | POLLERR | POLLHUP)


class PipeEnd(File):
    """One end of a pipe, as an open file: O_RDONLY reads, O_WRONLY writes."""

    def __init__(self, pipe: Pipe, flags: int) -> None:
        super().__init__(flags, f"pipe:[{pipe.ino}]")
        self.pipe = pipe
        self.reading = flags & OpenFlag.ACCMODE == OpenFlag.RDONLY
        if self.reading:
            pipe.readers += 1
        else:
            pipe.writers += 1

    @property
    def nonblock(self) -> bool:
        return bool(self.flags & OpenFlag.NONBLOCK)

    def read(self, n: int) -> bytes | int:
        return self.pipe.read(n, self.nonblock)

    def write(self, data: bytes) -> int:
        return self.pipe.write(data, self.nonblock)

    def stat(self) -> Stat | int:
        return Stat(mode=0o010600, ino=self.pipe.ino, dev=PIPEFS_DEV, uid=os.getuid(),
                    gid=os.getgid(), blksize=4096)  # fmt: skip

    def poll(self, events: int) -> int:
        return self.pipe.poll(self.reading, events)

    def generation(self) -> int:
        return self.pipe.generation

    def release(self) -> None:
        """The last descriptor of this end closed: the other side may see EOF or EPIPE."""
        if self.reading:
            self.pipe.readers -= 1
        else:
            self.pipe.writers -= 1
        self.pipe.changed()


def sys_pipe2(k: Kernel, t: Thread, fds: int, flags: int, *_: int) -> int:
    from groundup.kernel.sysfile import fd_limit

    p, flags = t.proc, flags & 0xFFFF_FFFF
    if flags & ~PIPE2_FLAGS:
        return -Errno.EINVAL
    k.pipes_made += 1
    pipe = Pipe(k, k.pipes_made)
    status = flags & OpenFlag.NONBLOCK
    ends = PipeEnd(pipe, OpenFlag.RDONLY | status), PipeEnd(pipe, OpenFlag.WRONLY | status)
    cloexec, limit = bool(flags & OpenFlag.CLOEXEC), fd_limit(p)
    rfd = p.files.alloc(ends[0], cloexec, 0, limit)
    wfd = p.files.alloc(ends[1], cloexec, 0, limit) if rfd >= 0 else rfd
    if rfd < 0 or wfd < 0 or not p.mm.copy_out(fds & M64, struct.pack("<ii", rfd, wfd)):
        for fd, end in zip((rfd, wfd), ends, strict=True):
            if fd >= 0:
                p.files.close(fd)
            elif end.refs == 0:
                end.release()
        return rfd if rfd < 0 else wfd if wfd < 0 else -Errno.EFAULT
    return 0


def pipe_fcntl(f: File, cmd: int, arg: int) -> int:
    """F_GETPIPE_SZ and F_SETPIPE_SZ (a power of two of pages, at least what is held)."""
    if not isinstance(f, PipeEnd):
        return -Errno.EBADF
    pipe = f.pipe
    if cmd == F_SETPIPE_SZ:
        if arg > PIPE_MAX_SIZE:
            return -Errno.EINVAL if arg > 1 << 31 else -Errno.EPERM
        size = PIPE_BUF
        while size < arg:
            size *= 2
        if size < len(pipe.buf):
            return -Errno.EBUSY
        pipe.size = size
        pipe.changed()
    return pipe.size


HANDLERS: dict[int, Handler] = {Sys.PIPE2: sys_pipe2}
