""".eh_frame: the unwind tables, kept whole but for the code that is gone.

.eh_frame is a list of records (the LSB's "Exception Frames", DWARF's CFI):

    +--------+------------------+------------------------------------------+
    | length | id: 0 = CIE      | a CIE: how frames are described, with the |
    | (u32)  |     else FDE     |   personality routine (for C++ / cleanups)|
    |        | (u32: distance   | an FDE: the rules for one function; its   |
    |        |  back to its CIE)|   pc_begin (at +8) is relocated to it     |
    +--------+------------------+------------------------------------------+
    ... a zero length (crtend.o's __FRAME_END__) ends the list.

The output's .eh_frame is the concatenation of the inputs'. An FDE whose
function was discarded (a duplicate COMDAT group, or garbage-collected)
would describe code that is not there, so it is deleted, and the CIE
pointers of the FDEs after it are rewritten. For --gc-sections an FDE is an
edge in the other direction: it keeps what its function needs to unwind (the
LSDA in .gcc_except_table, the personality routine) but never the function.
"""

from __future__ import annotations

from dataclasses import dataclass

from groundup.elf.reader import Relocation
from groundup.link.inputs import InputSection
from groundup.link.relax import delete_bytes


@dataclass(frozen=True, slots=True)
class Record:
    offset: int
    size: int  # including the length field
    cie: int | None  # an FDE's CIE (its offset); None for a CIE


def records(data: bytes) -> list[Record] | None:
    """The CIEs and FDEs, or None when the section is not one this code understands."""
    out = []
    pos = 0
    while pos + 4 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "little")
        if length == 0:  # the terminator
            break
        if length == 0xFFFFFFFF or pos + 4 + length > len(data) or length < 4:
            return None  # 64-bit DWARF, or damaged: leave the section alone
        ident = int.from_bytes(data[pos + 4 : pos + 8], "little")
        out.append(Record(pos, 4 + length, None if ident == 0 else pos + 4 - ident))
        pos += 4 + length
    return out


def relocations_in(sec: InputSection, rec: Record) -> list[Relocation]:
    return [r for r in sec.relocations if rec.offset <= r.offset < rec.offset + rec.size]


def function_of(sec: InputSection, rec: Record) -> InputSection | None:
    """The section an FDE describes: the target of the relocation of its pc_begin."""
    for r in sec.relocations:
        if r.offset == rec.offset + 8 and r.symbol:
            return sec.file.symbols[r.symbol].section
    return None


def drop_dead_fdes(sec: InputSection) -> None:
    """Delete the FDEs of discarded code, and fix the CIE pointers after them."""
    recs = records(sec.data)
    if not recs:
        return
    dead = []
    for rec in recs:
        target = function_of(sec, rec) if rec.cie is not None else None
        if target is not None and not target.live:
            dead.append((rec.offset, rec.offset + rec.size))
    if not dead:
        return
    deletions = delete_bytes(sec, dead)
    data = bytearray(sec.data)
    for rec in recs:
        if rec.cie is None or deletions.deleted(rec.offset):
            continue
        field = deletions.map(rec.offset + 4)
        data[field : field + 4] = (field - deletions.map(rec.cie)).to_bytes(4, "little")
    sec.data = bytes(data)
