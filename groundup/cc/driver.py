"""The compiler driver: the only place the stages of `groundup cc` meet.

    source ─preprocess─> pp-tokens ─convert─> C tokens ─(parse, sema, ir, codegen: to come)

Each function runs the stages a command line asks for and returns the printable
form of the last one; errors come out as `CompileError` (diag), with every
diagnostic of the run.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass

from groundup.cc import preprocess, tokenize
from groundup.diag import Reporter

# Where the Debian cross toolchain keeps the target's headers (its sysroot), used when
# no --sysroot is given and it exists: glibc's headers are in <sysroot>/include.
DEFAULT_SYSROOT = "/usr/riscv64-linux-gnu"


@dataclass(frozen=True, slots=True)
class Job:
    """One run of the compiler: what to read, how, and what to print."""

    path: str  # the name to show ("<stdin>" for standard input)
    text: str | None  # the source when it does not come from the file (stdin)
    pp: preprocess.Options
    lex: tokenize.LexOptions


def compiler_include_dir(sysroot: str) -> str | None:
    """gcc's own headers (stddef.h, stdarg.h, stdint.h ...) beside a Debian-style sysroot:
    <prefix>/lib/gcc-cross/<triple>/<version>/include for sysroot <prefix>/<triple>."""
    prefix, triple = os.path.split(os.path.normpath(sysroot))
    found = glob.glob(os.path.join(prefix, "lib", "gcc-cross", triple, "*", "include"))
    found += glob.glob(os.path.join(prefix, "lib", "gcc", triple, "*", "include"))

    def version(path: str) -> list[int]:
        name = os.path.basename(os.path.dirname(path))
        return [int(p) for p in name.split(".") if p.isdigit()]

    return max(found, key=version) if found else None


def system_dirs(sysroot: str | None) -> tuple[str, ...]:
    """The system include directories, in gcc's order: the compiler's, then the C library's."""
    if sysroot is None:
        return ()
    dirs = []
    compiler = compiler_include_dir(sysroot)
    if compiler is not None:
        dirs.append(compiler)
    for sub in ("usr/local/include", "include", "usr/include"):
        path = os.path.join(sysroot, sub)
        if os.path.isdir(path):
            dirs.append(path)
    return tuple(dirs)


def preprocessed_text(job: Job, reporter: Reporter, line_markers: bool) -> str:
    """`-E` (`-P`: line_markers False)."""
    return preprocess.preprocess_to_text(job.path, job.pp, reporter, job.text, line_markers)


def macro_definitions(job: Job, reporter: Reporter) -> str:
    """`-dM -E`."""
    return preprocess.macro_definitions(job.path, job.pp, reporter, job.text)


def tokens(job: Job, reporter: Reporter) -> list[tokenize.Token]:
    """The C tokens of a file: preprocessed, then converted."""
    pptokens = preprocess.preprocess(job.path, job.pp, reporter, job.text)
    result = tokenize.convert(pptokens, reporter, job.lex)
    reporter.check()
    return result


def token_dump(job: Job, reporter: Reporter) -> str:
    """`--dump-tokens`."""
    return tokenize.dump(tokens(job, reporter))
