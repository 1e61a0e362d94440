"""System calls about processes, identity, time and signals (xv6's sysproc.c)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process


def sys_exit(k: Kernel, p: Process, status: int, *_: int) -> int:
    p.exit(status & 0xFF)
    return 0


HANDLERS: dict[int, Handler] = {
    Sys.EXIT: sys_exit,
    Sys.EXIT_GROUP: sys_exit,
}
