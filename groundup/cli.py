"""`groundup <tool>`: the command line, and the only place where stages meet.

Each subcommand parses its flags the way the real tool does (gcc, GNU binutils,
qemu-user), calls one stage, and turns any error about the user's input into one
clear message on stderr and exit status 1 — never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from groundup.elf.reader import ElfError
from groundup.kernel.exec import ExecError
from groundup.kernel.signal import DESCRIPTION


class UsageError(Exception):
    pass


def read_input(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: No such file or directory") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: Is a directory") from None
    except PermissionError:
        raise UsageError(f"{path}: Permission denied") from None


def cmd_run(args: argparse.Namespace) -> int:
    from groundup.kernel.proc import Kernel

    data = read_input(args.program)
    kernel = Kernel(engine=args.engine, seed=args.seed)
    proc = kernel.spawn(args.program, data, [args.program, *args.args], _environment())
    result = kernel.run(proc)
    if result.signal is not None:
        sys.stdout.flush()
        print(DESCRIPTION.get(result.signal, result.signal.name), file=sys.stderr)
    return result.code


def _environment() -> list[str]:
    return [f"{k}={v}" for k, v in os.environ.items()]


def cmd_objdump(args: argparse.Namespace) -> int:
    from groundup.asm.objdump import objdump

    if not args.disassemble:
        raise UsageError("objdump: only -d (--disassemble) is supported so far")
    for path in args.files:
        sys.stdout.write(objdump(read_input(path), path, no_aliases="no-aliases" in args.M))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="groundup", description="A whole computer system, from C down to the CPU."
    )
    sub = parser.add_subparsers(dest="tool", required=True, metavar="TOOL")

    run = sub.add_parser("run", help="run a static RISC-V Linux ELF program")
    run.add_argument(
        "--engine",
        choices=("fast", "ref"),
        default="fast",
        help="fast: translate code to Python; ref: the reference interpreter",
    )
    run.add_argument("--seed", type=int, default=0, help="seed for AT_RANDOM (default 0)")
    run.add_argument("program")
    run.add_argument("args", nargs=argparse.REMAINDER)
    run.set_defaults(func=cmd_run)

    od = sub.add_parser("objdump", help="display information from object files")
    od.add_argument("-d", "--disassemble", action="store_true")
    od.add_argument("-M", action="append", default=[], metavar="OPTIONS",
                    help="disassembler options, e.g. no-aliases")  # fmt: skip
    od.add_argument("files", nargs="+")
    od.set_defaults(func=cmd_objdump)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except (UsageError, ElfError, ExecError) as e:
        sys.stdout.flush()
        print(f"groundup: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
