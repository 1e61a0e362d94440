"""Nodes: what a name in the guest's file system refers to (the VFS's inode).

Every kind of file system — host directories, the in-memory /tmp, /dev, /proc —
gives its files, directories and symbolic links as `Node`s with one interface:
a directory answers `lookup`, `entries`, `create`, `mkdir`, `unlink`, `rmdir`
and `rename`; a symbolic link answers `readlink`; anything answers `stat` and
`open` (which makes an open file description, a `File`). An operation a node
does not support returns the errno Linux gives for it on such a file.

Also here: the two records the kernel copies out to user memory, `struct stat`
and `struct linux_dirent64`, in their asm-generic layouts.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.kernel.errno import Errno

if TYPE_CHECKING:
    from groundup.kernel.file import File
    from groundup.kernel.proc import Kernel, Process

NAME_MAX = 255  # bytes in one path component (limits.h)


class Kind(IntEnum):
    """File types, numbered as linux_dirent64's d_type (DT_* in dirent.h)."""

    FIFO = 1
    CHR = 2
    DIR = 4
    BLK = 6
    REG = 8
    LNK = 10
    SOCK = 12


# st_mode's type bits for each kind (S_IF* in linux/stat.h).
S_IFMT = 0o170000
MODE_BITS = {
    Kind.FIFO: 0o010000,
    Kind.CHR: 0o020000,
    Kind.DIR: 0o040000,
    Kind.BLK: 0o060000,
    Kind.REG: 0o100000,
    Kind.LNK: 0o120000,
    Kind.SOCK: 0o140000,
}
KIND_OF_MODE = {bits: kind for kind, bits in MODE_BITS.items()}


def kind_of_mode(mode: int) -> Kind:
    return KIND_OF_MODE.get(mode & S_IFMT, Kind.REG)


def makedev(major: int, minor: int) -> int:
    """A device number as Linux encodes it for user space (new_encode_dev)."""
    return (minor & 0xFF) | (major << 8) | ((minor & ~0xFF) << 12)


# struct stat (asm-generic/stat.h), 128 bytes:
#   st_dev u64, st_ino u64, st_mode u32, st_nlink u32, st_uid u32, st_gid u32,
#   st_rdev u64, __pad1 u64, st_size i64, st_blksize i32, __pad2 i32, st_blocks i64,
#   st_atime i64, st_atime_nsec u64, st_mtime i64, st_mtime_nsec u64,
#   st_ctime i64, st_ctime_nsec u64, __unused4 u32, __unused5 u32
STAT_FORMAT = "<QQIIIIQQqiiqqQqQqQII"
STAT_SIZE = struct.calcsize(STAT_FORMAT)
assert STAT_SIZE == 128


@dataclass(frozen=True, slots=True)
class Stat:
    """What fstat reports about a file; times in nanoseconds since the epoch."""

    mode: int
    ino: int
    dev: int = 0
    nlink: int = 1
    uid: int = 0
    gid: int = 0
    rdev: int = 0
    size: int = 0
    blksize: int = 4096
    blocks: int = 0
    atime_ns: int = 0
    mtime_ns: int = 0
    ctime_ns: int = 0

    @property
    def kind(self) -> Kind:
        return kind_of_mode(self.mode)

    def pack(self) -> bytes:
        times: list[int] = []
        for ns in (self.atime_ns, self.mtime_ns, self.ctime_ns):
            times += divmod(ns, 1_000_000_000)
        return struct.pack(
            STAT_FORMAT,
            self.dev & 0xFFFF_FFFF_FFFF_FFFF,
            self.ino & 0xFFFF_FFFF_FFFF_FFFF,
            self.mode & 0xFFFF_FFFF,
            min(self.nlink, 0xFFFF_FFFF),
            self.uid & 0xFFFF_FFFF,
            self.gid & 0xFFFF_FFFF,
            self.rdev & 0xFFFF_FFFF_FFFF_FFFF,
            0,
            self.size,
            self.blksize,
            0,
            self.blocks,
            *times,
            0,
            0,
        )

    @classmethod
    def of_host(cls, st: os.stat_result) -> Stat:
        """A host file's stat as it is: device, inode, owner, times."""
        return cls(
            mode=st.st_mode,
            ino=st.st_ino,
            dev=st.st_dev,
            nlink=st.st_nlink,
            uid=st.st_uid,
            gid=st.st_gid,
            rdev=st.st_rdev,
            size=st.st_size,
            blksize=st.st_blksize,
            blocks=st.st_blocks,
            atime_ns=st.st_atime_ns,
            mtime_ns=st.st_mtime_ns,
            ctime_ns=st.st_ctime_ns,
        )


# struct linux_dirent64 (linux/dirent.h):
#   d_ino u64, d_off i64, d_reclen u16, d_type u8, d_name[] NUL-terminated,
#   the record padded to a multiple of 8 bytes.
DIRENT_HEADER = struct.Struct("<QqHB")


def dirent(ino: int, off: int, kind: Kind, name: bytes) -> bytes:
    """One linux_dirent64 record; `off` is the cookie that lseek takes to resume after it."""
    reclen = (DIRENT_HEADER.size + len(name) + 1 + 7) & ~7
    head = DIRENT_HEADER.pack(ino & 0xFFFF_FFFF_FFFF_FFFF, off, reclen, kind)
    return (head + name).ljust(reclen, b"\0")


@dataclass(frozen=True, slots=True)
class Entry:
    """A directory entry as getdents lists it."""

    name: str
    kind: Kind
    ino: int


class Node:
    """A file, directory, symbolic link or device, in one of the file systems.

    `fs` identifies the file system (rename across two is EXDEV); `readonly`
    makes every change EROFS. Directory operations take names that are single
    components, never "", "." or "..": the VFS has dealt with those.
    """

    kind: Kind = Kind.REG
    fs: object = None
    readonly: bool = False

    def stat(self) -> Stat | int:
        raise NotImplementedError

    def open(self, k: Kernel, p: Process, flags: int, path: str) -> File | int:
        """A new open file description of this node, or a negative errno."""
        if self.kind == Kind.DIR:
            from groundup.kernel.fs.vfs import DirFile

            return DirFile(k, p, self, flags, path)
        return -Errno.EACCES

    def access(self, mode: int) -> int:
        """0 if the caller may read (4), write (2), execute (1) it, else -EACCES."""
        st = self.stat()
        if isinstance(st, int):
            return st
        allowed = st.mode >> 6 & 7 if st.uid == os.getuid() else st.mode & 7
        return 0 if mode & ~allowed == 0 else -Errno.EACCES

    def chmod(self, mode: int) -> int:
        """Set the permission bits (chmod(2)): 0, or a negative errno."""
        return -Errno.EROFS if self.readonly else -Errno.EPERM

    # --- symbolic links ---
    def readlink(self, p: Process) -> str | int:
        return -Errno.EINVAL

    def jump(self, p: Process) -> Node | None:
        """For a /proc "magic" link: the node it stands for, not a path to resolve."""
        return None

    # --- directories ---
    def lookup(self, name: str, p: Process) -> Node | None | int:
        """The node called `name` here, None if there is none, or a negative errno."""
        return -Errno.ENOTDIR

    def entries(self, p: Process) -> list[Entry] | int:
        """What is in this directory, without "." and ".."."""
        return -Errno.ENOTDIR

    def create(self, name: str, mode: int) -> Node | int:
        """A new empty regular file `name` (which does not exist)."""
        return self._refuse()

    def mkdir(self, name: str, mode: int) -> int:
        return self._refuse()

    def link(self, name: str, node: Node) -> int:
        """A new name `name` (which does not exist) for `node`, not a directory: a hard
        link. EXDEV when `node` lives on another file system."""
        return self._refuse()

    def symlink(self, name: str, target: str) -> int:
        """A new symbolic link `name` (which does not exist) holding `target`, a text
        never interpreted here: the VFS resolves it when a path goes through it."""
        return self._refuse()

    def unlink(self, name: str) -> int:
        return self._refuse()

    def rmdir(self, name: str) -> int:
        return self._refuse()

    def rename(self, name: str, new_dir: Node, new_name: str, noreplace: bool) -> int:
        """Move entry `name` to `new_name` in `new_dir` (a directory of the same fs)."""
        return self._refuse()

    def _refuse(self) -> int:
        if self.kind != Kind.DIR:
            return -Errno.ENOTDIR
        return -Errno.EROFS if self.readonly else -Errno.EACCES
