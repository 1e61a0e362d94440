"""System calls on the process address space: brk, mmap, munmap, mprotect, madvise."""

from __future__ import annotations

from groundup.kernel.sysnum import Handler

HANDLERS: dict[int, Handler] = {}
