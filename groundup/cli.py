"""`groundup <tool>`: the command line, and the only place where stages meet.

Each subcommand parses its flags the way the real tool does (gcc, GNU binutils,
qemu-user), calls one stage, and turns any error about the user's input into one
clear message on stderr and exit status 1 — never a traceback.

`groundup run [FLAGS] PROGRAM [ARGS...]` runs a static RISC-V Linux program as
qemu-riscv64 does (a PROGRAM ending in .c is first compiled and linked with groundup's
own C library, in this process, like `tcc -run`): flags go before PROGRAM, everything
after it is the guest's argv;
stdin, stdout and stderr are the host's; the exit status is the program's, or
128 + the signal that killed it, with the shell's words for it ("Segmentation
fault"). What the guest sees of the host:

* files: the current directory, read-write, at its own path (and the guest starts
  there), plus each `--mount HOST:GUEST[:ro]`; nothing else. A mount at the current
  directory's own path replaces the default one (`--mount .:$PWD:ro`).
* the environment: the host's, as qemu-user passes it, changed by `-E NAME=VALUE`
  and `-U NAME` (qemu-user's flags). Run under `env -i ...` for a fixed one.
* time and randomness: virtual and seeded (see kernel/sysproc.py) unless
  `--realtime`; so the same program, input, environment and `--seed` print the same.
* harts: `--cpus N` of them, interleaved deterministically (kernel/sched.py); `--seed`
  also draws the slices and quanta, so the same seed gives the same interleaving.

The run ends when the program (pid 2) has exited; processes it left running are
killed, as when a container's init exits.
"""

from __future__ import annotations

import argparse
import importlib
import os
import posixpath
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from groundup.elf.reader import ElfError
from groundup.kernel.exec import ExecError
from groundup.kernel.options import Mount, Options
from groundup.kernel.param import CPUS, MAX_PROCS, QUANTUM


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

    options = run_options(args)
    if args.program.endswith(".c"):
        built = compile_for_run(args.program)
        if isinstance(built, int):
            return built
        data = built
    else:
        data = read_input(args.program)
    kernel = Kernel(options=options)
    argv = [args.program, *args.args]
    proc = kernel.spawn(args.program, data, argv, environment(args.setenv, args.unsetenv))
    result = kernel.run(proc)
    words = result.describe()
    if words is not None:
        sys.stdout.flush()
        print(words, file=sys.stderr)
    return result.code


def compile_for_run(source: str) -> bytes | int:
    """`groundup run hello.c`: compile and link with groundup's own libc (like `tcc -run`);
    the executable's bytes, or the compiler's exit status when it failed (it has said why)."""
    import tempfile

    from groundup.cc import tool

    read_input(source)  # a missing file is a usage error, as for an executable
    with tempfile.TemporaryDirectory(prefix="groundup-run-") as tmp:
        out = os.path.join(tmp, "a.out")
        status = tool.main(["--libc=groundup", "-O1", source, "-o", out])
        if status != 0:
            return status
        return Path(out).read_bytes()


TRACE_KINDS = ("syscall", "sched")


def run_options(args: argparse.Namespace) -> Options:
    trace = frozenset(t for t in ",".join(args.trace).split(",") if t)
    unknown = sorted(trace - set(TRACE_KINDS))
    if unknown:
        expected = ", ".join(TRACE_KINDS)
        raise UsageError(f"--trace={unknown[0]}: unknown (expected one of: {expected})")
    cwd = os.getcwd()
    mounts = [parse_mount(spec) for spec in args.mount]
    guests = [m.guest for m in mounts]
    for guest in guests:
        if guests.count(guest) > 1:
            raise UsageError(f"--mount: {guest} is mounted twice")
    if cwd not in guests:
        mounts.insert(0, Mount(Path(cwd), cwd))
    for flag, value, least in (("--cpus", args.cpus, 1), ("--quantum", args.quantum, 1),
                               ("--max-procs", args.max_procs, 1)):  # fmt: skip
        if value < least:
            raise UsageError(f"{flag}={value}: must be at least {least}")
    if args.cpus > 64:
        raise UsageError(f"--cpus={args.cpus}: at most 64 harts")
    return Options(engine=args.engine, seed=args.seed, realtime=args.realtime,
                   mounts=tuple(mounts), cwd=cwd, trace=trace, stats=args.stats,
                   cpus=args.cpus, quantum=args.quantum, max_procs=args.max_procs)  # fmt: skip


def parse_mount(spec: str) -> Mount:
    """HOST:GUEST or HOST:GUEST:ro (or :rw) — a host directory or file at a guest path."""
    parts = spec.split(":")
    readonly = len(parts) == 3 and parts[2] == "ro"
    if len(parts) == 3 and parts[2] in ("ro", "rw"):
        parts = parts[:2]
    if len(parts) != 2 or not all(parts):
        raise UsageError(f"--mount {spec}: expected HOST:GUEST or HOST:GUEST:ro")
    host, guest = parts
    if not guest.startswith("/"):
        raise UsageError(f"--mount {spec}: the guest path {guest} is not absolute")
    where = Path(host).resolve()
    if not where.exists():
        raise UsageError(f"--mount {spec}: {host}: No such file or directory")
    return Mount(where, posixpath.normpath("/" + guest.lstrip("/")), readonly)


def environment(setenv: list[str], unsetenv: list[str]) -> list[str]:
    """The guest's environment: the host's (as qemu-user), with -E and -U applied."""
    env = dict(os.environ)
    for assignment in setenv:
        name, eq, value = assignment.partition("=")
        if not name or not eq:
            raise UsageError(f"-E {assignment}: expected NAME=VALUE")
        env[name] = value
    for name in unsetenv:
        env.pop(name, None)
    return [f"{k}={v}" for k, v in env.items()]


# Tools that parse their own command line, GNU style (`-aW`, `-x .text`, `-dr`): the
# arguments after the tool's name go to its main(argv) -> exit status.
OWN_COMMAND_LINE = {
    "cc": ("groundup.cc.tool", "compile C (gcc's flags; so far -E: preprocess)"),
    "as": ("groundup.asm.tool", "assemble RISC-V assembly (GNU as syntax) into an ELF object"),
    "ld": ("groundup.link.tool", "link objects and archives into a static executable"),
    "ar": ("groundup.link.ar", "create and list static libraries (ar archives)"),
    "nm": ("groundup.link.nm", "list the symbols of objects, archives and executables"),
    "objdump": ("groundup.asm.objdump", "display information from object files"),
    "readelf": ("groundup.elf.readelf", "display information about ELF files"),
}


def run_own_command_line(tool: str, argv: list[str]) -> int:
    main: Callable[[list[str]], int] = importlib.import_module(OWN_COMMAND_LINE[tool][0]).main
    return main(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="groundup", description="A whole computer system, from C down to the CPU."
    )
    sub = parser.add_subparsers(dest="tool", required=True, metavar="TOOL")

    run = sub.add_parser(
        "run",
        help="run a static RISC-V Linux ELF program",
        description="Run a static RISC-V Linux program as qemu-riscv64 would. The guest sees "
        "the current directory (read-write, also its working directory) and each --mount, "
        "the host's environment, and a virtual clock (1 instruction = 1 ns, starting at "
        "2000-01-01 UTC) unless --realtime. Exit status: the program's, or 128 + signal.",
    )
    run.add_argument(
        "--engine",
        choices=("fast", "ref"),
        default="fast",
        help="fast: translate code to Python; ref: the reference interpreter",
    )
    run.add_argument("--seed", type=int, default=0,
                     help="seed for AT_RANDOM, getrandom and the scheduler's slices and "
                          "quanta: the same seed, the same interleaving (default 0)")  # fmt: skip
    run.add_argument("--cpus", type=int, default=CPUS, metavar="N",
                     help=f"harts, interleaved deterministically (default {CPUS})")  # fmt: skip
    run.add_argument("--quantum", type=int, default=QUANTUM, metavar="N",
                     help="instructions a thread runs before another may preempt it "
                          f"(default {QUANTUM:,}: 1 ms of virtual time)")  # fmt: skip
    run.add_argument("--max-procs", type=int, default=MAX_PROCS, metavar="N",
                     help=f"processes at once; fork fails with EAGAIN past it "
                          f"(default {MAX_PROCS})")  # fmt: skip
    run.add_argument("--realtime", action="store_true",
                     help="host clocks and real sleeping instead of virtual time")  # fmt: skip
    run.add_argument("--mount", action="append", default=[], metavar="HOST:GUEST[:ro]",
                     help="let the guest see host path HOST at GUEST (repeatable)")  # fmt: skip
    run.add_argument("-E", dest="setenv", action="append", default=[], metavar="NAME=VALUE",
                     help="set a variable in the guest's environment")  # fmt: skip
    run.add_argument("-U", dest="unsetenv", action="append", default=[], metavar="NAME",
                     help="remove a variable from the guest's environment")  # fmt: skip
    run.add_argument("--trace", action="append", default=[], metavar="syscall,sched",
                     help="on stderr: each system call, strace-style (syscall); each "
                          "context switch (sched)")  # fmt: skip
    run.add_argument("--stats", action="store_true",
                     help="print counts of instructions, faults, system calls, context "
                          "switches, COW copies, futex waits at exit")  # fmt: skip
    run.add_argument(
        "program",
        help="a static riscv64 Linux executable, or a C file "
        "(compiled and linked with groundup's libc first)",
    )
    run.add_argument("args", nargs=argparse.REMAINDER, help="its arguments (argv[1:])")
    run.set_defaults(func=cmd_run)

    for tool, (_, what) in OWN_COMMAND_LINE.items():  # listed here; main() runs them
        sub.add_parser(tool, help=f"{what} (`groundup {tool} -H` for its flags)", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in OWN_COMMAND_LINE:
        try:
            return run_own_command_line(argv[0], argv[1:])
        except KeyboardInterrupt:
            return 130
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
