"""exec: turn an ELF executable into a process image — segments, stack, entry point.

The loader maps each PT_LOAD segment page by page with the permissions its
p_flags give, copies the file bytes and leaves the rest (.bss) zero, then builds
the initial stack exactly as the Linux ABI lays it out for _start:

    sp ->  argc
           argv[0] ... argv[argc-1], NULL
           envp[0] ... NULL
           auxv: (AT_PHDR, addr) (AT_PHENT, 56) ... (AT_NULL, 0)
           ... padding, then the strings and the 16 AT_RANDOM bytes, up to the top
"""

from __future__ import annotations

import os
import random
import struct
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from groundup.elf.constants import ET, PF, PT
from groundup.elf.reader import ElfError, ElfFile
from groundup.isa.priv import PAGE_SIZE, Pte
from groundup.kernel.param import MAX_ARG_BYTES, USER_STACK_SIZE, USER_STACK_TOP
from groundup.kernel.vm import PageTable
from groundup.kernel.vma import AddressSpace

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel


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


def seg_flags(p_flags: int) -> int:
    flags = Pte.U | Pte.A | Pte.D
    if p_flags & PF.R:
        flags |= Pte.R
    if p_flags & PF.W:
        flags |= Pte.W | Pte.R  # W without R is reserved in a PTE
    if p_flags & PF.X:
        flags |= Pte.X
    return flags


def check_runnable(elf: ElfFile) -> None:
    h = elf.header
    if h.type not in (ET.EXEC, ET.DYN):
        kind = ET(h.type).name if h.type in ET._value2member_map_ else str(h.type)
        raise ElfError(elf.name, f"not an executable (e_type is {kind})", 16)
    if any(s.type == PT.INTERP for s in elf.segments):
        raise ExecError("not supported: dynamically linked executables (PT_INTERP)")
    if h.type == ET.DYN:
        raise ExecError("not supported: position-independent executables (ET_DYN)")
    if not any(s.type == PT.LOAD for s in elf.segments):
        raise ElfError(elf.name, "no loadable segments (PT_LOAD)")


def load_segments(pt: PageTable, elf: ElfFile) -> int:
    """Map and fill every PT_LOAD segment; return the end of the highest one."""
    top = 0
    for seg in elf.segments:
        if seg.type != PT.LOAD or seg.memsz == 0:
            continue
        end = seg.vaddr + seg.memsz
        if seg.vaddr < PAGE_SIZE or end > USER_STACK_TOP - USER_STACK_SIZE:
            raise ExecError(f"segment at {seg.vaddr:#x}..{end:#x} is outside user memory")
        flags = seg_flags(seg.flags)
        for page in range(seg.vaddr & ~(PAGE_SIZE - 1), end, PAGE_SIZE):
            pt.ensure(page, flags)
        pt.copy_out(seg.vaddr, elf.data[seg.offset : seg.offset + seg.filesz])
        top = max(top, end)
    return (top + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)


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


def build_stack(
    pt: PageTable, elf: ElfFile, argv: list[bytes], envp: list[bytes], execfn: bytes, seed: int
) -> int:
    """Map the stack and lay out argc/argv/envp/auxv; return the initial sp."""
    if sum(len(s) + 1 for s in argv + envp) > MAX_ARG_BYTES:
        raise ExecError("argument list too long")
    for page in range(USER_STACK_TOP - USER_STACK_SIZE, USER_STACK_TOP, PAGE_SIZE):
        pt.ensure(page, Pte.U | Pte.R | Pte.W | Pte.A | Pte.D)
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
    pt.copy_out(sp, block)
    pt.copy_out(top - len(strings), bytes(strings))
    return sp


def exec_image(
    pt: PageTable, elf: ElfFile, argv: list[bytes], envp: list[bytes], seed: int = 0
) -> Image:
    check_runnable(elf)
    brk = load_segments(pt, elf)
    execfn = argv[0] if argv else elf.name.encode()
    sp = build_stack(pt, elf, argv, envp, execfn, seed)
    return Image(elf.header.entry, sp, brk)


def load(
    k: Kernel, elf: ElfFile, argv: list[bytes], envp: list[bytes]
) -> tuple[AddressSpace, Image]:
    """A new address space holding the program `elf`, and where it starts."""
    pt = PageTable(k.machine, k.frames)
    image = exec_image(pt, elf, argv, envp, k.seed)
    return AddressSpace(pt), image
