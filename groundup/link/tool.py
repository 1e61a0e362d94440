"""`groundup ld`: link RISC-V objects and archives into a static executable.

    groundup ld [-o OUT] [-e SYM] [-L DIR]... [-u SYM]... [--defsym SYM=EXPR]...
                [-Map FILE] [--gc-sections] [-Ttext ADDR | --image-base ADDR]
                [-s | -S] [--build-id[=STYLE]] [-z noexecstack] [-v]
                FILE.o... [-lNAME | lib.a]... [--start-group ... --end-group]

GNU ld's command line, as gcc's driver passes it (`gcc -static -v` shows it):
order matters for archives, and options GNU ld takes that mean nothing for a
static executable (-plugin, --hash-style, --as-needed, --eh-frame-hdr,
-dynamic-linker, --sysroot, -z relro ...) are accepted and ignored, with a
note under -v. Addresses (-Ttext, --image-base) are hexadecimal, with or
without 0x, as GNU ld reads them. Errors are GNU ld's words; on any error the
exit status is 1 and no output file is left behind.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from groundup.elf.reader import ElfError
from groundup.link import mapfile
from groundup.link.errors import LinkError, Reporter
from groundup.link.inputs import FileInput, GroupInput, InputError, InputItem, LibraryInput
from groundup.link.layout import Placement
from groundup.link.linker import LinkOptions, link
from groundup.outfile import remove_stale, write_whole

PROGRAM = "groundup ld"
VERSION = "groundup ld 0.1 (GNU ld compatible command line, RISC-V static executables)"
USAGE = "usage: groundup ld [options] FILE... (groundup ld --help for the options)"
HELP = """usage: groundup ld [options] FILE...

Link RISC-V ELF objects and archives into a static executable.

  -o FILE                 write the executable to FILE (default a.out)
  -e SYM, --entry=SYM     start at SYM (default _start)
  -L DIR                  search DIR for -l libraries
  -l NAME                 link libNAME.a (-l:FILE: FILE) from the -L directories
  -u SYM                  treat SYM as undefined (pulls it from archives)
  --start-group ... --end-group   search these archives again until nothing new is needed
  --defsym SYM=EXPR       define SYM as a number, a symbol, or either +/- a number
  -Map FILE, -M           write the link map to FILE (-M: to standard output)
  --gc-sections           drop sections nothing reaches (--print-gc-sections: list them)
  -Ttext ADDR             put .text at ADDR (hexadecimal)
  --image-base ADDR, -Ttext-segment ADDR   put the image (headers first) at ADDR
                          (default 0x400000)
  -s, -S                  strip all symbols / debugging sections
  --build-id[=sha1|md5|uuid|0xHEX|none]    add a .note.gnu.build-id (default none)
  -z noexecstack|execstack   the stack's permissions (default not executable)
  -static                 accepted: every link is static
  -v, --verbose           print the version, and notes on ignored options
  --version               print the version and exit
"""

# Options GNU ld takes that do not change a static executable: (name, takes a value).
IGNORED = {"-plugin": True, "--plugin": True, "-dynamic-linker": True, "--dynamic-linker": True,
           "--sysroot": False, "-hash-style": False, "--hash-style": False, "--as-needed": False,
           "--no-as-needed": False, "--eh-frame-hdr": False, "-O": True, "--relax": False,
           "--no-relax": False, "-X": False, "--discard-locals": False, "-x": False,
           "--discard-all": False, "--no-undefined": False, "-EL": False, "-nostdlib": False,
           "--discard-none": False, "-g": False, "--enable-new-dtags": False,
           "--disable-new-dtags": False, "-no-pie": False, "--no-pie": False,
           "--no-dynamic-linker": False, "-Bdynamic": False, "-Bstatic": False,
           "-static": False, "-dn": False, "-non_shared": False, "--fatal-warnings": False,
           "--warn-common": False, "--sort-common": False, "-Qy": False, "--push-state": False,
           "--pop-state": False, "--copy-dt-needed-entries": False}  # fmt: skip
REFUSED = {"-shared": "shared objects", "-Bshareable": "shared objects", "-pie": "PIE",
           "--pie": "PIE", "-r": "relocatable output", "--relocatable": "relocatable output",
           "-T": "linker scripts", "--script": "linker scripts"}  # fmt: skip
EMULATIONS = ("elf64lriscv", "elf64lriscv_lp64f", "elf64lriscv_lp64")


class UsageError(Exception):
    pass


@dataclass(slots=True)
class CommandLine:
    """What `ld`'s arguments ask for (before any file is read)."""

    items: list[InputItem] = field(default_factory=list)
    library_paths: list[str] = field(default_factory=list)
    output: str = "a.out"
    entry: str | None = None
    undefined: list[str] = field(default_factory=list)
    defsyms: list[tuple[str, str]] = field(default_factory=list)
    map_file: str | None = None
    gc_sections: bool = False
    print_gc_sections: bool = False
    strip_all: bool = False
    strip_debug: bool = False
    image_base: int | None = None
    text_address: int | None = None
    exec_stack: bool = False
    build_id: str = "none"
    verbose: bool = False
    version_only: bool = False
    help: bool = False
    notes: list[str] = field(default_factory=list)
    group: list[FileInput | LibraryInput] | None = None

    def options(self) -> LinkOptions:
        return LinkOptions(
            tuple(self.items), tuple(self.library_paths), self.entry, tuple(self.undefined),
            tuple(self.defsyms), self.gc_sections, self.print_gc_sections, self.strip_all,
            self.strip_debug, Placement(self.image_base, self.text_address, self.exec_stack),
            self.build_id,
        )  # fmt: skip


def parse_address(text: str, option: str) -> int:
    try:
        return int(text[2:] if text.lower().startswith("0x") else text, 16)
    except ValueError:
        raise UsageError(f"invalid hex number `{text}' for {option}") from None


class _Args:
    """The arguments, with GNU's spellings of a value: -oFILE, -o FILE, --out=FILE."""

    def __init__(self, argv: list[str]) -> None:
        self.argv, self.i = argv, 0

    def next(self) -> str | None:
        if self.i >= len(self.argv):
            return None
        self.i += 1
        return self.argv[self.i - 1]

    def value(self, arg: str, *names: str) -> str | None:
        """The value of option `arg` if it is one of `names`, else None."""
        for name in names:
            if arg == name:
                value = self.next()
                if value is None:
                    raise UsageError(f"option '{name}' requires an argument")
                return value
            if name.startswith("--") or len(name) > 2:
                if arg.startswith(name + "="):
                    return arg[len(name) + 1 :]
            elif arg.startswith(name) and len(arg) > len(name):
                return arg[len(name) :]
        return None


def parse_args(argv: list[str]) -> CommandLine:
    cl = CommandLine()
    args = _Args(argv)
    while (arg := args.next()) is not None:
        _parse_one(cl, args, arg)
    if cl.group is not None:
        raise UsageError("group started but never ended (--start-group without --end-group)")
    return cl


def _input(cl: CommandLine, item: FileInput | LibraryInput) -> None:
    if cl.group is not None:
        cl.group.append(item)
    else:
        cl.items.append(item)


def _parse_one(cl: CommandLine, args: _Args, arg: str) -> None:  # noqa: C901 - one flag each
    if not arg.startswith("-") or arg == "-":
        _input(cl, FileInput(arg))
    elif (v := args.value(arg, "-o", "--output")) is not None:
        cl.output = v
    elif (v := args.value(arg, "-l", "--library")) is not None:
        _input(cl, LibraryInput(v))
    elif (v := args.value(arg, "-L", "--library-path")) is not None:
        cl.library_paths.append(v)
    elif (v := args.value(arg, "-e", "--entry")) is not None:
        cl.entry = v
    elif (v := args.value(arg, "-u", "--undefined")) is not None:
        cl.undefined.append(v)
    elif arg in ("--start-group", "-("):
        if cl.group is not None:
            raise UsageError("may not nest groups (--help for usage)")
        cl.group = []
    elif arg in ("--end-group", "-)"):
        if cl.group is None:
            raise UsageError("group ended before it began (--help for usage)")
        cl.items.append(GroupInput(tuple(cl.group)))
        cl.group = None
    elif (v := args.value(arg, "--defsym")) is not None:
        name, eq, expr = v.partition("=")
        if not name or not eq or not expr:
            raise UsageError(f"--defsym {v}: expected SYMBOL=EXPRESSION")
        cl.defsyms.append((name, expr))
    elif (v := args.value(arg, "-Map", "--Map")) is not None:
        cl.map_file = v
    elif arg in ("-M", "--print-map"):
        cl.map_file = "-"
    elif arg in ("--gc-sections", "--no-gc-sections"):
        cl.gc_sections = arg == "--gc-sections"
    elif arg in ("--print-gc-sections", "--no-print-gc-sections"):
        cl.print_gc_sections = arg == "--print-gc-sections"
    elif (v := args.value(arg, "-Ttext-segment", "--Ttext-segment", "--image-base")) is not None:
        cl.image_base = parse_address(v, arg.split("=")[0])
    elif (v := args.value(arg, "-Ttext", "--Ttext")) is not None:
        cl.text_address = parse_address(v, "-Ttext")
    elif (v := args.value(arg, "--section-start")) is not None:
        name, _, address = v.partition("=")
        if name != ".text":
            raise UsageError(f"--section-start {v}: only .text can be placed")
        cl.text_address = parse_address(address, "--section-start")
    elif arg in ("-s", "--strip-all"):
        cl.strip_all = True
    elif arg in ("-S", "--strip-debug"):
        cl.strip_debug = True
    elif arg == "--build-id":
        cl.build_id = "sha1"
    elif (v := args.value(arg, "--build-id")) is not None:
        _build_id(cl, v)
    elif (v := args.value(arg, "-z")) is not None:
        _z_keyword(cl, v)
    elif (v := args.value(arg, "-m")) is not None:
        if v not in EMULATIONS:
            raise UsageError(f"unrecognised emulation mode: {v}\nSupported emulations: "
                             + " ".join(EMULATIONS))  # fmt: skip
    elif arg in ("-v", "-V", "--verbose") or arg.startswith("--verbose="):
        cl.verbose = True
    elif arg == "--version":
        cl.version_only = True
    elif arg in ("-h", "-H", "--help"):
        cl.help = True
    else:
        _other(cl, args, arg)


def _build_id(cl: CommandLine, style: str) -> None:
    if style not in ("none", "sha1", "md5", "uuid", "tree") and not style.startswith("0x"):
        raise UsageError(f"invalid --build-id style `{style}'")
    if style.startswith("0x"):
        try:
            bytes.fromhex(style[2:])
        except ValueError:
            raise UsageError(f"invalid --build-id style `{style}'") from None
    cl.build_id = "sha1" if style == "tree" else style


def _z_keyword(cl: CommandLine, keyword: str) -> None:
    if keyword in ("noexecstack", "execstack"):
        cl.exec_stack = keyword == "execstack"
    else:
        cl.notes.append(f"-z {keyword}: ignored (it does not apply to a static executable)")


def _other(cl: CommandLine, args: _Args, arg: str) -> None:
    name = arg.split("=", 1)[0]
    if name in REFUSED or (arg.startswith("-T") and len(arg) > 2 and name != "-Ttext"):
        what = REFUSED.get(name, "linker scripts")
        raise UsageError(f"{arg}: {what} are not supported; groundup ld makes static executables")
    plugin_option = arg.startswith(("-plugin-opt", "--plugin-opt"))
    if name in IGNORED or plugin_option or (arg.startswith("-O") and arg[2:].isdigit()):
        if IGNORED.get(name) and "=" not in arg:
            args.next()  # its value
        cl.notes.append(f"{arg}: ignored (it does not apply to a static executable)")
        return
    raise UsageError(f"unrecognized option '{arg}'")


# --- main ------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    cl: CommandLine | None = None
    reporter = Reporter(PROGRAM)
    try:
        cl = parse_args(argv)
        if cl.help:
            print(HELP, end="")
            return 0
        if cl.version_only or (cl.verbose and not cl.items):
            print(VERSION)
            return 0
        if cl.verbose:
            print(VERSION)
        reporter.verbose, reporter.output = cl.verbose, cl.output
        for note in cl.notes:
            reporter.note(note)
        if not cl.items:
            raise UsageError("no input files")
        return _link(cl, reporter)
    except UsageError as e:
        _flush(reporter)
        _say(f"{PROGRAM}: {e}")
        if "unrecognized option" in str(e):
            _say(f"{PROGRAM}: use the --help option for usage information")
        return 1


def _link(cl: CommandLine, reporter: Reporter) -> int:
    try:
        linked = link(cl.options(), reporter)
        write_whole(cl.output, linked.image, executable=True)
        if cl.map_file == "-":
            sys.stdout.write(mapfile.render(linked))
        elif cl.map_file:
            Path(cl.map_file).write_text(mapfile.render(linked))
    except LinkError:
        _flush(reporter)
        remove_stale(cl.output)
        return 1
    except (InputError, ElfError, OSError) as e:
        _flush(reporter)
        text = str(e) if not isinstance(e, OSError) else f"cannot write: {e}"
        for line in text.splitlines():
            _say(f"{PROGRAM}: {line}")
        remove_stale(cl.output)
        return 1
    _flush(reporter)
    return 0


def _flush(reporter: Reporter) -> None:
    for line in reporter.lines:
        _say(line)
    reporter.lines.clear()


def _say(message: str) -> None:
    sys.stdout.flush()
    print(message, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
