"""`groundup cc` building: -S, -c, --dump-ir, and linking a static executable.

    groundup cc [-S | -c | --dump-ir] [-O0 | -O1 | -O2 ...] [-o OUT] [-static]
                [--sysroot DIR] [-L DIR] [-l NAME] FILE.c FILE.s FILE.S FILE.o lib.a ...

Each input is handled by its kind, as gcc does: `.c` is compiled (preprocessed,
parsed, lowered to the IR, optimized at -O1 and above, turned into assembly), `.s`
assembled as it is, `.S` preprocessed and then assembled, anything else (`.o`,
`.a`) handed to the linker. -S stops at assembly (FILE.s), -c at objects (FILE.o);
otherwise the objects are linked into OUT (default a.out) with groundup's own
assembler and linker, against glibc and libgcc from the sysroot (default
/usr/riscv64-linux-gnu when it exists), the way `riscv64-linux-gnu-gcc -static`
links: crt1.o crti.o crtbeginT.o, the inputs, --start-group -lgcc -lgcc_eh -lc
--end-group, crtend.o crtn.o.

Every executable is static; -static, -no-pie and the like are accepted, and a
request for a dynamic link (no -static) links statically too. Outputs are written
whole (a temporary file, then renamed) or not at all; an output that is not a
regular file (-o /dev/null) is written in place, never replaced.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from groundup.cc import driver
from groundup.diag import CompileError, Reporter
from groundup.outfile import write_whole

if TYPE_CHECKING:
    from groundup.cc.tool import Flags

# Linker flags that change nothing when every executable is static.
LINK_IGNORED = frozenset({"-static", "-no-pie", "-pie", "-rdynamic", "-dynamic", "-s",
                          "-static-libgcc", "-pthread"})  # fmt: skip


def input_kind(path: str) -> str:
    """The kind of an input: c, s (assembly), S (assembly to preprocess) or ld."""
    if path == "-" or path.endswith((".c", ".i")):
        return "c"
    if path.endswith(".s"):
        return "s"
    if path.endswith((".S", ".sx")):
        return "S"
    return "ld"


def run(flags: Flags, reporter: Reporter, given: tuple[str, str] | None) -> str | None:
    """Build what the flags ask for; the text to print for --dump-ir (else None:
    the outputs are written here)."""
    from groundup.cc.tool import UsageError

    sources = [p for p in flags.inputs if not p.startswith("-l") and input_kind(p) != "ld"]
    if given is None and not flags.inputs:
        raise UsageError("no input files")
    if flags.mode in ("S", "c", "ir") and flags.output and len(sources) > 1:
        raise UsageError(f"cannot specify '-o' with '-{flags.mode}' with multiple files")
    if flags.mode == "ir":
        job = _job(flags, sources[0] if sources else "-", given)
        return driver.ir_dump(job, reporter, flags.optimize != "0")
    with tempfile.TemporaryDirectory(prefix="groundup-cc-") as tmp:
        items = []
        for i, path in enumerate(flags.inputs):
            if path.startswith("-l") or input_kind(path) == "ld":
                items.append(path)
                continue
            obj = _translate(flags, reporter, path, given)
            if obj is None:
                continue
            if flags.mode == "c":
                write_whole(flags.output or _default_output(path, ".o"), obj, executable=False)
            else:
                items.append(os.path.join(tmp, f"{i}.o"))
                Path(items[-1]).write_bytes(obj)
        if flags.mode == "":
            _link(flags, items)
    return None


def _translate(flags: Flags, reporter: Reporter, path: str,
               given: tuple[str, str] | None) -> bytes | None:  # fmt: skip
    """One source input: its object (None after -S, which writes the assembly)."""
    kind = input_kind(path)
    job = _job(flags, path, given)
    if flags.verbose:
        stages = {"c": "preprocess, parse, lower, generate code", "S": "preprocess"}
        steps = [stages[kind]] if kind in stages else []
        steps += [] if flags.mode == "S" else ["assemble (groundup as)"]
        print(f" {path}: {', then '.join(steps)}", file=sys.stderr)
    if kind == "c":
        text = driver.assembly(job, reporter, flags.optimize != "0")
    elif kind == "S":
        text = driver.preprocessed_text(job, reporter, False)
    else:
        text = Path(path).read_text(encoding="utf-8", errors="surrogateescape")
    if flags.mode == "S":
        if kind == "c":
            out = flags.output or _default_output(path, ".s")
            write_whole(out, text.encode("utf-8", "surrogateescape"), executable=False)
        return None
    try:
        return driver.object_code(text, path if kind != "c" else f"{path} (generated assembly)")
    except CompileError as e:
        if kind != "c":
            raise
        raise RuntimeError(f"groundup as rejected the code generated for {path}:\n{e}") from None


def _job(flags: Flags, path: str, given: tuple[str, str] | None) -> driver.Job:
    from groundup.cc.tool import UsageError, make_job

    if given is None and path != "-" and not os.path.isfile(path):
        raise UsageError(f"{path}: No such file or directory")
    return make_job(replace(flags, inputs=[path]), given)


def _default_output(path: str, suffix: str) -> str:
    if path == "-":
        return "-" + suffix if suffix == ".o" else "-"
    return Path(path).with_suffix(suffix).name


def _link(flags: Flags, items: list[str]) -> None:
    from groundup.cc.tool import UsageError

    sysroot = flags.sysroot
    if sysroot is None and os.path.isdir(driver.DEFAULT_SYSROOT):
        sysroot = driver.DEFAULT_SYSROOT
    inputs = driver.LinkInputs(tuple(items), tuple(flags.library_dirs), sysroot, flags.libc)
    if flags.verbose:
        print(f" groundup ld: {' '.join(driver.link_command(inputs))} -o "
              f"{flags.output or 'a.out'}", file=sys.stderr)  # fmt: skip
    try:
        image = driver.static_executable(inputs)
    except driver.LinkFailed as e:
        sys.stdout.flush()
        for line in e.lines:
            print(line, file=sys.stderr)
        raise UsageError("ld returned 1 exit status") from None
    write_whole(flags.output or "a.out", image, executable=True)
