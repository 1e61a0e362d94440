"""/dev: the character devices a program expects, none of them the host's.

null (reads end at once, writes vanish), zero (reads zeros), urandom and random
(bytes from a generator seeded by the run's --seed, so a run repeats), tty (the
terminal: reads the guest's stdin, writes to its stderr, and answers the
terminal ioctls whether or not the host has a terminal), and stdin, stdout,
stderr, fd as symbolic links into /proc/self/fd, as on Linux.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from groundup.kernel.errno import Errno
from groundup.kernel.file import File, HostStream, OpenFlag, tty_ioctl
from groundup.kernel.fs.node import Entry, Kind, Node, Stat, makedev

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process

DEVFS_DEV = makedev(0, 5)


class DevFile(File):
    """An open device with no offset: lseek succeeds and stays at 0, as Linux's do."""

    def __init__(self, node: Node, flags: int, path: str) -> None:
        super().__init__(flags, path)
        self.node = node

    def seek(self, offset: int, whence: int) -> int:
        return 0

    def stat(self) -> Stat | int:
        return self.node.stat()

    def write(self, data: bytes) -> int:
        return len(data)

    def pwrite(self, offset: int, data: bytes) -> int:
        return len(data)

    def read(self, n: int) -> bytes | int:
        return self.pread(0, n)


class NullFile(DevFile):
    def pread(self, offset: int, n: int) -> bytes | int:
        return b""


class ZeroFile(DevFile):
    def pread(self, offset: int, n: int) -> bytes | int:
        return bytes(n)


class RandomFile(DevFile):
    def __init__(self, node: Node, flags: int, path: str, rng: random.Random) -> None:
        super().__init__(node, flags, path)
        self.rng = rng

    def pread(self, offset: int, n: int) -> bytes | int:
        return self.rng.randbytes(n)


class TtyFile(DevFile):
    """/dev/tty: the terminal the guest was started from, as its standard streams see it."""

    def __init__(self, node: Node, flags: int, path: str, k: Kernel) -> None:
        super().__init__(node, flags, path)
        self.input = HostStream(k.stdin, OpenFlag.RDONLY)
        self.output = HostStream(k.stderr, OpenFlag.WRONLY)

    def seek(self, offset: int, whence: int) -> int:
        return -Errno.ESPIPE

    def read(self, n: int) -> bytes | int:
        return self.input.read(n)

    def pread(self, offset: int, n: int) -> bytes | int:
        return -Errno.ESPIPE

    def write(self, data: bytes) -> int:
        return self.output.write(data)

    def pwrite(self, offset: int, data: bytes) -> int:
        return -Errno.ESPIPE

    def ioctl(self, k: Kernel, p: Process, request: int, arg: int) -> int:
        fd = self.input.host_fd()
        return tty_ioctl(p, request, arg, fd if fd is not None and os.isatty(fd) else None)


Opener = Callable[[Node, int, str], File]


class Device(Node):
    kind = Kind.CHR

    def __init__(self, ino: int, rdev: int, opener: Opener) -> None:
        self.ino, self.rdev, self.opener = ino, rdev, opener

    def stat(self) -> Stat | int:
        return Stat(mode=0o020666, ino=self.ino, dev=DEVFS_DEV, rdev=self.rdev)

    def open(self, k: Kernel, p: Process, flags: int, path: str) -> File | int:
        return self.opener(self, flags, path)


class Symlink(Node):
    """A fixed symbolic link of a virtual tree."""

    kind = Kind.LNK

    def __init__(self, ino: int, target: str, dev: int) -> None:
        self.ino, self.target, self.dev = ino, target, dev

    def stat(self) -> Stat | int:
        return Stat(mode=0o120777, ino=self.ino, dev=self.dev, size=len(self.target))

    def readlink(self, p: Process) -> str | int:
        return self.target


class DevDir(Node):
    kind = Kind.DIR

    def __init__(self, k: Kernel) -> None:
        rng = k.random  # getrandom's stream, not a second copy of AT_RANDOM's
        self.children: dict[str, Node] = {
            "null": Device(3, makedev(1, 3), NullFile),
            "zero": Device(4, makedev(1, 5), ZeroFile),
            "random": Device(5, makedev(1, 8), lambda n, f, p: RandomFile(n, f, p, rng)),
            "urandom": Device(6, makedev(1, 9), lambda n, f, p: RandomFile(n, f, p, rng)),
            "tty": Device(7, makedev(5, 0), lambda n, f, p: TtyFile(n, f, p, k)),
            "fd": Symlink(8, "/proc/self/fd", DEVFS_DEV),
            "stdin": Symlink(9, "/proc/self/fd/0", DEVFS_DEV),
            "stdout": Symlink(10, "/proc/self/fd/1", DEVFS_DEV),
            "stderr": Symlink(11, "/proc/self/fd/2", DEVFS_DEV),
        }

    def stat(self) -> Stat | int:
        return Stat(mode=0o040755, ino=1, dev=DEVFS_DEV, nlink=2)

    def lookup(self, name: str, p: Process) -> Node | None | int:
        return self.children.get(name)

    def entries(self, p: Process) -> list[Entry] | int:
        out = []
        for name, node in self.children.items():
            st = node.stat()
            out.append(Entry(name, node.kind, st.ino if isinstance(st, Stat) else 0))
        return out
