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
    from groundup.kernel.proc import Kernel, Process
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


def cputime_ns(k: Kernel, hart: Hart) -> int:
    """CPU time: instructions retired (virtual), or the emulator's own CPU time."""
    if k.options.realtime:
        return time.process_time_ns()
    return min(hart.instret * NS_PER_TICK, KTIME_MAX)


def clock_ns(k: Kernel, p: Process, clockid: int) -> int | None:
    """The clock's reading in nanoseconds, or None for a clock id that does not exist."""
    clockid = wrap32(clockid)
    if clockid < 0:  # a CPU-time clock of a pid or tid: ((~pid) << 3) | per_thread | kind
        owner, kind = ~(clockid >> 3), clockid & 3
        return cputime_ns(k, p.hart) if owner in (0, p.pid) and kind != 3 else None
    if clockid not in Clock._value2member_map_:
        return None
    if clockid in CPU_CLOCKS:
        return cputime_ns(k, p.hart)
    ns = realtime_ns(k, p.hart) if clockid in REAL_CLOCKS else monotonic_ns(k, p.hart)
    return ns - ns % COARSE_NS if clockid in COARSE_CLOCKS else ns
