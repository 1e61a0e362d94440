"""The output's .riscv.attributes: what the program needs of the hart, merged.

Each object records the ISA it was built for (Tag_RISCV_arch, e.g.
"rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"), the stack
alignment it assumes, and a few more facts (psABI "Attributes"). The
executable needs all of them at once: the union of the extensions (each at
its highest version), listed in the canonical order (the base, the single
letters in the order IMAFDQLCBKJTPVNH, then the multi-letter Z extensions
grouped by the letter that follows the Z, then S and X ones), the stricter
alignment, unaligned access if any object allowed it, and for the rest the
first object's word.

The section's layout: 'A', then a "riscv" vendor subsection holding one
file-wide group of (ULEB128 tag, value) pairs; even tags take a ULEB128
number, odd tags a NUL-terminated string.
"""

from __future__ import annotations

import re

from groundup.elf.constants import RISCV_TAG
from groundup.elf.reader import AttributeGroup

LETTER_ORDER = "imafdqlcbkjtpvnh"
_VERSIONED = re.compile(r"([a-z]+?)(\d+)p(\d+)\Z")


def parse_arch(arch: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """("rv64", {extension: (major, minor)}) of an arch string."""
    base, rest = arch[:4], arch[4:]
    extensions: dict[str, tuple[int, int]] = {}
    for part in rest.split("_"):
        m = _VERSIONED.match(part)
        if m:
            extensions[m.group(1)] = (int(m.group(2)), int(m.group(3)))
        elif part:
            extensions[part] = (0, 0)
    return base, extensions


def _order(name: str) -> tuple[int, int, str]:
    if len(name) == 1:
        return 0, LETTER_ORDER.find(name) % 99, name
    if name.startswith("z"):
        return 1, LETTER_ORDER.find(name[1]) % 99, name
    return (2 if name.startswith("s") else 3), 0, name


def merge_arch(arches: list[str]) -> str:
    base = arches[0][:4]
    merged: dict[str, tuple[int, int]] = {}
    for arch in dict.fromkeys(arches):  # each string once: libc's 300 objects share a few
        for name, version in parse_arch(arch)[1].items():
            merged[name] = max(merged.get(name, version), version)
    return base + "_".join(f"{n}{v[0]}p{v[1]}" for n, v in
                           sorted(merged.items(), key=lambda item: _order(item[0])))  # fmt: skip


def merge(groups: list[tuple[AttributeGroup, ...]]) -> dict[int, int | str]:
    """The file-wide attributes of the output, from each input's."""
    values: dict[int, int | str] = {}
    arches: list[str] = []
    for file_groups in groups:
        for g in file_groups:
            if g.vendor != "riscv" or g.scope != RISCV_TAG.FILE:
                continue
            for tag, value in g.values:
                if tag == RISCV_TAG.ARCH and isinstance(value, str):
                    arches.append(value)
                elif tag == RISCV_TAG.STACK_ALIGN and isinstance(value, int):
                    values[tag] = max(int(values.get(tag, 0)), value)
                elif tag == RISCV_TAG.UNALIGNED_ACCESS and isinstance(value, int):
                    values[tag] = int(values.get(tag, 0)) | value
                else:
                    values.setdefault(tag, value)
    if arches:
        values[RISCV_TAG.ARCH] = merge_arch(arches)
    return values


def encode(values: dict[int, int | str]) -> bytes:
    """A .riscv.attributes section holding `values` (tags in ascending order)."""
    body = b""
    for tag in sorted(values):
        value = values[tag]
        body += uleb128(tag)
        body += value.encode() + b"\0" if isinstance(value, str) else uleb128(value)
    group = bytes([RISCV_TAG.FILE]) + (5 + len(body)).to_bytes(4, "little") + body
    vendor = b"riscv\0" + group
    return b"A" + (4 + len(vendor)).to_bytes(4, "little") + vendor


def uleb128(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)
