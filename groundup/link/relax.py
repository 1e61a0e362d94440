"""Deleting bytes from input sections: alignment padding, and dead .eh_frame records.

An assembler that lets the linker relax code (gas -mrelax, the default, and
`groundup as`) cannot know where `.align` padding ends, since the code before
it may still shrink. So it emits the most padding that could be needed — nops
of `alignment - 2` bytes with compressed instructions — and an R_RISCV_ALIGN
relocation whose addend is that size (the alignment is the smallest power of
two above it). The linker must delete the nops not needed, or the code after
them would be misaligned: this is the one relaxation a RISC-V linker cannot
skip. (Shortening call sequences, gp-relative addressing and the rest are
optional; this linker does not do them.)

Deleting bytes moves everything after them. Relocation offsets and the values
and sizes of symbols defined in the section are mapped through the deletions;
a relocation against the section's own symbol has its addend mapped too.
References inside the section need no fixing: an assembler that relaxes
leaves every one of them as a relocation, computed afresh at the end.

Deletion depends only on offsets inside the section, because the section's
alignment is raised to the largest alignment its padding serves; so it is
done once, before layout.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from groundup.elf.constants import R_RISCV, STT
from groundup.link.errors import Reporter
from groundup.link.inputs import InputFile, InputSection

NOP = (0x00000013).to_bytes(4, "little")  # addi x0, x0, 0
C_NOP = (0x0001).to_bytes(2, "little")  # c.addi x0, 0


@dataclass(frozen=True, slots=True)
class Deletions:
    """Byte ranges [start, end) removed from a section, sorted, in original offsets."""

    starts: list[int]
    ends: list[int]
    removed: list[int]  # removed[i]: bytes removed by ranges 0..i-1

    @classmethod
    def of(cls, ranges: list[tuple[int, int]]) -> Deletions:
        ranges = sorted(r for r in ranges if r[1] > r[0])
        removed = [0]
        for start, end in ranges:
            removed.append(removed[-1] + end - start)
        return cls([r[0] for r in ranges], [r[1] for r in ranges], removed)

    def map(self, offset: int) -> int:
        """Where the byte at original `offset` is after the deletions (inside one: its start)."""
        i = bisect.bisect_left(self.starts, offset)  # ranges 0..i-1 start before offset
        if i and offset < self.ends[i - 1]:
            return self.starts[i - 1] - self.removed[i - 1]
        return offset - self.removed[i]

    def deleted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset)
        return bool(i) and offset < self.ends[i - 1]


def delete_bytes(sec: InputSection, ranges: list[tuple[int, int]]) -> Deletions:
    """Remove byte ranges from `sec`, moving its relocations and its file's symbols."""
    d = Deletions.of(ranges)
    if not d.starts:
        return d
    data = bytearray()
    pos = 0
    for start, end in zip(d.starts, d.ends, strict=True):
        data += sec.data[pos:start]
        pos = end
    data += sec.data[pos:]
    sec.data, sec.size = bytes(data), sec.size - d.removed[-1]
    sec.relocations = [replace(r, offset=d.map(r.offset)) for r in sec.relocations
                       if not d.deleted(r.offset)]  # fmt: skip
    _move_symbols(sec, d)
    return d


def _move_symbols(sec: InputSection, d: Deletions) -> None:
    file = sec.file
    for sym in file.symbols:
        if sym.section is sec and (sym.is_local or sym.file is file):
            end = d.map(sym.value + sym.size)
            sym.value = d.map(sym.value)
            sym.size = end - sym.value if sym.size else 0
    for other in file.sections:  # relocations against the section itself carry offsets
        if other is None:
            continue
        moved = []
        for r in other.relocations:
            target = file.symbols[r.symbol] if r.symbol else None
            if target is not None and target.type == STT.SECTION and target.section is sec:
                r = replace(r, addend=d.map(r.addend))
            moved.append(r)
        other.relocations = moved


def alignment_of(addend: int) -> int:
    """The boundary an R_RISCV_ALIGN's padding of `addend` bytes aligns to."""
    alignment = 1
    while alignment <= addend:
        alignment *= 2
    return alignment


def align_code(file: InputFile, reporter: Reporter) -> None:
    """Delete the alignment padding no longer needed in each live section of `file`."""
    for sec in file.live_sections():
        if R_RISCV.ALIGN in (r.type for r in sec.relocations):
            _align_section(sec, reporter)


def _align_section(sec: InputSection, reporter: Reporter) -> None:
    data = bytearray(sec.data)
    ranges = []
    removed = 0
    for r in sec.relocations:
        if r.type != R_RISCV.ALIGN:
            continue
        if r.addend < 0 or r.offset + r.addend > len(data):
            reporter.error(f"{sec.file.name}({sec.name}+{r.offset:#x}): R_RISCV_ALIGN padding "
                           f"of {r.addend} bytes runs past the end of the section")  # fmt: skip
            continue
        alignment = alignment_of(r.addend)
        sec.align = max(sec.align, alignment)
        keep = -(r.offset - removed) % alignment
        if keep > r.addend:
            reporter.error(f"{sec.file.name}({sec.name}+{r.offset:#x}): {keep} bytes required "
                           f"for alignment to {alignment}-byte boundary, but only {r.addend} "
                           "present")  # fmt: skip
            continue
        if keep == r.addend:  # already right: the assembler's nops stay, as GNU ld leaves them
            continue
        # 4-byte nops, then a c.nop for the rest (GNU ld writes all of a c.nop even when one
        # byte is left, as for padding at an odd offset: the byte after it goes anyway).
        fill = NOP * (keep // 4) + (C_NOP if keep % 4 else b"")
        data[r.offset : r.offset + len(fill)] = fill
        ranges.append((r.offset + keep, r.offset + r.addend))
        removed += r.addend - keep
    sec.data = bytes(data)
    delete_bytes(sec, ranges)
    sec.relocations = [r for r in sec.relocations if r.type != R_RISCV.ALIGN]
