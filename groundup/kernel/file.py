"""Open files and file descriptors (xv6's file.c).

A `File` is an open file description: what read and write do, and the offset.
An `FdTable` maps a process's descriptor numbers to them. For now the only
files are the host's standard streams; the kernel issue adds the file system.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from groundup.kernel.proc import Kernel


class File:
    """An open file description."""

    def read(self, n: int) -> bytes | int:
        """Up to n bytes, or a negative errno."""
        raise NotImplementedError

    def write(self, data: bytes) -> int:
        """Bytes written, or a negative errno."""
        raise NotImplementedError


class HostStream(File):
    """One of the host's standard streams, as the guest's fd 0, 1 or 2."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def read(self, n: int) -> bytes | int:
        return self.stream.read(n) or b""

    def write(self, data: bytes) -> int:
        self.stream.write(data)
        self.stream.flush()
        return len(data)


class FdTable:
    def __init__(self) -> None:
        self.files: dict[int, File] = {}

    @classmethod
    def standard(cls, k: Kernel) -> FdTable:
        """Descriptors 0, 1, 2 connected to the kernel's (the host's) streams."""
        table = cls()
        table.files = {0: HostStream(k.stdin), 1: HostStream(k.outputs[1]),
                       2: HostStream(k.outputs[2])}  # fmt: skip
        return table

    def get(self, fd: int) -> File | None:
        return self.files.get(fd)
