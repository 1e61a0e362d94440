"""`groundup cc`: the C compiler's command line (gcc's flags, as far as they go yet).

    groundup cc [-S | -c | --dump-ir | -E [-P] [-dM] | --dump-tokens | --dump-ast
                | -fsyntax-only] [-o OUT] [-I DIR] [-iquote DIR]
                [-isystem DIR] [--sysroot DIR] [-nostdinc] [-D NAME[=VALUE]] [-U NAME]
                [-include FILE] [-std=STD] [-f(un)signed-char] [-O LEVEL] [-fpic ...]
                [--dump-ir-after=PASS] [-static] [-L DIR] [-l NAME] FILE.c|.s|.S|.o|.a ... | -

It compiles, assembles and links (build.py: `-S` writes assembly, `-c` objects,
neither a static executable, with groundup's own assembler and linker against
groundup's own C library, or glibc from the sysroot when --sysroot or --libc=glibc
says so; `--dump-ir` prints the IR, after the optimizer when
asked; `--dump-ir-after=PASS` the IR after each run of an optimizer pass). It also
preprocesses (`-E`; `-P` leaves out line markers; `-dM -E` prints the
macros defined at the end instead), shows C tokens (`--dump-tokens`), checks a
program (`-fsyntax-only`: parse and semantic analysis, diagnostics only) and shows
its typed syntax tree (`--dump-ast`). What the code generator does not do yet
(floating point, struct values across calls ...) it says: `not supported yet: ...`.

Headers: "..." is searched in the including file's directory, then -iquote, -I,
-isystem, then the system directories: groundup/libc/include with groundup's C
library (the default); with glibc, the sysroot's: gcc's own headers beside it
(<prefix>/lib/gcc-cross/<triple>/<version>/include) and <sysroot>/include, where
the sysroot is /usr/riscv64-linux-gnu (the Debian cross toolchain's) unless
--sysroot says. -nostdinc leaves the system directories out.

Exit status: 0; 1 when the input has errors (every error is shown, as
`file:line:col: error: ...`, the line and a caret; no output file is left
behind); 4 for an internal compiler error — a bug in groundup, said plainly.
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass, field

from groundup.cc import build, driver, optimize, predefined, preprocess, tokenize
from groundup.diag import CompileError, Reporter, render_all
from groundup.outfile import remove_stale, write_whole

USAGE = (
    "usage: groundup cc [-S | -c | --dump-ir | -E [-P] [-dM] | --dump-tokens | --dump-ast "
    "| -fsyntax-only] [-o OUT] [options] FILE..."
)
HELP = f"""{USAGE}

Compile C (and assemble .s/.S, link .o/.a) into a static executable (a.out). Modes:
  -S                 stop at assembly: FILE.s for each FILE.c
  -c                 stop at objects: FILE.o for each FILE.c, .s, .S
  --dump-ir          print the IR of a C file (after optimizing, at -O1 and above)
  --dump-ir-after=PASS  at -O1 and above, print the IR on stderr after each run of
                     an optimizer pass: all, or one of
                     {" ".join(optimize.PASSES)}
  -E                 preprocess, write the result (line markers unless -P)
  -P                 with -E: no line markers
  -dM                with -E: print the macros defined at the end, as #define lines
  --dump-tokens      print the C tokens, one per line (position, kind, spelling, value)
  --dump-ast         print the typed syntax tree, one node per line with its type
  -fsyntax-only      parse and check the program; only diagnostics, no output
Options:
  -o OUT             write to OUT instead of standard output (or a.out, FILE.s, FILE.o)
  -L DIR, -l NAME    link: search DIR for libNAME.a; -static (every link is static)
  -I DIR, -iquote DIR, -isystem DIR    add an include directory
  --libc=groundup    use groundup's own C library: its headers, crt files and libc.a
                     (built by groundup cc on first use, cached); the default
  --libc=glibc       use glibc from the sysroot (the default when --sysroot is given)
  --sysroot DIR      the target's root: headers in DIR/include, glibc in DIR/lib
                     (default {driver.DEFAULT_SYSROOT})
  -nostdinc          no system include directories
  -D NAME[=VALUE], -U NAME, -include FILE
  -std=STD           c89 c99 c11 c17 c2x, gnu89 ... gnu2x (default gnu17)
  -fsigned-char, -funsigned-char (the default on RISC-V)
  -O0 (the default); -O1 -Og: the IR optimizer's cheap passes; -O2 -O3 -Os: all
  -fpic -fPIC -fpie -fPIE -fno-pic -fno-pie, -ffreestanding
  -march=rv64gc -mabi=lp64d -mcmodel=medlow|medany (the only target there is)
  -trigraphs, -w (no warnings), -Wall or -Wformat (check printf/scanf formats;
                     -Wno-format: not); other -W options are accepted and ignored
"""

EXIT_ICE = 4


class UsageError(Exception):
    pass


class HelpRequested(Exception):
    pass


@dataclass(slots=True)
class Flags:
    """The command line, parsed."""

    mode: str = ""  # "E", "dM", "tokens", "ast", "syntax", "ir", "S", "c", or "" (link)
    line_markers: bool = True
    output: str | None = None
    inputs: list[str] = field(default_factory=list)
    quote_dirs: list[str] = field(default_factory=list)
    include_dirs: list[str] = field(default_factory=list)
    isystem: list[str] = field(default_factory=list)
    sysroot: str | None = None
    nostdinc: bool = False
    commands: list[tuple[str, str]] = field(default_factory=list)
    includes: list[str] = field(default_factory=list)
    std: str = "gnu17"
    signed_char: bool = False
    optimize: str = "0"
    pic: int = 2
    pie: bool = True
    hosted: bool = True
    cmodel: str = ""
    trigraphs: bool = False
    no_warnings: bool = False
    warn_format: bool = False  # -Wall, -Wformat: printf/scanf formats checked
    format_given: bool = False  # -Wformat or -Wno-format said
    dump_macros: bool = False
    library_dirs: list[str] = field(default_factory=list)  # -L
    verbose: bool = False  # -v: the version, then each stage as it runs, on stderr
    dump_after: list[str] = field(default_factory=list)  # --dump-ir-after=PASS
    libc: str = ""  # --libc=: groundup (groundup/libc) or glibc (the sysroot's); see below


# Flags that take a value, as `-I DIR` or `-IDIR`.
_JOINED = {"-I": "include_dirs", "-D": "D", "-U": "U", "-o": "output", "-L": "L", "-l": "l"}
_SEPARATE = {"-isystem": "isystem", "-iquote": "quote_dirs", "-include": "includes",
             "--sysroot": "sysroot", "-x": "language"}  # fmt: skip
_PIC = {"-fpic": (1, False), "-fPIC": (2, False), "-fpie": (1, True), "-fPIE": (2, True),
        "-fno-pic": (0, False), "-fno-pie": (0, False), "-fno-PIC": (0, False),
        "-fno-PIE": (0, False)}  # fmt: skip
VERSION = (
    "groundup cc 0.1.0: C17 for riscv64-linux-gnu (RV64GC, LP64D); preprocesses, "
    "compiles, assembles (groundup as) and links (groundup ld) in one process\n"
    "Target: riscv64-linux-gnu"
)
LIBCS = ("glibc", "groundup")
_IGNORED = ("-pipe", "-g", "-g0", "-g1", "-g2", "-g3", "-Wextra", "-pedantic")


def parse_args(argv: list[str]) -> Flags:
    flags = Flags()
    args = iter(argv)
    for arg in args:
        if arg in _SEPARATE or arg in _JOINED:
            value = next(args, None)
            if value is None:
                raise UsageError(f"missing argument to '{arg}'")
            _value_flag(flags, arg, value)
        elif arg[:2] in _JOINED and len(arg) > 2:
            _value_flag(flags, arg[:2], arg[2:])
        elif arg.startswith("--sysroot="):
            flags.sysroot = arg[len("--sysroot=") :]
        elif arg.startswith("--libc="):
            flags.libc = _libc_choice(arg)
        else:
            _simple_flag(flags, arg)
    if flags.dump_macros and flags.mode != "E":
        raise UsageError("-dM needs -E (to print the macros defined by a file)")
    if flags.dump_macros:
        flags.mode = "dM"
    if not flags.libc:  # a sysroot is asked for for its glibc; else groundup's own
        flags.libc = "glibc" if flags.sysroot is not None else "groundup"
    return flags


def _libc_choice(arg: str) -> str:
    """--libc=groundup (groundup/libc) or --libc=glibc (the sysroot's)."""
    value = arg[len("--libc=") :]
    if value not in LIBCS:
        raise UsageError(f"{arg}: expected --libc=glibc or --libc=groundup")
    return value


def _value_flag(flags: Flags, name: str, value: str) -> None:
    match name:
        case "-I":
            flags.include_dirs.append(value)
        case "-D" | "-U":
            flags.commands.append((name[1], value))
        case "-o":
            flags.output = value
        case "-isystem":
            flags.isystem.append(value)
        case "-iquote":
            flags.quote_dirs.append(value)
        case "-include":
            flags.includes.append(value)
        case "--sysroot":
            flags.sysroot = value
        case "-L":
            flags.library_dirs.append(value)
        case "-l":
            flags.inputs.append("-l" + value)  # in order: archives are searched in turn
        case _:  # -x
            if value != "c":
                raise UsageError(f"-x {value}: only C is understood")


def _simple_flag(flags: Flags, arg: str) -> None:
    if arg in ("-E", "-S", "-c"):
        flags.mode = arg[1]
    elif arg == "-P":
        flags.line_markers = False
    elif arg == "-dM":
        flags.dump_macros = True
    elif arg == "--dump-tokens":
        flags.mode = "tokens"
    elif arg == "--dump-ast":
        flags.mode = "ast"
    elif arg == "--dump-ir":
        flags.mode = "ir"
    elif arg.startswith("--dump-ir-after="):
        name = arg[len("--dump-ir-after=") :]
        if name not in optimize.PASSES and name != "all":
            raise UsageError(f"{arg}: no such pass (there are {', '.join(optimize.PASSES)}, all)")
        flags.dump_after.append(name)
    elif arg in build.LINK_IGNORED:
        pass  # every executable is static: -static, -no-pie ... change nothing
    elif arg == "-fsyntax-only":
        flags.mode = "syntax"
    elif arg.startswith("-std="):
        flags.std = arg[5:]
        if flags.std not in predefined.STD_VERSIONS:
            raise UsageError(f"unrecognized command-line option '{arg}'")
    elif arg in ("-fsigned-char", "-funsigned-char", "-fno-signed-char", "-fno-unsigned-char"):
        flags.signed_char = arg in ("-fsigned-char", "-fno-unsigned-char")
    elif arg.startswith("-O"):
        level = arg[2:] or "1"
        if level not in ("0", "1", "2", "3", "s", "g", "fast", "z"):
            raise UsageError(
                "argument to '-O' should be a non-negative integer, 'g', 's', 'z' or 'fast'"
            )
        flags.optimize = level
    elif arg in _PIC:
        flags.pic, flags.pie = _PIC[arg]
    elif arg == "-pthread":  # as gcc: _REENTRANT, and libpthread (glibc's is in libc now)
        flags.commands.append(("D", "_REENTRANT"))
        flags.inputs.append("-lpthread")
    elif arg in ("-ffreestanding", "-fhosted"):
        flags.hosted = arg == "-fhosted"
    else:
        _target_flag(flags, arg)


def _target_flag(flags: Flags, arg: str) -> None:
    if arg.startswith("-march="):
        if arg[7:] not in ("rv64gc", "rv64imafdc", "rv64imafdc_zicsr_zifencei", "rv64g"):
            raise UsageError(f"{arg}: only rv64gc is supported")
    elif arg.startswith("-mabi="):
        if arg[6:] != "lp64d":
            raise UsageError(f"{arg}: only lp64d is supported")
    elif arg in ("-mcmodel=medlow", "-mcmodel=medany"):
        flags.cmodel = arg[9:]
    elif arg == "-nostdinc":
        flags.nostdinc = True
    elif arg == "-trigraphs":
        flags.trigraphs = True
    elif arg == "-w":
        flags.no_warnings = True
    elif arg in ("-h", "--help", "-H"):
        raise HelpRequested
    elif arg == "-v":
        flags.verbose = True
    elif arg == "-Wall":  # as gcc: an explicit -W[no-]format wins, in any order
        flags.warn_format = flags.warn_format or not flags.format_given
    elif arg in ("-Wformat", "-Wformat=1", "-Wformat=2", "-Wno-format", "-Wformat=0"):
        flags.warn_format, flags.format_given = arg.startswith("-Wformat") and arg[-1] != "0", True
    elif arg in _IGNORED or arg.startswith("-W"):
        pass
    elif arg == "-" or not arg.startswith("-"):
        flags.inputs.append(arg)
    else:
        raise UsageError(f"unrecognized command-line option '{arg}'")


def make_job(flags: Flags, given: tuple[str, str] | None = None) -> driver.Job:
    """The run a command line asks for; `given` is a (name, text) to read instead of
    the input file."""
    if given is not None:
        path, text = given
    elif not flags.inputs:
        raise UsageError("no input files")
    elif len(flags.inputs) > 1:
        raise UsageError("only one input file is supported")
    elif flags.inputs[0] == "-":
        path, text = "<stdin>", tokenize.read_text(sys.stdin.buffer.read())
    else:
        path, text = flags.inputs[0], None
        if not os.path.isfile(path):
            raise UsageError(f"{path}: No such file or directory")
    sysroot = flags.sysroot
    if sysroot is None and os.path.isdir(driver.DEFAULT_SYSROOT):
        sysroot = driver.DEFAULT_SYSROOT
    system = tuple(flags.isystem) + (() if flags.nostdinc else driver.system_dirs(sysroot))
    if flags.libc == "groundup" and not flags.nostdinc:
        system = tuple(flags.isystem) + driver.groundup_libc_dirs()
    target = predefined.Target(flags.std, flags.signed_char, flags.pic, flags.pie,
                               flags.optimize, flags.hosted, flags.cmodel)  # fmt: skip
    pp = preprocess.Options(
        quote_dirs=tuple(flags.quote_dirs),
        include_dirs=tuple(flags.include_dirs),
        system_dirs=system,
        commands=tuple(flags.commands),
        includes=tuple(flags.includes),
        target=target,
        stdc_predef=flags.hosted,
        trigraphs=flags.trigraphs or not target.gnu,
        when=_source_date_epoch(),
    )
    lex = tokenize.LexOptions(signed_char=flags.signed_char, gnu=target.gnu,
                              warn_format=flags.warn_format)  # fmt: skip
    level = optimize.level_of(flags.optimize)
    return driver.Job(path, text, pp, lex, level, tuple(flags.dump_after))


def _source_date_epoch() -> float | None:
    """SOURCE_DATE_EPOCH fixes __DATE__ and __TIME__ (reproducible builds), as in gcc."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    return float(value) if value.isdigit() else None


def run(flags: Flags, reporter: Reporter, given: tuple[str, str] | None = None) -> str | None:
    """The output the command line asks for (`given`: see make_job); None when it
    wrote its output files itself (-S, -c, linking)."""
    if flags.mode in ("S", "c", "ir", ""):
        return build.run(flags, reporter, given)
    job = make_job(flags, given)
    match flags.mode:
        case "E":
            return driver.preprocessed_text(job, reporter, flags.line_markers)
        case "dM":
            return driver.macro_definitions(job, reporter)
        case "ast":
            return driver.ast_dump(job, reporter)
        case "syntax":
            driver.syntax_tree(job, reporter)
            return ""
        case _:
            return driver.token_dump(job, reporter)


def main(argv: list[str]) -> int:
    output = None
    reporter = Reporter()
    try:
        flags = parse_args(argv)
        output = flags.output
        if flags.verbose:
            _say(VERSION)
            if not flags.inputs:
                return 0  # `gcc -v` alone: the version, and nothing to do
        text = run(flags, reporter)
        _show_warnings(reporter, flags.no_warnings)
        if flags.mode != "syntax" and text is not None:  # -fsyntax-only writes nothing
            write_output(output, text)
        return 0
    except CompileError as e:
        diagnostics = e.diagnostics
        if "-w" in argv:
            diagnostics = [d for d in diagnostics if d.severity != "warning"]
        text = render_all(diagnostics)
        if any(d.severity == "fatal error" for d in diagnostics):
            text += "\ncompilation terminated."
        _say(text)
        remove_stale(output)
        return 1
    except HelpRequested:
        print(HELP, end="")
        return 0
    except (UsageError, OSError) as e:
        message = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        where = f"{e.filename}: " if isinstance(e, OSError) and e.filename else ""
        _say(f"groundup cc: error: {where}{message}")
        remove_stale(output)
        return 1
    except Exception as e:  # a bug in groundup: say so, never as if the input were wrong
        frame = traceback.extract_tb(e.__traceback__)[-1]
        _say(f"groundup cc: internal compiler error: {type(e).__name__}: {e}\n"
             f"  (in {os.path.basename(frame.filename)}:{frame.lineno}, {frame.name}; "
             "this is a bug in groundup, not in your program — please report it "
             "with the input that caused it)")  # fmt: skip
        remove_stale(output)
        return EXIT_ICE


def _show_warnings(reporter: Reporter, quiet: bool) -> None:
    if reporter.diagnostics and not quiet:
        _say(render_all(reporter.diagnostics))


def write_output(path: str | None, text: str) -> None:
    """Standard output, or `path` written whole (a failed run leaves no file behind)."""
    data = text.encode("utf-8", "surrogateescape")
    if path is None or path == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_whole(path, data)


def _say(message: str) -> None:
    """To stderr; bytes of the source that were not UTF-8 go out as they came in."""
    data = message.encode("utf-8", "surrogateescape") + b"\n"
    sys.stdout.flush()
    buffer = getattr(sys.stderr, "buffer", None)
    if buffer is None:
        sys.stderr.write(data.decode("utf-8", "replace"))
        return
    sys.stderr.flush()
    buffer.write(data)
    buffer.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
