"""System calls on files and file descriptors (xv6's sysfile.c).

Each handler takes the raw argument registers (signed 64-bit) and narrows them
as the C prototype does: descriptors and flags are ints (the low 32 bits),
sizes and pointers are unsigned 64-bit. The checks come in Linux's order, so a
call with several things wrong fails with the errno Linux would give. User
memory is reached only through the address space's copy_in/copy_out, a range at
a time; a buffer that is not (all) there is EFAULT. One call moves at most
IO_MAX bytes — Linux too may return a short count — so a huge length costs no
more than a big one.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from groundup.isa.alu import M64
from groundup.isa.priv import PAGE_SIZE
from groundup.kernel.errno import Errno
from groundup.kernel.file import NOFILE, SETFL_MASK, File, OpenFlag, RegularFile
from groundup.kernel.fs.node import Kind, Node, Stat
from groundup.kernel.fs.vfs import (
    PATH_MAX,
    DirFile,
    Found,
    PathFile,
    cwd_of,
    directory_path,
    vfs_of,
)
from groundup.kernel.param import USER_TOP
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process, Thread

IO_MAX = 8 << 20  # bytes one read or write moves at most
UIO_MAXIOV = 1024  # iovecs in one readv/writev
AT_FDCWD = -100
AT_SYMLINK_NOFOLLOW = 0x100
AT_EACCESS = 0x200
AT_REMOVEDIR = 0x200
AT_SYMLINK_FOLLOW = 0x400
AT_NO_AUTOMOUNT = 0x800
AT_EMPTY_PATH = 0x1000
RENAME_NOREPLACE = 1
RENAME_EXCHANGE = 2
RENAME_WHITEOUT = 4
F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL = 0, 1, 2, 3, 4
F_DUPFD_CLOEXEC = 1030
FD_CLOEXEC = 1
FIONCLEX, FIOCLEX, FIONBIO = 0x5450, 0x5451, 0x5421
RLIMIT_NOFILE = 7
DEFAULT_UMASK = 0o022
# Flags open() remembers in the open file description (F_GETFL shows them). Linux adds
# O_LARGEFILE on 64-bit machines; qemu-user does not show it, and the tests compare with qemu.
OPEN_KEPT = ~(
    OpenFlag.CREAT
    | OpenFlag.EXCL
    | OpenFlag.NOCTTY
    | OpenFlag.TRUNC
    | OpenFlag.CLOEXEC
    | OpenFlag.LARGEFILE
)


# --- arguments ----------------------------------------------------------------------------


def cint(x: int) -> int:
    """A C int argument: the register's low 32 bits, signed."""
    return ((x & 0xFFFF_FFFF) ^ 0x8000_0000) - 0x8000_0000


def access_ok(va: int, n: int) -> bool:
    """Whether [va, va+n) lies in user space (Linux's access_ok: otherwise EFAULT)."""
    return n <= USER_TOP and va <= USER_TOP - n


def copy_in(p: Process, va: int, n: int) -> bytes | None:
    """The bytes at [va, va+n) — fewer if a page on the way is missing, None if the first is."""
    out = bytearray()
    while len(out) < n:
        at = va + len(out)
        take = min(PAGE_SIZE - at % PAGE_SIZE, n - len(out))
        chunk = p.mm.copy_in(at, take) if at + take <= USER_TOP else None
        if chunk is None:
            break
        out += chunk
    return bytes(out) if out or n == 0 else None


def copy_out(p: Process, va: int, data: bytes) -> int:
    """Write `data` at va page by page; how many bytes got there before a missing page."""
    done = 0
    while done < len(data):
        at = va + done
        take = min(PAGE_SIZE - at % PAGE_SIZE, len(data) - done)
        if at + take > USER_TOP or not p.mm.copy_out(at, data[done : done + take]):
            break
        done += take
    return done


def user_path(p: Process, va: int) -> str | int:
    """A NUL-terminated path from user memory: ENAMETOOLONG past PATH_MAX, EFAULT if unmapped."""
    va &= M64
    out = bytearray()
    while len(out) < PATH_MAX:
        at = va + len(out)
        take = min(PAGE_SIZE - at % PAGE_SIZE, PATH_MAX - len(out))
        chunk = p.mm.copy_in(at, take) if at + take <= USER_TOP else None
        if chunk is None:
            return -Errno.EFAULT
        end = chunk.find(0)
        if end >= 0:
            return (out + chunk[:end]).decode("utf-8", "surrogateescape")
        out += chunk
    return -Errno.ENAMETOOLONG


def fd_limit(p: Process) -> int:
    soft = p.limits.get(RLIMIT_NOFILE, (NOFILE, NOFILE))[0]
    return min(soft, 1 << 20)


# --- looking up paths ---------------------------------------------------------------------


def base_of(k: Kernel, p: Process, dirfd: int, path: str) -> str | int:
    """The directory a relative path starts from: the cwd, or the directory `dirfd` names."""
    if path.startswith("/"):
        return "/"
    if dirfd == AT_FDCWD:
        return cwd_of(k, p)
    f = p.files.get(dirfd)
    if f is None:
        return -Errno.EBADF
    return directory_path(f)


def lookup(k: Kernel, p: Process, dirfd: int, path_va: int, follow: bool) -> Found | int:
    path = user_path(p, path_va)
    if isinstance(path, int):
        return path
    return lookup_path(k, p, cint(dirfd), path, follow)


def lookup_path(k: Kernel, p: Process, dirfd: int, path: str, follow: bool) -> Found | int:
    if not path:
        return -Errno.ENOENT
    base = base_of(k, p, dirfd, path)
    if isinstance(base, int):
        return base
    return vfs_of(k).resolve(p, path, base, follow)


def existing(found: Found | int) -> Node | int:
    if isinstance(found, int):
        return found
    return found.node if found.node is not None else -Errno.ENOENT


def umask(p: Process) -> int:
    mask = getattr(p, "umask", DEFAULT_UMASK)
    return mask if isinstance(mask, int) else DEFAULT_UMASK


# --- reading and writing ------------------------------------------------------------------


def readable_file(p: Process, fd: int) -> File | int:
    f = p.files.get(cint(fd))
    return -Errno.EBADF if f is None or not f.readable else f


def writable_file(p: Process, fd: int) -> File | int:
    f = p.files.get(cint(fd))
    return -Errno.EBADF if f is None or not f.writable else f


def deliver(p: Process, f: File, buf: int, data: bytes | int) -> int:
    """Copy what a read returned to the user's buffer; a seekable file gets back
    the offset of what did not fit before a missing page."""
    if isinstance(data, int):
        return data
    done = copy_out(p, buf, data)
    if done < len(data) and isinstance(f, RegularFile):
        f.offset -= len(data) - done
    return done if done or not data else -Errno.EFAULT


def sys_read(k: Kernel, t: Thread, fd: int, buf: int, n: int, *_: int) -> int:
    p = t.proc
    f = readable_file(p, fd)
    buf, n = buf & M64, n & M64
    if isinstance(f, int):
        return f
    if not access_ok(buf, n):
        return -Errno.EFAULT
    return deliver(p, f, buf, f.read(min(n, IO_MAX)))


def sys_write(k: Kernel, t: Thread, fd: int, buf: int, n: int, *_: int) -> int:
    p = t.proc
    f = writable_file(p, fd)
    buf, n = buf & M64, n & M64
    if isinstance(f, int):
        return f
    if not access_ok(buf, n):
        return -Errno.EFAULT
    data = copy_in(p, buf, min(n, IO_MAX))
    return -Errno.EFAULT if data is None else f.write(data)


def sys_pread64(k: Kernel, t: Thread, fd: int, buf: int, n: int, off: int, *_: int) -> int:
    p = t.proc
    if off < 0:
        return -Errno.EINVAL
    f = readable_file(p, fd)
    buf, n = buf & M64, n & M64
    if isinstance(f, int):
        return f
    if not access_ok(buf, n):
        return -Errno.EFAULT
    data = f.pread(off, min(n, IO_MAX))
    return data if isinstance(data, int) else deliver(p, f, buf, data)


def sys_pwrite64(k: Kernel, t: Thread, fd: int, buf: int, n: int, off: int, *_: int) -> int:
    p = t.proc
    if off < 0:
        return -Errno.EINVAL
    f = writable_file(p, fd)
    buf, n = buf & M64, n & M64
    if isinstance(f, int):
        return f
    if not access_ok(buf, n):
        return -Errno.EFAULT
    data = copy_in(p, buf, min(n, IO_MAX))
    return -Errno.EFAULT if data is None else f.pwrite(off, data)


def iovecs(p: Process, iov: int, count: int) -> list[tuple[int, int]] | int:
    """The (base, length) pairs of a struct iovec array, lengths capped to IO_MAX in all."""
    count = cint(count)
    if not 0 <= count <= UIO_MAXIOV:
        return -Errno.EINVAL
    raw = p.mm.copy_in(iov & M64, 16 * count) if access_ok(iov & M64, 16 * count) else None
    if raw is None:
        return -Errno.EFAULT
    segs, total = [], 0
    for base, length in struct.iter_unpack("<QQ", raw):
        if length >> 63:
            return -Errno.EINVAL
        if not access_ok(base, length):
            return -Errno.EFAULT
        length = min(length, IO_MAX - total)
        segs.append((base, length))
        total += length
    return segs


def sys_readv(k: Kernel, t: Thread, fd: int, iov: int, count: int, *_: int) -> int:
    p = t.proc
    f = readable_file(p, fd)
    if isinstance(f, int):
        return f
    segs = iovecs(p, iov, count)
    if isinstance(segs, int):
        return segs
    data = f.read(sum(n for _, n in segs))
    if isinstance(data, int):
        return data
    done = 0
    for base, n in segs:
        piece = data[done : done + n]
        if not piece:
            break
        got = copy_out(p, base, piece)
        done += got
        if got < len(piece):
            break
    if done < len(data) and isinstance(f, RegularFile):
        f.offset -= len(data) - done
    return done if done or not data else -Errno.EFAULT


def sys_writev(k: Kernel, t: Thread, fd: int, iov: int, count: int, *_: int) -> int:
    p = t.proc
    f = writable_file(p, fd)
    if isinstance(f, int):
        return f
    segs = iovecs(p, iov, count)
    if isinstance(segs, int):
        return segs
    data = bytearray()
    for base, n in segs:
        piece = copy_in(p, base, n)
        if piece is None:
            break
        data += piece
        if len(piece) < n:
            break
    if not data and any(n for _, n in segs):
        return -Errno.EFAULT
    return f.write(bytes(data))


def sys_lseek(k: Kernel, t: Thread, fd: int, offset: int, whence: int, *_: int) -> int:
    p = t.proc
    f = p.files.get(cint(fd))
    if f is None:
        return -Errno.EBADF
    whence &= 0xFFFF_FFFF
    if whence > 4:
        return -Errno.EINVAL
    return f.seek(offset, whence)


# --- opening and closing ------------------------------------------------------------------


def sys_openat(k: Kernel, t: Thread, dirfd: int, path_va: int, flags: int, mode: int,
               *_: int) -> int:  # fmt: skip
    p = t.proc
    flags &= 0xFFFF_FFFF
    if flags & OpenFlag.TMPFILE:
        return -Errno.EOPNOTSUPP
    if flags & OpenFlag.PATH:
        flags &= OpenFlag.PATH | OpenFlag.DIRECTORY | OpenFlag.NOFOLLOW | OpenFlag.CLOEXEC
    if p.files.lowest_free(0, fd_limit(p)) < 0:
        return -Errno.EMFILE
    follow = (
        not flags & OpenFlag.NOFOLLOW
        and flags & (OpenFlag.CREAT | OpenFlag.EXCL) != OpenFlag.CREAT | OpenFlag.EXCL
    )
    found = lookup(k, p, dirfd, path_va, follow)
    if isinstance(found, int):
        return found
    file = open_found(k, p, found, flags, mode & 0o7777 & ~umask(p))
    if isinstance(file, int):
        return file
    if file.refs == 0:  # a new open file description (not one reached through /proc/self/fd)
        file.flags = flags & OPEN_KEPT
    return p.files.alloc(file, bool(flags & OpenFlag.CLOEXEC), 0, fd_limit(p))


def open_found(k: Kernel, p: Process, found: Found, flags: int, mode: int) -> File | int:
    node = found.node
    if node is None:
        if not flags & OpenFlag.CREAT:
            return -Errno.ENOENT
        if found.slash:
            return -Errno.EISDIR
        made = found.parent.create(found.name, mode)
        if isinstance(made, int):
            return made
        return made.open(k, p, flags & ~OpenFlag.TRUNC, found.path)
    err = may_open(node, flags)
    if err:
        return err
    if flags & OpenFlag.PATH:
        return PathFile(node, flags, found.path)
    return node.open(k, p, flags, found.path)


def may_open(node: Node, flags: int) -> int:
    """Why `node` cannot be opened with `flags` (open(2)'s errors), or 0."""
    if flags & OpenFlag.CREAT and flags & OpenFlag.EXCL:
        return -Errno.EEXIST
    writes = flags & OpenFlag.ACCMODE != OpenFlag.RDONLY
    if node.kind == Kind.LNK and not flags & OpenFlag.PATH:
        return -Errno.ELOOP
    if node.kind == Kind.DIR:
        if flags & OpenFlag.CREAT or writes:
            return -Errno.EISDIR
    elif flags & OpenFlag.DIRECTORY:
        return -Errno.ENOTDIR
    if node.readonly and node.kind == Kind.REG and (writes or flags & OpenFlag.TRUNC):
        return -Errno.EROFS
    return 0


def sys_close(k: Kernel, t: Thread, fd: int, *_: int) -> int:
    p = t.proc
    return p.files.close(cint(fd))


def sys_dup(k: Kernel, t: Thread, fd: int, *_: int) -> int:
    p = t.proc
    f = p.files.get(cint(fd))
    if f is None:
        return -Errno.EBADF
    return p.files.alloc(f, False, 0, fd_limit(p))


def sys_dup3(k: Kernel, t: Thread, old: int, new: int, flags: int, *_: int) -> int:
    p = t.proc
    old, new, flags = cint(old), cint(new), flags & 0xFFFF_FFFF
    if flags & ~OpenFlag.CLOEXEC or old == new:
        return -Errno.EINVAL
    if not 0 <= new < fd_limit(p):
        return -Errno.EBADF
    f = p.files.get(old)
    if f is None:
        return -Errno.EBADF
    p.files.install(new, f, bool(flags & OpenFlag.CLOEXEC))
    return new


def sys_fcntl(k: Kernel, t: Thread, fd: int, cmd: int, arg: int, *_: int) -> int:
    p = t.proc
    entry = p.files.entry(cint(fd))
    if entry is None:
        return -Errno.EBADF
    f = entry.file
    match cint(cmd):
        case 0 | 1030 if arg & M64 >= fd_limit(p):  # F_DUPFD, F_DUPFD_CLOEXEC
            return -Errno.EINVAL
        case 0 | 1030:
            return p.files.alloc(f, cint(cmd) == F_DUPFD_CLOEXEC, arg & M64, fd_limit(p))
        case 1:  # F_GETFD
            return FD_CLOEXEC if entry.cloexec else 0
        case 2:  # F_SETFD
            entry.cloexec = bool(arg & FD_CLOEXEC)
            return 0
        case 3:  # F_GETFL
            return f.flags
        case 4 if isinstance(f, PathFile):
            return -Errno.EBADF
        case 4:  # F_SETFL
            f.flags = f.flags & ~SETFL_MASK | arg & SETFL_MASK
            return 0
        case 1031 | 1032:  # F_SETPIPE_SZ, F_GETPIPE_SZ
            from groundup.kernel.pipe import pipe_fcntl

            return pipe_fcntl(f, cint(cmd), arg & 0xFFFF_FFFF)
    return -Errno.EINVAL


def sys_ioctl(k: Kernel, t: Thread, fd: int, request: int, arg: int, *_: int) -> int:
    p = t.proc
    entry = p.files.entry(cint(fd))
    if entry is None:
        return -Errno.EBADF
    request &= 0xFFFF_FFFF
    if request in (FIOCLEX, FIONCLEX):
        entry.cloexec = request == FIOCLEX
        return 0
    if request == FIONBIO:
        raw = p.mm.copy_in(arg & M64, 4) if access_ok(arg & M64, 4) else None
        if raw is None:
            return -Errno.EFAULT
        nonblock = OpenFlag.NONBLOCK if int.from_bytes(raw, "little") else 0
        entry.file.flags = entry.file.flags & ~OpenFlag.NONBLOCK | nonblock
        return 0
    return entry.file.ioctl(k, p, request, arg & M64)


# --- metadata -----------------------------------------------------------------------------


def put_stat(p: Process, st: Stat | int, buf: int) -> int:
    if isinstance(st, int):
        return st
    return 0 if copy_out(p, buf & M64, st.pack()) == 128 else -Errno.EFAULT


def sys_fstat(k: Kernel, t: Thread, fd: int, buf: int, *_: int) -> int:
    p = t.proc
    f = p.files.get(cint(fd))
    return -Errno.EBADF if f is None else put_stat(p, f.stat(), buf)


def sys_newfstatat(k: Kernel, t: Thread, dirfd: int, path_va: int, buf: int, flags: int,
                   *_: int) -> int:  # fmt: skip
    p = t.proc
    flags &= 0xFFFF_FFFF
    if flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT):
        return -Errno.EINVAL
    path = user_path(p, path_va)
    if isinstance(path, int):
        return path
    if not path and flags & AT_EMPTY_PATH:
        return stat_fd(k, p, cint(dirfd), buf)
    node = existing(lookup_path(k, p, cint(dirfd), path, not flags & AT_SYMLINK_NOFOLLOW))
    return node if isinstance(node, int) else put_stat(p, node.stat(), buf)


def stat_fd(k: Kernel, p: Process, dirfd: int, buf: int) -> int:
    if dirfd == AT_FDCWD:
        node = existing(vfs_of(k).resolve(p, cwd_of(k, p), "/"))
        return node if isinstance(node, int) else put_stat(p, node.stat(), buf)
    f = p.files.get(dirfd)
    return -Errno.EBADF if f is None else put_stat(p, f.stat(), buf)


def sys_getdents64(k: Kernel, t: Thread, fd: int, buf: int, size: int, *_: int) -> int:
    p = t.proc
    f = p.files.get(cint(fd))
    buf, size = buf & M64, size & 0xFFFF_FFFF
    if f is None:
        return -Errno.EBADF
    if not access_ok(buf, size):
        return -Errno.EFAULT
    data = f.getdents(min(size, IO_MAX))
    return deliver(p, f, buf, data)


def sys_readlinkat(k: Kernel, t: Thread, dirfd: int, path_va: int, buf: int, size: int,
                   *_: int) -> int:  # fmt: skip
    p = t.proc
    size = cint(size)
    if size <= 0:
        return -Errno.EINVAL
    node = existing(lookup(k, p, dirfd, path_va, follow=False))
    if isinstance(node, int):
        return node
    target = node.readlink(p)
    if isinstance(target, int):
        return target
    data = target.encode("utf-8", "surrogateescape")[:size]
    return len(data) if copy_out(p, buf & M64, data) == len(data) else -Errno.EFAULT


def sys_faccessat(k: Kernel, t: Thread, dirfd: int, path_va: int, mode: int, *_: int) -> int:
    return sys_faccessat2(k, t, dirfd, path_va, mode, 0)


def sys_faccessat2(k: Kernel, t: Thread, dirfd: int, path_va: int, mode: int, flags: int,
                   *_: int) -> int:  # fmt: skip
    p = t.proc
    mode, flags = cint(mode), flags & 0xFFFF_FFFF
    if mode & ~7 or flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH):
        return -Errno.EINVAL
    path = user_path(p, path_va)
    if isinstance(path, int):
        return path
    if not path and flags & AT_EMPTY_PATH:
        path = "."
    follow = not flags & AT_SYMLINK_NOFOLLOW
    node = existing(lookup_path(k, p, cint(dirfd), path, follow))
    if isinstance(node, int):
        return node
    if mode & 2 and node.readonly and node.kind in (Kind.REG, Kind.DIR):
        return -Errno.EROFS
    return node.access(mode) if mode else 0


# --- the working directory ----------------------------------------------------------------


def sys_getcwd(k: Kernel, t: Thread, buf: int, size: int, *_: int) -> int:
    p = t.proc
    data = cwd_of(k, p).encode("utf-8", "surrogateescape") + b"\0"
    if size & M64 < len(data):
        return -Errno.ERANGE
    return len(data) if copy_out(p, buf & M64, data) == len(data) else -Errno.EFAULT


def sys_chdir(k: Kernel, t: Thread, path_va: int, *_: int) -> int:
    p = t.proc
    found = lookup(k, p, AT_FDCWD, path_va, follow=True)
    node = existing(found)
    if isinstance(node, int):
        return node
    assert isinstance(found, Found)
    return enter(p, node, found.path)


def sys_fchdir(k: Kernel, t: Thread, fd: int, *_: int) -> int:
    p = t.proc
    f = p.files.get(cint(fd))
    if f is None:
        return -Errno.EBADF
    path = directory_path(f)
    if isinstance(path, int):
        return path
    assert isinstance(f, (DirFile, PathFile))
    return enter(p, f.node, path)


def enter(p: Process, node: Node, path: str) -> int:
    if node.kind != Kind.DIR:
        return -Errno.ENOTDIR
    err = node.access(1)
    if err:
        return err
    p.cwd = path
    return 0


# --- changing the tree --------------------------------------------------------------------


def sys_mkdirat(k: Kernel, t: Thread, dirfd: int, path_va: int, mode: int, *_: int) -> int:
    p = t.proc
    found = lookup(k, p, dirfd, path_va, follow=False)
    if isinstance(found, int):
        return found
    if found.node is not None:
        return -Errno.EEXIST
    return found.parent.mkdir(found.name, mode & 0o7777 & ~umask(p))


def sys_linkat(k: Kernel, t: Thread, olddirfd: int, old_va: int, newdirfd: int, new_va: int,
               flags: int, *_: int) -> int:  # fmt: skip
    """linkat: a second name for an existing file (not a directory) on the same file
    system; a symbolic link named last is linked itself unless AT_SYMLINK_FOLLOW."""
    p = t.proc
    flags &= 0xFFFF_FFFF
    if flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH):
        return -Errno.EINVAL
    # (AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH, which no guest has: an empty path
    # stays ENOENT, as lookup says)
    old = existing(lookup(k, p, olddirfd, old_va, follow=bool(flags & AT_SYMLINK_FOLLOW)))
    if isinstance(old, int):
        return old
    if old.kind == Kind.DIR:
        return -Errno.EPERM
    found = new_name(k, p, newdirfd, new_va)
    return found if isinstance(found, int) else found.parent.link(found.name, old)


def new_name(k: Kernel, p: Process, dirfd: int, path_va: int) -> Found | int:
    """Where a new link goes: the path must name nothing yet, and "name/" (which
    promises a directory) is ENOENT."""
    found = lookup(k, p, dirfd, path_va, follow=False)
    if isinstance(found, int):
        return found
    if found.node is not None or found.dots:
        return -Errno.EEXIST
    return -Errno.ENOENT if found.slash else found


def sys_symlinkat(k: Kernel, t: Thread, target_va: int, dirfd: int, path_va: int,
                  *_: int) -> int:  # fmt: skip
    """symlinkat(target, dirfd, linkpath): the target is only text (it may name
    nothing yet); the link is made where linkpath ends, which must not exist."""
    p = t.proc
    target = user_path(p, target_va)
    if isinstance(target, int):
        return target
    if not target:
        return -Errno.ENOENT
    found = new_name(k, p, dirfd, path_va)
    return found if isinstance(found, int) else found.parent.symlink(found.name, target)


def sys_unlinkat(k: Kernel, t: Thread, dirfd: int, path_va: int, flags: int, *_: int) -> int:
    p = t.proc
    flags &= 0xFFFF_FFFF
    if flags & ~AT_REMOVEDIR:
        return -Errno.EINVAL
    found = lookup(k, p, dirfd, path_va, follow=False)
    if isinstance(found, int):
        return found
    if flags & AT_REMOVEDIR:
        return rmdir(k, found)
    if found.dots or (found.node is not None and found.node.kind == Kind.DIR):
        return -Errno.EISDIR
    if found.node is None:
        return -Errno.ENOENT
    return found.parent.unlink(found.name)


def rmdir(k: Kernel, found: Found) -> int:
    if found.path == "/":
        return -Errno.EBUSY
    if found.dots:
        return -Errno.EINVAL if found.name == "." else -Errno.ENOTEMPTY
    if found.node is None:
        return -Errno.ENOENT
    if found.node.kind != Kind.DIR:
        return -Errno.ENOTDIR
    if vfs_of(k).is_mount_point(found.path):
        return -Errno.EBUSY
    return found.parent.rmdir(found.name)


def sys_renameat2(k: Kernel, t: Thread, olddirfd: int, old_va: int, newdirfd: int, new_va: int,
                  flags: int, *_: int) -> int:  # fmt: skip
    p = t.proc
    flags &= 0xFFFF_FFFF
    if flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT):
        return -Errno.EINVAL
    if flags & RENAME_EXCHANGE and flags & (RENAME_NOREPLACE | RENAME_WHITEOUT):
        return -Errno.EINVAL
    old = lookup(k, p, olddirfd, old_va, follow=False)
    if isinstance(old, int):
        return old
    new = lookup(k, p, newdirfd, new_va, follow=False)
    if isinstance(new, int):
        return new
    vfs = vfs_of(k)
    if old.dots or new.dots or vfs.is_mount_point(old.path) or vfs.is_mount_point(new.path):
        return -Errno.EBUSY
    if old.parent.fs is not new.parent.fs:
        return -Errno.EXDEV
    if old.parent.readonly:
        return -Errno.EROFS
    if flags & (RENAME_EXCHANGE | RENAME_WHITEOUT):
        return -Errno.EINVAL  # none of these file systems can exchange or whiteout
    if old.node is None:
        return -Errno.ENOENT
    noreplace = bool(flags & RENAME_NOREPLACE)
    return old.parent.rename(old.name, new.parent, new.name, noreplace)


def sys_fchmodat(k: Kernel, t: Thread, dirfd: int, path_va: int, mode: int, *_: int) -> int:
    node = existing(lookup(k, t.proc, dirfd, path_va, follow=True))
    return node if isinstance(node, int) else node.chmod(mode & 0o7777)


def sys_fchmod(k: Kernel, t: Thread, fd: int, mode: int, *_: int) -> int:
    f = t.proc.files.get(cint(fd))
    if f is None:
        return -Errno.EBADF
    node = getattr(f, "node", None)
    return node.chmod(mode & 0o7777) if isinstance(node, Node) else -Errno.EPERM


def sys_ftruncate(k: Kernel, t: Thread, fd: int, length: int, *_: int) -> int:
    p = t.proc
    if length < 0:
        return -Errno.EINVAL
    f = p.files.get(cint(fd))
    if f is None:
        return -Errno.EBADF
    if not f.writable:
        return -Errno.EINVAL
    return f.truncate(length)


def sys_fsync(k: Kernel, t: Thread, fd: int, *_: int) -> int:
    p = t.proc
    f = p.files.get(cint(fd))
    return -Errno.EBADF if f is None else f.sync()


HANDLERS: dict[int, Handler] = {
    Sys.GETCWD: sys_getcwd,
    Sys.DUP: sys_dup,
    Sys.DUP3: sys_dup3,
    Sys.FCNTL: sys_fcntl,
    Sys.IOCTL: sys_ioctl,
    Sys.MKDIRAT: sys_mkdirat,
    Sys.UNLINKAT: sys_unlinkat,
    Sys.SYMLINKAT: sys_symlinkat,
    Sys.LINKAT: sys_linkat,
    Sys.FTRUNCATE: sys_ftruncate,
    Sys.FCHMOD: sys_fchmod,
    Sys.FCHMODAT: sys_fchmodat,
    Sys.FACCESSAT: sys_faccessat,
    Sys.CHDIR: sys_chdir,
    Sys.FCHDIR: sys_fchdir,
    Sys.OPENAT: sys_openat,
    Sys.CLOSE: sys_close,
    Sys.GETDENTS64: sys_getdents64,
    Sys.LSEEK: sys_lseek,
    Sys.READ: sys_read,
    Sys.WRITE: sys_write,
    Sys.READV: sys_readv,
    Sys.WRITEV: sys_writev,
    Sys.PREAD64: sys_pread64,
    Sys.PWRITE64: sys_pwrite64,
    Sys.READLINKAT: sys_readlinkat,
    Sys.NEWFSTATAT: sys_newfstatat,
    Sys.FSTAT: sys_fstat,
    Sys.FSYNC: sys_fsync,
    Sys.FDATASYNC: sys_fsync,
    Sys.RENAMEAT2: sys_renameat2,
    Sys.FACCESSAT2: sys_faccessat2,
}
