"""Kernel limits and layout constants, all in one place (as xv6's param.h)."""

from __future__ import annotations

USER_STACK_TOP = 0x3F_FFFF_F000  # just below the top of the Sv39 lower half
USER_STACK_SIZE = 8 << 20  # bytes of stack mapped below USER_STACK_TOP
MAX_ARG_BYTES = 128 << 10  # argv + envp strings
RUN_SLICE = 1 << 22  # instructions the hart runs before the kernel looks up again
