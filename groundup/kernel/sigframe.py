"""Signal frames: running a program's signal handler, and rt_sigreturn coming back.

To run a handler the kernel saves the thread's user context on its stack (or on
its alternate signal stack, for SA_ONSTACK) as Linux riscv's `struct rt_sigframe`,
then sends the thread to the handler with

    a0 = the signal    a1 = &frame.info    a2 = &frame.uc    sp = &frame (16-aligned)
    ra = the signal trampoline: `li a7, 139; ecall` — rt_sigreturn

glibc on riscv64 gives no SA_RESTORER; Linux returns through its vDSO's
__vdso_rt_sigreturn. groundup has no vDSO, so an address space gets a page of its
own, "[vdso]" (read + execute, at VDSO_BASE just above the stack), holding those
two instructions — the first time a handler runs in it (a program that never
catches a signal has the maps it always had); fork copies it, execve drops it.
rt_sigreturn reads the frame back at sp: the signal mask, every register, the FP
state and the alternate stack; a frame it cannot read is the process's death by
SIGSEGV, as on Linux.

The frame (offsets from sp; checked against the riscv64 glibc headers by
tests/test_signals.py):

       0  siginfo_t info            128 bytes
     128  struct ucontext uc        960 bytes
            +0    uc_flags          u64
            +8    uc_link           u64
            +16   uc_stack          ss_sp u64, ss_flags i32 (+4 padding), ss_size u64
            +40   uc_sigmask        u64, then 120 bytes of padding (a 1024-bit sigset)
            +176  uc_mcontext       struct sigcontext (16-aligned):
                    +0    sc_regs   pc, then x1 (ra) ... x31: 32 u64
                    +256  f0 ... f31                     32 u64 (the D extension)
                    +512  fcsr      u32
                    +772  u32[3] the Q layout's reserved words: must be 0
                    ...   to the end of the 528-byte FP union
    1088  (end)
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap64
from groundup.isa.priv import PAGE_SIZE, Priv
from groundup.kernel.param import USER_STACK_TOP
from groundup.kernel.signal import (
    MINSIGSTKSZ,
    SA_ONSTACK,
    SIGINFO_SIZE,
    SS_AUTODISARM,
    SS_DISABLE,
    SS_ONSTACK,
    UNBLOCKABLE,
    SigAction,
    force_signal,
    handler_ran,
    siginfo_user,
    signal_name,
)
from groundup.kernel.sysnum import Handler, Sys
from groundup.kernel.vma import ImageBacking, Prot

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Thread
    from groundup.kernel.vma import AddressSpace
    from groundup.machine.hart import Hart

VDSO_BASE = USER_STACK_TOP  # the page between the stack's top and the end of user space
TRAMPOLINE = struct.pack("<II", 0x08B0_0893, 0x0000_0073)  # li a7, 139; ecall
UC_OFFSET = SIGINFO_SIZE
MCONTEXT_OFFSET = 176  # within the ucontext
FP_OFFSET = 256  # within the mcontext
UCONTEXT_SIZE = 960
FRAME_SIZE = SIGINFO_SIZE + UCONTEXT_SIZE
STACK_T = struct.Struct("<Qi4xQ")
SIGSEGV = 11


def map_vdso(mm: AddressSpace) -> None:
    """Give an address space its signal trampoline page, unless it has it."""
    v = mm.find(VDSO_BASE)
    if v is None or v.backing is None or v.backing.path != "[vdso]":
        image = ImageBacking("[vdso]", TRAMPOLINE)
        mm.map(VDSO_BASE, VDSO_BASE + PAGE_SIZE, Prot.READ | Prot.EXEC, "file", image)


# --- the user context on a hart ------------------------------------------------------


def user_pc(hart: Hart) -> int:
    """Where the thread on `hart` goes on in user mode: its pc, or sepc while in a trap."""
    return hart.pc if hart.priv == Priv.U else hart.csr.sepc


def set_user_pc(hart: Hart, pc: int) -> None:
    if hart.priv == Priv.U:
        hart.pc = pc
    else:
        hart.csr.sepc = pc


def on_altstack(t: Thread, sp: int) -> bool:
    ss_sp, _, size = t.sig.altstack
    return size != 0 and ss_sp < sp <= ss_sp + size


def altstack_flags(t: Thread, sp: int) -> int:
    """ss_flags as sigaltstack and uc_stack report them (Linux's sas_ss_flags)."""
    ss_sp, flags, size = t.sig.altstack
    if not size:
        return SS_DISABLE
    return (SS_ONSTACK if on_altstack(t, sp) else 0) | flags & SS_AUTODISARM


def pack_context(hart: Hart) -> bytes:
    """struct sigcontext: pc and x1..x31, then the D extension's f0..f31 and fcsr."""
    regs = struct.pack("<32Q", user_pc(hart) & M64, *(r & M64 for r in hart.x[1:]))
    fcsr = hart.fpstate.frm << 5 | hart.fpstate.fflags
    fp = struct.pack("<32QI", *(f & M64 for f in hart.f), fcsr)
    return (regs + fp).ljust(UCONTEXT_SIZE - MCONTEXT_OFFSET, b"\0")


# --- delivering: building a frame ----------------------------------------------------


def setup_frame(k: Kernel, t: Thread, sig: int, act: SigAction, info: bytes, mask: int) -> None:
    """Send thread `t` (on its hart) to the handler of `sig`, with its context saved in
    a frame; `mask` is the signal mask rt_sigreturn will restore."""
    hart = t.hart
    assert hart is not None
    p = t.proc
    sp = hart.x[2]
    stack = STACK_T.pack(t.sig.altstack[0], altstack_flags(t, sp), t.sig.altstack[2])
    if act.flags & SA_ONSTACK and t.sig.altstack[2] and not on_altstack(t, sp):
        sp = t.sig.altstack[0] + t.sig.altstack[2]
        if t.sig.altstack[1] & SS_AUTODISARM:
            t.sig.altstack = (0, SS_DISABLE, 0)
    frame_sp = (sp - FRAME_SIZE) & ~15
    uc = struct.pack("<QQ", 0, 0) + stack + mask.to_bytes(8, "little")
    frame = info + uc.ljust(MCONTEXT_OFFSET, b"\0") + pack_context(hart)
    if frame_sp <= 0 or not p.mm.copy_out(frame_sp, frame):
        why = f"no room for the {sig} signal frame at {frame_sp:#x}"
        if sig == SIGSEGV:
            p.sighand.actions.pop(SIGSEGV, None)  # it cannot run: the default action
        force_signal(k, t, SIGSEGV, why, siginfo_user(SIGSEGV, 0, 0x80))
        return
    if k.tracer is not None:
        k.tracer.line(k.trace_prefix(t.tid) + describe_delivery(sig, info))
    map_vdso(p.mm)
    x = hart.x
    x[1], x[2] = VDSO_BASE, frame_sp
    x[10], x[11], x[12] = sig, frame_sp, frame_sp + UC_OFFSET
    set_user_pc(hart, act.handler & M64)
    handler_ran(p, t, sig, act)


SI_CODES = {0: "SI_USER", 0x80: "SI_KERNEL", -1: "SI_QUEUE", -6: "SI_TKILL"}


def describe_delivery(sig: int, info: bytes) -> str:
    """A handler is about to run: strace's "--- SIGUSR1 {si_signo=SIGUSR1, ...} ---"."""
    name = signal_name(sig)
    code, pid, uid = struct.unpack_from("<i4xiI", info, 8)
    if code in SI_CODES:
        what = f"si_code={SI_CODES[code]}, si_pid={pid}, si_uid={uid}"
    else:
        what = f"si_code={code}, si_addr={struct.unpack_from('<Q', info, 16)[0]:#x}"
    return f"--- {name} {{si_signo={name}, {what}}} ---"


# --- returning: rt_sigreturn -----------------------------------------------------------


def restore_context(hart: Hart, mc: bytes) -> None:
    regs = struct.unpack_from("<32Q", mc)
    set_user_pc(hart, regs[0])
    hart.x[1:] = [wrap64(r) for r in regs[1:]]
    *f, fcsr = struct.unpack_from("<32QI", mc, FP_OFFSET)
    hart.f[:] = f
    hart.fpstate.frm, hart.fpstate.fflags = (fcsr >> 5) & 7, fcsr & 0x1F
    hart.set_fs_dirty()


def sys_rt_sigreturn(k: Kernel, t: Thread, *_: int) -> int:
    """Back from a handler: the context, the mask and the alternate stack of the frame
    at sp. The result is the restored a0 (the dispatcher writes it back there)."""
    hart = t.hart
    assert hart is not None
    sp = hart.x[2]
    frame = t.proc.mm.copy_in(sp, FRAME_SIZE) if sp % 8 == 0 else None
    reserved = UC_OFFSET + MCONTEXT_OFFSET + FP_OFFSET + 516  # the Q layout's u32[3]
    if frame is not None and any(frame[reserved : reserved + 12]):
        frame = None  # state of an extension this kernel does not have: EINVAL, a bad frame
    if frame is None:
        why = f"rt_sigreturn found no signal frame at sp {sp:#x}"
        force_signal(k, t, SIGSEGV, why, siginfo_user(SIGSEGV, 0, 0x80))
        return hart.x[10]
    uc = frame[UC_OFFSET:]
    mask = int.from_bytes(uc[40:48], "little")
    t.sig.blocked = mask & ~UNBLOCKABLE
    restore_context(hart, uc[MCONTEXT_OFFSET:])
    restore_altstack(t, STACK_T.unpack_from(uc, 16), hart.x[2])
    return hart.x[10]


def restore_altstack(t: Thread, stack: tuple[int, int, int], sp: int) -> None:
    """uc_stack back as sigaltstack would set it (errors ignored, as Linux does)."""
    ss_sp, flags, size = stack
    if on_altstack(t, sp):
        return  # EPERM: it cannot change while in use
    if flags & ~SS_AUTODISARM == SS_DISABLE:
        t.sig.altstack = (0, SS_DISABLE, 0)
    elif size >= MINSIGSTKSZ:
        t.sig.altstack = (ss_sp, flags & SS_AUTODISARM, size)


HANDLERS: dict[int, Handler] = {Sys.RT_SIGRETURN: sys_rt_sigreturn}
