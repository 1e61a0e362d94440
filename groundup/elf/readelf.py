"""`groundup readelf`: what an ELF file holds, laid out as GNU readelf 2.40 lays it out.

    -h  the file header          -S  the section headers     -g  the section groups
    -l  the program headers      -d  the dynamic section     -r  the relocations
    -s  the symbol tables        -n  the notes               -V  the symbol versions
    -I  bucket-list histograms   -A  the RISC-V attributes   -u  unwind info (a notice)
    -x  a section as hex         -a  all of these but -x     -W  wide lines

The narrow layout (two lines per section or segment, names cut to `[...]`) is the
default, as in GNU readelf; -W gives one line per entry and whole names. The
parts come in GNU's order whatever the order of the flags. The file is read and
validated first (`groundup.elf.reader`), so a damaged file gives one error and no
partial listing.

Differences from readelf 2.40, on purpose: relocation types newer than 2.40
(R_RISCV_TLSDESC*, GOT32_PCREL, PLT32, SET/SUB_ULEB128) print under their psABI
names instead of "unrecognized"; GNU's many warnings about odd but readable files
are not reproduced, and what is unreadable is an error instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from enum import IntEnum
from pathlib import Path
from typing import NoReturn

from groundup.elf.constants import (
    DF,
    DF_1,
    DT,
    EF_RISCV_FLOAT_ABI,
    EF_RISCV_RVC,
    EF_RISCV_RVE,
    EF_RISCV_TSO,
    ELFOSABI,
    EM,
    ET,
    GNU_ABI_TAG_OS,
    GRP_COMDAT,
    NT_GNU,
    PT,
    R_RISCV,
    RISCV_TAG,
    SHF,
    SHF_EXT,
    SHN_ABS,
    SHN_HIOS,
    SHN_LOOS,
    SHN_LOPROC,
    SHN_LORESERVE,
    SHN_UNDEF,
    SHT,
    STB,
    STO_RISCV_VARIANT_CC,
    STT,
    STV,
    VER_FLG_BASE,
    VER_FLG_INFO,
    VER_FLG_WEAK,
    VERSYM_HIDDEN,
)
from groundup.elf.reader import (
    DynamicEntry,
    ElfError,
    ElfFile,
    Header,
    Note,
    Relocation,
    Section,
    Segment,
    Symbol,
    attributes,
    dynamic_string,
    hash_bucket_lengths,
    notes_in_segment,
    read_elf,
    section_in_segment,
)

# --- names, as readelf prints them ------------------------------------------------------

OSABI_NAMES: dict[int, str] = {
    ELFOSABI.NONE: "UNIX - System V", ELFOSABI.HPUX: "UNIX - HP-UX",
    ELFOSABI.NETBSD: "UNIX - NetBSD", ELFOSABI.GNU: "UNIX - GNU",
    ELFOSABI.SOLARIS: "UNIX - Solaris", ELFOSABI.AIX: "UNIX - AIX",
    ELFOSABI.IRIX: "UNIX - IRIX", ELFOSABI.FREEBSD: "UNIX - FreeBSD",
    ELFOSABI.TRU64: "UNIX - TRU64", ELFOSABI.MODESTO: "Novell - Modesto",
    ELFOSABI.OPENBSD: "UNIX - OpenBSD", ELFOSABI.OPENVMS: "VMS - OpenVMS",
    ELFOSABI.NSK: "HP - Non-Stop Kernel", ELFOSABI.AROS: "AROS",
    ELFOSABI.FENIXOS: "FenixOS", ELFOSABI.CLOUDABI: "Nuxi CloudABI",
    ELFOSABI.OPENVOS: "Stratus Technologies OpenVOS",
}  # fmt: skip
TYPE_NAMES: dict[int, str] = {
    ET.NONE: "NONE (None)", ET.REL: "REL (Relocatable file)",
    ET.EXEC: "EXEC (Executable file)", ET.DYN: "DYN (Shared object file)",
    ET.CORE: "CORE (Core file)",
}  # fmt: skip
MACHINE_NAMES: dict[int, str] = {
    EM.RISCV: "RISC-V", EM.X86_64: "Advanced Micro Devices X86-64", EM.AARCH64: "AArch64",
}  # fmt: skip
# readelf's names where they are not the enums' (IntEnum names are the gABI's otherwise).
SECTION_TYPE_NAMES: dict[int, str] = {
    10: "SHLIB", 19: "RELR", SHT.SYMTAB_SHNDX: "SYMTAB SECTION INDICES",
    0x6FFFFFF5: "GNU_ATTRIBUTES", 0x6FFFFFF7: "GNU_LIBLIST", SHT.GNU_VERDEF: "VERDEF",
    SHT.GNU_VERNEED: "VERNEED", SHT.GNU_VERSYM: "VERSYM",
}  # fmt: skip
SEGMENT_TYPE_NAMES: dict[int, str] = {0x6474E554: "GNU_SFRAME"}
SYMBOL_TYPE_NAMES: dict[int, str] = {STT.GNU_IFUNC: "IFUNC"}
BIND_NAMES: dict[int, str] = {10: "UNIQUE"}
SPECIFIC = ((0x70000000, 0x7FFFFFFF, "LOPROC"), (0x60000000, 0x6FFFFFFF, "LOOS"),
            (0x80000000, 0xFFFFFFFF, "LOUSER"))  # fmt: skip
# Relocation types an older psABI named and GNU 2.40 still prints.
LEGACY_RELOCATIONS: dict[int, str] = {
    47: "R_RISCV_GPREL_I", 48: "R_RISCV_GPREL_S", 49: "R_RISCV_TPREL_I", 50: "R_RISCV_TPREL_S",
}  # fmt: skip
FLAG_LETTERS = ((SHF.WRITE, "W"), (SHF.ALLOC, "A"), (SHF.EXECINSTR, "X"), (SHF.MERGE, "M"),
                (SHF.STRINGS, "S"), (SHF.INFO_LINK, "I"), (SHF.LINK_ORDER, "L"),
                (SHF_EXT.OS_NONCONFORMING, "O"), (SHF.GROUP, "G"), (SHF.TLS, "T"),
                (SHF_EXT.COMPRESSED, "C"))  # fmt: skip
DYNAMIC_SIZES = {DT.PLTRELSZ, DT.RELASZ, DT.RELAENT, DT.STRSZ, DT.SYMENT, DT.RELSZ,
                 DT.RELENT, DT.INIT_ARRAYSZ, DT.FINI_ARRAYSZ, DT.PREINIT_ARRAYSZ,
                 DT.RELRSZ, DT.RELRENT, DT.SYMINSZ, DT.SYMINENT, DT.MOVEENT, DT.MOVESZ,
                 DT.PLTPADSZ, DT.GNU_CONFLICTSZ, DT.GNU_LIBLISTSZ}  # fmt: skip
DYNAMIC_COUNTS = {DT.VERDEFNUM, DT.VERNEEDNUM, DT.RELACOUNT, DT.RELCOUNT}
DYNAMIC_STRINGS: dict[int, str] = {
    DT.NEEDED: "Shared library", DT.SONAME: "Library soname", DT.RPATH: "Library rpath",
    DT.RUNPATH: "Library runpath", DT.AUXILIARY: "Auxiliary library",
    DT.FILTER: "Filter library", DT.CONFIG: "Configuration file",
    DT.DEPAUDIT: "Dependency audit library", DT.AUDIT: "Audit library",
}  # fmt: skip
GNU_NOTE_NAMES: dict[int, str] = {
    NT_GNU.ABI_TAG: "NT_GNU_ABI_TAG (ABI version tag)",
    NT_GNU.HWCAP: "NT_GNU_HWCAP (DSO-supplied software HWCAP info)",
    NT_GNU.BUILD_ID: "NT_GNU_BUILD_ID (unique build ID bitstring)",
    NT_GNU.GOLD_VERSION: "NT_GNU_GOLD_VERSION (gold version)",
    NT_GNU.PROPERTY_TYPE_0: "NT_GNU_PROPERTY_TYPE_0",
}
ABI_TAG_OS_NAMES: dict[int, str] = {
    GNU_ABI_TAG_OS.LINUX: "Linux", GNU_ABI_TAG_OS.HURD: "Hurd",
    GNU_ABI_TAG_OS.SOLARIS: "Solaris", GNU_ABI_TAG_OS.FREEBSD: "FreeBSD",
    GNU_ABI_TAG_OS.NETBSD: "NetBSD", GNU_ABI_TAG_OS.SYLLABLE: "Syllable",
    GNU_ABI_TAG_OS.NACL: "NaCl",
}  # fmt: skip
ATTRIBUTE_NAMES: dict[int, str] = {
    RISCV_TAG.STACK_ALIGN: "Tag_RISCV_stack_align", RISCV_TAG.ARCH: "Tag_RISCV_arch",
    RISCV_TAG.UNALIGNED_ACCESS: "Tag_RISCV_unaligned_access",
    RISCV_TAG.PRIV_SPEC: "Tag_RISCV_priv_spec",
    RISCV_TAG.PRIV_SPEC_MINOR: "Tag_RISCV_priv_spec_minor",
    RISCV_TAG.PRIV_SPEC_REVISION: "Tag_RISCV_priv_spec_revision",
}  # fmt: skip
ATTRIBUTE_SCOPES: dict[int, str] = {
    RISCV_TAG.FILE: "File Attributes", RISCV_TAG.SECTION: "Section Attributes:",
    RISCV_TAG.SYMBOL: "Symbol Attributes:",
}  # fmt: skip
FLAGS_KEY = """Key to Flags:
  W (write), A (alloc), X (execute), M (merge), S (strings), I (info),
  L (link order), O (extra OS processing required), G (group), T (TLS),
  C (compressed), x (unknown), o (OS specific), E (exclude),
  {retain}D (mbind), p (processor specific)
"""
NO_UNWIND = (
    "\nThe decoding of unwind sections for machine type RISC-V is not currently supported.\n"
)


def _name(enum: type[IntEnum], value: int, renamed: dict[int, str]) -> str | None:
    if value in renamed:
        return renamed[value]
    return enum(value).name if value in enum._value2member_map_ else None


def _specific(value: int, ranges: int) -> str | None:
    """`LOPROC+0x3` and the like, for a type in a processor, OS or user range."""
    for lo, hi, what in SPECIFIC[:ranges]:
        if lo <= value <= hi:
            return f"{what}+{value - lo:#x}"
    return None


def section_type_name(t: int) -> str:
    return _name(SHT, t, SECTION_TYPE_NAMES) or _specific(t, 3) or f"{t:08x}: <unknown>"


def segment_type_name(t: int) -> str:
    return _name(PT, t, SEGMENT_TYPE_NAMES) or _specific(t, 2) or f"<unknown>: {t:x}"


def section_flags(flags: int, osabi: int) -> str:
    """The Flg column: one letter per flag, in bit order."""
    out = "".join(letter for bit, letter in FLAG_LETTERS if flags & bit)
    known = sum(bit for bit, _ in FLAG_LETTERS)
    os_bits = flags & SHF_EXT.MASKOS
    if osabi in (ELFOSABI.GNU, ELFOSABI.FREEBSD) and os_bits & SHF_EXT.GNU_RETAIN:
        out += "R"
        os_bits &= ~SHF_EXT.GNU_RETAIN
    if osabi in (ELFOSABI.GNU, ELFOSABI.FREEBSD) and os_bits & SHF_EXT.GNU_MBIND:
        out += "D"
        os_bits &= ~SHF_EXT.GNU_MBIND
    if os_bits:
        out += "o"
    if flags & SHF_EXT.EXCLUDE:
        out += "E"
    if flags & SHF_EXT.MASKPROC & ~SHF_EXT.EXCLUDE:
        out += "p"
    if flags & ~(known | SHF_EXT.MASKOS | SHF_EXT.MASKPROC):
        out += "x"
    return out


def relocation_type_name(t: int) -> str:
    if t in LEGACY_RELOCATIONS:
        return LEGACY_RELOCATIONS[t]
    if t in R_RISCV._value2member_map_:
        return "R_RISCV_" + R_RISCV(t).name.removeprefix("R_")
    return f"unrecognized: {t:x}"


def symbol_type_name(t: int) -> str:
    return _name(STT, t, SYMBOL_TYPE_NAMES) or _unnamed(t)


def bind_name(b: int) -> str:
    return _name(STB, b, BIND_NAMES) or _unnamed(b)


def _unnamed(value: int) -> str:
    if 13 <= value <= 15:
        return f"<processor specific>: {value}"
    if 10 <= value <= 12:
        return f"<OS specific>: {value}"
    return f"<unknown>: {value}"


def section_index_name(shndx: int) -> str:
    """The Ndx column: a number, or what a reserved index means."""
    match shndx:
        case 0:
            return "UND"
        case 0xFFF1:
            return "ABS"
        case 0xFFF2:
            return "COM"
        case _ if shndx < SHN_LORESERVE:
            return f"{shndx:3d}"
        case _ if SHN_LOPROC <= shndx <= 0xFF1F:
            return f"PRC[0x{shndx:04x}]"
        case _ if SHN_LOOS <= shndx <= SHN_HIOS:
            return f"OS [0x{shndx:04x}]"
        case _:
            return f"RSV[0x{shndx:04x}]"


def printable(name: str) -> str:
    """A name with control characters as ^X (and DEL as ^?), as readelf shows them."""
    if name.isprintable():
        return name
    return "".join(f"^{chr((ord(c) + 0x40) & 0x7F)}" if c < " " or c == "\x7f" else c
                   for c in name)  # fmt: skip


def cut(name: str, width: int) -> str:
    """A name of at most `width` characters, its end replaced by `[...]` if longer."""
    return name if len(name) <= width else name[: max(width - 5, 0)] + "[...]"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# --- the listing ------------------------------------------------------------------------


@dataclass(slots=True)
class Options:
    """What to show, one field per readelf flag."""

    file_header: bool = False
    section_headers: bool = False
    section_groups: bool = False
    program_headers: bool = False
    dynamic: bool = False
    relocs: bool = False
    unwind: bool = False
    symbols: bool = False
    dyn_syms: bool = False  # only .dynsym
    histogram: bool = False
    version_info: bool = False
    notes: bool = False
    arch_specific: bool = False
    hex_dump: list[str] = field(default_factory=list)
    wide: bool = False

    def everything(self) -> None:
        """-a: all but the hex dumps."""
        for name in ("file_header", "section_headers", "section_groups", "program_headers",
                     "dynamic", "relocs", "unwind", "symbols", "histogram", "version_info",
                     "notes", "arch_specific"):  # fmt: skip
            setattr(self, name, True)


class Readelf:
    """One file's listing, built part by part into `out`."""

    def __init__(self, elf: ElfFile, opts: Options) -> None:
        self.elf, self.opts, self.wide = elf, opts, opts.wide
        self.out: list[str] = []
        self.missing: list[str] = []  # -x requests naming no section

    def listing(self) -> str:
        o = self.opts
        parts = [
            (o.file_header, self.file_header), (o.section_headers, self.section_headers),
            (o.section_groups, self.section_groups), (o.program_headers, self.program_headers),
            (o.dynamic, self.dynamic_section), (o.relocs, self.relocations),
            (o.unwind, self.unwind), (o.symbols or o.dyn_syms, self.symbol_tables),
            (o.histogram, self.histograms), (o.version_info, self.version_sections),
            (bool(o.hex_dump), self.hex_dumps), (o.notes, self.notes),
            (o.arch_specific, self.attributes),
        ]  # fmt: skip
        for wanted, part in parts:
            if wanted:
                part()
        return "".join(self.out)

    def put(self, text: str) -> None:
        self.out.append(text)

    def name_of(self, index: int) -> str:
        if 0 <= index < len(self.elf.sections):
            return self.elf.sections[index].name
        return f"<section {index}>"

    # -h
    def file_header(self) -> None:
        h, elf = self.header, self.elf
        sections = len(elf.sections)
        lines = [
            ("Class", "ELF64"), ("Data", "2's complement, little endian"),
            ("Version", "1 (current)"),
            ("OS/ABI", OSABI_NAMES.get(h.osabi, f"<unknown: {h.osabi:x}>")),
            ("ABI Version", str(h.abiversion)), ("Type", self.file_type()),
            ("Machine", MACHINE_NAMES.get(h.machine, f"<unknown>: {h.machine:#x}")),
            ("Version", f"{h.version:#x}"), ("Entry point address", f"{h.entry:#x}"),
            ("Start of program headers", f"{h.phoff} (bytes into file)"),
            ("Start of section headers", f"{h.shoff} (bytes into file)"),
            ("Flags", self.flags()), ("Size of this header", f"{h.ehsize} (bytes)"),
            ("Size of program headers", f"{h.phentsize} (bytes)"),
            ("Number of program headers", self._extended(h.phnum, len(elf.segments))),
            ("Size of section headers", f"{h.shentsize} (bytes)"),
            ("Number of section headers", self._extended(h.shnum, sections)),
            ("Section header string table index", self._extended(h.shstrndx, elf.shstrndx)),
        ]  # fmt: skip
        self.put("ELF Header:\n  Magic:   " + " ".join(f"{b:02x}" for b in h.ident) + " \n")
        for label, value in lines:
            self.put(f"  {label + ':':<35}{value}\n")

    @property
    def header(self) -> Header:
        return self.elf.header

    def _extended(self, raw: int, real: int) -> str:
        return str(raw) if raw == real else f"{raw} ({real})"

    def file_type(self) -> str:
        t = self.header.type
        if t == ET.DYN and any(e.tag == DT.FLAGS_1 and e.value & DF_1.PIE
                               for e in self.dynamic_entries()):  # fmt: skip
            return "DYN (Position-Independent Executable file)"
        if t in TYPE_NAMES:
            return TYPE_NAMES[t]
        if 0xFE00 <= t <= 0xFEFF:
            return f"OS Specific: ({t:x})"
        if 0xFF00 <= t <= 0xFFFF:
            return f"Processor Specific: ({t:x})"
        return f"<unknown>: {t:x}"

    def flags(self) -> str:
        f = self.header.flags
        text = f"{f:#x}"
        if self.header.machine != EM.RISCV:
            return text
        if f & EF_RISCV_RVC:
            text += ", RVC"
        text += {0: ", soft-float ABI", 2: ", single-float ABI", 4: ", double-float ABI",
                 6: ", quad-float ABI"}[f & EF_RISCV_FLOAT_ABI]  # fmt: skip
        if f & EF_RISCV_RVE:
            text += ", RVE"
        if f & EF_RISCV_TSO:
            text += ", TSO"
        return text

    # -S
    def section_headers(self) -> None:
        elf = self.elf
        if not self.opts.file_header:
            self.put(f"There are {len(elf.sections)} section headers, starting at offset "
                     f"{self.header.shoff:#x}:\n")  # fmt: skip
        if not elf.sections:
            self.put("\nThere are no sections in this file.\n")
            return
        self.put(f"\nSection Header{'s' if len(elf.sections) > 1 else ''}:\n")
        if self.wide:
            self.put("  [Nr] Name              Type            Address          Off    Size   "
                     "ES Flg Lk Inf Al\n")  # fmt: skip
        else:
            self.put(
                "  [Nr] Name              Type             Address           Offset\n"
                "       Size              EntSize          Flags  Link  Info  Align\n"
            )
        for s in elf.sections:
            self.put(self.section_line(s))
        retain = "R (retain), " if self.header.osabi in (ELFOSABI.GNU, ELFOSABI.FREEBSD) else ""
        self.put(FLAGS_KEY.format(retain=retain))

    def section_line(self, s: Section) -> str:
        name, kind = printable(s.name), section_type_name(s.type)
        flags = section_flags(s.flags, self.header.osabi)
        if self.wide:
            return (f"  [{s.index:2d}] {name:<17} {kind:<15} {s.addr:016x} {s.offset:06x} "
                    f"{s.size:06x} {s.entsize:02x} {flags:>3} {s.link:2d} {s.info:3d} "
                    f"{s.addralign:2d}\n")  # fmt: skip
        return (f"  [{s.index:2d}] {cut(name, 17):<17} {kind[:15]:<15}  {s.addr:016x}  "
                f"{s.offset:08x}\n       {s.size:016x}  {s.entsize:016x} {flags:>3}      "
                f"{s.link:2d}   {s.info:3d}     {s.addralign}\n")  # fmt: skip

    # -g
    def section_groups(self) -> None:
        if not self.elf.groups:
            self.put("\nThere are no section groups in this file.\n")
            return
        for g in self.elf.groups:
            kind = "COMDAT group section" if g.flags & GRP_COMDAT else "group section"
            self.put(f"\n{kind} [{g.section.index:5d}] `{printable(g.section.name)}' "
                     f"[{printable(g.signature)}] contains {len(g.members)} sections:\n"
                     "   [Index]    Name\n")  # fmt: skip
            for m in g.members:
                self.put(f"   [{m:5d}]   {printable(self.name_of(m))}\n")

    # -l
    def program_headers(self) -> None:
        h, segs = self.header, self.elf.segments
        if not segs:
            self.put("\nThere are no program headers in this file.\n")
            return
        if not self.opts.file_header:
            self.put(f"\nElf file type is {self.file_type()}\nEntry point {h.entry:#x}\n"
                     f"There {'is' if len(segs) == 1 else 'are'} "
                     f"{_plural(len(segs), 'program header', 'program headers')}, "
                     f"starting at offset {h.phoff}\n")  # fmt: skip
        self.put(f"\nProgram Header{'s' if len(segs) > 1 else ''}:\n")
        if self.wide:
            self.put("  Type           Offset   VirtAddr           PhysAddr           FileSiz  "
                     "MemSiz   Flg Align\n")  # fmt: skip
        else:
            self.put(
                "  Type           Offset             VirtAddr           PhysAddr\n"
                "                 FileSiz            MemSiz              Flags  Align\n"
            )
        for seg in segs:
            self.put(self.segment_line(seg))
            if seg.type == PT.INTERP:
                path = self.elf.data[seg.offset : seg.offset + seg.filesz].split(b"\0")[0]
                self.put(f"      [Requesting program interpreter: "
                         f"{printable(path.decode('utf-8', 'replace'))}]\n")  # fmt: skip
        if self.elf.sections:
            self.put("\n Section to Segment mapping:\n  Segment Sections...\n")
            for i, seg in enumerate(segs):
                names = "".join(f"{printable(s.name)} " for s in self.elf.sections
                                if section_in_segment(s, seg))  # fmt: skip
                self.put(f"   {i:02d}     {names}\n")

    def segment_line(self, seg: Segment) -> str:
        kind = segment_type_name(seg.type)[:14]
        flags = ("R" if seg.flags & 4 else " ") + ("W" if seg.flags & 2 else " ")
        flags += "E" if seg.flags & 1 else " "
        if self.wide:
            return (
                f"  {kind:<14} 0x{seg.offset:06x} 0x{seg.vaddr:016x} 0x{seg.paddr:016x} "
                f"0x{seg.filesz:06x} 0x{seg.memsz:06x} {flags} {seg.align:#x}\n"
            )
        return (f"  {kind:<14} 0x{seg.offset:016x} 0x{seg.vaddr:016x} 0x{seg.paddr:016x}\n"
                f"                 0x{seg.filesz:016x} 0x{seg.memsz:016x}  {flags}    "
                f"{seg.align:#x}\n")  # fmt: skip

    # -d
    def dynamic_entries(self) -> list[DynamicEntry]:
        """The dynamic entries up to and including the first DT_NULL."""
        out = []
        for e in self.elf.dynamic:
            out.append(e)
            if e.tag == DT.NULL:
                break
        return out

    def dynamic_section(self) -> None:
        entries = self.dynamic_entries()
        if not entries:
            self.put("\nThere is no dynamic section in this file.\n")
            return
        sec = next((s for s in self.elf.sections if s.type == SHT.DYNAMIC), None)
        seg = next((s for s in self.elf.segments if s.type == PT.DYNAMIC), None)
        offset = sec.offset if sec is not None else seg.offset if seg is not None else 0
        self.put(f"\nDynamic section at offset {offset:#x} contains "
                 f"{_plural(len(entries), 'entry', 'entries')}:\n"
                 "  Tag        Type                         Name/Value\n")  # fmt: skip
        for e in entries:
            name = DT(e.tag).name if e.tag in DT._value2member_map_ else f"<unknown>: {e.tag:x}"
            self.put(f" 0x{e.tag & (1 << 64) - 1:016x} {'(' + name + ')':<21}"
                     f"{self.dynamic_value(e.tag, e.value)}\n")  # fmt: skip

    def dynamic_value(self, tag: int, value: int) -> str:
        if tag in DYNAMIC_STRINGS:
            return f"{DYNAMIC_STRINGS[DT(tag)]}: [{printable(dynamic_string(self.elf, value))}]"
        if tag in DYNAMIC_SIZES:
            return f"{value} (bytes)"
        if tag in DYNAMIC_COUNTS:
            return str(value)
        if tag == DT.PLTREL:
            return DT(value).name if value in (DT.RELA, DT.REL) else f"{value:#x}"
        if tag == DT.FLAGS:
            return _flag_names(value, DF) or "0"
        if tag == DT.FLAGS_1:
            return "Flags:" + "".join(" " + n for n in _flag_names(value, DF_1).split())
        return f"{value:#x}"

    # -r
    def relocations(self) -> None:
        found = False
        for rs in self.elf.relocation_sections:
            found = True
            sec = rs.section
            self.put(
                f"\nRelocation section '{printable(sec.name)}' at offset {sec.offset:#x} "
                f"contains {_plural(len(rs.relocations), 'entry', 'entries')}:\n"
            )
            if self.wide:
                self.put("    Offset             Info             Type               "
                         "Symbol's Value  Symbol's Name + Addend\n")  # fmt: skip
            else:
                self.put("  Offset          Info           Type           Sym. Value    "
                         "Sym. Name + Addend\n")  # fmt: skip
            versioned = self.has_versions(rs.section.link)
            for r in rs.relocations:
                sym = rs.symbol(r)
                at = self.version_suffix(r.symbol, sym)[0] if versioned and sym else ""
                self.put(self.relocation_line(r, sym, at, rela=sec.type == SHT.RELA))
        if found:
            return
        if any(e.tag in (DT.RELA, DT.REL, DT.JMPREL, DT.RELR) for e in self.dynamic_entries()):
            self.put("\nThere are no static relocations in this file.\nTo see the dynamic "
                     "relocations add --use-dynamic to the command line.\n")  # fmt: skip
        else:
            self.put("\nThere are no relocations in this file.\n")

    def relocation_line(self, r: Relocation, sym: Symbol | None, at: str, rela: bool) -> str:
        width, name_width = (16, 22) if self.wide else (12, 17)
        line = f"{r.offset:0{width}x}  {r.info:0{width}x} "
        line += f"{relocation_type_name(r.type)[:name_width]:<{name_width}}"
        if sym is None:
            addend = f"{r.addend:x}" if r.addend >= 0 else f"-{-r.addend:x}"
            return line + (" " * 20 + addend if rela else "") + "\n"
        name = printable(self.symbol_name(sym))
        value = f"{sym.value:016x}"
        if sym.type == STT.GNU_IFUNC and sym.shndx != SHN_UNDEF:
            value = f"{name + '()':<16}"
        line += f" {value} {name if self.wide else cut(name, 22)}{at}"
        if rela:
            line += f" + {r.addend:x}" if r.addend >= 0 else f" - {-r.addend:x}"
        return line + "\n"

    def symbol_name(self, sym: Symbol) -> str:
        if sym.type == STT.SECTION and not sym.name and sym.shndx < len(self.elf.sections):
            return self.elf.sections[sym.shndx].name
        return sym.name

    def has_versions(self, table: int) -> bool:
        """Do the symbols of this table have GNU versions (it is the dynamic one)?"""
        sections = self.elf.sections
        return (0 < table < len(sections) and sections[table].type == SHT.DYNSYM
                and bool(self.elf.versions.versym))  # fmt: skip

    def version_suffix(self, i: int, sym: Symbol) -> tuple[str, str]:
        """(`@VERSION` or `@@VERSION`, ` (n)` for a needed version) of dynamic symbol i."""
        versions = self.elf.versions
        if i >= len(versions.versym) or sym.type == STT.SECTION:
            return "", ""
        index = versions.versym[i] & ~VERSYM_HIDDEN
        name = versions.name(index)
        if index < 2 or name is None:
            return "", ""
        needed = any(a.other == index for n in versions.needs for a in n.aux)
        if sym.shndx == SHN_ABS and sym.name == name:  # the symbol naming a version itself
            return "", ""
        if sym.shndx == SHN_UNDEF or needed:
            return f"@{name}", f" ({index})"
        hidden = versions.versym[i] & VERSYM_HIDDEN
        return f"{'@' if hidden else '@@'}{name}", ""

    # -u
    def unwind(self) -> None:
        self.put(NO_UNWIND)

    # -s
    def symbol_tables(self) -> None:
        if not self.elf.sections:
            self.put("\nDynamic symbol information is not available for displaying symbols.\n")
        for index, syms in self.elf.symbol_tables.items():
            sec = self.elf.sections[index]
            if not self.opts.symbols and sec.type != SHT.DYNSYM:
                continue
            dynamic = self.has_versions(index)
            self.put(
                f"\nSymbol table '{printable(sec.name)}' contains "
                f"{_plural(len(syms), 'entry', 'entries')}:\n"
                "   Num:    Value          Size Type    Bind   Vis      Ndx Name\n"
            )
            for i, sym in enumerate(syms):
                self.put(self.symbol_line(i, sym, dynamic))

    def symbol_line(self, i: int, sym: Symbol, dynamic: bool) -> str:
        size = f"{sym.size:5d}" if sym.size < 100000 else f"{sym.size:#x}"
        vis = STV(sym.visibility).name
        if sym.other & STO_RISCV_VARIANT_CC:
            vis += " [VARIANT_CC] "
        elif sym.other & ~3:
            vis += f" [<other>: {sym.other:x}]"
        name = printable(self.symbol_name(sym) if sym.type == STT.SECTION else sym.name)
        at, needed = self.version_suffix(i, sym) if dynamic else ("", "")
        if self.wide:
            name = name + at + needed
        else:
            name = cut(name, 21 - len(at + needed)) + at + needed if at else cut(name, 21)
        ndx = str(sym.shndx) if sym.extended else section_index_name(sym.shndx)
        return (f"{i:6d}: {sym.value:016x} {size} {symbol_type_name(sym.type):<7} "
                f"{bind_name(sym.bind):<6} {vis:<7} {ndx:>4} {name}\n")  # fmt: skip

    # -I
    def histograms(self) -> None:
        for sec in self.elf.sections:
            if sec.type in (SHT.HASH, SHT.GNU_HASH) and sec.size:
                lengths = hash_bucket_lengths(self.elf, sec)
                if lengths:
                    self.histogram(sec, lengths)

    def histogram(self, sec: Section, lengths: list[int]) -> None:
        self.put(f"\nHistogram for `{printable(sec.name)}' bucket list length (total of "
                 f"{_plural(len(lengths), 'bucket', 'buckets')}):\n"
                 " Length  Number     % of total  Coverage\n")  # fmt: skip
        counts = [0] * (max(lengths) + 1)
        for n in lengths:
            counts[n] += 1
        total, covered = sum(lengths), 0
        for n, count in enumerate(counts):
            line = f"{n:7d}  {count:<10d} ({100 * count / len(lengths):5.1f}%)"
            covered += n * count
            if n:
                line += f"    {100 * covered / total:5.1f}%"
            self.put(line + "\n")

    # -V
    def version_sections(self) -> None:
        found = False
        for sec in self.elf.sections:
            if sec.type == SHT.GNU_VERSYM:
                self.versym_section(sec)
            elif sec.type == SHT.GNU_VERNEED:
                self.verneed_section(sec)
            elif sec.type == SHT.GNU_VERDEF:
                self.verdef_section(sec)
            else:
                continue
            found = True
        if not found:
            self.put("\nNo version information found in this file.\n")

    def _version_heading(self, what: str, sec: Section, count: int) -> None:
        self.put(f"\n{what} section '{printable(sec.name)}' contains "
                 f"{_plural(count, 'entry', 'entries')}:\n Addr: 0x{sec.addr:016x}  "
                 f"Offset: 0x{sec.offset:08x}  Link: {sec.link} "
                 f"({printable(self.name_of(sec.link))})\n")  # fmt: skip

    def versym_section(self, sec: Section) -> None:
        versym = self.elf.versions.versym
        self._version_heading("Version symbols", sec, len(versym))
        for row in range(0, len(versym), 4):
            self.put(f"  {row:03x}:")
            for v in versym[row : row + 4]:
                index = v & ~VERSYM_HIDDEN
                name = {0: "*local*", 1: "*global*"}.get(index)
                name = name or self.elf.versions.name(index) or "*invalid*"
                hidden = "h" if v & VERSYM_HIDDEN else " "
                # readelf pads ")" to |12 - len(name)| columns: names longer than 12
                # characters get more room again.
                name = printable(name)
                self.put(f"{index:4x}{hidden}({name}{')':<{abs(12 - len(name))}}")
            self.put("\n")

    def verneed_section(self, sec: Section) -> None:
        needs = self.elf.versions.needs
        self._version_heading("Version needs", sec, len(needs))
        for n in needs:
            self.put(f"  {_c_hex(n.offset)}: Version: {n.version}  File: {printable(n.file)}  "
                     f"Cnt: {len(n.aux)}\n")  # fmt: skip
            for a in n.aux:
                self.put(f"  {_c_hex(a.offset)}:   Name: {printable(a.name)}  Flags: "
                         f"{_version_flags(a.flags)}  Version: {a.other}\n")  # fmt: skip

    def verdef_section(self, sec: Section) -> None:
        defs = self.elf.versions.defs
        self._version_heading("Version definition", sec, len(defs))
        for d in defs:
            name = printable(d.names[0]) if d.names else ""
            self.put(f"  {_c_hex(d.offset)}: Rev: {d.version}  Flags: "
                     f"{_version_flags(d.flags)}  Index: {d.index}  Cnt: {len(d.names)}  "
                     f"Name: {name}\n")  # fmt: skip
            for j, (parent, at) in enumerate(zip(d.names[1:], d.name_offsets[1:], strict=True), 1):
                self.put(f"  {_c_hex(at)}: Parent {j}: {printable(parent)}\n")

    # -x
    def hex_dumps(self) -> None:
        wanted = self.opts.hex_dump
        chosen = set()
        for request in wanted:
            matches = [s.index for s in self.elf.sections if s.name == request]
            if not matches and request.isdigit() and int(request) < len(self.elf.sections):
                matches = [int(request)]
            if not matches:
                self.missing.append(request)
            chosen.update(matches)
        for sec in self.elf.sections:
            if sec.index in chosen:
                self.hex_dump(sec)

    def hex_dump(self, sec: Section) -> None:
        if sec.type == SHT.NOBITS or not sec.size:
            self.put(f"Section '{printable(sec.name)}' has no data to dump.\n")
            return
        self.put(f"\nHex dump of section '{printable(sec.name)}':\n")
        if self.elf.relocations_for(sec):
            self.put(" NOTE: This section has relocations against it, but these have NOT "
                     "been applied to this dump.\n")  # fmt: skip
        data = self.elf.contents(sec)
        for pos in range(0, len(data), 16):
            chunk = data[pos : pos + 16]
            groups = "".join(
                (f"{chunk[i]:02x}" if i < len(chunk) else "  ") + (" " if i % 4 == 3 else "")
                for i in range(16)
            )
            text = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in chunk)
            self.put(f"  0x{sec.addr + pos:08x} {groups}{text}\n")
        self.put("\n")

    # -n
    def notes(self) -> None:
        if self.elf.sections:
            for index, notes in self.elf.notes.items():
                sec = self.elf.sections[index]
                self.put(f"\nDisplaying notes found in: {printable(sec.name)}\n")
                self.note_list(notes)
            return
        for seg in self.elf.segments:
            if seg.type == PT.NOTE:
                self.put(f"\nDisplaying notes found at file offset 0x{seg.offset:08x} with "
                         f"length 0x{seg.filesz:08x}:\n")  # fmt: skip
                self.note_list(notes_in_segment(self.elf, seg))

    def note_list(self, notes: Sequence[Note]) -> None:
        self.put("  Owner                Data size \tDescription\n")
        sep = "\t" if self.wide else "\n"
        for n in notes:
            self.put(f"  {printable(n.name):<20} 0x{len(n.desc):08x}\t{note_description(n, sep)}\n")

    # -A
    def attributes(self) -> None:
        for g in attributes(self.elf):
            self.put(f"Attribute Section: {printable(g.vendor)}\n")
            scope = ATTRIBUTE_SCOPES.get(g.scope, f"Unknown tag: {g.scope}")
            self.put(scope + "\n")
            for tag, value in g.values:
                self.put(f"  {attribute_text(tag, value)}\n")


def _flag_names(value: int, flags: type[DF] | type[DF_1]) -> str:
    names = [f.name or "" for f in flags if value & f]
    rest = value & ~sum(flags)
    return " ".join(names + ([f"{rest:#x}"] if rest else []))


def _c_hex(value: int) -> str:
    """C's `%#06x`, which GNU uses for offsets in version sections: no 0x for zero."""
    return f"{value:#06x}" if value else "000000"


def _version_flags(flags: int) -> str:
    if not flags:
        return "none"
    names = [n for bit, n in ((VER_FLG_BASE, "BASE"), (VER_FLG_WEAK, "WEAK"),
                              (VER_FLG_INFO, "INFO")) if flags & bit]  # fmt: skip
    rest = flags & ~(VER_FLG_BASE | VER_FLG_WEAK | VER_FLG_INFO)
    return " | ".join(names + ([f"<unknown: {rest:x}>"] if rest else []))


def note_description(n: Note, sep: str) -> str:
    """The description column of a note, and the line that decodes it, if readelf has one."""
    if n.name == "GNU" and n.type in GNU_NOTE_NAMES:
        text = GNU_NOTE_NAMES[NT_GNU(n.type)]
        if n.type == NT_GNU.BUILD_ID:
            return f"{text}{sep}    Build ID: {n.desc.hex()}"
        if n.type == NT_GNU.ABI_TAG and len(n.desc) >= 16:
            words = [int.from_bytes(n.desc[i : i + 4], "little") for i in range(0, 16, 4)]
            os = ABI_TAG_OS_NAMES.get(words[0], "Unknown")
            return f"{text}{sep}    OS: {os}, ABI: {words[1]}.{words[2]}.{words[3]}"
        return text
    data = " ".join(f"{b:02x}" for b in n.desc)
    return f"Unknown note type: (0x{n.type:08x}){sep}   description data: {data} "


def attribute_text(tag: int, value: int | str) -> str:
    name = ATTRIBUTE_NAMES.get(tag, f"Tag_unknown_{tag}")
    if tag == RISCV_TAG.STACK_ALIGN:
        return f"{name}: {value}-bytes"
    if tag == RISCV_TAG.UNALIGNED_ACCESS:
        return f"{name}: {'Unaligned access' if value else 'No unaligned access'}"
    if isinstance(value, str):
        return f'{name}: "{value}"'
    return f"{name}: {value}"


# --- the command --------------------------------------------------------------------------


class UsageError(Exception):
    """A command line the tool cannot follow, or an input file it cannot read."""


class ToolParser(argparse.ArgumentParser):
    """An argparse parser that raises UsageError instead of exiting with status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog.removeprefix('groundup ')}: {message}")


def read_input(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: No such file or directory") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: Is a directory") from None
    except OSError as e:
        raise UsageError(f"{path}: {e.strerror}") from None


def report(error: Exception) -> int:
    """Print an error the way every groundup tool does; the exit status."""
    sys.stdout.flush()
    print(f"groundup: error: {error}", file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    p = ToolParser(prog="groundup readelf", add_help=False,
                   description="Display information about ELF files.")  # fmt: skip
    flag = p.add_argument
    flag("-a", "--all", action="store_true", help="-h -l -S -s -r -d -V -A -I -g -n -u")
    flag("-h", "--file-header", action="store_true", help="the ELF file header")
    flag("-l", "--program-headers", "--segments", action="store_true", help="program headers")
    flag("-S", "--section-headers", "--sections", action="store_true", help="section headers")
    flag("-g", "--section-groups", action="store_true", help="section groups")
    flag("-e", "--headers", action="store_true", help="-h -l -S")
    flag("-s", "--syms", "--symbols", action="store_true", help="the symbol tables")
    flag("--dyn-syms", action="store_true", help="the dynamic symbol table")
    flag("-n", "--notes", action="store_true", help="the notes")
    flag("-r", "--relocs", action="store_true", help="the relocations")
    flag("-u", "--unwind", action="store_true", help="unwind information")
    flag("-d", "--dynamic", action="store_true", help="the dynamic section")
    flag("-V", "--version-info", action="store_true", help="the symbol version sections")
    flag("-A", "--arch-specific", action="store_true", help="the RISC-V attributes")
    flag("-I", "--histogram", action="store_true", help="hash bucket-list histograms")
    flag("-x", "--hex-dump", action="append", default=[], metavar="SECTION",
         help="dump a section (by name or number) as bytes")  # fmt: skip
    flag("-W", "--wide", action="store_true", help="one line per entry, names whole")
    flag("-H", "--help", action="help", help="show this help")
    flag("files", nargs="*", metavar="elf-file")
    return p


def options(args: argparse.Namespace) -> Options:
    o = Options(wide=args.wide, hex_dump=list(args.hex_dump))
    if args.all:
        o.everything()
    o.file_header |= args.file_header or args.headers
    o.section_headers |= args.section_headers or args.headers
    o.program_headers |= args.program_headers or args.headers
    o.symbols |= args.syms
    o.dyn_syms |= args.dyn_syms
    for name in ("section_groups", "notes", "relocs", "unwind", "dynamic", "version_info",
                 "arch_specific", "histogram"):  # fmt: skip
        setattr(o, name, getattr(o, name) or getattr(args, name))
    return o


def readelf(data: bytes, name: str, opts: Options) -> tuple[str, list[str]]:
    """The listing of one file, and the -x requests that named no section."""
    display = Readelf(read_elf(data, name), opts)
    return display.listing(), display.missing


def main(argv: Sequence[str]) -> int:
    """`groundup readelf [options] elf-file...`: 0, or 1 after any error."""
    try:
        args = build_parser().parse_args(list(argv))
        opts = options(args)
        if not args.files:
            raise UsageError("readelf: no ELF file named")
        if not any(getattr(opts, f.name) for f in fields(Options) if f.name != "wide"):
            raise UsageError("readelf: nothing to show: give an option (-a for all)")
    except UsageError as e:
        return report(e)
    status = 0
    try:
        for path in args.files:
            status |= _one_file(path, opts, several=len(args.files) > 1)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as GNU does
        quiet_stdout()
        return 1
    return status


def _one_file(path: str, opts: Options, several: bool) -> int:
    try:
        text, missing = readelf(read_input(path), path, opts)
    except (ElfError, UsageError) as e:
        return report(e)
    sys.stdout.write(f"\nFile: {path}\n" if several else "")
    sys.stdout.write(text)
    sys.stdout.flush()
    for request in missing:
        what = request if request.isdigit() else f"'{request}'"
        print(f"groundup: warning: {path}: section {what} was not dumped because it does "
              "not exist", file=sys.stderr)  # fmt: skip
    # As GNU readelf: a missing section number fails the run, a missing name only warns.
    return 1 if any(request.isdigit() for request in missing) else 0


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so that Python's final flush raises nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
