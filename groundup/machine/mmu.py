"""The Sv39 MMU: walking real page tables stored in physical memory.

A virtual address is translated by reading page-table entries out of RAM, three
levels deep, exactly as the privileged spec's "Virtual Address Translation
Process" describes; the kernel builds those tables with ordinary stores. The
result of a successful walk is cached by the hart's TLB (see hart.py), which only
`sfence.vma` and writes to satp flush.

    38        30 29        21 20        12 11           0
   |  VPN[2]    |  VPN[1]    |  VPN[0]    |  page offset  |     Sv39 virtual address
   (bits 63:39 must all equal bit 38)

    55                30 29        21 20        12 11           0
   |       PPN[2]       |  PPN[1]    |  PPN[0]    |  page offset  |  physical address
"""

from __future__ import annotations

from typing import Literal

from groundup.isa.priv import (
    LEVELS_SV39,
    PAGE_SHIFT,
    PTE_PPN_MASK,
    PTE_PPN_SHIFT,
    PTE_RESERVED,
    SATP_PPN_MASK,
    Priv,
    Pte,
)
from groundup.machine.memory import PhysicalMemory
from groundup.machine.trap import ACCESS_FAULT, PAGE_FAULT, Trap

Access = Literal["x", "r", "w"]  # instruction fetch, load, store/AMO
PTE_SIZE = 8


def canonical(va: int) -> bool:
    """Bits 63:39 of an Sv39 address must copy bit 38."""
    top = (va & 0xFFFF_FFFF_FFFF_FFFF) >> 38
    return top == 0 or top == (1 << 26) - 1


def walk(
    mem: PhysicalMemory,
    satp: int,
    va: int,
    access: Access,
    priv: Priv,
    sum_: bool,
    mxr: bool,
    update_ad: bool = True,
) -> int:
    """The physical address for `va`, or raise the page fault / access fault.

    `priv` is the effective privilege of the access (mstatus.MPRV already applied),
    `sum_` and `mxr` the mstatus bits. With `update_ad` the walk sets the A and D
    bits in the PTE itself (as the spec permits and qemu does); without it, a
    clear A bit, or a clear D bit on a store, is a page fault (the Svade behaviour).
    """
    va &= 0xFFFF_FFFF_FFFF_FFFF
    fault = Trap(PAGE_FAULT[access], va)
    if not canonical(va):
        raise fault
    table = (satp & SATP_PPN_MASK) << PAGE_SHIFT
    for level in range(LEVELS_SV39 - 1, -1, -1):
        pte_addr = table + ((va >> (PAGE_SHIFT + 9 * level)) & 0x1FF) * PTE_SIZE
        if not mem.contains(pte_addr, PTE_SIZE):
            raise Trap(ACCESS_FAULT[access], va)
        pte = mem.load(pte_addr, PTE_SIZE, signed=False)
        if not pte & Pte.V or (pte & (Pte.R | Pte.W)) == Pte.W or pte & PTE_RESERVED:
            raise fault
        if pte & (Pte.R | Pte.X):
            return _leaf(mem, pte_addr, pte, va, level, access, priv, sum_, mxr, update_ad)
        table = ((pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK) << PAGE_SHIFT
    raise fault  # a pointer PTE at the last level


def _leaf(
    mem: PhysicalMemory,
    pte_addr: int,
    pte: int,
    va: int,
    level: int,
    access: Access,
    priv: Priv,
    sum_: bool,
    mxr: bool,
    update_ad: bool,
) -> int:
    fault = Trap(PAGE_FAULT[access], va)
    if not permitted(pte, access, priv, sum_, mxr):
        raise fault
    ppn = (pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK
    low_ppn_mask = (1 << (9 * level)) - 1
    if ppn & low_ppn_mask:
        raise fault  # a misaligned superpage
    wanted = Pte.A | (Pte.D if access == "w" else 0)
    if pte & wanted != wanted:
        if not update_ad:
            raise fault
        mem.store(pte_addr, PTE_SIZE, pte | wanted)
    # In a superpage the low VPN fields pass through into the physical page number.
    vpn = va >> PAGE_SHIFT
    ppn |= vpn & low_ppn_mask
    return (ppn << PAGE_SHIFT) | (va & ((1 << PAGE_SHIFT) - 1))


def permitted(pte: int, access: Access, priv: Priv, sum_: bool, mxr: bool) -> bool:
    """Whether a leaf PTE allows this access ("Memory Privilege in sstatus")."""
    if pte & Pte.U:
        # Supervisor code never executes user pages, and reads/writes them only with SUM.
        if priv == Priv.S and (access == "x" or not sum_):
            return False
    elif priv == Priv.U:
        return False
    if access == "x":
        return bool(pte & Pte.X)
    if access == "r":
        return bool(pte & Pte.R or (mxr and pte & Pte.X))
    return bool(pte & Pte.W)
