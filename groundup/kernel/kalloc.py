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

    A frame can be mapped by several address spaces at once (fork shares every page,
    copy-on-write): `share` counts one more user, `release` one less, and the frame
    is free only when the last one lets go. Most frames have one user, so only the
    extra references are kept (`shared`: page number -> users beyond the first).
    """

    def __init__(self, mem: PhysicalMemory) -> None:
        self.mem = mem
        self.first = mem.base >> PAGE_SHIFT
        self.fresh = self.first + mem.frames  # frames [first, fresh) were never used
        self.free: list[int] = []  # released page numbers, reused last-in first-out
        self.shared: dict[int, int] = {}  # page number -> references beyond the first
        self.used = 0  # frames handed out and not free
        self.peak = 0  # the most that ever were (--stats)

    def alloc(self) -> int:
        """A zeroed frame's physical address."""
        if self.free:
            pa = self.free.pop() << PAGE_SHIFT
            self.mem.zero(pa, PAGE_SIZE)
        elif self.fresh == self.first:
            raise OutOfMemory("out of physical memory")
        else:
            self.fresh -= 1
            pa = self.fresh << PAGE_SHIFT
        self.used += 1
        self.peak = max(self.peak, self.used)
        return pa

    def share(self, pa: int) -> None:
        """One more address space maps the frame at `pa`."""
        ppn = pa >> PAGE_SHIFT
        self.shared[ppn] = self.shared.get(ppn, 0) + 1

    def refs(self, pa: int) -> int:
        """How many mappings the frame at `pa` has."""
        return 1 + self.shared.get(pa >> PAGE_SHIFT, 0)

    def release(self, pa: int) -> bool:
        """One user less; True if that was the last and the frame is free now."""
        ppn = pa >> PAGE_SHIFT
        extra = self.shared.get(ppn)
        if extra is not None:
            if extra == 1:
                del self.shared[ppn]
            else:
                self.shared[ppn] = extra - 1
            return False
        self.free.append(ppn)
        self.used -= 1
        return True

    def in_use(self) -> int:
        """Frames handed out and not yet free (the machine's resident memory, in frames)."""
        return self.used

    def available(self) -> int:
        """Frames that alloc() can still hand out."""
        return self.fresh - self.first + len(self.free)
