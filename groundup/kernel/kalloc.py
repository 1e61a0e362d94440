"""Physical frame allocation: handing out 4 KiB frames of the machine's RAM."""

from __future__ import annotations

from groundup.isa.priv import PAGE_SHIFT, PAGE_SIZE
from groundup.machine.memory import PhysicalMemory


class OutOfMemory(Exception):
    pass


class FrameAllocator:
    """Frames from the top of RAM down, then the free list of released ones.

    Frames come back zeroed, so a new page table or a new .bss page starts empty.
    A frame never handed out is still zero (RAM is a fresh anonymous mmap), so only
    a released frame costs a clearing — and untouched RAM costs the host nothing.
    """

    def __init__(self, mem: PhysicalMemory) -> None:
        self.mem = mem
        self.first = mem.base >> PAGE_SHIFT
        self.fresh = self.first + mem.frames  # frames [first, fresh) were never used
        self.free: list[int] = []  # released page numbers, reused last-in first-out

    def alloc(self) -> int:
        """A zeroed frame's physical address."""
        if self.free:
            pa = self.free.pop() << PAGE_SHIFT
            self.mem.zero(pa, PAGE_SIZE)
            return pa
        if self.fresh == self.first:
            raise OutOfMemory("out of physical memory")
        self.fresh -= 1
        return self.fresh << PAGE_SHIFT

    def release(self, pa: int) -> None:
        self.free.append(pa >> PAGE_SHIFT)

    def available(self) -> int:
        """Frames that alloc() can still hand out."""
        return self.fresh - self.first + len(self.free)
