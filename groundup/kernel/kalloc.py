"""Physical frame allocation: handing out 4 KiB frames of the machine's RAM."""

from __future__ import annotations

from groundup.isa.priv import PAGE_SHIFT, PAGE_SIZE
from groundup.machine.memory import PhysicalMemory


class OutOfMemory(Exception):
    pass


class FrameAllocator:
    """A free list of physical page numbers, filled from the top of RAM down.

    Frames come back zeroed, so a new page table or a new .bss page starts empty.
    """

    def __init__(self, mem: PhysicalMemory) -> None:
        self.mem = mem
        first = mem.base >> PAGE_SHIFT
        self.free = list(range(first, first + mem.frames))

    def alloc(self) -> int:
        """A zeroed frame's physical address."""
        if not self.free:
            raise OutOfMemory("out of physical memory")
        pa = self.free.pop() << PAGE_SHIFT
        self.mem.zero(pa, PAGE_SIZE)
        return pa

    def release(self, pa: int) -> None:
        self.free.append(pa >> PAGE_SHIFT)
