"""mremap(2): the AddressSpace's expand and move, sys_mremap's argument checks, the
strace line, and a static glibc program (tests/mremap/mremap.c) run on groundup's
kernel in this process and compared with qemu-riscv64.

qemu-user checks mremap's ranges itself before the host's mremap sees them and
says ENOMEM where Linux says EINVAL (a size of 0) and refuses old_size 0 (the
duplicate of a shared mapping); Linux's answers are in LINUX_NOT_QEMU. (The
program, built natively, gives groundup's answers on x86-64 Linux 6.18.)
"""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

import oracle
import pytest
from test_vm import tiny_elf

from groundup.isa.priv import PAGE_SIZE, Priv, Pte
from groundup.kernel import sysmem
from groundup.kernel.errno import Errno
from groundup.kernel.kalloc import FrameAllocator, OutOfMemory
from groundup.kernel.param import MMAP_BASE, USER_TOP
from groundup.kernel.proc import Kernel
from groundup.kernel.strace import format_call
from groundup.kernel.sysnum import Sys
from groundup.kernel.vm import PTE_COW, PageTable
from groundup.kernel.vma import AddressSpace, Backing, Prot
from groundup.machine.machine import EngineName, Machine
from groundup.machine.trap import Trap

HERE = Path(__file__).parent
P = PAGE_SIZE
RW = Prot.READ | Prot.WRITE
A = 0x2000_0000  # an address in the middle of nowhere
MAYMOVE, FIXED, DONTUNMAP = 1, 2, 4
GLIBC = ["-static", "-march=rv64gc", "-mabi=lp64d", "-Wall", "-Wextra", "-Werror"]


def space(ram: int = 8 << 20) -> AddressSpace:
    machine = Machine(ram_size=ram)
    return AddressSpace(PageTable(machine, FrameAllocator(machine.mem)))


def proc(mm: AddressSpace) -> SimpleNamespace:
    """A stand-in for the calling thread (its .proc has the address space)."""
    p = SimpleNamespace(mm=mm)
    p.proc = p
    return p


def mremap(t: SimpleNamespace, old: int, old_len: int, new_len: int, flags: int = 0,
           new: int = 0) -> int:  # fmt: skip
    return sysmem.sys_mremap(None, t, old, old_len, new_len, flags, new, 0)  # type: ignore[arg-type]


def layout(mm: AddressSpace) -> list[tuple[int, int, int]]:
    return [(v.start, v.end, int(v.prot)) for v in mm.vmas]


def pattern(n: int, seed: int = 1) -> bytes:
    return bytes((i * seed + i // P) & 0xFF for i in range(n))


def leaves(mm: AddressSpace) -> list[tuple[int, int]]:
    return list(mm.pagetable.leaves(0, USER_TOP))


# --- the address space ---------------------------------------------------------------------
def test_shrink_and_grow_in_place() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + 4 * P, RW)
    assert mm.copy_out(A, pattern(4 * P))
    free = mm.frames.available()
    assert mremap(t, A, 4 * P, 2 * P + 1, MAYMOVE) == A  # Linux shrinks in place, MAYMOVE or not
    assert layout(mm) == [(A, A + 3 * P, RW)] and mm.resident() == 3
    assert mm.frames.available() == free + 1
    assert mremap(t, A, 3 * P, 6 * P) == A
    assert layout(mm) == [(A, A + 6 * P, RW)]
    assert mm.copy_in(A, 3 * P) == pattern(4 * P)[: 3 * P]
    assert mm.copy_in(A + 3 * P, 3 * P) == bytes(3 * P)
    mm.map(A + 7 * P, A + 8 * P, Prot.READ)
    assert mremap(t, A, 6 * P, 8 * P) == -Errno.ENOMEM  # the page after is taken
    assert mremap(t, A, 6 * P, 7 * P) == A  # just fits: up to the next area
    assert layout(mm) == [(A, A + 7 * P, RW), (A + 7 * P, A + 8 * P, Prot.READ)]
    assert mremap(t, A, 7 * P, 7 * P) == A


def test_growing_merges_with_a_like_neighbour() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + P, RW)
    mm.map(A + 3 * P, A + 4 * P, RW)
    assert mremap(t, A, P, 3 * P) == A
    assert layout(mm) == [(A, A + 4 * P, RW)]


def test_move_carries_the_frames_not_copies() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + 4 * P, RW)
    mm.map(A + 4 * P, A + 5 * P, Prot.READ)  # no room to grow in place
    data = pattern(4 * P, 7)
    assert mm.copy_out(A, data[: 3 * P])  # page 3 never touched
    before = {va - A: pa for va, pa in leaves(mm)}
    used = mm.frames.in_use()
    new = mremap(t, A, 4 * P, 16 * P, MAYMOVE)
    assert new == MMAP_BASE - 16 * P  # where mmap would have put it (top-down)
    assert {va - new: pa for va, pa in leaves(mm) if va >= new} == before
    assert mm.frames.in_use() == used and mm.resident() == 3  # not one frame more
    assert mm.copy_in(new, 3 * P) == data[: 3 * P]
    assert mm.copy_in(new + 3 * P, 13 * P) == bytes(13 * P)
    assert mm.find(A) is None and mm.copy_in(A, 1) is None
    assert layout(mm) == [(A + 4 * P, A + 5 * P, Prot.READ), (new, new + 16 * P, RW)]
    used = mm.frames.in_use()  # 13 pages more, read as zeros
    assert mremap(t, new, 16 * P, 4 * P) == new  # shrinking frees the frames past the end
    assert mm.resident() == 4 and mm.frames.in_use() == used - 12


def test_move_keeps_protection_and_parked_pages() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + 2 * P, RW)
    assert mm.copy_out(A, b"\x11" * (2 * P))
    assert mm.protect(A, A + 2 * P, Prot.NONE)  # resident but parked
    new = mremap(t, A, 2 * P, 2 * P, MAYMOVE | FIXED, A + 8 * P)
    assert new == A + 8 * P and layout(mm) == [(new, new + 2 * P, Prot.NONE)]
    assert mm.resident() == 2 and not mm.copy_out(new, b"x")
    assert mm.protect(new, new + 2 * P, Prot.READ)
    assert mm.copy_in(new + P, 2) == b"\x11\x11"


def test_fixed_replaces_what_is_there() -> None:
    mm = space()
    t = proc(mm)
    free = mm.frames.available()
    mm.map(A, A + 2 * P, RW)
    mm.map(A + 8 * P, A + 12 * P, Prot.READ)
    assert mm.copy_out(A, b"s" * (2 * P))
    mm.copy_in(A + 8 * P, 4 * P)  # four resident pages at the destination
    assert mremap(t, A, 2 * P, 3 * P, MAYMOVE | FIXED, A + 8 * P) == A + 8 * P
    assert layout(mm) == [(A + 8 * P, A + 11 * P, RW), (A + 11 * P, A + 12 * P, Prot.READ)]
    assert mm.copy_in(A + 8 * P, 2 * P) == b"s" * (2 * P)
    assert mm.copy_in(A + 10 * P, P) == bytes(P)
    mm.unmap(0, USER_TOP)
    assert mm.resident() == 0 and mm.frames.available() == free  # nothing leaked


def test_move_of_a_file_mapping_keeps_its_offset() -> None:
    class Bytes(Backing):
        def read(self, offset: int, n: int) -> bytes:
            return bytes((offset + i) // P + 0x61 for i in range(n))

    mm = space()
    t = proc(mm)
    mm.map(A, A + 3 * P, RW, "file", Bytes("/tmp/f"), pgoff=P)  # file pages 1, 2, 3
    assert mm.copy_in(A, 1) == b"b"
    assert mm.copy_out(A + P, b"X")  # a private copy
    new = mremap(t, A, 3 * P, 5 * P, MAYMOVE | FIXED, A + 16 * P)
    assert new == A + 16 * P
    (v,) = mm.vmas
    assert (v.start, v.pgoff, v.backing.path if v.backing else None) == (new, P, "/tmp/f")
    got = [mm.copy_in(new + i * P, 2) for i in range(5)]
    assert got == [b"bb", b"Xc", b"dd", b"ee", b"ff"]  # the grown pages: the file's next
    assert "00001000" in v.line() and v.line().endswith("/tmp/f")
    part = mremap(t, new + 2 * P, P, P, MAYMOVE | FIXED, A)
    assert part == A and mm.find(A) is not None and mm.find(A).pgoff == 3 * P  # type: ignore[union-attr]
    assert mm.copy_in(A, 1) == b"d"


def test_bss_window_stops_short_when_moved() -> None:
    class Ones(Backing):
        def read(self, offset: int, n: int) -> bytes:
            return b"\1" * n

    mm = space()
    t = proc(mm)
    # a data segment: file bytes for the first 100 bytes, then its bss
    mm.map(A, A + 2 * P, RW, "file", Ones("prog"), window=(A, A + 100))
    assert mremap(t, A, 2 * P, 3 * P, MAYMOVE | FIXED, A + 8 * P) == A + 8 * P
    assert mm.copy_in(A + 8 * P + 98, 4) == b"\1\1\0\0"
    assert mm.copy_in(A + 10 * P, 4) == bytes(4)


def test_moving_a_heap_page_makes_it_anonymous() -> None:
    mm = space()
    t = proc(mm)
    mm.start_brk = mm.brk = A
    assert mm.set_brk(A + 2 * P) == A + 2 * P
    assert mremap(t, A + P, P, P, MAYMOVE | FIXED, A + 8 * P) == A + 8 * P
    assert [v.name for v in mm.vmas] == ["[heap]", ""]


def test_copy_on_write_pages_move_and_stay_shared_with_the_child() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + 2 * P, RW)
    mm.map(A + 2 * P, A + 3 * P, Prot.READ)
    assert mm.copy_out(A, b"p" * (2 * P))
    child = mm.fork()
    pa = mm.pagetable.lookup(A)[0]  # type: ignore[index]
    assert mm.frames.refs(pa) == 2
    new = mremap(t, A, 2 * P, 4 * P, MAYMOVE)
    frame, flags = mm.pagetable.lookup(new)  # type: ignore[misc]
    assert frame == pa and flags & PTE_COW and not flags & Pte.W and mm.frames.refs(pa) == 2
    assert mm.copy_out(new, b"P")  # the parent's own copy now
    assert mm.cow_copies == 1 and mm.frames.refs(pa) == 1
    assert child.copy_in(A, 2) == b"pp" and mm.copy_in(new, 2) == b"Pp"
    assert child.copy_out(A, b"c") and child.cow_copies == 0  # the last user: no copy
    assert child.copy_out(A + P, b"c") and child.cow_copies == 1
    assert mm.copy_in(new + P, 1) == b"p" and child.copy_in(A, 2) == b"cp"
    child.destroy()


def test_dontunmap_leaves_the_old_range_empty() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + 2 * P, RW)
    assert mm.copy_out(A, b"d" * (2 * P))
    new = mremap(t, A, 2 * P, 2 * P, MAYMOVE | DONTUNMAP, A + 8 * P)  # a free hint is taken
    assert new == A + 8 * P and mm.copy_in(new, 2 * P) == b"d" * (2 * P)
    assert layout(mm) == [(A, A + 2 * P, RW), (new, new + 2 * P, RW)]
    assert mm.copy_in(A, 2 * P) == bytes(2 * P) and mm.resident() == 4


def test_shared_anonymous_duplicate_shares_frames() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + 3 * P, RW, shared=True)
    assert mm.copy_out(A, b"s")
    dup = mremap(t, A, 0, 2 * P, MAYMOVE)
    assert dup == MMAP_BASE - 2 * P and mm.resident() == 4  # both pages, seen twice
    assert mm.copy_out(dup + P, b"u") and mm.copy_in(A + P, 1) == b"u"
    assert mm.frames.refs(mm.pagetable.lookup(A)[0]) == 2  # type: ignore[index]
    mm.unmap(A, A + 3 * P)
    assert mm.copy_in(dup, 1) == b"s" and mm.frames.refs(mm.pagetable.lookup(dup)[0]) == 1  # type: ignore[index]
    assert mremap(t, dup, 0, 4 * P, MAYMOVE) == -Errno.EINVAL  # past the area: not supported
    assert mremap(t, dup, 0, P) == -Errno.ENOMEM  # a duplicate must move


def test_running_out_of_frames_changes_nothing() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + 2 * P, RW)
    assert mm.copy_out(A, b"o" * (2 * P))
    before, frames = layout(mm), mm.frames

    def no_frames() -> int:
        raise OutOfMemory("out of physical memory")

    frames.alloc = no_frames  # type: ignore[method-assign]
    far = 0x30_0000_0000  # needs page tables of its own
    assert mremap(t, A, 2 * P, 2 * P, MAYMOVE | FIXED, far) == -Errno.ENOMEM
    assert layout(mm) == before and mm.copy_in(A, 2) == b"oo"


def test_the_old_translations_are_forgotten() -> None:
    k = Kernel()
    p = k.spawn("tiny", tiny_elf(), ["tiny"], [])
    hart, mm = p.leader.hart, p.mm
    assert hart is not None and hart.priv == Priv.U
    mm.map(A, A + 2 * P, RW)
    assert mm.copy_out(A, bytes(2 * P))
    hart.store(A + P, 8, 42)  # in the TLB now
    assert mremap(p.leader, A, 2 * P, 2 * P, MAYMOVE | FIXED, A + 8 * P) == A + 8 * P
    with pytest.raises(Trap):
        hart.load(A + P, 8, False)
    assert hart.load(A + 9 * P, 8, False) == 42


# --- the system call's arguments -------------------------------------------------------------
def test_argument_errors() -> None:
    mm = space()
    t = proc(mm)
    mm.map(A, A + 2 * P, RW)
    mm.map(A + 2 * P, A + 3 * P, Prot.READ)
    cases = [
        ((A + 1, P, P), Errno.EINVAL),
        ((A, P, P, 8), Errno.EINVAL),
        ((A, P, P, FIXED, A + 8 * P), Errno.EINVAL),
        ((A, P, 0, MAYMOVE), Errno.EINVAL),
        ((A, P, -1 & ((1 << 64) - 1), MAYMOVE), Errno.EINVAL),  # rounds up to 0
        ((A, 2 * P, 2 * P, MAYMOVE | FIXED, A + P), Errno.EINVAL),  # overlapping
        ((A, P, P, MAYMOVE | FIXED, A + 8 * P + 1), Errno.EINVAL),
        ((A, P, P, MAYMOVE | FIXED, USER_TOP), Errno.EINVAL),
        ((A, P, P, MAYMOVE | FIXED, 0x1000), Errno.EPERM),
        ((A, P, 2 * P, DONTUNMAP | MAYMOVE), Errno.EINVAL),
        ((A, P, P, DONTUNMAP), Errno.EINVAL),
        ((A - P, P, 2 * P, MAYMOVE), Errno.EFAULT),
        ((A, 3 * P, 4 * P, MAYMOVE), Errno.EFAULT),  # two areas
        ((A, 4 * P, 5 * P, MAYMOVE), Errno.EFAULT),  # past the end
        ((A, 2 * P, 3 * P), Errno.ENOMEM),  # no room, may not move
        ((A, 0, P, MAYMOVE), Errno.EINVAL),  # duplicating a private mapping
        ((A, P, 1 << 40, MAYMOVE), Errno.ENOMEM),  # more than all of RAM
        ((A, P, 1 << 62, MAYMOVE | FIXED, A + 8 * P), Errno.EINVAL),
    ]
    for args, errno in cases:
        assert mremap(t, *args) == -errno, args
    assert layout(mm) == [(A, A + 2 * P, RW), (A + 2 * P, A + 3 * P, Prot.READ)]
    assert mremap(t, A, 3 * P, P) == A  # shrinking may span areas
    assert layout(mm) == [(A, A + P, RW)]
    assert mremap(t, A, (1 << 64) - 1, P) == -Errno.EINVAL  # old_size rounds to 0: a duplicate


def test_strace_line() -> None:
    k = SimpleNamespace()
    t = SimpleNamespace(alive=True, proc=SimpleNamespace(alive=True))
    line = format_call(k, t, Sys.MREMAP, (A, P, 2 * P, 1, 0, 0), A)  # type: ignore[arg-type]
    assert line == f"mremap({A:#x}, 4096, 8192, MREMAP_MAYMOVE) = {A:#x}"
    fixed = (A, P, P, MAYMOVE | FIXED, A + P, 0)
    line = format_call(k, t, Sys.MREMAP, fixed, -Errno.EINVAL)  # type: ignore[arg-type]
    assert line == (
        f"mremap({A:#x}, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, {A + P:#x}) = -1 EINVAL "
        "(Invalid argument)"
    )


# --- a glibc program, on groundup and on qemu -------------------------------------------------
LINUX_NOT_QEMU = {
    "e_new_zero_maymove": "EINVAL",
    "e_new_zero": "EINVAL",
    "e_dup_private": "EINVAL",
    "dup": "ok",
    "dup_sees": "1",
    "dup_shares": "1",
    "dup_survives": "1",
}


def build() -> Path:
    oracle.require("gcc")
    return oracle.gcc_compile(HERE / "mremap" / "mremap.c", "O2", flags=GLIBC, libs=[])


def facts(text: bytes) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.decode().splitlines())


@pytest.mark.parametrize("engine", ["fast", "ref"])
def test_glibc_program_against_qemu(engine: EngineName) -> None:
    elf = build()
    out, err = io.BytesIO(), io.BytesIO()
    k = Kernel(engine=engine, stdout=out, stderr=err)
    result = k.run(k.spawn(str(elf), elf.read_bytes(), ["mremap"], []))
    assert (result.status, result.signal) == (0, None), err.getvalue().decode()
    assert err.getvalue() == b""  # no "not supported" from the kernel
    got = facts(out.getvalue())
    assert got["realloc_8m"] == got["realloc_64k"] == got["parent_kept"] == "1"
    assert got["maps_file_moved"] == "start,rw-p,4,tmpfile,off=1000"
    oracle.require("qemu")
    expected = oracle.qemu_run(elf)
    assert expected.status == 0, expected.stderr.decode()
    assert got == {**facts(expected.stdout), **LINUX_NOT_QEMU}
