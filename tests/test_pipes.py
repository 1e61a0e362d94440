"""Pipes on groundup, at their edges (`tests/threads/pipe_edges.c`), against qemu-riscv64.

Writes of PIPE_BUF bytes from two processes never interleave; a blocking write
larger than the pipe returns when all of it is read; a signal interrupting a
blocked write that moved bytes returns that count (one that moved none, or a
blocked read, returns EINTR); readv and writev; F_SETFL and O_NONBLOCK; poll and
select readiness (POLLIN, POLLOUT, POLLHUP, POLLERR) and a poll that waits for a
child. The program prints only what holds for every interleaving, so it must also
print the same on one hart or four, for other seeds. The corpus programs (pipe_basic,
pipeline, sa_restart ...) cover the rest: see test_processes.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_threads import OPT_ENGINES, VARIATIONS, assert_same, build, groundup, program, qemu

PIPES = program("pipe_edges")


@pytest.mark.parametrize(("opt", "engine"), OPT_ENGINES)
def test_pipe_edges(opt: str, engine: str, tmp_path: Path) -> None:
    elf = build(PIPES, opt)
    assert_same(qemu(PIPES, elf), groundup(elf, tmp_path, engine=engine))


@pytest.mark.parametrize("flags", VARIATIONS.values(), ids=VARIATIONS.keys())
def test_pipe_edges_on_other_harts_and_seeds(flags: tuple[str, ...], tmp_path: Path) -> None:
    elf = build(PIPES, "O2")
    assert_same(qemu(PIPES, elf), groundup(elf, tmp_path, flags=flags))
