"""The process address space: virtual memory areas over Sv39 page tables.

An `AddressSpace` is what a process may touch: a sorted list of non-overlapping
VMAs — text, data, bss, heap, mmap'd areas, stack — each a page-aligned range
with permissions and, if file-backed, the file bytes it starts from. The page
tables (vm.PageTable) say only what is resident now. Exec and mmap create VMAs
without touching a frame; the first access to a page traps, and `fault` gives it
a zeroed frame (filled from the file if the VMA is file-backed) with the VMA's
permissions, then the program retries the instruction. An access outside every
VMA, or against its permissions, is the process's death by SIGSEGV (`explain`
says why). The stack grows down on faults, up to its limit; below that limit a
guard gap turns runaway recursion into a clear stack overflow.

munmap, mprotect and madvise split VMAs at their boundaries and merge
neighbours that became alike again; pages leaving the address space give their
frames back (and report a frame that held translated code, so the fast engine
never runs stale translations), and every hart forgets the old translations.

mremap (`expand`, `move`) grows an area where it is when the pages after it are
free; otherwise it moves the area: the VMA goes to the new range with its
protection, sharing, file and file offset, and the resident pages go with it as
page-table entries — the same frames, no copies, every frame keeping its users
(copy-on-write pages stay copy-on-write) — and the old range is left unmapped.

`fork` makes a child address space that shares every resident frame (the frame
allocator counts the users of each). Private writable pages become read-only in
both, marked copy-on-write (vm.PTE_COW); the first store to one faults, and the
fault gives the writer a copy of its own — or, when the frame has no other user
left, simply gives write access back. MAP_SHARED areas stay shared and writable.
`cow_copies` counts the pages copied.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, replace
from enum import IntFlag
from typing import TYPE_CHECKING, Literal

from groundup.isa.priv import PAGE_SHIFT, PAGE_SIZE, Pte
from groundup.kernel.kalloc import OutOfMemory
from groundup.kernel.param import (
    MMAP_BASE,
    MMAP_MIN_ADDR,
    STACK_GUARD_GAP,
    STACK_LIMIT,
    USER_TOP,
)
from groundup.kernel.vm import ENTRIES, PTE_COW, PageTable, pte_pa
from groundup.machine.mmu import Access

if TYPE_CHECKING:
    from groundup.kernel.file import File

PAGE_MASK = PAGE_SIZE - 1
FLUSH_ALL_AFTER = 64  # pages: beyond this many, flushing the whole TLB is cheaper


class Prot(IntFlag):
    """mmap/mprotect protection bits (asm-generic/mman-common.h)."""

    NONE = 0
    READ = 1
    WRITE = 2
    EXEC = 4


# What a VMA must allow for each kind of access. Reads are allowed from writable
# areas too: a PTE cannot be write-only, so RISC-V Linux treats W as RW.
ALLOWS = {"r": int(Prot.READ | Prot.WRITE), "w": int(Prot.WRITE), "x": int(Prot.EXEC)}
PTE_NEEDS = {"r": int(Pte.R), "w": int(Pte.W), "x": int(Pte.X)}
ADJECTIVE = {"r": "readable", "w": "writable", "x": "executable"}

Kind = Literal["file", "anon", "heap", "stack"]


def page_down(va: int) -> int:
    return va & ~PAGE_MASK


def page_up(va: int) -> int:
    return (va + PAGE_MASK) & ~PAGE_MASK


def _pte_flags(prot: int) -> int:
    flags = Pte.U | Pte.A | Pte.D
    if prot & Prot.READ:
        flags |= Pte.R
    if prot & Prot.WRITE:
        flags |= Pte.W | Pte.R  # W without R is reserved in a PTE
    if prot & Prot.EXEC:
        flags |= Pte.X
    return int(flags)


PTE_FLAGS = tuple(_pte_flags(prot) for prot in range(8))


def pte_flags(prot: int) -> int:
    """The leaf PTE bits for a VMA's protection (no R/W/X: the page is parked)."""
    return PTE_FLAGS[prot & 7]


class Backing:
    """Where a file-backed VMA's bytes come from; `hold`/`drop` count the VMAs using it."""

    def __init__(self, path: str, dev: int = 0, ino: int = 0) -> None:
        self.path = path
        self.dev = dev
        self.ino = ino

    def read(self, offset: int, n: int) -> bytes:
        """Up to `n` bytes at `offset` (fewer at the end of the file)."""
        raise NotImplementedError

    def hold(self) -> None:
        """One more VMA maps this file."""

    def drop(self) -> None:
        """One VMA less maps this file."""


class ImageBacking(Backing):
    """The bytes of the executable, as exec read them."""

    def __init__(self, path: str, data: bytes) -> None:
        super().__init__(path)
        self.data = data

    def read(self, offset: int, n: int) -> bytes:
        return self.data[offset : offset + n]


class FileBacking(Backing):
    """An open file mapped with mmap. Like Linux, the mapping keeps the file open
    (one reference, as a descriptor would hold) until its last VMA is gone."""

    def __init__(self, file: File, path: str, dev: int = 0, ino: int = 0) -> None:
        super().__init__(path, dev, ino)
        self.file = file
        self.users = 0

    def read(self, offset: int, n: int) -> bytes:
        data = self.file.pread(offset, n)
        return data if isinstance(data, bytes) else b""

    def hold(self) -> None:
        if self.users == 0:
            self.file.refs += 1
        self.users += 1

    def drop(self) -> None:
        self.users -= 1
        if self.users == 0:
            self.file.refs -= 1
            if self.file.refs == 0:
                self.file.release()


@dataclass(frozen=True, slots=True)
class Vma:
    """A virtual memory area: [start, end), page-aligned, with one protection.

    A file-backed VMA's pages start as the file's bytes at `pgoff + (va - start)`
    for va in [file_lo, file_hi) and as zeros elsewhere (the bss tail of an ELF
    segment's last page); the window is in absolute addresses, so it survives splits.
    """

    start: int
    end: int
    prot: int
    kind: Kind = "anon"
    backing: Backing | None = None
    pgoff: int = 0
    file_lo: int = 0
    file_hi: int = 0
    shared: bool = False

    def split(self, at: int) -> tuple[Vma, Vma]:
        assert self.start < at < self.end and not at & PAGE_MASK
        right = replace(self, start=at, pgoff=self.pgoff + (at - self.start))
        return replace(self, end=at), right

    def joins(self, right: Vma) -> bool:
        """Whether `right` continues this VMA exactly, so the two can be one."""
        return (
            self.end == right.start
            and self.prot == right.prot
            and self.kind == right.kind
            and self.backing is right.backing
            and self.shared == right.shared
            and (
                self.backing is None
                or (
                    right.pgoff == self.pgoff + (self.end - self.start)
                    and (self.file_lo, self.file_hi) == (right.file_lo, right.file_hi)
                )
            )
        )

    @property
    def name(self) -> str:
        if self.kind == "heap":
            return "[heap]"
        if self.kind == "stack":
            return "[stack]"
        return self.backing.path if self.backing is not None else ""

    def line(self) -> str:
        """This VMA as a line of /proc/<pid>/maps (fs/proc/task_mmu.c, show_map_vma)."""
        p = self.prot
        perms = "".join((
            "r" if p & Prot.READ else "-",
            "w" if p & Prot.WRITE else "-",
            "x" if p & Prot.EXEC else "-",
            "s" if self.shared else "p",
        ))  # fmt: skip
        b = self.backing
        offset, dev, ino = (max(self.pgoff, 0), b.dev, b.ino) if b is not None else (0, 0, 0)
        major, minor = (dev >> 8) & 0xFFF, (dev & 0xFF) | ((dev >> 12) & 0xFFF00)
        head = (
            f"{self.start:08x}-{self.end:08x} {perms} {offset:08x} {major:02x}:{minor:02x} {ino} "
        )
        name = self.name.replace("\n", "\\012")
        # The name starts in column 74: the header is padded to 72 characters, then a space.
        return f"{head:<72} {name}" if name else head


def _end(v: Vma) -> int:
    return v.end


def _carried(vma: Vma, old: int, new: int, length: int, kind: Kind) -> Vma:
    """`vma`'s pages from `old` on, as an area of `length` bytes at `new` (mremap):
    the same protection, sharing and file, the file offset following the pages. A
    file window that reached the VMA's end goes on to the new end (the file's next
    pages); one that stopped short (an ELF segment's bss) stops as short."""
    if vma.backing is None:
        return replace(vma, start=new, end=new + length, kind=kind)
    shift = new - old
    hi = vma.file_hi + shift
    if vma.file_hi >= vma.end:
        hi = max(hi, new + length)
    return replace(
        vma,
        start=new,
        end=new + length,
        kind=kind,
        pgoff=vma.pgoff + (old - vma.start),
        file_lo=vma.file_lo + shift,
        file_hi=hi,
    )


class AddressSpace:
    """A process's memory: its VMAs, its page tables, its program break, its counters.

    `faults` counts the page faults resolved (pages made resident on first touch,
    stack growth); `resident()` is the number of pages with a frame now.
    """

    def __init__(self, pagetable: PageTable, commit_limit: int | None = None) -> None:
        self.pagetable = pagetable
        self.machine = pagetable.machine
        self.mem = pagetable.mem
        self.frames = pagetable.frames
        self.vmas: list[Vma] = []
        self.start_brk = 0  # where the heap starts: the page after the highest segment
        self.brk = 0  # the program break as last set (not page-aligned)
        self.faults = 0
        self.rss = 0
        self.cow_copies = 0  # pages copied on a write after fork
        self.users = 1  # processes using it (a vfork child shares its parent's)
        self.out_of_memory = False  # a kernel access to user memory ran out of frames
        # The largest private writable mapping or heap growth granted at once (Linux's
        # heuristic overcommit refuses one request larger than all of RAM).
        self.commit_limit = self.mem.size if commit_limit is None else commit_limit

    # --- finding areas -----------------------------------------------------------------
    def _index(self, va: int) -> int:
        """The index of the first VMA that ends above `va` (the one holding it, or above it)."""
        return bisect.bisect_right(self.vmas, va, key=_end)

    def find(self, va: int) -> Vma | None:
        """The VMA holding `va`, if any."""
        i = self._index(va)
        if i < len(self.vmas) and self.vmas[i].start <= va:
            return self.vmas[i]
        return None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any VMA intersects [start, end)."""
        i = self._index(start)
        return i < len(self.vmas) and self.vmas[i].start < end

    def vmas_in(self, start: int, end: int) -> list[Vma]:
        """The VMAs that intersect [start, end)."""
        i = j = self._index(start)
        while j < len(self.vmas) and self.vmas[j].start < end:
            j += 1
        return self.vmas[i:j]

    def covered(self, start: int, end: int) -> bool:
        """Whether VMAs cover all of [start, end), without a hole."""
        i, at = self._index(start), start
        while at < end:
            if i >= len(self.vmas) or self.vmas[i].start > at:
                return False
            at = self.vmas[i].end
            i += 1
        return True

    def resident(self) -> int:
        """Pages that have a frame now (the resident set, in pages)."""
        return self.rss

    # --- changing the list of areas ----------------------------------------------------
    def _split_at(self, va: int) -> None:
        """Make `va` a VMA boundary, if a VMA straddles it."""
        i = self._index(va)
        if i < len(self.vmas) and self.vmas[i].start < va:
            left, right = self.vmas[i].split(va)
            self.vmas[i : i + 1] = [left, right]
            if right.backing is not None:
                right.backing.hold()

    def _merge(self, lo: int, hi: int) -> None:
        """Merge alike neighbours among the VMAs at indexes [lo, hi]."""
        for i in range(min(hi, len(self.vmas) - 1), max(lo, 1) - 1, -1):
            left, right = self.vmas[i - 1], self.vmas[i]
            if left.joins(right):
                self.vmas[i - 1 : i + 1] = [replace(left, end=right.end)]
                if right.backing is not None:
                    right.backing.drop()

    def _insert(self, vma: Vma) -> None:
        """Add a VMA over a range where there is none."""
        assert not self.overlaps(vma.start, vma.end)
        i = self._index(vma.start)
        self.vmas.insert(i, vma)
        if vma.backing is not None:
            vma.backing.hold()
        self._merge(i, i + 1)

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """Indexes [i, j) of the VMAs inside [start, end), after splitting at both ends."""
        self._split_at(start)
        self._split_at(end)
        i = j = self._index(start)
        while j < len(self.vmas) and self.vmas[j].start < end:
            j += 1
        return i, j

    def map(
        self,
        start: int,
        end: int,
        prot: int,
        kind: Kind = "anon",
        backing: Backing | None = None,
        pgoff: int = 0,
        window: tuple[int, int] | None = None,
        shared: bool = False,
    ) -> None:
        """Map [start, end) anew (what was there is unmapped first, as MAP_FIXED does).

        A file-backed mapping takes its bytes from the file at `pgoff` for `start`,
        within `window` (absolute addresses; by default the whole range)."""
        self.unmap(start, end)
        lo, hi = window if window is not None else (start, end)
        if backing is None:
            lo = hi = 0
        self._insert(Vma(start, end, int(prot) & 7, kind, backing, pgoff, lo, hi, shared))

    def unmap(self, start: int, end: int) -> None:
        """Remove [start, end) from the address space; its frames go back to the pool."""
        if start >= end or not self.overlaps(start, end):
            return
        i, j = self._span(start, end)
        for v in self.vmas[i:j]:
            if v.backing is not None:
                v.backing.drop()
        del self.vmas[i:j]
        self._drop_pages(start, end)

    def protect(self, start: int, end: int, prot: int) -> bool:
        """Change the protection of [start, end); False (and no change) if part is unmapped."""
        if not self.covered(start, end):
            return False
        i, j = self._span(start, end)
        for k in range(i, j):
            self.vmas[k] = replace(self.vmas[k], prot=int(prot) & 7)
        changed = list(self.pagetable.leaves(start, end))
        for va, pa in changed:
            vma = self.find(va)
            assert vma is not None
            self.pagetable.map_page(va, pa, self._leaf_flags(vma, pa))
        self._flush([va for va, _ in changed])
        self._merge(i - 1, j)
        return True

    def discard(self, start: int, end: int) -> bool:
        """madvise(MADV_DONTNEED): drop the pages of [start, end); the next touch
        finds zeros (or the file's bytes again). False if part of it is unmapped."""
        self._drop_pages(start, end)
        return self.covered(start, end)

    def _drop_pages(self, start: int, end: int) -> None:
        code_pages = self.machine.code_pages
        gone = []
        for va, pa in list(self.pagetable.leaves(start, end)):
            self.pagetable.unmap(va)
            ppn = pa >> PAGE_SHIFT
            if self.frames.release(pa) and ppn in code_pages:
                self.machine.code_written(ppn)  # its translations must not outlive it
            gone.append(va)
        self.rss -= len(gone)
        self._flush(gone)
        self.pagetable.prune(start, end)

    def _flush(self, pages: list[int]) -> None:
        """Make every hart forget its translations of these pages (sfence.vma)."""
        if not pages:
            return
        for hart in self.machine.harts:
            if len(pages) > FLUSH_ALL_AFTER:
                hart.flush_tlb()
            else:
                for va in pages:
                    hart.flush_tlb(va)

    def destroy(self) -> None:
        """Give back every frame, the page tables' included; the address space is gone."""
        for v in self.vmas:
            if v.backing is not None:
                v.backing.drop()
        self.vmas.clear()
        code_pages = self.machine.code_pages
        gone = list(self.pagetable.leaves(0, USER_TOP))
        for _, pa in gone:  # no need to clear each PTE: the tables go too
            if self.frames.release(pa) and pa >> PAGE_SHIFT in code_pages:
                self.machine.code_written(pa >> PAGE_SHIFT)
        self.rss = 0
        if gone:
            for hart in self.machine.harts:
                hart.flush_tlb()
        self.pagetable.destroy()

    # --- mremap ------------------------------------------------------------------------
    def expand(self, vma: Vma, new_end: int) -> bool:
        """Grow `vma` up to `new_end` where it is, if nothing is mapped in between
        (mremap growing in place, as Linux's vma_expandable allows it)."""
        if new_end > USER_TOP or self.overlaps(vma.end, new_end):
            return False
        i = self._index(vma.start)
        assert self.vmas[i] == vma
        self.vmas[i] = _carried(vma, vma.start, vma.start, new_end - vma.start, vma.kind)
        self._merge(i, i + 1)
        return True

    def move(
        self, vma: Vma, old: int, old_len: int, new: int, new_len: int, keep_old: bool = False
    ) -> bool:
        """mremap's move: [old, old + old_len), part of `vma`, becomes the area
        [new, new + new_len) (free: the caller saw to it). Its resident pages go along
        as page-table entries: same frames, same flags (copy-on-write included), so
        what was written stays and every frame keeps its count of users. The old
        range is then unmapped and forgotten by every hart — or, with `keep_old`
        (MREMAP_DONTUNMAP), stays mapped without pages.

        A shared anonymous area has no object holding its pages but the page tables,
        so where Linux would show the same shmem pages at both ranges (old_len 0
        duplicates an area; MREMAP_DONTUNMAP keeps the old range) the pages are
        brought in and their frames mapped at both. False, with nothing changed
        that anyone could see, if frames for page tables (or pages) run out."""
        alias = vma.shared and vma.backing is None and (old_len == 0 or keep_old)
        src_end = old + (new_len if alias and old_len == 0 else old_len)
        try:
            if alias:
                for page in range(old, src_end, PAGE_SIZE):
                    if self.pagetable.lookup(page) is None:
                        self._populate(vma, page)
            pages = list(self.pagetable.leaves(old, src_end))
            for va, _ in pages:
                self.pagetable.table_for(va - old + new)  # so that no move below can fail
        except OutOfMemory:
            self.pagetable.prune(new, new + new_len)
            return False
        kind: Kind = "anon" if vma.kind in ("heap", "stack") else vma.kind
        self._insert(_carried(vma, old, new, new_len, kind))
        for va, pa in pages:
            found = self.pagetable.lookup(va)
            assert found is not None
            self.pagetable.map_page(va - old + new, pa, found[1])
            if alias:
                self.frames.share(pa)
            else:
                self.pagetable.unmap(va)
        if alias:
            self.rss += len(pages)
            return True
        self._flush([va for va, _ in pages])
        if keep_old:
            self.pagetable.prune(old, src_end)
        else:
            self.unmap(old, src_end)
        return True

    # --- placing new mappings ----------------------------------------------------------
    def fits(self, start: int, length: int) -> bool:
        """Whether [start, start + length) is free user space, clear of the stack's guard gap."""
        if start < MMAP_MIN_ADDR or start + length > USER_TOP:
            return False
        i = self._index(start)
        if i == len(self.vmas):
            return True
        return start + length <= self._start_gap(self.vmas[i])

    @staticmethod
    def _start_gap(v: Vma) -> int:
        return v.start - STACK_GUARD_GAP if v.kind == "stack" else v.start

    def find_gap(self, length: int, hint: int = 0) -> int | None:
        """Where mmap puts `length` bytes: at the hint if that range is free, else the
        highest free range below MMAP_BASE (top-down, as Linux's default layout)."""
        if hint and self.fits(hint, length):
            return hint
        top = MMAP_BASE
        for v in reversed(self.vmas):
            if v.end <= top and top - v.end >= length:
                return top - length
            top = min(top, self._start_gap(v))
        return top - length if top - MMAP_MIN_ADDR >= length else None

    # --- the program break -------------------------------------------------------------
    def set_brk(self, new: int) -> int:
        """brk(2) as Linux does it: the new break, or the old one if it cannot move."""
        if new < self.start_brk:
            return self.brk
        old_top, new_top = page_up(self.brk), page_up(new)
        if new_top > old_top:
            i = self._index(old_top)
            room = self._start_gap(self.vmas[i]) if i < len(self.vmas) else MMAP_BASE
            if new_top + PAGE_SIZE > room or new_top - old_top > self.commit_limit:
                return self.brk
            self._insert(Vma(old_top, new_top, int(Prot.READ | Prot.WRITE), "heap"))
        elif new_top < old_top:
            self.unmap(new_top, old_top)
        self.brk = new
        return new

    # --- page faults -------------------------------------------------------------------
    def fault(self, va: int, access: Access) -> bool:
        """Resolve a page fault at `va`; False means the access is invalid (SIGSEGV).

        Raises OutOfMemory if a frame is needed and none is left."""
        vma = self.find(va)
        if vma is None:
            vma = self._grow_stack(va)
            if vma is None:
                return False
        if not vma.prot & ALLOWS[access]:
            return False
        page = page_down(va)
        found = self.pagetable.lookup(page)
        if found is None:
            self._populate(vma, page)
        elif access == "w" and self.frames.refs(found[0]) > 1 and not vma.shared:
            self._copy_on_write(vma, page, found[0])
        else:  # resident, but the PTE is stale (or COW, now unshared): as the VMA says
            self.pagetable.map_page(page, found[0], self._leaf_flags(vma, found[0]))
            self._flush([page])
        self.faults += 1
        return True

    def _leaf_flags(self, vma: Vma, pa: int) -> int:
        """The PTE bits for a resident page: the VMA's, less W while the frame is shared
        copy-on-write."""
        flags = pte_flags(vma.prot)
        if flags & Pte.W and not vma.shared and self.frames.refs(pa) > 1:
            flags = (flags & ~Pte.W) | PTE_COW
        return flags

    def _copy_on_write(self, vma: Vma, page: int, old: int) -> None:
        """A store to a page whose frame others share: give this space its own copy."""
        new = self.frames.alloc()
        self.machine.write(new, self.mem.read(old, PAGE_SIZE))
        try:
            self.pagetable.map_page(page, new, pte_flags(vma.prot))
        except OutOfMemory:
            self.frames.release(new)
            raise
        self.frames.release(old)
        self.cow_copies += 1
        self._flush([page])

    # --- fork ----------------------------------------------------------------------------
    def fork(self) -> AddressSpace:
        """A copy of this address space for a child process, sharing every frame:
        private writable pages become copy-on-write in both (see the docstring).

        Raises OutOfMemory if the child's page tables do not fit."""
        child = AddressSpace(PageTable(self.machine, self.frames), self.commit_limit)
        try:
            self._fork_into(child)
        except OutOfMemory:
            child.destroy()
            raise
        for hart in self.machine.harts:
            hart.flush_tlb()  # the parent's pages lost W
        return child

    def _fork_into(self, child: AddressSpace) -> None:
        child.vmas = list(self.vmas)
        for v in child.vmas:
            if v.backing is not None:
                v.backing.hold()
        child.start_brk, child.brk, child.rss = self.start_brk, self.brk, self.rss
        shared = [(v.start, v.end) for v in self.vmas if v.shared]
        span = PAGE_SIZE * ENTRIES
        Q, base = self.mem.Q, self.mem.base
        for va, table in self.pagetable.last_level_tables():
            at = (table - base) >> 3
            ptes = Q[at : at + ENTRIES].tolist()
            some_shared = any(lo < va + span and va < hi for lo, hi in shared)
            for i, pte in enumerate(ptes):
                if not pte:
                    continue
                self.frames.share(pte_pa(pte))
                if pte & Pte.W and not (some_shared and self._is_shared(va + i * PAGE_SIZE)):
                    ptes[i] = (pte & ~Pte.W) | PTE_COW
            packed = memoryview(array("Q", ptes))
            Q[at : at + ENTRIES] = packed
            ct = (child.pagetable.table_for(va) - base) >> 3
            Q[ct : ct + ENTRIES] = packed

    def _is_shared(self, va: int) -> bool:
        vma = self.find(va)
        return vma is not None and vma.shared

    def frame_of(self, va: int) -> int | None:
        """The physical address of the frame holding `va` (brought in if need be)."""
        return self._user_page(page_down(va), "r")

    def _populate(self, vma: Vma, page: int) -> int:
        """Give `page` a frame with its first contents; return the frame."""
        pa = self.frames.alloc()
        if vma.backing is not None:
            lo, hi = max(page, vma.file_lo), min(page + PAGE_SIZE, vma.file_hi)
            if lo < hi:
                data = vma.backing.read(vma.pgoff + (lo - vma.start), hi - lo)
                if data:
                    self.machine.write(pa + (lo - page), data)
        try:
            self.pagetable.map_page(page, pa, pte_flags(vma.prot))
        except OutOfMemory:
            self.frames.release(pa)
            raise
        self.rss += 1
        return pa

    def _grow_stack(self, va: int) -> Vma | None:
        """Extend the stack down to `va`'s page if it may grow that far; the grown VMA."""
        i = self._index(va)
        if i == len(self.vmas) or self.vmas[i].kind != "stack":
            return None
        stack, page = self.vmas[i], page_down(va)
        if page < stack.end - STACK_LIMIT:
            return None
        if i > 0 and self.vmas[i - 1].end > page - STACK_GUARD_GAP:
            return None  # it would come too close to the mapping below
        self.vmas[i] = grown = replace(stack, start=page)
        return grown

    def explain(self, va: int, access: Access) -> str:
        """Why an access at `va` is invalid, in words for the SIGSEGV message."""
        if va >= USER_TOP:
            return "not a user-space address"
        vma = self.find(va)
        if vma is not None:
            if not vma.prot & ALLOWS[access]:
                return f"the page is not {ADJECTIVE[access]}"
            return "the page could not be brought in"
        i = self._index(va)
        if i < len(self.vmas) and self.vmas[i].kind == "stack":
            floor = self.vmas[i].end - STACK_LIMIT
            if floor - STACK_GUARD_GAP <= va < floor:
                mib = STACK_LIMIT >> 20
                return f"stack overflow: the address is in the guard gap below the {mib} MiB stack"
            if va >= floor:
                return "stack overflow: the stack may not grow this close to the mapping below it"
        if va < MMAP_MIN_ADDR:
            return f"nothing is ever mapped below {MMAP_MIN_ADDR:#x}, so probably a null pointer"
        return "nothing is mapped there"

    # --- the kernel's access to user memory --------------------------------------------
    def _user_page(self, page: int, access: Access) -> int | None:
        """The frame of `page` if the process may access it so, faulting it in as needed."""
        found = self.pagetable.lookup(page)
        if found is not None and found[1] & Pte.V and found[1] & PTE_NEEDS[access]:
            return found[0]
        try:
            if not self.fault(page, access):
                return None
        except OutOfMemory:
            self.out_of_memory = True
            return None
        found = self.pagetable.lookup(page)
        return found[0] if found is not None else None

    def copy_in(self, va: int, n: int) -> bytes | None:
        """`n` bytes the process can read at `va`, or None (the caller says EFAULT)."""
        if va < 0 or n < 0 or va + n > USER_TOP:
            return None
        chunks, at, end = [], va, va + n
        while at < end:
            page = page_down(at)
            pa = self._user_page(page, "r")
            if pa is None:
                return None
            take = min(page + PAGE_SIZE, end) - at
            chunks.append(self.mem.read(pa + (at - page), take))
            at += take
        return b"".join(chunks)

    def copy_out(self, va: int, data: bytes) -> bool:
        """Write `data` at user address `va`; False if the process could not have."""
        if not data:
            return True
        if va < 0 or va + len(data) > USER_TOP:
            return False
        pages = []
        for page in range(page_down(va), va + len(data), PAGE_SIZE):
            pa = self._user_page(page, "w")
            if pa is None:
                return False  # nothing written: every page was checked first
            pages.append((page, pa))
        for page, pa in pages:
            lo, hi = max(va, page), min(va + len(data), page + PAGE_SIZE)
            self.machine.write(pa + (lo - page), data[lo - va : hi - va])
        return True

    def poke(self, va: int, data: bytes) -> None:
        """Write `data` at `va` whatever the permissions (exec building the image).

        Raises ValueError outside every VMA, OutOfMemory without frames."""
        for page in range(page_down(va), va + len(data), PAGE_SIZE):
            found = self.pagetable.lookup(page)
            if found is not None:
                pa = found[0]
            else:
                vma = self.find(page)
                if vma is None:
                    raise ValueError(f"poke at {page:#x}, outside every VMA")
                pa = self._populate(vma, page)
            lo, hi = max(va, page), min(va + len(data), page + PAGE_SIZE)
            self.machine.write(pa + (lo - page), data[lo - va : hi - va])

    # --- what /proc shows --------------------------------------------------------------
    def maps(self) -> str:
        """The text of /proc/<pid>/maps."""
        return "".join(v.line() + "\n" for v in self.vmas)
