"""System calls on the process address space: brk, mmap, munmap, mprotect, madvise.

Each checks its arguments the way Linux does (mm/mmap.c, mm/mprotect.c,
mm/madvise.c) and leaves the work to the AddressSpace (vma.py). Arguments
arrive as signed 64-bit ints; addresses and lengths are unsigned in the ABI.

MAP_SHARED is kept apart from MAP_PRIVATE only where no one could tell the
difference yet: an anonymous shared mapping (no fork to share it with) and a
read-only shared file mapping behave as private ones (maps shows them with
"s"); a writable shared file mapping, whose stores would have to reach the
file, is refused with EINVAL, as is making one writable later with mprotect.
"""

from __future__ import annotations

from enum import IntEnum, IntFlag
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.kernel.errno import Errno
from groundup.kernel.param import MAX_MAP_COUNT, MMAP_MIN_ADDR, USER_TOP
from groundup.kernel.sysnum import Handler, Sys
from groundup.kernel.vma import PAGE_MASK, FileBacking, Prot, page_up

if TYPE_CHECKING:
    from groundup.kernel.file import File
    from groundup.kernel.proc import Kernel, Process, Thread

S_IFMT, S_IFREG = 0o170000, 0o100000
MAX_FILE_SIZE = (1 << 63) - 1  # MAX_LFS_FILESIZE


class Map(IntFlag):
    """mmap flags (asm-generic/mman-common.h, linux/mman.h)."""

    SHARED = 0x01
    PRIVATE = 0x02
    SHARED_VALIDATE = 0x03
    TYPE = 0x0F
    FIXED = 0x10
    ANONYMOUS = 0x20
    GROWSDOWN = 0x100
    DENYWRITE = 0x800
    EXECUTABLE = 0x1000
    LOCKED = 0x2000
    NORESERVE = 0x4000
    POPULATE = 0x8000
    NONBLOCK = 0x10000
    STACK = 0x20000
    HUGETLB = 0x40000
    SYNC = 0x80000
    FIXED_NOREPLACE = 0x100000


# The flags MAP_SHARED_VALIDATE accepts (LEGACY_MAP_MASK in linux/mman.h, and MAP_SYNC).
VALIDATED = int(
    Map.SHARED | Map.PRIVATE | Map.FIXED | Map.ANONYMOUS | Map.DENYWRITE | Map.EXECUTABLE
    | Map.NORESERVE | Map.POPULATE | Map.NONBLOCK | Map.STACK | Map.HUGETLB | Map.GROWSDOWN
    | Map.LOCKED | Map.FIXED_NOREPLACE
)  # fmt: skip
PROT_GROWS = 0x0100_0000 | 0x0200_0000  # PROT_GROWSDOWN, PROT_GROWSUP
PROT_KNOWN = int(Prot.READ | Prot.WRITE | Prot.EXEC) | 0x8 | PROT_GROWS  # 0x8: PROT_SEM


class Madv(IntEnum):
    """madvise advice (asm-generic/mman-common.h)."""

    NORMAL = 0
    RANDOM = 1
    SEQUENTIAL = 2
    WILLNEED = 3
    DONTNEED = 4
    FREE = 8
    REMOVE = 9
    DONTFORK = 10
    DOFORK = 11
    MERGEABLE = 12
    UNMERGEABLE = 13
    HUGEPAGE = 14
    NOHUGEPAGE = 15
    DONTDUMP = 16
    DODUMP = 17
    WIPEONFORK = 18
    KEEPONFORK = 19
    COLD = 20
    PAGEOUT = 21
    POPULATE_READ = 22
    POPULATE_WRITE = 23
    DONTNEED_LOCKED = 24
    COLLAPSE = 25


DROPS_PAGES = {Madv.DONTNEED, Madv.DONTNEED_LOCKED, Madv.FREE}


def sys_brk(k: Kernel, t: Thread, addr: int, *_: int) -> int:
    p = t.proc
    return p.mm.set_brk(addr & M64)


def sys_mmap(
    k: Kernel, t: Thread, addr: int, length: int, prot: int, flags: int, fd: int, offset: int
) -> int:
    p = t.proc
    addr, length, prot, flags = addr & M64, length & M64, prot & M64, flags & M64
    if offset & PAGE_MASK:
        return -Errno.EINVAL
    kind = flags & Map.TYPE
    if kind not in (Map.SHARED, Map.PRIVATE, Map.SHARED_VALIDATE):
        return -Errno.EINVAL
    if kind == Map.SHARED_VALIDATE and flags & ~VALIDATED:
        return -Errno.EOPNOTSUPP
    file = None
    if not flags & Map.ANONYMOUS:
        file = p.files.get(wrap32(fd))  # a C int: the register's low 32 bits
        if file is None:
            return -Errno.EBADF
    if length == 0:
        return -Errno.EINVAL
    size = page_up(length)
    if size == 0 or size > M64 or size > USER_TOP - MMAP_MIN_ADDR:
        return -Errno.ENOMEM
    if offset < 0 or offset + size > MAX_FILE_SIZE:
        return -Errno.EOVERFLOW  # the pages would run past the largest file offset
    if len(p.mm.vmas) >= MAX_MAP_COUNT:
        return -Errno.ENOMEM
    start = place(p, addr, size, flags)
    if start < 0:
        return start
    shared = kind != Map.PRIVATE
    if file is not None:
        return map_file(p, file, start, size, prot, shared, offset)
    if not shared and prot & Prot.WRITE and size > p.mm.commit_limit:
        return -Errno.ENOMEM  # Linux's heuristic overcommit: more than all of RAM at once
    p.mm.map(start, start + size, prot & 7, "anon", shared=shared)
    return start


def place(p: Process, addr: int, size: int, flags: int) -> int:
    """Where the mapping goes (a page address), or a negative errno."""
    if flags & (Map.FIXED | Map.FIXED_NOREPLACE):
        if addr & PAGE_MASK:
            return -Errno.EINVAL
        if addr > USER_TOP - size:
            return -Errno.ENOMEM
        if addr < MMAP_MIN_ADDR:
            return -Errno.EPERM
        if flags & Map.FIXED_NOREPLACE and p.mm.overlaps(addr, addr + size):
            return -Errno.EEXIST
        return addr
    hint = addr & ~PAGE_MASK
    if hint and hint < MMAP_MIN_ADDR:
        hint = MMAP_MIN_ADDR  # round_hint_to_min
    start = p.mm.find_gap(size, hint)
    return -Errno.ENOMEM if start is None else start


def map_file(
    p: Process, file: File, start: int, size: int, prot: int, shared: bool, offset: int
) -> int:
    """A file-backed mapping: MAP_PRIVATE (or a read-only MAP_SHARED) of a regular file."""
    st = file.stat()
    if isinstance(st, int) or st.mode & S_IFMT != S_IFREG:
        return -Errno.ENODEV  # pipes, terminals, directories ... have no pages to map
    if not file.readable:
        return -Errno.EACCES
    if shared and prot & Prot.WRITE:
        if not file.writable:
            return -Errno.EACCES
        return -Errno.EINVAL  # not supported yet: stores that reach the file
    if not shared and prot & Prot.WRITE and size > p.mm.commit_limit:
        return -Errno.ENOMEM
    backing = FileBacking(file, getattr(file, "path", ""), st.dev, st.ino)
    p.mm.map(start, start + size, prot & 7, "file", backing, offset, shared=shared)
    return start


def sys_munmap(k: Kernel, t: Thread, addr: int, length: int, *_: int) -> int:
    p = t.proc
    addr, length = addr & M64, length & M64
    size = page_up(length)
    if addr & PAGE_MASK or length == 0 or size > USER_TOP or addr > USER_TOP - size:
        return -Errno.EINVAL
    p.mm.unmap(addr, addr + size)
    return 0


def sys_mprotect(k: Kernel, t: Thread, addr: int, length: int, prot: int, *_: int) -> int:
    p = t.proc
    addr, length, prot = addr & M64, length & M64, prot & M64
    if prot & PROT_GROWS == PROT_GROWS or addr & PAGE_MASK:
        return -Errno.EINVAL
    if length == 0:
        return 0
    size = page_up(length)
    if addr + size > M64:
        return -Errno.ENOMEM
    if prot & ~PROT_KNOWN:
        return -Errno.EINVAL
    if addr + size > USER_TOP:
        return -Errno.ENOMEM
    if prot & Prot.WRITE and any(v.shared and v.backing for v in p.mm.vmas_in(addr, addr + size)):
        return -Errno.EACCES  # a writable shared file mapping: not supported (see above)
    return 0 if p.mm.protect(addr, addr + size, prot & 7) else -Errno.ENOMEM


def sys_madvise(k: Kernel, t: Thread, addr: int, length: int, advice: int, *_: int) -> int:
    p = t.proc
    addr, length = addr & M64, length & M64
    if addr & PAGE_MASK or advice not in Madv._value2member_map_:
        return -Errno.EINVAL
    size = page_up(length)
    if addr + size > M64:
        return -Errno.EINVAL
    if size == 0:
        return 0
    if advice in DROPS_PAGES:
        mapped = p.mm.discard(addr, addr + size)
    else:
        mapped = p.mm.covered(addr, addr + size)
    return 0 if mapped else -Errno.ENOMEM


HANDLERS: dict[int, Handler] = {
    Sys.BRK: sys_brk,
    Sys.MMAP: sys_mmap,
    Sys.MUNMAP: sys_munmap,
    Sys.MPROTECT: sys_mprotect,
    Sys.MADVISE: sys_madvise,
}
