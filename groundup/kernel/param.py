"""Kernel limits and layout constants, all in one place (as xv6's param.h).

The user address space (Sv39 gives the lower half of a 39-bit space, 256 GiB, as
RISC-V Linux's TASK_SIZE with Sv39), from the top down — nothing is randomized,
so every run lays out the same:

    USER_TOP        0x40_0000_0000  end of user space
    USER_STACK_TOP  0x3f_ffff_f000  the stack grows down from here ...
                                    ... by up to STACK_LIMIT (RLIMIT_STACK)
    stack floor     USER_STACK_TOP - STACK_LIMIT
                                    STACK_GUARD_GAP: a fault here is a stack overflow
    MMAP_BASE       floor - gap     mmap places mappings top-down below this
                    ...
                    the heap (brk) grows up from the page after the highest segment
                    text, data, bss: the ELF segments at their addresses
    MMAP_MIN_ADDR   0x10000         nothing is ever mapped below (vm.mmap_min_addr)
"""

from __future__ import annotations

USER_TOP = 0x40_0000_0000  # Sv39: user addresses are [0, 2**38)
USER_STACK_TOP = 0x3F_FFFF_F000  # just below the top of the Sv39 lower half
STACK_LIMIT = 8 << 20  # RLIMIT_STACK's usual soft limit: the stack may grow to 8 MiB
STACK_EXPAND = 128 << 10  # exec maps the argument pages plus this (Linux's stack_expand)
STACK_GUARD_GAP = 256 << 12  # Linux's stack_guard_gap: 256 pages
MMAP_BASE = USER_STACK_TOP - STACK_LIMIT - STACK_GUARD_GAP  # top of the mmap area
MMAP_MIN_ADDR = 0x10000  # /proc/sys/vm/mmap_min_addr on Debian: the null page and more
MAX_MAP_COUNT = 65530  # /proc/sys/vm/max_map_count: VMAs per address space
MAX_PHNUM = 65536 // 56  # Linux refuses more program headers than fit in 64 KiB
MAX_ARG_BYTES = STACK_LIMIT // 4  # argv + envp strings and pointers (a quarter of the stack)
RUN_SLICE = 1 << 22  # instructions a hart runs alone before the kernel looks up again
SLICE = 1000  # instructions per slice when harts interleave (drawn from [SLICE/2, 3*SLICE/2])
QUANTUM = 1_000_000  # instructions a thread keeps its hart (1 ms of virtual time)
CPUS = 2  # harts, by default
MAX_PROCS = 64  # processes (thread groups) alive or zombie at once; fork says EAGAIN past it
MAX_THREADS = 1024  # threads in all; clone says EAGAIN past it
MAX_QUEUED_SIGNALS = 1024  # real-time signals queued per thread or process; sigqueue: EAGAIN
MAX_ARG_STRLEN = 32 * 4096  # one argv or envp string (Linux's MAX_ARG_STRLEN)
MAX_ARG_STRINGS = 0x7FFF_FFFF
