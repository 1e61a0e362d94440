"""Processes on groundup: fork, exec, wait, pipes and signals, against qemu-riscv64.

The programs are those of tests/threads/*.c that fork or exec, or need no threads
(see test_threads.py for the header lines, the harness and the test ids): each is
built at -O0 and -O2 and must print and exit as under qemu-riscv64, on two harts and
on one.

The copy-on-write test reads `groundup run --stats`: `cow_measure` touches 16 MiB of
heap, keeps 50 children that have read all of it alive at once, then forks one that
writes N pages. Run with N = 0 and N = COW_WRITES, the COW copies must differ by
exactly COW_WRITES, every reader may copy only a few pages of its own (its stack, a
page of libc data), and the most physical frames ever in use must stay within a few
MiB (FRAMES_PER_READER each) of what the parent has resident - not 50 x 16 MiB. The
statistics used are "COW copies", "pages resident" (the program's own, at its exit)
and a line whose title holds "peak" (the most frames in use at once).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_threads import (
    OPT_ENGINES,
    OPTS,
    Program,
    assert_same,
    build,
    groundup,
    params,
    program,
    programs,
    qemu,
    read_stats,
    stat,
)

CORPUS = programs("corpus", of_processes=True)
ONE_HART = ("--cpus", "1", "--seed", "5")


@pytest.mark.parametrize(("opt", "engine"), OPT_ENGINES)
@pytest.mark.parametrize("p", params(CORPUS))
def test_program(p: Program, opt: str, engine: str, tmp_path: Path) -> None:
    elf = build(p, opt)
    assert_same(qemu(p, elf), groundup(elf, tmp_path, engine=engine))


@pytest.mark.parametrize("p", params(CORPUS))
def test_program_on_one_hart(p: Program, tmp_path: Path) -> None:
    elf = build(p, "O2")
    assert_same(qemu(p, elf), groundup(elf, tmp_path, flags=ONE_HART))


@pytest.mark.parametrize("p", params(CORPUS))
def test_program_is_sane(p: Program) -> None:
    """Under qemu each program prints something, and -O0 and -O2 agree (no UB)."""
    o0, o2 = (qemu(p, build(p, opt)) for opt in OPTS)
    assert o0.stdout, "program printed nothing"
    assert (o0.stdout, o0.stderr, o0.status) == (o2.stdout, o2.stderr, o2.status)


def test_corpus_covers_every_feature() -> None:
    needs = {n for p in CORPUS for n in p.needs}
    assert needs >= {"fork", "exec", "pipes", "signals"}
    assert len(CORPUS) >= 20


# --- Copy-on-write, counted -------------------------------------------------------------

COW = program("cow_measure")
READERS = 50
HEAP_PAGES = (16 << 20) // 4096
COW_WRITES = 100
READER_COPIES = 16  # pages a reader may copy: its stack, libc's data, ...
FRAMES_PER_READER = 40  # frames a reader may own: page tables and those copies (160 KiB)


def cow_run(elf: Path, work: Path, writes: int) -> dict[str, int]:
    """Run cow_measure with --stats, check it printed what qemu prints; the statistics."""
    expected = qemu(COW, elf, [str(writes)])
    assert expected.status == 0 and b"50 read the right data" in expected.stdout
    got = groundup(elf, work, [str(writes)], flags=("--cpus", "2", "--stats"))
    assert got.returncode == 0 and got.stdout == expected.stdout, got.stderr[-3000:]
    return read_stats(got.stderr)


def test_cow_copies_exactly_the_written_pages(tmp_path: Path) -> None:
    elf = build(COW, "O2")
    without, with_writes = (cow_run(elf, tmp_path, n) for n in (0, COW_WRITES))
    copies = stat(without, "cow copies")
    assert stat(with_writes, "cow copies") - copies == COW_WRITES
    assert copies <= (READERS + 1) * READER_COPIES, f"readers copied {copies} pages"


def test_cow_readers_share_the_parents_frames(tmp_path: Path) -> None:
    stats = cow_run(build(COW, "O2"), tmp_path, 0)
    parent = stat(stats, "pages resident")
    peak = stat(stats, "peak")
    assert parent >= HEAP_PAGES, stats
    assert peak - parent <= READERS * FRAMES_PER_READER, (
        f"peak {peak} frames, the parent {parent}: {(peak - parent) * 4 // 1024} MiB more"
    )
