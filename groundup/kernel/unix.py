"""AF_UNIX sockets made by socketpair(2) (Linux's net/unix/af_unix.c, unix(7)).

    socketpair(AF_UNIX, type, 0, sv)   two connected sockets; type is SOCK_STREAM,
                                       SOCK_DGRAM or SOCK_SEQPACKET, or'ed with
                                       SOCK_NONBLOCK and SOCK_CLOEXEC

Each end is an open file (`UnixSocket`) with its own receive queue and a peer: what
one end sends goes to the other's queue. The queue holds "skbs" as Linux's does: a
stream's writes in chunks (a read takes bytes across them), a datagram or seqpacket
socket's whole messages (a read takes one; what does not fit is dropped, and
MSG_TRUNC says how long it was). The sender is charged for what waits in its peer's
queue (Linux's sk_wmem_alloc: each skb's length plus SKB_OVERHEAD); it may send while
that is below its SO_SNDBUF, else it waits (or -EAGAIN with O_NONBLOCK or
MSG_DONTWAIT), and poll says POLLOUT while it is at most a quarter of SO_SNDBUF.

Ends close and shut down as Linux's do (`shutdown` holds RCV_SHUTDOWN and
SEND_SHUTDOWN):

    stream, seqpacket   shutdown() of one end shuts the matching direction of the
                        other; the peer's last close shuts both (and sets ECONNRESET
                        as the pending error if it left data unread). A read with
                        nothing queued and RCV_SHUTDOWN gives 0 (end of file); a
                        stream write after SEND_SHUTDOWN or to a peer that cannot
                        receive gives -EPIPE and SIGPIPE (not with MSG_NOSIGNAL).
    dgram               nothing reaches the peer: a send to a closed peer gives
                        -ECONNREFUSED once and disconnects (then -ENOTCONN); never
                        SIGPIPE.

Blocking is the scheduler's `Block` on the pair's queue, as for pipes: a long stream
send keeps the bytes it has moved in `thread.restart.done` (a signal makes it return
that count), and so does a stream receive with MSG_WAITALL, which copies out as it
goes. Every change wakes the pair's queue and the kernel's poll queue (ppoll,
pselect6, epoll). Sockets have no names here: getsockname and getpeername give the
unnamed address (the family alone), and socket(2) (which would need bind and
connect to be useful) says EOPNOTSUPP for AF_UNIX and EAFNOSUPPORT for the rest;
descriptors cannot be passed (SCM_RIGHTS is EOPNOTSUPP).
"""

from __future__ import annotations

import os
import struct
from collections import deque
from typing import TYPE_CHECKING

from groundup.isa.alu import M64
from groundup.kernel.errno import Errno
from groundup.kernel.file import File, OpenFlag
from groundup.kernel.fs.node import Stat, makedev
from groundup.kernel.sched import Block, Restart, WaitQueue
from groundup.kernel.sysfile import access_ok, cint, copy_in, copy_out, fd_limit, iovecs
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process, Thread

AF_UNIX, AF_INET, AF_INET6 = 1, 2, 10  # linux/socket.h
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET = 1, 2, 3, 5
SOCK_TYPE_MASK = 0xF
SOCK_FLAGS = OpenFlag.NONBLOCK | OpenFlag.CLOEXEC  # SOCK_NONBLOCK, SOCK_CLOEXEC
RCV_SHUTDOWN, SEND_SHUTDOWN, SHUTDOWN_MASK = 1, 2, 3  # net/sock.h

MSG_OOB, MSG_PEEK, MSG_TRUNC, MSG_DONTWAIT = 0x1, 0x2, 0x20, 0x40
MSG_WAITALL, MSG_NOSIGNAL = 0x100, 0x4000

SOL_SOCKET = 1  # asm-generic/socket.h
SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_SNDBUF, SO_RCVBUF = 2, 3, 4, 7, 8
SO_KEEPALIVE, SO_PASSCRED, SO_PEERCRED, SO_RCVLOWAT = 9, 16, 17, 18
SO_ACCEPTCONN, SO_PROTOCOL, SO_DOMAIN = 30, 38, 39
SCM_RIGHTS = 1
IGNORED_OPTIONS = frozenset({SO_REUSEADDR, SO_KEEPALIVE, SO_PASSCRED, SO_RCVLOWAT})
INT_OPTIONS = IGNORED_OPTIONS | {SO_TYPE, SO_ERROR, SO_SNDBUF, SO_RCVBUF, SO_ACCEPTCONN,
                                 SO_PROTOCOL, SO_DOMAIN}  # fmt: skip

WMEM_DEFAULT = 212992  # net.core.wmem_default and rmem_default (bytes)
WMEM_MAX = 212992  # net.core.wmem_max and rmem_max: what setsockopt may ask
SOCK_MIN_SNDBUF, SOCK_MIN_RCVBUF = 4608, 2304  # net/sock.h
SKB_OVERHEAD = 576  # what an skb costs beyond its data (struct sk_buff + shared info)
STREAM_SKB_MAX = 32768  # a stream send's largest chunk (UNIX_SKB_FRAGS_SZ)
SOCKFS_DEV = makedev(0, 8)
SOCKADDR_UNNAMED = struct.pack("<H", AF_UNIX)  # an unnamed socket's sockaddr_un
MSGHDR = struct.Struct("<QI4xQQQQi4x")  # name, namelen, iov, iovlen, control, controllen, flags
POLLIN, POLLOUT, POLLERR, POLLHUP = 0x1, 0x4, 0x8, 0x10
POLLRDNORM, POLLWRNORM, POLLWRBAND, POLLRDHUP = 0x40, 0x100, 0x200, 0x2000
SIGPIPE = 13


class UnixSocket(File):
    """One end of a connected pair: its receive queue, its peer, its shutdown state."""

    def __init__(self, k: Kernel, kind: int, ino: int, queue: WaitQueue, flags: int) -> None:
        super().__init__(OpenFlag.RDWR | flags, f"socket:[{ino}]")
        self.k = k
        self.kind = kind  # SOCK_STREAM, SOCK_DGRAM or SOCK_SEQPACKET
        self.ino = ino
        self.queue = queue  # the pair's: every waiter on either end
        self.peer: UnixSocket | None = None
        self.rx: deque[bytes] = deque()  # skbs: stream chunks or whole messages
        self.rx_len = 0  # bytes queued
        self.rx_mem = 0  # what they cost their sender (bytes + SKB_OVERHEAD each)
        self.shutdown = 0  # RCV_SHUTDOWN | SEND_SHUTDOWN
        self.error = 0  # the pending error (sk_err), taken by the next call that sees it
        self.sndbuf = WMEM_DEFAULT
        self.rcvbuf = WMEM_DEFAULT
        self.dead = False  # released (its last descriptor closed)
        self.changes = 0  # File.generation
        self.creds = (0, os.getuid(), os.getgid())  # SO_PEERCRED: pid, uid, gid

    @property
    def stream(self) -> bool:
        return self.kind == SOCK_STREAM

    @property
    def wmem(self) -> int:
        """What this end has sent that its peer has not read (Linux's sk_wmem_alloc)."""
        peer = self.peer
        return peer.rx_mem if peer is not None and not peer.dead else 0

    def changed(self) -> None:
        """Something a waiter on either end may be waiting for happened."""
        self.changes += 1
        if self.peer is not None:
            self.peer.changes += 1
        self.queue.wake(self.k.sched)
        self.k.poll_wait.wake(self.k.sched)

    def take_error(self) -> int:
        err, self.error = self.error, 0
        return err

    def block(self, done: int = 0) -> Block:
        """Wait on the pair's queue, remembering the bytes moved so far."""
        t = self.k.sched.in_kernel
        if t is not None and done:
            if t.restart is None:
                t.restart = Restart()
            t.restart.done = done
        return Block("unix socket", self.queue)

    # --- sending ------------------------------------------------------------------------
    def enqueue(self, data: bytes) -> None:
        self.rx.append(data)
        self.rx_len += len(data)
        self.rx_mem += len(data) + SKB_OVERHEAD

    def send(self, data: bytes, flags: int, nonblock: bool) -> int:
        """Bytes sent, or a negative errno (sendmsg of the socket's kind)."""
        if self.stream:
            return self.send_stream(data, flags, nonblock)
        return self.send_message(data, nonblock)

    def send_stream(self, data: bytes, flags: int, nonblock: bool) -> int:
        t = self.k.sched.in_kernel
        done = t.restart.done if t is not None and t.restart is not None else 0
        peer = self.peer
        while done < len(data):
            if peer is None or self.shutdown & SEND_SHUTDOWN:
                return done or self.broken_pipe(flags)
            if self.wmem >= self.sndbuf:
                if nonblock:
                    return done or -Errno.EAGAIN
                raise self.block(done)
            if peer.dead or peer.shutdown & RCV_SHUTDOWN:
                return done or self.broken_pipe(flags)
            size = min(len(data) - done, self.sndbuf // 2 - 64, STREAM_SKB_MAX)
            peer.enqueue(data[done : done + size])
            done += size
            self.changed()
        return done

    def broken_pipe(self, flags: int) -> int:
        """-EPIPE, with SIGPIPE for the sender unless MSG_NOSIGNAL."""
        t = self.k.sched.in_kernel
        if t is not None and not flags & MSG_NOSIGNAL:
            from groundup.kernel.signal import send_thread, siginfo_user

            send_thread(self.k, t, SIGPIPE, "a send on a socket that cannot send",
                        siginfo_user(SIGPIPE, t.proc.pid))  # fmt: skip
        return -Errno.EPIPE

    def send_message(self, data: bytes, nonblock: bool) -> int:
        """One datagram (unix_dgram_sendmsg's checks, in its order)."""
        if len(data) > self.sndbuf - 32:
            return -Errno.EMSGSIZE
        if self.error:
            return -self.take_error()
        if self.shutdown & SEND_SHUTDOWN:
            return -Errno.EPIPE
        if self.wmem >= self.sndbuf:
            if nonblock:
                return -Errno.EAGAIN
            raise self.block()
        peer = self.peer
        if peer is None:
            return -Errno.ENOTCONN
        if peer.dead:
            if self.kind == SOCK_SEQPACKET:
                return -Errno.EPIPE
            self.peer = None  # a datagram socket forgets a peer that went away
            return -Errno.ECONNREFUSED
        if peer.shutdown & RCV_SHUTDOWN:
            return -Errno.EPIPE
        peer.enqueue(data)
        self.changed()
        return len(data)

    # --- receiving ----------------------------------------------------------------------
    def dequeue(self, n: int, skip: int, peek: bool) -> bytes:
        """Up to n stream bytes after the first `skip`, taken unless peeking."""
        out = bytearray()
        for chunk in self.rx:
            if len(out) >= n:
                break
            if skip >= len(chunk):
                skip -= len(chunk)
                continue
            out += chunk[skip : skip + n - len(out)]
            skip = 0
        if not peek:
            self.consume(len(out))
        return bytes(out)

    def consume(self, n: int) -> None:
        while n:
            chunk = self.rx[0]
            if len(chunk) <= n:
                self.rx.popleft()
                self.rx_mem -= len(chunk) + SKB_OVERHEAD
                n -= len(chunk)
                self.rx_len -= len(chunk)
            else:
                self.rx[0] = chunk[n:]
                self.rx_len -= n
                self.rx_mem -= n
                n = 0
        self.changed()

    def recv_stream(self, n: int, flags: int, nonblock: bool, skip: int = 0) -> bytes | int:
        """Up to n queued bytes (b"" at end of file); waits for the first."""
        if self.rx_len > skip:
            return self.dequeue(n, skip, bool(flags & MSG_PEEK))
        if self.error:
            return -self.take_error()
        if self.shutdown & RCV_SHUTDOWN:
            return b""
        if nonblock:
            return -Errno.EAGAIN
        raise self.block()

    def recv_message(self, n: int, flags: int, nonblock: bool) -> tuple[bytes, int] | int:
        """The first n bytes of the next message and its length (b"", 0 at end of file)."""
        if self.error:
            return -self.take_error()
        if self.rx:
            msg = self.rx[0]
            if not flags & MSG_PEEK:
                self.rx.popleft()
                self.rx_len -= len(msg)
                self.rx_mem -= len(msg) + SKB_OVERHEAD
                self.changed()
            return msg[:n], len(msg)
        if self.shutdown & RCV_SHUTDOWN and (not nonblock or self.kind == SOCK_SEQPACKET):
            return b"", 0  # (a non-blocking datagram socket says EAGAIN even so)
        if nonblock:
            return -Errno.EAGAIN
        raise self.block()

    # --- the File interface -------------------------------------------------------------
    @property
    def nonblock(self) -> bool:
        return bool(self.flags & OpenFlag.NONBLOCK)

    def read(self, n: int) -> bytes | int:
        if n == 0:
            return b""
        if self.stream:
            return self.recv_stream(n, 0, self.nonblock)
        got = self.recv_message(n, 0, self.nonblock)
        return got if isinstance(got, int) else got[0]

    def write(self, data: bytes) -> int:
        return self.send(data, 0, self.nonblock) if data else 0

    def stat(self) -> Stat | int:
        return Stat(mode=0o140777, ino=self.ino, dev=SOCKFS_DEV, uid=os.getuid(),
                    gid=os.getgid(), blksize=4096)  # fmt: skip

    def poll(self, events: int) -> int:
        """unix_poll and unix_dgram_poll: what is ready, whatever was asked."""
        ready = POLLERR if self.error else 0
        if self.shutdown == SHUTDOWN_MASK:
            ready |= POLLHUP
        if self.shutdown & RCV_SHUTDOWN:
            ready |= POLLRDHUP | POLLIN | POLLRDNORM
        if self.rx:
            ready |= POLLIN | POLLRDNORM
        if self.wmem * 4 <= self.sndbuf:
            ready |= POLLOUT | POLLWRNORM | POLLWRBAND
        return ready & (events | POLLERR | POLLHUP)

    def generation(self) -> int:
        return self.changes

    def release(self) -> None:
        """The last descriptor closed: the peer of a connected kind is shut down."""
        self.dead = True
        peer = self.peer
        if peer is not None and self.kind != SOCK_DGRAM:
            peer.shutdown = SHUTDOWN_MASK
            if self.rx:
                peer.error = Errno.ECONNRESET
        self.rx.clear()
        self.rx_len = self.rx_mem = 0
        self.changed()

    def shut(self, how: int) -> int:
        """shutdown(2): SHUT_RD, SHUT_WR, SHUT_RDWR (0, 1, 2)."""
        if not 0 <= how <= 2:
            return -Errno.EINVAL
        mode = how + 1  # RCV_SHUTDOWN, SEND_SHUTDOWN, both
        self.shutdown |= mode
        peer = self.peer
        if peer is not None and self.kind != SOCK_DGRAM:
            peer.shutdown |= (SEND_SHUTDOWN if mode & RCV_SHUTDOWN else 0) | (
                RCV_SHUTDOWN if mode & SEND_SHUTDOWN else 0
            )
        self.changed()
        return 0

    def getsockopt(self, name: int) -> bytes | int:
        if name == SO_PEERCRED:  # struct ucred of the process that made the pair
            return struct.pack("<iII", *self.creds)
        if name not in INT_OPTIONS:
            return -Errno.ENOPROTOOPT
        value = {SO_TYPE: self.kind, SO_SNDBUF: self.sndbuf, SO_RCVBUF: self.rcvbuf,
                 SO_DOMAIN: AF_UNIX, SO_RCVLOWAT: 1}.get(name, 0)  # fmt: skip
        if name == SO_ERROR:
            value = self.take_error()
        return struct.pack("<i", value)

    def setsockopt(self, name: int, value: int) -> int:
        if name in (SO_SNDBUF, SO_RCVBUF):  # doubled, for the kernel's bookkeeping
            size = min(value & 0xFFFF_FFFF, WMEM_MAX) * 2
            if name == SO_SNDBUF:
                self.sndbuf = max(size, SOCK_MIN_SNDBUF)
            else:
                self.rcvbuf = max(size, SOCK_MIN_RCVBUF)
            self.changed()
            return 0
        return 0 if name in IGNORED_OPTIONS else -Errno.ENOPROTOOPT


# --- the system calls --------------------------------------------------------------------


def check_type(family: int, kind: int, protocol: int) -> int:
    """socket(2)'s checks of (family, type, protocol), in Linux's order; 0 if AF_UNIX
    can make it. (The internet families exist in Linux, but cannot make pairs.)"""
    if kind & ~(SOCK_TYPE_MASK | SOCK_FLAGS):
        return -Errno.EINVAL
    if family in (AF_INET, AF_INET6):
        return -Errno.EOPNOTSUPP
    if family != AF_UNIX:
        return -Errno.EAFNOSUPPORT
    if protocol and protocol != AF_UNIX:
        return -Errno.EPROTONOSUPPORT
    if kind & SOCK_TYPE_MASK not in (SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET):
        return -Errno.ESOCKTNOSUPPORT
    return 0


def sys_socket(k: Kernel, t: Thread, family: int, kind: int, protocol: int, *_: int) -> int:
    family, kind, protocol = cint(family), cint(kind), cint(protocol)
    err = check_type(family, kind, protocol)
    if err == -Errno.EOPNOTSUPP:
        return -Errno.EAFNOSUPPORT  # no internet sockets (yet)
    return err or -Errno.EOPNOTSUPP  # an unnamed AF_UNIX socket needs bind and connect


def sys_socketpair(k: Kernel, t: Thread, family: int, kind: int, protocol: int, sv: int,
                   *_: int) -> int:  # fmt: skip
    family, kind, protocol = cint(family), cint(kind), cint(protocol)
    err = check_type(family, kind, protocol)
    if err:
        return err
    p = t.proc
    base = kind & SOCK_TYPE_MASK
    base = SOCK_DGRAM if base == SOCK_RAW else base
    queue, flags = WaitQueue("unix socket"), kind & OpenFlag.NONBLOCK
    ends: list[UnixSocket] = []
    while len(ends) < 2:
        k.pipes_made += 1  # sockets and pipes share one inode counter, as in Linux
        ends.append(UnixSocket(k, base, k.pipes_made, queue, flags))
        ends[-1].creds = (p.pid, os.getuid(), os.getgid())
    ends[0].peer, ends[1].peer = ends[1], ends[0]
    cloexec, limit = bool(kind & OpenFlag.CLOEXEC), fd_limit(p)
    fd0 = p.files.alloc(ends[0], cloexec, 0, limit)
    fd1 = p.files.alloc(ends[1], cloexec, 0, limit) if fd0 >= 0 else fd0
    if fd0 < 0 or fd1 < 0 or not p.mm.copy_out(sv & M64, struct.pack("<ii", fd0, fd1)):
        for fd, end in zip((fd0, fd1), ends, strict=True):
            if fd >= 0:
                p.files.close(fd)
            elif end.refs == 0:
                end.release()
        return fd0 if fd0 < 0 else fd1 if fd1 < 0 else -Errno.EFAULT
    return 0


def socket_of(p: Process, fd: int) -> UnixSocket | int:
    f = p.files.get(cint(fd))
    if f is None:
        return -Errno.EBADF
    return f if isinstance(f, UnixSocket) else -Errno.ENOTSOCK


def dest_error(p: Process, sock: UnixSocket, addr: int, addrlen: int) -> int:
    """What sending to an explicit address gives (0: there is none): a connected
    stream says EISCONN; seqpacket ignores it; datagrams find no socket bound to it."""
    addrlen = cint(addrlen)
    if not addr or addrlen == 0 or sock.kind == SOCK_SEQPACKET:
        return 0
    if not 0 <= addrlen <= 128:
        return -Errno.EINVAL
    raw = copy_in(p, addr & M64, addrlen)
    if raw is None or len(raw) < addrlen:
        return -Errno.EFAULT
    if sock.stream:
        return -Errno.EISCONN
    if addrlen <= 2 or struct.unpack_from("<H", raw)[0] != AF_UNIX:
        return -Errno.EINVAL
    return -Errno.ECONNREFUSED  # no socket here has a name


def control_error(p: Process, control: int, size: int) -> int:
    """sendmsg's ancillary data: passing descriptors (SCM_RIGHTS) is not supported;
    credentials and other levels are accepted and ignored."""
    if size == 0:
        return 0
    if size > 0x7FFF_FFFF:
        return -Errno.ENOBUFS
    raw = copy_in(p, control & M64, size)
    if raw is None or len(raw) < size:
        return -Errno.EFAULT
    at = 0
    while at + 16 <= size:
        length, level, kind = struct.unpack_from("<Qii", raw, at)
        if length < 16 or at + length > size:
            return -Errno.EINVAL
        if level == SOL_SOCKET and kind == SCM_RIGHTS:
            return -Errno.EOPNOTSUPP
        at += (length + 7) & ~7
    return 0


def gather(p: Process, segs: list[tuple[int, int]]) -> bytes | None:
    """The bytes the iovecs hold (writev's way: up to the first missing page)."""
    data = bytearray()
    for base, n in segs:
        piece = copy_in(p, base, n)
        if piece is None:
            break
        data += piece
        if len(piece) < n:
            break
    return None if not data and any(n for _, n in segs) else bytes(data)


def scatter(p: Process, segs: list[tuple[int, int]], data: bytes, offset: int) -> bool:
    """Copy `data` into the iovecs from byte `offset` on; False if a page is missing."""
    for base, n in segs:
        if offset >= n:
            offset -= n
            continue
        piece = data[: n - offset]
        if piece and copy_out(p, base + offset, piece) < len(piece):
            return False
        data, offset = data[len(piece) :], 0
        if not data:
            break
    return True


def send(t: Thread, sock: UnixSocket, segs: list[tuple[int, int]], flags: int) -> int:
    p = t.proc
    if flags & MSG_OOB:
        return -Errno.EOPNOTSUPP
    data = gather(p, segs)
    if data is None:
        return -Errno.EFAULT
    return sock.send(data, flags, sock.nonblock or bool(flags & MSG_DONTWAIT))


def receive(t: Thread, sock: UnixSocket, segs: list[tuple[int, int]], flags: int,
            ) -> tuple[int, int] | int:  # fmt: skip
    """Receive into the iovecs: (bytes copied, length of the message), or an errno."""
    p, total = t.proc, sum(n for _, n in segs)
    if flags & MSG_OOB:
        return -Errno.EOPNOTSUPP
    nonblock = sock.nonblock or bool(flags & MSG_DONTWAIT)
    if not sock.stream:
        got = sock.recv_message(total, flags, nonblock)
        if isinstance(got, int):
            return got
        if not scatter(p, segs, got[0], 0):
            return -Errno.EFAULT
        return len(got[0]), got[1]
    done = t.restart.done if t.restart is not None else 0
    target = max(total if flags & MSG_WAITALL else 1, 1)
    peek = bool(flags & MSG_PEEK)
    try:
        while True:
            data = sock.recv_stream(total - done, flags, nonblock, done if peek else 0)
            if isinstance(data, int):
                return (done, done) if done else data
            if not scatter(p, segs, data, done):
                return (done, done) if done else -Errno.EFAULT
            done += len(data)
            if not data or done >= target:
                return done, done
    except Block:
        if done:
            raise sock.block(done) from None
        raise


def put_name(p: Process, addr: int, addrlen: int, name: bytes) -> int:
    """move_addr_to_user: copy what fits of `name`, and its whole length to *addrlen."""
    raw = copy_in(p, addrlen & M64, 4) if addrlen else None
    if raw is None or len(raw) < 4:
        return -Errno.EFAULT
    room = struct.unpack("<i", raw)[0]
    if room < 0:
        return -Errno.EINVAL
    shown = name[:room]
    if shown and copy_out(p, addr & M64, shown) < len(shown):
        return -Errno.EFAULT
    return 0 if p.mm.copy_out(addrlen & M64, struct.pack("<i", len(name))) else -Errno.EFAULT


def sys_sendto(k: Kernel, t: Thread, fd: int, buf: int, n: int, flags: int, addr: int,
               addrlen: int) -> int:  # fmt: skip
    p = t.proc
    sock = socket_of(p, fd)
    if isinstance(sock, int):
        return sock
    buf, n = buf & M64, min(n & M64, 0x7FFF_F000)
    if not access_ok(buf, n):
        return -Errno.EFAULT
    err = dest_error(p, sock, addr, addrlen)
    return err or send(t, sock, [(buf, n)], cint(flags))


def sys_recvfrom(k: Kernel, t: Thread, fd: int, buf: int, n: int, flags: int, addr: int,
                 addrlen: int) -> int:  # fmt: skip
    p = t.proc
    sock = socket_of(p, fd)
    if isinstance(sock, int):
        return sock
    buf, n, flags = buf & M64, min(n & M64, 0x7FFF_F000), cint(flags)
    if not access_ok(buf, n):
        return -Errno.EFAULT
    got = receive(t, sock, [(buf, n)], flags)
    if isinstance(got, int):
        return got
    if addr:
        err = put_name(p, addr, addrlen, b"")  # the peer is unnamed: no address
        if err:
            return err
    return got[1] if flags & MSG_TRUNC else got[0]


def read_msghdr(p: Process, msg: int) -> tuple[int, ...] | int:
    raw = p.mm.copy_in(msg & M64, MSGHDR.size) if access_ok(msg & M64, MSGHDR.size) else None
    return -Errno.EFAULT if raw is None else MSGHDR.unpack(raw)


def sys_sendmsg(k: Kernel, t: Thread, fd: int, msg: int, flags: int, *_: int) -> int:
    p = t.proc
    sock = socket_of(p, fd)
    if isinstance(sock, int):
        return sock
    hdr = read_msghdr(p, msg)
    if isinstance(hdr, int):
        return hdr
    name, namelen, iov, iovlen, control, controllen = hdr[:6]
    if iovlen > 1024:
        return -Errno.EMSGSIZE
    segs = iovecs(p, iov, iovlen)
    if isinstance(segs, int):
        return segs
    err = dest_error(p, sock, name, namelen) or control_error(p, control, controllen)
    return err or send(t, sock, segs, cint(flags))


def sys_recvmsg(k: Kernel, t: Thread, fd: int, msg: int, flags: int, *_: int) -> int:
    p = t.proc
    sock = socket_of(p, fd)
    if isinstance(sock, int):
        return sock
    hdr = read_msghdr(p, msg)
    if isinstance(hdr, int):
        return hdr
    name, iov, iovlen = hdr[0], hdr[2], hdr[3]
    if iovlen > 1024:
        return -Errno.EMSGSIZE
    segs = iovecs(p, iov, iovlen)
    if isinstance(segs, int):
        return segs
    flags = cint(flags)
    got = receive(t, sock, segs, flags)
    if isinstance(got, int):
        return got
    msg &= M64
    truncated = MSG_TRUNC if got[1] > got[0] else 0
    err = put_name(p, name, msg + 8, b"") if name else 0
    out = struct.pack("<Qi", 0, truncated)  # msg_controllen: none given; msg_flags
    if err or not p.mm.copy_out(msg + 40, out):
        return err or -Errno.EFAULT
    return got[1] if flags & MSG_TRUNC else got[0]


def sys_shutdown(k: Kernel, t: Thread, fd: int, how: int, *_: int) -> int:
    sock = socket_of(t.proc, fd)
    return sock if isinstance(sock, int) else sock.shut(cint(how))


def sys_getsockname(k: Kernel, t: Thread, fd: int, addr: int, addrlen: int, *_: int) -> int:
    sock = socket_of(t.proc, fd)
    return sock if isinstance(sock, int) else put_name(t.proc, addr, addrlen, SOCKADDR_UNNAMED)


def sys_getpeername(k: Kernel, t: Thread, fd: int, addr: int, addrlen: int, *_: int) -> int:
    sock = socket_of(t.proc, fd)
    if isinstance(sock, int):
        return sock
    if sock.peer is None:
        return -Errno.ENOTCONN
    return put_name(t.proc, addr, addrlen, SOCKADDR_UNNAMED)


def sys_getsockopt(k: Kernel, t: Thread, fd: int, level: int, name: int, val: int,
                   vallen: int, *_: int) -> int:  # fmt: skip
    p = t.proc
    sock = socket_of(p, fd)
    if isinstance(sock, int):
        return sock
    if cint(level) != SOL_SOCKET:
        return -Errno.EOPNOTSUPP  # AF_UNIX has options at no other level
    raw = copy_in(p, vallen & M64, 4) if vallen else None
    if raw is None or len(raw) < 4:
        return -Errno.EFAULT
    room = struct.unpack("<i", raw)[0]
    if room < 0:
        return -Errno.EINVAL
    value = sock.getsockopt(cint(name))
    if isinstance(value, int):
        return value
    value = value[:room]
    if value and copy_out(p, val & M64, value) < len(value):
        return -Errno.EFAULT
    return 0 if p.mm.copy_out(vallen & M64, struct.pack("<i", len(value))) else -Errno.EFAULT


def sys_setsockopt(k: Kernel, t: Thread, fd: int, level: int, name: int, val: int,
                   vallen: int, *_: int) -> int:  # fmt: skip
    p = t.proc
    sock = socket_of(p, fd)
    if isinstance(sock, int):
        return sock
    if cint(level) != SOL_SOCKET:
        return -Errno.EOPNOTSUPP
    if cint(vallen) < 4:
        return -Errno.EINVAL
    raw = copy_in(p, val & M64, 4)
    if raw is None or len(raw) < 4:
        return -Errno.EFAULT
    return sock.setsockopt(cint(name), struct.unpack("<i", raw)[0])


HANDLERS: dict[int, Handler] = {
    Sys.SOCKET: sys_socket,
    Sys.SOCKETPAIR: sys_socketpair,
    Sys.SENDTO: sys_sendto,
    Sys.RECVFROM: sys_recvfrom,
    Sys.SENDMSG: sys_sendmsg,
    Sys.RECVMSG: sys_recvmsg,
    Sys.SHUTDOWN: sys_shutdown,
    Sys.GETSOCKNAME: sys_getsockname,
    Sys.GETPEERNAME: sys_getpeername,
    Sys.GETSOCKOPT: sys_getsockopt,
    Sys.SETSOCKOPT: sys_setsockopt,
}
