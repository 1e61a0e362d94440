"""Physical memory: RAM as an array of 4 KiB frames at a physical base address.

RAM is one anonymous mmap (the host gives us zero pages lazily, so a large guest
RAM costs nothing until touched). Typed memoryview casts of it let the engines
load and store a naturally aligned 1/2/4/8-byte value with a single index: the
"host offset" of a physical address is simply `pa - base`.

As on the qemu `virt` board, RAM starts at 0x8000_0000; physical addresses outside
[base, base + size) are not RAM, and touching them is an access fault.
"""

from __future__ import annotations

import mmap

from groundup.isa.priv import PAGE_SIZE

RAM_BASE = 0x8000_0000
DEFAULT_RAM_SIZE = 256 << 20


class PhysicalMemory:
    """RAM: `size` bytes of physical address space starting at `base`."""

    def __init__(self, size: int = DEFAULT_RAM_SIZE, base: int = RAM_BASE) -> None:
        if size <= 0 or size % PAGE_SIZE or base % PAGE_SIZE:
            raise ValueError("RAM size and base must be positive multiples of the page size")
        self.base = base
        self.size = size
        self.ram = mmap.mmap(-1, size)
        raw = memoryview(self.ram)
        # One view per access width and signedness; indexed by host offset >> log2(width).
        self.b = raw.cast("b")
        self.B = raw.cast("B")
        self.h = raw.cast("h")
        self.H = raw.cast("H")
        self.i = raw.cast("i")
        self.I = raw.cast("I")  # noqa: E741
        self.q = raw.cast("q")
        self.Q = raw.cast("Q")
        self.views = {
            (1, True): self.b,
            (1, False): self.B,
            (2, True): self.h,
            (2, False): self.H,
            (4, True): self.i,
            (4, False): self.I,
            (8, True): self.q,
            (8, False): self.Q,
        }

    @property
    def frames(self) -> int:
        return self.size // PAGE_SIZE

    def contains(self, pa: int, n: int = 1) -> bool:
        return self.base <= pa and pa + n <= self.base + self.size

    def offset(self, pa: int) -> int:
        """The host offset of physical address `pa` (the caller has checked `contains`)."""
        return pa - self.base

    def load(self, pa: int, size: int, signed: bool) -> int:
        off = pa - self.base
        if off % size == 0:
            return self.views[size, signed][off // size]
        return int.from_bytes(self.ram[off : off + size], "little", signed=signed)

    def store(self, pa: int, size: int, value: int) -> None:
        off = pa - self.base
        value &= (1 << (8 * size)) - 1
        if off % size == 0:
            self.views[size, False][off // size] = value
        else:
            self.ram[off : off + size] = value.to_bytes(size, "little")

    def read(self, pa: int, n: int) -> bytes:
        off = pa - self.base
        return self.ram[off : off + n]

    def write(self, pa: int, data: bytes) -> None:
        off = pa - self.base
        self.ram[off : off + len(data)] = data

    def zero(self, pa: int, n: int) -> None:
        off = pa - self.base
        self.ram[off : off + n] = bytes(n)
