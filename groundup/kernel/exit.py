"""Exit and wait: threads and processes ending, zombies, and parents reaping them.

    exit(code)        one thread ends. Its clear_child_tid word is set to 0 and the
                      futex there woken (pthread_join waits on it). The last thread of
                      a group to go ends the process, with the leader's code.
    exit_group(code)  the whole group ends (so does a fatal signal: Kernel.kill).

A process whose threads are all gone gives back its memory and descriptors,
hands its children to init, and becomes a *zombie*: its pid and exit status stay
until its parent reaps it with wait4 or waitid. The parent gets its exit signal
(SIGCHLD, ignored by default) and its waiters are woken. A parent that ignores
SIGCHLD (SIG_IGN or SA_NOCLDWAIT) never sees zombies: they are reaped at once, as
init reaps the orphans it inherits.

wait4 reports `status` as Linux encodes it: exit code << 8, or the number of the
signal that killed it (the core-dump flag 0x80 is never set: no cores are
written); with WUNTRACED a stop, (signal << 8) | 0x7f, and with WCONTINUED a
continue, 0xffff — each reported once. waitid fills a siginfo_t (CLD_EXITED,
CLD_KILLED, CLD_STOPPED or CLD_CONTINUED, pid, uid, status).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING

from groundup.isa.alu import M64, wrap32
from groundup.kernel.errno import Errno
from groundup.kernel.sched import Block, State
from groundup.kernel.signal import SA_NOCLDWAIT, SIG_IGN, send_process
from groundup.kernel.sysnum import Handler, Sys
from groundup.kernel.sysproc import rusage_time

if TYPE_CHECKING:
    from groundup.kernel.proc import Exit, Kernel, Process, Thread

WNOHANG, WSTOPPED, WEXITED, WCONTINUED, WNOWAIT = 1, 2, 4, 8, 0x0100_0000
WNOTHREAD, WALL, WCLONE = 0x2000_0000, 0x4000_0000, 0x8000_0000
WAIT4_OPTIONS = WNOHANG | WSTOPPED | WCONTINUED | WNOTHREAD | WALL | WCLONE
WAITID_OPTIONS = WAIT4_OPTIONS | WEXITED | WNOWAIT
P_ALL, P_PID, P_PGID, P_PIDFD = 0, 1, 2, 3
CLD_EXITED, CLD_KILLED, CLD_STOPPED, CLD_CONTINUED = 1, 2, 5, 6
SIGCONT = 18
SIGCHLD = 17
SIGINFO_SIZE = 128
NS_PER_TICK = 1


# --- Ending -------------------------------------------------------------------------------


def exit_thread(k: Kernel, t: Thread, code: int = 0) -> None:
    """Thread `t` ends (exit, or its group is going). The last one ends the process."""
    if not t.alive:
        return
    p = t.proc
    k.sched.remove(t)
    t.exit_code = code
    clear_child_tid(k, t)
    others = [o for o in p.threads if o.alive and o is not t]
    t.state = State.ZOMBIE if t.tid == p.pid and others else State.DEAD
    p.dead_instret += t.instret
    if t.hart is None:
        k.stats.thread_exited(t)  # (one still on its hart is counted when it leaves it)
    k.threads.pop(t.tid, None)
    if t.state is State.DEAD and t.tid != p.pid:
        p.threads.remove(t)
    if not others:
        process_exit(k, p)


def clear_child_tid(k: Kernel, t: Thread) -> None:
    """CLONE_CHILD_CLEARTID / set_tid_address: write 0 there and wake one waiter,
    when someone else still shares the memory to see it."""
    addr, t.clear_child_tid = t.clear_child_tid, 0
    mm = t.proc.mm
    shared = mm.users > 1 or any(o.alive and o is not t for o in t.proc.threads)
    if addr and shared and mm.copy_out(addr, bytes(4)):
        k.futexes.wake(k, t, addr, 1, private=False)


def exit_group(k: Kernel, p: Process, result: Exit) -> None:
    """The whole group `p` ends with `result`: every thread goes now, except the one
    in the kernel (if it is one of them), which goes on its way out."""
    if p.result is not None:
        return
    p.result = result
    for t in p.live_threads():
        if t is not k.sched.in_kernel:
            exit_thread(k, t)


def process_exit(k: Kernel, p: Process) -> None:
    """The last thread of `p` is gone: release what it held; it is a zombie now."""
    from groundup.kernel.proc import Exit

    if p.result is None:
        p.result = Exit(status=p.leader.exit_code)
    release_mm(k, p)
    p.files.users -= 1
    if p.files.users == 0:
        p.files.close_all()
    release_vfork(k, p)
    for child in list(p.children):
        adopt(k, child)
    p.zombie = True
    if k.tracer is not None and p is not k.main:
        k.tracer.exit(p.result, k.trace_prefix(p.pid))
    parent = p.parent
    assert parent is not None
    if parent is k.init or autoreaps(parent):
        reap(k, p)
    elif p.exit_signal:
        info = struct.pack("<i", p.exit_signal) + siginfo(p)[4:]
        send_process(k, parent, p.exit_signal, f"child {p.pid} exited", info)
    parent.child_exit.wake(k.sched)


def release_mm(k: Kernel, p: Process) -> None:
    mm = p.mm
    mm.users -= 1
    if mm.users == 0:
        k.stats.note_mm(p.pid, mm)
        k.sched.forget(mm)
        mm.destroy()


def release_vfork(k: Kernel, p: Process) -> None:
    """A vfork child has exec'd or exited: its parent may go on."""
    if p.vfork_done is not None:
        p.vfork_done.wake(k.sched)
        p.vfork_done = None


def autoreaps(parent: Process) -> bool:
    act = parent.sighand.action(SIGCHLD)
    return act.handler == SIG_IGN or bool(act.flags & SA_NOCLDWAIT)


def adopt(k: Kernel, child: Process) -> None:
    """An orphan goes to init, which reaps it as soon as it is a zombie."""
    assert child.parent is not None
    child.parent.children.remove(child)
    child.parent = k.init
    k.init.children.append(child)
    if child.zombie:
        reap(k, child)


def reap(k: Kernel, p: Process) -> None:
    """The zombie `p` is gone for good: its pid is free, its times go to its parent."""
    k.procs.pop(p.pid, None)
    parent = p.parent
    if parent is not None:
        parent.children.remove(p)
        parent.children_instret += p.cpu_instret() + p.children_instret


def sys_exit(k: Kernel, t: Thread, status: int, *_: int) -> int:
    exit_thread(k, t, status & 0xFF)
    return 0


def sys_exit_group(k: Kernel, t: Thread, status: int, *_: int) -> int:
    from groundup.kernel.proc import Exit

    exit_group(k, t.proc, Exit(status=status & 0xFF))
    return 0


# --- Waiting --------------------------------------------------------------------------------

Match = Callable[["Process"], bool]


def _kind_ok(child: Process, options: int) -> bool:
    """__WALL takes every child; otherwise __WCLONE takes exactly the "clone" children
    (whose exit signal is not SIGCHLD)."""
    return bool(options & WALL) or (child.exit_signal != SIGCHLD) == bool(options & WCLONE)


def _candidates(p: Process, match: Match, options: int) -> list[Process]:
    return [c for c in p.children if match(c) and _kind_ok(c, options)]


def wait4_match(p: Process, pid: int) -> Match:
    if pid > 0:
        return lambda c: c.pid == pid
    if pid == -1:
        return lambda c: True
    group = p.pgid if pid == 0 else -pid
    return lambda c: c.pgid == group


def sys_wait4(k: Kernel, t: Thread, pid: int, wstatus: int, options: int, rusage: int,
              *_: int) -> int:  # fmt: skip
    p, pid, options = t.proc, wrap32(pid), options & 0xFFFF_FFFF
    if options & ~WAIT4_OPTIONS:
        return -Errno.EINVAL
    found = _candidates(p, wait4_match(p, pid), options)
    if not found:
        return -Errno.ECHILD
    zombie = next((c for c in found if c.zombie), None)
    news = _news(found, options)
    if zombie is None and news is not None:
        status = (news.stopped << 8) | 0x7F if news.news == "stopped" else 0xFFFF
        if wstatus and not p.mm.copy_out(wstatus & M64, struct.pack("<i", status)):
            return -Errno.EFAULT
        news.news = ""
        return news.pid
    if zombie is None:
        if options & WNOHANG:
            return 0
        raise Block("wait", p.child_exit)
    assert zombie.result is not None
    if wstatus and not p.mm.copy_out(wstatus & M64, struct.pack("<i", zombie.result.wait_status)):
        return -Errno.EFAULT
    if rusage and not p.mm.copy_out(rusage & M64, _rusage(zombie)):
        return -Errno.EFAULT
    reap(k, zombie)
    return zombie.pid


def _news(found: list[Process], options: int) -> Process | None:
    """A child with a stop (WSTOPPED / WUNTRACED) or continue (WCONTINUED) to report."""
    for c in found:
        if c.news == "stopped" and c.stopped and options & WSTOPPED:
            return c
        if c.news == "continued" and options & WCONTINUED:
            return c
    return None


def _rusage(child: Process) -> bytes:
    fields = [0] * 18
    fields[0:2] = rusage_time(child.cpu_instret() * NS_PER_TICK)
    return struct.pack("<18q", *fields)


def waitid_match(p: Process, idtype: int, id_: int) -> Match | int:
    match idtype:
        case 0:  # P_ALL
            return lambda c: True
        case 1 if id_ > 0:  # P_PID
            return lambda c: c.pid == id_
        case 2 if id_ >= 0:  # P_PGID (0: the caller's group)
            group = id_ or p.pgid
            return lambda c: c.pgid == group
    return -Errno.EINVAL


def siginfo(child: Process | None) -> bytes:
    """The siginfo_t waitid fills: SIGCHLD, code, pid, uid, status (zeros: none ready)."""
    if child is None:
        return bytes(SIGINFO_SIZE)
    r = child.result
    if child.news and r is None:
        news = child.news == "stopped"
        code, status = (CLD_STOPPED, child.stopped) if news else (CLD_CONTINUED, SIGCONT)
    elif r is None:
        return bytes(SIGINFO_SIZE)
    elif r.signal is not None:
        code, status = CLD_KILLED, r.signal
    else:
        code, status = CLD_EXITED, r.status
    ticks = child.cpu_instret() * NS_PER_TICK // 10_000_000  # clock_t: USER_HZ ticks
    head = struct.pack("<iii4xiIiqq", SIGCHLD, 0, code, child.pid, os.getuid(), status, ticks, 0)
    return head.ljust(SIGINFO_SIZE, b"\0")


def sys_waitid(k: Kernel, t: Thread, idtype: int, id_: int, infop: int, options: int,
               rusage: int, *_: int) -> int:  # fmt: skip
    p, options = t.proc, options & 0xFFFF_FFFF
    if options & ~WAITID_OPTIONS or not options & (WEXITED | WSTOPPED | WCONTINUED):
        return -Errno.EINVAL
    match = waitid_match(p, wrap32(idtype), wrap32(id_))
    if isinstance(match, int):
        return match
    found = _candidates(p, match, options)
    if not found:
        return -Errno.ECHILD
    zombie = next((c for c in found if c.zombie), None) if options & WEXITED else None
    news = _news(found, options) if zombie is None else None
    if zombie is None and news is None and not options & WNOHANG:
        raise Block("wait", p.child_exit)
    if infop and not p.mm.copy_out(infop & M64, siginfo(zombie or news)):
        return -Errno.EFAULT
    if news is not None and not options & WNOWAIT:
        news.news = ""
    if zombie is not None:
        if rusage and not p.mm.copy_out(rusage & M64, _rusage(zombie)):
            return -Errno.EFAULT
        if not options & WNOWAIT:
            reap(k, zombie)
    return 0


HANDLERS: dict[int, Handler] = {
    Sys.EXIT: sys_exit,
    Sys.EXIT_GROUP: sys_exit_group,
    Sys.WAIT4: sys_wait4,
    Sys.WAITID: sys_waitid,
}
