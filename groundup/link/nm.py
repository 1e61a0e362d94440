"""`groundup nm`: list the symbols of objects, archives and executables, as GNU nm does.

    groundup nm [-A] [-g] [-u] [--defined-only] [-n | -p] [-r] [-a] [-S] FILE...

One line per symbol, in GNU nm's default ("BSD") format:

    0000000000010078 T main          value, type letter, name
                     U printf        undefined: no value

The letter says where the symbol lives; upper case for a global, lower case
for a local: T/t code, D/d data, B/b zero-initialised data (.bss), R/r
read-only data, A/a absolute, C common, U undefined, W/w weak (V/v weak
object), N debugging, i indirect function. Symbols are sorted by name (-n:
by address, undefined first; -p: as stored). Section and file symbols,
RISC-V mapping symbols ($x, $d) and assembler temporaries (.L...) are
listed only with -a. Several files (or an archive's members) each get a
`file:` heading, or with -A a `file:` prefix on every line.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from groundup.elf.constants import SHF, SHN_ABS, SHN_COMMON, SHN_UNDEF, SHT, STB, STT
from groundup.elf.reader import ElfError, ElfFile, Symbol, read_elf
from groundup.link.archive import ArchiveError, is_archive, read_archive

PROGRAM = "groundup nm"
USAGE = "usage: groundup nm [-A] [-g] [-u] [--defined-only] [-n|-p] [-r] [-a] [-S] FILE..."


class UsageError(Exception):
    pass


@dataclass(slots=True)
class Options:
    files: list[str] = field(default_factory=list)
    prefix_file: bool = False  # -A
    extern_only: bool = False  # -g
    undefined_only: bool = False  # -u
    defined_only: bool = False
    sort: str = "name"  # "name", "numeric", "none"
    reverse: bool = False
    all: bool = False  # -a: debugging and special symbols too
    sizes: bool = False  # -S


LETTERS = {"-A": "prefix_file", "-o": "prefix_file", "-g": "extern_only",
           "-u": "undefined_only", "-r": "reverse", "-a": "all", "-S": "sizes"}  # fmt: skip
LONG = {"--print-file-name": "-A", "--extern-only": "-g", "--undefined-only": "-u",
        "--reverse-sort": "-r", "--debug-syms": "-a", "--print-size": "-S",
        "--numeric-sort": "-n", "--no-sort": "-p"}  # fmt: skip


def parse_args(argv: list[str]) -> Options:
    opts = Options()
    for arg in argv:
        arg = LONG.get(arg, arg)
        if arg == "--defined-only":
            opts.defined_only = True
        elif arg.startswith("-") and len(arg) > 1 and not arg.startswith("--"):
            for letter in arg[1:]:
                _letter(opts, "-" + letter)
        elif arg.startswith("--"):
            raise UsageError(f"unrecognized option '{arg}'")
        else:
            opts.files.append(arg)
    if not opts.files:
        opts.files.append("a.out")
    return opts


def _letter(opts: Options, flag: str) -> None:
    if flag in LETTERS:
        setattr(opts, LETTERS[flag], True)
    elif flag in ("-n", "-v"):
        opts.sort = "numeric"
    elif flag == "-p":
        opts.sort = "none"
    elif flag == "-B":
        pass  # the default format
    else:
        raise UsageError(f"invalid option -- '{flag[1:]}'")


def type_letter(elf: ElfFile, sym: Symbol) -> str:
    """GNU nm's letter for a symbol (see the module docstring)."""
    if sym.shndx == SHN_COMMON:
        return "C"
    if sym.shndx == SHN_UNDEF:
        if sym.bind == STB.WEAK:
            return "v" if sym.type == STT.OBJECT else "w"
        return "U"
    if sym.type == STT.GNU_IFUNC:
        return "i"
    if sym.bind == STB.WEAK:
        return "V" if sym.type == STT.OBJECT else "W"
    letter = "a" if sym.shndx == SHN_ABS else _section_letter(elf, sym.shndx)
    return letter.upper() if sym.bind != STB.LOCAL else letter


def _section_letter(elf: ElfFile, index: int) -> str:
    if index >= len(elf.sections):
        return "?"
    sec = elf.sections[index]
    if sec.flags & SHF.EXECINSTR:
        return "t"
    if sec.flags & SHF.ALLOC:
        if sec.type == SHT.NOBITS:
            return "b"
        return "d" if sec.flags & SHF.WRITE else "r"
    if sec.name.startswith((".debug", ".zdebug", ".stab", ".line")):
        return "N"
    return "n" if sec.type != SHT.NOBITS else "?"


def _debugging(sym: Symbol) -> bool:
    """Listed only with -a: section and file symbols."""
    return sym.type in (STT.SECTION, STT.FILE)


def _special(sym: Symbol) -> bool:
    """Never listed: RISC-V mapping symbols, assembler temporaries, nameless symbols."""
    return not sym.name or sym.name.startswith(("$x", "$d", ".L"))


def _selected(opts: Options, sym: Symbol) -> bool:
    if _special(sym) or (_debugging(sym) and not opts.all):
        return False
    undefined = sym.shndx == SHN_UNDEF
    if opts.undefined_only and not undefined:
        return False
    if opts.defined_only and undefined:
        return False
    return not (opts.extern_only and sym.bind == STB.LOCAL and not undefined)


def _sorted(opts: Options, symbols: list[Symbol]) -> list[Symbol]:
    if opts.sort == "name":
        return sorted(symbols, key=lambda s: s.name.encode(), reverse=opts.reverse)
    if opts.sort == "numeric":
        return sorted(symbols, key=lambda s: (s.shndx != SHN_UNDEF, s.value, s.name.encode()),
                      reverse=opts.reverse)  # fmt: skip
    return symbols[::-1] if opts.reverse else symbols


def listing(opts: Options, elf: ElfFile, prefix: str) -> list[str]:
    """The lines for one object (each with `prefix` under -A)."""
    named = (_named(elf, s) for s in elf.symbols[1:])
    symbols = [s for s in named if _selected(opts, s)]
    lines = []
    for sym in _sorted(opts, symbols):
        letter = type_letter(elf, sym)
        if sym.shndx == SHN_UNDEF:
            value = " " * 16
        else:
            sized = opts.sizes and (sym.size or sym.shndx == SHN_COMMON)
            value = f"{sym.value:016x}" + (f" {sym.size:016x}" if sized else "")
        lines.append(f"{prefix}{value} {letter} {sym.name}")
    return lines


def _named(elf: ElfFile, sym: Symbol) -> Symbol:
    """A section symbol is shown with its section's name."""
    if sym.type == STT.SECTION and not sym.name and sym.shndx < len(elf.sections):
        return replace(sym, name=elf.sections[sym.shndx].name)
    return sym


def _has_symbols(elf: ElfFile) -> bool:
    return any(s.type == SHT.SYMTAB for s in elf.sections)


def _emit(lines: list[str]) -> None:
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")


def _list_file(opts: Options, path: str, several: bool) -> bool:
    """Print the listing of one file (an archive: of each member, in order); False if some
    part of it was not an object."""
    data = Path(path).read_bytes()
    if is_archive(data):
        archive = read_archive(data, path)
        if several:
            _emit(["", f"{path}:"])
        results = [_list_object(opts, m.data, m.name, f"{path}:{m.name}:", True)
                   for m in archive.members]  # fmt: skip
        return all(results)
    return _list_object(opts, data, path, f"{path}:", several)


def _list_object(opts: Options, data: bytes, name: str, prefix: str, heading: bool) -> bool:
    if not data.startswith(b"\x7fELF"):
        _warn(f"{name}: file format not recognized")
        return False
    elf = read_elf(data, name, machine=None)
    if heading and not opts.prefix_file:
        _emit(["", f"{name}:"])
    if not _has_symbols(elf):
        _warn(f"{name}: no symbols")
        return True
    _emit(listing(opts, elf, prefix if opts.prefix_file else ""))
    return True


def _warn(message: str) -> None:
    sys.stdout.flush()
    print(f"{PROGRAM}: {message}", file=sys.stderr)


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help", "-H") for a in argv):
        print(__doc__.split("\n\n", 1)[1], end="")
        return 0
    try:
        opts = parse_args(argv)
    except UsageError as e:
        _warn(str(e))
        print(USAGE, file=sys.stderr)
        return 1
    status = 0
    for path in opts.files:
        try:
            if not _list_file(opts, path, len(opts.files) > 1):
                status = 1
        except FileNotFoundError:
            _warn(f"'{path}': No such file")
            status = 1
            continue
        except IsADirectoryError:
            _warn(f"Warning: '{path}' is a directory")
            status = 1
            continue
        except (ElfError, ArchiveError) as e:
            _warn(f"{e}: file format not recognized")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
