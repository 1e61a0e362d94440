"""/proc: the kernel's view of its processes, made up as it is read.

    /proc/self            -> the calling process's pid (a symbolic link, as on Linux)
    /proc/<pid>/maps      the address space, in Linux's format (AddressSpace.maps())
    /proc/<pid>/exe       -> the program's path
    /proc/<pid>/cwd       -> the working directory
    /proc/<pid>/root      -> "/" (the guest's root: it leads nowhere else)
    /proc/<pid>/fd/<n>    one link per open descriptor; opening it opens that very file
    /proc/<pid>/status    name, state, ids, memory and signal masks (as Linux's, in part)
    /proc/<pid>/task/<tid>/status   the same for each thread of the group

A text is taken when it is opened, so one open file reads one consistent
snapshot. Links are read in the guest's namespace like any other; the fd links
are "magic": following one gives the open file itself, not its name.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from groundup.kernel.errno import Errno
from groundup.kernel.file import BytesFile, File, OpenFlag
from groundup.kernel.fs.node import Entry, Kind, Node, Stat, makedev

if TYPE_CHECKING:
    from collections.abc import Callable

    from groundup.kernel.proc import Kernel, Process, Thread

PROC_DEV = makedev(0, 0x16)


def processes(k: Kernel, p: Process) -> dict[int, Process]:
    """The processes (zombies too, until reaped), by pid."""
    return dict(sorted(k.procs.items()))


def exe_of(k: Kernel, p: Process) -> str:
    return p.exe


def _ino(pid: int, slot: int) -> int:
    return pid << 8 | slot


class ProcNode(Node):
    fs = "proc"

    def __init__(self, kind: Kind, perms: int, ino: int) -> None:
        self.kind, self.perms, self.ino = kind, perms, ino

    def stat(self) -> Stat | int:
        mode = {Kind.DIR: 0o040000, Kind.LNK: 0o120000}.get(self.kind, 0o100000) | self.perms
        nlink = 2 if self.kind == Kind.DIR else 1
        return Stat(mode=mode, ino=self.ino, dev=PROC_DEV, nlink=nlink, uid=os.getuid(),
                    gid=os.getgid())  # fmt: skip


class Link(ProcNode):
    def __init__(self, ino: int, target: Callable[[], str]) -> None:
        super().__init__(Kind.LNK, 0o777, ino)
        self.target = target

    def readlink(self, p: Process) -> str | int:
        return self.target()


class Text(ProcNode):
    def __init__(self, ino: int, text: Callable[[], str]) -> None:
        super().__init__(Kind.REG, 0o444, ino)
        self.text = text

    def open(self, k: Kernel, p: Process, flags: int, path: str) -> File | int:
        if flags & OpenFlag.ACCMODE != OpenFlag.RDONLY:
            return -Errno.EACCES
        st = self.stat()
        assert isinstance(st, Stat)
        return BytesFile(self.text().encode("utf-8", "surrogateescape"), st, path)


class Directory(ProcNode):
    """A /proc directory whose entries are made when asked for."""

    def __init__(self, ino: int) -> None:
        super().__init__(Kind.DIR, 0o555, ino)

    def children(self, p: Process) -> dict[str, Node]:
        raise NotImplementedError

    def lookup(self, name: str, p: Process) -> Node | None | int:
        return self.children(p).get(name)

    def entries(self, p: Process) -> list[Entry] | int:
        return [Entry(name, n.kind, _stat_ino(n)) for name, n in self.children(p).items()]


def _stat_ino(n: Node) -> int:
    st = n.stat()
    return st.ino if isinstance(st, Stat) else 0


class ProcRoot(Directory):
    def __init__(self, k: Kernel) -> None:
        super().__init__(1)
        self.k = k

    def children(self, p: Process) -> dict[str, Node]:
        made: dict[str, Node] = {"self": Link(2, lambda: str(p.pid))}
        for pid, q in processes(self.k, p).items():
            made[str(pid)] = PidDir(self.k, q)
        return made


class PidDir(Directory):
    def __init__(self, k: Kernel, proc: Process) -> None:
        super().__init__(_ino(proc.pid, 1))
        self.k, self.proc = k, proc

    def children(self, p: Process) -> dict[str, Node]:
        from groundup.kernel.fs.vfs import cwd_of

        k, q, pid = self.k, self.proc, self.proc.pid
        return {
            "cwd": Link(_ino(pid, 2), lambda: cwd_of(k, q)),
            "exe": Link(_ino(pid, 3), lambda: exe_of(k, q)),
            "fd": FdDir(q),
            "maps": Text(_ino(pid, 5), q.mm.maps),
            "root": Link(_ino(pid, 6), lambda: "/"),
            "status": Text(_ino(pid, 7), lambda: status(k, q, None)),
            "task": TaskDir(k, q),
        }


class TaskDir(Directory):
    """/proc/<pid>/task: a directory per thread of the group."""

    def __init__(self, k: Kernel, proc: Process) -> None:
        super().__init__(_ino(proc.pid, 8))
        self.k, self.proc = k, proc

    def children(self, p: Process) -> dict[str, Node]:
        return {str(t.tid): TidDir(self.k, self.proc, t) for t in self.proc.threads}


class TidDir(Directory):
    def __init__(self, k: Kernel, proc: Process, thread: Thread) -> None:
        super().__init__(_ino(thread.tid, 9))
        self.k, self.proc, self.thread = k, proc, thread

    def children(self, p: Process) -> dict[str, Node]:
        k, q, t = self.k, self.proc, self.thread
        return {
            "status": Text(_ino(t.tid, 10), lambda: status(k, q, t)),
            "maps": Text(_ino(t.tid, 11), q.mm.maps),
        }


def status(k: Kernel, q: Process, t: Thread | None) -> str:
    """/proc/<pid>/status, or a thread's (<pid>/task/<tid>/status): what is known truly."""
    from groundup.kernel.sched import STATE_LETTER
    from groundup.kernel.signal import SIG_DFL, SIG_IGN

    thread = t if t is not None else (q.leader if q.threads else None)
    state = "Z (zombie)" if q.zombie or thread is None else STATE_LETTER[thread.state]
    handlers = [(n, a.handler) for n, a in q.sighand.actions.items()]
    ignored = sum(1 << (n - 1) for n, h in handlers if h == SIG_IGN)
    caught = sum(1 << (n - 1) for n, h in handlers if h not in (SIG_DFL, SIG_IGN))
    pages = sum(v.end - v.start for v in q.mm.vmas) // 1024
    uid, gid = os.getuid(), os.getgid()
    n = len(k.machine.harts)
    fields = [
        ("Name", q.comm),
        ("Umask", f"{q.umask:04o}"),
        ("State", state),
        ("Tgid", q.pid),
        ("Ngid", 0),
        ("Pid", thread.tid if thread is not None else q.pid),
        ("PPid", q.ppid),
        ("TracerPid", 0),
        ("Uid", f"{uid}\t{uid}\t{uid}\t{uid}"),
        ("Gid", f"{gid}\t{gid}\t{gid}\t{gid}"),
        ("FDSize", max(64, len(q.files.fds))),
        ("VmSize", f"{pages:8} kB"),
        ("VmRSS", f"{q.mm.resident() * 4:8} kB"),
        ("Threads", len(q.live_threads())),
        ("SigPnd", f"{thread.sig.pending.bits if thread is not None else 0:016x}"),
        ("ShdPnd", f"{q.pending.bits:016x}"),
        ("SigBlk", f"{thread.sig.blocked if thread is not None else 0:016x}"),
        ("SigIgn", f"{ignored:016x}"),
        ("SigCgt", f"{caught:016x}"),
        ("Cpus_allowed", f"{(1 << n) - 1:x}"),
        ("Cpus_allowed_list", f"0-{n - 1}" if n > 1 else "0"),
    ]
    return "".join(f"{name}:\t{value}\n" for name, value in fields)


class FdDir(Directory):
    def __init__(self, proc: Process) -> None:
        super().__init__(_ino(proc.pid, 4))
        self.proc = proc

    def children(self, p: Process) -> dict[str, Node]:
        fds = self.proc.files.fds
        return {str(fd): FdLink(self.proc, fd) for fd in sorted(fds)}


class FdLink(ProcNode):
    """/proc/<pid>/fd/<n>: reads as the file's path, and opens the open file itself."""

    def __init__(self, proc: Process, fd: int) -> None:
        super().__init__(Kind.LNK, 0o700, _ino(proc.pid, 0x80) + fd)
        self.proc, self.fd = proc, fd

    def readlink(self, p: Process) -> str | int:
        f = self.proc.files.get(self.fd)
        if f is None:
            return -Errno.ENOENT
        return f.path or f"anon_inode:[{type(f).__name__}]"

    def jump(self, p: Process) -> Node | None:
        f = self.proc.files.get(self.fd)
        return OpenFile(f) if f is not None else None


class OpenFile(Node):
    """An open file seen through /proc/<pid>/fd: opening it gives the same file."""

    def __init__(self, file: File) -> None:
        self.file = file
        st = file.stat()
        self.kind = st.kind if isinstance(st, Stat) else Kind.REG

    def stat(self) -> Stat | int:
        return self.file.stat()

    def open(self, k: Kernel, p: Process, flags: int, path: str) -> File | int:
        return self.file
