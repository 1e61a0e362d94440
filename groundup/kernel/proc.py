"""Threads, processes, and the kernel object that owns them.

A `Thread` (Linux's task) is what a hart runs: its saved user context, its state
(sched.State), its signal mask and pending signals, its clear_child_tid and robust
list, what it waits for. A `Process` is a thread group: the pid (the leader's tid),
the address space, the descriptor table, the working directory and umask, the
signal dispositions, limits, the executable, its parent and children, its process
group and session, and what became of it (exit status or fatal signal).

    Kernel
      procs    pid -> Process (live and zombie: a process stays until reaped)
      threads  tid -> Thread (live ones)
      sched    the harts and who runs on them (sched.py)
      init     pid 1: the kernel's own init. It runs no code; orphans are re-parented
               to it and it reaps them at once. The program `groundup run` starts is
               pid 2, its child, in init's process group and session (as a program
               started by a non-interactive parent is).

The run ends when the first program (`main`) has exited and init has reaped it;
processes still alive then are killed, as when a container's init exits.
"""

from __future__ import annotations

import posixpath
import random
import sys
from dataclasses import dataclass, field
from typing import BinaryIO

from groundup.elf.reader import read_elf
from groundup.isa.priv import FS_INITIAL, S_INTERRUPTS, Cause, Mstatus, Priv
from groundup.kernel import exec as exec_
from groundup.kernel.file import FdTable
from groundup.kernel.fs.vfs import Vfs
from groundup.kernel.futex import Futexes
from groundup.kernel.kalloc import FrameAllocator
from groundup.kernel.options import Options
from groundup.kernel.sched import Block, Context, Restart, Scheduler, State, WaitQueue
from groundup.kernel.signal import (
    DESCRIPTION,
    Pending,
    SigHand,
    ThreadSignals,
    deliver_pending,
    signal_name,
)
from groundup.kernel.strace import PREFIX, Stats, Tracer
from groundup.kernel.sysnum import name_of
from groundup.kernel.sysproc import default_limits
from groundup.kernel.vm import PageTable
from groundup.kernel.vma import AddressSpace
from groundup.machine.hart import Hart
from groundup.machine.machine import EngineName, Machine
from groundup.machine.memory import DEFAULT_RAM_SIZE

# Every exception from user mode goes to the (Python) supervisor, except those that
# can only come from S or M mode.
USER_EXCEPTIONS = sum(1 << c for c in Cause if c not in (Cause.ECALL_FROM_S, Cause.ECALL_FROM_M))
SIGCHLD = 17
SIGKILL = 9
INIT_PID = 1


@dataclass(frozen=True, slots=True)
class Exit:
    """How a process ended: a status from exit(), or the signal that killed it."""

    status: int = 0
    signal: int | None = None  # a signal number: a Sig, or one Sig does not name yet

    @property
    def code(self) -> int:
        """The exit status a shell reports ($?)."""
        return 128 + self.signal if self.signal is not None else self.status

    @property
    def wait_status(self) -> int:
        """The status wait4 reports: exit code << 8, or the signal (no core dumps)."""
        return self.signal & 0x7F if self.signal is not None else (self.status & 0xFF) << 8

    def describe(self) -> str | None:
        """What a shell prints when a job dies of a signal (strsignal's words), or None."""
        if self.signal is None:
            return None
        from groundup.kernel.signal import Sig

        sig = self.signal
        if sig in Sig._value2member_map_:
            return DESCRIPTION.get(Sig(sig), Sig(sig).name)
        return f"Real-time signal {sig - 34}" if sig >= 34 else f"Unknown signal {sig}"


@dataclass(eq=False)
class Thread:
    tid: int
    proc: Process
    context: Context
    state: State = State.RUNNABLE
    hart: Hart | None = None  # while RUNNING
    last_hart: int = -1
    sig: ThreadSignals = field(default_factory=ThreadSignals)
    clear_child_tid: int = 0  # written 0 and futex-woken when the thread exits
    robust_list: int = 0  # set_robust_list: the head of the robust futex list
    wait: Block | None = None  # what a BLOCKED thread waits for
    restart: Restart | None = None  # what its blocked system call left for its re-execution
    ready_at: int = 0  # when it last became runnable (virtual ns)
    instret: int = 0  # instructions retired before its current turn on a hart
    run_start: int = 0  # the hart's instret when this turn began
    exit_code: int = 0
    switch_reason: str = ""  # why it is leaving its hart (for --trace=sched)

    @property
    def alive(self) -> bool:
        return self.state not in (State.ZOMBIE, State.DEAD)

    @property
    def name(self) -> str:
        return self.proc.name

    def cpu_instret(self) -> int:
        """Instructions this thread has retired (its CPU time)."""
        running = self.hart.instret - self.run_start if self.hart is not None else 0
        return self.instret + running

    def has_signals(self) -> bool:
        pending = self.sig.pending.bits | self.proc.pending.bits
        return bool(pending & ~self.sig.blocked & ~self.sig.waiting)

    def __repr__(self) -> str:
        return f"<Thread {self.tid} of {self.proc.pid} {self.state.name}>"


@dataclass(eq=False)
class Process:
    pid: int
    name: str
    mm: AddressSpace
    files: FdTable
    parent: Process | None = None
    children: list[Process] = field(default_factory=list)
    threads: list[Thread] = field(default_factory=list)
    pgid: int = INIT_PID
    sid: int = INIT_PID
    result: Exit | None = None  # decided when the group starts to exit
    zombie: bool = False  # every thread is gone; waiting to be reaped
    exit_signal: int = SIGCHLD  # sent to the parent at exit (clone's CSIGNAL)
    sighand: SigHand = field(default_factory=SigHand)
    pending: Pending = field(default_factory=Pending)  # signals sent to the process as a whole
    itimer: tuple[int, int] = (0, 0)  # ITIMER_REAL: deadline (monotonic ns, 0: off), interval
    cpu_itimers: dict[int, tuple[int, int]] = field(default_factory=dict)  # never fire
    limits: dict[int, tuple[int, int]] = field(default_factory=default_limits)  # (soft, hard)
    umask: int = 0o022  # the file mode bits openat and mkdirat clear (umask(2))
    cwd: str = "/"  # the working directory, a guest path
    exe: str = ""  # the guest path of the executable (/proc/self/exe)
    did_exec: bool = False  # setpgid on a child that has exec'd: EACCES
    stopped: int = 0  # the signal that stopped the group (job control), or 0
    news: str = ""  # "stopped" or "continued", until a wait4 of the parent reports it
    unsupported: set[int] = field(default_factory=set)  # system calls reported as missing
    child_exit: WaitQueue = field(default_factory=lambda: WaitQueue("wait"))
    vfork_done: WaitQueue | None = None  # a vfork parent waits here for exec or exit
    dead_instret: int = 0  # instructions retired by its threads that have exited
    children_instret: int = 0  # ... by its reaped children (times, getrusage)

    @property
    def alive(self) -> bool:
        return self.result is None

    @property
    def comm(self) -> str:
        """The name /proc/<pid>/status shows: the executable's base name, 15 bytes at most."""
        return posixpath.basename(self.exe or self.name)[:15]

    @property
    def ppid(self) -> int:
        return self.parent.pid if self.parent is not None else 0

    @property
    def leader(self) -> Thread:
        """The thread whose tid is the pid (after exec by another thread: that one)."""
        for t in self.threads:
            if t.tid == self.pid:
                return t
        return self.threads[0]

    def live_threads(self) -> list[Thread]:
        return [t for t in self.threads if t.alive]

    def cpu_instret(self) -> int:
        return self.dead_instret + sum(t.cpu_instret() for t in self.threads if t.alive)


class Kernel:
    def __init__(
        self,
        engine: EngineName = "fast",
        stdout: BinaryIO | None = None,
        stderr: BinaryIO | None = None,
        seed: int = 0,
        ram_size: int = DEFAULT_RAM_SIZE,
        options: Options | None = None,
        stdin: BinaryIO | None = None,
    ) -> None:
        # `engine`, `seed` and `ram_size` are shorthands for the fields of `options`.
        self.options = options or Options(engine=engine, seed=seed, ram_size=ram_size)
        opts = self.options
        self.machine = Machine(ram_size=opts.ram_size, harts=opts.cpus, engine=opts.engine)
        self.frames = FrameAllocator(self.machine.mem)
        self.stdin = stdin or sys.stdin.buffer
        self.stderr = stderr or sys.stderr.buffer
        self.outputs: dict[int, BinaryIO] = {1: stdout or sys.stdout.buffer, 2: self.stderr}
        self.seed = opts.seed
        # getrandom's stream (and /dev/urandom's): from the seed, apart from AT_RANDOM's
        self.random = random.Random(f"groundup getrandom {self.seed}")
        self.stats = Stats()
        self.logger = Tracer(self.stderr) if opts.trace else None
        self.tracer = self.logger if "syscall" in opts.trace else None
        self.vfs = Vfs(self)
        self.futexes = Futexes()
        self.pipes_made = 0  # pipes get inode numbers in the order they are made
        self.poll_wait = WaitQueue("poll")  # ppoll and pselect6 waiting for any file
        self.procs: dict[int, Process] = {}
        self.threads: dict[int, Thread] = {}
        self.next_pid = INIT_PID
        self.tasks_ever = 0  # threads ever created: trace lines name the pid past one
        for hart in self.machine.harts:
            boot(hart)
        self.sched = Scheduler(self)
        self.init = self._make_init()
        self.main: Process | None = None

    def _make_init(self) -> Process:
        mm = AddressSpace(PageTable(self.machine, self.frames))
        init = Process(self.new_pid(), "init", mm, FdTable())
        self.procs[init.pid] = init
        return init

    def new_pid(self) -> int:
        pid = self.next_pid
        self.next_pid += 1
        return pid

    def log(self, line: str) -> None:
        if self.logger is not None:
            self.logger.line(line)

    # --- making and running programs -----------------------------------------------------
    def spawn(self, path: str, data: bytes, argv: list[str], envp: list[str]) -> Process:
        """A new process (a child of init) running the ELF executable `data` (read from
        `path`), its thread on an idle hart if there is one."""
        elf = read_elf(data, path)
        mm, image = exec_.load(self, elf, [a.encode() for a in argv], [e.encode() for e in envp])
        p = Process(self.new_pid(), path, mm, FdTable.standard(self), parent=self.init)
        p.cwd = self.options.cwd
        p.exe = posixpath.normpath(posixpath.join(p.cwd, path))
        self.init.children.append(p)
        self.procs[p.pid] = p
        x = [0] * 32
        x[2] = image.sp
        t = self.new_thread(p, Context(x, pc=image.entry), tid=p.pid)
        if self.main is None:
            self.main = p
        self.sched.start(t, at=0)
        return p

    def new_thread(self, p: Process, context: Context, tid: int | None = None) -> Thread:
        t = Thread(self.new_pid() if tid is None else tid, p, context)
        p.threads.append(t)
        self.threads[t.tid] = t
        self.tasks_ever += 1
        return t

    def run(self, p: Process) -> Exit:
        """Run until `p` has exited (and been reaped by init); kill whatever is left."""
        self.sched.run(lambda: p.zombie)
        for q in list(self.procs.values()):
            if q.alive and q is not self.init:
                self.kill(q, SIGKILL, "its parent program exited", report=False)
        assert p.result is not None
        self.finish(p, p.result)
        return p.result

    def finish(self, p: Process, result: Exit) -> None:
        """Say how the process ended, if tracing, and print the statistics if asked."""
        if self.tracer is not None:
            self.tracer.exit(result, self.trace_prefix(p.pid))
        if self.options.stats:
            for line in self.stats.report(self, p):
                self.stderr.write(f"{PREFIX}{line}\n".encode())
            self.stderr.flush()

    def trace_prefix(self, pid: int) -> str:
        """strace -f's "[pid N] " once there is more than one thread."""
        return f"[pid {pid}] " if self.tasks_ever > 1 else ""

    # --- dying ------------------------------------------------------------------------------
    def kill(self, p: Process, sig: int, why: str, report: bool | None = None) -> None:
        """End the thread group `p` by signal `sig` (its default action), saying why on
        stderr if it is the program the user ran (a child's death is its parent's news,
        told by wait4; with --trace=syscall it is traced). Its threads stop at once; one
        in the kernel stops on its way out."""
        if report is None:
            report = p is self.main
        if report and p.alive:
            self.report(f"{p.name}: {signal_name(sig)}: {why}")
        from groundup.kernel.exit import exit_group

        exit_group(self, p, Exit(signal=sig))

    def die_if_killed(self, t: Thread) -> None:
        """A thread whose group is exiting goes now (on its way back to user mode)."""
        if t.alive and not t.proc.alive:
            from groundup.kernel.exit import exit_thread

            exit_thread(self, t)

    def deliver(self, t: Thread, frames: bool = True) -> None:
        """Deliver `t`'s pending signals (with `frames`, those a handler catches too:
        only for a thread about to return to user mode); if that ends its group, `t`
        goes now."""
        deliver_pending(self, t, frames)
        self.die_if_killed(t)

    def deadlock(self) -> None:
        """Every thread is blocked and nothing can wake one: say so and kill them all."""
        name = self.main.name if self.main is not None else "groundup"
        self.report(f"{name}: deadlock: every thread is blocked")
        for q in list(self.procs.values()):
            if q.alive and q is not self.init:
                self.kill(q, SIGKILL, "deadlock", report=False)

    def report(self, line: str) -> None:
        self.stderr.write(f"groundup: {line}\n".encode())
        self.stderr.flush()

    def not_supported(self, t: Thread, number: int) -> None:
        p = t.proc
        if number not in p.unsupported:
            p.unsupported.add(number)
            self.report(f"{p.name}: not supported: system call {number} ({name_of(number)})")


def boot(hart: Hart) -> None:
    """Set up a hart as the kernel runs it: S-mode, traps to the Python kernel, user
    exceptions and supervisor interrupts delegated to S, the FPU on."""
    c = hart.csr
    hart.set_priv(Priv.S)
    hart.host_traps = True
    c.medeleg = USER_EXCEPTIONS
    c.mideleg = S_INTERRUPTS
    hart.flush_tlb()
    st = c.mstatus & ~((3 << Mstatus.FS) | (1 << Mstatus.SPP) | (1 << Mstatus.SUM))
    hart.set_mstatus(st | (FS_INITIAL << Mstatus.FS) | (1 << Mstatus.SPIE))
