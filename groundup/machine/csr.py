"""Control and status registers: who may access them and what a write keeps.

Most CSRs are WARL ("write any values, reads legal values", privileged spec
"CSR Field Specifications"): a write keeps only the bits this hart implements.
sstatus, sie and sip are views of mstatus, mie and mip. The counters read the
hart's virtual clock. Everything here is a function of the hart's state, so the
engines never need to know any CSR.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from groundup.isa.alu import M64
from groundup.isa.priv import (
    FS_DIRTY,
    S_INTERRUPTS,
    SATP_MODE_BARE,
    SATP_MODE_SHIFT,
    SATP_MODE_SV39,
    SSTATUS_MASK,
    Cause,
    Csr,
    Mstatus,
    Priv,
)

if TYPE_CHECKING:
    from groundup.machine.hart import Hart

# misa: MXL = 2 (64-bit) and the extensions I M A F D C, plus S and U modes.
MISA = (2 << 62) | sum(1 << (ord(e) - ord("A")) for e in "IMAFDCSU")
XLEN64 = 2  # the UXL/SXL encoding of a 64-bit mode

MSTATUS_WRITABLE = sum(
    w << b
    for b, w in (
        (Mstatus.SIE, 1),
        (Mstatus.MIE, 1),
        (Mstatus.SPIE, 1),
        (Mstatus.MPIE, 1),
        (Mstatus.SPP, 1),
        (Mstatus.MPP, 3),
        (Mstatus.FS, 3),
        (Mstatus.MPRV, 1),
        (Mstatus.SUM, 1),
        (Mstatus.MXR, 1),
        (Mstatus.TVM, 1),
        (Mstatus.TW, 1),
        (Mstatus.TSR, 1),
    )
)
# Exceptions that medeleg can hand to S-mode (ecall from M cannot be delegated).
MEDELEG_WRITABLE = sum(1 << c for c in Cause if c != Cause.ECALL_FROM_M)
MIP_WRITABLE = S_INTERRUPTS  # SSIP, STIP, SEIP (STIP also driven by stimecmp)
SIP_WRITABLE = 1 << 1  # only SSIP is writable through sip
COUNTERS = {Csr.CYCLE: 0, Csr.TIME: 1, Csr.INSTRET: 2}
# Read-as-zero, ignore-writes ranges: hpm counters and events, PMP (none implemented).
ZERO_RANGES = ((0xC03, 0xC1F), (0xB03, 0xB1F), (0x323, 0x33F), (0x3A0, 0x3EF))


@dataclass(slots=True)
class CsrState:
    """The CSRs that hold state of their own (values unsigned)."""

    mstatus: int = (XLEN64 << Mstatus.UXL) | (XLEN64 << Mstatus.SXL)
    misa: int = MISA
    medeleg: int = 0
    mideleg: int = 0
    mie: int = 0
    mip: int = 0  # the software-writable pending bits
    mtvec: int = 0
    mscratch: int = 0
    mepc: int = 0
    mcause: int = 0
    mtval: int = 0
    mcounteren: int = 7
    menvcfg: int = 0
    mcountinhibit: int = 0
    stvec: int = 0
    sscratch: int = 0
    sepc: int = 0
    scause: int = 0
    stval: int = 0
    scounteren: int = 7
    senvcfg: int = 0
    satp: int = 0
    stimecmp: int = M64  # Sstc: supervisor timer compare (never, until written)
    mtimecmp: int = M64  # the CLINT's compare register, here a plain field
    cycle_offset: int = 0  # mcycle/minstret writes shift the counters, not the clock
    instret_offset: int = 0


def _is_fp(number: int) -> bool:
    return number in (Csr.FFLAGS, Csr.FRM, Csr.FCSR)


def exists(number: int) -> bool:
    if number in Csr.__members__.values():
        return True
    return any(lo <= number <= hi for lo, hi in ZERO_RANGES)


def accessible(hart: Hart, number: int, write: bool) -> bool:
    """Whether this csr* instruction may go ahead ("CSR Address Mapping Conventions")."""
    if not exists(number) or (number >> 8) & 3 > hart.priv:
        return False
    if write and number >> 10 == 3:
        return False  # the top two bits 11 mark read-only CSRs
    if _is_fp(number) and hart.fs == 0:
        return False
    if number == Csr.SATP and hart.priv == Priv.S and hart.mstatus >> Mstatus.TVM & 1:
        return False
    if number in COUNTERS or 0xC03 <= number <= 0xC1F:
        bit = COUNTERS.get(Csr(number)) if number in COUNTERS else number - 0xC00
        assert bit is not None
        c = hart.csr
        if hart.priv < Priv.M and not c.mcounteren >> bit & 1:
            return False
        if hart.priv == Priv.U and not c.scounteren >> bit & 1:
            return False
    return True


def read(hart: Hart, number: int) -> int:
    c, st = hart.csr, hart.csr.mstatus
    sd = 1 << Mstatus.SD if (st >> Mstatus.FS) & 3 == FS_DIRTY else 0
    fps = hart.fpstate
    match number:
        case Csr.FFLAGS:
            return fps.fflags
        case Csr.FRM:
            return fps.frm
        case Csr.FCSR:
            return fps.frm << 5 | fps.fflags
        case Csr.CYCLE | Csr.MCYCLE:
            return (hart.instret + c.cycle_offset) & M64
        case Csr.INSTRET | Csr.MINSTRET:
            return (hart.instret + c.instret_offset) & M64
        case Csr.TIME:
            return hart.time() & M64
        case Csr.MSTATUS:
            return st | sd
        case Csr.SSTATUS:
            return (st | sd) & SSTATUS_MASK
        case Csr.MIP:
            return hart.mip()
        case Csr.SIP:
            return hart.mip() & c.mideleg
        case Csr.SIE:
            return c.mie & c.mideleg
        case Csr.MHARTID:
            return hart.hartid
        case Csr.MVENDORID | Csr.MARCHID | Csr.MIMPID | Csr.MCONFIGPTR:
            return 0
        case Csr.MEPC | Csr.SEPC:
            epc = c.mepc if number == Csr.MEPC else c.sepc
            return epc if hart.rvc else epc & ~3  # with C off, bit 1 reads as zero
    field = _FIELDS.get(number)
    return getattr(c, field) if field else 0


# CSRs that are plain fields of CsrState, read back as stored.
_FIELDS: dict[int, str] = {
    Csr.MISA: "misa",
    Csr.MEDELEG: "medeleg",
    Csr.MIDELEG: "mideleg",
    Csr.MIE: "mie",
    Csr.MTVEC: "mtvec",
    Csr.MSCRATCH: "mscratch",
    Csr.MCAUSE: "mcause",
    Csr.MTVAL: "mtval",
    Csr.MCOUNTEREN: "mcounteren",
    Csr.MENVCFG: "menvcfg",
    Csr.MCOUNTINHIBIT: "mcountinhibit",
    Csr.STVEC: "stvec",
    Csr.SSCRATCH: "sscratch",
    Csr.SCAUSE: "scause",
    Csr.STVAL: "stval",
    Csr.SCOUNTEREN: "scounteren",
    Csr.SENVCFG: "senvcfg",
    Csr.SATP: "satp",
    Csr.STIMECMP: "stimecmp",
}


def write(hart: Hart, number: int, value: int) -> None:
    """A csr write with the WARL rules of each register."""
    c = hart.csr
    match number:
        case Csr.FFLAGS | Csr.FRM | Csr.FCSR:
            _write_fcsr(hart, number, value)
        case Csr.MSTATUS:
            hart.set_mstatus(value)
        case Csr.SSTATUS:
            hart.set_mstatus((c.mstatus & ~SSTATUS_MASK) | (value & SSTATUS_MASK))
        case Csr.MISA:
            _write_misa(hart, value)
        case Csr.MEDELEG:
            c.medeleg = value & MEDELEG_WRITABLE
        case Csr.MIDELEG:
            c.mideleg = value & S_INTERRUPTS
        case Csr.MIE:
            c.mie = value & 0xAAA
        case Csr.SIE:
            c.mie = (c.mie & ~c.mideleg) | (value & c.mideleg)
        case Csr.MIP:
            c.mip = (c.mip & ~MIP_WRITABLE) | (value & MIP_WRITABLE)
        case Csr.SIP:
            mask = SIP_WRITABLE & c.mideleg
            c.mip = (c.mip & ~mask) | (value & mask)
        case Csr.MTVEC | Csr.STVEC:
            # Modes 0 (direct) and 1 (vectored); the reserved modes keep the old value.
            if value & 3 < 2:
                setattr(c, "mtvec" if number == Csr.MTVEC else "stvec", value)
        case Csr.MEPC | Csr.SEPC:
            setattr(c, "mepc" if number == Csr.MEPC else "sepc", value & ~1)
        case Csr.MCAUSE | Csr.SCAUSE:
            setattr(c, "mcause" if number == Csr.MCAUSE else "scause", value)
        case Csr.SATP:
            _write_satp(hart, value)
        # A write to a counter replaces the writing instruction's own increment
        # (privileged spec, "Hardware Performance Monitor"): it retires afterwards.
        case Csr.MCYCLE:
            c.cycle_offset = value - hart.instret - 1
        case Csr.MINSTRET:
            c.instret_offset = value - hart.instret - 1
        case Csr.MCOUNTEREN | Csr.SCOUNTEREN:
            setattr(c, _FIELDS[number], value & 0xFFFF_FFFF)
        case Csr.MHARTID | Csr.MVENDORID | Csr.MARCHID | Csr.MIMPID | Csr.MCONFIGPTR:
            pass  # read-only; accessible() already refused the write
        case _:
            field = _FIELDS.get(number)
            if field:
                setattr(c, field, value)


def _write_fcsr(hart: Hart, number: int, value: int) -> None:
    fps = hart.fpstate
    if number == Csr.FFLAGS:
        fps.fflags = value & 0x1F
    elif number == Csr.FRM:
        fps.frm = value & 7
    else:
        fps.fflags, fps.frm = value & 0x1F, (value >> 5) & 7
    hart.set_fs_dirty()


def _write_misa(hart: Hart, value: int) -> None:
    # Only C can be switched off and on. Turning it off is ignored if the next
    # instruction would then be misaligned (privileged spec, "misa").
    want_c = value & (1 << 2)
    if not want_c and (hart.pc + 4) & 2:
        return
    hart.csr.misa = (MISA & ~(1 << 2)) | want_c
    if hart.engine is not None:
        hart.engine.flush()  # translated jumps assumed the old alignment rule


def _write_satp(hart: Hart, value: int) -> None:
    mode = value >> SATP_MODE_SHIFT
    if mode not in (SATP_MODE_BARE, SATP_MODE_SV39):
        return  # an unsupported mode: the whole write has no effect
    hart.csr.satp = value & M64
    hart.flush_tlb()


def legal_mstatus(old: int, value: int) -> int:
    """The mstatus a write of `value` leaves: writable bits only, MPP never 2."""
    new = (old & ~MSTATUS_WRITABLE) | (value & MSTATUS_WRITABLE)
    if (new >> Mstatus.MPP) & 3 == 2:
        new = (new & ~(3 << Mstatus.MPP)) | (old & (3 << Mstatus.MPP))
    return new | (XLEN64 << Mstatus.UXL) | (XLEN64 << Mstatus.SXL)
