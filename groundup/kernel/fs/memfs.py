"""The in-memory file system behind the guest's /tmp (Linux's tmpfs, in miniature).

Directories hold their entries in a dict (listed in the order they were made),
files hold their bytes in a bytearray; nothing touches the host. Times come
from the virtual clock the VFS gives (instructions retired, so runs repeat
exactly). A file grows to MAX_FILE_SIZE at most (EFBIG), all files together to
CAPACITY (ENOSPC), so a guest cannot eat the host's memory through /tmp.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from groundup.kernel.errno import Errno
from groundup.kernel.file import OpenFlag, RegularFile
from groundup.kernel.fs.node import MODE_BITS, Entry, Kind, Node, Stat, makedev

if TYPE_CHECKING:
    from groundup.kernel.file import File
    from groundup.kernel.proc import Kernel, Process

MAX_FILE_SIZE = 64 << 20
CAPACITY = 256 << 20
MEMFS_DEV = makedev(0, 0x20)


class MemFs:
    def __init__(self, clock: Callable[[], int]) -> None:
        self.clock = clock  # nanoseconds, for file times
        self.inodes = 0
        self.used = 0  # bytes held by files that have a name
        self.root = MemDir(self, 0o1777, None, uid=0, gid=0)

    def new_ino(self) -> int:
        self.inodes += 1
        return self.inodes


class MemNode(Node):
    def __init__(self, fs: MemFs, kind: Kind, perms: int, uid: int, gid: int) -> None:
        self.fs = self.memfs = fs
        self.kind = kind
        self.mode = MODE_BITS[kind] | perms & 0o7777
        self.ino = fs.new_ino()
        self.uid, self.gid = uid, gid
        self.nlink = 1
        self.atime = self.mtime = self.ctime = fs.clock()

    def size(self) -> int:
        return 0

    def stat(self) -> Stat | int:
        size = self.size()
        return Stat(
            mode=self.mode,
            ino=self.ino,
            dev=MEMFS_DEV,
            nlink=self.nlink,
            uid=self.uid,
            gid=self.gid,
            size=size,
            blocks=(size + 4095) // 4096 * 8,
            atime_ns=self.atime,
            mtime_ns=self.mtime,
            ctime_ns=self.ctime,
        )

    def touch(self) -> None:
        self.mtime = self.ctime = self.memfs.clock()

    def chmod(self, mode: int) -> int:
        self.mode = (self.mode & ~0o7777) | (mode & 0o7777)
        self.ctime = self.memfs.clock()
        return 0


class MemFile(MemNode):
    def __init__(self, fs: MemFs, perms: int) -> None:
        super().__init__(fs, Kind.REG, perms, os.getuid(), os.getgid())
        self.data = bytearray()

    def size(self) -> int:
        return len(self.data)

    def resize(self, length: int) -> int:
        """Make the file `length` bytes long (zeros at the end); 0 or -EFBIG / -ENOSPC."""
        if length > MAX_FILE_SIZE:
            return -Errno.EFBIG
        grow = length - len(self.data)
        if self.nlink and self.memfs.used + grow > CAPACITY:
            return -Errno.ENOSPC
        if grow > 0:
            self.data += bytes(grow)
        else:
            del self.data[length:]
        if self.nlink:
            self.memfs.used += grow
        return 0

    def open(self, k: Kernel, p: Process, flags: int, path: str) -> File | int:
        if flags & OpenFlag.TRUNC and self.data:
            self.resize(0)
            self.touch()
        return MemFileHandle(self, flags, path)


class MemLink(MemNode):
    """A symbolic link: its target, as the guest wrote it (mode 0777, as Linux's)."""

    def __init__(self, fs: MemFs, target: str) -> None:
        super().__init__(fs, Kind.LNK, 0o777, os.getuid(), os.getgid())
        self.target = target

    def size(self) -> int:
        return len(self.target.encode("utf-8", "surrogateescape"))

    def readlink(self, p: Process) -> str | int:
        return self.target


class MemDir(MemNode):
    def __init__(self, fs: MemFs, perms: int, parent: MemDir | None, uid: int, gid: int) -> None:
        super().__init__(fs, Kind.DIR, perms, uid, gid)
        self.children: dict[str, MemNode] = {}
        self.parent = parent
        self.nlink = 2

    def size(self) -> int:
        return 4096

    def lookup(self, name: str, p: Process) -> Node | None | int:
        return self.children.get(name)

    def entries(self, p: Process) -> list[Entry] | int:
        return [Entry(name, c.kind, c.ino) for name, c in self.children.items()]

    def create(self, name: str, mode: int) -> Node | int:
        f = MemFile(self.memfs, mode)
        self.children[name] = f
        self.touch()
        return f

    def mkdir(self, name: str, mode: int) -> int:
        self.children[name] = MemDir(self.memfs, mode, self, os.getuid(), os.getgid())
        self.nlink += 1
        self.touch()
        return 0

    def link(self, name: str, node: Node) -> int:
        if not isinstance(node, MemNode) or node.fs is not self.fs:
            return -Errno.EXDEV
        self.children[name] = node
        node.nlink += 1
        node.ctime = self.memfs.clock()
        self.touch()
        return 0

    def symlink(self, name: str, target: str) -> int:
        self.children[name] = MemLink(self.memfs, target)
        self.touch()
        return 0

    def unlink(self, name: str) -> int:
        node = self.children.get(name)
        if node is None:
            return -Errno.ENOENT
        if node.kind == Kind.DIR:
            return -Errno.EISDIR
        self._remove(name)
        return 0

    def rmdir(self, name: str) -> int:
        node = self.children.get(name)
        if node is None:
            return -Errno.ENOENT
        if not isinstance(node, MemDir):
            return -Errno.ENOTDIR
        if node.children:
            return -Errno.ENOTEMPTY
        self._remove(name)
        return 0

    def _remove(self, name: str) -> None:
        node = self.children.pop(name)
        node.nlink -= 1
        if isinstance(node, MemDir):
            self.nlink -= 1
            node.nlink = 0
        elif isinstance(node, MemFile) and node.nlink == 0:
            self.memfs.used -= len(node.data)
        node.ctime = self.memfs.clock()
        self.touch()

    def rename(self, name: str, new_dir: Node, new_name: str, noreplace: bool) -> int:
        if not isinstance(new_dir, MemDir) or new_dir.fs is not self.fs:
            return -Errno.EXDEV
        node = self.children.get(name)
        if node is None:
            return -Errno.ENOENT
        old = new_dir.children.get(new_name)
        if old is node:
            return 0
        if old is not None and noreplace:
            return -Errno.EEXIST
        err = self._may_replace(node, new_dir, old)
        if err:
            return err
        if old is not None:
            new_dir._remove(new_name)
        del self.children[name]
        new_dir.children[new_name] = node
        if isinstance(node, MemDir):
            node.parent = new_dir
            self.nlink -= 1
            new_dir.nlink += 1
        node.ctime = self.memfs.clock()
        self.touch()
        new_dir.touch()
        return 0

    @staticmethod
    def _may_replace(node: MemNode, new_dir: MemDir, old: MemNode | None) -> int:
        """Why `node` may not move into `new_dir` over `old` (rename(2)'s errors), or 0."""
        if isinstance(node, MemDir):
            d: MemDir | None = new_dir
            while d is not None:
                if d is node:
                    return -Errno.EINVAL  # into itself or below itself
                d = d.parent
            if old is not None and not isinstance(old, MemDir):
                return -Errno.ENOTDIR
            if isinstance(old, MemDir) and old.children:
                return -Errno.ENOTEMPTY
        elif isinstance(old, MemDir):
            return -Errno.EISDIR
        return 0


class MemFileHandle(RegularFile):
    """An open /tmp file."""

    def __init__(self, node: MemFile, flags: int, path: str) -> None:
        super().__init__(flags, path)
        self.node = node

    def size(self) -> int:
        return len(self.node.data)

    def pread(self, offset: int, n: int) -> bytes | int:
        return bytes(self.node.data[offset : offset + n])

    def pwrite(self, offset: int, data: bytes) -> int:
        node = self.node
        end = offset + len(data)
        if end > len(node.data):
            err = node.resize(end)
            if err:
                return err
        node.data[offset:end] = data
        node.touch()
        return len(data)

    def stat(self) -> Stat | int:
        return self.node.stat()

    def truncate(self, length: int) -> int:
        err = self.node.resize(length)
        if not err:
            self.node.touch()
        return err

    def sync(self) -> int:
        return 0
