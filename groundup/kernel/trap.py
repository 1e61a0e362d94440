"""Traps from user mode: system calls, faults, and returning to the program.

The hart has already done trap entry (scause, sepc, stval, privilege S) when
`usertrap` runs. A system call advances sepc past the ecall; a fault the program
cannot survive becomes a fatal signal with a message naming the address, the
kind of access and the pc. Anything else returns to user mode with sret.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.isa.priv import Cause
from groundup.kernel.signal import Sig
from groundup.kernel.syscall import syscall
from groundup.machine.hart import Stop

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


def usertrap(k: Kernel, p: Process, stop: Stop) -> None:
    hart = p.hart
    c = hart.csr
    if not stop.interrupt:
        cause = Cause(stop.cause)
        if cause == Cause.ECALL_FROM_U:
            c.sepc += 4
            syscall(k, p)
        else:
            k.kill(p, FAULT_SIGNAL[cause], describe_fault(cause, c.stval, c.sepc))
    if p.alive:
        hart.pc = hart.sret()


def describe_fault(cause: Cause, tval: int, pc: int) -> str:
    if cause == Cause.ILLEGAL_INSTRUCTION:
        size = 4 if tval & 3 == 3 else 2
        shown = " ".join(f"{b:02x}" for b in tval.to_bytes(size, "little"))
        return f"illegal instruction at pc {pc:#x} (bytes {shown})"
    if cause == Cause.BREAKPOINT:
        return f"breakpoint (ebreak) at pc {pc:#x}"
    return f"{ACCESS_WORDS[cause]} at address {tval:#x} (pc {pc:#x})"
