"""Processes and the kernel object that owns them.

A `Process` is an address space (a PageTable), the hart context it runs in, and
what became of it (exit status or fatal signal). The `Kernel` creates processes
from ELF files and runs them: the hart executes user code until it traps, and
`trap.usertrap` decides what happens next. One process, one hart, for now.
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
from groundup.kernel.kalloc import FrameAllocator
from groundup.kernel.options import Options
from groundup.kernel.param import RUN_SLICE
from groundup.kernel.signal import DESCRIPTION, Sig
from groundup.kernel.strace import PREFIX, Stats, Tracer
from groundup.kernel.sysnum import name_of
from groundup.kernel.sysproc import SignalState, default_limits, signal_name
from groundup.kernel.vm import PageTable
from groundup.kernel.vma import AddressSpace
from groundup.machine.hart import Hart, StopReason
from groundup.machine.machine import EngineName, Machine
from groundup.machine.memory import DEFAULT_RAM_SIZE

# Every exception from user mode goes to the (Python) supervisor, except those that
# can only come from S or M mode.
USER_EXCEPTIONS = sum(1 << c for c in Cause if c not in (Cause.ECALL_FROM_S, Cause.ECALL_FROM_M))


@dataclass(frozen=True, slots=True)
class Exit:
    """How a process ended: a status from exit(), or the signal that killed it."""

    status: int = 0
    signal: int | None = None  # a signal number: a Sig, or one Sig does not name yet

    @property
    def code(self) -> int:
        """The exit status a shell reports ($?)."""
        return 128 + self.signal if self.signal is not None else self.status

    def describe(self) -> str | None:
        """What a shell prints when a job dies of a signal (strsignal's words), or None."""
        if self.signal is None:
            return None
        sig = self.signal
        if sig in Sig._value2member_map_:
            return DESCRIPTION.get(Sig(sig), Sig(sig).name)
        return f"Real-time signal {sig - 34}" if sig >= 34 else f"Unknown signal {sig}"


@dataclass(eq=False)
class Process:
    pid: int
    name: str
    mm: AddressSpace
    hart: Hart
    files: FdTable
    result: Exit | None = None
    unsupported: set[int] = field(default_factory=set)  # system calls reported as missing
    ppid: int = 0
    signals: SignalState = field(default_factory=SignalState)
    limits: dict[int, tuple[int, int]] = field(default_factory=default_limits)  # (soft, hard)
    tid_address: int = 0  # set_tid_address: cleared and futex-woken when the thread exits
    robust_list: int = 0  # set_robust_list: the head of the robust futex list
    umask: int = 0o022  # the file mode bits openat and mkdirat clear (umask(2))
    cwd: str = "/"  # the working directory, a guest path
    exe: str = ""  # the guest path of the executable (/proc/self/exe)

    @property
    def alive(self) -> bool:
        return self.result is None

    def exit(self, status: int) -> None:
        self.result = Exit(status=status)


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
        self.machine = Machine(ram_size=self.options.ram_size, engine=self.options.engine)
        self.frames = FrameAllocator(self.machine.mem)
        self.stdin = stdin or sys.stdin.buffer
        self.stderr = stderr or sys.stderr.buffer
        self.outputs: dict[int, BinaryIO] = {1: stdout or sys.stdout.buffer, 2: self.stderr}
        self.seed = self.options.seed
        # getrandom's stream (and /dev/urandom's): from the seed, apart from AT_RANDOM's
        self.random = random.Random(f"groundup getrandom {self.seed}")
        self.stats = Stats()
        self.tracer = Tracer(self.stderr) if "syscall" in self.options.trace else None
        self.vfs = Vfs(self)
        self.procs: dict[int, Process] = {}
        self.next_pid = 1

    def spawn(self, path: str, data: bytes, argv: list[str], envp: list[str]) -> Process:
        """A new process running the ELF executable `data` (read from `path`)."""
        elf = read_elf(data, path)
        mm, image = exec_.load(self, elf, [a.encode() for a in argv], [e.encode() for e in envp])
        hart = self.machine.harts[0]
        p = Process(self.next_pid, path, mm, hart, FdTable.standard(self))
        p.cwd = self.options.cwd
        p.exe = posixpath.normpath(posixpath.join(p.cwd, path))
        self.procs[p.pid] = p
        self.next_pid += 1
        enter_user(hart, mm.pagetable, image)
        return p

    def run(self, p: Process) -> Exit:
        from groundup.kernel.trap import usertrap

        while p.result is None:
            stop = p.hart.run(RUN_SLICE)
            if stop.reason is StopReason.TRAP:
                usertrap(self, p, stop)
            elif stop.reason is StopReason.HALT:
                self.kill(p, Sig.SIGKILL, "the hart halted")
        self.finish(p, p.result)
        return p.result

    def finish(self, p: Process, result: Exit) -> None:
        """Say how the process ended, if tracing, and print the statistics if asked."""
        if self.tracer is not None:
            self.tracer.exit(result)
        if self.options.stats:
            for line in self.stats.report(p):
                self.stderr.write(f"{PREFIX}{line}\n".encode())
            self.stderr.flush()

    def kill(self, p: Process, sig: int, why: str) -> None:
        """End `p` by signal `sig` (its default action), saying why on stderr."""
        self.report(f"{p.name}: {signal_name(sig)}: {why}")
        p.result = Exit(signal=sig)

    def report(self, line: str) -> None:
        self.stderr.write(f"groundup: {line}\n".encode())
        self.stderr.flush()

    def not_supported(self, p: Process, number: int) -> None:
        if number not in p.unsupported:
            p.unsupported.add(number)
            self.report(f"{p.name}: not supported: system call {number} ({name_of(number)})")


def enter_user(hart: Hart, pt: PageTable, image: exec_.Image) -> None:
    """Set up the hart as the kernel leaves it for a fresh process, and sret to _start."""
    c = hart.csr
    hart.set_priv(Priv.S)
    hart.host_traps = True
    c.medeleg = USER_EXCEPTIONS
    c.mideleg = S_INTERRUPTS
    c.satp = pt.satp()
    hart.flush_tlb()
    st = c.mstatus & ~((3 << Mstatus.FS) | (1 << Mstatus.SPP) | (1 << Mstatus.SUM))
    hart.set_mstatus(st | (FS_INITIAL << Mstatus.FS) | (1 << Mstatus.SPIE))
    hart.x[:] = [0] * 32
    hart.f[:] = [0] * 32
    hart.x[2] = image.sp
    c.sepc = image.entry
    hart.pc = hart.sret()
