"""Time as the guest sees it: the clocks, read from the virtual clock or the host's.

The virtual clock is the hart's count of retired instructions plus idle ticks
(machine.hart.Hart.time); the kernel reads one tick as one nanosecond, as if the
hart ran at 1 GHz. CLOCK_REALTIME starts at 2000-01-01T00:00Z. With --realtime
the host's clocks are used instead. Two runs of the same program therefore print
the same times unless they ask for the host's.
"""

from __future__ import annotations

import time
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.isa.alu import wrap32

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process, Thread
    from groundup.machine.hart import Hart


class Clock(IntEnum):
    """Clock ids (linux/time.h)."""

    REALTIME = 0
    MONOTONIC = 1
    PROCESS_CPUTIME_ID = 2
    THREAD_CPUTIME_ID = 3
    MONOTONIC_RAW = 4
    REALTIME_COARSE = 5
    MONOTONIC_COARSE = 6
    BOOTTIME = 7
    REALTIME_ALARM = 8
    BOOTTIME_ALARM = 9
    TAI = 11


NS = 1_000_000_000
NS_PER_TICK = 1  # one instruction (or idle tick) of the hart is one nanosecond
EPOCH_NS = 946_684_800 * NS  # CLOCK_REALTIME when the machine starts: 2000-01-01T00:00Z
COARSE_NS = 4_000_000  # resolution of the *_COARSE clocks: one jiffy at HZ=250
KTIME_MAX = (1 << 63) - 1  # clocks saturate here, as the kernel's ktime_t does
TIMER_ABSTIME = 1

REAL_CLOCKS = {Clock.REALTIME, Clock.REALTIME_COARSE, Clock.REALTIME_ALARM, Clock.TAI}
CPU_CLOCKS = {Clock.PROCESS_CPUTIME_ID, Clock.THREAD_CPUTIME_ID}
COARSE_CLOCKS = {Clock.REALTIME_COARSE, Clock.MONOTONIC_COARSE}
SLEEP_CLOCKS = {Clock.REALTIME, Clock.MONOTONIC, Clock.BOOTTIME, Clock.TAI,
                Clock.REALTIME_ALARM, Clock.BOOTTIME_ALARM}  # fmt: skip


def monotonic_ns(k: Kernel, hart: Hart) -> int:
    """Nanoseconds since the machine started (virtual), or the host's monotonic clock."""
    if k.options.realtime:
        return time.monotonic_ns()
    return min(hart.time() * NS_PER_TICK, KTIME_MAX)


def realtime_ns(k: Kernel, hart: Hart) -> int:
    """Nanoseconds since 1970 (the Unix epoch): what file times and time() use."""
    if k.options.realtime:
        return time.time_ns()
    return min(EPOCH_NS + monotonic_ns(k, hart), KTIME_MAX)


def hart_of(k: Kernel, t: Thread) -> Hart:
    """The hart a thread runs on (or last ran on): whose clock it reads."""
    return t.hart if t.hart is not None else k.machine.harts[max(t.last_hart, 0)]


def thread_cputime_ns(k: Kernel, t: Thread) -> int:
    """CPU time of one thread: the instructions it retired (virtual), or the host's."""
    if k.options.realtime:
        return time.process_time_ns()
    return min(t.cpu_instret() * NS_PER_TICK, KTIME_MAX)


def process_cputime_ns(k: Kernel, p: Process) -> int:
    """CPU time of a thread group: its threads', the exited ones' included."""
    if k.options.realtime:
        return time.process_time_ns()
    return min(p.cpu_instret() * NS_PER_TICK, KTIME_MAX)


CPUCLOCK_PERTHREAD = 4  # in a CPU-time clock id: the clock of a thread, not a process


def cpu_clock_ns(k: Kernel, t: Thread, clockid: int) -> int | None:
    """A CPU-time clock of a pid or tid: ((~id) << 3) | per_thread | kind (kind 3: none)."""
    owner, kind = ~(clockid >> 3), clockid & 3
    if kind == 3:
        return None
    if clockid & CPUCLOCK_PERTHREAD:
        thread = t if owner == 0 else k.threads.get(owner)
        return None if thread is None else thread_cputime_ns(k, thread)
    proc = t.proc if owner == 0 else k.procs.get(owner)
    return None if proc is None else process_cputime_ns(k, proc)


def clock_ns(k: Kernel, t: Thread, clockid: int) -> int | None:
    """The clock's reading in nanoseconds, or None for a clock id that does not exist."""
    clockid = wrap32(clockid)
    if clockid < 0:
        return cpu_clock_ns(k, t, clockid)
    if clockid not in Clock._value2member_map_:
        return None
    if clockid == Clock.PROCESS_CPUTIME_ID:
        return process_cputime_ns(k, t.proc)
    if clockid == Clock.THREAD_CPUTIME_ID:
        return thread_cputime_ns(k, t)
    hart = hart_of(k, t)
    ns = realtime_ns(k, hart) if clockid in REAL_CLOCKS else monotonic_ns(k, hart)
    return ns - ns % COARSE_NS if clockid in COARSE_CLOCKS else ns


def to_monotonic(k: Kernel, hart: Hart, ns: int, clockid: int) -> int:
    """An absolute time on clock `clockid` as the same moment on the monotonic clock."""
    if clockid in REAL_CLOCKS:
        return ns - (realtime_ns(k, hart) - monotonic_ns(k, hart))
    return ns
