"""The ISA string and the .riscv.attributes section.

An object says which ISA its code needs in two places: the `$x<isa>` mapping
symbols (the disassembler switches on them) and the Tag_RISCV_arch attribute
(linkers check and merge it). Both use the canonical string GNU as writes,
e.g. `rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0_zmmul1p0` for -march=rv64gc: every
extension with its version, in the canonical order (RISC-V unprivileged spec,
"ISA Extension Naming Conventions": the base, then single letters in the order
imafdqlcbkjtpvnh, then `z` names ordered by their second letter's category,
then `s` and `x` names), `g` spelled out, implied extensions added (d implies
f, m implies zmmul).

Versions not written take the defaults of ISA spec 2.2, GNU as 2.40's default
here; under it `zicsr` and `zifencei` have no version, so a bare `zicsr` is
dropped (they are part of I 2.0), while `zicsr2p0` (as gcc writes it) stays.

The attributes section (psABI "RISC-V ELF Attributes") is a list of (tag,
value) pairs in a "riscv" vendor subsection; integer values are ULEB128,
strings NUL-terminated, and GNU writes them by tag number, leaving out integer
attributes that are 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum


class Tag(IntEnum):
    """psABI "List of attributes"."""

    FILE = 1
    STACK_ALIGN = 4
    ARCH = 5
    UNALIGNED_ACCESS = 6
    PRIV_SPEC = 8
    PRIV_SPEC_MINOR = 10
    PRIV_SPEC_REVISION = 12


TAG_NAMES = {"stack_align": Tag.STACK_ALIGN, "arch": Tag.ARCH,
             "unaligned_access": Tag.UNALIGNED_ACCESS, "priv_spec": Tag.PRIV_SPEC,
             "priv_spec_minor": Tag.PRIV_SPEC_MINOR,
             "priv_spec_revision": Tag.PRIV_SPEC_REVISION}  # fmt: skip

ORDER = "iemafdqlcbkjtpvnh"  # canonical order of single-letter extensions
DEFAULT_VERSIONS = {"i": (2, 0), "e": (1, 9), "m": (2, 0), "a": (2, 0), "f": (2, 0),
                    "d": (2, 0), "q": (2, 0), "c": (2, 0), "zmmul": (1, 0)}  # fmt: skip
IMPLIES = {"d": ("f",), "q": ("d",), "m": ("zmmul",)}


class ArchError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Arch:
    """An ISA: XLEN and extensions with versions, kept in canonical order."""

    xlen: int
    extensions: tuple[tuple[str, int, int], ...]

    def has(self, name: str) -> bool:
        return any(e[0] == name for e in self.extensions)

    def names(self) -> frozenset[str]:
        return frozenset(e[0] for e in self.extensions)

    def __str__(self) -> str:
        parts = [f"{n}{major}p{minor}" for n, major, minor in self.extensions]
        return f"rv{self.xlen}" + "_".join(parts)

    def with_extension(self, name: str, on: bool) -> Arch:
        """This ISA with `name` added (default version) or removed."""
        exts = {e[0]: e for e in self.extensions}
        if on and name not in exts:
            return _canonical(self.xlen, {**exts, **_with_implied({name: None})})
        if not on:
            exts.pop(name, None)
        return Arch(self.xlen, tuple(exts.values()))


def _key(name: str) -> tuple[int, int, str]:
    if len(name) == 1:
        return (0, ORDER.index(name) if name in ORDER else len(ORDER), name)
    category = {"z": 1, "s": 2, "x": 3}.get(name[0], 4)
    second = ORDER.index(name[1]) if category == 1 and name[1] in ORDER else len(ORDER)
    return (category, second, name)


def _with_implied(exts: dict[str, tuple[int, int] | None]) -> dict[str, tuple[str, int, int]]:
    """Versions filled in, implied extensions added, unversionable ones dropped."""
    todo = list(exts)
    out: dict[str, tuple[str, int, int]] = {}
    while todo:
        name = todo.pop(0)
        if name in out:
            continue
        version = exts.get(name) or DEFAULT_VERSIONS.get(name)
        if version is None:
            continue
        out[name] = (name, *version)
        todo += IMPLIES.get(name, ())
    return out


def _canonical(xlen: int, exts: dict[str, tuple[str, int, int]]) -> Arch:
    return Arch(xlen, tuple(sorted(exts.values(), key=lambda e: _key(e[0]))))


_VERSION = re.compile(r"(\d+)(?:p(\d+))?")


def parse_arch(text: str) -> Arch:
    """The Arch of an ISA string such as `rv64gc` or `rv64i2p1_m2p0_..._zicsr2p0`."""
    s = text.strip().lower()
    m = re.match(r"rv(32|64)", s)
    if m is None:
        raise ArchError(f"ISA string '{text}' must begin with rv32 or rv64")
    xlen, rest = int(m.group(1)), s[m.end() :]
    if xlen != 64:
        raise ArchError("only RV64 is supported")
    if not rest or rest[0] not in "ieg":
        raise ArchError(f"ISA string '{text}' must start with i, e or g after rv64")
    exts: dict[str, tuple[int, int] | None] = {}
    for part in rest.split("_"):
        if part:
            _parse_part(part, exts, text)
    return _canonical(xlen, _with_implied(exts))


def _parse_part(part: str, exts: dict[str, tuple[int, int] | None], text: str) -> None:
    if part[0] in "zsx":
        m = re.fullmatch(r"([a-z]+?)(\d+(?:p\d+)?)?", part)
        if m is None or len(m.group(1)) < 2:
            raise ArchError(f"bad extension '{part}' in ISA string '{text}'")
        exts[m.group(1)] = _version(m.group(2))
        return
    i = 0
    while i < len(part):
        letter = part[i]
        if not letter.isalpha() or letter in "zsx":
            raise ArchError(f"bad extension '{part[i:]}' in ISA string '{text}'")
        v = _VERSION.match(part, i + 1)
        version = _version(v.group(0)) if v else None
        i = v.end() if v else i + 1
        if letter == "g":
            for e in "imafd":
                exts.setdefault(e, None)
        else:
            exts[letter] = version


def _version(s: str | None) -> tuple[int, int] | None:
    if not s:
        return None
    major, _, minor = s.partition("p")
    return int(major), int(minor or 0)


def uleb128(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def encode_attributes(values: dict[int, int | str]) -> bytes:
    """The contents of .riscv.attributes for these (tag -> value) pairs."""
    body = bytearray()
    for tag in sorted(values):
        value = values[tag]
        if isinstance(value, int) and value == 0:
            continue
        body += uleb128(tag)
        body += value.encode() + b"\0" if isinstance(value, str) else uleb128(value)
    file_part = uleb128(Tag.FILE) + (len(body) + 5).to_bytes(4, "little") + body
    vendor = b"riscv\0"
    sub = (4 + len(vendor) + len(file_part)).to_bytes(4, "little") + vendor + file_part
    return b"A" + sub


def is_string_tag(tag: int) -> bool:
    """psABI: odd tags hold NUL-terminated strings, even ones ULEB128 integers."""
    return tag % 2 == 1
