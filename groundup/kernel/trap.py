"""Traps from user mode: system calls, faults, timer interrupts, and returning.

The hart has already done trap entry (scause, sepc, stval, privilege S) when
`usertrap` runs for the thread it was running. A system call advances sepc past
the ecall (unless it blocks). The timer interrupt ends the thread's quantum
(sched.Scheduler.tick). A page fault goes
to the address space: a page touched for the first time (or stack growth) is
brought in and sret retries the instruction; an access outside every area or
against its permissions is a fatal SIGSEGV with a message naming the address,
the kind of access, the reason and the pc — unless the program has a handler for
that signal: then the handler runs (with si_addr and si_code set) and, if it
returns, the instruction is tried again. Running out of frames is a SIGKILL.
A thread still running afterwards returns to user mode with sret; one that blocked,
yielded or was preempted is switched out by the scheduler; one whose group is
dying goes on its way out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.isa.priv import Cause, Interrupt
from groundup.kernel.kalloc import OutOfMemory
from groundup.kernel.sched import State
from groundup.kernel.signal import Sig, caught, send_thread, siginfo_fault
from groundup.kernel.syscall import syscall
from groundup.machine.hart import Stop
from groundup.machine.mmu import Access

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Thread

FAULT_SIGNAL = {
    Cause.FETCH_PAGE_FAULT: Sig.SIGSEGV,
    Cause.LOAD_PAGE_FAULT: Sig.SIGSEGV,
    Cause.STORE_PAGE_FAULT: Sig.SIGSEGV,
    Cause.FETCH_ACCESS: Sig.SIGSEGV,
    Cause.LOAD_ACCESS: Sig.SIGSEGV,
    Cause.STORE_ACCESS: Sig.SIGSEGV,
    Cause.MISALIGNED_FETCH: Sig.SIGBUS,
    Cause.MISALIGNED_LOAD: Sig.SIGBUS,
    Cause.MISALIGNED_STORE: Sig.SIGBUS,
    Cause.ILLEGAL_INSTRUCTION: Sig.SIGILL,
    Cause.BREAKPOINT: Sig.SIGTRAP,
}
ACCESS_WORDS = {
    Cause.FETCH_PAGE_FAULT: "instruction fetch page fault",
    Cause.LOAD_PAGE_FAULT: "load page fault",
    Cause.STORE_PAGE_FAULT: "store page fault",
    Cause.FETCH_ACCESS: "instruction fetch access fault",
    Cause.LOAD_ACCESS: "load access fault",
    Cause.STORE_ACCESS: "store access fault",
    Cause.MISALIGNED_FETCH: "misaligned instruction fetch",
    Cause.MISALIGNED_LOAD: "misaligned atomic load",
    Cause.MISALIGNED_STORE: "misaligned atomic store",
}
# si_code of each fault signal (asm-generic/siginfo.h): ILL_ILLOPC, TRAP_BRKPT, BUS_ADRALN
# and, for a fault at an address with no area, SEGV_MAPERR (else SEGV_ACCERR).
SEGV_MAPERR, SEGV_ACCERR = 1, 2
FAULT_CODE = {Sig.SIGILL: 1, Sig.SIGTRAP: 1, Sig.SIGBUS: 1, Sig.SIGSEGV: SEGV_ACCERR}
MISALIGNED_DATA = (Cause.MISALIGNED_LOAD, Cause.MISALIGNED_STORE)
PAGE_FAULT_ACCESS: dict[Cause, Access] = {
    Cause.FETCH_PAGE_FAULT: "x",
    Cause.LOAD_PAGE_FAULT: "r",
    Cause.STORE_PAGE_FAULT: "w",
}
INVALID = {"r": "read from", "w": "write to", "x": "instruction fetch from"}


def usertrap(k: Kernel, t: Thread, stop: Stop) -> None:
    hart = t.hart
    assert hart is not None
    c = hart.csr
    p = t.proc
    outer, k.sched.in_kernel = k.sched.in_kernel, t
    try:
        if stop.interrupt:
            if stop.cause == Interrupt.SUPERVISOR_TIMER:
                k.sched.tick(t)
        else:
            cause = Cause(stop.cause)
            if cause == Cause.ECALL_FROM_U:
                syscall(k, t)
                if p.mm.out_of_memory and p.alive:
                    k.kill(p, Sig.SIGKILL, "out of memory")
            elif cause in PAGE_FAULT_ACCESS:
                page_fault(k, t, cause, c.stval, c.sepc)
            else:
                sig = FAULT_SIGNAL[cause]
                addr = c.stval if cause in MISALIGNED_DATA else c.sepc
                fault(k, t, sig, describe_fault(cause, c.stval, c.sepc), FAULT_CODE[sig], addr)
    finally:
        k.sched.in_kernel = outer
    k.die_if_killed(t)
    if t.state is State.RUNNING and t.hart is hart:
        hart.pc = hart.sret()


def page_fault(k: Kernel, t: Thread, cause: Cause, va: int, pc: int) -> None:
    """Bring the page in (the program then retries), or kill the process."""
    p = t.proc
    access = PAGE_FAULT_ACCESS[cause]
    try:
        if p.mm.fault(va, access):
            return
    except OutOfMemory:
        k.kill(p, Sig.SIGKILL, f"out of memory (a page fault at address {va:#x}, pc {pc:#x})")
        return
    why = f"{ACCESS_WORDS[cause]}: {p.mm.explain(va, access)}"
    code = SEGV_MAPERR if p.mm.find(va) is None else SEGV_ACCERR
    fault(k, t, Sig.SIGSEGV, f"invalid {INVALID[access]} address {va:#x} ({why}) at pc {pc:#x}",
          code, va)  # fmt: skip


def fault(k: Kernel, t: Thread, sig: int, why: str, code: int, addr: int) -> None:
    """A fault's signal: to the program's handler if it has one (and does not block
    the signal: then, as for no handler, the process dies of it, saying why)."""
    if caught(t.proc, sig) and not t.sig.blocked & (1 << (sig - 1)):
        send_thread(k, t, sig, why, siginfo_fault(sig, code, addr))
    else:
        k.kill(t.proc, sig, why)


def describe_fault(cause: Cause, tval: int, pc: int) -> str:
    if cause == Cause.ILLEGAL_INSTRUCTION:
        size = 4 if tval & 3 == 3 else 2
        shown = " ".join(f"{b:02x}" for b in tval.to_bytes(size, "little"))
        return f"illegal instruction at pc {pc:#x} (bytes {shown})"
    if cause == Cause.BREAKPOINT:
        return f"breakpoint (ebreak) at pc {pc:#x}"
    return f"{ACCESS_WORDS[cause]} at address {tval:#x} (pc {pc:#x})"
