"""Privileged-architecture constants: trap causes, CSR numbers, status and PTE bits.

Numbers are those of the RISC-V privileged specification (version 20211203):
"Machine Cause Register (mcause)" for causes, "CSR Listing" for CSR numbers,
"Machine Status Register (mstatus)" for status bits and "Sv39" for PTEs.
"""

from __future__ import annotations

from enum import IntEnum


class Cause(IntEnum):
    """Synchronous exception codes (mcause/scause with the interrupt bit clear)."""

    MISALIGNED_FETCH = 0
    FETCH_ACCESS = 1
    ILLEGAL_INSTRUCTION = 2
    BREAKPOINT = 3
    MISALIGNED_LOAD = 4
    LOAD_ACCESS = 5
    MISALIGNED_STORE = 6  # also AMO
    STORE_ACCESS = 7  # also AMO
    ECALL_FROM_U = 8
    ECALL_FROM_S = 9
    ECALL_FROM_M = 11
    FETCH_PAGE_FAULT = 12
    LOAD_PAGE_FAULT = 13
    STORE_PAGE_FAULT = 15  # also AMO


class Interrupt(IntEnum):
    """Interrupt codes (mcause/scause with the interrupt bit set); also mip/mie bits."""

    SUPERVISOR_SOFTWARE = 1
    MACHINE_SOFTWARE = 3
    SUPERVISOR_TIMER = 5
    MACHINE_TIMER = 7
    SUPERVISOR_EXTERNAL = 9
    MACHINE_EXTERNAL = 11


INTERRUPT_BIT = 1 << 63


class Priv(IntEnum):
    U = 0
    S = 1
    M = 3


class Csr(IntEnum):
    FFLAGS = 0x001
    FRM = 0x002
    FCSR = 0x003
    CYCLE = 0xC00
    TIME = 0xC01
    INSTRET = 0xC02
    SSTATUS = 0x100
    SIE = 0x104
    STVEC = 0x105
    SCOUNTEREN = 0x106
    SENVCFG = 0x10A
    SSCRATCH = 0x140
    SEPC = 0x141
    SCAUSE = 0x142
    STVAL = 0x143
    SIP = 0x144
    STIMECMP = 0x14D  # Sstc
    SATP = 0x180
    MVENDORID = 0xF11
    MARCHID = 0xF12
    MIMPID = 0xF13
    MHARTID = 0xF14
    MCONFIGPTR = 0xF15
    MSTATUS = 0x300
    MISA = 0x301
    MEDELEG = 0x302
    MIDELEG = 0x303
    MIE = 0x304
    MTVEC = 0x305
    MCOUNTEREN = 0x306
    MENVCFG = 0x30A
    MCOUNTINHIBIT = 0x320
    MSCRATCH = 0x340
    MEPC = 0x341
    MCAUSE = 0x342
    MTVAL = 0x343
    MIP = 0x344
    MCYCLE = 0xB00
    MINSTRET = 0xB02


# mstatus fields (bit positions; two-bit fields give their low bit).
class Mstatus(IntEnum):
    SIE = 1
    MIE = 3
    SPIE = 5
    UBE = 6
    MPIE = 7
    SPP = 8
    VS = 9
    MPP = 11
    FS = 13
    XS = 15
    MPRV = 17
    SUM = 18
    MXR = 19
    TVM = 20
    TW = 21
    TSR = 22
    UXL = 32
    SXL = 34
    SD = 63


FS_OFF, FS_INITIAL, FS_CLEAN, FS_DIRTY = 0, 1, 2, 3

# The mstatus bits that sstatus shows (privileged spec, "Supervisor Status Register").
SSTATUS_MASK = (
    (1 << Mstatus.SIE)
    | (1 << Mstatus.SPIE)
    | (1 << Mstatus.UBE)
    | (1 << Mstatus.SPP)
    | (3 << Mstatus.VS)
    | (3 << Mstatus.FS)
    | (3 << Mstatus.XS)
    | (1 << Mstatus.SUM)
    | (1 << Mstatus.MXR)
    | (3 << Mstatus.UXL)
    | (1 << Mstatus.SD)
)

# Interrupts that supervisor mode can see in sip/sie.
S_INTERRUPTS = (
    (1 << Interrupt.SUPERVISOR_SOFTWARE)
    | (1 << Interrupt.SUPERVISOR_TIMER)
    | (1 << Interrupt.SUPERVISOR_EXTERNAL)
)
M_INTERRUPTS = S_INTERRUPTS | (
    (1 << Interrupt.MACHINE_SOFTWARE)
    | (1 << Interrupt.MACHINE_TIMER)
    | (1 << Interrupt.MACHINE_EXTERNAL)
)


#  63    54 53    28 27    19 18    10 9  8 7 6 5 4 3 2 1 0
# | rsvd   | PPN[2] | PPN[1] | PPN[0] |RSW |D|A|G|U|X|W|R|V|     Sv39 page-table entry
class Pte(IntEnum):
    V = 1 << 0
    R = 1 << 1
    W = 1 << 2
    X = 1 << 3
    U = 1 << 4
    G = 1 << 5
    A = 1 << 6
    D = 1 << 7


PTE_PPN_SHIFT = 10
PTE_PPN_MASK = (1 << 44) - 1
PTE_RESERVED = 0x3FF << 54  # N, PBMT and reserved bits: no Svnapot/Svpbmt here

#  63  60 59    44 43             0
# | MODE | ASID  |      PPN       |     satp
SATP_MODE_SHIFT = 60
SATP_MODE_BARE = 0
SATP_MODE_SV39 = 8
SATP_ASID_SHIFT = 44
SATP_ASID_MASK = 0xFFFF
SATP_PPN_MASK = (1 << 44) - 1

PAGE_SHIFT = 12
PAGE_SIZE = 1 << PAGE_SHIFT
LEVELS_SV39 = 3
