"""System calls on the process address space: brk, mmap, munmap, mprotect, mremap,
madvise.

Each checks its arguments the way Linux does (mm/mmap.c, mm/mprotect.c,
mm/mremap.c, mm/madvise.c) and leaves the work to the AddressSpace (vma.py). Arguments
arrive as signed 64-bit ints; addresses and lengths are unsigned in the ABI.

MAP_SHARED is kept apart from MAP_PRIVATE only where no one could tell the
difference yet: an anonymous shared mapping (no fork to share it with) and a
read-only shared file mapping behave as private ones (maps shows them with
"s"); a writable shared file mapping, whose stores would have to reach the
file, is refused with EINVAL, as is making one writable later with mprotect.

mremap follows mm/mremap.c: shrinking unmaps the tail; growing extends the area
where it is if the pages after it are free, else (MREMAP_MAYMOVE) moves it with
its pages; MREMAP_FIXED moves it to new_address over whatever was there;
MREMAP_DONTUNMAP moves the pages and leaves the old range mapped without them
(a shared anonymous one keeps showing the same pages, as Linux's shmem would);
old_size 0 duplicates a shared mapping. Not supported (EINVAL): duplicating a
shared anonymous mapping past the end of its area, where Linux's shmem object
would still have pages (or SIGBUS) to show.
"""

from __future__ import annotations

from enum import IntEnum, IntFlag
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.kernel.errno import Errno
from groundup.kernel.param import MAX_MAP_COUNT, MMAP_MIN_ADDR, USER_TOP
from groundup.kernel.sysnum import Handler, Sys
from groundup.kernel.vma import PAGE_MASK, AddressSpace, FileBacking, Prot, Vma, page_up

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


class Remap(IntFlag):
    """mremap flags (linux/mman.h)."""

    MAYMOVE = 1
    FIXED = 2
    DONTUNMAP = 4


REMAP_KNOWN = int(Remap.MAYMOVE | Remap.FIXED | Remap.DONTUNMAP)


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


def sys_mremap(
    k: Kernel, t: Thread, addr: int, old_len: int, new_len: int, flags: int, new_addr: int, *_: int
) -> int:
    mm = t.proc.mm
    addr, old_len, new_len = addr & M64, old_len & M64, new_len & M64
    flags, new_addr = flags & M64, new_addr & M64
    if flags & ~REMAP_KNOWN or flags & Remap.FIXED and not flags & Remap.MAYMOVE:
        return -Errno.EINVAL
    if flags & Remap.DONTUNMAP and (not flags & Remap.MAYMOVE or old_len != new_len):
        return -Errno.EINVAL  # always a move, never a resize
    if addr & PAGE_MASK:
        return -Errno.EINVAL
    old_len, new_len = page_up(old_len) & M64, page_up(new_len) & M64  # wrapping, as Linux's
    if new_len == 0:
        return -Errno.EINVAL
    if mm.find(addr) is None:
        return -Errno.EFAULT
    if flags & (Remap.FIXED | Remap.DONTUNMAP):
        return remap_to(mm, addr, old_len, new_len, flags, new_addr)
    if old_len >= new_len:  # shrinking: the tail goes, as munmap would take it
        if addr + old_len > USER_TOP:
            return -Errno.EINVAL
        mm.unmap(addr + new_len, addr + old_len)
        return addr
    vma = resizable(mm, addr, old_len, new_len)
    if isinstance(vma, int):
        return vma
    if old_len == vma.end - addr and mm.expand(vma, addr + new_len):
        return addr
    if not flags & Remap.MAYMOVE or len(mm.vmas) >= MAX_MAP_COUNT - 3:
        return -Errno.ENOMEM
    new = mm.find_gap(new_len)
    if new is None or not mm.move(vma, addr, old_len, new, new_len):
        return -Errno.ENOMEM
    return new


def remap_to(
    mm: AddressSpace, addr: int, old_len: int, new_len: int, flags: int, new_addr: int
) -> int:
    """mremap with MREMAP_FIXED (to new_addr, replacing what is there) or
    MREMAP_DONTUNMAP (new_addr a hint): Linux's mremap_to."""
    if new_addr & PAGE_MASK or new_len > USER_TOP or new_addr > USER_TOP - new_len:
        return -Errno.EINVAL
    if addr + old_len > new_addr and new_addr + new_len > addr:
        return -Errno.EINVAL  # the old and the new range overlap
    if len(mm.vmas) + 2 >= MAX_MAP_COUNT - 3:
        return -Errno.ENOMEM
    fixed = bool(flags & Remap.FIXED)
    if fixed and new_addr < MMAP_MIN_ADDR:
        return -Errno.EPERM  # (Linux finds out later, having unmapped the range already)
    if fixed:
        mm.unmap(new_addr, new_addr + new_len)
    if old_len > new_len:
        mm.unmap(addr + new_len, addr + old_len)
        old_len = new_len
    vma = resizable(mm, addr, old_len, new_len)
    if isinstance(vma, int):
        return vma
    new = new_addr if fixed else mm.find_gap(new_len, new_addr)
    if new is None or not mm.move(vma, addr, old_len, new, new_len, bool(flags & Remap.DONTUNMAP)):
        return -Errno.ENOMEM
    return new


def resizable(mm: AddressSpace, addr: int, old_len: int, new_len: int) -> Vma | int:
    """The one VMA that [addr, addr + old_len) lies in, if it may become new_len bytes,
    or a negative errno (Linux's vma_to_resize)."""
    vma = mm.find(addr)
    if vma is None:
        return -Errno.EFAULT
    if old_len == 0 and not vma.shared:
        return -Errno.EINVAL  # duplicating a private mapping: refused since Linux 4.17
    if old_len > vma.end - addr:
        return -Errno.EFAULT  # no remapping across VMA boundaries
    if old_len == 0 and vma.backing is None and addr + new_len > vma.end:
        return -Errno.EINVAL  # not supported: see the module's docstring
    grows = new_len - old_len
    if grows > mm.commit_limit and not vma.shared and vma.prot & Prot.WRITE:
        return -Errno.ENOMEM  # more than all of RAM at once, as mmap refuses
    return vma


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
    Sys.MREMAP: sys_mremap,
    Sys.MADVISE: sys_madvise,
}
