"""Archives: the `ar` format static libraries (`libc.a`) are stored in.

An archive is a signature followed by members, each a 60-byte text header and
its bytes, padded to an even length with a newline (the GNU/System V variant
of the format, as GNU ar writes it):

    "!<arch>\\n"
    +----------+----------+---------+---------+----------+----------+------+
    | name[16] | date[12] | uid[6]  | gid[6]  | mode[8]  | size[10] | `\\n  |
    +----------+----------+---------+---------+----------+----------+------+
    | data (size bytes) [+ "\\n" if size is odd]                             |

    name "/"        the symbol index: a big-endian u32 count, that many u32
                    offsets of member headers, then the symbols' names, each
                    NUL-terminated; the linker reads it to know which member
                    defines what without opening any ("/SYM64/": u64 numbers)
    name "//"       the long-name table: "name/\\n" for each name that does
                    not fit in 15 characters; such a member is named "/<offset>"
    name "foo.o/"   an ordinary member (the "/" ends the name)

The index lists, for each member that is an ELF object, the global symbols it
defines (strong, weak or common), in the member's symbol-table order.
Numbers in headers are decimal, except the mode (octal). Like Debian's GNU ar
(built with --enable-deterministic-archives), the writer records no dates,
owners or modes: 0, 0, 0 and 644.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from groundup.elf.constants import SHN_UNDEF, STB
from groundup.elf.reader import ElfError, read_elf

MAGIC = b"!<arch>\n"
THIN_MAGIC = b"!<thin>\n"
HEADER_SIZE = 60
HEADER_END = b"`\n"
INDEX_NAME, INDEX64_NAME, NAMES_NAME = "/", "/SYM64/", "//"
MAX_SHORT_NAME = 15  # a name and its terminating "/" fill the 16-byte field


class ArchiveError(Exception):
    """A file that is not a valid archive, or a damaged one."""

    def __init__(self, name: str, message: str, offset: int | None = None) -> None:
        where = f" (at offset {offset:#x})" if offset is not None else ""
        super().__init__(f"{name}: {message}{where}")


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    data: bytes
    offset: int = 0  # of its header in the archive it was read from
    date: int = 0
    uid: int = 0
    gid: int = 0
    mode: int = 0o644


@dataclass(frozen=True, slots=True)
class Archive:
    name: str
    members: tuple[Member, ...]
    index: tuple[tuple[str, int], ...]  # (symbol, offset of the defining member's header)
    has_index: bool = False

    def member_at(self, offset: int) -> Member:
        for m in self.members:
            if m.offset == offset:
                return m
        raise ArchiveError(self.name, f"the symbol index names a member at {offset:#x}, "
                           "but none starts there")  # fmt: skip


def is_archive(data: bytes) -> bool:
    return data.startswith(MAGIC) or data.startswith(THIN_MAGIC)


def read_archive(data: bytes, name: str) -> Archive:
    """Parse an archive: its members (with real names) and its symbol index."""
    if data.startswith(THIN_MAGIC):
        raise ArchiveError(name, "thin archives are not supported")
    if not data.startswith(MAGIC):
        raise ArchiveError(name, "not an archive (no !<arch> signature)", 0)
    members: list[Member] = []
    index: list[tuple[str, int]] = []
    has_index = False
    long_names = b""
    pos = len(MAGIC)
    while pos < len(data):
        if data[pos : pos + 1] == b"\n":  # tolerate padding that some writers add
            pos += 1
            continue
        raw_name, size, fields = _header(data, name, pos)
        body = data[pos + HEADER_SIZE : pos + HEADER_SIZE + size]
        if raw_name in (INDEX_NAME, INDEX64_NAME):
            index = _index(body, name, pos, 8 if raw_name == INDEX64_NAME else 4)
            has_index = True
        elif raw_name == NAMES_NAME:
            long_names = body
        else:
            member_name = _member_name(raw_name, long_names, name, pos)
            members.append(Member(member_name, body, pos, *fields))
        pos += HEADER_SIZE + size + (size & 1)
    return Archive(name, tuple(members), tuple(index), has_index)


def _header(data: bytes, name: str, pos: int) -> tuple[str, int, tuple[int, int, int, int]]:
    """(name field, size, (date, uid, gid, mode)) of the member header at `pos`."""
    header = data[pos : pos + HEADER_SIZE]
    if len(header) < HEADER_SIZE:
        raise ArchiveError(name, "truncated member header", pos)
    if header[58:60] != HEADER_END:
        raise ArchiveError(name, "malformed member header (no `\\n at its end)", pos)
    try:
        size = int(header[48:58].decode("ascii").strip() or "0")
        fields = (
            int(header[16:28].decode("ascii").strip() or "0"),
            int(header[28:34].decode("ascii").strip() or "0"),
            int(header[34:40].decode("ascii").strip() or "0"),
            int(header[40:48].decode("ascii").strip() or "0", 8),
        )
    except ValueError:
        raise ArchiveError(name, "malformed number in a member header", pos) from None
    if pos + HEADER_SIZE + size > len(data):
        raise ArchiveError(name, f"member of {size} bytes runs past the end of the archive", pos)
    return header[:16].decode("utf-8", "replace").rstrip(" "), size, fields


def _member_name(field: str, long_names: bytes, name: str, pos: int) -> str:
    if field.startswith("/") and field[1:].isdigit():
        start = int(field[1:])
        end = long_names.find(b"/\n", start)
        if start >= len(long_names) or end < 0:
            raise ArchiveError(name, f"long member name {field} is outside the name table", pos)
        return long_names[start:end].decode("utf-8", "replace")
    return field[:-1] if field.endswith("/") else field


def _index(body: bytes, name: str, pos: int, width: int) -> list[tuple[str, int]]:
    """The symbol index: (symbol, member header offset) pairs."""
    if len(body) < width:
        raise ArchiveError(name, "truncated symbol index", pos)
    count = int.from_bytes(body[:width], "big")
    names_at = width + count * width
    if names_at > len(body):
        raise ArchiveError(name, f"symbol index of {count} entries is truncated", pos)
    offsets = [int.from_bytes(body[width + i * width : 2 * width + i * width], "big")
               for i in range(count)]  # fmt: skip
    names = body[names_at:].split(b"\0")
    if len(names) < count:
        raise ArchiveError(name, f"symbol index names fewer than its {count} symbols", pos)
    return [(names[i].decode("utf-8", "replace"), offsets[i]) for i in range(count)]


# --- Writing --------------------------------------------------------------------------


def defined_symbols(member: Member) -> list[str]:
    """The global symbols an ELF object member defines, for the index (none otherwise)."""
    try:
        elf = read_elf(member.data, member.name, machine=None)
    except ElfError:
        return []
    return [s.name for s in elf.symbols if s.bind != STB.LOCAL and s.shndx != SHN_UNDEF and s.name]


def write_archive(members: Iterable[Member], index: bool = True) -> bytes:
    """An archive of `members`, with a symbol index if asked and any member defines one."""
    members = list(members)
    long_names = bytearray()
    name_fields = []
    for m in members:
        if len(m.name.encode()) > MAX_SHORT_NAME:
            name_fields.append(f"/{len(long_names)}")
            long_names += m.name.encode() + b"/\n"
        else:
            name_fields.append(m.name + "/")
    long_names += b"\n" * (len(long_names) & 1)  # GNU ar counts this padding in the size
    symbols = [defined_symbols(m) for m in members] if index else [[] for _ in members]
    count = sum(len(s) for s in symbols)
    names_blob = b"".join(s.encode() + b"\0" for syms in symbols for s in syms)
    index_size = 4 + 4 * count + len(names_blob)
    index_size += index_size & 1  # the name list is padded so the member ends evenly
    pos = len(MAGIC)
    if count:
        pos += HEADER_SIZE + index_size
    if long_names:
        pos += HEADER_SIZE + len(long_names)
    offsets = []
    for m in members:
        offsets.append(pos)
        pos += HEADER_SIZE + len(m.data) + (len(m.data) & 1)

    out = bytearray(MAGIC)
    if count:
        table = bytearray(count.to_bytes(4, "big"))
        for i, syms in enumerate(symbols):
            table += offsets[i].to_bytes(4, "big") * len(syms)
        table += names_blob
        table += bytes(index_size - len(table))
        out += _member_header(INDEX_NAME, len(table), mode=0) + table
    if long_names:
        out += _member_header(NAMES_NAME, len(long_names), None) + long_names
    for m, field in zip(members, name_fields, strict=True):
        out += _member_header(field, len(m.data), m.mode) + m.data + b"\n" * (len(m.data) & 1)
    return bytes(out)


def _member_header(name: str, size: int, mode: int | None) -> bytes:
    """A header; the long-name table (mode None) leaves date, owner and mode blank."""
    if mode is None:
        text = f"{name:<16}{'':<12}{'':<6}{'':<6}{'':<8}{size:<10}"
    else:
        text = f"{name:<16}{0:<12}{0:<6}{0:<6}{mode:<8o}{size:<10}"
    return text.encode() + HEADER_END
