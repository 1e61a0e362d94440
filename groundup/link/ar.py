"""`groundup ar`: create, modify and read archives, as GNU ar does.

    groundup ar [-]{r|q|t|x|d|p|s}[cvsSuD] ARCHIVE [MEMBER...]

    r   insert the files, replacing members of the same name (new ones go last)
    q   append the files, even if members of that name exist
    t   list the members (v: with mode, owner, size and date)
    x   extract the members (all, or those named) into the current directory
    d   delete the named members
    p   print the members' contents
    s   (alone) write the symbol index, as ranlib does
  modifiers: c create without saying so; v verbose; s write the index (the
  default when writing); S do not; u (with r) replace only older members;
  D deterministic (the default: no dates, owners or modes are recorded).

The file written is byte-identical to what Debian's GNU ar writes for the
same inputs (see archive.py for the format).
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from groundup.link.archive import ArchiveError, Member, read_archive, write_archive
from groundup.outfile import write_whole

PROGRAM = "groundup ar"
USAGE = "usage: groundup ar [-]{r|q|t|x|d|p|s}[cvsSuD] ARCHIVE [MEMBER...]"
OPERATIONS = "rqtxdps"
MODIFIERS = "cvsSuDUoP"


class UsageError(Exception):
    pass


@dataclass(slots=True)
class Request:
    operation: str
    modifiers: str
    archive: str
    names: list[str] = field(default_factory=list)

    def has(self, modifier: str) -> bool:
        return modifier in self.modifiers


def parse_args(argv: list[str]) -> Request:
    args = list(argv)
    if not args:
        raise UsageError("no operation specified")
    keys = args.pop(0).lstrip("-")
    ops = [k for k in keys if k in OPERATIONS]
    if "s" in ops and len(ops) > 1:
        ops.remove("s")
    if len(ops) != 1:
        raise UsageError("two different operation options specified" if ops
                         else "no operation specified")  # fmt: skip
    unknown = [k for k in keys if k not in OPERATIONS + MODIFIERS]
    if unknown:
        raise UsageError(f"invalid option -- '{unknown[0]}'")
    if not args:
        raise UsageError("no archive specified")
    modifiers = keys.replace(ops[0], "", 1)
    return Request(ops[0], modifiers, args[0], args[1:])


def _read(path: str, must_exist: bool) -> list[Member] | None:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        if must_exist:
            raise
        return None
    return list(read_archive(data, path).members)


def _file_member(path: str) -> Member:
    return Member(os.path.basename(path), Path(path).read_bytes())


def _say(message: str) -> None:
    print(message)


def _write_bytes(data: bytes) -> None:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream (as under a test's redirection)
        sys.stdout.write(data.decode("utf-8", "replace"))
    else:
        buffer.write(data)
        buffer.flush()


def _warn(message: str) -> None:
    sys.stdout.flush()
    print(f"{PROGRAM}: {message}", file=sys.stderr)


def replace(req: Request, members: list[Member], append_only: bool) -> list[Member]:
    """r (replace or add) and q (append)."""
    for path in req.names:
        new = _file_member(path)
        at = None if append_only else next(
            (i for i, m in enumerate(members) if m.name == new.name), None)  # fmt: skip
        if at is None:
            members.append(new)
            tag = "a"
        else:
            members[at] = new
            tag = "r"
        if req.has("v"):
            _say(f"{tag} - {path}")
    return members


def delete(req: Request, members: list[Member]) -> list[Member]:
    for name in req.names:
        at = next((i for i, m in enumerate(members) if m.name == name), None)
        if at is None:
            _warn(f"no entry {name} in archive")
            continue
        del members[at]
        if req.has("v"):
            _say(f"d - {name}")
    return members


def _chosen(req: Request, members: list[Member]) -> list[Member]:
    if not req.names:
        return members
    missing = [n for n in req.names if not any(m.name == n for m in members)]
    for name in missing:
        _warn(f"no entry {name} in archive")
    return [m for m in members if m.name in req.names]


def describe(m: Member) -> str:
    """A `t` line with v: mode, owner/group, size, date, name (GNU ar's layout)."""
    mode = "".join(c if m.mode & (0o400 >> i) else "-" for i, c in enumerate("rwxrwxrwx"))
    date = time.strftime("%b %e %H:%M %Y", time.localtime(m.date))
    return f"{mode} {m.uid}/{m.gid} {len(m.data):6d} {date} {m.name}"


def extract(req: Request, members: list[Member]) -> None:
    for m in _chosen(req, members):
        if req.has("v"):
            _say(f"x - {m.name}")
        fd = os.open(m.name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, m.mode & 0o777 or 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(m.data)


def run(req: Request) -> int:
    reading = req.operation in "txp"
    members = _read(req.archive, must_exist=reading or req.operation == "d")
    if reading:
        assert members is not None
        chosen = _chosen(req, members)
        if req.operation == "t":
            for m in chosen:
                _say(describe(m) if req.has("v") else m.name)
        elif req.operation == "p":
            for m in chosen:
                if req.has("v"):
                    _say(f"\n<{m.name}>\n")
                _write_bytes(m.data)
        else:
            extract(req, members)
        return 0
    if members is None:
        if req.operation == "s":
            raise FileNotFoundError(req.archive)
        if not req.has("c"):
            _warn(f"creating {req.archive}")
        members = []
    if req.operation in "rq":
        members = replace(req, members, req.operation == "q")
    elif req.operation == "d":
        members = delete(req, members)
    write_whole(req.archive, write_archive(members, index=not req.has("S")))
    return 0


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help", "-H") for a in argv):
        print(__doc__.split("\n\n", 1)[1], end="")
        return 0
    if argv[:1] in (["--version"], ["-V"]):
        print("groundup ar 0.1 (GNU ar compatible)")
        return 0
    try:
        return run(parse_args(argv))
    except UsageError as e:
        _warn(str(e))
        print(USAGE, file=sys.stderr)
        return 1
    except FileNotFoundError as e:
        _warn(f"{e.filename}: No such file or directory")
        return 1
    except (ArchiveError, OSError) as e:
        _warn(str(e))
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
