"""Open files and file descriptors (xv6's file.c).

A `File` is an open file description: what read and write do, the offset, and
the status flags (O_APPEND, O_NONBLOCK ...). Descriptors made by dup, dup3 and
fcntl(F_DUPFD) — and those a child inherits across fork — share one `File`, so they
share its offset and its flags. An `FdTable` maps one process's descriptor
numbers to files, each with its own close-on-exec flag; a new descriptor is
always the lowest free number, and there are at most `limit` of them (EMFILE).

`RegularFile` gives read, write and lseek with an offset to anything that can
say `pread`, `pwrite` and `size` (host files, /tmp files, /proc texts);
`HostStream` is one of the host's standard streams (the guest's 0, 1, 2).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import struct
from dataclasses import dataclass
from enum import IntEnum, IntFlag
from typing import TYPE_CHECKING, BinaryIO

from groundup.kernel.errno import Errno
from groundup.kernel.fs.node import Kind, Stat, makedev

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process

NOFILE = 1024  # descriptors per process (RLIMIT_NOFILE's usual soft limit)
POLL_READY = 0x1 | 0x4 | 0x40 | 0x100  # POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM
MAX_OFFSET = (1 << 63) - 1  # MAX_LFS_FILESIZE


class OpenFlag(IntFlag):
    """open() flags of the asm-generic ABI (asm-generic/fcntl.h)."""

    RDONLY = 0
    WRONLY = 0o1
    RDWR = 0o2
    ACCMODE = 0o3
    CREAT = 0o100
    EXCL = 0o200
    NOCTTY = 0o400
    TRUNC = 0o1000
    APPEND = 0o2000
    NONBLOCK = 0o4000
    DSYNC = 0o10000
    ASYNC = 0o20000
    DIRECT = 0o40000
    LARGEFILE = 0o100000
    DIRECTORY = 0o200000
    NOFOLLOW = 0o400000
    NOATIME = 0o1000000
    CLOEXEC = 0o2000000
    SYNC = 0o4000000
    PATH = 0o10000000
    TMPFILE = 0o20000000


# What F_SETFL may change (the rest of the status flags are fixed at open).
SETFL_MASK = (
    OpenFlag.APPEND | OpenFlag.NONBLOCK | OpenFlag.ASYNC | OpenFlag.DIRECT | OpenFlag.NOATIME
)


class Seek(IntEnum):
    """lseek's whence (linux/fs.h)."""

    SET = 0
    CUR = 1
    END = 2
    DATA = 3
    HOLE = 4


def host_error(e: OSError) -> int:
    """The negative errno for a failed host call (Linux hosts number errors as the guest does)."""
    return -(e.errno or Errno.EIO)


class File:
    """An open file description. Every operation returns a negative errno when it
    does not apply; subclasses override what their kind of file can do."""

    def __init__(self, flags: int = OpenFlag.RDWR, path: str = "") -> None:
        self.flags = flags  # access mode and status flags, as F_GETFL shows them
        self.path = path  # the guest path it was opened by ("" if none)
        self.refs = 0  # descriptors (in all tables) that refer to it

    @property
    def readable(self) -> bool:
        return self.flags & (OpenFlag.ACCMODE | OpenFlag.PATH) in (OpenFlag.RDONLY, OpenFlag.RDWR)

    @property
    def writable(self) -> bool:
        return self.flags & (OpenFlag.ACCMODE | OpenFlag.PATH) in (OpenFlag.WRONLY, OpenFlag.RDWR)

    def read(self, n: int) -> bytes | int:
        """Up to n bytes, or a negative errno."""
        return -Errno.EINVAL

    def write(self, data: bytes) -> int:
        """Bytes written, or a negative errno."""
        return -Errno.EINVAL

    def pread(self, offset: int, n: int) -> bytes | int:
        """Up to n bytes at `offset`, leaving the file offset alone (mmap uses this)."""
        return -Errno.ESPIPE

    def pwrite(self, offset: int, data: bytes) -> int:
        return -Errno.ESPIPE

    def seek(self, offset: int, whence: int) -> int:
        return -Errno.ESPIPE

    def stat(self) -> Stat | int:
        return Stat(mode=0o010600, ino=0)

    def getdents(self, size: int) -> bytes | int:
        """linux_dirent64 records filling at most `size` bytes (b"" at the end)."""
        return -Errno.ENOTDIR

    def ioctl(self, k: Kernel, p: Process, request: int, arg: int) -> int:
        return -Errno.ENOTTY

    def truncate(self, length: int) -> int:
        return -Errno.EINVAL

    def sync(self) -> int:
        return -Errno.EINVAL

    def poll(self, events: int) -> int:
        """Which of poll's `events` (POLLIN, POLLOUT ...) would not block now. A file
        that can make a reader or writer wait (a pipe) answers for itself."""
        return events & POLL_READY

    def generation(self) -> int:
        """A count that moves whenever something a waiter may care about happens (data
        arrives, room frees up, an end closes): epoll's edge trigger (EPOLLET) reports
        a file again only when it has moved. Files that never wait keep 0."""
        return 0

    def release(self) -> None:
        """The last descriptor referring to this file was closed."""


class RegularFile(File):
    """A file with an offset, over `pread`, `pwrite` and `size`."""

    def __init__(self, flags: int = OpenFlag.RDWR, path: str = "") -> None:
        super().__init__(flags, path)
        self.offset = 0

    def size(self) -> int:
        raise NotImplementedError

    def read(self, n: int) -> bytes | int:
        data = self.pread(self.offset, n)
        if isinstance(data, bytes):
            self.offset += len(data)
        return data

    def write(self, data: bytes) -> int:
        if self.flags & OpenFlag.APPEND:
            self.offset = self.size()
        n = self.pwrite(self.offset, data)
        if n > 0:
            self.offset += n
        return n

    def seek(self, offset: int, whence: int) -> int:
        match whence:
            case Seek.SET:
                new = offset
            case Seek.CUR:
                new = self.offset + offset
            case Seek.END:
                new = self.size() + offset
            case Seek.DATA | Seek.HOLE:  # no holes: data from anywhere to the end
                size = self.size()
                if not 0 <= offset < size:
                    return -Errno.ENXIO
                new = offset if whence == Seek.DATA else size
            case _:
                return -Errno.EINVAL
        if new < 0:
            return -Errno.EINVAL
        if new > MAX_OFFSET:
            return -Errno.EOVERFLOW
        self.offset = new
        return new


class BytesFile(RegularFile):
    """Read-only contents fixed when the file was opened (a /proc text)."""

    def __init__(self, data: bytes, st: Stat, path: str) -> None:
        super().__init__(OpenFlag.RDONLY, path)
        self.data = data
        self.st = st

    def size(self) -> int:
        return len(self.data)

    def pread(self, offset: int, n: int) -> bytes | int:
        return self.data[offset : offset + n]

    def pwrite(self, offset: int, data: bytes) -> int:
        return -Errno.EBADF

    def stat(self) -> Stat | int:
        return self.st


# struct termios as the kernel copies it for TCGETS (asm-generic/termbits.h):
#   c_iflag, c_oflag, c_cflag, c_lflag u32, c_line u8, c_cc[19] u8.
# The defaults are a freshly opened terminal's (`stty sane`).
TERMIOS = struct.Struct("<IIIIB19s")
DEFAULT_TERMIOS = (
    0o2402,  # BRKINT ICRNL IXON
    0o5,  # OPOST ONLCR
    0o277,  # B38400 CS8 CREAD
    0o105073,  # ISIG ICANON ECHO ECHOE ECHOK ECHOCTL ECHOKE IEXTEN
    0,
    bytes.fromhex(
        "03 1c 7f 15 04 00 01 00 11 13 1a 00 12 0f 17 16 00 00 00"
    ),  # ^C ^\ DEL ^U ^D ...
)
WINSIZE = struct.Struct("<HHHH")  # ws_row, ws_col, ws_xpixel, ws_ypixel


class Ioctl(IntEnum):
    """The terminal ioctls a program uses to ask whether it talks to one (asm-generic/ioctls.h)."""

    TCGETS = 0x5401
    TCSETS = 0x5402
    TCSETSW = 0x5403
    TCSETSF = 0x5404
    TIOCGWINSZ = 0x5413


def tty_ioctl(p: Process, request: int, arg: int, host_fd: int | None) -> int:
    """A terminal's answer to TCGETS, TCSETS* and TIOCGWINSZ, taken from the host
    terminal `host_fd` when there is one; the settings never change the host's."""
    match request:
        case Ioctl.TCGETS:
            fields = DEFAULT_TERMIOS
            if host_fd is not None:
                fields = host_termios(host_fd) or fields
            return 0 if p.mm.copy_out(arg, TERMIOS.pack(*fields)) else -Errno.EFAULT
        case Ioctl.TCSETS | Ioctl.TCSETSW | Ioctl.TCSETSF:
            return 0 if p.mm.copy_in(arg, TERMIOS.size) is not None else -Errno.EFAULT
        case Ioctl.TIOCGWINSZ:
            rows, cols = 24, 80
            if host_fd is not None:
                with contextlib.suppress(OSError):
                    cols, rows = os.get_terminal_size(host_fd)
            return 0 if p.mm.copy_out(arg, WINSIZE.pack(rows, cols, 0, 0)) else -Errno.EFAULT
    return -Errno.ENOTTY


def host_termios(fd: int) -> tuple[int, int, int, int, int, bytes] | None:
    import termios

    try:
        iflag, oflag, cflag, lflag, _, _, cc = termios.tcgetattr(fd)
    except (termios.error, OSError):
        return None
    chars = bytes(c[0] if isinstance(c, bytes) else c for c in cc[:19])
    return iflag, oflag, cflag, lflag, 0, chars


HOST_STREAM_FLAGS = OpenFlag.ACCMODE | OpenFlag.APPEND | OpenFlag.NONBLOCK


class HostStream(File):
    """One of the host's standard streams, as the guest's fd 0, 1 or 2."""

    def __init__(self, stream: BinaryIO, flags: int) -> None:
        super().__init__(flags)
        self.stream = stream
        fd = self.host_fd()
        if fd is not None:  # F_GETFL shows how the host opened it (as qemu-user does)
            with contextlib.suppress(OSError):
                self.flags = fcntl.fcntl(fd, fcntl.F_GETFL) & HOST_STREAM_FLAGS

    def host_fd(self) -> int | None:
        try:
            return self.stream.fileno()
        except (OSError, ValueError):
            return None

    def read(self, n: int) -> bytes | int:
        try:
            read1 = getattr(self.stream, "read1", None)
            data = read1(n) if read1 is not None else self.stream.read(n)
        except OSError as e:
            return host_error(e)
        return data or b""

    def write(self, data: bytes) -> int:
        try:
            self.stream.write(data)
            self.stream.flush()
        except OSError as e:
            return host_error(e)
        return len(data)

    def stat(self) -> Stat | int:
        fd = self.host_fd()
        if fd is None:  # a stream in memory looks like a pipe
            return Stat(mode=0o010600, ino=0, dev=makedev(0, 14), uid=os.getuid(), gid=os.getgid())
        try:
            return Stat.of_host(os.fstat(fd))
        except OSError as e:
            return host_error(e)

    def ioctl(self, k: Kernel, p: Process, request: int, arg: int) -> int:
        fd = self.host_fd()
        if fd is None or not os.isatty(fd):
            return -Errno.ENOTTY
        return tty_ioctl(p, request, arg, fd)

    def sync(self) -> int:
        st = self.stat()
        return 0 if isinstance(st, Stat) and st.kind == Kind.REG else -Errno.EINVAL


@dataclass(slots=True)
class Fd:
    """A descriptor: the open file it refers to and its close-on-exec flag (FD_CLOEXEC)."""

    file: File
    cloexec: bool = False


class FdTable:
    def __init__(self, limit: int = NOFILE) -> None:
        self.fds: dict[int, Fd] = {}
        self.limit = limit
        self.users = 1  # processes sharing it (CLONE_FILES); the last one closes it all

    @classmethod
    def standard(cls, k: Kernel) -> FdTable:
        """Descriptors 0, 1, 2 connected to the kernel's (the host's) streams."""
        table = cls()
        table.install(0, HostStream(k.stdin, OpenFlag.RDONLY))
        table.install(1, HostStream(k.outputs[1], OpenFlag.WRONLY))
        table.install(2, HostStream(k.outputs[2], OpenFlag.WRONLY))
        return table

    def get(self, fd: int) -> File | None:
        entry = self.fds.get(fd)
        return entry.file if entry is not None else None

    def entry(self, fd: int) -> Fd | None:
        return self.fds.get(fd)

    def lowest_free(self, lowest: int = 0, limit: int | None = None) -> int:
        """The lowest unused descriptor >= `lowest`, or -EMFILE if it would reach the limit."""
        fd = max(lowest, 0)
        while fd in self.fds:
            fd += 1
        return fd if fd < (self.limit if limit is None else limit) else -Errno.EMFILE

    def alloc(
        self, file: File, cloexec: bool = False, lowest: int = 0, limit: int | None = None
    ) -> int:
        """The lowest free descriptor >= `lowest`, now referring to `file`; or -EMFILE."""
        fd = self.lowest_free(lowest, limit)
        if fd >= 0:
            self.install(fd, file, cloexec)
        return fd

    def install(self, fd: int, file: File, cloexec: bool = False) -> None:
        """Make `fd` refer to `file`, closing what it referred to before."""
        file.refs += 1
        old = self.fds.get(fd)
        self.fds[fd] = Fd(file, cloexec)
        if old is not None:
            self._drop(old.file)

    def close(self, fd: int) -> int:
        old = self.fds.pop(fd, None)
        if old is None:
            return -Errno.EBADF
        self._drop(old.file)
        return 0

    def close_on_exec(self) -> None:
        """What execve does: close every descriptor marked close-on-exec."""
        for fd in [fd for fd, e in self.fds.items() if e.cloexec]:
            self.close(fd)

    def close_all(self) -> None:
        for fd in list(self.fds):
            self.close(fd)

    def copy(self) -> FdTable:
        """The table a child gets from fork: the same open files, the same flags."""
        table = FdTable(self.limit)
        for fd, e in self.fds.items():
            table.install(fd, e.file, e.cloexec)
        return table

    @staticmethod
    def _drop(file: File) -> None:
        file.refs -= 1
        if file.refs == 0:
            file.release()
