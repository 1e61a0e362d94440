"""Virtual memory: building Sv39 page tables in physical memory.

A page table is a 4 KiB frame of 512 eight-byte PTEs; three levels of them map a
39-bit virtual address (see groundup.machine.mmu for the layout the hart walks).
The kernel writes these PTEs with ordinary stores into RAM — there is no other
place the mapping lives — and hands the hart the root in satp.

    63    54 53                        10 9  8 7 6 5 4 3 2 1 0
   | (zero) |      PPN (frame number)     | RSW |D|A|G|U|X|W|R|V|     a PTE

A leaf with none of R, W, X would be a pointer, so a page whose frame the process
keeps but may not touch at all (PROT_NONE) is "parked": V clear, the frame number
kept, and the first RSW bit (free for the supervisor's use) set. The hart faults on
it like on any invalid PTE; the kernel still knows the frame. The second RSW bit
marks a copy-on-write page: writable by its VMA, but read-only in the PTE because
the frame is shared (after fork); the first store faults and gets its own copy.
"""

from __future__ import annotations

from collections.abc import Iterator

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
PTE_PARKED = 1 << 8  # RSW[0]: a resident page with no access at all (see above)
PTE_COW = 1 << 9  # RSW[1]: W withheld because the frame is shared (copy on write)
ENTRIES = 512
EMPTY_TABLE = bytes(PAGE_SIZE)


def pte_pa(pte: int) -> int:
    return ((pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK) << PAGE_SHIFT


def make_pte(pa: int, flags: int) -> int:
    """A leaf (or pointer, with flags 0) PTE; a leaf without R, W or X is parked."""
    if flags & LEAF_PERMS or not flags & Pte.U:
        return ((pa >> PAGE_SHIFT) << PTE_PPN_SHIFT) | flags | Pte.V
    return ((pa >> PAGE_SHIFT) << PTE_PPN_SHIFT) | (flags & ~Pte.V) | PTE_PARKED


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
        """Map the page at `va` to frame `pa` with flags (R W X U A D, without V).

        May raise OutOfMemory (a new level of the table needs a frame)."""
        slot = self._slot(va, create=True)
        assert slot is not None
        self.mem.store(slot, 8, make_pte(pa, flags))

    def lookup(self, va: int) -> tuple[int, int] | None:
        """(frame physical address, PTE flags) of the resident page holding `va`.

        A parked page has flags without V (and without R, W, X)."""
        slot = self._slot(va, create=False)
        if slot is None:
            return None
        pte = self.mem.load(slot, 8, False)
        return (pte_pa(pte), pte & 0x3FF) if pte else None

    def protect(self, va: int, flags: int) -> None:
        """Give the resident page at `va` new flags, keeping its frame."""
        found = self.lookup(va)
        if found is not None:
            self.map_page(va, found[0], flags)

    def table_for(self, va: int) -> int:
        """The physical address of the last-level table that maps `va` (made if need be)."""
        slot = self._slot(va, create=True)
        assert slot is not None
        return slot - ((va >> PAGE_SHIFT) & 0x1FF) * 8

    def last_level_tables(self) -> Iterator[tuple[int, int]]:
        """(first virtual address, table frame) of every last-level table, in order."""
        for i, pte in self._entries(self.root):
            if pte & Pte.V and not pte & LEAF_PERMS:
                for j, pte1 in self._entries(pte_pa(pte)):
                    if pte1 & Pte.V and not pte1 & LEAF_PERMS:
                        yield (i << 30) | (j << 21), pte_pa(pte1)

    def _entries(self, table: int) -> list[tuple[int, int]]:
        at = (table - self.mem.base) >> 3
        return [(i, pte) for i, pte in enumerate(self.mem.Q[at : at + ENTRIES].tolist()) if pte]

    def unmap(self, va: int) -> int | None:
        """Remove the page at `va`; its frame (the caller frees it), or None."""
        slot = self._slot(va, create=False)
        if slot is None:
            return None
        pte = self.mem.load(slot, 8, False)
        self.mem.store(slot, 8, 0)
        return pte_pa(pte) if pte else None

    def leaves(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """(virtual page, frame) of every resident page in [start, end), in order,
        skipping the subtrees that map nothing."""
        if start < end:
            yield from self._leaves(self.root, 2, 0, start, end)

    def _leaves(
        self, table: int, level: int, base: int, start: int, end: int
    ) -> Iterator[tuple[int, int]]:
        shift = PAGE_SHIFT + 9 * level
        first = max(0, (start - base) >> shift)
        last = min(ENTRIES - 1, (end - 1 - base) >> shift)
        at = (table - self.mem.base) >> 3
        for i, pte in enumerate(self.mem.Q[at + first : at + last + 1].tolist(), first):
            if not pte:
                continue
            va = base + (i << shift)
            if level == 0:
                yield va, pte_pa(pte)
            elif pte & Pte.V and not pte & LEAF_PERMS:
                yield from self._leaves(pte_pa(pte), level - 1, va, start, end)

    def prune(self, start: int, end: int) -> None:
        """Free the lower-level tables in [start, end) that no longer map anything."""
        if start < end:
            self._prune(self.root, 2, 0, start, end)

    def _prune(self, table: int, level: int, base: int, start: int, end: int) -> None:
        shift = PAGE_SHIFT + 9 * level
        first = max(0, (start - base) >> shift)
        last = min(ENTRIES - 1, (end - 1 - base) >> shift)
        for i in range(first, last + 1):
            slot = table + i * 8
            pte = self.mem.load(slot, 8, False)
            if not pte & Pte.V or pte & LEAF_PERMS:
                continue
            child = pte_pa(pte)
            if level > 1:
                self._prune(child, level - 1, base + (i << shift), start, end)
            if self.mem.read(child, PAGE_SIZE) == EMPTY_TABLE:
                self.mem.store(slot, 8, 0)
                self.frames.release(child)

    def destroy(self) -> None:
        """Free every table frame, the root included (the pages are already gone)."""
        for _, pte in self._entries(self.root):
            if pte & Pte.V and not pte & LEAF_PERMS:
                middle = pte_pa(pte)
                for _, pte1 in self._entries(middle):
                    if pte1 & Pte.V and not pte1 & LEAF_PERMS:
                        self.frames.release(pte_pa(pte1))
                self.frames.release(middle)
        self.frames.release(self.root)
