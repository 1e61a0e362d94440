"""Virtual memory: building Sv39 page tables in physical memory.

A page table is a 4 KiB frame of 512 eight-byte PTEs; three levels of them map a
39-bit virtual address (see groundup.machine.mmu for the layout the hart walks).
The kernel writes these PTEs with ordinary stores into RAM — there is no other
place the mapping lives — and hands the hart the root in satp.
"""

from __future__ import annotations

from groundup.isa.priv import (
    PAGE_SHIFT,
    PAGE_SIZE,
    PTE_PPN_MASK,
    PTE_PPN_SHIFT,
    SATP_MODE_SHIFT,
    SATP_MODE_SV39,
    Pte,
)
from groundup.kernel.kalloc import FrameAllocator
from groundup.machine.machine import Machine

LEAF_PERMS = Pte.R | Pte.W | Pte.X


def pte_pa(pte: int) -> int:
    return ((pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK) << PAGE_SHIFT


def make_pte(pa: int, flags: int) -> int:
    return ((pa >> PAGE_SHIFT) << PTE_PPN_SHIFT) | flags | Pte.V


class PageTable:
    """One address space's Sv39 page tables, rooted in a frame of physical memory."""

    def __init__(self, machine: Machine, frames: FrameAllocator) -> None:
        self.machine = machine
        self.mem = machine.mem
        self.frames = frames
        self.root = frames.alloc()

    def satp(self, asid: int = 0) -> int:
        return (SATP_MODE_SV39 << SATP_MODE_SHIFT) | (asid << 44) | (self.root >> PAGE_SHIFT)

    def _slot(self, va: int, create: bool) -> int | None:
        """The physical address of the level-0 PTE for `va` (like xv6's walk())."""
        table = self.root
        for level in (2, 1):
            slot = table + ((va >> (PAGE_SHIFT + 9 * level)) & 0x1FF) * 8
            pte = self.mem.load(slot, 8, False)
            if pte & Pte.V:
                if pte & LEAF_PERMS:
                    raise ValueError(f"{va:#x} lies in a superpage")
                table = pte_pa(pte)
            elif not create:
                return None
            else:
                table = self.frames.alloc()
                self.mem.store(slot, 8, make_pte(table, 0))
        return table + ((va >> PAGE_SHIFT) & 0x1FF) * 8

    def map_page(self, va: int, pa: int, flags: int) -> None:
        """Map the page at `va` to frame `pa` with flags (R W X U ... without V)."""
        slot = self._slot(va, create=True)
        assert slot is not None
        self.mem.store(slot, 8, make_pte(pa, flags))

    def lookup(self, va: int) -> tuple[int, int] | None:
        """(frame physical address, PTE flags) of the page holding `va`, if mapped."""
        slot = self._slot(va, create=False)
        if slot is None:
            return None
        pte = self.mem.load(slot, 8, False)
        return (pte_pa(pte), pte & 0x3FF) if pte & Pte.V else None

    def ensure(self, va: int, flags: int) -> int:
        """The frame for `va`'s page, allocating it (zeroed) if the page is new;
        flags are added to an existing mapping's."""
        page = va & ~(PAGE_SIZE - 1)
        found = self.lookup(page)
        if found is None:
            pa = self.frames.alloc()
            self.map_page(page, pa, flags)
            return pa
        pa, old = found
        if old | flags != old:
            self.map_page(page, pa, (old | flags) & ~Pte.V)
        return pa

    def copy_out(self, va: int, data: bytes) -> None:
        """Write `data` at user address `va`, page by page, through this table."""
        done = 0
        while done < len(data):
            found = self.lookup(va + done)
            if found is None:
                raise ValueError(f"copy_out to unmapped address {va + done:#x}")
            off = (va + done) & (PAGE_SIZE - 1)
            n = min(PAGE_SIZE - off, len(data) - done)
            self.machine.write(found[0] + off, data[done : done + n])
            done += n

    def copy_in(self, va: int, n: int) -> bytes | None:
        """Read `n` bytes at user address `va`; None if any page is unmapped."""
        out = bytearray()
        while len(out) < n:
            found = self.lookup(va + len(out))
            if found is None or not found[1] & Pte.U:
                return None
            off = (va + len(out)) & (PAGE_SIZE - 1)
            take = min(PAGE_SIZE - off, n - len(out))
            out += self.mem.read(found[0] + off, take)
        return bytes(out)
