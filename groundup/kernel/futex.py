"""futex(2): waiting on a word of user memory, and waking the waiters.

A futex is a queue of blocked threads (sched.WaitQueue), found by a key:

    FUTEX_PRIVATE_FLAG       ("private", address space, virtual address)
    shared, private mapping  ("mm", address space, virtual address)  -- as Linux: a
                             private page is the process's own, even after fork
    shared, MAP_SHARED page  ("phys", physical address)  -- every mapping of the frame

(Linux keeps private and shared keys apart even for the same word, and so do we:
pthread_join waits with a shared futex because the kernel's clear-child-tid wake
is a shared one.)

    WAIT, WAIT_BITSET     if *uaddr == val, block until woken (0), the timeout passes
                          (-ETIMEDOUT) or a signal comes (-EINTR); else -EAGAIN. WAIT's
                          timeout is relative, WAIT_BITSET's absolute (on CLOCK_MONOTONIC,
                          or CLOCK_REALTIME with FUTEX_CLOCK_REALTIME).
    WAKE, WAKE_BITSET     wake up to val waiters whose bitset meets the given one
    REQUEUE, CMP_REQUEUE  wake val, move up to val2 of the rest to uaddr2 (CMP_: only if
                          *uaddr == val3, else -EAGAIN)
    WAKE_OP               *uaddr2 = op(*uaddr2, oparg); wake val on uaddr, and val2 on
                          uaddr2 if cmp(old, cmparg)

Waiters wake in the order they came (FIFO), so every run wakes the same ones. The PI
operations (priority-inheritance mutexes) are not supported (ENOSYS).
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.isa.priv import PAGE_SIZE
from groundup.kernel.clock import NS, hart_of, monotonic_ns, realtime_ns
from groundup.kernel.errno import Errno
from groundup.kernel.param import USER_TOP
from groundup.kernel.sched import Block, WaitQueue
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Thread
    from groundup.kernel.vma import AddressSpace

WAIT, WAKE, FD, REQUEUE, CMP_REQUEUE, WAKE_OP = 0, 1, 2, 3, 4, 5
WAIT_BITSET, WAKE_BITSET = 9, 10
PRIVATE_FLAG, CLOCK_REALTIME = 128, 256
CMD_MASK = ~(PRIVATE_FLAG | CLOCK_REALTIME)
BITSET_MATCH_ANY = 0xFFFF_FFFF
ETIMEDOUT = 110

Key = tuple[object, ...]


class Futexes:
    """The kernel's futex queues, by key."""

    def __init__(self) -> None:
        self.queues: dict[Key, WaitQueue] = {}
        self.waits = 0  # threads that blocked in FUTEX_WAIT (for --stats)

    def queue(self, key: Key) -> WaitQueue:
        q = self.queues.get(key)
        if q is None:
            q = self.queues[key] = WaitQueue("futex")
        return q

    def tidy(self, key: Key) -> None:
        q = self.queues.get(key)
        if q is not None and not q.waiters:
            del self.queues[key]

    def wake(self, k: Kernel, t: Thread, addr: int, n: int, private: bool,
             bitset: int = BITSET_MATCH_ANY) -> int:  # fmt: skip
        """Wake up to `n` waiters of the futex at `addr` in `t`'s address space."""
        key = futex_key(t.proc.mm, addr, private)
        if isinstance(key, int):
            return key
        q = self.queues.get(key)
        if q is None:
            return 0
        woken = q.wake(k.sched, max(n, 1), bitset)  # Linux wakes one even when asked for 0
        self.tidy(key)
        return woken


def futex_key(mm: AddressSpace, addr: int, private: bool) -> Key | int:
    """The key of the futex word at `addr`, or -EINVAL (misaligned) / -EFAULT."""
    if addr % 4:
        return -Errno.EINVAL
    if addr > USER_TOP - 4:
        return -Errno.EFAULT
    if private:
        return ("private", mm, addr)
    vma = mm.find(addr)
    if vma is None:
        return -Errno.EFAULT
    if not vma.shared:
        return ("mm", mm, addr)
    pa = mm.frame_of(addr)
    return -Errno.EFAULT if pa is None else ("phys", pa + addr % PAGE_SIZE)


def read_word(mm: AddressSpace, addr: int) -> int | None:
    data = mm.copy_in(addr, 4)
    return None if data is None else struct.unpack("<I", data)[0]


def timeout_deadline(k: Kernel, t: Thread, va: int, op: int, flags: int) -> int | None | Errno:
    """The monotonic deadline the timeout argument gives (None: wait forever)."""
    if not va:
        return None
    data = t.proc.mm.copy_in(va, 16)
    if data is None:
        return Errno.EFAULT
    sec, nsec = struct.unpack("<qq", data)
    if sec < 0 or not 0 <= nsec < NS:
        return Errno.EINVAL
    ns, hart = sec * NS + nsec, hart_of(k, t)
    if op == WAIT:  # relative
        return monotonic_ns(k, hart) + ns
    if flags & CLOCK_REALTIME:
        return ns - (realtime_ns(k, hart) - monotonic_ns(k, hart))
    return ns


def futex_wait(k: Kernel, t: Thread, addr: int, val: int, deadline: int | None,
               bitset: int, private: bool) -> int:  # fmt: skip
    r = t.restart
    if r is not None:  # a continuation: woken, or the deadline passed
        if r.woken:
            return 0
        if r.deadline is not None and monotonic_ns(k, hart_of(k, t)) >= r.deadline:
            return -ETIMEDOUT
    if bitset == 0:
        return -Errno.EINVAL
    mm = t.proc.mm
    key = futex_key(mm, addr, private)
    if isinstance(key, int):
        return key
    word = read_word(mm, addr)
    if word is None:
        return -Errno.EFAULT
    if word != val & 0xFFFF_FFFF:
        return -Errno.EAGAIN
    if r is not None:
        deadline = r.deadline
    if deadline is not None and monotonic_ns(k, hart_of(k, t)) >= deadline:
        return -ETIMEDOUT
    if r is None:
        k.futexes.waits += 1
    raise Block("futex", k.futexes.queue(key), deadline, tag=bitset)


def requeue(k: Kernel, t: Thread, addr: int, n_wake: int, n_move: int, addr2: int,
            cmp: int | None, private: bool) -> int:  # fmt: skip
    if n_wake < 0 or n_move < 0:
        return -Errno.EINVAL
    mm = t.proc.mm
    key, key2 = futex_key(mm, addr, private), futex_key(mm, addr2, private)
    if isinstance(key, int):
        return key
    if isinstance(key2, int):
        return key2
    if cmp is not None:
        word = read_word(mm, addr)
        if word is None:
            return -Errno.EFAULT
        if word != cmp & 0xFFFF_FFFF:
            return -Errno.EAGAIN
    q = k.futexes.queues.get(key)
    if q is None:
        return 0
    done = q.wake(k.sched, n_wake)
    moving = q.waiters[:n_move] if key2 != key else []
    if moving:
        target = k.futexes.queue(key2)
        for w in moving:
            q.waiters.remove(w)
            target.waiters.append(w)
            assert w.wait is not None
            w.wait.queue = target
    k.futexes.tidy(key)
    return done + len(moving)


def _sext12(v: int) -> int:
    return v - 0x1000 if v & 0x800 else v


def wake_op(k: Kernel, t: Thread, addr: int, n1: int, n2: int, addr2: int, code: int,
            private: bool) -> int:  # fmt: skip
    mm = t.proc.mm
    key2 = futex_key(mm, addr2, private)
    if isinstance(key2, int):
        return key2
    op, cmp = (code >> 28) & 15, (code >> 24) & 15
    oparg, cmparg = _sext12((code >> 12) & 0xFFF), _sext12(code & 0xFFF)
    if op & 8:  # FUTEX_OP_OPARG_SHIFT
        if not 0 <= oparg < 32:
            return -Errno.EINVAL
        oparg = 1 << oparg
    old = read_word(mm, addr2)
    if old is None:
        return -Errno.EFAULT
    old = wrap32(old)
    ops = {0: lambda: oparg, 1: lambda: old + oparg, 2: lambda: old | oparg,
           3: lambda: old & ~oparg, 4: lambda: old ^ oparg}  # fmt: skip
    if op & 7 not in ops or cmp > 5:
        return -Errno.ENOSYS
    new = ops[op & 7]() & 0xFFFF_FFFF
    if not mm.copy_out(addr2, struct.pack("<I", new)):
        return -Errno.EFAULT
    woken = k.futexes.wake(k, t, addr, n1, private)
    if woken < 0:
        return woken
    tests = (old == cmparg, old != cmparg, old < cmparg, old <= cmparg, old > cmparg,
             old >= cmparg)  # fmt: skip
    if tests[cmp]:
        woken += k.futexes.wake(k, t, addr2, n2, private)
    return woken


def sys_futex(k: Kernel, t: Thread, uaddr: int, op: int, val: int, timeout: int, uaddr2: int,
              val3: int) -> int:  # fmt: skip
    op &= 0xFFFF_FFFF
    cmd, private = op & CMD_MASK, bool(op & PRIVATE_FLAG)
    addr, addr2, val = uaddr & M64, uaddr2 & M64, wrap32(val)
    if op & CLOCK_REALTIME and cmd not in (WAIT, WAIT_BITSET):
        return -Errno.ENOSYS
    match cmd:
        case 0 | 9:  # WAIT, WAIT_BITSET
            if t.restart is not None:
                return futex_wait(k, t, addr, val, None, val3 & 0xFFFF_FFFF, private)
            deadline = timeout_deadline(k, t, timeout & M64, cmd, op)
            if isinstance(deadline, Errno):
                return -deadline
            bitset = BITSET_MATCH_ANY if cmd == WAIT else val3 & 0xFFFF_FFFF
            return futex_wait(k, t, addr, val, deadline, bitset, private)
        case 1 | 10:  # WAKE, WAKE_BITSET
            bitset = BITSET_MATCH_ANY if cmd == WAKE else val3 & 0xFFFF_FFFF
            if bitset == 0:
                return -Errno.EINVAL
            return k.futexes.wake(k, t, addr, val, private, bitset)
        case 3 | 4:  # REQUEUE, CMP_REQUEUE: val2 travels in the timeout argument
            cmp = wrap32(val3) if cmd == CMP_REQUEUE else None
            return requeue(k, t, addr, val, wrap32(timeout), addr2, cmp, private)
        case 5:  # WAKE_OP
            return wake_op(k, t, addr, val, wrap32(timeout), addr2, val3 & 0xFFFF_FFFF, private)
    return -Errno.ENOSYS


HANDLERS: dict[int, Handler] = {Sys.FUTEX: sys_futex}
