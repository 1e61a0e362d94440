"""Interval timers: setitimer and getitimer (glibc's alarm() is setitimer too).

ITIMER_REAL counts down on the monotonic (virtual) clock and sends the process
SIGALRM when it reaches zero, then starts again from `it_interval` if that is not
zero. The timer is the process's (`Process.itimer`: its deadline and interval); the
scheduler fires it (`Scheduler.at`), so a program that pause()s until its alarm is
not a deadlock: the clock jumps to the deadline. Re-arming or disarming makes the
scheduled firing stale (it finds another deadline and does nothing). fork gives the
child no timer; execve keeps it. ITIMER_VIRTUAL and ITIMER_PROF are kept and read
back but never fire (they would count the process's CPU time).
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.kernel.clock import KTIME_MAX, NS, hart_of, monotonic_ns
from groundup.kernel.errno import Errno
from groundup.kernel.signal import SI_KERNEL, send_process, siginfo_user
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process, Thread

ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2
SIGALRM = 14
ITIMERVAL = struct.Struct("<qqqq")  # it_interval (tv_sec, tv_usec), it_value (tv_sec, tv_usec)
US = 1000


def _ns(sec: int, usec: int) -> int | None:
    if sec < 0 or not 0 <= usec < 1_000_000:
        return None
    return min(sec * NS + usec * US, KTIME_MAX)


def _timeval(ns: int) -> tuple[int, int]:
    sec, rest = divmod(ns, NS)
    return sec, rest // US


def current(k: Kernel, t: Thread, which: int) -> tuple[int, int]:
    """(interval, value) in ns: what getitimer shows now."""
    p = t.proc
    if which != ITIMER_REAL:
        return p.cpu_itimers.get(which, (0, 0))
    deadline, interval = p.itimer
    if not deadline:
        return interval, 0
    left = deadline - monotonic_ns(k, hart_of(k, t))
    return interval, left if left > 0 else US  # about to fire: Linux says 1 us


def arm(k: Kernel, p: Process, deadline: int, interval: int) -> None:
    p.itimer = (deadline, interval)
    if deadline:
        k.sched.at(deadline, lambda now: expire(k, p, deadline))


def expire(k: Kernel, p: Process, deadline: int) -> None:
    """The scheduled firing of the timer that was set for `deadline` (stale otherwise)."""
    if not p.alive or p.itimer[0] != deadline:
        return
    interval = p.itimer[1]
    arm(k, p, deadline + interval if interval else 0, interval)
    send_process(k, p, SIGALRM, "the ITIMER_REAL timer expired",
                 siginfo_user(SIGALRM, 0, SI_KERNEL))  # fmt: skip


def put(t: Thread, va: int, interval: int, value: int) -> bool:
    return t.proc.mm.copy_out(va & M64, ITIMERVAL.pack(*_timeval(interval), *_timeval(value)))


def sys_getitimer(k: Kernel, t: Thread, which: int, curr: int, *_: int) -> int:
    which = wrap32(which)
    if which not in (ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF):
        return -Errno.EINVAL
    return 0 if put(t, curr, *current(k, t, which)) else -Errno.EFAULT


def sys_setitimer(k: Kernel, t: Thread, which: int, new: int, old: int, *_: int) -> int:
    which, p = wrap32(which), t.proc
    if which not in (ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF):
        return -Errno.EINVAL
    data = p.mm.copy_in(new & M64, ITIMERVAL.size) if new else bytes(ITIMERVAL.size)
    if data is None:
        return -Errno.EFAULT
    isec, iusec, vsec, vusec = ITIMERVAL.unpack(data)
    interval, value = _ns(isec, iusec), _ns(vsec, vusec)
    if interval is None or value is None:
        return -Errno.EINVAL
    before = current(k, t, which)
    if old and not put(t, old, *before):
        return -Errno.EFAULT
    if which != ITIMER_REAL:
        p.cpu_itimers[which] = (interval, value)
    else:
        now = monotonic_ns(k, hart_of(k, t))
        arm(k, p, min(now + value, KTIME_MAX) if value else 0, interval)
    return 0


HANDLERS: dict[int, Handler] = {Sys.GETITIMER: sys_getitimer, Sys.SETITIMER: sys_setitimer}
