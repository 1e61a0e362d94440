"""`groundup as`: assemble GNU-as syntax RISC-V source into an ELF object.

    groundup as [-march=ISA] [-mabi=ABI] [-mrelax | -mno-relax] [-fpic | -fno-pic]
                [-o OUT] [FILE.s | -]

Like riscv64-linux-gnu-as: reads one source (`-` or no file: standard input),
writes OUT (default a.out). Errors are printed as `file:line:col: error: ...`
with the source line and a caret; the exit status is then 1 and no output file
is left behind.
"""

from __future__ import annotations

import sys
from pathlib import Path

from groundup.asm.assembler import Options, assemble
from groundup.diag import CompileError
from groundup.elf.writer import write_relocatable
from groundup.outfile import remove_stale, write_whole

USAGE = "usage: groundup as [-march=ISA] [-mabi=ABI] [-mno-relax] [-fpic] [-o OUT] [FILE | -]"
HELP = f"""{USAGE}

Assemble RISC-V assembly (GNU as syntax) into an ELF64 relocatable object.

  -o OUT             write the object to OUT (default a.out)
  -march=ISA         the ISA, e.g. rv64gc (the default) or rv64g (no compressed forms)
  -mabi=ABI          lp64, lp64f or lp64d (the default): the float ABI in e_flags
  -mrelax, -mno-relax  allow linker relaxation (the default) or not
  -fpic, -fno-pic    `la` loads from the GOT (like .option pic), or not (the default)
  FILE | -           the source; `-` or none reads standard input
"""


class UsageError(Exception):
    pass


class HelpRequested(Exception):
    pass


def parse_args(argv: list[str]) -> tuple[Options, str, str]:
    """(options, input path or '-', output path) from an `as` command line."""
    march, mabi, relax, pic = "rv64gc", "lp64d", True, False
    output, inputs = "a.out", []
    args = iter(argv)
    for arg in args:
        if arg == "-o":
            output = next(args, "")
            if not output:
                raise UsageError("-o needs a file name")
        elif arg.startswith("-o") and len(arg) > 2:
            output = arg[2:]
        elif arg.startswith("-march="):
            march = arg[len("-march=") :]
        elif arg.startswith("-mabi="):
            mabi = arg[len("-mabi=") :]
        elif arg in ("-mrelax", "-mno-relax"):
            relax = arg == "-mrelax"
        elif arg in ("-fpic", "-fPIC", "-fno-pic"):
            pic = arg != "-fno-pic"
        elif arg in ("-",) or not arg.startswith("-"):
            inputs.append(arg)
        elif arg in ("-h", "-H", "--help"):
            raise HelpRequested
        else:
            raise UsageError(f"unrecognized option '{arg}'")
    if len(inputs) > 1:
        raise UsageError("only one input file is supported")
    if mabi not in ("lp64", "lp64f", "lp64d", "lp64q"):
        raise UsageError(f"unknown ABI '{mabi}' (lp64, lp64f, lp64d)")
    return Options(march, mabi, relax, pic), (inputs[0] if inputs else "-"), output


def read_source(path: str) -> tuple[str, str]:
    """(display name, text) of the input; GNU as calls standard input {standard input}."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as e:
        raise UsageError(f"{path}: {e.strerror}") from None
    name = "{standard input}" if path == "-" else path
    return name, data.decode("utf-8", errors="surrogateescape")


def main(argv: list[str]) -> int:
    output = None
    try:
        options, path, output = parse_args(argv)
        name, text = read_source(path)
        obj = assemble(text, name, options)
        write_whole(output, write_relocatable(obj))
        return 0
    except CompileError as e:
        _say(str(e))
        remove_stale(output)
        return 1
    except HelpRequested:
        print(HELP, end="")
        return 0
    except (UsageError, OSError) as e:
        _say(f"groundup as: error: {e}")
        remove_stale(output)
        return 1


def _say(message: str) -> None:
    """Print to stderr; bytes of the source that were not UTF-8 go out as they came in."""
    data = message.encode("utf-8", "surrogateescape") + b"\n"
    buffer = getattr(sys.stderr, "buffer", None)
    if buffer is None:
        sys.stderr.write(data.decode("utf-8", "replace"))
        return
    sys.stderr.flush()
    buffer.write(data)
    buffer.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
