"""Traps from user mode: system calls, faults, and returning to the program.

The hart has already done trap entry (scause, sepc, stval, privilege S) when
`usertrap` runs. A system call advances sepc past the ecall. A page fault goes
to the address space: a page touched for the first time (or stack growth) is
brought in and sret retries the instruction; an access outside every area or
against its permissions is a fatal SIGSEGV with a message naming the address,
the kind of access, the reason and the pc. Running out of frames is a SIGKILL.
Anything else returns to user mode with sret.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.isa.priv import Cause
from groundup.kernel.kalloc import OutOfMemory
from groundup.kernel.signal import Sig
from groundup.kernel.syscall import syscall
from groundup.machine.hart import Stop
from groundup.machine.mmu import Access

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process

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
PAGE_FAULT_ACCESS: dict[Cause, Access] = {
    Cause.FETCH_PAGE_FAULT: "x",
    Cause.LOAD_PAGE_FAULT: "r",
    Cause.STORE_PAGE_FAULT: "w",
}
INVALID = {"r": "read from", "w": "write to", "x": "instruction fetch from"}


def usertrap(k: Kernel, p: Process, stop: Stop) -> None:
    hart = p.hart
    c = hart.csr
    if not stop.interrupt:
        cause = Cause(stop.cause)
        if cause == Cause.ECALL_FROM_U:
            c.sepc += 4
            syscall(k, p)
            if p.mm.out_of_memory and p.alive:
                k.kill(p, Sig.SIGKILL, "out of memory")
        elif cause in PAGE_FAULT_ACCESS:
            page_fault(k, p, cause, c.stval, c.sepc)
        else:
            k.kill(p, FAULT_SIGNAL[cause], describe_fault(cause, c.stval, c.sepc))
    if p.alive:
        hart.pc = hart.sret()


def page_fault(k: Kernel, p: Process, cause: Cause, va: int, pc: int) -> None:
    """Bring the page in (the program then retries), or kill the process."""
    access = PAGE_FAULT_ACCESS[cause]
    try:
        if p.mm.fault(va, access):
            return
    except OutOfMemory:
        k.kill(p, Sig.SIGKILL, f"out of memory (a page fault at address {va:#x}, pc {pc:#x})")
        return
    why = f"{ACCESS_WORDS[cause]}: {p.mm.explain(va, access)}"
    k.kill(p, Sig.SIGSEGV, f"invalid {INVALID[access]} address {va:#x} ({why}) at pc {pc:#x}")


def describe_fault(cause: Cause, tval: int, pc: int) -> str:
    if cause == Cause.ILLEGAL_INSTRUCTION:
        size = 4 if tval & 3 == 3 else 2
        shown = " ".join(f"{b:02x}" for b in tval.to_bytes(size, "little"))
        return f"illegal instruction at pc {pc:#x} (bytes {shown})"
    if cause == Cause.BREAKPOINT:
        return f"breakpoint (ebreak) at pc {pc:#x}"
    return f"{ACCESS_WORDS[cause]} at address {tval:#x} (pc {pc:#x})"
