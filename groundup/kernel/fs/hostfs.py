"""Host directories mounted into the guest's namespace (`--mount HOST:GUEST[:ro]`).

A `HostNode` is a host file named by the mount's real root and a tuple of
components. The VFS builds that tuple one component at a time, each one looked
at with lstat, so every directory in it was a real directory (not a symbolic
link) when the walk passed it; symbolic links come back to the VFS as nodes
whose target it resolves in the guest's namespace. Files are opened with
O_NOFOLLOW, and only regular files and directories open at all: a host FIFO,
socket or device node in a mount stays shut (EACCES).
"""

from __future__ import annotations

import os
import stat as st_
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from groundup.kernel.errno import Errno
from groundup.kernel.file import OpenFlag, RegularFile, host_error
from groundup.kernel.fs.node import Entry, Kind, Node, Stat, kind_of_mode

if TYPE_CHECKING:
    from groundup.kernel.file import File
    from groundup.kernel.options import Mount
    from groundup.kernel.proc import Kernel, Process


@dataclass(frozen=True, slots=True, eq=False)
class HostFs:
    """One mount: the host directory (its real path) and whether it is read-only."""

    root: str
    readonly: bool


def mount(m: Mount) -> Node | str:
    """The root node of a mount, or a message saying why the host directory will not do."""
    root = os.path.realpath(m.host)
    try:
        st = os.stat(root)
    except OSError as e:
        return f"mount {m.host}: {e.strerror}"
    if not st_.S_ISDIR(st.st_mode):
        return f"mount {m.host}: Not a directory"
    return HostNode(HostFs(root, m.readonly), (), st.st_mode)


def entry_kind(e: os.DirEntry[str]) -> Kind:
    if e.is_symlink():
        return Kind.LNK
    if e.is_dir(follow_symlinks=False):
        return Kind.DIR
    if e.is_file(follow_symlinks=False):
        return Kind.REG
    return kind_of_mode(e.stat(follow_symlinks=False).st_mode)


class HostNode(Node):
    def __init__(self, fs: HostFs, rel: tuple[str, ...], mode: int) -> None:
        self.fs = self.host = fs
        self.readonly = fs.readonly
        self.rel = rel
        self.kind = kind_of_mode(mode)
        self.host_path = os.path.join(fs.root, *rel)

    def _at(self, name: str) -> str:
        return os.path.join(self.host_path, name)

    def stat(self) -> Stat | int:
        try:
            return Stat.of_host(os.lstat(self.host_path))
        except OSError as e:
            return host_error(e)

    def access(self, mode: int) -> int:
        if self.kind == Kind.LNK:  # the link itself (AT_SYMLINK_NOFOLLOW): never ask the host
            return 0  # about its target, which may lie outside every mount
        try:
            return 0 if os.access(self.host_path, mode) else -Errno.EACCES
        except OSError as e:
            return host_error(e)

    def readlink(self, p: Process) -> str | int:
        if self.kind != Kind.LNK:
            return -Errno.EINVAL
        try:
            return os.readlink(self.host_path)
        except OSError as e:
            return host_error(e)

    def lookup(self, name: str, p: Process) -> Node | None | int:
        if self.kind != Kind.DIR:
            return -Errno.ENOTDIR
        return self._node(name)

    def _node(self, name: str) -> Node | None | int:
        try:
            mode = os.lstat(self._at(name)).st_mode
        except FileNotFoundError:
            return None
        except OSError as e:
            return host_error(e)
        return HostNode(self.host, (*self.rel, name), mode)

    def entries(self, p: Process) -> list[Entry] | int:
        if self.kind != Kind.DIR:
            return -Errno.ENOTDIR
        try:
            with os.scandir(self.host_path) as it:
                return [Entry(e.name, entry_kind(e), e.inode()) for e in it]
        except OSError as e:
            return host_error(e)

    def open(self, k: Kernel, p: Process, flags: int, path: str) -> File | int:
        if self.kind == Kind.DIR:
            return super().open(k, p, flags, path)
        if self.kind != Kind.REG:
            return -Errno.EACCES
        host_flags = (os.O_RDONLY, os.O_WRONLY, os.O_RDWR)[flags & OpenFlag.ACCMODE]
        if flags & OpenFlag.TRUNC:
            host_flags |= os.O_TRUNC
        try:
            fd = os.open(self.host_path, host_flags | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError as e:
            return host_error(e)
        return HostFile(fd, flags, path)

    def chmod(self, mode: int) -> int:
        if self.readonly:
            return -Errno.EROFS
        if self.kind == Kind.LNK:
            return -Errno.EOPNOTSUPP  # a link's own mode: never follow it on the host
        try:
            os.chmod(self.host_path, mode & 0o7777, follow_symlinks=False)
        except OSError as e:
            return host_error(e)
        return 0

    # --- changes, refused on a read-only mount ---
    def _change(self, op: Callable[..., object], *args: object) -> int:
        if self.kind != Kind.DIR:
            return -Errno.ENOTDIR
        if self.readonly:
            return -Errno.EROFS
        try:
            op(*args)
        except OSError as e:
            return host_error(e)
        return 0

    def create(self, name: str, mode: int) -> Node | int:
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC
        err = self._change(lambda: os.close(os.open(self._at(name), flags, mode & 0o7777)))
        if err:
            return err
        made = self._node(name)
        return made if made is not None else -Errno.ENOENT

    def mkdir(self, name: str, mode: int) -> int:
        return self._change(os.mkdir, self._at(name), mode & 0o7777)

    def link(self, name: str, node: Node) -> int:
        if not isinstance(node, HostNode) or node.fs is not self.fs:
            return -Errno.EXDEV
        # both host paths are mount roots joined with components the walk checked; the
        # host does not follow a link given as the old name (follow_symlinks=False)
        return self._change(lambda: os.link(node.host_path, self._at(name),
                                            follow_symlinks=False))  # fmt: skip

    def symlink(self, name: str, target: str) -> int:
        # The host makes the link and never follows it for the guest: the VFS reads
        # it back with readlink and walks the target inside the guest's namespace.
        return self._change(os.symlink, target, self._at(name))

    def unlink(self, name: str) -> int:
        return self._change(os.unlink, self._at(name))

    def rmdir(self, name: str) -> int:
        return self._change(os.rmdir, self._at(name))

    def rename(self, name: str, new_dir: Node, new_name: str, noreplace: bool) -> int:
        if not isinstance(new_dir, HostNode) or new_dir.fs is not self.fs:
            return -Errno.EXDEV
        target = new_dir._at(new_name)
        if noreplace and os.path.lexists(target):
            return -Errno.EEXIST
        return self._change(os.rename, self._at(name), target)


class HostFile(RegularFile):
    """An open host regular file: a host descriptor, with the offset kept here."""

    def __init__(self, fd: int, flags: int, path: str) -> None:
        super().__init__(flags, path)
        self.fd = fd

    def size(self) -> int:
        try:
            return os.fstat(self.fd).st_size
        except OSError:
            return 0

    def pread(self, offset: int, n: int) -> bytes | int:
        try:
            return os.pread(self.fd, n, offset)
        except OSError as e:
            return host_error(e)
        except OverflowError:
            return -Errno.EINVAL

    def pwrite(self, offset: int, data: bytes) -> int:
        try:
            return os.pwrite(self.fd, data, offset)
        except OSError as e:
            return host_error(e)
        except OverflowError:
            return -Errno.EINVAL

    def stat(self) -> Stat | int:
        try:
            return Stat.of_host(os.fstat(self.fd))
        except OSError as e:
            return host_error(e)

    def truncate(self, length: int) -> int:
        try:
            os.ftruncate(self.fd, length)
        except OSError as e:
            return host_error(e)
        return 0

    def sync(self) -> int:
        try:
            os.fsync(self.fd)
        except OSError as e:
            return host_error(e)
        return 0

    def release(self) -> None:
        os.close(self.fd)
