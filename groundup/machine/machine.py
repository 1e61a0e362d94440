"""The machine: physical memory shared by one or more harts, each with an engine.

The machine also keeps the registry that makes self-modifying code work with
translated code: the physical pages that translations were made from. Stores to
those pages take the slow path (their store translations are withheld from every
TLB) and invalidate what was translated from them.
"""

from __future__ import annotations

from typing import Literal

from groundup.machine.hart import Engine, Hart
from groundup.machine.memory import DEFAULT_RAM_SIZE, PhysicalMemory

EngineName = Literal["ref", "fast"]
ENGINES: tuple[EngineName, ...] = ("ref", "fast")


def make_engine(name: EngineName) -> Engine:
    from groundup.machine.interp import Interpreter
    from groundup.machine.translate import Translator

    return Interpreter() if name == "ref" else Translator()


class Machine:
    def __init__(
        self,
        ram_size: int = DEFAULT_RAM_SIZE,
        harts: int = 1,
        engine: EngineName = "fast",
    ) -> None:
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
        self.mem = PhysicalMemory(ram_size)
        self.code_pages: set[int] = set()
        self.harts = [Hart(self, i) for i in range(harts)]
        for h in self.harts:
            h.engine = make_engine(engine)

    def add_code_page(self, ppn: int) -> None:
        """Physical page `ppn` now has translated code: route stores to it via the slow path."""
        if ppn not in self.code_pages:
            self.code_pages.add(ppn)
            for h in self.harts:
                h.forget_writable(ppn)

    def code_written(self, ppn: int) -> None:
        """A store hit a page with translated code: those translations are stale."""
        self.code_pages.discard(ppn)
        for h in self.harts:
            if h.engine is not None:
                h.engine.invalidate_page(ppn)

    def flush_code(self) -> None:
        """fence.i: every hart forgets all translated code."""
        self.code_pages.clear()
        for h in self.harts:
            if h.engine is not None:
                h.engine.flush()

    def write(self, pa: int, data: bytes) -> None:
        """Write guest physical memory from the host (a loader, a read() system call)."""
        first, last = pa >> 12, (pa + max(len(data), 1) - 1) >> 12
        for ppn in range(first, last + 1):
            if ppn in self.code_pages:
                self.code_written(ppn)
        self.mem.write(pa, data)
