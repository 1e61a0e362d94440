"""exec: turn an ELF executable into a process image — areas, stack, entry point.

The loader touches no page of the program: each PT_LOAD segment becomes a
file-backed VMA (its pages will copy the file's bytes on first touch, with
zeros past p_filesz) plus, for a .bss that runs past the file's last page, an
anonymous one — each with the permissions p_flags give. The heap starts at the
page after the highest segment. Only the stack pages holding the arguments are
written now, exactly as the Linux ABI lays them out for _start:

    sp ->  argc
           argv[0] ... argv[argc-1], NULL
           envp[0] ... NULL
           auxv: (AT_PHDR, addr) (AT_PHENT, 56) ... (AT_NULL, 0)
           ... padding, then the strings and the 16 AT_RANDOM bytes, up to the top

PT_GNU_STACK says whether the stack is executable; PT_TLS is left to libc.
Whatever is wrong with the file is an ElfError or an ExecError, never a Python
error; an entry point outside the program's code is its death by SIGSEGV.

`sys_execve` is the system call: it copies the path, argv and envp in from user
memory (E2BIG past Linux's limits), finds the file through the VFS (ENOENT,
EACCES for a directory or a file without execute permission, ENOEXEC for what is
not a runnable ELF file) and loads it into a new address space. Only then, past
the point of no return, does the old image go: the other threads of the group are
killed (the caller becomes the leader, keeping the pid), the old address space is
released (a vfork parent may go on), close-on-exec descriptors are closed, caught
signals go back to SIG_DFL, and the thread starts at the new entry point.
"""

from __future__ import annotations

import os
import random
import struct
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.elf.constants import ET, PF, PT
from groundup.elf.reader import ElfError, ElfFile, Segment, read_elf
from groundup.isa.alu import M64
from groundup.isa.priv import PAGE_SIZE
from groundup.kernel.errno import Errno
from groundup.kernel.kalloc import OutOfMemory
from groundup.kernel.param import (
    MAX_ARG_BYTES,
    MAX_ARG_STRINGS,
    MAX_ARG_STRLEN,
    MAX_PHNUM,
    MMAP_BASE,
    MMAP_MIN_ADDR,
    STACK_EXPAND,
    STACK_LIMIT,
    USER_STACK_TOP,
)
from groundup.kernel.signal import SS_DISABLE
from groundup.kernel.sysnum import Handler, Sys
from groundup.kernel.vm import PageTable
from groundup.kernel.vma import AddressSpace, ImageBacking, Prot, page_down, page_up

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Thread


class AT(IntEnum):
    """Auxiliary vector keys (linux/auxvec.h)."""

    NULL = 0
    PHDR = 3
    PHENT = 4
    PHNUM = 5
    PAGESZ = 6
    BASE = 7
    FLAGS = 8
    ENTRY = 9
    UID = 11
    EUID = 12
    GID = 13
    EGID = 14
    HWCAP = 16
    CLKTCK = 17
    SECURE = 23
    RANDOM = 25
    EXECFN = 31


# AT_HWCAP on RISC-V Linux: one bit per single-letter extension, bit (letter - 'a').
HWCAP = sum(1 << (ord(c) - ord("a")) for c in "imafdc")


class ExecError(Exception):
    """The file is a valid ELF file but not something this kernel can run."""


@dataclass(frozen=True, slots=True)
class Image:
    entry: int
    sp: int
    brk: int  # the first page after the highest segment: where the heap starts


def seg_prot(p_flags: int) -> int:
    prot = Prot.NONE
    if p_flags & PF.R:
        prot |= Prot.READ
    if p_flags & PF.W:
        prot |= Prot.WRITE
    if p_flags & PF.X:
        prot |= Prot.EXEC
    return prot


def check_runnable(elf: ElfFile) -> None:
    h = elf.header
    if h.type not in (ET.EXEC, ET.DYN):
        kind = ET(h.type).name if h.type in ET._value2member_map_ else str(h.type)
        raise ElfError(elf.name, f"not an executable (e_type is {kind})", 16)
    if any(s.type == PT.INTERP for s in elf.segments):
        raise ExecError("not supported: dynamically linked executables (PT_INTERP)")
    if h.type == ET.DYN:
        raise ExecError("not supported: position-independent executables (ET_DYN)")
    if h.phnum > MAX_PHNUM:
        raise ExecError(f"{elf.name}: too many program headers ({h.phnum}; at most {MAX_PHNUM})")
    if not any(s.type == PT.LOAD and s.memsz for s in elf.segments):
        raise ElfError(elf.name, "no loadable segments (PT_LOAD)")
    if h.entry & 1:
        raise ExecError(f"{elf.name}: entry point {h.entry:#x} is not an instruction address")


def check_segment(mm: AddressSpace, elf: ElfFile, i: int, seg: Segment, below: int) -> None:
    """Refuse a segment this loader cannot place; `below` is where the previous one ended."""
    where = f"{elf.name}: segment {i} ({seg.vaddr:#x}..{seg.vaddr + seg.memsz:#x})"
    if seg.vaddr < MMAP_MIN_ADDR or seg.vaddr + seg.memsz > MMAP_BASE:
        raise ExecError(f"{where} is outside user memory ({MMAP_MIN_ADDR:#x}..{MMAP_BASE:#x})")
    if seg.memsz > mm.commit_limit:
        raise ExecError(f"{where} is larger than the machine's memory")
    if seg.vaddr < below:
        raise ExecError(
            f"{where} overlaps the segment before it "
            "(PT_LOAD segments must be in ascending, non-overlapping order)"
        )


def load_segments(mm: AddressSpace, elf: ElfFile) -> int:
    """Make a VMA (or two) of every PT_LOAD segment; return where the heap starts."""
    image = ImageBacking(elf.name, elf.data)
    below = 0
    for i, seg in enumerate(elf.segments):
        if seg.type != PT.LOAD or seg.memsz == 0:
            continue
        check_segment(mm, elf, i, seg, below)
        map_segment(mm, image, seg)
        below = seg.vaddr + seg.memsz
    return page_up(below)


def map_segment(mm: AddressSpace, image: ImageBacking, seg: Segment) -> None:
    prot = seg_prot(seg.flags)
    lo, file_end, end = page_down(seg.vaddr), seg.vaddr + seg.filesz, page_up(seg.vaddr + seg.memsz)
    shared = mm.find(lo)
    if shared is not None:
        # The previous segment ends in this page: the page takes both (and both
        # segments' permissions), its bytes written now.
        mm.protect(lo, lo + PAGE_SIZE, shared.prot | prot)
        mm.poke(
            seg.vaddr,
            image.data[seg.offset : seg.offset + min(seg.filesz, lo + PAGE_SIZE - seg.vaddr)],
        )
        lo += PAGE_SIZE
    if lo >= end:
        return
    # As mmap maps whole pages, the bytes before p_vaddr in its page come from the
    # file too, when the offsets agree with the addresses modulo the page size.
    back = seg.vaddr - lo if (seg.vaddr - seg.offset) % PAGE_SIZE == 0 else 0
    back = min(back, seg.offset)
    file_top = min(page_up(file_end), end) if seg.filesz else lo
    if lo < file_top:
        window = (max(lo, seg.vaddr - back), file_end)
        pgoff = seg.offset - (seg.vaddr - lo)
        mm.map(lo, file_top, prot, "file", image, pgoff, window)
    if file_top < end:
        mm.map(max(lo, file_top), end, prot, "anon")


def phdr_address(elf: ElfFile) -> int:
    """Where the program headers are in memory (for AT_PHDR)."""
    for seg in elf.segments:
        if seg.type == PT.PHDR:
            return seg.vaddr
    phoff = elf.header.phoff
    for seg in elf.segments:
        if seg.type == PT.LOAD and seg.offset <= phoff < seg.offset + seg.filesz:
            return seg.vaddr + phoff - seg.offset
    return 0


def stack_prot(elf: ElfFile) -> int:
    """PT_GNU_STACK's PF_X makes the stack executable; without it, RISC-V Linux's is not."""
    gnu_stack = next((s for s in elf.segments if s.type == PT.GNU_STACK), None)
    executable = gnu_stack is not None and bool(gnu_stack.flags & PF.X)
    return Prot.READ | Prot.WRITE | (Prot.EXEC if executable else Prot.NONE)


def build_stack(
    mm: AddressSpace, elf: ElfFile, argv: list[bytes], envp: list[bytes], execfn: bytes, seed: int
) -> int:
    """Map the stack and lay out argc/argv/envp/auxv; return the initial sp."""
    if sum(len(s) + 1 + 8 for s in argv + envp) > MAX_ARG_BYTES:
        raise ExecError("argument list too long")
    strings = bytearray()
    top = USER_STACK_TOP

    def push(data: bytes) -> int:
        nonlocal strings
        strings = bytearray(data) + strings
        return top - len(strings)

    execfn_at = push(execfn + b"\0")
    random_at = push(random.Random(seed).randbytes(16))
    env_at = [push(s + b"\0") for s in reversed(envp)][::-1]
    arg_at = [push(s + b"\0") for s in reversed(argv)][::-1]
    auxv = [
        (AT.PHDR, phdr_address(elf)),
        (AT.PHENT, elf.header.phentsize),
        (AT.PHNUM, elf.header.phnum),
        (AT.PAGESZ, PAGE_SIZE),
        (AT.BASE, 0),
        (AT.FLAGS, 0),
        (AT.ENTRY, elf.header.entry),
        (AT.UID, os.getuid()),
        (AT.EUID, os.geteuid()),
        (AT.GID, os.getgid()),
        (AT.EGID, os.getegid()),
        (AT.HWCAP, HWCAP),
        (AT.CLKTCK, 100),
        (AT.SECURE, 0),
        (AT.RANDOM, random_at),
        (AT.EXECFN, execfn_at),
        (AT.NULL, 0),
    ]
    words = [len(argv), *arg_at, 0, *env_at, 0]
    for key, value in auxv:
        words += [int(key), value]
    block = struct.pack(f"<{len(words)}Q", *words)
    sp = (top - len(strings) - len(block)) & ~15
    # Like Linux, the stack area starts as the argument pages plus 128 KiB; it grows
    # down on faults up to STACK_LIMIT.
    low = max(page_down(sp) - STACK_EXPAND, top - STACK_LIMIT)
    mm.map(low, top, stack_prot(elf), "stack")
    mm.poke(sp, block)
    mm.poke(top - len(strings), bytes(strings))
    return sp


def exec_image(
    mm: AddressSpace, elf: ElfFile, argv: list[bytes], envp: list[bytes], seed: int = 0
) -> Image:
    check_runnable(elf)
    brk = load_segments(mm, elf)
    mm.start_brk = mm.brk = brk
    execfn = argv[0] if argv else elf.name.encode()
    sp = build_stack(mm, elf, argv, envp, execfn, seed)
    return Image(elf.header.entry, sp, brk)


def load(
    k: Kernel, elf: ElfFile, argv: list[bytes], envp: list[bytes]
) -> tuple[AddressSpace, Image]:
    """A new address space holding the program `elf`, and where it starts."""
    try:
        mm = AddressSpace(PageTable(k.machine, k.frames))
    except OutOfMemory:
        raise ExecError(f"{elf.name}: out of memory") from None
    try:
        image = exec_image(mm, elf, argv, envp, k.seed)
    except OutOfMemory:
        mm.destroy()
        raise ExecError(f"{elf.name}: out of memory") from None
    except BaseException:
        mm.destroy()
        raise
    return mm, image


# --- execve ---------------------------------------------------------------------------------


def read_strings(mm: AddressSpace, va: int, budget: list[int]) -> list[bytes] | int:
    """A NULL-terminated array of string pointers (argv, envp) from user memory;
    `budget` holds the bytes left for all the strings and pointers (E2BIG past it)."""
    out: list[bytes] = []
    if not va:
        return out
    while True:
        raw = mm.copy_in(va + 8 * len(out), 8)
        if raw is None:
            return -Errno.EFAULT
        ptr = int.from_bytes(raw, "little")
        if ptr == 0:
            return out
        s = read_cstring(mm, ptr)
        if isinstance(s, int):
            return s
        budget[0] -= len(s) + 1 + 8
        if budget[0] < 0 or len(out) >= MAX_ARG_STRINGS:
            return -Errno.E2BIG
        out.append(s)


def read_cstring(mm: AddressSpace, va: int) -> bytes | int:
    """A NUL-terminated string of at most MAX_ARG_STRLEN bytes, page by page."""
    out = b""
    while len(out) <= MAX_ARG_STRLEN:
        at = va + len(out)
        chunk = mm.copy_in(at, PAGE_SIZE - at % PAGE_SIZE)
        if chunk is None:
            return -Errno.EFAULT
        end = chunk.find(0)
        if end >= 0:
            out += chunk[:end]
            return out if len(out) < MAX_ARG_STRLEN else -Errno.E2BIG
        out += chunk
    return -Errno.E2BIG


def read_program(k: Kernel, t: Thread, path: str) -> tuple[bytes, str] | int:
    """The bytes of the file `path` names and its guest path, or why it cannot run."""
    from groundup.kernel.fs.node import Kind
    from groundup.kernel.sysfile import AT_FDCWD, existing, lookup_path

    found = lookup_path(k, t.proc, AT_FDCWD, path, True)
    node = existing(found)
    if isinstance(node, int):
        return node
    assert not isinstance(found, int)
    if node.kind != Kind.REG:
        return -Errno.EACCES
    err = node.access(1)
    if err:
        return err
    f = node.open(k, t.proc, 0, found.path)
    if isinstance(f, int):
        return f
    st = f.stat()
    size = st.size if not isinstance(st, int) else 0
    data = f.pread(0, min(size, k.options.ram_size)) if size else b""
    if f.refs == 0:
        f.release()
    return (data, found.path) if isinstance(data, bytes) else data


def sys_execve(k: Kernel, t: Thread, path_va: int, argv_va: int, envp_va: int,
               *_: int) -> int:  # fmt: skip
    from groundup.kernel.sysfile import user_path

    p = t.proc
    path = user_path(p, path_va)
    if isinstance(path, int):
        return path
    budget = [MAX_ARG_BYTES]
    argv = read_strings(p.mm, argv_va & M64, budget)
    if isinstance(argv, int):
        return argv
    envp = read_strings(p.mm, envp_va & M64, budget)
    if isinstance(envp, int):
        return envp
    program = read_program(k, t, path)
    if isinstance(program, int):
        return program
    data, guest_path = program
    try:
        elf = read_elf(data, path)
        mm, image = load(k, elf, argv, envp)
    except (ElfError, ExecError) as e:
        return -Errno.E2BIG if "too long" in str(e) else -Errno.ENOEXEC
    replace_image(k, t, mm, image)
    p.name, p.exe, p.did_exec = path, guest_path, True
    return 0


def replace_image(k: Kernel, t: Thread, mm: AddressSpace, image: Image) -> None:
    """Past the point of no return: the caller's group becomes the new program."""
    from groundup.kernel.exit import exit_thread, release_mm, release_vfork

    p = t.proc
    for other in p.live_threads():
        if other is not t:
            exit_thread(k, other)
    become_leader(k, t)
    release_mm(k, p)
    p.mm = mm
    release_vfork(k, p)
    if p.files.users > 1:
        p.files.users -= 1
        p.files = p.files.copy()
    p.files.close_on_exec()
    p.sighand = p.sighand.copy()
    p.sighand.reset_for_exec()
    t.sig.altstack = (0, SS_DISABLE, 0)
    t.clear_child_tid = t.robust_list = 0
    hart = t.hart
    assert hart is not None
    hart.x[:] = [0] * 32
    hart.x[2] = image.sp
    hart.f[:] = [0] * 32
    hart.fpstate.fflags = hart.fpstate.frm = 0
    hart.csr.sepc = image.entry
    hart.csr.satp = mm.pagetable.satp()
    hart.flush_tlb()
    k.sched.loaded[hart.hartid] = mm


def become_leader(k: Kernel, t: Thread) -> None:
    """exec by a thread that is not the leader: it takes the leader's place and tid."""
    p = t.proc
    if t.tid == p.pid:
        return
    p.threads = [t]  # the others are gone: killed, and the old leader with them
    k.threads.pop(t.tid, None)
    t.tid = p.pid
    k.threads[t.tid] = t


HANDLERS: dict[int, Handler] = {Sys.EXECVE: sys_execve}
