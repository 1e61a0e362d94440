"""clone and clone3: new threads and new processes.

What the new task shares with its creator is what the flags say (clone(2)):

    CLONE_THREAD   the same thread group (Process): pid, memory, files, dispositions --
                   glibc's pthread_create passes CLONE_VM|CLONE_FS|CLONE_FILES|
                   CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|
                   CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID
    otherwise      a new process, a child of the caller (of the caller's parent with
                   CLONE_PARENT), with
      CLONE_VM       the same address space (vfork, posix_spawn), else a copy-on-write
                     copy of it (fork: vma.AddressSpace.fork)
      CLONE_FILES    the same descriptor table, else a copy (same open files, offsets)
      CLONE_SIGHAND  the same dispositions, else a copy
      CLONE_VFORK    the caller blocks until the child execs or exits

The new thread starts where its creator returns from the call, with a0 = 0, on the
stack `newsp` (if given) and with tp = `tls` (CLONE_SETTLS). CLONE_PARENT_SETTID
writes its tid in the caller's memory, CLONE_CHILD_SETTID in the child's;
CLONE_CHILD_CLEARTID makes the kernel write 0 there and wake the futex when it
exits (what pthread_join waits for). The working directory and umask belong to the
process: CLONE_FS between two processes is not shared (each keeps its own copy).
Namespaces, pidfds, ptrace and cgroups are not supported (EINVAL).

A process limit (--max-procs, counting live and zombie processes) and a thread limit
(param.MAX_THREADS) make clone fail with EAGAIN, so a fork bomb stops there.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from groundup.isa.alu import M64
from groundup.isa.priv import FS_DIRTY, PAGE_SIZE
from groundup.kernel.errno import Errno
from groundup.kernel.kalloc import OutOfMemory
from groundup.kernel.param import MAX_THREADS
from groundup.kernel.sched import Block, Context, Restart, WaitQueue
from groundup.kernel.signal import NSIG
from groundup.kernel.sysnum import Handler, Sys

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel, Process, Thread

CSIGNAL = 0xFF
CLONE_VM = 0x100
CLONE_FS = 0x200
CLONE_FILES = 0x400
CLONE_SIGHAND = 0x800
CLONE_PIDFD = 0x1000
CLONE_PTRACE = 0x2000
CLONE_VFORK = 0x4000
CLONE_PARENT = 0x8000
CLONE_THREAD = 0x10000
CLONE_NEWNS = 0x20000
CLONE_SYSVSEM = 0x40000
CLONE_SETTLS = 0x80000
CLONE_PARENT_SETTID = 0x100000
CLONE_CHILD_CLEARTID = 0x200000
CLONE_DETACHED = 0x400000
CLONE_UNTRACED = 0x800000
CLONE_CHILD_SETTID = 0x1000000
CLONE_NEWCGROUP = 0x2000000
CLONE_NEWUTS = 0x4000000
CLONE_NEWIPC = 0x8000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
CLONE_IO = 0x80000000
CLONE_CLEAR_SIGHAND = 0x1_0000_0000
CLONE_INTO_CGROUP = 0x2_0000_0000
NAMESPACES = (CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER
              | CLONE_NEWPID | CLONE_NEWNET)  # fmt: skip
UNSUPPORTED = NAMESPACES | CLONE_PIDFD | CLONE_INTO_CGROUP
CLONE_ARGS_SIZE_VER0 = 64  # struct clone_args up to tls
CLONE_ARGS_SIZE = 88  # ... with set_tid, set_tid_size and cgroup


@dataclass(frozen=True, slots=True)
class CloneArgs:
    """clone's arguments, whichever call brought them (struct clone_args)."""

    flags: int
    exit_signal: int
    stack: int = 0
    parent_tid: int = 0
    tls: int = 0
    child_tid: int = 0


def check(k: Kernel, t: Thread, a: CloneArgs) -> int:
    """Why these flags cannot make a task (0 if they can): copy_process's checks."""
    f = a.flags
    if f & CLONE_NEWNS and f & CLONE_FS:
        return -Errno.EINVAL
    if f & CLONE_THREAD and not f & CLONE_SIGHAND:
        return -Errno.EINVAL
    if f & CLONE_SIGHAND and not f & CLONE_VM:
        return -Errno.EINVAL
    if f & UNSUPPORTED or not 0 <= a.exit_signal <= NSIG:
        return -Errno.EINVAL
    if len(k.threads) >= MAX_THREADS:
        return -Errno.EAGAIN
    processes = sum(1 for q in k.procs.values() if q is not k.init)
    if not f & CLONE_THREAD and processes >= k.options.max_procs:
        return -Errno.EAGAIN
    return 0


def child_context(t: Thread, a: CloneArgs) -> Context:
    """The new thread's registers: its creator's after the ecall, with a0 = 0."""
    hart = t.hart
    assert hart is not None
    ctx = Context(list(hart.x), list(hart.f), hart.csr.sepc, hart.fpstate.fflags,
                  hart.fpstate.frm, hart.fs == FS_DIRTY)  # fmt: skip
    ctx.x[10] = 0
    if a.stack:
        ctx.x[2] = a.stack
    if a.flags & CLONE_SETTLS:
        ctx.x[4] = a.tls
    return ctx


def new_process(k: Kernel, t: Thread, a: CloneArgs) -> Process:
    """The thread group a process-making clone creates (raises OutOfMemory)."""
    from groundup.kernel.proc import Process

    p, f = t.proc, a.flags
    if f & CLONE_VM:
        mm = p.mm
        mm.users += 1
    else:
        mm = p.mm.fork()
    files = p.files if f & CLONE_FILES else p.files.copy()
    if f & CLONE_FILES:
        files.users += 1
    parent = p.parent if f & CLONE_PARENT and p.parent is not None else p
    child = Process(k.new_pid(), p.name, mm, files, parent=parent, pgid=p.pgid, sid=p.sid,
                    exit_signal=a.exit_signal, limits=dict(p.limits), umask=p.umask,
                    cwd=p.cwd, exe=p.exe)  # fmt: skip
    child.sighand = p.sighand if f & CLONE_SIGHAND else p.sighand.copy()
    parent.children.append(child)
    k.procs[child.pid] = child
    return child


def do_clone(k: Kernel, t: Thread, a: CloneArgs) -> int:
    if a.flags & CLONE_VFORK and t.restart is not None:
        return vfork_wait(t)  # a continuation: the child has exec'd or exited
    err = check(k, t, a)
    if err:
        return err
    p, f = t.proc, a.flags
    ctx = child_context(t, a)
    if f & CLONE_THREAD:
        proc, tid = p, None
    else:
        try:
            proc = new_process(k, t, a)
        except OutOfMemory:
            return -Errno.ENOMEM
        tid = proc.pid
    child = k.new_thread(proc, ctx, tid)
    child.sig.blocked = t.sig.blocked
    if f & (CLONE_VM | CLONE_VFORK) != CLONE_VM:  # a thread starts without one (Linux)
        child.sig.altstack = t.sig.altstack
    word = struct.pack("<I", child.tid)
    if f & CLONE_CHILD_CLEARTID:
        child.clear_child_tid = a.child_tid
    if f & CLONE_PARENT_SETTID:
        p.mm.copy_out(a.parent_tid, word)  # as Linux: a bad address is not an error
    if f & CLONE_CHILD_SETTID:
        proc.mm.copy_out(a.child_tid, word)
    k.sched.start(child)
    if f & CLONE_VFORK:
        proc.vfork_done = WaitQueue("vfork")
        t.restart = Restart(data=proc)
        return vfork_wait(t)
    return child.tid


def vfork_wait(t: Thread) -> int:
    """A vfork parent waits until its child no longer uses its memory."""
    from groundup.kernel.proc import Process

    assert t.restart is not None
    child = t.restart.data
    assert isinstance(child, Process)
    if child.vfork_done is not None:
        raise Block("vfork", child.vfork_done, interruptible=False)
    return child.pid


def sys_clone(k: Kernel, t: Thread, flags: int, stack: int, parent_tid: int, tls: int,
              child_tid: int, *_: int) -> int:  # fmt: skip
    """clone(flags, newsp, parent_tid, tls, child_tid): RISC-V's argument order."""
    flags &= 0xFFFF_FFFF
    a = CloneArgs(flags & ~CSIGNAL, flags & CSIGNAL, stack & M64, parent_tid & M64, tls & M64,
                  child_tid & M64)  # fmt: skip
    return do_clone(k, t, a)


def sys_clone3(k: Kernel, t: Thread, uargs: int, size: int, *_: int) -> int:
    """clone3(struct clone_args *, size)."""
    size &= M64
    if size < CLONE_ARGS_SIZE_VER0:
        return -Errno.EINVAL
    if size > PAGE_SIZE:
        return -Errno.E2BIG
    data = t.proc.mm.copy_in(uargs & M64, size)
    if data is None:
        return -Errno.EFAULT
    if any(data[CLONE_ARGS_SIZE:]):
        return -Errno.E2BIG
    fields = struct.unpack("<11Q", data[:CLONE_ARGS_SIZE].ljust(CLONE_ARGS_SIZE, b"\0"))
    flags, _pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls = fields[:8]
    set_tid_size = fields[9]
    if flags & CSIGNAL or exit_signal > NSIG or set_tid_size:
        return -Errno.EINVAL
    if bool(stack) != bool(stack_size):
        return -Errno.EINVAL
    sp = stack + stack_size if stack_size else stack
    a = CloneArgs(flags & ~CLONE_CLEAR_SIGHAND, exit_signal, sp, parent_tid, tls, child_tid)
    return do_clone(k, t, a)


HANDLERS: dict[int, Handler] = {Sys.CLONE: sys_clone, Sys.CLONE3: sys_clone3}
