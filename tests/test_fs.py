"""Files, descriptors and the virtual file system.

Most tests call the system-call handlers directly on a process made from
examples/hello.elf (never run): a `Guest` puts arguments in its stack memory and
calls `sysfile.HANDLERS`, the way an ecall would. Then: path resolution and
mounts, the in-memory /tmp, /dev, /proc, descriptor-table semantics, the struct
layouts, a glibc program compared with qemu-riscv64, and hypothesis throwing
random arguments at every handler.
"""

from __future__ import annotations

import io
import os
import stat
import struct
from pathlib import Path

import oracle
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groundup.kernel import sysfile
from groundup.kernel.file import FdTable, HostStream, OpenFlag
from groundup.kernel.fs.node import Kind, Stat, dirent
from groundup.kernel.fs.vfs import Found, vfs_of
from groundup.kernel.options import Mount, Options
from groundup.kernel.proc import Kernel, Process
from groundup.kernel.sysnum import Sys

ROOT = Path(__file__).resolve().parent.parent
FS = Path(__file__).parent / "fs"
HELLO = ROOT / "examples" / "hello.elf"
AT_FDCWD = -100
E = {"ENOENT": -2, "EBADF": -9, "EFAULT": -14, "EEXIST": -17, "EXDEV": -18, "ENOTDIR": -20,
     "EISDIR": -21, "EINVAL": -22, "EMFILE": -24, "ENOTTY": -25, "ESPIPE": -29, "EROFS": -30,
     "ERANGE": -34, "ENAMETOOLONG": -36, "ENOTEMPTY": -39, "ELOOP": -40, "EBUSY": -16,
     "EACCES": -13, "EFBIG": -27, "EPERM": -1}  # fmt: skip
O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND = (
    0,
    1,
    2,
    0o100,
    0o200,
    0o1000,
    0o2000,
)
O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC, O_PATH = 0o200000, 0o400000, 0o2000000, 0o10000000


class Guest:
    """A process to call system calls for, with a bump allocator in its stack."""

    def __init__(self, k: Kernel, p: Process) -> None:
        self.k, self.p = k, p
        self.base = (p.leader.hart.x[2] & ~0xFFF) - 0x20000  # type: ignore[union-attr]
        self.next = self.base

    def mem(self, data: bytes) -> int:
        va = self.next
        assert self.p.mm.copy_out(va, data)
        self.next += (len(data) + 15) & ~15
        return va

    def buf(self, n: int) -> int:
        return self.mem(bytes(n))

    def __call__(self, number: Sys, *args: int | str | bytes) -> int:
        regs = [self._arg(a) for a in args] + [0] * (6 - len(args))
        result = sysfile.HANDLERS[number](self.k, self.p.leader, *regs)
        assert isinstance(result, int)
        return result

    def _arg(self, a: int | str | bytes) -> int:
        if isinstance(a, str):
            return self.mem(a.encode() + b"\0")
        if isinstance(a, bytes):
            return self.mem(a)
        return a

    def get(self, va: int, n: int) -> bytes:
        data = self.p.mm.copy_in(va, n)
        assert data is not None
        return data

    def open(self, path: str, flags: int = O_RDONLY, mode: int = 0o644) -> int:
        return self(Sys.OPENAT, AT_FDCWD, path, flags, mode)

    def read(self, fd: int, n: int = 4096) -> bytes | int:
        va = self.buf(n)
        got = self(Sys.READ, fd, va, n)
        return got if got < 0 else self.get(va, got)

    def write(self, fd: int, data: bytes) -> int:
        return self(Sys.WRITE, fd, data, len(data))

    def stat(self, path: str, flags: int = 0) -> Stat | int:
        va = self.buf(128)
        got = self(Sys.NEWFSTATAT, AT_FDCWD, path, va, flags)
        return got if got < 0 else unpack_stat(self.get(va, 128))

    def names(self, path: str) -> list[str]:
        fd = self.open(path, O_RDONLY | O_DIRECTORY)
        assert fd >= 0, fd
        va, names = self.buf(4096), []
        while (n := self(Sys.GETDENTS64, fd, va, 4096)) > 0:
            data, off = self.get(va, n), 0
            while off < n:
                reclen = struct.unpack_from("<H", data, off + 16)[0]
                names.append(data[off + 19 : off + reclen].split(b"\0")[0].decode())
                off += reclen
        assert n == 0 and self(Sys.CLOSE, fd) == 0
        return names


def unpack_stat(raw: bytes) -> Stat:
    f = struct.unpack("<QQIIIIQQqiiqqQqQqQII", raw)
    return Stat(mode=f[2], ino=f[1], dev=f[0], nlink=f[3], uid=f[4], gid=f[5], rdev=f[6],
                size=f[8], blksize=f[9], blocks=f[11], atime_ns=f[12] * 10**9 + f[13],
                mtime_ns=f[14] * 10**9 + f[15], ctime_ns=f[16] * 10**9 + f[17])  # fmt: skip


def make_guest(mounts: tuple[Mount, ...] = (), cwd: str = "/", seed: int = 0,
               stdin: bytes = b"") -> Guest:  # fmt: skip
    options = Options(mounts=mounts, cwd=cwd, seed=seed)
    k = Kernel(options=options, stdout=io.BytesIO(), stderr=io.BytesIO(), stdin=io.BytesIO(stdin))
    p = k.spawn(str(HELLO), HELLO.read_bytes(), ["hello"], [])
    return Guest(k, p)


@pytest.fixture
def g(tmp_path: Path) -> Guest:
    """A guest with tmp_path/mnt mounted at /mnt (its cwd) and tmp_path/ro read-only at /ro."""
    (tmp_path / "mnt").mkdir()
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "keep").write_bytes(b"keep")
    mounts = (Mount(tmp_path / "mnt", "/mnt"), Mount(tmp_path / "ro", "/ro", readonly=True))
    return make_guest(mounts, "/mnt", stdin=b"line one\nline two\n")


# --- layouts --------------------------------------------------------------------------------


def test_struct_stat_layout() -> None:
    raw = Stat(mode=0o100644, ino=2, dev=1, nlink=3, uid=4, gid=5, rdev=6, size=7, blksize=8,
               blocks=9, atime_ns=10_000_000_011, mtime_ns=12_000_000_013,
               ctime_ns=14_000_000_015).pack()  # fmt: skip
    assert len(raw) == 128
    at = {0: 1, 8: 2, 32: 6, 48: 7, 64: 9, 72: 10, 80: 11, 88: 12, 96: 13, 104: 14}
    for off, value in at.items():
        assert struct.unpack_from("<Q", raw, off)[0] == value, off
    assert struct.unpack_from("<IIII", raw, 16) == (0o100644, 3, 4, 5)
    assert struct.unpack_from("<i", raw, 56)[0] == 8
    assert struct.unpack_from("<Q", raw, 112)[0] == 15


def test_dirent_layout() -> None:
    rec = dirent(0x1234, 7, Kind.DIR, b"abcde")
    assert len(rec) == 32  # 19 + 5 + NUL = 25, padded to 8
    assert struct.unpack_from("<QqHB", rec) == (0x1234, 7, 32, 4)
    assert rec[19:25] == b"abcde\0"
    assert len(dirent(1, 1, Kind.REG, b"x" * 4)) == 24


# --- path resolution and mounts -------------------------------------------------------------


def test_root_lists_virtual_trees_and_mount_points(tmp_path: Path) -> None:
    g = make_guest((Mount(tmp_path, "/home/me/src"), Mount(tmp_path, "/data")))
    assert g.names("/") == [".", "..", "dev", "proc", "tmp", "home", "data"]
    assert g.names("/home") == [".", "..", "me"]
    assert g.names("/home/me") == [".", "..", "src"]
    assert g.stat("/home/me/src/../..").mode & 0o170000 == 0o040000  # type: ignore[union-attr]
    assert g(Sys.MKDIRAT, AT_FDCWD, "/home/other", 0o755) == E["EACCES"]
    assert g(Sys.MKDIRAT, AT_FDCWD, "/etc", 0o755) == E["EACCES"]


def resolve(g: Guest, path: str, base: str = "/", follow: bool = True) -> Found | int:
    return vfs_of(g.k).resolve(g.p, path, base, follow)


def test_dotdot_never_leaves_the_guest_root(g: Guest, tmp_path: Path) -> None:
    for path in ("/..", "/../..", "/mnt/../../..", "../../../..", "/proc/self/root/.."):
        found = resolve(g, path, "/mnt")
        assert isinstance(found, Found) and found.path == "/", path
    assert g.names("../../..") == [".", "..", "dev", "proc", "tmp", "mnt", "ro"]


def test_symbolic_links_resolve_in_the_guest_namespace(g: Guest, tmp_path: Path) -> None:
    mnt = tmp_path / "mnt"
    (mnt / "sub").mkdir()
    (mnt / "sub" / "f").write_bytes(b"in the mount")
    os.symlink("/mnt/sub", mnt / "abs")  # a guest path, not a host one
    os.symlink("sub/f", mnt / "rel")
    os.symlink("../f", mnt / "sub" / "up")
    os.symlink(str(mnt / "sub" / "f"), mnt / "host_abs")  # the host's path means nothing inside
    os.symlink("/", mnt / "root")
    os.symlink("a", mnt / "b")
    os.symlink("b", mnt / "a")
    for path in ("abs/f", "rel", "sub/../rel", "abs/../sub/f", "root/mnt/rel"):
        fd = g.open(path)
        assert fd >= 0 and g.read(fd) == b"in the mount", path
    assert g.open("sub/up") == E["ENOENT"]  # /mnt/f does not exist
    assert g.open("host_abs") == E["ENOENT"]
    assert g.open("a") == E["ELOOP"]
    assert g.open("rel", O_RDONLY | O_NOFOLLOW) == E["ELOOP"]
    assert g.stat("rel", 0x100).mode & 0o170000 == 0o120000  # type: ignore[union-attr]
    va = g.buf(64)
    assert g(Sys.READLINKAT, AT_FDCWD, "abs", va, 64) == 8 and g.get(va, 8) == b"/mnt/sub"
    assert g(Sys.READLINKAT, AT_FDCWD, "abs", va, 3) == 3 and g.get(va, 3) == b"/mn"
    assert g(Sys.READLINKAT, AT_FDCWD, "sub", va, 64) == E["EINVAL"]


def test_guest_made_symbolic_links_stay_in_the_guest_namespace(g: Guest, tmp_path: Path) -> None:
    """symlinkat writes the target as text; following it is the VFS's walk, so a link
    the guest points at a host path outside its mounts leads nowhere."""
    mnt, outside = tmp_path / "mnt", tmp_path / "outside"
    outside.mkdir()
    (outside / "secret").write_bytes(b"secret")
    (mnt / "f").write_bytes(b"in the mount")
    assert g(Sys.SYMLINKAT, "f", AT_FDCWD, "rel") == 0
    assert os.readlink(mnt / "rel") == "f"  # a real link on the host
    assert g.read(g.open("rel")) == b"in the mount"
    assert g(Sys.SYMLINKAT, str(outside / "secret"), AT_FDCWD, "out") == 0
    assert g.open("out") == E["ENOENT"]  # the host's path means nothing inside
    assert g(Sys.SYMLINKAT, "../../../../../../..", AT_FDCWD, "up") == 0
    assert g.names("up") == [".", "..", "dev", "proc", "tmp", "mnt", "ro"]  # the guest's /
    assert g(Sys.SYMLINKAT, "x", AT_FDCWD, "rel") == E["EEXIST"]
    assert g(Sys.SYMLINKAT, "", AT_FDCWD, "empty") == E["ENOENT"]
    assert g(Sys.SYMLINKAT, "x", AT_FDCWD, "new/") == E["ENOENT"]
    assert g(Sys.SYMLINKAT, "x", AT_FDCWD, "/ro/l") == E["EROFS"]
    assert g(Sys.SYMLINKAT, "x", AT_FDCWD, "/proc/l") == E["EACCES"]
    assert g(Sys.SYMLINKAT, "/mnt/f", AT_FDCWD, "/tmp/l") == 0  # in memory
    st = g.stat("/tmp/l", 0x100)
    assert isinstance(st, Stat) and st.mode == 0o120777 and st.size == 6
    assert g.read(g.open("/tmp/l")) == b"in the mount"
    va = g.buf(16)
    assert g(Sys.READLINKAT, AT_FDCWD, "/tmp/l", va, 16) == 6 and g.get(va, 6) == b"/mnt/f"
    assert g.names("/tmp") == [".", "..", "l"]
    assert g(Sys.UNLINKAT, AT_FDCWD, "/tmp/l", 0) == 0 and g.names("/tmp") == [".", ".."]
    assert g(Sys.SYMLINKAT, 1 << 60, AT_FDCWD, "bad") == E["EFAULT"]


def test_hard_links(g: Guest, tmp_path: Path) -> None:
    mnt = tmp_path / "mnt"
    (mnt / "f").write_bytes(b"one file")
    assert g(Sys.LINKAT, AT_FDCWD, "f", AT_FDCWD, "g", 0) == 0
    assert os.path.samefile(mnt / "f", mnt / "g")
    assert g(Sys.LINKAT, AT_FDCWD, "f", AT_FDCWD, "/tmp/g", 0) == E["EXDEV"]
    assert g(Sys.LINKAT, AT_FDCWD, "/ro/keep", AT_FDCWD, "k", 0) == E["EXDEV"]
    assert g(Sys.LINKAT, AT_FDCWD, "/ro/keep", AT_FDCWD, "/ro/k", 0) == E["EROFS"]
    assert g(Sys.LINKAT, AT_FDCWD, "/dev/null", AT_FDCWD, "/tmp/null", 0) == E["EXDEV"]
    assert g(Sys.LINKAT, AT_FDCWD, ".", AT_FDCWD, "dot", 0) == E["EPERM"]
    assert g(Sys.LINKAT, AT_FDCWD, "f", AT_FDCWD, "g", 0) == E["EEXIST"]
    assert g(Sys.LINKAT, AT_FDCWD, "f", AT_FDCWD, "h", 0x8) == E["EINVAL"]
    fd = g.open("/tmp/a", O_WRONLY | O_CREAT, 0o644)
    assert g.write(fd, b"abc") == 3 and g(Sys.CLOSE, fd) == 0
    assert g(Sys.LINKAT, AT_FDCWD, "/tmp/a", AT_FDCWD, "/tmp/b", 0) == 0
    assert g.stat("/tmp/b").nlink == 2  # type: ignore[union-attr]
    assert g(Sys.UNLINKAT, AT_FDCWD, "/tmp/a", 0) == 0
    st = g.stat("/tmp/b")
    assert isinstance(st, Stat) and st.nlink == 1 and st.size == 3
    assert g.read(g.open("/tmp/b")) == b"abc"


def test_link_program_matches_qemu(tmp_path: Path) -> None:
    """tests/fs/links.c: symbolic and hard links in a host mount and in /tmp, and the
    errors of symlink(2) and link(2)."""
    oracle.require("gcc", "qemu")
    elf = oracle.gcc_compile(FS / "links.c", "O2", flags=["-static", "-O2"], libs=[])
    expected = oracle.qemu_run(elf)
    out = io.BytesIO()
    options = Options(mounts=(Mount(tmp_path, str(tmp_path)),), cwd=str(tmp_path))
    k = Kernel(options=options, stdout=out, stderr=io.BytesIO(), stdin=io.BytesIO())
    result = k.run(k.spawn("prog", elf.read_bytes(), ["prog"], []))
    assert out.getvalue().decode() == expected.stdout.decode()
    assert result.status == expected.status == 0
    assert list(tmp_path.iterdir()) == []


def test_symlink_depth_limit(g: Guest, tmp_path: Path) -> None:
    mnt = tmp_path / "mnt"
    (mnt / "l0").write_bytes(b"end")
    for i in range(1, 42):
        os.symlink(f"l{i - 1}", mnt / f"l{i}")
    assert g.read(g.open("l40")) == b"end"  # 40 links followed
    assert g.open("l41") == E["ELOOP"]


def test_path_errors(g: Guest, tmp_path: Path) -> None:
    (tmp_path / "mnt" / "file").write_bytes(b"x")
    assert g.open("") == E["ENOENT"]
    assert g.open("file/") == E["ENOTDIR"]
    assert g.open("file/x") == E["ENOTDIR"]
    assert g.open("n" * 256) == E["ENAMETOOLONG"]
    assert g.open("n" * 255) == E["ENOENT"]
    assert g.open("/" * 4095) >= 0  # 4095 characters and the NUL: just fits
    assert g(Sys.OPENAT, AT_FDCWD, g.mem(b"/" * 4096), 0, 0) == E["ENAMETOOLONG"]
    assert g(Sys.OPENAT, AT_FDCWD, 0, 0, 0) == E["EFAULT"]
    assert g(Sys.OPENAT, AT_FDCWD, 1 << 62, 0, 0) == E["EFAULT"]
    assert g(Sys.OPENAT, 55, "file", 0, 0) == E["EBADF"]
    assert g(Sys.OPENAT, 0, "file", 0, 0) == E["ENOTDIR"]
    assert g(Sys.OPENAT, 55, "/mnt/file", 0, 0) >= 0  # an absolute path ignores dirfd


def test_path_across_a_page_boundary(g: Guest, tmp_path: Path) -> None:
    (tmp_path / "mnt" / "file").write_bytes(b"x")
    top = (g.p.leader.hart.x[2] & ~0xFFF) - 0x40000  # type: ignore[union-attr]
    va = top - 3
    assert g.p.mm.copy_out(va, b"/mnt/file\0")
    assert g(Sys.OPENAT, AT_FDCWD, va, 0, 0) >= 0


def test_dirfd_and_o_path(g: Guest, tmp_path: Path) -> None:
    (tmp_path / "mnt" / "d").mkdir()
    (tmp_path / "mnt" / "d" / "f").write_bytes(b"hi")
    d = g.open("d", O_RDONLY | O_DIRECTORY)
    assert g.read(g(Sys.OPENAT, d, "f", 0, 0)) == b"hi"
    pd = g.open("d", O_PATH)
    assert g.read(pd) == E["EBADF"]
    assert g.read(g(Sys.OPENAT, pd, "f", 0, 0)) == b"hi"
    assert g(Sys.FCNTL, pd, 3, 0) == O_PATH
    assert g.read(d) == E["EISDIR"]
    assert g(Sys.FCHDIR, d) == 0 and g.read(g.open("f")) == b"hi"
    va = g.buf(64)
    assert g(Sys.GETCWD, va, 64) == 7 and g.get(va, 7) == b"/mnt/d\0"


def test_read_only_mount(g: Guest, tmp_path: Path) -> None:
    assert g.read(g.open("/ro/keep")) == b"keep"
    assert g.open("/ro/keep", O_WRONLY) == E["EROFS"]
    assert g.open("/ro/keep", O_RDONLY | O_TRUNC) == E["EROFS"]
    assert g.open("/ro/new", O_WRONLY | O_CREAT) == E["EROFS"]
    assert g.open("/ro/keep", O_WRONLY | O_CREAT | O_EXCL) == E["EEXIST"]
    assert g(Sys.MKDIRAT, AT_FDCWD, "/ro/d", 0o755) == E["EROFS"]
    assert g(Sys.UNLINKAT, AT_FDCWD, "/ro/keep", 0) == E["EROFS"]
    assert g(Sys.RENAMEAT2, AT_FDCWD, "/ro/keep", AT_FDCWD, "/ro/k2", 0) == E["EROFS"]
    assert g(Sys.FACCESSAT, AT_FDCWD, "/ro/keep", 2) == E["EROFS"]
    assert g(Sys.FACCESSAT, AT_FDCWD, "/ro/keep", 4) == 0
    assert (tmp_path / "ro" / "keep").read_bytes() == b"keep"


def test_mount_points_are_busy_and_cross_mount_renames_fail(g: Guest) -> None:
    assert g(Sys.UNLINKAT, AT_FDCWD, "/mnt", 0x200) == E["EBUSY"]
    assert g(Sys.UNLINKAT, AT_FDCWD, "/tmp", 0x200) == E["EBUSY"]
    assert g(Sys.RENAMEAT2, AT_FDCWD, "/mnt", AT_FDCWD, "/x", 0) == E["EBUSY"]
    assert g.write(g.open("/tmp/f", O_WRONLY | O_CREAT), b"x") == 1
    assert g(Sys.RENAMEAT2, AT_FDCWD, "/tmp/f", AT_FDCWD, "/mnt/f", 0) == E["EXDEV"]


# --- host files through system calls --------------------------------------------------------


def test_host_file_lifecycle(g: Guest, tmp_path: Path) -> None:
    mnt = tmp_path / "mnt"
    fd = g.open("a.txt", O_RDWR | O_CREAT | O_EXCL, 0o600)
    assert fd == 3
    assert g.write(fd, b"hello world") == 11
    assert (mnt / "a.txt").read_bytes() == b"hello world"
    assert (mnt / "a.txt").stat().st_mode & 0o777 == 0o600
    assert g(Sys.LSEEK, fd, 6, 0) == 6 and g.read(fd) == b"world"
    va = g.buf(16)
    assert g(Sys.PREAD64, fd, va, 5, 0) == 5 and g.get(va, 5) == b"hello"
    assert g(Sys.PWRITE64, fd, b"HELLO", 5, 0) == 5
    assert g(Sys.FTRUNCATE, fd, 8) == 0 and g(Sys.FSYNC, fd) == 0
    assert (mnt / "a.txt").read_bytes() == b"HELLO wo"
    st = g.stat("a.txt")
    host = (mnt / "a.txt").stat()
    assert isinstance(st, Stat) and (st.size, st.ino, st.dev) == (8, host.st_ino, host.st_dev)
    assert g(Sys.MKDIRAT, AT_FDCWD, "d", 0o755) == 0 and (mnt / "d").is_dir()
    assert g(Sys.RENAMEAT2, AT_FDCWD, "a.txt", AT_FDCWD, "d/b.txt", 0) == 0
    assert sorted(g.names("d")) == [".", "..", "b.txt"]
    assert g(Sys.RENAMEAT2, AT_FDCWD, "d/b.txt", AT_FDCWD, "d", 1) == E["EEXIST"]
    assert g(Sys.UNLINKAT, AT_FDCWD, "d", 0x200) == E["ENOTEMPTY"]
    assert g(Sys.UNLINKAT, AT_FDCWD, "d", 0) == E["EISDIR"]
    assert g(Sys.UNLINKAT, AT_FDCWD, "d/b.txt", 0x200) == E["ENOTDIR"]
    assert g(Sys.UNLINKAT, AT_FDCWD, "d/b.txt", 0) == 0
    assert g(Sys.UNLINKAT, AT_FDCWD, "d", 0x200) == 0
    assert g(Sys.UNLINKAT, AT_FDCWD, "d", 0x400) == E["EINVAL"]
    assert list(mnt.iterdir()) == []
    assert g(Sys.CLOSE, fd) == 0 and g(Sys.CLOSE, fd) == E["EBADF"]


def test_host_fifo_stays_shut(g: Guest, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "mnt" / "fifo")
    assert g.open("fifo") == E["EACCES"]  # would block the whole machine otherwise


# --- the descriptor table -------------------------------------------------------------------


def test_dup_shares_the_offset_and_status_flags(g: Guest) -> None:
    fd = g.open("/tmp/f", O_RDWR | O_CREAT)
    g.write(fd, b"0123456789")
    dup = g(Sys.DUP, fd)
    assert dup == fd + 1
    g(Sys.LSEEK, fd, 2, 0)
    assert g.read(dup, 3) == b"234"
    assert g(Sys.FCNTL, fd, 4, O_APPEND) == 0
    assert g(Sys.FCNTL, dup, 3, 0) == O_RDWR | O_APPEND
    g(Sys.LSEEK, dup, 0, 0)
    g.write(dup, b"X")
    assert g(Sys.LSEEK, fd, 0, 1) == 11


def test_lowest_free_descriptor_and_emfile(g: Guest) -> None:
    a, b, c = (g.open("/dev/null") for _ in range(3))
    assert (a, b, c) == (3, 4, 5)
    g(Sys.CLOSE, b)
    assert g.open("/dev/null") == 4
    g.p.limits[7] = (7, 7)
    assert g.open("/dev/null") == 6
    assert g.open("/dev/null") == E["EMFILE"]
    assert g(Sys.DUP, 0) == E["EMFILE"]
    assert g(Sys.DUP3, 0, 7, 0) == E["EBADF"]
    assert g(Sys.FCNTL, 0, 0, 7) == E["EINVAL"]


def test_cloexec_flags(g: Guest) -> None:
    fd = g.open("/dev/null", O_RDONLY | O_CLOEXEC)
    assert g(Sys.FCNTL, fd, 1, 0) == 1
    assert g(Sys.FCNTL, fd, 2, 0) == 0 and g(Sys.FCNTL, fd, 1, 0) == 0
    assert g(Sys.DUP3, fd, 9, O_CLOEXEC) == 9 and g(Sys.FCNTL, 9, 1, 0) == 1
    assert g(Sys.DUP3, fd, fd, 0) == E["EINVAL"]
    assert g(Sys.DUP3, fd, 10, 1) == E["EINVAL"]
    assert g(Sys.FCNTL, fd, 1030, 20) == 20 and g(Sys.FCNTL, 20, 1, 0) == 1
    assert g(Sys.IOCTL, 20, 0x5450, 0) == 0 and g(Sys.FCNTL, 20, 1, 0) == 0
    g.p.files.close_on_exec()
    assert g.p.files.get(9) is None and g.p.files.get(fd) is not None


def test_fd_table_copy_shares_files() -> None:
    t = FdTable()
    f = HostStream(io.BytesIO(), OpenFlag.RDONLY)
    t.install(0, f)
    u = t.copy()
    assert u.get(0) is f and f.refs == 2
    t.close_all()
    assert f.refs == 1


# --- reading and writing --------------------------------------------------------------------


def test_stdin_stdout_and_their_errors(g: Guest) -> None:
    assert g.read(0, 5) == b"line "
    assert g.read(0) == b"one\nline two\n"
    assert g.read(0) == b""
    assert g.write(1, b"out") == 3 and g.k.outputs[1].getvalue() == b"out"  # type: ignore[attr-defined]
    assert g.read(1) == E["EBADF"] and g.write(0, b"x") == E["EBADF"]
    assert g(Sys.LSEEK, 0, 0, 0) == E["ESPIPE"]
    assert g(Sys.PREAD64, 0, g.buf(4), 4, 0) == E["ESPIPE"]
    assert g(Sys.IOCTL, 1, 0x5401, g.buf(64)) == E["ENOTTY"]
    assert g(Sys.WRITE, 1, 0, 0) == 0
    assert g(Sys.WRITE, 1, 0x1000, 10) == E["EFAULT"]
    assert g(Sys.WRITE, 1, g.buf(8), -1) == E["EFAULT"]  # Linux's access_ok refuses it first
    assert g(Sys.WRITE, 99, g.buf(8), 1) == E["EBADF"]


def test_read_into_a_partly_mapped_buffer(g: Guest) -> None:
    fd = g.open("/tmp/f", O_RDWR | O_CREAT)
    g.write(fd, b"x" * 100)
    g(Sys.LSEEK, fd, 0, 0)
    assert g(Sys.READ, fd, 8, 100) == E["EFAULT"]
    assert g(Sys.LSEEK, fd, 0, 1) == 0  # nothing was delivered, so nothing was consumed


def test_readv_writev(g: Guest) -> None:
    fd = g.open("/tmp/v", O_RDWR | O_CREAT)
    a, b = g.mem(b"abc"), g.mem(b"defgh")
    iov = g.mem(struct.pack("<4Q", a, 3, b, 5))
    assert g(Sys.WRITEV, fd, iov, 2) == 8
    g(Sys.LSEEK, fd, 0, 0)
    x, y = g.buf(4), g.buf(8)
    assert g(Sys.READV, fd, g.mem(struct.pack("<4Q", x, 2, y, 8)), 2) == 8
    assert g.get(x, 2) == b"ab" and g.get(y, 6) == b"cdefgh"
    assert g(Sys.READV, fd, iov, -1) == E["EINVAL"]
    assert g(Sys.READV, fd, iov, 1025) == E["EINVAL"]
    assert g(Sys.WRITEV, fd, g.mem(struct.pack("<2Q", a, 1 << 63)), 1) == E["EINVAL"]
    assert g(Sys.WRITEV, fd, 16, 1) == E["EFAULT"]
    assert g(Sys.WRITEV, fd, iov, 0) == 0


def test_pread_pwrite_contract_for_mmap(g: Guest, tmp_path: Path) -> None:
    (tmp_path / "mnt" / "m").write_bytes(b"mapped bytes")
    files = g.p.files
    host = files.get(g.open("m"))
    assert host is not None and host.pread(7, 100) == b"bytes" and host.path == "/mnt/m"
    d = files.get(g.open("/mnt", O_RDONLY | O_DIRECTORY))
    assert d is not None and d.pread(0, 1) == E["EISDIR"]
    zero = files.get(g.open("/dev/zero"))
    assert zero is not None and zero.pread(4096, 8) == bytes(8) and zero.path == "/dev/zero"
    stdin = files.get(0)
    assert stdin is not None and stdin.pread(0, 1) == E["ESPIPE"] and stdin.path == ""
    assert g(Sys.PREAD64, 3, g.buf(4), 4, -1) == E["EINVAL"]


# --- /tmp -----------------------------------------------------------------------------------


def test_memfs_tree(g: Guest) -> None:
    assert g(Sys.MKDIRAT, AT_FDCWD, "/tmp/d", 0o777) == 0
    assert g(Sys.MKDIRAT, AT_FDCWD, "/tmp/d/", 0o777) == E["EEXIST"]
    fd = g.open("/tmp/d/f", O_WRONLY | O_CREAT | O_TRUNC, 0o666)
    assert g.write(fd, b"abc") == 3
    st = g.stat("/tmp/d/f")
    assert isinstance(st, Stat) and st.size == 3 and st.mode == 0o100644  # umask 022
    assert g.stat("/tmp/d").mode == 0o040755  # type: ignore[union-attr]
    assert g.names("/tmp/d") == [".", "..", "f"]
    assert g(Sys.RENAMEAT2, AT_FDCWD, "/tmp/d", AT_FDCWD, "/tmp/d/e", 0) == E["EINVAL"]
    assert g(Sys.RENAMEAT2, AT_FDCWD, "/tmp/d/f", AT_FDCWD, "/tmp/g", 0) == 0
    assert g.read(g.open("/tmp/g")) == b"abc"
    assert g(Sys.UNLINKAT, AT_FDCWD, "/tmp/g", 0) == 0
    assert g.write(fd, b"still open") == 10  # an unlinked file lives while it is open
    assert g(Sys.UNLINKAT, AT_FDCWD, "/tmp/d", 0x200) == 0
    assert g.names("/tmp") == [".", ".."]
    assert g.open("/tmp/big", O_WRONLY | O_CREAT) == 5
    assert g(Sys.PWRITE64, 5, b"x", 1, 1 << 40) == E["EFBIG"]
    assert g(Sys.FTRUNCATE, 5, 1 << 40) == E["EFBIG"]


def test_memfs_times_come_from_the_virtual_clock(g: Guest) -> None:
    from groundup.kernel.clock import EPOCH_NS

    g.k.machine.harts[0].instret = 5_000_000_123  # one instruction is one nanosecond
    g.open("/tmp/t", O_WRONLY | O_CREAT)
    st = g.stat("/tmp/t")
    assert isinstance(st, Stat) and st.mtime_ns == EPOCH_NS + 5_000_000_123


# --- /dev and /proc -------------------------------------------------------------------------


def test_devices(g: Guest) -> None:
    null = g.open("/dev/null", O_RDWR)
    assert g.read(null) == b"" and g.write(null, b"gone") == 4
    assert g.read(g.open("/dev/zero"), 8) == bytes(8)
    st = g.stat("/dev/null")
    assert isinstance(st, Stat) and st.mode == 0o020666 and st.rdev == 0x103
    tty = g.open("/dev/tty", O_RDWR)
    termios = g.buf(64)
    assert g(Sys.IOCTL, tty, 0x5401, termios) == 0
    ws = g.buf(8)
    assert g(Sys.IOCTL, tty, 0x5413, ws) == 0 and struct.unpack("<HH", g.get(ws, 4)) == (24, 80)
    assert g(Sys.IOCTL, null, 0x5401, termios) == E["ENOTTY"]
    assert g(Sys.IOCTL, tty, 0x5401, 0) == E["EFAULT"]


def test_urandom_is_seeded() -> None:
    def draw(seed: int) -> bytes | int:
        g = make_guest(seed=seed)
        return g.read(g.open("/dev/urandom"), 32)

    assert draw(1) == draw(1) != draw(2)


def test_proc_self(g: Guest) -> None:
    assert g.read(g.open("/proc/self/maps")) == g.p.mm.maps().encode()
    va = g.buf(256)
    n = g(Sys.READLINKAT, AT_FDCWD, "/proc/self", va, 256)
    assert g.get(va, n) == str(g.p.pid).encode()
    n = g(Sys.READLINKAT, AT_FDCWD, "/proc/self/exe", va, 256)
    assert g.get(va, n) == str(HELLO).encode()
    n = g(Sys.READLINKAT, AT_FDCWD, f"/proc/{g.p.pid}/cwd", va, 256)
    assert g.get(va, n) == b"/mnt"
    assert g.open("/proc/self/maps", O_WRONLY) == E["EACCES"]
    listed = g.names("/proc/self/fd")  # with the descriptor that lists it, as on Linux
    assert listed == [".", "..", "0", "1", "2", "3", "4"]  # 3: maps, still open; 4: the listing
    assert g.write(g.open("/dev/stdout", O_WRONLY), b"via link") == 8
    assert g.k.outputs[1].getvalue() == b"via link"  # type: ignore[attr-defined]
    assert "self" in g.names("/proc") and str(g.p.pid) in g.names("/proc")


def test_getcwd_and_chdir(g: Guest, tmp_path: Path) -> None:
    (tmp_path / "mnt" / "f").write_bytes(b"")
    va = g.buf(64)
    assert g(Sys.GETCWD, va, 4) == E["ERANGE"]
    assert g(Sys.GETCWD, 0, 64) == E["EFAULT"]
    assert g(Sys.CHDIR, "f") == E["ENOTDIR"]
    assert g(Sys.CHDIR, "nope") == E["ENOENT"]
    assert g(Sys.CHDIR, "/tmp/../proc/self/") == 0
    here = f"/proc/{g.p.pid}\0".encode()
    assert g(Sys.GETCWD, va, 64) == len(here) and g.get(va, len(here)) == here
    assert g.read(g.open("maps")) == g.p.mm.maps().encode()


def test_faccessat_and_fstatat_flags(g: Guest, tmp_path: Path) -> None:
    (tmp_path / "mnt" / "f").write_bytes(b"abc")
    assert g(Sys.FACCESSAT, AT_FDCWD, "f", 8) == E["EINVAL"]
    assert g(Sys.FACCESSAT, AT_FDCWD, "f", 1) == E["EACCES"]
    assert g(Sys.FACCESSAT2, AT_FDCWD, "f", 6, 0x200) == 0
    fd = g.open("f")
    va = g.buf(128)
    assert g(Sys.NEWFSTATAT, fd, "", va, 0x1000) == 0
    assert unpack_stat(g.get(va, 128)).size == 3
    assert g(Sys.NEWFSTATAT, fd, "", va, 0) == E["ENOENT"]
    assert g(Sys.NEWFSTATAT, AT_FDCWD, "f", va, 0x1) == E["EINVAL"]
    assert g(Sys.NEWFSTATAT, AT_FDCWD, "f", 0, 0) == E["EFAULT"]
    assert g(Sys.FSTAT, fd, va) == 0 and g(Sys.FSTAT, 77, va) == E["EBADF"]


def test_getdents_small_buffer_and_rewind(g: Guest, tmp_path: Path) -> None:
    for name in ("aaaa", "bbbb", "cccc"):
        (tmp_path / "mnt" / name).write_bytes(b"")
    fd = g.open(".", O_RDONLY | O_DIRECTORY)
    va = g.buf(256)
    assert g(Sys.GETDENTS64, fd, va, 10) == E["EINVAL"]
    assert g(Sys.GETDENTS64, fd, va, 24) == 24  # exactly one record fits
    assert g(Sys.LSEEK, fd, 0, 0) == 0
    total = g(Sys.GETDENTS64, fd, va, 256)
    assert total == 5 * 24 and g(Sys.GETDENTS64, fd, va, 256) == 0
    assert g(Sys.GETDENTS64, 0, va, 256) == E["ENOTDIR"]


# --- against qemu-riscv64 -------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["ref", "fast"])
def test_glibc_file_program_matches_qemu(tmp_path: Path, engine: str) -> None:
    oracle.require("gcc", "qemu")
    flags = ["-static", "-O2", "-march=rv64gc", "-mabi=lp64d"]
    elf = oracle.gcc_compile(FS / "files.c", "O2", flags=flags, libs=[])
    stdin = b"first line\nsecond line\nno newline at the end"
    expected = oracle.qemu_run(elf, stdin=stdin)
    out, err = io.BytesIO(), io.BytesIO()
    options = Options(engine=engine, mounts=(Mount(tmp_path, str(tmp_path)),), cwd=str(tmp_path))  # type: ignore[arg-type]
    k = Kernel(options=options, stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    result = k.run(k.spawn("prog", elf.read_bytes(), ["prog"], []))
    ours, theirs = out.getvalue().decode(), expected.stdout.decode()
    if not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        # Some containers give the host a plain file at /dev/null, and qemu-user passes the
        # host's /dev through; groundup's /dev is its own (test_devices checks it), so the
        # /dev/null lines say nothing about groundup here.
        ours, theirs = (_without_dev_null(text) for text in (ours, theirs))
    assert ours == theirs
    assert result.status == expected.status == 0
    assert b"to stderr\n" in err.getvalue() and b"Traceback" not in err.getvalue()
    assert list(tmp_path.iterdir()) == []


def _without_dev_null(text: str) -> str:
    return "".join(line for line in text.splitlines(True) if "/dev/null" not in line)


# --- robustness -----------------------------------------------------------------------------

WILD = st.sampled_from([0, 8, 0xFFF, 0x1000, 1 << 38, (1 << 38) - 1, (1 << 63), -1, -4096,
                        0x7FFF_FFFF_FFFF_FFFF, 0x3F_FFFF_FFFF])  # fmt: skip
ARG = st.one_of(
    st.integers(-(1 << 63), (1 << 63) - 1),
    st.integers(-200, 1100),
    WILD,
    st.sampled_from([AT_FDCWD, 0x5401, 0x5413, O_CREAT | O_RDWR, O_PATH, 0x1000, 0x100]),
    st.sampled_from(
        [
            "/tmp/fz",
            "/mnt/fz",
            "/ro/keep",
            ".",
            "..",
            "/dev/zero",
            "/proc/self/maps",
            "/proc/self/fd/0",
            "/",
            "/dev/tty",
            "fz/",
            "",
        ]
    ),  # fmt: skip
    st.binary(max_size=64),
)


CALL = st.tuples(st.sampled_from(sorted(sysfile.HANDLERS)), st.lists(ARG, max_size=6))


@settings(
    max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(calls=st.lists(CALL, max_size=12))
def test_fuzz_handlers_never_raise(
    g: Guest, calls: list[tuple[int, list[int | str | bytes]]]
) -> None:
    g.next = g.base
    for number, args in calls:
        regs = [g._arg(a) for a in args] + [0] * (6 - len(args))
        regs = [((r + (1 << 63)) % (1 << 64)) - (1 << 63) for r in regs]  # as registers hold them
        result = sysfile.HANDLERS[number](g.k, g.p.leader, *regs)
        assert isinstance(result, int) and result >= -4095, (number, regs, result)
    g.p.files.close_all()
    g.p.files = FdTable.standard(g.k)
