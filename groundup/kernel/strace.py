"""Seeing the system calls: `--trace=syscall` lines and `--stats` counters.

A trace line is printed when a call returns, to the kernel's stderr, in strace's
notation with a prefix that tells it from the program's own output:

    [groundup] openat(AT_FDCWD, "/tmp/x", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3
    [groundup] read(3, "hello\\n", 4096) = 6
    [groundup] openat(AT_FDCWD, "nope", O_RDONLY) = -1 ENOENT (No such file or directory)
    [groundup] exit_group(0) = ?
    [groundup] +++ exited with 0 +++

Arguments are decoded by kind (`SPECS`): descriptors and ints in decimal, flags by
their names, strings and buffers read from user memory (at most STRSIZE bytes of a
buffer, as strace -s 32), small structs by their fields, other pointers in hex.
A call with no spec shows its six argument registers in hex.

Decoding happens only when tracing is on; `Stats` (counted for every run, printed
by `--stats`) costs one dictionary increment per call.
"""

from __future__ import annotations

import struct
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from groundup.isa.alu import M64, wrap32
from groundup.kernel.clock import Clock
from groundup.kernel.signal import signal_name
from groundup.kernel.sysnum import name_of
from groundup.kernel.sysproc import UTS_FIELD, Rlimit, resident_pages

if TYPE_CHECKING:
    from groundup.kernel.proc import Exit, Kernel, Process, Thread
    from groundup.kernel.vma import AddressSpace

PREFIX = "[groundup] "
STRSIZE = 32  # bytes of a data buffer shown, as strace's default -s 32
PATH_MAX = 4096

# errno values (asm-generic/errno-base.h, errno.h) with strerror()'s words.
ERRNO: dict[int, tuple[str, str]] = {
    1: ("EPERM", "Operation not permitted"),
    2: ("ENOENT", "No such file or directory"),
    3: ("ESRCH", "No such process"),
    4: ("EINTR", "Interrupted system call"),
    5: ("EIO", "Input/output error"),
    6: ("ENXIO", "No such device or address"),
    7: ("E2BIG", "Argument list too long"),
    8: ("ENOEXEC", "Exec format error"),
    9: ("EBADF", "Bad file descriptor"),
    10: ("ECHILD", "No child processes"),
    11: ("EAGAIN", "Resource temporarily unavailable"),
    12: ("ENOMEM", "Cannot allocate memory"),
    13: ("EACCES", "Permission denied"),
    14: ("EFAULT", "Bad address"),
    15: ("ENOTBLK", "Block device required"),
    16: ("EBUSY", "Device or resource busy"),
    17: ("EEXIST", "File exists"),
    18: ("EXDEV", "Invalid cross-device link"),
    19: ("ENODEV", "No such device"),
    20: ("ENOTDIR", "Not a directory"),
    21: ("EISDIR", "Is a directory"),
    22: ("EINVAL", "Invalid argument"),
    23: ("ENFILE", "Too many open files in system"),
    24: ("EMFILE", "Too many open files"),
    25: ("ENOTTY", "Inappropriate ioctl for device"),
    26: ("ETXTBSY", "Text file busy"),
    27: ("EFBIG", "File too large"),
    28: ("ENOSPC", "No space left on device"),
    29: ("ESPIPE", "Illegal seek"),
    30: ("EROFS", "Read-only file system"),
    31: ("EMLINK", "Too many links"),
    32: ("EPIPE", "Broken pipe"),
    33: ("EDOM", "Numerical argument out of domain"),
    34: ("ERANGE", "Numerical result out of range"),
    35: ("EDEADLK", "Resource deadlock avoided"),
    36: ("ENAMETOOLONG", "File name too long"),
    37: ("ENOLCK", "No locks available"),
    38: ("ENOSYS", "Function not implemented"),
    39: ("ENOTEMPTY", "Directory not empty"),
    40: ("ELOOP", "Too many levels of symbolic links"),
    61: ("ENODATA", "No data available"),
    62: ("ETIME", "Timer expired"),
    75: ("EOVERFLOW", "Value too large for defined data type"),
    84: ("EILSEQ", "Invalid or incomplete multibyte or wide character"),
    88: ("ENOTSOCK", "Socket operation on non-socket"),
    90: ("EMSGSIZE", "Message too long"),
    92: ("ENOPROTOOPT", "Protocol not available"),
    93: ("EPROTONOSUPPORT", "Protocol not supported"),
    94: ("ESOCKTNOSUPPORT", "Socket type not supported"),
    95: ("EOPNOTSUPP", "Operation not supported"),
    97: ("EAFNOSUPPORT", "Address family not supported by protocol"),
    98: ("EADDRINUSE", "Address already in use"),
    104: ("ECONNRESET", "Connection reset by peer"),
    105: ("ENOBUFS", "No buffer space available"),
    106: ("EISCONN", "Transport endpoint is already connected"),
    107: ("ENOTCONN", "Transport endpoint is not connected"),
    110: ("ETIMEDOUT", "Connection timed out"),
    111: ("ECONNREFUSED", "Connection refused"),
    125: ("ECANCELED", "Operation canceled"),
}
MAX_ERRNO = 4095  # results in [-4095, -1] are errors (linux/err.h)


# --- Statistics -------------------------------------------------------------------------


@dataclass(eq=False)
class Stats:
    """What `--stats` prints. The kernel counts calls always; the rest is read at exit."""

    calls: Counter[int] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)
    faults: int = 0  # of the address spaces already gone
    cow_copies: int = 0
    resident: dict[int, int] = field(default_factory=dict)  # pid -> pages when it exited
    threads: list[tuple[int, str, int]] = field(default_factory=list)  # exited: tid, name, n

    def note_mm(self, pid: int, mm: AddressSpace) -> None:
        """An address space is going: keep its counters."""
        self.faults += mm.faults
        self.cow_copies += mm.cow_copies
        self.resident[pid] = mm.resident()

    def thread_exited(self, t: Thread) -> None:
        self.threads.append((t.tid, t.proc.comm, t.instret))

    def report(self, k: Kernel, p: Process) -> list[str]:
        host = time.perf_counter() - self.started
        instret = sum(h.instret for h in k.machine.harts)
        ncalls = sum(self.calls.values())
        live = [q.mm for q in k.procs.values() if not q.zombie]
        faults = self.faults + sum(mm.faults for mm in live)
        cow = self.cow_copies + sum(mm.cow_copies for mm in live)
        pages = self.resident.get(p.pid, resident_pages(p))
        lines = [
            f"retired instructions  {instret:,}",
            f"page faults           {faults:,}",
            f"pages resident        {pages:,} ({pages * 4:,} KiB)",
            f"host time             {host:.3f} s ({instret / max(host, 1e-9) / 1e6:.2f} MIPS)",
            f"system calls          {ncalls:,} ({ncalls / max(host, 1e-9):,.0f} per host second)",
        ]
        width = max((len(name_of(n)) for n in self.calls), default=0)
        for number, count in sorted(self.calls.items(), key=lambda nc: (-nc[1], nc[0])):
            name = name_of(number) if name_of(number) != "unknown" else f"#{number}"
            lines.append(f"  {name:<{width}}  {count:>9,}")
        lines += [
            f"context switches      {k.sched.switches:,}",
            f"COW copies            {cow:,} pages",
            f"futex waits           {k.futexes.waits:,}",
            f"frames in use         {k.frames.in_use():,} at exit (of {k.machine.mem.frames:,})",
            f"peak frames in use    {k.frames.peak:,} ({k.frames.peak * 4 // 1024:,} MiB)",
            "instructions by thread:",
        ]
        threads = self.threads + [(t.tid, t.proc.comm, t.cpu_instret()) for t in k.threads.values()]
        for tid, name, n in sorted(threads):
            lines.append(f"  {tid:>6} {name:<20} {n:>14,}")
        return lines


# --- Decoding arguments ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Call:
    """One finished system call, as the decoders see it."""

    k: Kernel
    t: Thread
    args: tuple[int, ...]
    result: int

    @property
    def p(self) -> Process:
        return self.t.proc

    @property
    def alive(self) -> bool:
        return self.t.alive and self.p.alive

    def read(self, va: int, n: int) -> bytes | None:
        return self.p.mm.copy_in(va & M64, n) if va else None

    @property
    def ok(self) -> bool:
        return self.alive and not -MAX_ERRNO <= self.result < 0


def quote(data: bytes, limit: int | None = STRSIZE) -> str:
    """A C string literal of `data`, cut at `limit` bytes with "..." as strace does."""
    shown = data if limit is None else data[:limit]
    out = []
    for i, b in enumerate(shown):
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif c in "\t\n\v\f\r":
            out.append("\\" + "tnvfr"["\t\n\v\f\r".index(c)])
        elif 32 <= b < 127:
            out.append(c)
        else:  # octal, three digits when an octal digit follows (as C requires)
            following = shown[i + 1 : i + 2]
            out.append(f"\\{b:03o}" if following and following in b"01234567" else f"\\{b:o}")
    more = "..." if limit is not None and len(data) > limit else ""
    return f'"{"".join(out)}"{more}'


def read_cstring(c: Call, va: int, limit: int = PATH_MAX) -> bytes | None:
    """The NUL-terminated string at `va` (at most `limit` bytes), read page by page."""
    out = b""
    while len(out) < limit:
        chunk = c.read(va + len(out), min(4096 - (va + len(out)) % 4096, limit - len(out)))
        if chunk is None:
            return out or None
        end = chunk.find(b"\0")
        if end >= 0:
            return out + chunk[:end]
        out += chunk
    return out


def hexptr(v: int) -> str:
    return "NULL" if v == 0 else f"{v & M64:#x}"


def flags(value: int, names: Sequence[tuple[int, str]], zero: str = "0") -> str:
    """`value` as NAME|NAME|0x..., from (bit mask, name) pairs."""
    parts, rest = [], value
    for mask, name in names:
        if mask and rest & mask == mask:
            parts.append(name)
            rest &= ~mask
    if rest or not parts:
        parts.append(f"{rest:#x}" if parts or rest else zero)
    return "|".join(parts)


def enum(value: int, names: dict[int, str]) -> str:
    return names.get(value, str(value))


O_FLAGS = [(0o20200000, "O_TMPFILE"), (0o4010000, "O_SYNC"), (0o100, "O_CREAT"),
           (0o200, "O_EXCL"), (0o400, "O_NOCTTY"), (0o1000, "O_TRUNC"), (0o2000, "O_APPEND"),
           (0o4000, "O_NONBLOCK"), (0o10000, "O_DSYNC"), (0o20000, "O_ASYNC"),
           (0o40000, "O_DIRECT"), (0o100000, "O_LARGEFILE"), (0o200000, "O_DIRECTORY"),
           (0o400000, "O_NOFOLLOW"), (0o1000000, "O_NOATIME"), (0o2000000, "O_CLOEXEC"),
           (0o10000000, "O_PATH")]  # fmt: skip
AT_FLAGS = [(0x100, "AT_SYMLINK_NOFOLLOW"), (0x200, "AT_REMOVEDIR"), (0x400, "AT_SYMLINK_FOLLOW"),
            (0x800, "AT_NO_AUTOMOUNT"), (0x1000, "AT_EMPTY_PATH")]  # fmt: skip
PROT = [(1, "PROT_READ"), (2, "PROT_WRITE"), (4, "PROT_EXEC")]
MAP = [(0x10, "MAP_FIXED"), (0x20, "MAP_ANONYMOUS"), (0x100, "MAP_GROWSDOWN"),
       (0x800, "MAP_DENYWRITE"), (0x1000, "MAP_EXECUTABLE"), (0x2000, "MAP_LOCKED"),
       (0x4000, "MAP_NORESERVE"), (0x8000, "MAP_POPULATE"), (0x10000, "MAP_NONBLOCK"),
       (0x20000, "MAP_STACK"), (0x40000, "MAP_HUGETLB"),
       (0x100000, "MAP_FIXED_NOREPLACE")]  # fmt: skip
MAP_TYPE = {1: "MAP_SHARED", 2: "MAP_PRIVATE", 3: "MAP_SHARED_VALIDATE"}
ACCESS = [(4, "R_OK"), (2, "W_OK"), (1, "X_OK")]
RENAME = [(1, "RENAME_NOREPLACE"), (2, "RENAME_EXCHANGE"), (4, "RENAME_WHITEOUT")]
GRND = [(1, "GRND_NONBLOCK"), (2, "GRND_RANDOM"), (4, "GRND_INSECURE")]
WHENCE = {0: "SEEK_SET", 1: "SEEK_CUR", 2: "SEEK_END", 3: "SEEK_DATA", 4: "SEEK_HOLE"}
HOW = {0: "SIG_BLOCK", 1: "SIG_UNBLOCK", 2: "SIG_SETMASK"}
FCNTL = {0: "F_DUPFD", 1: "F_GETFD", 2: "F_SETFD", 3: "F_GETFL", 4: "F_SETFL", 5: "F_GETLK",
         6: "F_SETLK", 7: "F_SETLKW", 1030: "F_DUPFD_CLOEXEC"}  # fmt: skip
IOCTL = {0x5401: "TCGETS", 0x5402: "TCSETS", 0x5413: "TIOCGWINSZ", 0x5414: "TIOCSWINSZ",
         0x541B: "FIONREAD", 0x5421: "FIONBIO", 0x540F: "TIOCGPGRP"}  # fmt: skip
MADV = {0: "MADV_NORMAL", 1: "MADV_RANDOM", 2: "MADV_SEQUENTIAL", 3: "MADV_WILLNEED",
        4: "MADV_DONTNEED", 8: "MADV_FREE", 14: "MADV_HUGEPAGE", 15: "MADV_NOHUGEPAGE"}  # fmt: skip
SOCK_DOMAINS = {1: "AF_UNIX", 2: "AF_INET", 10: "AF_INET6", 16: "AF_NETLINK"}
SOCK_TYPES = {1: "SOCK_STREAM", 2: "SOCK_DGRAM", 3: "SOCK_RAW", 5: "SOCK_SEQPACKET"}
SOCK_FLAGS = [(0o4000, "SOCK_NONBLOCK"), (0o2000000, "SOCK_CLOEXEC")]
MSG_FLAGS = [(0x1, "MSG_OOB"), (0x2, "MSG_PEEK"), (0x20, "MSG_TRUNC"), (0x40, "MSG_DONTWAIT"),
             (0x100, "MSG_WAITALL"), (0x4000, "MSG_NOSIGNAL")]  # fmt: skip
SHUT = {0: "SHUT_RD", 1: "SHUT_WR", 2: "SHUT_RDWR"}
SOCKOPTS = {2: "SO_REUSEADDR", 3: "SO_TYPE", 4: "SO_ERROR", 7: "SO_SNDBUF", 8: "SO_RCVBUF",
            9: "SO_KEEPALIVE", 16: "SO_PASSCRED", 17: "SO_PEERCRED", 18: "SO_RCVLOWAT",
            38: "SO_PROTOCOL", 39: "SO_DOMAIN"}  # fmt: skip
EPOLL_OPS = {1: "EPOLL_CTL_ADD", 2: "EPOLL_CTL_DEL", 3: "EPOLL_CTL_MOD"}
EPOLL_EVENTS = [(0x1, "EPOLLIN"), (0x2, "EPOLLPRI"), (0x4, "EPOLLOUT"), (0x8, "EPOLLERR"),
                (0x10, "EPOLLHUP"), (0x40, "EPOLLRDNORM"), (0x100, "EPOLLWRNORM"),
                (0x2000, "EPOLLRDHUP"), (1 << 28, "EPOLLEXCLUSIVE"), (1 << 29, "EPOLLWAKEUP"),
                (1 << 30, "EPOLLONESHOT"), (1 << 31, "EPOLLET")]  # fmt: skip
CLOCKS = {c.value: f"CLOCK_{c.name}" for c in Clock}
RLIMITS = {r.value: f"RLIMIT_{r.name}" for r in Rlimit}
AT_FDCWD = -100


def fd(c: Call, v: int) -> str:
    return str(wrap32(v))


def dirfd(c: Call, v: int) -> str:
    return "AT_FDCWD" if wrap32(v) == AT_FDCWD else str(wrap32(v))


def path(c: Call, v: int) -> str:
    s = read_cstring(c, v)
    return hexptr(v) if s is None else quote(s, None)


def inbuf(c: Call, v: int, n: int) -> str:
    data = c.read(v, min(n & M64, STRSIZE + 1)) if n & M64 else b""
    return hexptr(v) if data is None else quote(data)


def outbuf(c: Call, v: int) -> str:
    if not c.ok:
        return hexptr(v)
    data = c.read(v, min(c.result, STRSIZE + 1))
    return hexptr(v) if data is None else quote(data)


def iovec(c: Call, v: int, count: int) -> str:
    n = wrap32(count)
    raw = c.read(v, 16 * min(max(n, 0), 8))
    if raw is None or n <= 0:
        return hexptr(v)
    items = []
    for base, length in struct.iter_unpack("<QQ", raw):
        items.append(f"{{iov_base={inbuf(c, base, length)}, iov_len={length}}}")
    return "[" + ", ".join(items) + (", ...]" if n > 8 else "]")


def timespec(c: Call, v: int) -> str:
    data = c.read(v, 16)
    if data is None:
        return hexptr(v)
    sec, nsec = struct.unpack("<qq", data)
    return f"{{tv_sec={sec}, tv_nsec={nsec}}}"


def timespec_out(c: Call, v: int) -> str:
    return timespec(c, v) if c.ok else hexptr(v)


def timeval_out(c: Call, v: int) -> str:
    data = c.read(v, 16) if c.ok else None
    if data is None:
        return hexptr(v)
    sec, usec = struct.unpack("<qq", data)
    return f"{{tv_sec={sec}, tv_usec={usec}}}"


def rlimit(c: Call, v: int) -> str:
    data = c.read(v, 16)
    if data is None:
        return hexptr(v)
    cur, hard = ("RLIM64_INFINITY" if x == M64 else str(x) for x in struct.unpack("<QQ", data))
    return f"{{rlim_cur={cur}, rlim_max={hard}}}"


def rlimit_out(c: Call, v: int) -> str:
    return rlimit(c, v) if c.ok else hexptr(v)


def sigset(c: Call, v: int) -> str:
    data = c.read(v, 8)
    if data is None:
        return hexptr(v)
    mask = int.from_bytes(data, "little")
    if mask == (1 << 64) - 1:
        return "~[]"
    names = [signal_name(n + 1).removeprefix("SIG") for n in range(64) if mask >> n & 1]
    return "[" + " ".join(names) + "]"


def sigaction(c: Call, v: int) -> str:
    data = c.read(v, 24)
    if data is None:
        return hexptr(v)
    handler, sa_flags, mask = struct.unpack("<QQQ", data)
    shown = {0: "SIG_DFL", 1: "SIG_IGN"}.get(handler, f"{handler:#x}")
    names = [signal_name(n + 1).removeprefix("SIG") for n in range(64) if mask >> n & 1]
    return f"{{sa_handler={shown}, sa_mask=[{' '.join(names)}], sa_flags={sa_flags:#x}}}"


def utsname(c: Call, v: int) -> str:
    data = c.read(v, 6 * UTS_FIELD) if c.ok else None
    if data is None:
        return hexptr(v)
    field_ = [data[i * UTS_FIELD : (i + 1) * UTS_FIELD].split(b"\0")[0] for i in range(6)]
    return f"{{sysname={quote(field_[0])}, nodename={quote(field_[1])}, ...}}"


def mode(c: Call, v: int) -> str:
    """A C octal literal: 0644, 022, 0."""
    return f"0{v & 0o7777:o}" if v & 0o7777 else "0"


def open_mode(c: Call, v: int) -> str | None:
    """openat's mode only matters (and strace only shows it) with O_CREAT or O_TMPFILE."""
    return mode(c, v) if c.args[2] & 0o20200100 else None


def oflags(c: Call, v: int) -> str:
    access = {0: "O_RDONLY", 1: "O_WRONLY", 2: "O_RDWR"}.get(v & 3, "O_ACCMODE")
    rest = v & ~3 & M64
    return access if not rest else f"{access}|{flags(rest, O_FLAGS)}"


def mmap_flags(c: Call, v: int) -> str:
    kind = MAP_TYPE.get(v & 3, f"{v & 3:#x}")
    rest = v & ~3 & M64
    return kind if not rest else f"{kind}|{flags(rest, MAP)}"


REMAP = [(1, "MREMAP_MAYMOVE"), (2, "MREMAP_FIXED"), (4, "MREMAP_DONTUNMAP")]


def remap_to(c: Call, v: int) -> str | None:
    """mremap's new_address, which only MREMAP_FIXED (with MREMAP_MAYMOVE) uses."""
    return hexptr(v) if c.args[3] & 3 == 3 else None


FCNTL_ARG = {0: "fd", 2: "hex", 4: "oflags", 1030: "fd", 5: "ptr", 6: "ptr", 7: "ptr"}


def fcntl_arg(c: Call, v: int) -> str | None:
    """fcntl's third argument, decoded as its command takes it (none for the F_GET*s)."""
    kind = FCNTL_ARG.get(wrap32(c.args[1]), "hex")
    return None if wrap32(c.args[1]) in (1, 3) else KINDS[kind](c, v)


FUTEX_OPS = {0: "FUTEX_WAIT", 1: "FUTEX_WAKE", 2: "FUTEX_FD", 3: "FUTEX_REQUEUE",
             4: "FUTEX_CMP_REQUEUE", 5: "FUTEX_WAKE_OP", 6: "FUTEX_LOCK_PI",
             7: "FUTEX_UNLOCK_PI", 8: "FUTEX_TRYLOCK_PI", 9: "FUTEX_WAIT_BITSET",
             10: "FUTEX_WAKE_BITSET"}  # fmt: skip
WAIT_OPTIONS = [(1, "WNOHANG"), (2, "WSTOPPED"), (4, "WEXITED"), (8, "WCONTINUED"),
                (0x01000000, "WNOWAIT"), (0x20000000, "__WNOTHREAD"), (0x40000000, "__WALL"),
                (0x80000000, "__WCLONE")]  # fmt: skip
CLONE_FLAGS = [(0x100, "CLONE_VM"), (0x200, "CLONE_FS"), (0x400, "CLONE_FILES"),
               (0x800, "CLONE_SIGHAND"), (0x1000, "CLONE_PIDFD"), (0x4000, "CLONE_VFORK"),
               (0x8000, "CLONE_PARENT"), (0x10000, "CLONE_THREAD"), (0x40000, "CLONE_SYSVSEM"),
               (0x80000, "CLONE_SETTLS"), (0x100000, "CLONE_PARENT_SETTID"),
               (0x200000, "CLONE_CHILD_CLEARTID"), (0x1000000, "CLONE_CHILD_SETTID")]  # fmt: skip


def futex_op(v: int) -> str:
    name = FUTEX_OPS.get(v & 127, str(v & 127))
    return name + ("_PRIVATE" if v & 128 else "") + ("|FUTEX_CLOCK_REALTIME" if v & 256 else "")


def clone_flags(v: int) -> str:
    sig = v & 0xFF
    shown = flags(v & ~0xFF, CLONE_FLAGS) if v & ~0xFF else ""
    tail = signal_name(sig) if sig else ""
    return "|".join(s for s in (shown, tail) if s) or "0"


def argv(c: Call, v: int) -> str:
    """A string array (argv, envp): the first few strings, as strace shows them."""
    if not v:
        return "NULL"
    items: list[str] = []
    for i in range(4):
        raw = c.read(v + 8 * i, 8)
        if raw is None:
            return hexptr(v)
        ptr = int.from_bytes(raw, "little")
        if ptr == 0:
            return "[" + ", ".join(items) + "]"
        s = read_cstring(c, ptr)
        items.append(hexptr(ptr) if s is None else quote(s))
    return "[" + ", ".join(items) + ", ...]"


def sock_type(c: Call, v: int) -> str:
    kind = enum(v & 0xF, SOCK_TYPES)
    return kind if not v & ~0xF else f"{kind}|{flags(v & ~0xF, SOCK_FLAGS)}"


def fd_pair(c: Call, v: int) -> str:
    """socketpair's and pipe2's int[2], once filled in."""
    data = c.read(v, 8) if c.ok else None
    return hexptr(v) if data is None else "[{}, {}]".format(*struct.unpack("<ii", data))


def epoll_event(c: Call, v: int) -> str:
    data = c.read(v, 16) if v else None
    if data is None:
        return hexptr(v)
    events, user = struct.unpack("<I4xQ", data)
    return f"{{events={flags(events, EPOLL_EVENTS)}, data={user:#x}}}"


def signum(c: Call, v: int) -> str:
    n = wrap32(v)
    return signal_name(n) if 1 <= n <= 64 else str(n)


Decoder = Callable[[Call, int], "str | None"]


def _simple(render: Callable[[int], str]) -> Decoder:
    return lambda c, v: render(v)


KINDS: dict[str, Decoder] = {
    "fd": fd,
    "dirfd": dirfd,
    "int": _simple(lambda v: str(wrap32(v))),
    "long": _simple(str),
    "size": _simple(lambda v: str(v & M64)),
    "ptr": _simple(hexptr),
    "hex": _simple(lambda v: f"{v & M64:#x}"),
    "path": path,
    "outbuf": outbuf,
    "ts": timespec,
    "ts_out": timespec_out,
    "tv_out": timeval_out,
    "rlim": rlimit,
    "rlim_out": rlimit_out,
    "rlimres": _simple(lambda v: enum(v & 0xFFFF_FFFF, RLIMITS)),
    "sigset": sigset,
    "sigaction": sigaction,
    "uts": utsname,
    "mode": mode,
    "open_mode": open_mode,
    "oflags": oflags,
    "atflags": _simple(lambda v: flags(v & 0xFFFF_FFFF, AT_FLAGS)),
    "access": _simple(lambda v: flags(v & 7, ACCESS, "F_OK") if v & ~7 == 0 else hex(v)),
    "prot": _simple(lambda v: flags(v & M64, PROT, "PROT_NONE")),
    "mapflags": mmap_flags,
    "remapflags": _simple(lambda v: flags(v & M64, REMAP)),
    "remap_to": remap_to,
    "whence": _simple(lambda v: enum(v & 0xFFFF_FFFF, WHENCE)),
    "clock": _simple(lambda v: enum(wrap32(v), CLOCKS)),
    "timerflags": _simple(lambda v: "TIMER_ABSTIME" if v == 1 else str(v)),
    "sig": signum,
    "how": _simple(lambda v: enum(wrap32(v), HOW)),
    "fcntl": _simple(lambda v: enum(wrap32(v), FCNTL)),
    "fcntl_arg": fcntl_arg,
    "ioctl": _simple(lambda v: enum(v & 0xFFFF_FFFF, IOCTL)),
    "madv": _simple(lambda v: enum(wrap32(v), MADV)),
    "grnd": _simple(lambda v: flags(v & 0xFFFF_FFFF, GRND)),
    "rename": _simple(lambda v: flags(v & 0xFFFF_FFFF, RENAME)),
    "futexop": _simple(lambda v: futex_op(v & 0xFFFF_FFFF)),
    "waitopts": _simple(lambda v: flags(v & 0xFFFF_FFFF, WAIT_OPTIONS)),
    "cloneflags": _simple(lambda v: clone_flags(v & 0xFFFF_FFFF)),
    "argv": lambda c, v: argv(c, v),
    "domain": _simple(lambda v: enum(wrap32(v), SOCK_DOMAINS)),
    "socktype": sock_type,
    "fdpair": fd_pair,
    "msgflags": _simple(lambda v: flags(v & 0xFFFF_FFFF, MSG_FLAGS)),
    "shut": _simple(lambda v: enum(wrap32(v), SHUT)),
    "level": _simple(lambda v: "SOL_SOCKET" if wrap32(v) == 1 else str(wrap32(v))),
    "sockopt": _simple(lambda v: enum(wrap32(v), SOCKOPTS)),
    "epollop": _simple(lambda v: enum(wrap32(v), EPOLL_OPS)),
    "epollev": epoll_event,
    "epollflags": _simple(lambda v: "EPOLL_CLOEXEC" if v == 0o2000000 else str(wrap32(v))),
}

# Argument kinds per call. "inbuf" and "iov" take their length from the next argument.
SPECS: dict[str, tuple[str, ...]] = {
    name: tuple(kinds.split())
    for name, kinds in {
        "read": "fd outbuf size",
        "write": "fd inbuf size",
        "readv": "fd ptr int",
        "writev": "fd iov int",
        "pread64": "fd outbuf size long",
        "pwrite64": "fd inbuf size long",
        "openat": "dirfd path oflags open_mode",
        "close": "fd",
        "lseek": "fd long whence",
        "newfstatat": "dirfd path ptr atflags",
        "fstat": "fd ptr",
        "getdents64": "fd ptr size",
        "readlinkat": "dirfd path outbuf size",
        "faccessat": "dirfd path access",
        "faccessat2": "dirfd path access atflags",
        "getcwd": "outbuf size",
        "chdir": "path",
        "fchdir": "fd",
        "fchmod": "fd mode",
        "fchmodat": "dirfd path mode",
        "ppoll": "ptr int ts ptr size",
        "pselect6": "int ptr ptr ptr ts ptr",
        "rt_sigsuspend": "sigset size",
        "mkdirat": "dirfd path mode",
        "unlinkat": "dirfd path atflags",
        "symlinkat": "path dirfd path",
        "linkat": "dirfd path dirfd path atflags",
        "renameat2": "dirfd path dirfd path rename",
        "ftruncate": "fd long",
        "truncate": "path long",
        "fsync": "fd",
        "fdatasync": "fd",
        "dup": "fd",
        "dup3": "fd fd oflags",
        "fcntl": "fd fcntl fcntl_arg",
        "ioctl": "fd ioctl ptr",
        "pipe2": "ptr oflags",
        "brk": "ptr",
        "mmap": "ptr size prot mapflags fd hex",
        "munmap": "ptr size",
        "mprotect": "ptr size prot",
        "madvise": "ptr size madv",
        "mremap": "ptr size size remapflags remap_to",
        "exit": "int",
        "exit_group": "int",
        "set_tid_address": "ptr",
        "set_robust_list": "ptr size",
        "get_robust_list": "int ptr ptr",
        "rseq": "ptr size hex hex",
        "prlimit64": "int rlimres rlim rlim_out",
        "getrlimit": "rlimres rlim_out",
        "setrlimit": "rlimres rlim",
        "uname": "uts",
        "getrandom": "outbuf size grnd",
        "clock_gettime": "clock ts_out",
        "clock_getres": "clock ts_out",
        "gettimeofday": "tv_out ptr",
        "nanosleep": "ts ptr",
        "clock_nanosleep": "clock timerflags ts ptr",
        "sched_getaffinity": "int size ptr",
        "rt_sigaction": "sig sigaction sigaction size",
        "rt_sigprocmask": "how sigset sigset size",
        "rt_sigpending": "ptr size",
        "sigaltstack": "ptr ptr",
        "kill": "int sig",
        "tkill": "int sig",
        "tgkill": "int int sig",
        "umask": "mode",
        "getpgid": "int",
        "getsid": "int",
        "times": "ptr",
        "getrusage": "int ptr",
        "sysinfo": "ptr",
        "getresuid": "ptr ptr ptr",
        "getresgid": "ptr ptr ptr",
        "futex": "ptr futexop int ptr ptr hex",
        "wait4": "int ptr waitopts ptr",
        "waitid": "int int ptr waitopts ptr",
        "clone": "cloneflags ptr ptr ptr ptr",
        "clone3": "ptr size",
        "execve": "path argv argv",
        "setpgid": "int int",
        "setsid": "",
        "socket": "domain socktype int",
        "socketpair": "domain socktype int fdpair",
        "sendto": "fd inbuf size msgflags ptr int",
        "recvfrom": "fd outbuf size msgflags ptr ptr",
        "sendmsg": "fd ptr msgflags",
        "recvmsg": "fd ptr msgflags",
        "shutdown": "fd shut",
        "getsockname": "fd ptr ptr",
        "getpeername": "fd ptr ptr",
        "getsockopt": "fd level sockopt ptr ptr",
        "setsockopt": "fd level sockopt ptr int",
        "epoll_create1": "epollflags",
        "epoll_ctl": "fd epollop fd epollev",
        "epoll_pwait": "fd ptr int int ptr size",
        "epoll_pwait2": "fd ptr int ts ptr size",
    }.items()
}
for _name in ["getpid", "getppid", "gettid", "getuid", "geteuid", "getgid", "getegid"]:
    SPECS[_name] = ()
SPECS["sched_yield"] = ()
SPECS["setsid"] = ()
HEX_RESULTS = {"brk", "mmap", "mremap"}


def format_args(c: Call, kinds: Sequence[str]) -> list[str]:
    shown: list[str] = []
    for i, kind in enumerate(kinds):
        v = c.args[i]
        if kind == "inbuf":
            shown.append(inbuf(c, v, c.args[i + 1]))
        elif kind == "iov":
            shown.append(iovec(c, v, c.args[i + 1]))
        else:
            text = KINDS[kind](c, v)
            if text is not None:
                shown.append(text)
    return shown


def format_result(name: str, c: Call) -> str:
    if not c.alive:
        return "?"
    r = c.result
    if -MAX_ERRNO <= r < 0:
        ename, message = ERRNO.get(-r, (str(-r), f"Unknown error {-r}"))
        return f"-1 {ename} ({message})"
    return f"{r & M64:#x}" if name in HEX_RESULTS else str(r)


# Calls whose arguments must be read before the call runs (it replaces the memory).
DECODE_FIRST = {"execve"}


def early_args(k: Kernel, t: Thread, number: int, args: tuple[int, ...]) -> list[str] | None:
    name = name_of(number)
    if name not in DECODE_FIRST:
        return None
    return format_args(Call(k, t, args, 0), SPECS[name])


def format_call(k: Kernel, t: Thread, number: int, args: tuple[int, ...], result: int,
                early: list[str] | None = None) -> str:  # fmt: skip
    """One strace-style line (without the prefix) for a finished call."""
    name = name_of(number)
    c = Call(k, t, args, result)
    kinds = SPECS.get(name)
    if early is not None:
        shown = early
    elif kinds is None:
        shown = [f"{a & M64:#x}" for a in args]
        name = name if name != "unknown" else f"syscall_{number & M64:#x}"
    else:
        shown = format_args(c, kinds)
    return f"{name}({', '.join(shown)}) = {format_result(name, c)}"


def format_exit(result: Exit) -> str:
    if result.signal is not None:
        return f"+++ killed by {signal_name(result.signal)} +++"
    return f"+++ exited with {result.status} +++"


class Tracer:
    """Writes a line per system call (and one at the end) to `out`."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out

    def line(self, text: str) -> None:
        self.out.write(f"{PREFIX}{text}\n".encode(errors="replace"))
        self.out.flush()

    def syscall(self, k: Kernel, t: Thread, number: int, args: tuple[int, ...], result: int,
                early: list[str] | None = None) -> None:  # fmt: skip
        self.line(k.trace_prefix(t.tid) + format_call(k, t, number, args, result, early))

    def exit(self, result: Exit, prefix: str = "") -> None:
        self.line(prefix + format_exit(result))
