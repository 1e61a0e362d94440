"""`groundup objdump`: an ELF file's sections, symbols, relocations, contents and
disassembly, as GNU objdump 2.40 prints them (-h, -t, -r, -s, -d, and -dr).

The parts come in objdump's order whatever the order of the flags: -h, -t, -r, -s,
-d. They show the sections BFD makes of the file: all but the null section, the
symbol table with its strings, the section names, and the relocation sections
that use the symbol table, which BFD ties to the section they relocate (they show
as its RELOC flag and under -r; an executable's .rela.dyn stays a section).

* -h: `Idx Name Size VMA LMA File off Algn`, then BFD's flag words (CONTENTS, ALLOC,
  LOAD, RELOC, READONLY, CODE, DATA, DEBUGGING, ...); the LMA from the PT_LOAD
  segment that holds the section.
* -t: every symbol but the null one, mapping symbols (`$x...`, `$d...`), local
  labels (`.L...`) and nameless ones, with seven flag columns (`l`/`g`, `w`, `i`
  for IFUNC, `d` for section and file symbols, `F`/`f`/`O`), the section name, the
  size (a common symbol's alignment) and `.hidden` and the like.
* -r: `OFFSET TYPE VALUE`, the offset from the section's start, the addend in 16
  hex digits. -dr instead puts each instruction's relocations after it, at their
  addresses, the addend in short hex; relocations in a run of zeros follow its `...`.
* -s: 16 bytes a line in four groups, then as text.

-d, the disassembly listing, walks every executable section in regions that run
from one symbol to the next, each headed by a `<symbol>:` label, and prints one line
per instruction (or data chunk): the address, the raw bytes, and the text from
`disasm`. What objdump decides along the way is reproduced here from its output:

* Symbols: section and file symbols, undefined and common ones are ignored. When
  several share an address the label is the first in objdump's order: functions,
  then objects, then globals, then weak, then locals; larger size first; names not
  starting with '.' first; then by name. Mapping symbols (`$x`, `$d`) and GNU as's
  fake label `.L0 ` never name anything. Code before the first symbol is
  labelled `<sym-0x..>`, or `<.section>` when the section has no symbol at all.
* Addresses in operands and comments are `<sym+0xoff>`: the nearest symbol at or
  below, preferring the current section among equal addresses; in a relocatable
  file (one with relocation sections) an address inside the current section must
  use a symbol of that section, else `<.section+0xoff>`.
* Mapping symbols split a section into code and data (see MappingSearch for how
  objdump finds the one in force); data prints in chunks of at most 4 bytes that
  never cross the next mapping symbol (`.word`/`.short`/`.byte`, a 3-byte tail as
  `.short` + `.byte`). A `$x<isa>` symbol (GNU as writes one where each section
  starts) switches the ISA to decode, as the file's .riscv.attributes set it first.
* The attributes also name the privileged spec, which decides the CSR names.
* A run of 8 or more zero bytes, or of fewer than 3 at the end of a region,
  prints as `...` (only in multiples of 4 when more bytes follow).
* A region labelled by an object symbol (STT_OBJECT) is dumped as raw bytes with
  their ASCII, 16 per line, grouped like the last line before it.

Left out: source (-S), other options but -M no-aliases, the synthetic `name@plt`
symbols and dynamic-relocation names objdump gives a dynamically linked program's
PLT and GOT, and the "Address 0x.. is out of bounds" that objdump prints when an
instruction or a data chunk runs past the next symbol (compilers never do that; we
stop at the symbol).
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from groundup.asm.csrnames import PrivSpec, csr_names
from groundup.asm.disasm import Disassembler, insn_length, isa_extensions
from groundup.elf.constants import (
    ET,
    GRP_COMDAT,
    PT,
    RISCV_TAG,
    SHF,
    SHF_EXT,
    SHN_ABS,
    SHN_COMMON,
    SHN_UNDEF,
    SHT,
    STB,
    STT,
    STV,
)
from groundup.elf.readelf import (
    ToolParser,
    UsageError,
    printable,
    quiet_stdout,
    read_input,
    relocation_type_name,
    report,
)
from groundup.elf.reader import (
    ElfError,
    ElfFile,
    Relocation,
    RelocationSection,
    Section,
    Symbol,
    read_elf,
    riscv_attributes,
)

ABS = 1 << 20  # the section index we give absolute symbols (no real section has it)
ZERO_RUN = 8  # objdump's skip_zeroes: zero bytes that become "..."
ZERO_TAIL = 3  # skip_zeroes_at_end: fewer zeros than this at a region's end vanish
GP_SYMBOL = "__global_pointer$"
_NONZERO = re.compile(b"[^\0]")
FAKE_LABEL = ".L0 "  # GNU as names local labels it must keep (for relaxation) this way
NO_SECTION = Section(0, "", SHT.NULL, 0, 0, 0, 0, 0, 0, 0, 0)  # for a file without sections


@dataclass(frozen=True, slots=True)
class Sym:
    """A symbol as the listing uses it."""

    name: str
    value: int
    section: int  # section index, or ABS
    size: int
    function: bool
    object: bool
    local: bool
    globl: bool

    @property
    def mapping(self) -> bool:
        """A RISC-V mapping symbol: $x (code, maybe with an ISA string) or $d (data)."""
        return self.name in ("$x", "$d") or self.name.startswith("$xrv")

    @property
    def label(self) -> bool:
        """Can it name an address? Not a mapping symbol (nor a name like one: objdump
        takes any `$x...` or `$d...` for one), nor GNU as's fake label."""
        return not self.name.startswith(("$x", "$d")) and self.name != FAKE_LABEL

    def sort_key(self) -> tuple[int, bool, bool, bool, bool, bool, bool, int, bool, bytes]:
        """objdump's order for symbols: by address, then by how good a label they make."""
        name = self.name
        compiled = "gnu_compiled" in name or "gcc2_compiled" in name
        filename = len(name) > 2 and name[-2:] in (".o", ".a")
        return (self.value, compiled, filename, not self.function,
                not self.object, self.local, not self.globl, -self.size,
                name.startswith("."), name.encode())  # fmt: skip


def _listed(s: Symbol) -> Sym | None:
    """The symbol as objdump keeps it, or None for those it ignores."""
    if not s.name or s.type in (STT.SECTION, STT.FILE) or s.shndx in (SHN_UNDEF, SHN_COMMON):
        return None
    section = ABS if s.shndx == SHN_ABS else s.shndx
    function = s.type in (STT.FUNC, STT.GNU_IFUNC)
    obj = s.type in (STT.OBJECT, STT.COMMON)
    return Sym(s.name, s.value, section, s.size, function, obj, s.bind == STB.LOCAL,
               s.bind == STB.GLOBAL)  # fmt: skip


class SymbolTable:
    """The file's symbols in objdump's order, and its ways of finding one for an address."""

    def __init__(self, elf: ElfFile) -> None:
        listed = (_listed(s) for s in elf.symbols[1:])
        self.syms = sorted((s for s in listed if s is not None), key=Sym.sort_key)
        self.label_index = [i for i, s in enumerate(self.syms) if s.label]
        self.labels = [self.syms[i] for i in self.label_index]
        self.label_values = [s.value for s in self.labels]
        self.sections = elf.sections
        # A relocatable file (one with relocation sections) ties addresses inside a
        # section to that section's symbols.
        self.relocatable = any(
            s.type in (SHT.RELA, SHT.REL) and 0 < s.info < len(elf.sections) for s in elf.sections
        )
        gps = [s.value for s in self.syms if s.name == GP_SYMBOL]
        self.gp = gps[-1] if gps else None

    def find(self, vma: int, sec: Section, require_sec: bool = False) -> int | None:
        """The index of the symbol objdump names address `vma` after, or None.

        Among the label symbols (mapping symbols never count), take the group at the
        highest address <= vma (or the lowest group, if none is that low) and prefer
        one of `sec`. When an address inside `sec` of a relocatable file (or any
        address, with `require_sec`) lands elsewhere, fall back to the nearest
        symbol of `sec` below, else above, else None.
        """
        labels, values = self.labels, self.label_values
        if not labels:
            return None
        top = bisect.bisect_right(values, vma) - 1
        first = bisect.bisect_left(values, values[top]) if top >= 0 else 0
        group = range(first, top + 1) if top >= 0 else range(1)
        mine = [i for i in group if labels[i].section == sec.index]
        if mine:
            return self.label_index[mine[0]]
        within = sec.addr <= vma < sec.addr + sec.size
        if not (require_sec or (self.relocatable and within)):
            return self.label_index[first]
        below = [i for i in range(group[-1], -1, -1) if labels[i].section == sec.index]
        if below:
            value = values[below[0]]
            return self.label_index[min(i for i in below if values[i] == value)]
        above = (i for i in range(first + 1, len(labels)) if labels[i].section == sec.index)
        return next((self.label_index[i] for i in above), None)

    def next_label(self, place: int, sec: Section) -> int | None:
        """The first symbol after `place` that can start the next region of `sec`."""
        value = self.syms[place].value
        for i in range(place, len(self.syms)):
            s = self.syms[i]
            if s.value > value and s.label and self._section_name(s) == sec.name:
                return i
        return None

    def _section_name(self, s: Sym) -> str:
        return self.sections[s.section].name if s.section < len(self.sections) else "*ABS*"

    def describe(self, vma: int, sec: Section, i: int | None, digits: bool) -> str:
        """`vma <sym+0xoff>`; all 16 digits of the address unless `digits` is False."""
        addr = f"{vma:016x}" if digits else f"{vma:x}"
        if i is None:
            name, base = sec.name, sec.addr
        else:
            name, base = self.syms[i].name, self.syms[i].value
        name = _printable(name)
        if vma > base:
            return f"{addr} <{name}+{vma - base:#x}>"
        if vma < base:
            return f"{addr} <{name}-{base - vma:#x}>"
        return f"{addr} <{name}>"

    def symbolize(self, vma: int, sec: Section) -> str:
        """An address operand or comment, as objdump prints it from inside `sec`."""
        if not self.syms:
            return f"{vma:#x}"
        return self.describe(vma, sec, self.find(vma, sec), digits=False)


class MappingSearch:
    """Which mapping symbol is in force at an address, found the way objdump finds it.

    objdump does not simply take the last $x/$d at or before the address. For each
    instruction it scans forward through the sorted symbols, starting after the
    region's own symbol (or after the mapping symbol it found last in this region),
    over those at or below the address, and takes the last mapping symbol of the
    section it meets; if there is none it looks backwards from the region's symbol
    for the nearest one. Each `$x<isa>` met on the way sets the ISA, and that ISA
    stays until another is met, across sections: so a `$x<isa>` sorted before the
    region's symbol is only seen through the backward look.
    """

    def __init__(self, table: SymbolTable, sec: Section) -> None:
        self.syms = table.syms
        self.isa: list[frozenset[str] | None] = [
            isa_extensions(s.name[2:].partition(".")[0]) if s.name.startswith("$xrv") else None
            for s in table.syms
        ]
        self.sec = sec
        self.pos = -1  # the index of the current region's symbol
        self.last = -1  # the mapping symbol found last in this region

    def begin(self, sec: Section, pos: int) -> None:
        """A new region of `sec`; `pos` is its symbol's index (-1 before the first)."""
        self.sec, self.pos, self.last = sec, pos, -1

    def is_data(self, addr: int, dis: Disassembler) -> bool:
        """Is `addr` in a data ($d) part of the section?"""
        found = None
        for i in range(max(self.pos + 1, self.last), len(self.syms)):
            if self.syms[i].value > addr:
                break
            if self._visit(i, dis):
                found = i
        if found is None:
            for i in range(max(self.pos, self.last), -1, -1):
                if self.syms[i].value < self.sec.addr:
                    break
                if self._visit(i, dis):
                    found = i
                    break
        if found is None:
            return False
        self.last = found
        return self.syms[found].name == "$d"

    def _visit(self, i: int, dis: Disassembler) -> bool:
        s = self.syms[i]
        if not s.mapping or s.section != self.sec.index:
            return False
        isa = self.isa[i]
        if isa is not None:
            dis.isa = isa
        return True

    def data_end(self, addr: int, dis: Disassembler) -> int:
        """Where the data at `addr` ends: the next mapping symbol after the one in
        force, or the section's end. (Looking ahead at a `$x<isa>` sets the ISA too.)"""
        for i in range(self.last + 1, len(self.syms)) if self.last >= 0 else ():
            if self.syms[i].value > addr and self._visit(i, dis):
                return self.syms[i].value
        return self.sec.addr + self.sec.size


class Listing:
    """The state of one `objdump -d` run: what is printed and what objdump carries along."""

    def __init__(self, elf: ElfFile, no_aliases: bool, relocs: bool = False) -> None:
        self.elf = elf
        self.show_relocs = relocs  # -dr: each instruction's relocations after it
        self.pending: list[tuple[int, Relocation, RelocationSection]] = []
        self.symbols = SymbolTable(elf)
        self.dis = Disassembler(no_aliases, gp=self.symbols.gp)
        attrs = riscv_attributes(elf)
        arch = attrs.get(RISCV_TAG.ARCH)
        if isinstance(arch, str):
            self.dis.isa = isa_extensions(arch)
        spec = [attrs.get(t, 0) for t in (RISCV_TAG.PRIV_SPEC, RISCV_TAG.PRIV_SPEC_MINOR,
                                          RISCV_TAG.PRIV_SPEC_REVISION)]  # fmt: skip
        if all(isinstance(v, int) for v in spec):
            self.dis.csrs = csr_names(PrivSpec.from_numbers(*(int(v) for v in spec)))
        self.mapping = MappingSearch(self.symbols, elf.sections[0] if elf.sections else NO_SECTION)
        self.chunk = 0  # bytes per raw-byte group of the last line (objdump reuses it)
        self.out: list[str] = []

    def section(self, sec: Section) -> None:
        """The listing of one section: its regions, from symbol to symbol."""
        self.out.append(f"\nDisassembly of section {sec.name}:\n")
        self.sec = sec
        self.code = self.elf.contents(sec)
        self.dis.symbolize = lambda vma: self.symbols.symbolize(vma, sec)
        self.width = _address_width(sec)
        if self.show_relocs:
            self.pending = sorted(_relocations(self.elf, sec), key=lambda p: p[0])[::-1]
        end = sec.addr + sec.size
        addr, place = sec.addr, self.symbols.find(sec.addr, sec, require_sec=True)
        while addr < end:
            self.out.append(f"\n{self.symbols.describe(addr, sec, place, digits=True)}:\n")
            if place is None or self.symbols.syms[place].value > addr:
                after, here = place, -1  # before the first symbol, or there is none
            else:
                after, here = self.symbols.next_label(place, sec), place
            stop = end if after is None else self.symbols.syms[after].value
            if not addr < stop <= end:
                stop = end
            self.mapping.begin(sec, here)
            self.region(addr, stop, insns=here < 0 or not _is_object(self.symbols.syms[here], sec))
            addr, place = stop, after

    def region(self, addr: int, stop: int, insns: bool) -> None:
        """Lines for the bytes [addr, stop) of the current section."""
        while addr < stop:
            zeros = self._zeros(addr, stop)
            if zeros >= ZERO_RUN or (addr + zeros == stop and zeros < ZERO_TAIL):
                self.out.append("\t...\n")
                addr += zeros if addr + zeros == stop else zeros & ~3
            elif insns:
                addr += self.instruction(addr, stop)
            else:
                addr += self.object_bytes(addr, stop)
            self.relocations(addr)

    def relocations(self, before: int) -> None:
        """-dr: the relocations at addresses below `before` not yet shown."""
        while self.pending and self.pending[-1][0] < before:
            vma, r, rs = self.pending.pop()
            self.out.append(f"\t\t\t{vma:x}: {relocation_type_name(r.type)}\t"
                            f"{_target(self.elf, rs, r, digits=False)}\n")  # fmt: skip

    def _zeros(self, addr: int, stop: int) -> int:
        """How many zero bytes start at `addr` (counting no further than `stop`)."""
        lo, hi = addr - self.sec.addr, stop - self.sec.addr
        if self.code[lo]:
            return 0
        nonzero = _NONZERO.search(self.code, lo, hi)
        return (hi if nonzero is None else nonzero.start()) - lo

    def instruction(self, addr: int, stop: int) -> int:
        """One instruction or data chunk at `addr`; returns its size."""
        off = addr - self.sec.addr
        if self.mapping.is_data(addr, self.dis):
            size = min(4, self.mapping.data_end(addr, self.dis) - addr, stop - addr)
            size = 2 if size == 3 else size
            chunk, per_line = size, 6 if size == 1 else 8
            text = _data(self.code[off : off + size])
        else:
            size = min(insn_length(int.from_bytes(self.code[off : off + 2], "little")), stop - addr)
            chunk, per_line = (4 if size % 4 == 0 else 2), 8
            text = self.dis.line(self.code[off : off + size], addr)
        self.chunk = chunk
        raw = self.code[off : off + size]
        self.out.append(f"{self._address(addr)}:\t{_hex_groups(raw, chunk, per_line)}\t{text}")
        for start in range(per_line, size, per_line):  # instructions longer than a line
            rest = raw[start : start + per_line]
            groups = "".join(
                _chunk_hex(rest[j : j + chunk]) + " " for j in range(0, len(rest), chunk)
            )
            self.out.append(f"\n{self._address(addr + start)}:\t{groups}")
        self.out.append("\n")
        return size

    def object_bytes(self, addr: int, stop: int) -> int:
        """Up to 16 bytes of a data object, as hex groups and ASCII."""
        off = addr - self.sec.addr
        size = min(16, stop - addr)
        chunk = self.chunk or 1
        groups = ""
        for j in range(0, size, chunk):
            fits = addr + j + chunk <= stop
            groups += (_chunk_hex(self.code[off + j : off + j + chunk]) if fits else "") + " "
        groups += (" " * (2 * chunk) + " ") * len(range(size, 16, chunk))
        text = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in self.code[off : off + size])
        self.out.append(f"{self._address(addr)}:\t{groups}    {text}\n")
        return size

    def _address(self, addr: int) -> str:
        digits = f"{addr:016x}"[16 - self.width :]
        stripped = digits.lstrip("0") or "0"
        return stripped.rjust(len(digits))


def _is_object(sym: Sym, sec: Section) -> bool:
    """Does this region symbol label data (dumped as bytes, not disassembled)?"""
    return sym.section == sec.index and sym.object and not sym.function


def _printable(name: str) -> str:
    """A name with control characters shown as ^X, as objdump sanitizes it."""
    if name.isprintable():
        return name
    return "".join(f"^{chr(ord(c) + 0x40)}" if c < " " or c == "\x7f" else c for c in name)


def _address_width(sec: Section) -> int:
    """Address digits shown for `sec`: enough for its end, in steps of 4 (objdump's rule)."""
    end = f"{(sec.addr + sec.size) & ((1 << 64) - 1):016x}"
    zeros = len(end) - len(end.lstrip("0"))
    if zeros == 16 and sec.addr != 0:
        zeros = 0
    skip = (zeros - 1) & ~3 if zeros else 0
    return 16 - skip


def _chunk_hex(chunk: bytes) -> str:
    return chunk[::-1].hex()


def _hex_groups(raw: bytes, chunk: int, per_line: int) -> str:
    """The raw-bytes column: little-endian groups of `chunk` bytes, padded to a line."""
    shown = raw[:per_line]
    groups = "".join(_chunk_hex(shown[j : j + chunk]) + " " for j in range(0, len(shown), chunk))
    return groups + (" " * (2 * chunk) + " ") * len(range(len(shown), per_line, chunk))


def _data(chunk: bytes) -> str:
    value = int.from_bytes(chunk, "little")
    match len(chunk):
        case 1:
            return f".byte\t{value:#04x}"
        case 2:
            return f".short\t{value:#06x}"
        case _:
            return f".word\t{value:#010x}"


def _disassembled(sec: Section) -> bool:
    return bool(sec.flags & SHF.EXECINSTR) and sec.type != SHT.NOBITS and sec.size > 0


def objdump(data: bytes, name: str, no_aliases: bool = False) -> str:
    """What `objdump -d [-M no-aliases] name` prints for the ELF file `data`.

    Raises ElfError (with a message naming the file) for anything that is not a
    RISC-V ELF64 file.
    """
    return dump(data, name, Options(disassemble=True, no_aliases=no_aliases))


# --- -h -t -s -r: the other views ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Options:
    """What to show, one field per objdump flag."""

    headers: bool = False  # -h
    syms: bool = False  # -t
    relocs: bool = False  # -r (with -d: interleaved with the instructions)
    contents: bool = False  # -s
    disassemble: bool = False  # -d
    no_aliases: bool = False  # -M no-aliases


def dump(data: bytes, name: str, opts: Options) -> str:
    """The listing of one file, its parts in objdump's order: -h, -t, -r, -s, -d."""
    elf = read_elf(data, name)
    out = [f"\n{name}:     file format elf64-littleriscv\n\n"]
    if opts.headers:
        out.append(section_headers(elf))
    if opts.syms:
        out.append(symbol_table(elf))
    if opts.relocs and not opts.disassemble:
        out.append(relocation_records(elf))
    if opts.contents:
        out.append(section_contents(elf))
    if opts.disassemble:
        listing = Listing(elf, opts.no_aliases, opts.relocs)
        for sec in elf.sections:
            if _disassembled(sec):
                listing.section(sec)
        out.append("".join(listing.out))
    return "".join(out)


def shown_sections(elf: ElfFile) -> list[Section]:
    """The sections objdump lists: all but the null section, the symbol table with
    its strings, the section names, and the relocation sections it ties to the
    section they relocate (those show as that section's RELOC flag and under -r)."""
    symtab = _symtab_index(elf)
    hidden = {0, elf.shstrndx}
    if symtab is not None:
        hidden |= {symtab, elf.sections[symtab].link}
    hidden |= {rs.section.index for rs in _attached(elf)}
    hidden |= {s.index for s in elf.sections if s.type == SHT.SYMTAB_SHNDX}
    return [s for s in elf.sections if s.index not in hidden]


def _symtab_index(elf: ElfFile) -> int | None:
    return next((s.index for s in elf.sections if s.type == SHT.SYMTAB), None)


def _attached(elf: ElfFile) -> list[RelocationSection]:
    """Relocation sections tied to their target: they use the symbol table and name a
    section that is not itself a relocation section."""
    symtab = _symtab_index(elf)
    return [rs for rs in elf.relocation_sections
            if rs.target is not None and symtab is not None and rs.section.link == symtab
            and rs.target.type not in (SHT.RELA, SHT.REL)]  # fmt: skip


def _relocations(elf: ElfFile, sec: Section) -> list[tuple[int, Relocation, RelocationSection]]:
    """(address, relocation, its section) for each relocation of `sec`, in file order.
    A relocatable file's offsets count from the section's start, others' are addresses."""
    base = sec.addr if elf.header.type == ET.REL else 0
    return [(base + r.offset, r, rs) for rs in _attached(elf)
            if rs.target is not None and rs.target.index == sec.index
            for r in rs.relocations]  # fmt: skip


def section_headers(elf: ElfFile) -> str:
    """-h: one line of numbers and one of flags per section."""
    out = ["Sections:\nIdx Name          Size      VMA               LMA               "
           "File off  Algn\n"]  # fmt: skip
    relocated = {rs.target.index for rs in _attached(elf) if rs.target is not None}
    comdat = {g.section.index for g in elf.groups if g.flags & GRP_COMDAT}
    for i, s in enumerate(shown_sections(elf)):
        align = (s.addralign - 1).bit_length() if s.addralign > 1 else 0
        words = ", ".join(_flag_words(s, s.index in relocated, s.index in comdat))
        out.append(f"{i:3d} {printable(s.name):<13} {s.size & 0xFFFFFFFF:08x}  {s.addr:016x}  "
                   f"{_load_address(elf, s):016x}  {s.offset:08x}  2**{align}\n"
                   f"                  {words}\n")  # fmt: skip
    return "".join(out)


def _load_address(elf: ElfFile, s: Section) -> int:
    """The LMA: where the PT_LOAD segment holding the section puts it (its p_paddr)."""
    if elf.header.type == ET.REL or not s.flags & SHF.ALLOC:
        return s.addr
    for seg in elf.segments:
        in_file = s.type == SHT.NOBITS or seg.offset <= s.offset < seg.offset + seg.filesz
        if seg.type == PT.LOAD and seg.vaddr <= s.addr < seg.vaddr + seg.memsz and in_file:
            return (seg.paddr + s.addr - seg.vaddr) & (1 << 64) - 1
    return s.addr


DEBUG_PREFIXES = (".debug", ".gnu.linkonce.wi.", ".zdebug", ".gnu.debuglto_.debug_")


def _flag_words(s: Section, relocated: bool, comdat: bool) -> list[str]:
    """The BFD section flags objdump -h prints for an ELF section."""
    contents, alloc = s.type != SHT.NOBITS, bool(s.flags & SHF.ALLOC)
    debug = not alloc and s.name.startswith(DEBUG_PREFIXES)
    words = [
        ("CONTENTS", contents), ("ALLOC", alloc), ("LOAD", alloc and contents),
        ("RELOC", relocated), ("READONLY", not s.flags & SHF.WRITE),
        ("CODE", bool(s.flags & SHF.EXECINSTR)),
        ("DATA", alloc and contents and not s.flags & SHF.EXECINSTR),
        ("DEBUGGING", debug or not alloc and s.name.startswith((".line", ".stab"))),
        ("EXCLUDE", bool(s.flags & SHF_EXT.EXCLUDE)), ("THREAD_LOCAL", bool(s.flags & SHF.TLS)),
        ("GROUP", s.type == SHT.GROUP), ("LINK_ONCE_DISCARD", comdat),
        ("OCTETS", debug),
    ]  # fmt: skip
    return [word for word, present in words if present]


def symbol_table(elf: ElfFile) -> str:
    """-t: every symbol but the null one, mapping symbols and local labels."""
    if _symtab_index(elf) is None:
        return "SYMBOL TABLE:\nno symbols\n\n\n"
    versioned = bool(elf.versions.versym) and bool(elf.versions.needs or elf.versions.defs)
    out = ["SYMBOL TABLE:\n"]
    for sym in elf.symbols[1:]:
        if sym.type == STT.SECTION or not _special(sym.name):
            out.append(_symbol_line(elf, sym, versioned))
    return "".join(out) + "\n\n"


def _special(name: str) -> bool:
    """A symbol objdump leaves out: a mapping symbol, a local label (RISC-V's rules),
    or one without a name."""
    return not name or name.startswith(("$x", "$d", ".L", "..", "_.L_"))


def _symbol_line(elf: ElfFile, sym: Symbol, versioned: bool) -> str:
    value, size = sym.value, sym.size
    if sym.shndx == SHN_COMMON:  # BFD keeps a common symbol's size as its value
        value, size = sym.size, sym.value
    other = {STV.INTERNAL: ".internal ", STV.HIDDEN: ".hidden ",
             STV.PROTECTED: ".protected "}.get(STV(sym.visibility), "")  # fmt: skip
    if sym.other & ~3:
        other = f"0x{sym.other:02x} "
    pad = " " * 13 if versioned else ""
    return (
        f"{value:016x} {_symbol_flags(sym)} {_section_of(elf, sym)}\t{size:016x} "
        f"{pad}{other}{_symbol_name(elf, sym)}\n"
    )


def _symbol_flags(sym: Symbol) -> str:
    """objdump's seven flag columns: scope, weak, -, -, indirect, debugging, kind."""
    defined = sym.shndx not in (SHN_UNDEF, SHN_COMMON)
    scope = {STB.LOCAL: "l", STB.GLOBAL: "g" if defined else " ", 10: "u"}.get(sym.bind, " ")
    weak = "w" if sym.bind == STB.WEAK else " "
    indirect = "i" if sym.type == STT.GNU_IFUNC else " "
    debugging = "d" if sym.type in (STT.SECTION, STT.FILE) else " "
    kinds: dict[int, str] = {STT.FUNC: "F", STT.FILE: "f", STT.OBJECT: "O", STT.COMMON: "O"}
    kind = kinds.get(sym.type, " ")
    return f"{scope}{weak}  {indirect}{debugging}{kind}"


def _section_of(elf: ElfFile, sym: Symbol) -> str:
    if sym.extended and sym.shndx < len(elf.sections):
        return printable(elf.sections[sym.shndx].name)
    match sym.shndx:
        case 0:
            return "*UND*"
        case 0xFFF1:
            return "*ABS*"
        case 0xFFF2:
            return "*COM*"
        case n if n < len(elf.sections):
            return printable(elf.sections[n].name)
    return "*ABS*"


def _symbol_name(elf: ElfFile, sym: Symbol) -> str:
    if sym.type == STT.SECTION and not sym.name and 0 < sym.shndx < len(elf.sections):
        return printable(elf.sections[sym.shndx].name)
    return printable(sym.name)


def relocation_records(elf: ElfFile) -> str:
    """-r: the relocations of each section that has some, in file order."""
    out = []
    for sec in shown_sections(elf):
        relocs = _relocations(elf, sec)
        if not relocs:
            continue
        out.append(f"RELOCATION RECORDS FOR [{printable(sec.name)}]:\n"
                   "OFFSET           TYPE              VALUE\n")  # fmt: skip
        for vma, r, rs in relocs:
            out.append(f"{vma - sec.addr:016x} {relocation_type_name(r.type):<16}  "
                       f"{_target(elf, rs, r, digits=True)}\n")  # fmt: skip
        out.append("\n\n")
    return "".join(out)


def _target(elf: ElfFile, rs: RelocationSection, r: Relocation, digits: bool) -> str:
    """The VALUE of a relocation: its symbol (or *ABS*) and the addend, if any."""
    sym = rs.symbol(r)
    name = "*ABS*" if sym is None else _symbol_name(elf, sym)
    if not r.addend:
        return name
    sign, magnitude = ("+", r.addend) if r.addend > 0 else ("-", -r.addend)
    return f"{name}{sign}0x{magnitude:016x}" if digits else f"{name}{sign}{magnitude:#x}"


def section_contents(elf: ElfFile) -> str:
    """-s: each section with contents, 16 bytes a line in four groups, then as text."""
    out = []
    for sec in shown_sections(elf):
        if sec.type == SHT.NOBITS or not sec.size:
            continue
        out.append(f"Contents of section {printable(sec.name)}:\n")
        data = elf.contents(sec)
        width = max(4, len(f"{sec.addr + sec.size - 1:x}"))
        for pos in range(0, len(data), 16):
            chunk = data[pos : pos + 16]
            groups = " ".join(chunk[i : i + 4].hex().ljust(8) for i in range(0, 16, 4))
            text = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in chunk).ljust(16)
            out.append(f" {sec.addr + pos:0{width}x} {groups}  {text}\n")
    return "".join(out)


# --- the command --------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = ToolParser(prog="groundup objdump", add_help=False,
                   description="Display information from object files.")  # fmt: skip
    flag = p.add_argument
    flag("-h", "--section-headers", "--headers", action="store_true", help="section headers")
    flag("-t", "--syms", action="store_true", help="the symbol table")
    flag("-r", "--reloc", action="store_true", help="relocations (with -d: after each insn)")
    flag("-s", "--full-contents", action="store_true", help="section contents as hex")
    flag("-d", "--disassemble", action="store_true", help="disassemble executable sections")
    flag("-M", "--disassembler-options", action="append", default=[], metavar="OPTIONS",
         help="disassembler options: no-aliases")  # fmt: skip
    flag("-H", "--help", action="help", help="show this help")
    flag("files", nargs="*", metavar="objfile")
    return p


def parse_options(argv: Sequence[str]) -> tuple[Options, list[str]]:
    args = build_parser().parse_args(list(argv))
    words = {w for m in args.disassembler_options for w in m.split(",")}
    if words - {"no-aliases"}:
        raise UsageError(f"objdump: unknown disassembler option(s): "
                         f"{', '.join(sorted(words - {'no-aliases'}))}")  # fmt: skip
    opts = Options(args.section_headers, args.syms, args.reloc, args.full_contents,
                   args.disassemble, "no-aliases" in words)  # fmt: skip
    if not (opts.headers or opts.syms or opts.relocs or opts.contents or opts.disassemble):
        raise UsageError("objdump: nothing to show: give at least one of -h -t -r -s -d")
    if not args.files:
        raise UsageError("objdump: no object file named")
    return opts, args.files


def main(argv: Sequence[str]) -> int:
    """`groundup objdump [-h] [-t] [-r] [-s] [-d] [-M no-aliases] objfile...`: 0, or 1."""
    try:
        opts, files = parse_options(argv)
    except UsageError as e:
        return report(e)
    status = 0
    try:
        for path in files:
            try:
                sys.stdout.write(dump(read_input(path), path, opts))
            except (ElfError, UsageError) as e:
                status = report(e)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as GNU does
        quiet_stdout()
        return 1
    return status
