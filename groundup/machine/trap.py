"""Traps: the synchronous exceptions an instruction can raise.

An instruction that cannot complete raises `Trap(cause, tval)`; it has changed no
architectural state. The engine that ran it catches the Trap at the instruction
boundary, and the hart performs trap entry (privileged spec, "Trap-Return
Instructions" and "Machine Trap Delegation Registers"). Interrupts are not
raised: the hart checks for them between instructions.
"""

from __future__ import annotations

from groundup.isa.priv import Cause


class Trap(Exception):  # noqa: N818 - the spec's word
    """A synchronous exception with its cause and trap value (the xtval CSR)."""

    def __init__(self, cause: Cause, tval: int = 0) -> None:
        super().__init__(cause, tval)
        self.cause = cause
        self.tval = tval

    def __str__(self) -> str:
        return f"{self.cause.name.lower()} (tval {self.tval:#x})"


class IllegalInstruction(Trap):
    """An illegal-instruction trap; the engine fills in tval with the instruction bits."""

    def __init__(self, tval: int = 0) -> None:
        super().__init__(Cause.ILLEGAL_INSTRUCTION, tval)


# For each kind of access: its page-fault, access-fault and misaligned causes.
PAGE_FAULT = {"x": Cause.FETCH_PAGE_FAULT, "r": Cause.LOAD_PAGE_FAULT, "w": Cause.STORE_PAGE_FAULT}
ACCESS_FAULT = {"x": Cause.FETCH_ACCESS, "r": Cause.LOAD_ACCESS, "w": Cause.STORE_ACCESS}
MISALIGNED = {"x": Cause.MISALIGNED_FETCH, "r": Cause.MISALIGNED_LOAD, "w": Cause.MISALIGNED_STORE}
