"""The compiler driver: the only place the stages of `groundup cc` meet.

    source ─preprocess─> pp-tokens ─convert─> C tokens ─parse+sema─> typed AST
           ─lower─> IR ─optimize (-O1, -O2)─> IR ─codegen─> assembly ─as─> object
    objects + crt files + glibc (a sysroot) ─ld─> static executable

Each function runs the stages a command line asks for and returns the printable
form of the last one; errors come out as `CompileError` (diag), with every
diagnostic of the run.
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass

from groundup.asm.assembler import Options as AsOptions
from groundup.asm.assembler import assemble
from groundup.cc import ast, codegen, ir, lower, optimize, parse, preprocess, tokenize, verify
from groundup.cc.typecheck import Options
from groundup.diag import Reporter
from groundup.elf.reader import ElfError
from groundup.elf.writer import write_relocatable
from groundup.link import errors as link_errors
from groundup.link.inputs import FileInput, GroupInput, InputError, InputItem, LibraryInput
from groundup.link.linker import LinkOptions, link

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
    opt_level: int = 1  # the optimizer's pipeline, when optimizing (optimize.level_of)
    dump_after: tuple[str, ...] = ()  # --dump-ir-after: passes to print the IR after


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


def syntax_tree(job: Job, reporter: Reporter) -> ast.Program:
    """The typed syntax tree of a file (`-fsyntax-only` stops here)."""
    options = Options(job.lex.signed_char, job.lex.warn_format)
    program = parse.parse(tokens(job, reporter), reporter, options)
    reporter.check()
    return program


def ast_dump(job: Job, reporter: Reporter) -> str:
    """`--dump-ast`."""
    return ast.dump(syntax_tree(job, reporter))


# --- code generation, assembly and linking ------------------------------------------------


def ir_module(job: Job, reporter: Reporter, optimized: bool) -> ir.Module:
    """The IR of a file: lowered from the typed tree, checked, and optimized at -O1+
    (--dump-ir-after's dumps go to stderr)."""
    target = job.pp.target
    pic = bool(target.pic) and not target.pie  # -fpic/-fPIC: thread-locals by tls_model
    module = lower.lower(syntax_tree(job, reporter), reporter, job.path, pic)
    reporter.check()
    verify.verify(module)  # a malformed module is a bug in groundup: IRError
    if optimized:
        level = max(job.opt_level, 1)
        module = optimize.optimize(module, level, job.dump_after, _to_stderr)
        verify.verify(module)
    return module


def _to_stderr(text: str) -> None:
    print(text, file=sys.stderr, end="" if text.endswith("\n") else "\n")


def ir_dump(job: Job, reporter: Reporter, optimized: bool) -> str:
    """`--dump-ir`."""
    return ir.format_module(ir_module(job, reporter, optimized))


def assembly(job: Job, reporter: Reporter, optimized: bool) -> str:
    """`-S`: the RISC-V assembly of a C file."""
    target = job.pp.target
    pic = bool(target.pic) and not target.pie  # -fpic/-fPIC: a shared library's code
    return codegen.codegen(ir_module(job, reporter, optimized), pic=pic)


def object_code(text: str, name: str) -> bytes:
    """Assembly text -> an ELF relocatable object (errors: CompileError)."""
    return write_relocatable(assemble(text, name, AsOptions()))


@dataclass(frozen=True, slots=True)
class LinkInputs:
    """What a static link of C objects needs: the user's inputs (paths and -lNAME, in
    command-line order), -L directories, and the sysroot with glibc and gcc's files."""

    items: tuple[str, ...]  # object and archive paths, and "-lNAME"
    library_dirs: tuple[str, ...]
    sysroot: str | None
    libc: str = "glibc"  # or "groundup": groundup/libc instead of the sysroot's glibc


class LinkFailed(Exception):
    """The link failed; `lines` are the linker's messages."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def gcc_library_dir(sysroot: str) -> str | None:
    """Where gcc keeps crtbeginT.o, libgcc.a ... beside a Debian-style sysroot."""
    include = compiler_include_dir(sysroot)
    return os.path.dirname(include) if include is not None else None


def startup_files(sysroot: str | None) -> tuple[list[str], list[str], list[str]]:
    """(files before the objects, files after, library dirs) of `gcc -static`:
    crt1.o crti.o crtbeginT.o ... crtend.o crtn.o."""
    if sysroot is None:
        return [], [], []
    libdir = os.path.join(sysroot, "lib")
    gccdir = gcc_library_dir(sysroot) or libdir
    before = [os.path.join(libdir, "crt1.o"), os.path.join(libdir, "crti.o"),
              os.path.join(gccdir, "crtbeginT.o")]  # fmt: skip
    after = [os.path.join(gccdir, "crtend.o"), os.path.join(libdir, "crtn.o")]
    return before, after, [gccdir, libdir]


def _item(arg: str) -> FileInput | LibraryInput:
    return LibraryInput(arg[2:]) if arg.startswith("-l") else FileInput(arg)


def link_command(inputs: LinkInputs) -> list[str]:
    """What static_executable links, as an ld command line (for -v)."""
    if inputs.libc == "groundup":
        return ["-static", *(_command_words(i) for i in _groundup_link_items(inputs))]
    before, after, dirs = startup_files(inputs.sysroot)
    group = ["--start-group", "-lgcc", "-lgcc_eh", "-lc", "--end-group"] if inputs.sysroot else []
    dirs_flags = [f"-L{d}" for d in (*inputs.library_dirs, *dirs)]
    return ["-static", *dirs_flags, *before, *inputs.items, *group, *after]


def static_executable(inputs: LinkInputs) -> bytes:
    """Link like `riscv64-linux-gnu-gcc -static`: startup files, the inputs, then
    --start-group -lgcc -lgcc_eh -lc --end-group (raises LinkFailed)."""
    before, after, dirs = startup_files(inputs.sysroot)
    items: list[InputItem] = [FileInput(p) for p in before]
    items += [_item(a) for a in inputs.items]
    if inputs.sysroot is not None:
        libs = tuple(LibraryInput(n) for n in ("gcc", "gcc_eh", "c"))
        items.append(GroupInput(libs))
    items += [FileInput(p) for p in after]
    if inputs.libc == "groundup":
        items, dirs = _groundup_link_items(inputs), []
    options = LinkOptions(tuple(items), tuple(inputs.library_dirs) + tuple(dirs))
    reporter = link_errors.Reporter("groundup ld")
    try:
        return link(options, reporter).image
    except link_errors.LinkError:
        raise LinkFailed(reporter.lines) from None
    except (InputError, ElfError) as e:
        lines = [f"groundup ld: {line}" for line in str(e).splitlines()]
        raise LinkFailed(reporter.lines + lines) from None


# --- groundup's own C library (--libc=groundup) -------------------------------------------

#: Libraries that glibc (and gcc: libatomic, for the atomics groundup cc does inline)
#: split out and groundup's libc.a holds (or lacks) whole.
_IN_LIBC = frozenset({"-lc", "-lm", "-lpthread", "-lrt", "-ldl", "-lutil", "-latomic"})


def groundup_libc_dirs() -> tuple[str, ...]:
    """The system include directories with --libc=groundup: groundup/libc/include."""
    from groundup.libc.build import INCLUDE_DIR

    return (str(INCLUDE_DIR),)


def _command_words(item: InputItem) -> str:
    if isinstance(item, GroupInput):
        inner = " ".join(_command_words(i) for i in item.items)
        return f"--start-group {inner} --end-group"
    return item.path if isinstance(item, FileInput) else f"-l{item.name}"


def _groundup_link_items(inputs: LinkInputs) -> list[InputItem]:
    """crt1.o crti.o, the inputs, libc.a, crtn.o - groundup's libc built (or found in
    the cache) first; a failed build raises LinkFailed with its messages. Nothing comes
    from gcc: libc.a has the compiler's runtime helpers too (soft-float long double,
    __clzdi2 ...), so a link is the same on a machine without the cross toolchain."""
    from groundup.libc.build import LibcBuildError, ensure

    try:
        libc = ensure()
    except LibcBuildError as e:
        raise LinkFailed(str(e).splitlines()) from None
    items: list[InputItem] = [FileInput(str(libc.start_file(n))) for n in ("crt1", "crti")]
    items += [_item(a) for a in inputs.items if a not in _IN_LIBC]
    items.append(FileInput(str(libc.archive)))
    items.append(FileInput(str(libc.start_file("crtn"))))
    return items
