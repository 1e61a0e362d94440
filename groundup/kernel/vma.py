"""The process address space: virtual memory areas over a page table.

For now a thin wrapper over the PageTable; the kernel issue grows it into a list
of VMAs (text, data, heap, mmap area, stack) with pages allocated on first touch.
"""

from __future__ import annotations

from groundup.kernel.vm import PageTable
from groundup.machine.mmu import Access


class AddressSpace:
    def __init__(self, pagetable: PageTable) -> None:
        self.pagetable = pagetable

    def copy_in(self, va: int, n: int) -> bytes | None:
        """`n` bytes the process can read at `va`, or None (the caller says EFAULT)."""
        return self.pagetable.copy_in(va, n)

    def copy_out(self, va: int, data: bytes) -> bool:
        """Write `data` at user address `va`; False if the process could not have."""
        try:
            self.pagetable.copy_out(va, data)
        except ValueError:
            return False
        return True

    def fault(self, va: int, access: Access) -> bool:
        """Resolve a page fault at `va`; False means the access is invalid (SIGSEGV)."""
        return False

    def maps(self) -> str:
        """The text of /proc/<pid>/maps."""
        return ""
