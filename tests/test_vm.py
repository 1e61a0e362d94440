"""The process address space: VMAs, lazy faults, brk/mmap/munmap/mprotect/madvise,
SIGSEGV messages, /proc/<pid>/maps, and a loader that survives malformed ELF files.

Unit tests drive `AddressSpace` and the sysmem handlers directly; guest programs
(tests/vm/*.c, freestanding over ../programs/rt.h, or static glibc) run through
`python -m groundup run` and are compared with qemu-riscv64 where Linux and qemu
agree. Bad executables are built by hand, a few bytes each.
"""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import oracle
import pytest

from groundup.elf.reader import ElfError, read_elf
from groundup.isa.priv import PAGE_SIZE, Pte
from groundup.kernel import sysmem
from groundup.kernel.errno import Errno
from groundup.kernel.exec import ExecError
from groundup.kernel.kalloc import FrameAllocator
from groundup.kernel.param import (
    MMAP_BASE,
    STACK_GUARD_GAP,
    STACK_LIMIT,
    USER_STACK_TOP,
)
from groundup.kernel.proc import Kernel
from groundup.kernel.signal import Sig
from groundup.kernel.vm import PageTable
from groundup.kernel.vma import AddressSpace, Backing, Prot
from groundup.machine.machine import Machine

VM = Path(__file__).parent / "vm"
ENGINES = ["ref", "fast"]
P = PAGE_SIZE
RW = Prot.READ | Prot.WRITE
GLIBC = ["-static", "-march=rv64gc", "-mabi=lp64d"]
A = 0x2000_0000  # an address in the middle of nowhere for unit tests


# --- helpers ---------------------------------------------------------------------------
def space(ram: int = 8 << 20) -> AddressSpace:
    machine = Machine(ram_size=ram)
    return AddressSpace(PageTable(machine, FrameAllocator(machine.mem)))


def layout(mm: AddressSpace) -> list[tuple[int, int, int, str]]:
    return [(v.start, v.end, int(v.prot), v.kind) for v in mm.vmas]


def walked_resident(mm: AddressSpace) -> int:
    return sum(1 for _ in mm.pagetable.leaves(0, 1 << 38))


def groundup(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "groundup", *args], capture_output=True, timeout=600
    )


def build(name: str, extra: tuple[str, ...] = ()) -> Path:
    oracle.require("gcc")
    return oracle.gcc_compile(VM / f"{name}.c", "O2", list(extra))


def build_glibc(name: str) -> Path:
    oracle.require("gcc")
    return oracle.gcc_compile(VM / f"{name}.c", "O2", flags=GLIBC, libs=[])


# --- VMAs: split, merge, lazy faults, resident pages -------------------------------------
def test_map_is_lazy_and_faults_are_counted() -> None:
    mm = space()
    mm.map(A, A + 10 * P, RW)
    assert mm.resident() == 0 and mm.faults == 0
    assert mm.copy_out(A + P + 100, b"x" * (2 * P))  # touches pages 1, 2 and 3
    assert (mm.faults, mm.resident(), walked_resident(mm)) == (3, 3, 3)
    assert mm.copy_in(A + P + 100, 3) == b"xxx"
    assert mm.copy_in(A + 9 * P, 8) == bytes(8)  # a read fault brings in a zero page
    assert (mm.faults, mm.resident()) == (4, 4)


def test_munmap_in_the_middle_splits_and_frees() -> None:
    mm = space()
    free = mm.frames.available()
    mm.map(A, A + 10 * P, RW)
    assert mm.copy_out(A, bytes(range(256)) * (10 * P // 256))
    mm.unmap(A + 3 * P, A + 5 * P)
    assert layout(mm) == [(A, A + 3 * P, RW, "anon"), (A + 5 * P, A + 10 * P, RW, "anon")]
    assert (mm.resident(), walked_resident(mm)) == (8, 8)
    assert mm.copy_in(A + 3 * P, 1) is None
    assert mm.copy_in(A + 5 * P, 4) == bytes([0, 1, 2, 3])
    mm.unmap(A, A + 10 * P)
    assert mm.vmas == [] and mm.resident() == 0
    assert mm.frames.available() == free  # pages and the page tables under them


def test_mprotect_in_the_middle_splits_then_merges_back() -> None:
    mm = space()
    mm.map(A, A + 8 * P, RW)
    assert mm.copy_out(A, b"\1" * (8 * P))
    assert mm.protect(A + 2 * P, A + 4 * P, Prot.READ)
    assert layout(mm) == [
        (A, A + 2 * P, RW, "anon"),
        (A + 2 * P, A + 4 * P, Prot.READ, "anon"),
        (A + 4 * P, A + 8 * P, RW, "anon"),
    ]
    flags = mm.pagetable.lookup(A + 2 * P)[1]  # type: ignore[index]
    assert flags & Pte.R and not flags & Pte.W
    assert not mm.copy_out(A + 3 * P, b"y") and mm.copy_in(A + 3 * P, 1) == b"\1"
    assert mm.protect(A + 2 * P, A + 4 * P, RW)
    assert layout(mm) == [(A, A + 8 * P, RW, "anon")]
    assert not mm.protect(A + 6 * P, A + 9 * P, Prot.READ)  # runs past the end: ENOMEM
    assert layout(mm) == [(A, A + 8 * P, RW, "anon")]


def test_prot_none_keeps_the_frame_but_not_the_access() -> None:
    mm = space()
    mm.map(A, A + P, RW)
    assert mm.copy_out(A, b"kept")
    assert mm.protect(A, A + P, Prot.NONE)
    assert mm.copy_in(A, 4) is None and mm.resident() == 1
    assert mm.explain(A, "r") == "the page is not readable"
    assert mm.protect(A, A + P, Prot.READ)
    assert mm.copy_in(A, 4) == b"kept"


def test_permissions_of_kernel_copies() -> None:
    mm = space()
    mm.map(A, A + P, Prot.WRITE)  # write-only: a PTE cannot say so, reads work too
    mm.map(A + P, A + 2 * P, Prot.READ)
    mm.map(A + 2 * P, A + 3 * P, Prot.EXEC)
    assert mm.copy_out(A, b"w") and mm.copy_in(A, 1) == b"w"
    assert not mm.copy_out(A + P, b"r") and mm.copy_in(A + P, 1) == b"\0"
    assert mm.copy_in(A + 2 * P, 1) is None and not mm.copy_out(A + 2 * P, b"x")
    assert not mm.copy_out(A + P - 1, b"ab")  # the second page is read-only ...
    assert mm.copy_in(A, 1) == b"w"  # ... and nothing was written
    assert mm.copy_in(A + 3 * P, 1) is None and mm.copy_in(1 << 40, 1) is None
    assert mm.copy_out(A + 3 * P, b"") and mm.copy_in(A + 3 * P, 0) == b""


def test_madvise_dontneed_zeroes_anonymous_and_rereads_file_pages() -> None:
    class Bytes(Backing):
        def read(self, offset: int, n: int) -> bytes:
            return bytes((offset + i) & 0xFF for i in range(n))

    mm = space()
    mm.map(A, A + 2 * P, RW)
    mm.map(A + 2 * P, A + 4 * P, RW, "file", Bytes("f"), pgoff=2 * P)
    assert mm.copy_in(A + 2 * P + 5, 2) == bytes([5, 6])
    assert mm.copy_out(A, b"anon") and mm.copy_out(A + 2 * P, b"file")
    assert mm.discard(A, A + 4 * P)
    assert mm.resident() == 0
    assert mm.copy_in(A, 4) == bytes(4)
    assert mm.copy_in(A + 2 * P, 4) == bytes([0, 1, 2, 3])
    assert not mm.discard(A + 3 * P, A + 6 * P)  # partly unmapped: ENOMEM, still done


def test_brk_grows_shrinks_and_refuses() -> None:
    mm = space()
    mm.start_brk = mm.brk = 0x80000
    assert mm.set_brk(0) == 0x80000
    assert mm.set_brk(0x80000 + 10) == 0x8000A
    assert layout(mm) == [(0x80000, 0x81000, RW, "heap")]
    assert mm.set_brk(0x90001) == 0x90001
    assert layout(mm) == [(0x80000, 0x91000, RW, "heap")]
    assert mm.copy_out(0x90000, b"top") and mm.resident() == 1
    assert mm.set_brk(0x84000) == 0x84000
    assert layout(mm) == [(0x80000, 0x84000, RW, "heap")] and mm.resident() == 0
    assert mm.set_brk(0x7F000) == 0x84000  # below the start
    mm.map(0x100000, 0x101000, Prot.READ)  # something in the way
    assert mm.set_brk(0x100000) == 0x84000  # would run into it (no page to spare)
    assert mm.set_brk(0xFF000) == 0xFF000
    assert mm.set_brk(1 << 50) == 0xFF000
    assert mm.set_brk(0x80000) == 0x80000 and layout(mm) == [(0x100000, 0x101000, 1, "anon")]


def test_find_gap_goes_top_down_and_honours_free_hints() -> None:
    mm = space()
    first = mm.find_gap(3 * P)
    assert first == MMAP_BASE - 3 * P
    mm.map(first, first + 3 * P, RW)
    second = mm.find_gap(P)
    assert second == first - P
    assert mm.find_gap(P, hint=A) == A
    assert mm.find_gap(2 * P, hint=first + P) == second - P  # busy: top-down instead
    assert mm.find_gap(P, hint=0x1000) == second  # below mmap_min_addr


def test_stack_grows_on_faults_down_to_its_limit() -> None:
    mm = space()
    mm.map(USER_STACK_TOP - 4 * P, USER_STACK_TOP, RW, "stack")
    deep = USER_STACK_TOP - STACK_LIMIT
    assert mm.fault(deep + 8, "w")
    assert mm.vmas[-1].start == deep and mm.resident() == 1
    assert not mm.fault(deep - 8, "w")
    assert "guard gap" in mm.explain(deep - 8, "w")
    assert "guard gap" in mm.explain(deep - STACK_GUARD_GAP, "r")
    assert mm.explain(deep - STACK_GUARD_GAP - 8, "r") == "nothing is mapped there"


def test_stack_does_not_grow_next_to_another_mapping() -> None:
    mm = space()
    mm.map(USER_STACK_TOP - P, USER_STACK_TOP, RW, "stack")
    other = USER_STACK_TOP - 4 * P - STACK_GUARD_GAP
    mm.map(other - P, other, RW)  # MAP_FIXED into the stack's way
    assert mm.fault(USER_STACK_TOP - 4 * P, "w")  # still a guard gap's distance from it
    assert not mm.fault(USER_STACK_TOP - 5 * P, "w")
    assert mm.explain(USER_STACK_TOP - 5 * P, "w").startswith("stack overflow")


def test_maps_text_is_linux_format() -> None:
    mm = space()
    exe = Backing("/bin/prog")
    mm.map(0x10000, 0x12000, Prot.READ | Prot.EXEC, "file", exe, 0)
    mm.map(0x12000, 0x13000, RW, "file", exe, 0x1000)
    mm.map(0x13000, 0x15000, RW)
    mm.start_brk = mm.brk = 0x15000
    mm.set_brk(0x16000)
    mm.map(0x3FFFF00000, 0x3FFFF01000, Prot.READ, shared=True)
    mm.map(USER_STACK_TOP - 0x21000, USER_STACK_TOP, RW, "stack")
    # The header is padded to 72 columns, then a space: names start in column 74.
    assert mm.maps().splitlines() == [
        "00010000-00012000 r-xp 00000000 00:00 0" + " " * 34 + "/bin/prog",
        "00012000-00013000 rw-p 00001000 00:00 0" + " " * 34 + "/bin/prog",
        "00013000-00015000 rw-p 00000000 00:00 0 ",
        "00015000-00016000 rw-p 00000000 00:00 0" + " " * 34 + "[heap]",
        "3ffff00000-3ffff01000 r--s 00000000 00:00 0 ",
        "3ffffde000-3ffffff000 rw-p 00000000 00:00 0" + " " * 30 + "[stack]",
    ]


def test_maps_names_file_device_and_inode() -> None:
    mm = space()
    mm.map(A, A + P, Prot.READ, "file", Backing("/data/a\nb", dev=(8 << 8) | 1, ino=4242), 0x3000)
    line = mm.maps()
    assert line.startswith("20000000-20001000 r--p 00003000 08:01 4242 ")
    assert line.endswith(" /data/a\\012b\n") and line.index("/data") == 73


def test_freed_frames_with_translated_code_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    mm = space()
    mm.map(A, A + 2 * P, Prot.READ | Prot.EXEC)
    assert mm.fault(A, "x") and mm.fault(A + P, "x")
    code_frame = mm.pagetable.lookup(A)[0] >> 12  # type: ignore[index]
    mm.machine.add_code_page(code_frame)
    written: list[int] = []
    monkeypatch.setattr(mm.machine, "code_written", written.append)
    mm.unmap(A, A + 2 * P)
    assert written == [code_frame]


def test_munmap_and_mprotect_flush_the_tlb() -> None:
    k = Kernel()
    p = k.spawn("tiny", tiny_elf(), ["tiny"], [])
    hart, mm = p.leader.hart, p.mm
    from groundup.isa.priv import Priv
    from groundup.machine.trap import Trap

    mm.map(A, A + 2 * P, RW)
    assert mm.copy_out(A, bytes(2 * P))  # resident (the hart's own faults go to usertrap)
    assert hart.priv == Priv.U
    hart.store(A, 8, 1)
    hart.store(A + P, 8, 2)  # both pages are in the TLB now
    assert mm.protect(A, A + P, Prot.READ)
    with pytest.raises(Trap):
        hart.store(A, 8, 3)
    mm.unmap(A + P, A + 2 * P)
    with pytest.raises(Trap):
        hart.load(A + P, 8, False)
    assert hart.load(A, 8, False) == 1


def test_destroy_gives_every_frame_back() -> None:
    k = Kernel(ram_size=16 << 20)
    free = k.frames.available()
    p = k.spawn("tiny", tiny_elf(), ["tiny"], [])
    p.mm.map(A, A + 20 * P, RW)
    assert p.mm.copy_out(A, bytes(20 * P))
    assert k.frames.available() < free
    p.mm.destroy()
    assert k.frames.available() == free


# --- the system calls, argument by argument ----------------------------------------------
def proc(mm: AddressSpace, files: dict[int, object] | None = None) -> SimpleNamespace:
    """A stand-in for the calling thread (whose .proc has the address space and files)."""
    p = SimpleNamespace(mm=mm, files=SimpleNamespace(get=(files or {}).get))
    p.proc = p
    return p


MAP_ANON = sysmem.Map.PRIVATE | sysmem.Map.ANONYMOUS


def mmap(
    p: SimpleNamespace, addr: int, n: int, prot: int, flags: int, fd: int = -1, off: int = 0
) -> int:
    return sysmem.sys_mmap(None, p, addr, n, prot, flags, fd, off)  # type: ignore[arg-type]


def test_mmap_fixed_replaces_and_noreplace_refuses() -> None:
    mm = space()
    p = proc(mm)
    a = mmap(p, 0, 8 * P, RW, MAP_ANON)
    assert a == MMAP_BASE - 8 * P
    assert mm.copy_out(a, b"\xff" * (8 * P))
    fixed = sysmem.Map.FIXED
    assert mmap(p, a + 2 * P, 2 * P, Prot.READ, MAP_ANON | fixed) == a + 2 * P
    assert [(v.start - a, v.end - a, int(v.prot)) for v in mm.vmas] == [
        (0, 2 * P, RW), (2 * P, 4 * P, Prot.READ), (4 * P, 8 * P, RW)
    ]  # fmt: skip
    assert mm.copy_in(a + 2 * P, 2) == b"\0\0" and mm.copy_in(a + P, 1) == b"\xff"
    noreplace = sysmem.Map.FIXED_NOREPLACE
    assert mmap(p, a + 7 * P, 2 * P, RW, MAP_ANON | noreplace) == -Errno.EEXIST
    assert mmap(p, a - P, P, RW, MAP_ANON | noreplace) == a - P
    assert mmap(p, 0x1000, P, RW, MAP_ANON | fixed) == -Errno.EPERM
    assert mmap(p, a + 1, P, RW, MAP_ANON | fixed) == -Errno.EINVAL
    assert mmap(p, (1 << 38) - P, 2 * P, RW, MAP_ANON | fixed) == -Errno.ENOMEM


def test_mmap_argument_errors() -> None:
    mm = space(ram=4 << 20)
    p = proc(mm)
    assert mmap(p, 0, 0, RW, MAP_ANON) == -Errno.EINVAL
    assert mmap(p, 0, P, RW, sysmem.Map.ANONYMOUS) == -Errno.EINVAL  # neither private nor shared
    assert mmap(p, 0, P, RW, MAP_ANON, off=12) == -Errno.EINVAL
    assert mmap(p, 0, P, RW, MAP_ANON, off=-P) == -Errno.EOVERFLOW
    assert mmap(p, 0, -1, RW, MAP_ANON) == -Errno.ENOMEM
    assert mmap(p, 0, 8 << 20, RW, MAP_ANON) == -Errno.ENOMEM  # more than all of RAM
    assert mmap(p, 0, 8 << 20, Prot.READ, MAP_ANON) > 0  # ... unless it cannot be written
    assert mmap(p, 0, P, RW, sysmem.Map.PRIVATE, fd=5) == -Errno.EBADF
    assert mmap(p, 0, P, RW, sysmem.Map.SHARED_VALIDATE | 0x400000 | 0x20) == -Errno.EOPNOTSUPP
    assert mmap(p, 0, 1 << 39, Prot.READ, MAP_ANON) == -Errno.ENOMEM  # no room


def test_munmap_mprotect_madvise_argument_errors() -> None:
    mm = space()
    p = proc(mm)
    a = mmap(p, 0, 4 * P, RW, MAP_ANON)

    def call(f: object, *args: int) -> int:
        return f(None, p, *args, *[0] * (6 - len(args)))  # type: ignore[operator]

    assert call(sysmem.sys_munmap, a + 1, P) == -Errno.EINVAL
    assert call(sysmem.sys_munmap, a, 0) == -Errno.EINVAL
    assert call(sysmem.sys_munmap, 0x1234000, P) == 0
    assert call(sysmem.sys_munmap, -P, P) == -Errno.EINVAL
    assert call(sysmem.sys_mprotect, a + 8, P, 1) == -Errno.EINVAL
    assert call(sysmem.sys_mprotect, a, 0, 1) == 0
    assert call(sysmem.sys_mprotect, a, P, 0x40) == -Errno.EINVAL
    assert call(sysmem.sys_mprotect, a, P, 0x03000000) == -Errno.EINVAL
    assert call(sysmem.sys_mprotect, a, 5 * P, 1) == -Errno.ENOMEM
    assert call(sysmem.sys_mprotect, a, -P, 1) == -Errno.ENOMEM
    assert call(sysmem.sys_mprotect, a, 1, 1) == 0 and mm.vmas[0].end == a + P
    assert call(sysmem.sys_madvise, a, P, 999) == -Errno.EINVAL
    assert call(sysmem.sys_madvise, a + 8, P, 4) == -Errno.EINVAL
    assert call(sysmem.sys_madvise, a, 0, 4) == 0
    assert call(sysmem.sys_madvise, a, 8 * P, 4) == -Errno.ENOMEM
    assert call(sysmem.sys_madvise, a, 4 * P, 3) == 0


def test_brk_system_call_never_fails_with_an_errno() -> None:
    mm = space()
    mm.start_brk = mm.brk = 0x80000
    p = proc(mm)
    assert sysmem.sys_brk(None, p, 0, 0, 0, 0, 0, 0) == 0x80000  # type: ignore[arg-type]
    assert sysmem.sys_brk(None, p, -4096, 0, 0, 0, 0, 0) == 0x80000  # type: ignore[arg-type]
    assert sysmem.sys_brk(None, p, 0x81234, 0, 0, 0, 0, 0) == 0x81234  # type: ignore[arg-type]


class FakeFile:
    """What mmap needs of an open file (the files engineer's File has these)."""

    def __init__(self, data: bytes, path: str, flags: int = 0, mode: int = 0o100644) -> None:
        self.data, self.path, self.flags, self.refs = data, path, flags, 1
        self.mode = mode
        self.released = False

    readable = property(lambda self: self.flags & 3 in (0, 2))
    writable = property(lambda self: self.flags & 3 in (1, 2))

    def pread(self, offset: int, n: int) -> bytes | int:
        return self.data[offset : offset + n]

    def stat(self) -> SimpleNamespace:
        return SimpleNamespace(mode=self.mode, dev=(254 << 8), ino=77)

    def release(self) -> None:
        self.released = True


def test_mmap_of_a_file_is_private_and_lazy() -> None:
    mm = space()
    data = bytes(range(256)) * 40  # 10240 bytes: two pages and a half
    f = FakeFile(data, "/tmp/data")
    p = proc(mm, {3: f})
    a = mmap(p, 0, 3 * P, RW, sysmem.Map.PRIVATE, fd=3)
    assert a > 0 and mm.resident() == 0
    assert mm.copy_in(a + P, 4) == data[P : P + 4]
    assert mm.copy_in(a + 2 * P + 2040, 16) == data[2 * P + 2040 :] + bytes(8)  # past EOF: 0
    assert mm.copy_out(a, b"private")
    assert f.data == data  # the file does not change
    assert mm.maps() == f"{a:08x}-{a + 3 * P:08x} rw-p 00000000 fe:00 77 {' ' * 27} /tmp/data\n"
    b = mmap(p, 0, P, Prot.READ, sysmem.Map.PRIVATE, fd=3, off=2 * P)
    assert mm.copy_in(b, 2) == data[2 * P : 2 * P + 2]
    assert f.refs == 3  # each mapping holds the file open, as a descriptor would
    sysmem.sys_munmap(None, p, a + P, P, 0, 0, 0, 0)  # type: ignore[arg-type]
    assert f.refs == 3  # two pieces of one mapping still
    sysmem.sys_munmap(None, p, a, 3 * P, 0, 0, 0, 0)  # type: ignore[arg-type]
    assert f.refs == 2
    sysmem.sys_munmap(None, p, b, P, 0, 0, 0, 0)  # type: ignore[arg-type]
    assert f.refs == 1 and not f.released


def test_mmap_of_a_file_checks_access() -> None:
    mm = space()
    files = {
        3: FakeFile(b"x", "/w", flags=1),  # O_WRONLY
        4: FakeFile(b"x", "/pipe", mode=0o010600),
        5: FakeFile(b"x", "/r"),  # O_RDONLY
        6: FakeFile(b"x", "/rw", flags=2),
    }
    p = proc(mm, files)  # type: ignore[arg-type]
    private, shared = sysmem.Map.PRIVATE, sysmem.Map.SHARED
    assert mmap(p, 0, P, Prot.READ, private, fd=3) == -Errno.EACCES
    assert mmap(p, 0, P, Prot.READ, private, fd=4) == -Errno.ENODEV
    assert mmap(p, 0, P, RW, shared, fd=5) == -Errno.EACCES
    assert mmap(p, 0, P, RW, shared, fd=6) == -Errno.EINVAL  # not supported yet
    a = mmap(p, 0, P, Prot.READ, shared, fd=6)  # read-only shared: served as private
    assert a > 0 and mm.copy_in(a, 1) == b"x" and " r--s " in mm.maps()
    assert sysmem.sys_mprotect(None, p, a, P, RW, 0, 0, 0) == -Errno.EACCES  # type: ignore[arg-type]


# --- exec: lazy segments, the stack, and malformed executables ---------------------------
def elf_file(
    segments: list[tuple[int, int, int, int, int, int]],
    code: bytes = b"",
    entry: int = 0x10000,
    extra_phdrs: int = 0,
) -> bytes:
    """An ELF64 RISC-V executable: segments are (type, flags, offset, vaddr, filesz, memsz);
    `code` is appended at offset 0x1000."""
    phnum = len(segments) + extra_phdrs
    ident = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header = ident + struct.pack(
        "<HHIQQQIHHHHHH", 2, 243, 1, entry, 64, 0, 0, 64, 56, phnum, 64, 0, 0
    )
    phdrs = b"".join(
        struct.pack("<IIQQQQQQ", t, f, o, v, v, fs, ms, 0x1000) for t, f, o, v, fs, ms in segments
    )
    phdrs += struct.pack("<IIQQQQQQ", 0, 0, 0, 0, 0, 0, 0, 0) * extra_phdrs
    body = header + phdrs
    return body + bytes(max(0, 0x1000 - len(body))) + code


# addi a0, zero, 42; addi a7, zero, 93; ecall  (exit(42))
EXIT42 = struct.pack("<III", 0x02A00513, 0x05D00893, 0x00000073)
LOAD, RX, RW_, R = 1, 5, 6, 4


def tiny_elf() -> bytes:
    return elf_file([(LOAD, RX, 0x1000, 0x10000, len(EXIT42), len(EXIT42))], EXIT42)


def run_elf(data: bytes, ram: int = 8 << 20) -> tuple[object, str]:
    """Run a hand-made executable in this process; (its Exit, what the kernel said)."""
    err = io.BytesIO()
    k = Kernel(stdout=io.BytesIO(), stderr=err, ram_size=ram)
    p = k.spawn("bad", data, ["bad"], [])
    return k.run(p), err.getvalue().decode()


def test_exec_maps_lazily() -> None:
    k = Kernel()
    p = k.spawn("tiny", tiny_elf(), ["tiny", "arg"], ["A=1"])
    stack = p.mm.vmas[-1]
    assert [v.kind for v in p.mm.vmas] == ["file", "stack"]
    assert p.mm.resident() == 1  # only the page holding argv, envp and auxv
    assert stack.end == USER_STACK_TOP and stack.end - stack.start == 0x21000
    assert p.mm.start_brk == p.mm.brk == 0x11000
    assert k.run(p).status == 42
    assert p.mm.faults == 1  # the code page, on its first fetch


def test_file_pages_come_from_the_file_and_bss_is_zero() -> None:
    # A data segment with 8 file bytes and 12 KiB of .bss, at an offset into its page:
    # the page's bytes before p_vaddr come from the file (as mmap maps whole pages);
    # those past p_filesz are zero although the file goes on.
    junk = bytes(range(1, 256)) * 40
    image = elf_file(
        [(LOAD, RX, 0x1000, 0x10000, 12, 12), (LOAD, RW_, 0x1100, 0x20100, 8, 0x3000)],
        EXIT42 + junk,
    )
    k = Kernel()
    p = k.spawn("data", image, ["data"], [])
    assert [(v.start, v.end, v.kind) for v in p.mm.vmas[:3]] == [
        (0x10000, 0x11000, "file"), (0x20000, 0x21000, "file"), (0x21000, 0x24000, "anon")
    ]  # fmt: skip
    assert p.mm.resident() == 1  # the stack's first page only
    assert p.mm.copy_in(0x20000, 0x108) == image[0x1000:0x1108]
    assert p.mm.copy_in(0x20108, 0x3EF8) == bytes(0x3EF8)  # up to the end of the .bss
    assert p.mm.start_brk == 0x24000


def test_segments_sharing_a_page() -> None:
    # ld -N style: text and data in one page; the page gets both segments' bytes
    # and both permissions; .bss zero past p_filesz, in the page and beyond.
    # lui a0, 0x10; ld a0, 0x7f8(a0); li a7, 93; ecall: exit with the data word
    code = struct.pack("<IIII", 0x00010537, 0x7F853503, 0x05D00893, 0x00000073)
    data = struct.pack("<Q", 7)
    image = elf_file(
        [
            (LOAD, RX, 0x1000, 0x10000, len(code), len(code)),
            (LOAD, RW_, 0x17F8, 0x107F8, 8, 0x2000),
        ],
        code + bytes(0x7F8 - len(code)) + data,
    )
    k = Kernel()
    p = k.spawn("shared", image, ["shared"], [])
    assert [(v.start, v.end, int(v.prot)) for v in p.mm.vmas[:2]] == [
        (0x10000, 0x11000, 7), (0x11000, 0x13000, RW)
    ]  # fmt: skip
    assert p.mm.copy_in(0x107F8, 16) == data + bytes(8)
    assert k.run(p).status == 7


def test_unaligned_segment_places_its_bytes_exactly() -> None:
    # p_vaddr and p_offset disagree modulo the page size: the bytes still land at p_vaddr
    image = elf_file(
        [(LOAD, RX, 0x1000, 0x10000, 12, 12), (LOAD, RW_, 0x1004, 0x20010, 4, 8)], EXIT42
    )
    k = Kernel()
    p = k.spawn("unaligned", image, ["unaligned"], [])
    assert p.mm.copy_in(0x20008, 16) == bytes(8) + EXIT42[4:8] + bytes(4)
    assert k.run(p).status == 42


@pytest.mark.parametrize(
    "name,segments,entry,error,fragment",
    [
        ("overlapping", [(LOAD, RX, 0x1000, 0x10000, 12, 0x2000), (LOAD, RW_, 0, 0x11000, 0, 8)],
         0x10000, ExecError, "overlaps"),
        ("descending", [(LOAD, RX, 0x1000, 0x20000, 12, 12), (LOAD, RW_, 0, 0x10000, 0, 8)],
         0x20000, ExecError, "ascending"),
        ("huge", [(LOAD, RW_, 0x1000, 0x10000, 12, 1 << 37)], 0x10000, ExecError, "larger"),
        ("at-zero", [(LOAD, RX, 0x1000, 0, 12, 12)], 0, ExecError, "outside user memory"),
        ("kernel-half", [(LOAD, RX, 0x1000, 0xFFFF_FFFF_FFFF_0000, 12, 12)],
         0xFFFF_FFFF_FFFF_0000, ExecError, "outside user memory"),
        ("wraps", [(LOAD, RX, 0x1000, 0x10000, 12, (1 << 64) - 0x1000)], 0x10000, ExecError,
         "outside user memory"),
        ("in-the-stack", [(LOAD, RX, 0x1000, USER_STACK_TOP - P, 12, 12)],
         USER_STACK_TOP - P, ExecError, "outside user memory"),
        ("filesz-past-eof", [(LOAD, RX, 0x1000, 0x10000, 0x100000, 0x100000)], 0x10000,
         ElfError, "truncated"),
        ("offset-past-eof", [(LOAD, RX, 1 << 62, 0x10000, 12, 12)], 0x10000, ElfError,
         "truncated"),
        ("filesz-over-memsz", [(LOAD, RX, 0x1000, 0x10000, 12, 4)], 0x10000, ElfError,
         "p_filesz > p_memsz"),
        ("zero-size-only", [(LOAD, RX, 0x1000, 0x10000, 0, 0)], 0x10000, ElfError,
         "no loadable segments"),
        ("odd-entry", [(LOAD, RX, 0x1000, 0x10000, 12, 12)], 0x10001, ExecError, "entry point"),
    ],
)  # fmt: skip
def test_malformed_executables_are_refused(
    name: str, segments: list[tuple[int, ...]], entry: int, error: type, fragment: str
) -> None:
    image = elf_file(segments, EXIT42, entry)  # type: ignore[arg-type]
    k = Kernel()
    free = k.frames.available()
    with pytest.raises(error) as info:
        k.spawn(name, image, [name], [])
    assert fragment in str(info.value)
    assert k.frames.available() == free  # nothing left behind


def test_too_many_program_headers() -> None:
    image = elf_file([(LOAD, RX, 0x1000, 0x10000, 12, 12)], EXIT42, extra_phdrs=2000)
    with pytest.raises(ExecError, match="too many program headers"):
        Kernel().spawn("many", image, ["many"], [])


@pytest.mark.parametrize(
    "name,segments,entry,words",
    [
        ("entry-unmapped", [(LOAD, RX, 0x1000, 0x10000, 12, 12)], 0x50000,
         "instruction fetch from address 0x50000 (instruction fetch page fault: nothing is"),
        ("entry-not-code", [(LOAD, RW_, 0x1000, 0x10000, 12, 12)], 0x10000,
         "(instruction fetch page fault: the page is not executable) at pc 0x10000"),
        ("entry-in-kernel-half", [(LOAD, RX, 0x1000, 0x10000, 12, 12)], 0xFFFF_FFC0_0000_0000,
         "not a user-space address"),
        ("entry-zero", [(LOAD, RX, 0x1000, 0x10000, 12, 12)], 0, "probably a null pointer"),
        ("no-permissions", [(LOAD, 0, 0x1000, 0x10000, 12, 12)], 0x10000, "not executable"),
    ],
)  # fmt: skip
def test_bad_entry_points_die_of_sigsegv_at_the_entry(
    name: str, segments: list[tuple[int, ...]], entry: int, words: str
) -> None:
    result, said = run_elf(elf_file(segments, EXIT42, entry))  # type: ignore[arg-type]
    assert result.signal == Sig.SIGSEGV, said  # type: ignore[attr-defined]
    assert words in said, said


def test_zero_size_and_non_load_segments_are_skipped() -> None:
    image = elf_file(
        [
            (LOAD, RW_, 0x1000, 0x30000, 0, 0),
            (LOAD, RX, 0x1000, 0x10000, 12, 12),
            (4, 4, 0, 0, 0, 0),
        ],
        EXIT42,
    )
    result, _ = run_elf(image)
    assert result.status == 42  # type: ignore[attr-defined]


def test_malformed_executable_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "overlap"
    path.write_bytes(
        elf_file([(LOAD, RX, 0x1000, 0x10000, 12, 0x2000), (LOAD, RW_, 0, 0x11000, 0, 8)], EXIT42)
    )
    p = groundup("run", str(path))
    err = p.stderr.decode()
    assert p.returncode == 1 and err.startswith("groundup: error: ") and err.count("\n") == 1
    assert "overlaps" in err and "Traceback" not in err


def test_out_of_memory_kills_with_sigkill() -> None:
    elf = build("touch", ("-DMEGS=1",))  # as much as all of RAM: mmap agrees, frames run out
    err = io.BytesIO()
    k = Kernel(stdout=io.BytesIO(), stderr=err, ram_size=1 << 20)
    p = k.spawn("touch", elf.read_bytes(), ["touch"], [])
    result = k.run(p)
    assert result.signal == Sig.SIGKILL and result.code == 137
    assert "SIGKILL: out of memory" in err.getvalue().decode()


# --- guest programs ----------------------------------------------------------------------
def run_guest(elf: Path, engine: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return groundup("run", "--engine", engine, str(elf), *args)


@pytest.mark.parametrize("engine", ENGINES)
def test_brk_guest(engine: str) -> None:
    oracle.require("qemu")
    elf = build("brk")
    expected = oracle.qemu_run(elf)
    p = run_guest(elf, engine)
    assert (p.stdout, p.returncode) == (expected.stdout, expected.status)
    assert p.returncode == 0 and b"fresh=0\n" in p.stdout and b"steps=4800\n" in p.stdout


# Where qemu-user's emulation differs from Linux (mmap(2), mprotect(2), madvise(2)):
# qemu 7.2 treats MAP_FIXED_NOREPLACE as a hint, places hinted mappings where it
# likes, and accepts any madvise; Linux's answers are these.
LINUX_NOT_QEMU = {
    b"noreplace_busy": b"EEXIST",
    b"hint": b"1",
    b"mprotect_len0": b"ok",
    b"madvise_bad": b"EINVAL",
    b"madvise_unmapped": b"ENOMEM",
}


@pytest.mark.parametrize("engine", ENGINES)
def test_mmap_guest(engine: str) -> None:
    oracle.require("qemu")
    elf = build("mmap")
    expected = dict(line.split(b"=") for line in oracle.qemu_run(elf).stdout.splitlines())
    p = run_guest(elf, engine)
    got = dict(line.split(b"=") for line in p.stdout.splitlines())
    assert p.returncode == 0, p.stderr.decode()
    assert got == {**expected, **LINUX_NOT_QEMU}


@pytest.mark.parametrize("engine", ENGINES)
def test_large_mapping_touched_page_by_page(engine: str) -> None:
    oracle.require("qemu")
    elf = build("touch")
    expected = oracle.qemu_run(elf)
    p = run_guest(elf, engine)
    assert (p.stdout, p.returncode) == (expected.stdout, expected.status)
    assert b"pages=2048\n" in p.stdout


SIGSEGV_CASES = [
    ("null_load", "invalid read from address 0x0 (load page fault: nothing is ever mapped "
     "below 0x10000, so probably a null pointer) at pc 0x"),
    ("write_text", "(store page fault: the page is not writable) at pc 0x"),
    ("stack_overflow", "(store page fault: stack overflow: the address is in the guard gap "
     "below the 8 MiB stack) at pc 0x"),
    ("wild_jump", "invalid instruction fetch from address 0x1234567000 (instruction fetch page "
     "fault: nothing is mapped there) at pc 0x1234567000"),
    ("exec_data", "(instruction fetch page fault: the page is not executable) at pc 0x"),
    ("munmap_segv", "(load page fault: nothing is mapped there) at pc 0x"),
    ("mprotect_segv", "(store page fault: the page is not writable) at pc 0x"),
]  # fmt: skip


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("prog,message", SIGSEGV_CASES)
def test_sigsegv_guests(engine: str, prog: str, message: str) -> None:
    oracle.require("qemu")
    elf = build(prog)
    expected = oracle.qemu_run(elf)
    p = run_guest(elf, engine)
    assert p.stdout == expected.stdout and expected.stdout
    assert p.returncode == 139 == 128 - expected.status  # qemu reports -11
    err = p.stderr.decode()
    assert f"{elf}: SIGSEGV: " in err and message in err, err
    assert err.rstrip().endswith("Segmentation fault") and "Traceback" not in err


def test_write_to_text_names_the_address_of_main() -> None:
    elf = build("write_text")
    main = next(s.value for s in read_elf(elf.read_bytes(), "w").symbols if s.name == "main")
    p = run_guest(elf, "fast")
    assert f"invalid write to address {main:#x} " in p.stderr.decode()


MAPS_LINE = re.compile(
    r"^([0-9a-f]{8,})-([0-9a-f]{8,}) ([r-][w-][x-][ps]) ([0-9a-f]{8}) ([0-9a-f]{2}):([0-9a-f]{2}) "
    r"(\d+) (?:( *) (\S.*))?$"
)


def check_maps(text: str, exe: str) -> list[tuple[str, str]]:
    """Every line in Linux's format; (permissions, name) of each."""
    out = []
    for line in text.splitlines():
        m = MAPS_LINE.match(line)
        assert m, line
        if m.group(9):
            assert line.index(m.group(9)) == 73, line
        out.append((m.group(3), m.group(9) or ""))
    names = [n for _, n in out]
    assert "[stack]" in names and exe in names
    return out


@pytest.mark.parametrize("engine", ["fast"])
def test_maps_read_by_a_guest(engine: str) -> None:
    elf = build("maps")
    p = run_guest(elf, engine)
    assert p.returncode == 0, p.stderr.decode()
    areas = check_maps(p.stdout.decode(), str(elf))
    assert ("rw-p", "[heap]") in areas
    perms = [a for a, n in areas if n == ""]
    assert perms[-3:] == ["r--p", "rw-p", "r--p"]


def test_maps_of_a_spawned_program() -> None:
    elf = build("null_load")
    k = Kernel()
    p = k.spawn(str(elf), elf.read_bytes(), ["x"], [])
    areas = check_maps(p.mm.maps(), str(elf))
    assert [a for a, _ in areas] == ["r-xp", "rw-p", "rw-p", "rw-p"]
    assert areas[-1] == ("rw-p", "[stack]")


# --- static glibc programs ---------------------------------------------------------------
def test_glibc_malloc() -> None:
    oracle.require("qemu")
    elf = build_glibc("malloc")
    expected = oracle.qemu_run(elf)
    p = run_guest(elf, "fast")
    assert (p.stdout, p.returncode) == (expected.stdout, expected.status), p.stderr.decode()
    assert b"calloc 64 MiB: ok, zero: 1" in p.stdout


def test_glibc_reads_its_maps() -> None:
    elf = build_glibc("maps_glibc")
    p = run_guest(elf, "fast")
    assert p.returncode == 0, p.stderr.decode()
    areas = check_maps(p.stdout.decode(), str(elf))
    assert ("rw-p", "[heap]") in areas
