"""epoll (Linux's fs/eventpoll.c, epoll(7)): an interest list that waits for many files.

    epoll_create1(flags)                  a new epoll instance (EPOLL_CLOEXEC)
    epoll_ctl(epfd, op, fd, &event)       EPOLL_CTL_ADD, _MOD, _DEL an interest in fd
    epoll_pwait(epfd, events, max, ms, sigmask, size)   wait for up to `max` ready
    epoll_pwait2(...)                     the same with a timespec timeout

An interest (`Interest`) belongs to the pair (descriptor number, open file) it was
added with, as in Linux: closing a duplicate leaves it, and it goes away when the open
file is released (the last descriptor closed) — noticed lazily, the next time the
list is looked at (a released file has no refs). What is ready is asked of the file
(`File.poll`), when epoll_wait looks: there is no ready list fed by wake-up callbacks,
so a wait scans the interests (those it reports level-triggered go to the back, so
a small `maxevents` sees them all in turn, as Linux's ready list does). Nothing
ready: the wait blocks on the kernel's poll queue, which every change of a pipe or
socket (and every epoll_ctl) wakes, until something is, its timeout passes, or a
signal interrupts it (EINTR; its sigmask is handled as ppoll's).

    level-triggered   reported at every wait while ready
    EPOLLET           reported when ready and the file has changed since the last
                      report (`File.generation`: new data, room, a close ...)
    EPOLLONESHOT      disabled after one report, until EPOLL_CTL_MOD re-arms it
    EPOLLERR, EPOLLHUP   always reported, asked or not

Only files that can wait can be watched (pipes, sockets, epolls, terminals and host
pipes): regular files and devices give EPERM, as Linux's files without poll do. An
epoll file is itself readable (POLLIN) when one of its interests is ready; watching
epolls from epolls in a loop, or more than EP_MAX_NESTS deep, is ELOOP.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from groundup.isa.alu import M64
from groundup.kernel.clock import KTIME_MAX, hart_of, monotonic_ns
from groundup.kernel.errno import Errno
from groundup.kernel.file import File, HostStream, OpenFlag
from groundup.kernel.fs.node import Kind, Stat, makedev
from groundup.kernel.pipe import PipeEnd
from groundup.kernel.poll import read_timeout, set_mask, timed_out, wait
from groundup.kernel.sysfile import access_ok, cint, fd_limit
from groundup.kernel.sysnum import Handler, Sys
from groundup.kernel.unix import UnixSocket

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Thread

EPOLLIN, EPOLLOUT, EPOLLERR, EPOLLHUP, EPOLLRDNORM = 0x1, 0x4, 0x8, 0x10, 0x40
EPOLLEXCLUSIVE, EPOLLWAKEUP, EPOLLONESHOT, EPOLLET = 1 << 28, 1 << 29, 1 << 30, 1 << 31
EP_PRIVATE_BITS = EPOLLWAKEUP | EPOLLONESHOT | EPOLLET | EPOLLEXCLUSIVE
EXCLUSIVE_OK = EPOLLIN | EPOLLOUT | EPOLLERR | EPOLLHUP | EPOLLWAKEUP | EPOLLET | EPOLLEXCLUSIVE
EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD = 1, 2, 3
EPOLL_CLOEXEC = OpenFlag.CLOEXEC
# struct epoll_event: { u32 events; u64 data; } — 16 bytes with padding on riscv64
# (only x86-64 packs it into 12; glibc's __EPOLL_PACKED).
EPOLL_EVENT = struct.Struct("<I4xQ")
EP_MAX_EVENTS = 0x7FFF_FFFF // EPOLL_EVENT.size
EP_MAX_NESTS = 4
ANON_INODE_DEV = makedev(0, 15)  # anon_inodefs: one inode for every epoll
ANON_INODE_INO = 1


@dataclass(slots=True, eq=False)
class Interest:
    """One watched (fd, file): what it asks for, what to hand back, and the file's
    generation when the epoll last looked (a change puts it on the ready list)."""

    fd: int
    file: File
    events: int
    data: int
    generation: int = 0
    queued: bool = False  # on the ready list


class Epoll(File):
    """An epoll instance: its interest list, and the ready list (Linux's rdllist) of the
    interests that may be ready: those whose file changed, and the level-triggered
    ones reported last time. A wait reports from the front of it."""

    def __init__(self) -> None:
        super().__init__(OpenFlag.RDWR, "anon_inode:[eventpoll]")
        self.interests: dict[tuple[int, File], Interest] = {}
        self.ready_list: list[Interest] = []
        self.changes = 0  # epoll_ctl calls (with its files' changes: `generation`)

    def notice(self) -> None:
        """What the wake-up callbacks would have done: drop the interests whose file
        was released, and queue those whose file changed since the last look."""
        for key, item in list(self.interests.items()):
            if item.file.refs == 0:
                del self.interests[key]
                continue
            now = item.file.generation()
            if now != item.generation:
                item.generation = now
                self.enqueue(item)
        self.ready_list = [i for i in self.ready_list if i.file.refs]

    def enqueue(self, item: Interest) -> None:
        if not item.queued:
            item.queued = True
            self.ready_list.append(item)

    @staticmethod
    def ready(item: Interest) -> int:
        """What `item` would report now (0: nothing)."""
        asked = item.events & ~EP_PRIVATE_BITS  # nothing: a one-shot already reported
        return item.file.poll(asked) & asked if asked else 0

    def collect(self, most: int) -> list[tuple[int, int]]:
        """Report up to `most` ready interests: (events, data) each. Level-triggered
        ones go back on the list, behind those not reached (as ep_send_events does)."""
        self.notice()
        out: list[tuple[int, int]] = []
        pending, again = self.ready_list, list[Interest]()
        for n, item in enumerate(pending):
            if len(out) == most:
                self.ready_list = pending[n:] + again
                break
            item.queued = False
            revents = self.ready(item)
            if not revents:
                continue
            out.append((revents, item.data))
            if item.events & EPOLLONESHOT:
                item.events &= EP_PRIVATE_BITS
            elif not item.events & EPOLLET:
                item.queued = True
                again.append(item)
        else:
            self.ready_list = again
        return out

    def poll(self, events: int) -> int:
        self.notice()
        for item in list(self.ready_list):
            if self.ready(item):
                return (EPOLLIN | EPOLLRDNORM) & events
            item.queued = False
            self.ready_list.remove(item)
        return 0

    def generation(self) -> int:
        """Moves when any watched file changes: an epoll watching this one looks again."""
        return self.changes + sum(i.file.generation() for i in self.interests.values())

    def watches(self, target: Epoll, depth: int = 0) -> bool:
        """Whether `target` is this epoll or is reachable through the epolls it watches
        (or the chain is too deep): adding this to `target` would make a loop."""
        if self is target or depth >= EP_MAX_NESTS:
            return True
        return any(isinstance(i.file, Epoll) and i.file.watches(target, depth + 1)
                   for i in self.interests.values() if i.file.refs)  # fmt: skip

    def stat(self) -> Stat | int:
        return Stat(mode=0o600, ino=ANON_INODE_INO, dev=ANON_INODE_DEV, uid=os.getuid(),
                    gid=os.getgid(), blksize=4096)  # fmt: skip

    def control(self, op: int, fd: int, f: File, events: int, data: int) -> int:
        """EPOLL_CTL_ADD, _DEL, _MOD on (fd, f), checked already as do_epoll_ctl does."""
        self.notice()
        key = (fd, f)
        item = self.interests.get(key)
        match op:
            case 1 if item is not None:
                return -Errno.EEXIST
            case 1:
                item = Interest(fd, f, events | EPOLLERR | EPOLLHUP, data, f.generation())
                self.interests[key] = item
            case 2 | 3 if item is None:
                return -Errno.ENOENT
            case 2 if item is not None:
                del self.interests[key]
                if item.queued:
                    self.ready_list.remove(item)
                return 0
            case 3 if item is not None and not item.events & EPOLLEXCLUSIVE:
                item.events, item.data = events | EPOLLERR | EPOLLHUP, data
            case _:
                return -Errno.EINVAL
        self.changes += 1
        if item is not None and self.ready(item):  # ready now: queued (ep_insert, ep_modify)
            self.enqueue(item)
        return 0


def can_poll(f: File) -> bool:
    """Whether a file can make a waiter wait (Linux: its file_operations has poll)."""
    if isinstance(f, (PipeEnd, UnixSocket, Epoll)):
        return True
    if not isinstance(f, HostStream):
        return False
    st = f.stat()
    return isinstance(st, Stat) and st.kind not in (Kind.REG, Kind.DIR)


def sys_epoll_create1(k: Kernel, t: Thread, flags: int, *_: int) -> int:
    p, flags = t.proc, cint(flags)
    if flags & ~EPOLL_CLOEXEC:
        return -Errno.EINVAL
    return p.files.alloc(Epoll(), bool(flags & EPOLL_CLOEXEC), 0, fd_limit(p))


def sys_epoll_ctl(k: Kernel, t: Thread, epfd: int, op: int, fd: int, event: int,
                  *_: int) -> int:  # fmt: skip
    p, op, fd = t.proc, cint(op), cint(fd)
    events = data = 0
    if op != EPOLL_CTL_DEL:
        raw = p.mm.copy_in(event & M64, EPOLL_EVENT.size) if access_ok(event & M64, 16) else None
        if raw is None:
            return -Errno.EFAULT
        events, data = EPOLL_EVENT.unpack(raw)
        events &= ~EPOLLWAKEUP  # (it needs CAP_BLOCK_SUSPEND; Linux drops it silently)
    ep, f = p.files.get(cint(epfd)), p.files.get(fd)
    if ep is None or f is None:
        return -Errno.EBADF
    if not can_poll(f):
        return -Errno.EPERM
    if ep is f or not isinstance(ep, Epoll):
        return -Errno.EINVAL
    exclusive = op != EPOLL_CTL_DEL and events & EPOLLEXCLUSIVE
    if exclusive and (op == EPOLL_CTL_MOD or isinstance(f, Epoll) or events & ~EXCLUSIVE_OK):
        return -Errno.EINVAL
    if op == EPOLL_CTL_ADD and isinstance(f, Epoll) and f.watches(ep):
        return -Errno.ELOOP
    err = ep.control(op, fd, f, events, data)
    if not err:
        k.poll_wait.wake(k.sched)  # a waiter may have something ready now
    return err


def epoll_wait(k: Kernel, t: Thread, epfd: int, events: int, most: int,
               deadline: int | None) -> int:  # fmt: skip
    """What epoll_pwait and epoll_pwait2 share, once the mask is in place."""
    p, most, events = t.proc, cint(most), events & M64
    if not 0 < most <= EP_MAX_EVENTS:
        return -Errno.EINVAL
    if not access_ok(events, most * EPOLL_EVENT.size):
        return -Errno.EFAULT
    ep = p.files.get(cint(epfd))
    if ep is None:
        return -Errno.EBADF
    if not isinstance(ep, Epoll):
        return -Errno.EINVAL
    found = ep.collect(most)
    if found or timed_out(k, t, deadline):
        out = b"".join(EPOLL_EVENT.pack(ev, data) for ev, data in found)
        return len(found) if not out or p.mm.copy_out(events, out) else -Errno.EFAULT
    return wait(k, t, deadline, 1)


def sys_epoll_pwait(k: Kernel, t: Thread, epfd: int, events: int, most: int, timeout: int,
                    sigmask: int, sigsetsize: int) -> int:  # fmt: skip
    first = t.restart is None
    err = set_mask(t, sigmask, sigsetsize & M64) if first else 0
    if err:
        return err
    ms = cint(timeout)
    deadline = None
    if first and ms >= 0:
        deadline = min(monotonic_ns(k, hart_of(k, t)) + ms * 1_000_000, KTIME_MAX)
    return epoll_wait(k, t, epfd, events, most, deadline)


def sys_epoll_pwait2(k: Kernel, t: Thread, epfd: int, events: int, most: int, timeout: int,
                     sigmask: int, sigsetsize: int) -> int:  # fmt: skip
    first = t.restart is None
    deadline = read_timeout(k, t, timeout) if first else None
    if isinstance(deadline, Errno):
        return -deadline
    err = set_mask(t, sigmask, sigsetsize & M64) if first else 0
    if err:
        return err
    return epoll_wait(k, t, epfd, events, most, deadline)


HANDLERS: dict[int, Handler] = {
    Sys.EPOLL_CREATE1: sys_epoll_create1,
    Sys.EPOLL_CTL: sys_epoll_ctl,
    Sys.EPOLL_PWAIT: sys_epoll_pwait,
    Sys.EPOLL_PWAIT2: sys_epoll_pwait2,
}
