"""The virtual file system: one namespace of guest paths over several file systems.

The guest's `/` is a virtual directory. On it sit the built-in trees — `/dev`,
`/proc`, the in-memory `/tmp` — and the host directories the user mounted
(`Mount(host, guest, readonly)`); a mount point deeper than one level gets
virtual directories above it (`/home` and `/home/me` for `/home/me/src`).

`Vfs.resolve` walks a guest path component by component, entirely in the guest's
namespace: it keeps the stack of directories it went through, so `..` returns to
the directory it came from and never above `/`; a symbolic link's target is
read (from the host with readlink, never followed by the host) and walked in
its place — an absolute target from the guest's `/`, a relative one from the
directory holding the link — at most MAXSYMLINKS times per path (ELOOP). A host
file is only ever touched by a host path made of the mount's real root and
components that the walk checked one by one (lstat) to be plain directories,
and opened with O_NOFOLLOW: no guest path names anything outside the mounts.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from groundup.kernel.clock import realtime_ns
from groundup.kernel.errno import Errno
from groundup.kernel.file import File, Seek
from groundup.kernel.fs import devfs, hostfs, memfs, procfs
from groundup.kernel.fs.node import NAME_MAX, Entry, Kind, Node, Stat, dirent

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process

PATH_MAX = 4096  # bytes in a path, with its NUL (limits.h)
MAXSYMLINKS = 40  # symbolic links one path lookup may follow (Linux's limit)
VIRTUAL_DEV = 0x2  # st_dev of the virtual directories


def components(path: str) -> list[str]:
    return [c for c in path.split("/") if c]


def join(directory: str, name: str) -> str:
    return directory + name if directory.endswith("/") else f"{directory}/{name}"


@dataclass(slots=True)
class Found:
    """Where a path led. `stack` holds the directories walked through, from `/` to
    the one containing the last component; `name` is that component ("." when the
    path named a directory as `/`, `.` or `..` do, and then `node` is the top of
    the stack); `node` is None when nothing has that name (yet)."""

    stack: list[tuple[str, Node]]
    name: str
    node: Node | None
    path: str  # the guest path it names, without symbolic links or dots
    slash: bool = False  # the path ended with "/"

    @property
    def parent(self) -> Node:
        return self.stack[-1][1]

    @property
    def dots(self) -> bool:
        return self.name in (".", "..")

    def dir_stack(self) -> list[tuple[str, Node]]:
        """The stack of a walk that continues inside the directory found."""
        if self.dots:
            return self.stack
        assert self.node is not None
        return [*self.stack, (self.path, self.node)]


class SynthDir(Node):
    """A virtual directory holding only mount points (`/`, or `/home` above `/home/me`)."""

    kind = Kind.DIR

    def __init__(self, ino: int) -> None:
        self.ino = ino

    def stat(self) -> Stat | int:
        return Stat(mode=0o040755, ino=self.ino, dev=VIRTUAL_DEV, nlink=2)

    def lookup(self, name: str, p: Process) -> Node | None | int:
        return None

    def entries(self, p: Process) -> list[Entry] | int:
        return []


@dataclass(slots=True)
class Namespace:
    """Which node sits at each mount point, and the virtual directories above them."""

    mounts: dict[str, Node] = field(default_factory=dict)
    synth: dict[str, SynthDir] = field(default_factory=dict)
    children: dict[str, dict[str, Node]] = field(default_factory=dict)

    def add(self, path: str, node: Node) -> None:
        self.mounts[path] = node
        while path != "/":
            parent, name = posixpath.split(path)
            self.children.setdefault(parent, {})[name] = node
            if parent == "/" or parent in self.mounts or parent in self.synth:
                break
            node = self.synth[parent] = SynthDir(ino=len(self.synth) + 2)
            path = parent


class Vfs:
    def __init__(self, k: Kernel) -> None:
        self.ns = Namespace()
        self.ns.add("/dev", devfs.DevDir(k))
        self.ns.add("/proc", procfs.ProcRoot(k))
        self.ns.add("/tmp", memfs.MemFs(lambda: realtime_ns(k, k.machine.harts[0])).root)
        for m in k.options.mounts:
            mounted = hostfs.mount(m)
            if isinstance(mounted, str):
                k.report(mounted)
            else:
                self.ns.add(posixpath.normpath(posixpath.join("/", m.guest)), mounted)
        root = self.ns.mounts.pop("/", None)
        self.root: Node = SynthDir(ino=1) if root is None else root

    def resolve(self, p: Process, path: str, base: str, follow: bool = True) -> Found | int:
        """Walk `path` (relative ones from the directory `base`); follow a final
        symbolic link if `follow` (or the path ends with "/")."""
        if not path:
            return -Errno.ENOENT
        stack: list[tuple[str, Node]] = [("/", self.root)]
        if not path.startswith("/") and base != "/":
            found = self.resolve(p, base, "/")
            if isinstance(found, int):
                return found
            if found.node is None:
                return -Errno.ENOENT
            if found.node.kind != Kind.DIR:
                return -Errno.ENOTDIR
            stack = found.dir_stack()
        return self.walk(p, stack, components(path), follow, path.endswith("/"))

    def walk(
        self, p: Process, stack: list[tuple[str, Node]], parts: list[str], follow: bool, slash: bool
    ) -> Found | int:
        links = 0
        stack = list(stack)
        parts.reverse()  # a stack of components still to walk, the next one last
        while parts:
            name = parts.pop()
            if name in (".", ".."):
                if name == ".." and len(stack) > 1:
                    stack.pop()
                if not parts:
                    return Found(stack, name, stack[-1][1], stack[-1][0], slash)
                continue
            if len(name.encode("utf-8", "surrogateescape")) > NAME_MAX:
                return -Errno.ENAMETOOLONG
            dpath, dnode = stack[-1]
            if dnode.kind != Kind.DIR:
                return -Errno.ENOTDIR
            child = self.child(p, dnode, dpath, name)
            if isinstance(child, int):
                return child
            cpath = join(dpath, name)
            if child is None:
                return Found(stack, name, None, cpath, slash) if not parts else -Errno.ENOENT
            if child.kind == Kind.LNK and (parts or follow or slash):
                links += 1
                if links > MAXSYMLINKS:
                    return -Errno.ELOOP
                jumped = child.jump(p)
                if jumped is not None:  # a /proc magic link stands for its node
                    if not parts:
                        return Found(stack, name, jumped, cpath, slash)
                    child = jumped
                else:
                    target = child.readlink(p)
                    if isinstance(target, int):
                        return target
                    if not target:
                        return -Errno.ENOENT
                    if target.startswith("/"):
                        stack = stack[:1]
                    parts += reversed(components(target))
                    if not parts:  # the link points at "/"
                        return Found(stack, ".", stack[-1][1], stack[-1][0], slash)
                    continue
            if not parts:
                if slash and child.kind != Kind.DIR:
                    return -Errno.ENOTDIR
                return Found(stack, name, child, cpath, slash)
            stack = [*stack, (cpath, child)]
        return Found(stack, ".", stack[-1][1], stack[-1][0], slash)

    def child(self, p: Process, dnode: Node, dpath: str, name: str) -> Node | None | int:
        """What `name` in directory `dnode` (at `dpath`) is: a mount point covers what
        the directory itself holds under that name."""
        cpath = join(dpath, name)
        mounted = self.ns.mounts.get(cpath)
        if mounted is not None:
            return mounted
        found = dnode.lookup(name, p)
        return self.ns.synth.get(cpath) if found is None else found

    def list(self, p: Process, node: Node, path: str) -> list[Entry] | int:
        """The entries of directory `node` at `path`, with the mount points on it."""
        entries = node.entries(p)
        if isinstance(entries, int):
            return entries
        covering = self.ns.children.get(path, {})
        shown = [e for e in entries if e.name not in covering]
        for name, child in covering.items():
            st = child.stat()
            shown.append(Entry(name, Kind.DIR, st.ino if isinstance(st, Stat) else 0))
        return shown

    def is_mount_point(self, path: str) -> bool:
        return path == "/" or path in self.ns.mounts or path in self.ns.synth


def vfs_of(k: Kernel) -> Vfs:
    """The kernel's VFS."""
    return k.vfs


def cwd_of(k: Kernel, p: Process) -> str:
    """The process's working directory (a guest path)."""
    return p.cwd


class DirFile(File):
    """An open directory: getdents lists it, from a listing taken at the first call
    (and again after a rewind), "." and ".." first; the offset counts entries."""

    def __init__(self, k: Kernel, p: Process, node: Node, flags: int, path: str) -> None:
        super().__init__(flags, path)
        self.k, self.p, self.node = k, p, node
        self.pos = 0
        self.listing: list[Entry] | None = None

    def _listing(self) -> list[Entry] | int:
        if self.listing is None:
            vfs = vfs_of(self.k)
            entries = vfs.list(self.p, self.node, self.path)
            if isinstance(entries, int):
                return entries
            up = vfs.resolve(self.p, join(self.path, ".."), "/")
            up_st = up.node.stat() if isinstance(up, Found) and up.node else None
            st = self.node.stat()
            dots = [
                Entry(".", Kind.DIR, st.ino if isinstance(st, Stat) else 0),
                Entry("..", Kind.DIR, up_st.ino if isinstance(up_st, Stat) else 0),
            ]
            self.listing = dots + entries
        return self.listing

    def getdents(self, size: int) -> bytes | int:
        listing = self._listing()
        if isinstance(listing, int):
            return listing
        out = bytearray()
        while self.pos < len(listing):
            e = listing[self.pos]
            record = dirent(e.ino, self.pos + 1, e.kind, e.name.encode("utf-8", "surrogateescape"))
            if len(out) + len(record) > size:
                if not out:
                    return -Errno.EINVAL  # not even one entry fits
                break
            out += record
            self.pos += 1
        return bytes(out)

    def seek(self, offset: int, whence: int) -> int:
        if whence == Seek.CUR:
            offset += self.pos
        elif whence != Seek.SET:
            return -Errno.EINVAL
        if offset < 0:
            return -Errno.EINVAL
        if offset == 0:
            self.listing = None  # rewinddir sees the directory as it is now
        self.pos = offset
        return offset

    def read(self, n: int) -> bytes | int:
        return -Errno.EISDIR

    def pread(self, offset: int, n: int) -> bytes | int:
        return -Errno.EISDIR

    def stat(self) -> Stat | int:
        return self.node.stat()

    def sync(self) -> int:
        return 0


class PathFile(File):
    """What open(O_PATH) gives: a place in the namespace (for *at calls and fstat), no I/O."""

    def __init__(self, node: Node, flags: int, path: str) -> None:
        super().__init__(flags, path)
        self.node = node

    def read(self, n: int) -> bytes | int:
        return -Errno.EBADF

    def write(self, data: bytes) -> int:
        return -Errno.EBADF

    def pread(self, offset: int, n: int) -> bytes | int:
        return -Errno.EBADF

    def stat(self) -> Stat | int:
        return self.node.stat()

    def getdents(self, size: int) -> bytes | int:
        return -Errno.EBADF

    def ioctl(self, k: Kernel, p: Process, request: int, arg: int) -> int:
        return -Errno.EBADF

    def sync(self) -> int:
        return -Errno.EBADF


def directory_path(f: File) -> str | int:
    """The guest path of the directory an open descriptor names (for *at calls)."""
    node = f.node if isinstance(f, (DirFile, PathFile)) else None
    if node is None or node.kind != Kind.DIR:
        return -Errno.ENOTDIR
    return f.path
