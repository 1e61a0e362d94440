"""How every tool writes its output file: whole, or not at all.

A tool that fails halfway must not leave a half-written object or executable
behind, nor a stale one from an earlier run that looks like this run's result
(GNU as and ld delete their output on errors). So the bytes go to a temporary
file beside the target, renamed over it once complete. An output that is not a
regular file — `-o /dev/null`, a pipe, a terminal — is written in place and never
renamed over or deleted: as root, renaming over /dev/null would replace the
device with a plain file for every other program on the machine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def write_whole(path: str, data: bytes, executable: bool = False) -> None:
    """Write `data` to `path` (`-`: standard output); the umask applies to the mode."""
    if path == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    if target.exists() and not target.is_file():
        with open(target, "wb") as f:
            f.write(data)
        return
    tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o777 if executable else 0o666)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_stale(path: str | None) -> None:
    """Delete an earlier output after a failed run: a regular file only, quietly."""
    if not path or path == "-":
        return
    try:
        if Path(path).is_file():
            Path(path).unlink()
    except OSError:
        pass
