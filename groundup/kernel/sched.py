"""The scheduler: threads on harts, interleaved deterministically in one host thread.

The machine has `--cpus` harts. Each has its own clock (`Hart.time()`: instructions
it retired plus ticks it spent idle) and at most one thread. The loop (`run`) is a
discrete-event simulation of the harts running side by side:

    repeat:
        wake the sleepers whose deadline has passed; give runnable threads to idle harts
        pick the busy hart whose clock is least (ties: the lower hart number)
        run it for one *slice* (a few hundred to a few thousand instructions, drawn
            from --seed) -- or, when it is the only busy hart, up to the next deadline
        if it trapped, the kernel handles the trap (trap.usertrap) for its thread
        if that thread no longer runs (blocked, preempted, exited): switch

so two harts really do advance together and an unsynchronized `counter++` on both
really races, in the same way for the same seed. A thread keeps its hart for a
*quantum* (`--quantum` instructions, perturbed by the seed): at switch-in the hart's
supervisor timer (stimecmp) is set a quantum ahead, and its interrupt preempts the
thread if another one is waiting. A hart with nothing to run is idle: its clock
jumps forward to the moment it is given a thread (never behind the moment the
thread became runnable, so causality holds across harts). When every hart is idle,
time jumps to the next deadline; with no deadline left and threads still blocked,
the program is deadlocked: the kernel says so and kills it.

Blocking system calls restart. A handler that must wait raises `Block` (a reason, a
`WaitQueue` to wait on and/or an absolute deadline on the monotonic clock). The
dispatcher then leaves sepc at the ecall, the thread is BLOCKED and its hart
switches. Waking (`wake`: someone called `WaitQueue.wake*`, or the deadline
passed) makes it runnable; when it runs again it re-executes its ecall and the
handler runs again, finding in `thread.restart` (a `Restart`) that it is a
continuation: the deadline it computed the first time, whether it was woken
by an event, whether it was interrupted. It then completes (0, a result,
-ETIMEDOUT) or blocks again. `restart` is cleared when a call completes.

Signals plug in at two points: `interrupt(thread)` wakes a blocked thread when a
signal its handler catches arrives (the call, executed again, then returns instead
of blocking: -EINTR, or restarts for SA_RESTART), and the kernel delivers pending
signals each time a thread is about to return to user mode (after every trap, and
before every slice), which is where signal frames are built. Pipes block like
futexes: a `WaitQueue` per direction, woken by the other end. `at` schedules an
event at a deadline (an interval timer's SIGALRM): idle harts jump to it as to a
sleeper's deadline, so a program pause()d until its alarm is not a deadlock.

Context switches save what the hart holds for a thread (x, f, fcsr, the user pc)
into its `Context` and load the next one's — and satp when the address space
changes (flushing the hart's TLB). The LR/SC reservation of a hart is cleared at
every switch and after every slice, so an SC never pairs with an LR of another
thread or across an interleaving.
"""

from __future__ import annotations

import heapq
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from groundup.isa.priv import FS_DIRTY, Interrupt, Mstatus, Priv
from groundup.kernel.clock import monotonic_ns
from groundup.kernel.param import RUN_SLICE, SLICE
from groundup.machine.hart import NEVER, Hart, StopReason

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Thread
    from groundup.kernel.vma import AddressSpace


class State(Enum):
    """A thread's state; /proc/<pid>/status shows it as STATE_LETTER says."""

    RUNNING = 0  # on a hart
    RUNNABLE = 1  # waiting for a hart (in the run queue)
    BLOCKED = 2  # waiting for an event or a deadline (Thread.wait says which)
    ZOMBIE = 3  # a thread group leader that exited before the other threads
    DEAD = 4
    STOPPED = 5  # its group was stopped (SIGSTOP ...) until SIGCONT


STATE_LETTER = {
    State.RUNNING: "R (running)",
    State.RUNNABLE: "R (running)",
    State.BLOCKED: "S (sleeping)",
    State.ZOMBIE: "Z (zombie)",
    State.DEAD: "X (dead)",
    State.STOPPED: "T (stopped)",
}


@dataclass(slots=True)
class Context:
    """What a hart holds for a thread in user mode: saved while it does not run."""

    x: list[int]
    f: list[int] = field(default_factory=lambda: [0] * 32)
    pc: int = 0
    fflags: int = 0
    frm: int = 0
    fp_dirty: bool = False

    def copy(self) -> Context:
        return Context(list(self.x), list(self.f), self.pc, self.fflags, self.frm, self.fp_dirty)


@dataclass(slots=True, eq=False)
class Restart:
    """What a blocked system call left for its own re-execution (see the docstring)."""

    deadline: int | None = None  # absolute, on the monotonic clock (ns)
    woken: bool = False  # woken by an event (a futex wake, a child's exit ...)
    interrupted: bool = False  # woken by a signal (for a handler: see syscall.py)
    data: object = None  # anything else the handler wants back
    saved_mask: int | None = None  # a signal mask to put back when the call completes
    done: int = 0  # bytes a long pipe write has moved so far (returned if interrupted)


class WaitQueue:
    """Threads waiting for one thing, woken in the order they came (FIFO)."""

    def __init__(self, what: str = "") -> None:
        self.what = what
        self.waiters: list[Thread] = []

    def wake(self, sched: Scheduler, n: int = 1 << 62, match: int = -1) -> int:
        """Wake up to `n` waiters whose tag shares a bit with `match`; how many woke."""
        woken = 0
        for t in list(self.waiters):
            if woken >= n:
                break
            assert t.wait is not None
            if t.wait.tag & match:
                sched.wake(t)
                woken += 1
        return woken


class Block(Exception):  # noqa: N818 - a control-flow signal, like StopIteration
    """Raised by a system-call handler that must wait (see the module docstring)."""

    def __init__(self, reason: str, queue: WaitQueue | None = None,
                 deadline: int | None = None, tag: int = -1,
                 interruptible: bool = True) -> None:  # fmt: skip
        super().__init__(reason)
        self.interruptible = interruptible  # False: a signal does not end the wait (vfork)
        self.reason = reason  # "futex", "wait", "sleep", "vfork" ... for traces and /proc
        self.queue = queue
        self.deadline = deadline
        self.tag = tag  # a futex waiter's bitset


def to_user(hart: Hart, pc: int) -> None:
    """Return the hart to user mode at `pc`, as sret from a trap would."""
    st = hart.csr.mstatus & ~(1 << Mstatus.SPP) | (1 << Mstatus.SPIE)
    hart.set_mstatus(st, Priv.S)
    hart.csr.sepc = pc
    hart.pc = hart.sret()


class Scheduler:
    def __init__(self, k: Kernel) -> None:
        self.k = k
        opts = k.options
        self.harts = k.machine.harts
        self.current: list[Thread | None] = [None] * len(self.harts)
        self.loaded: list[AddressSpace | None] = [None] * len(self.harts)
        self.runq: deque[Thread] = deque()
        self.timers: list[tuple[int, int, Thread, Block]] = []  # a heap by deadline
        self.events: list[tuple[int, int, Callable[[int], None]]] = []  # at(): a heap
        self.firing: int | None = None  # the deadline of the event being fired
        self.seq = 0
        self.rng = random.Random(f"groundup sched {opts.seed}")
        self.quantum = max(1, opts.quantum)
        self.switches = 0
        self.in_kernel: Thread | None = None  # the thread whose trap is being handled
        self.trace = "sched" in opts.trace
        for hart in self.harts:
            hart.csr.mie |= 1 << Interrupt.SUPERVISOR_TIMER
            hart.csr.stimecmp = NEVER - 1

    # --- time ------------------------------------------------------------------------
    def now(self, hart: Hart | None = None) -> int:
        """The monotonic clock (ns) as the kernel sees it now (on `hart`, or the one in
        the kernel, or the least clock of all)."""
        if hart is None:
            t = self.in_kernel
            hart = t.hart if t is not None and t.hart is not None else None
        if hart is None:
            hart = min(self.harts, key=lambda h: h.time())
        return monotonic_ns(self.k, hart)

    def _quantum(self) -> int:
        q = self.quantum
        return max(1, q + self.rng.randrange(-(q // 4), q // 4 + 1))

    def at(self, deadline: int, fire: Callable[[int], None]) -> None:
        """Call `fire(deadline)` when the clock reaches `deadline` (an interval timer)."""
        self.seq += 1
        heapq.heappush(self.events, (deadline, self.seq, fire))

    # --- blocking and waking -----------------------------------------------------------
    def block(self, t: Thread, b: Block) -> None:
        """Park `t` (which raised `b` in a system call) until woken or its deadline."""
        t.state = State.BLOCKED
        t.wait = b
        if t.restart is None:
            t.restart = Restart(b.deadline)
        t.restart.woken = False
        if b.queue is not None:
            b.queue.waiters.append(t)
        if b.deadline is not None:
            self.seq += 1
            heapq.heappush(self.timers, (b.deadline, self.seq, t, b))
        t.switch_reason = f"blocked on {b.reason}"

    def wake(self, t: Thread, woken: bool = True, at: int | None = None) -> None:
        """Make a blocked thread runnable; it will re-execute its system call."""
        b = t.wait
        if b is None or t.state is not State.BLOCKED:
            return
        if b.queue is not None and t in b.queue.waiters:
            b.queue.waiters.remove(t)
        t.wait = None  # its timer entry, if any, is now stale (skipped when it comes up)
        if t.restart is not None:
            t.restart.woken = woken
        self.make_runnable(t, at)

    def interrupt(self, t: Thread) -> None:
        """A signal a handler catches, for a blocked thread: wake it. Its call, executed
        again, returns -EINTR (or restarts) rather than block again (syscall.py)."""
        if t.state is State.BLOCKED and t.restart is not None:
            t.restart.interrupted = True
            self.wake(t, woken=False)

    def make_runnable(self, t: Thread, at: int | None = None) -> None:
        """Queue `t` for a hart (or park it, if its group is stopped)."""
        t.ready_at = self.now() if at is None else at
        if self.firing is not None:
            t.ready_at = max(t.ready_at, self.firing)
        if t.proc.stopped:
            t.state = State.STOPPED
            return
        t.state = State.RUNNABLE
        self.runq.append(t)

    def stop(self, t: Thread) -> None:
        """Job control: `t`'s group is stopped. A blocked thread stays blocked (it is
        parked when woken); any other stops now."""
        if t.state is State.RUNNABLE:
            self.runq.remove(t)
            t.state = State.STOPPED
        elif t.state is State.RUNNING:
            t.state, t.switch_reason = State.STOPPED, "stopped"
            if t is not self.in_kernel and t.hart is not None:
                self._leave(t.hart, "stopped")
                self._dispatch()

    def resume(self, t: Thread) -> None:
        """SIGCONT: a stopped thread is runnable again."""
        if t.state is State.STOPPED:
            self.make_runnable(t)
            self._dispatch()

    def yield_(self, t: Thread) -> None:
        """sched_yield: let the next runnable thread have the hart (if there is one)."""
        if self.runq:
            t.switch_reason = "yield"
            self.make_runnable(t)

    def tick(self, t: Thread) -> None:
        """The hart's timer interrupt: the quantum is over. Preempt if someone waits."""
        assert t.hart is not None
        if self.runq:
            t.switch_reason = "preempted"
            self.make_runnable(t)
        else:
            t.hart.csr.stimecmp = t.hart.time() + self._quantum()

    def remove(self, t: Thread) -> None:
        """Take a thread that is being killed out of every queue and off its hart."""
        if t.state is State.BLOCKED:
            self.wake(t, woken=False)
        if t in self.runq:
            self.runq.remove(t)
        if t.state is State.STOPPED:
            t.state = State.RUNNABLE  # (about to die: it only has to leave its hart)
        hart = t.hart
        if hart is not None and t is not self.in_kernel:
            self._leave(hart, "exited")
            self._dispatch()

    # --- the loop -------------------------------------------------------------------------
    def run(self, done: Callable[[], bool]) -> None:
        from groundup.kernel.trap import usertrap

        k = self.k
        while not done():
            hart = self._next_hart()
            if done():
                return
            if hart is None:
                if not self._advance_idle():
                    return
                continue
            t = self.current[hart.hartid]
            assert t is not None
            if t.has_signals():
                k.deliver(t, frames=t.restart is None)  # (mid-call: frames when it ends)
                if self.current[hart.hartid] is not t or t.state is not State.RUNNING:
                    self._after(hart, t)
                    continue
            stop = hart.run(self._slice(hart))
            hart.reservation = None
            if stop.reason is StopReason.TRAP:
                self.in_kernel = t
                try:
                    usertrap(k, t, stop)
                finally:
                    self.in_kernel = None
            elif stop.reason is StopReason.HALT:
                k.kill(t.proc, 9, "the hart halted")
                k.die_if_killed(t)
            self._after(hart, t)

    def _after(self, hart: Hart, t: Thread) -> None:
        if self.current[hart.hartid] is t and t.state is not State.RUNNING:
            self._leave(hart, t.switch_reason or "exited")

    def _next_hart(self) -> Hart | None:
        for h in self.harts:
            t = self.current[h.hartid]
            if t is not None and t.state is not State.RUNNING:
                self._leave(h, t.switch_reason or "exited")  # left by a direct call
        busy = [h for h in self.harts if self.current[h.hartid] is not None]
        if busy:
            self._expire(self.now(min(busy, key=_clock)))
        self._dispatch()
        best: Hart | None = None
        for h in self.harts:
            if self.current[h.hartid] is not None and (best is None or h.time() < best.time()):
                best = h
        return best

    def _slice(self, hart: Hart) -> int:
        busy = sum(1 for c in self.current if c is not None)
        if self.k.options.realtime:
            return SLICE * 16
        limit = RUN_SLICE if busy == 1 else self.rng.randint(SLICE // 2, SLICE * 3 // 2)
        if self.timers or self.events:
            limit = min(limit, max(1, self._next_deadline(limit) - self.now(hart)))
        return limit

    def _next_deadline(self, default: int) -> int:
        deadlines = [q[0][0] for q in (self.timers, self.events) if q]
        return min(deadlines, default=default)

    def _expire(self, now: int) -> None:
        """Wake every thread whose deadline is `now` or earlier."""
        while self.timers and self.timers[0][0] <= now:
            deadline, _, t, b = heapq.heappop(self.timers)
            if t.wait is b:
                self.wake(t, woken=False, at=deadline)
        while self.events and self.events[0][0] <= now:
            deadline, _, fire = heapq.heappop(self.events)
            self.firing = deadline  # what it wakes is runnable from then on, not before
            try:
                fire(deadline)
            finally:
                self.firing = None

    def _advance_idle(self) -> bool:
        """Every hart is idle: jump to the next deadline. False if nothing can ever run."""
        while self.timers and self.timers[0][2].wait is not self.timers[0][3]:
            heapq.heappop(self.timers)  # stale: woken some other way
        if not self.timers and not self.events:
            self.k.deadlock()
            return False
        deadline = self._next_deadline(0)
        if self.k.options.realtime:
            time.sleep(max(0, deadline - time.monotonic_ns()) / 1e9)
        self._expire(deadline)
        return True

    def _dispatch(self) -> None:
        """Give runnable threads to idle harts: the one the thread last ran on if it is
        idle, else the idle hart whose clock is least."""
        while self.runq:
            idle = [h for h in self.harts if self.current[h.hartid] is None]
            if not idle:
                return
            t = self.runq.popleft()
            last = self.harts[t.last_hart] if 0 <= t.last_hart < len(self.harts) else None
            hart = last if last in idle else min(idle, key=_clock)
            reason = "woken" if last is not None else "new"
            self._load(hart, t)
            self._trace(hart, None, t, reason)

    # --- switching ------------------------------------------------------------------------
    def _leave(self, hart: Hart, reason: str) -> None:
        """The thread on `hart` stops running there; the next runnable one (if any) starts."""
        t = self.current[hart.hartid]
        assert t is not None
        if t.state in (State.RUNNABLE, State.BLOCKED, State.STOPPED):
            self._save(hart, t)
        turn = hart.instret - t.run_start
        t.instret += turn
        if not t.alive:
            t.proc.dead_instret += turn
            self.k.stats.thread_exited(t)
        t.hart = None
        t.switch_reason = ""
        self.current[hart.hartid] = None
        nxt = self.runq.popleft() if self.runq else None
        self._trace(hart, t, nxt, reason)
        if nxt is not None:
            self._load(hart, nxt)

    def _save(self, hart: Hart, t: Thread) -> None:
        c = t.context
        c.x[:] = hart.x
        c.f[:] = hart.f
        c.pc = hart.pc if hart.priv == Priv.U else hart.csr.sepc
        c.fflags, c.frm = hart.fpstate.fflags, hart.fpstate.frm
        c.fp_dirty = hart.fs == FS_DIRTY

    def _load(self, hart: Hart, t: Thread) -> None:
        if hart.time() < t.ready_at and not self.k.options.realtime:
            hart.idle += t.ready_at - hart.time()
        mm = t.proc.mm
        satp = mm.pagetable.satp()
        if self.loaded[hart.hartid] is not mm or hart.csr.satp != satp:
            hart.csr.satp = satp
            hart.flush_tlb()
            self.loaded[hart.hartid] = mm
        c = t.context
        hart.x[:] = c.x
        hart.f[:] = c.f
        hart.fpstate.fflags, hart.fpstate.frm = c.fflags, c.frm
        if c.fp_dirty:
            hart.set_fs_dirty()  # never lowered: FS is invisible to user mode
        to_user(hart, c.pc)
        hart.reservation = None
        hart.csr.stimecmp = hart.time() + self._quantum()
        t.hart, t.last_hart, t.state = hart, hart.hartid, State.RUNNING
        t.run_start = hart.instret
        self.current[hart.hartid] = t
        self.switches += 1

    def start(self, t: Thread, at: int | None = None) -> None:
        """A new thread is runnable: on an idle hart at once, else queued."""
        self.make_runnable(t, at)
        self._dispatch()

    def forget(self, mm: AddressSpace) -> None:
        """An address space is gone: no hart may keep translations of it."""
        satp = mm.pagetable.satp()
        for i, loaded in enumerate(self.loaded):
            if loaded is mm:
                self.loaded[i] = None
                self.harts[i].flush_tlb()
        for hart in self.harts:
            if hart.engine is not None:
                hart.engine.forget_space(satp)

    def _trace(self, hart: Hart, old: Thread | None, new: Thread | None, reason: str) -> None:
        if self.trace:
            self.k.log(f"sched {hart.time()} hart {hart.hartid}: {_who(old)} -> {_who(new)} "
                       f"({reason})")  # fmt: skip


def _clock(h: Hart) -> tuple[int, int]:
    return h.time(), h.hartid


def _who(t: Thread | None) -> str:
    return "idle" if t is None else f"{t.tid} {t.proc.comm}"
