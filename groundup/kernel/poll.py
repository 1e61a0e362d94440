"""ppoll and pselect6: waiting until descriptors are ready, or a timeout, or a signal.

Each open file says what is ready now (`File.poll`): most are always ready; a pipe
answers for itself. A call that finds nothing ready blocks on the kernel's poll
queue (`Kernel.poll_wait`, woken by every change of a pipe) until something is, its
deadline passes, or a signal interrupts it; each time it is woken it looks again.
A call that asks about nothing — glibc's pause() is ppoll(NULL, 0, NULL, NULL), and
select(0, ...) is a classic sleep — waits for its deadline or for ever (until a
signal ends it).

Both calls can set a signal mask for their duration (`sigmask`); it is saved in the
call's Restart and put back when the call completes (Linux's saved_sigmask).
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.kernel.clock import KTIME_MAX, NS, hart_of, monotonic_ns
from groundup.kernel.errno import Errno
from groundup.kernel.sched import Block, Restart
from groundup.kernel.signal import SIGSET_BYTES, UNBLOCKABLE
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process, Thread

POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 0x1, 0x2, 0x4, 0x8, 0x10, 0x20
POLLRDNORM, POLLWRNORM = 0x40, 0x100
FD_SETSIZE_MAX = 1 << 20


def read_timeout(k: Kernel, t: Thread, va: int, usec: bool = False) -> int | None | Errno:
    """The deadline a relative timeout (timespec, or timeval) gives; None: no timeout."""
    if not va:
        return None
    data = t.proc.mm.copy_in(va & M64, 16)
    if data is None:
        return Errno.EFAULT
    sec, frac = struct.unpack("<qq", data)
    unit = 1000 if usec else 1
    if sec < 0 or not 0 <= frac * unit < NS:
        return Errno.EINVAL
    return min(monotonic_ns(k, hart_of(k, t)) + sec * NS + frac * unit, KTIME_MAX)


def set_mask(t: Thread, va: int, size: int) -> int:
    """Install the call's temporary signal mask (remembering the old one)."""
    if not va:
        return 0
    if size != SIGSET_BYTES:
        return -Errno.EINVAL
    data = t.proc.mm.copy_in(va & M64, SIGSET_BYTES)
    if data is None:
        return -Errno.EFAULT
    if t.restart is None:
        t.restart = Restart(saved_mask=t.sig.blocked)
    t.sig.blocked = int.from_bytes(data, "little") & ~UNBLOCKABLE
    return 0


def wait(k: Kernel, t: Thread, deadline: int | None, nfds: int) -> int:
    """Nothing is ready: 0 at the deadline; else block until then (or for ever) on the
    kernel's poll queue, which every change of a file that can wait (a pipe) wakes."""
    if t.restart is not None and t.restart.deadline is not None:
        deadline = t.restart.deadline
    if deadline is not None and monotonic_ns(k, hart_of(k, t)) >= deadline:
        return 0
    if t.restart is not None:
        t.restart.deadline = deadline
    queue = k.poll_wait if nfds else None
    raise Block("poll" if deadline is not None or nfds else "pause", queue, deadline)


def timed_out(k: Kernel, t: Thread, deadline: int | None) -> bool:
    if t.restart is not None and t.restart.deadline is not None:
        deadline = t.restart.deadline
    return deadline is not None and deadline <= monotonic_ns(k, hart_of(k, t))


def sys_ppoll(k: Kernel, t: Thread, fds: int, nfds: int, tsp: int, sigmask: int,
              sigsetsize: int, *_: int) -> int:  # fmt: skip
    p, nfds = t.proc, nfds & 0xFFFF_FFFF
    if nfds > p.limits[7][0]:  # RLIMIT_NOFILE
        return -Errno.EINVAL
    deadline = read_timeout(k, t, tsp) if t.restart is None else None
    if isinstance(deadline, Errno):
        return -deadline
    raw = p.mm.copy_in(fds & M64, 8 * nfds) if nfds else b""
    if raw is None:
        return -Errno.EFAULT
    err = set_mask(t, sigmask, sigsetsize & M64) if t.restart is None else 0
    if err:
        return err
    out, ready = bytearray(), 0
    for fd, events, _ in struct.iter_unpack("<ihh", raw):
        f = p.files.get(fd) if fd >= 0 else None
        revents = 0 if fd < 0 else POLLNVAL if f is None else f.poll(events & 0xFFFF)
        ready += revents != 0
        out += struct.pack("<ihh", fd, events, revents)
    if ready or timed_out(k, t, deadline):
        return ready if p.mm.copy_out(fds & M64, bytes(out)) or not nfds else -Errno.EFAULT
    return wait(k, t, deadline, nfds)


# What makes a descriptor ready for each of select's sets (Linux's POLLIN_SET ...).
SELECT_SETS = ((POLLIN | POLLRDNORM, POLLIN | POLLRDNORM | POLLHUP | POLLERR),
               (POLLOUT | POLLWRNORM, POLLOUT | POLLWRNORM | POLLERR),
               (POLLPRI, POLLPRI))  # fmt: skip


def select_ready(p: Process, sets: list[int], nfds: int) -> list[int]:
    """The descriptors of each set that are ready now."""
    out = [0, 0, 0]
    for fd in range(nfds):
        if not (sets[0] | sets[1] | sets[2]) >> fd & 1:
            continue
        f = p.files.get(fd)
        assert f is not None
        for i, (asked, ok) in enumerate(SELECT_SETS):
            if sets[i] >> fd & 1 and f.poll(asked) & ok:
                out[i] |= 1 << fd
    return out


def sys_pselect6(k: Kernel, t: Thread, nfds: int, readfds: int, writefds: int, exceptfds: int,
                 timeout: int, sigmask: int) -> int:  # fmt: skip
    p, nfds = t.proc, wrap32(nfds)
    if not 0 <= nfds <= FD_SETSIZE_MAX:
        return -Errno.EINVAL
    deadline = read_timeout(k, t, timeout) if t.restart is None else None
    if isinstance(deadline, Errno):
        return -deadline
    size = (nfds + 63) // 64 * 8
    sets = []
    for va in (readfds, writefds, exceptfds):
        data = p.mm.copy_in(va & M64, size) if va and size else bytes(size)
        if data is None:
            return -Errno.EFAULT
        sets.append(int.from_bytes(data, "little") & ((1 << nfds) - 1))
    asked = sets[0] | sets[1] | sets[2]
    if any(asked >> fd & 1 and p.files.get(fd) is None for fd in range(nfds)):
        return -Errno.EBADF
    if sigmask and t.restart is None:  # struct { const sigset_t *ss; size_t ss_len; }
        pair = p.mm.copy_in(sigmask & M64, 16)
        if pair is None:
            return -Errno.EFAULT
        err = set_mask(t, *struct.unpack("<QQ", pair))
        if err:
            return err
    found = select_ready(p, sets, nfds)
    ready = sum(bin(bits).count("1") for bits in found)
    if ready or timed_out(k, t, deadline):
        for va, bits in zip((readfds, writefds, exceptfds), found, strict=True):
            if va and size and not p.mm.copy_out(va & M64, bits.to_bytes(size, "little")):
                return -Errno.EFAULT
        return ready
    return wait(k, t, deadline, nfds if asked else 0)


def sys_rt_sigsuspend(k: Kernel, t: Thread, mask: int, size: int, *_: int) -> int:
    """Wait for a signal with `mask` as the signal mask; always ends with -EINTR (from
    the dispatcher, once a signal interrupts the wait)."""
    if t.restart is None:
        err = set_mask(t, mask, size & M64) if mask else -Errno.EFAULT
        if err:
            return err
    raise Block("signal")


HANDLERS: dict[int, Handler] = {
    Sys.PPOLL: sys_ppoll,
    Sys.PSELECT6: sys_pselect6,
    Sys.RT_SIGSUSPEND: sys_rt_sigsuspend,
}
