"""A hart: one RISC-V hardware thread — registers, pc, CSRs, privilege, TLB, traps.

The hart holds the architectural state and the services that instruction
semantics call (`HART.` in the instruction table): memory access through the MMU,
CSR access, atomics, and the privileged instructions. It does not decide how
instructions are executed; an engine (interp.Interpreter or translate.Translator)
does that, and `Hart.run` is the loop the book draws around it: take any pending
interrupt, let the engine execute until the next event, take any trap.

Register conventions (see groundup.isa.alu): x registers hold signed ints in
[-2**63, 2**63); f registers hold raw 64-bit patterns; pc is unsigned.

The TLB is three dicts — fetch, load, store — from virtual page number to a
"delta": the host offset of the page in RAM minus the page's virtual address, so
that `va + delta` indexes the RAM views directly. Separate dicts per privilege
context keep a trap into the kernel and back from costing a flush.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from groundup.isa import fp
from groundup.isa.alu import M64, wrap32, wrap64
from groundup.isa.priv import (
    FS_DIRTY,
    FS_OFF,
    INTERRUPT_BIT,
    PAGE_SHIFT,
    PAGE_SIZE,
    SATP_MODE_SHIFT,
    SATP_MODE_SV39,
    Cause,
    Interrupt,
    Mstatus,
    Priv,
)
from groundup.machine import csr
from groundup.machine.mmu import Access, walk
from groundup.machine.trap import ACCESS_FAULT, MISALIGNED, IllegalInstruction, Trap

if TYPE_CHECKING:
    from groundup.machine.machine import Machine


class Halted(Exception):  # noqa: N818
    """The hart executed wfi with no interrupt that could ever wake it."""


class StopReason(Enum):
    LIMIT = "limit"  # the instruction budget ran out
    TRAP = "trap"  # a trap or interrupt was taken and host_traps is set
    HALT = "halt"  # wfi with nothing to wait for


@dataclass(frozen=True, slots=True)
class Stop:
    reason: StopReason
    cause: int = 0  # for TRAP: the cause code (interrupt bit separate)
    tval: int = 0
    interrupt: bool = False


class Engine(Protocol):
    def execute(self, hart: Hart, budget: int) -> None:
        """Execute at most `budget` instructions, returning early at any event.

        An instruction that traps leaves hart.pc at itself and raises the Trap.
        """
        ...

    def flush(self) -> None:
        """Forget all translated code (fence.i, or a change to what code may assume)."""
        ...

    def invalidate_page(self, ppn: int) -> None:
        """Forget code translated from physical page `ppn`: it has been written."""
        ...

    def forget_space(self, satp: int) -> None:
        """The address space with this satp is gone: forget what was made for it."""
        ...


# Priority order of interrupts ("Machine Interrupt Registers"): MEI, MSI, MTI, SEI, SSI, STI.
INTERRUPT_PRIORITY = (
    Interrupt.MACHINE_EXTERNAL,
    Interrupt.MACHINE_SOFTWARE,
    Interrupt.MACHINE_TIMER,
    Interrupt.SUPERVISOR_EXTERNAL,
    Interrupt.SUPERVISOR_SOFTWARE,
    Interrupt.SUPERVISOR_TIMER,
)
NEVER = 1 << 64  # a timer compare value that never fires
ECALL_CAUSE = {Priv.U: Cause.ECALL_FROM_U, Priv.S: Cause.ECALL_FROM_S, Priv.M: Cause.ECALL_FROM_M}
MISA_C = 1 << 2
PRIV = (Priv.U, Priv.S, Priv.S, Priv.M)  # by 2-bit field value (2 is reserved: never stored)


class Hart:
    def __init__(self, machine: Machine, hartid: int = 0) -> None:
        self.machine = machine
        self.mem = machine.mem
        self.hartid = hartid
        self.x: list[int] = [0] * 32
        self.f: list[int] = [0] * 32
        self.pc = 0
        self.fpstate = fp.FPState()
        self.priv = Priv.M
        self.instret = 0  # instructions retired: the virtual clock
        self.idle = 0  # clock ticks spent waiting in wfi
        self.engine: Engine | None = None
        self.host_traps = False  # stop run() at every trap, for a kernel written in Python
        self.update_ad = True  # hardware A/D updates; False faults instead (Svade)
        self.reservation: tuple[int, int] | None = None  # (physical address, size) of lr
        self.csr = csr.CsrState()
        self.itlb: dict[int, int] = {}
        self.rtlb: dict[int, int] = {}
        self.wtlb: dict[int, int] = {}
        self._tlbs: dict[tuple[object, ...], dict[int, int]] = {}
        self._contexts: dict[tuple[Priv, Priv, int], tuple[dict[int, int], ...]] = {}
        self.code_changed = False  # a store has hit a page with translated code
        self.retarget_tlb()

    # --- state that other parts derive from ---------------------------------------------
    @property
    def rvc(self) -> bool:
        return bool(self.csr.misa & MISA_C)

    @property
    def mstatus(self) -> int:
        return self.csr.mstatus

    @property
    def fs(self) -> int:
        return (self.csr.mstatus >> Mstatus.FS) & 3

    def time(self) -> int:
        """The virtual clock: retired instructions plus time spent idle in wfi."""
        return self.instret + self.idle

    def data_priv(self) -> Priv:
        """The privilege loads and stores use: mstatus.MPRV lets M-mode borrow MPP's."""
        st = self.csr.mstatus
        if self.priv == Priv.M and st >> Mstatus.MPRV & 1:
            return PRIV[(st >> Mstatus.MPP) & 3]
        return self.priv

    def paging(self, priv: Priv) -> bool:
        return priv != Priv.M and self.csr.satp >> SATP_MODE_SHIFT == SATP_MODE_SV39

    def retarget_tlb(self) -> None:
        """Point the TLB dicts at the ones for the current privilege context."""
        dp = self.data_priv()
        sum_mxr = (self.csr.mstatus >> Mstatus.SUM) & 3
        context = (self.priv, dp, sum_mxr)
        tlbs = self._contexts.get(context)
        if tlbs is None:  # trap entry and return flip contexts: look them up once
            tlbs = self._contexts[context] = (
                self._tlbs.setdefault(("x", self.priv), {}),
                self._tlbs.setdefault(("r", dp, sum_mxr), {}),
                self._tlbs.setdefault(("w", dp, sum_mxr), {}),
            )
        self.itlb, self.rtlb, self.wtlb = tlbs

    def flush_tlb(self, va: int | None = None) -> None:
        """sfence.vma: forget cached translations (all, or those of one page)."""
        for tlb in self._tlbs.values():
            if va is None:
                tlb.clear()
            else:
                tlb.pop(va >> PAGE_SHIFT, None)
                tlb.pop((va & M64) >> PAGE_SHIFT, None)

    def forget_writable(self, ppn: int) -> None:
        """Drop store translations to physical page `ppn` (it now holds translated code).

        Stores to such a page must take the slow path, which notices them and
        invalidates the translations made from it (self-modifying code).
        """
        page_delta = (ppn << PAGE_SHIFT) - self.mem.base
        for key, tlb in self._tlbs.items():
            if key[0] == "w":
                stale = [vpn for vpn, d in tlb.items() if (vpn << PAGE_SHIFT) + d == page_delta]
                for vpn in stale:
                    del tlb[vpn]

    # --- translation ------------------------------------------------------------------
    def translate(self, va: int, access: Access) -> int:
        """The physical address of `va` for this access, filling the TLB; or raise."""
        priv = self.priv if access == "x" else self.data_priv()
        if self.paging(priv):
            st = self.csr.mstatus
            pa = walk(
                self.mem,
                self.csr.satp,
                va,
                access,
                priv,
                bool(st >> Mstatus.SUM & 1),
                bool(st >> Mstatus.MXR & 1),
                self.update_ad,
            )
        else:
            pa = va & M64
        if not self.mem.contains(pa):
            raise Trap(ACCESS_FAULT[access], va & M64)
        self._fill(va, pa, access)
        return pa

    def _fill(self, va: int, pa: int, access: Access) -> None:
        # Data addresses come from signed registers, fetch addresses from the unsigned
        # pc; each TLB is keyed the way its users compute page numbers.
        if access == "x":
            va &= M64
        delta = (pa & ~(PAGE_SIZE - 1)) - self.mem.base - (va & ~(PAGE_SIZE - 1))
        if access == "x":
            self.itlb[va >> PAGE_SHIFT] = delta
        elif access == "r":
            self.rtlb[va >> PAGE_SHIFT] = delta
        elif pa >> PAGE_SHIFT not in self.machine.code_pages:
            self.wtlb[va >> PAGE_SHIFT] = delta

    def _pa(self, va: int, access: Access) -> int:
        tlb = self.rtlb if access == "r" else self.wtlb
        d = tlb.get(va >> PAGE_SHIFT)
        if d is not None:
            return va + d + self.mem.base
        return self.translate(va, access)

    # --- loads and stores (the slow paths of the engines) -----------------------------
    def load(self, va: int, size: int, signed: bool) -> int:
        """A load of `size` bytes at `va` (a signed or unsigned int), misaligned or not."""
        if (va & (PAGE_SIZE - 1)) + size > PAGE_SIZE:
            data = bytes(self.load(va + i, 1, False) for i in range(size))
            return int.from_bytes(data, "little", signed=signed)
        return self.mem.load(self._pa(va, "r"), size, signed)

    def store(self, va: int, size: int, value: int) -> None:
        if (va & (PAGE_SIZE - 1)) + size > PAGE_SIZE:
            # Translate every byte first, so a fault on the second page writes nothing.
            pas = [self._pa(va + i, "w") for i in range(size)]
            for i, pa in enumerate(pas):
                self._store_pa(pa, 1, value >> (8 * i))
            return
        self._store_pa(self._pa(va, "w"), size, value)

    def _store_pa(self, pa: int, size: int, value: int) -> None:
        if pa >> PAGE_SHIFT in self.machine.code_pages:
            self.machine.code_written(pa >> PAGE_SHIFT)
            self.code_changed = True  # translated code running now may be stale
        self.mem.store(pa, size, value)

    def fetch(self, pc: int) -> int:
        """The 16 or 32 bits of the instruction at `pc` (a fetch fault names the part)."""
        d = self.itlb.get(pc >> PAGE_SHIFT)
        off = self.translate(pc, "x") - self.mem.base if d is None else pc + d
        low = self.mem.H[off >> 1]
        if low & 3 != 3:
            return low
        if pc & (PAGE_SIZE - 1) != PAGE_SIZE - 2:
            return low | self.mem.H[(off >> 1) + 1] << 16
        high = self.mem.load(self.translate(pc + 2, "x"), 2, False)
        return low | high << 16

    # --- atomics ------------------------------------------------------------------------
    def _atomic_pa(self, va: int, size: int, access: Access) -> int:
        if va & (size - 1):
            raise Trap(MISALIGNED[access], va & M64)  # atomics are never emulated
        return self._pa(va, access)

    def lr(self, va: int, size: int) -> int:
        pa = self._atomic_pa(va, size, "r")
        self.reservation = (pa, size)
        return self.mem.load(pa, size, True)

    def sc(self, va: int, size: int, value: int) -> int:
        if va & (size - 1):
            raise Trap(MISALIGNED["w"], va & M64)
        reserved, self.reservation = self.reservation, None
        if reserved is None:
            return 1
        pa = self._atomic_pa(va, size, "w")
        if reserved != (pa, size):
            return 1
        self._store_pa(pa, size, value)
        return 0

    def amo(self, va: int, size: int, combine: Callable[[int, int], int], value: int) -> int:
        pa = self._atomic_pa(va, size, "w")
        old = self.mem.load(pa, size, True)
        if size == 4:
            value = wrap32(value)
        self._store_pa(pa, size, combine(old, value))
        return old

    # --- CSRs -------------------------------------------------------------------------
    def csr_access(self, number: int, src: int, how: str, read: bool, write: bool) -> int:
        """The csr* instructions: check access, read the old value, maybe write."""
        if not csr.accessible(self, number, write):
            raise IllegalInstruction()
        old = csr.read(self, number)
        if write:
            new = {"w": src, "s": old | src, "c": old & ~src}[how] & M64
            csr.write(self, number, new)
        return wrap64(old) if read else 0

    def set_mstatus(self, value: int, priv: Priv | None = None) -> None:
        """Write mstatus with its WARL rules (and, for trap entry and return, the
        privilege at the same time), then re-derive what depends on them."""
        old = self.csr.mstatus
        new = self.csr.mstatus = csr.legal_mstatus(old, value)
        changed = old ^ new
        if priv is not None and priv != self.priv:
            self.priv = priv
            self.retarget_tlb()
        elif changed & ((1 << Mstatus.MPRV) | (3 << Mstatus.MPP) | (3 << Mstatus.SUM)):
            self.retarget_tlb()
        fs = (new >> Mstatus.FS) & 3
        if changed & (3 << Mstatus.FS) and fs != FS_DIRTY and self.engine is not None:
            self.engine.flush()  # translated fp code assumed FS = Dirty

    def set_fs_dirty(self) -> None:
        if self.fs != FS_DIRTY:
            self.set_mstatus(self.csr.mstatus | (FS_DIRTY << Mstatus.FS))

    def require_fp(self) -> None:
        if self.fs == FS_OFF:
            raise IllegalInstruction()

    def set_priv(self, priv: Priv) -> None:
        self.priv = priv
        self.retarget_tlb()

    # --- privileged instructions -----------------------------------------------------
    def ecall(self) -> None:
        raise Trap(ECALL_CAUSE[self.priv], 0)

    def ebreak(self, pc: int) -> None:
        raise Trap(Cause.BREAKPOINT, pc & M64)

    def sret(self) -> int:
        st = self.csr.mstatus
        if self.priv == Priv.U or (self.priv == Priv.S and st >> Mstatus.TSR & 1):
            raise IllegalInstruction()
        new_priv = PRIV[(st >> Mstatus.SPP) & 1]
        st = _set_bit(st, Mstatus.SIE, st >> Mstatus.SPIE & 1)
        st = _set_bit(st, Mstatus.SPIE, 1)
        st = _set_bit(st, Mstatus.SPP, 0)
        st = _set_bit(st, Mstatus.MPRV, 0)  # xRET to a mode below M clears MPRV
        return self._xret(st, new_priv, self.csr.sepc)

    def mret(self) -> int:
        if self.priv != Priv.M:
            raise IllegalInstruction()
        st = self.csr.mstatus
        new_priv = PRIV[(st >> Mstatus.MPP) & 3]
        st = _set_bit(st, Mstatus.MIE, st >> Mstatus.MPIE & 1)
        st = _set_bit(st, Mstatus.MPIE, 1)
        st &= ~(3 << Mstatus.MPP)  # MPP becomes U, the least-privileged mode
        if new_priv != Priv.M:
            st = _set_bit(st, Mstatus.MPRV, 0)
        return self._xret(st, new_priv, self.csr.mepc)

    def _xret(self, mstatus: int, priv: Priv, epc: int) -> int:
        self.reservation = None
        self.set_mstatus(mstatus, priv)
        return epc & (M64 if self.rvc else ~3 & M64)

    def wfi(self) -> None:
        st = self.csr.mstatus
        if self.priv == Priv.U or (self.priv == Priv.S and st >> Mstatus.TW & 1):
            raise IllegalInstruction()
        if self.csr.mie & self.mip():
            return  # something is already pending: wfi is a no-op
        wake = self.next_timer()
        if wake >= NEVER:
            raise Halted()
        self.idle += max(0, wake - self.time())

    def sfence_vma(self, va: int, asid: int, rs1: int, rs2: int) -> None:
        if self.priv == Priv.U or (self.priv == Priv.S and self.csr.mstatus >> Mstatus.TVM & 1):
            raise IllegalInstruction()
        self.flush_tlb(va if rs1 else None)

    def fence_i(self) -> None:
        self.machine.flush_code()

    def target(self, t: int) -> int:
        """A jump or branch target, which must be 4-byte aligned when C is off."""
        t &= M64
        if t & 2 and not self.rvc:
            raise Trap(Cause.MISALIGNED_FETCH, t)
        return t

    # --- interrupts and traps ------------------------------------------------------------
    def mip(self) -> int:
        """mip as read: software-set bits plus the timer bits the clock drives."""
        now = self.time()
        bits = self.csr.mip
        if now >= self.csr.stimecmp:
            bits |= 1 << Interrupt.SUPERVISOR_TIMER
        if now >= self.csr.mtimecmp:
            bits |= 1 << Interrupt.MACHINE_TIMER
        return bits

    def next_timer(self) -> int:
        """The clock value at which the next enabled timer interrupt becomes pending."""
        now, wake = self.time(), NEVER
        for cmp_, bit in (
            (self.csr.stimecmp, Interrupt.SUPERVISOR_TIMER),
            (self.csr.mtimecmp, Interrupt.MACHINE_TIMER),
        ):
            if self.csr.mie >> bit & 1 and cmp_ > now:
                wake = min(wake, cmp_)
        return wake

    def pending_interrupt(self) -> Interrupt | None:
        """The interrupt to take before the next instruction, if any ("Machine Interrupt")."""
        pend = self.mip() & self.csr.mie
        if not pend:
            return None
        st, priv, deleg = self.csr.mstatus, self.priv, self.csr.mideleg
        m_on = priv < Priv.M or bool(st >> Mstatus.MIE & 1)
        s_on = priv < Priv.S or (priv == Priv.S and bool(st >> Mstatus.SIE & 1))
        enabled = (pend & ~deleg if m_on else 0) | (pend & deleg if s_on else 0)
        for irq in INTERRUPT_PRIORITY:
            if enabled >> irq & 1:
                return irq
        return None

    def take_trap(self, cause: int, tval: int, interrupt: bool = False) -> None:
        """Trap entry: record the cause, switch privilege, jump to the handler."""
        self.reservation = None
        c = self.csr
        deleg = c.mideleg if interrupt else c.medeleg
        code = cause | (INTERRUPT_BIT if interrupt else 0)
        st = c.mstatus
        if self.priv != Priv.M and deleg >> cause & 1:
            c.scause, c.sepc, c.stval = code, self.pc, tval & M64
            st = _set_bit(st, Mstatus.SPP, int(self.priv))
            st = _set_bit(st, Mstatus.SPIE, st >> Mstatus.SIE & 1)
            st = _set_bit(st, Mstatus.SIE, 0)
            new_priv, tvec = Priv.S, c.stvec
        else:
            c.mcause, c.mepc, c.mtval = code, self.pc, tval & M64
            st = (st & ~(3 << Mstatus.MPP)) | (int(self.priv) << Mstatus.MPP)
            st = _set_bit(st, Mstatus.MPIE, st >> Mstatus.MIE & 1)
            st = _set_bit(st, Mstatus.MIE, 0)
            new_priv, tvec = Priv.M, c.mtvec
        self.set_mstatus(st, new_priv)
        base = tvec & ~3
        self.pc = base + 4 * cause if interrupt and tvec & 1 else base

    # --- the run loop ---------------------------------------------------------------------
    def run(self, limit: int) -> Stop:
        """Run up to `limit` instructions: interrupts between them, traps taken in place.

        With host_traps set, the first trap or interrupt taken ends the run (the
        hart is then in the handler's mode, pc at its vector, with xcause/xepc/xtval
        set), so that a kernel written in Python can handle it and sret.
        """
        assert self.engine is not None, "a hart needs an engine to run"
        stop_at = self.instret + limit
        while self.instret < stop_at:
            irq = self.pending_interrupt()
            if irq is not None:
                self.take_trap(irq, 0, interrupt=True)
                if self.host_traps:
                    return Stop(StopReason.TRAP, int(irq), 0, interrupt=True)
            deadline = self.next_timer() - self.idle
            budget = min(stop_at, max(deadline, self.instret + 1)) - self.instret
            try:
                self.engine.execute(self, budget)
            except Trap as t:
                self.take_trap(t.cause, t.tval)
                if self.host_traps:
                    return Stop(StopReason.TRAP, int(t.cause), t.tval & M64)
            except Halted:
                return Stop(StopReason.HALT)
        return Stop(StopReason.LIMIT)


def _set_bit(value: int, bit: int, on: int) -> int:
    return value | (1 << bit) if on else value & ~(1 << bit)
