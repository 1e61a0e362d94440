"""groundup cc: the C compiler (C17 with the GNU extensions glibc's headers need).

Its place in the path of a program: hello.c ─cc─> hello.s ─as─> hello.o ─ld─> ELF.
One module per stage, named as the textbook names it; each stage is a function
with a printable output, and `driver.py` is the only place they meet:

    tokenize.py    source text -> preprocessing tokens (`scan`): trigraphs, line
                   splices, comments, positions; and pp-tokens -> C tokens
                   (`convert`): keywords, constants with their C types and values,
                   string literal concatenation.            `--dump-tokens`
    preprocess.py  directives, macro expansion (gcc's model: contexts, disabled
                   macros, painted tokens, padding), #include search, include
                   guards, #pragma once, the #if expression evaluator.   `-E`, `-P`
    predefined.py  the macros gcc 12 predefines for riscv64 Linux, lp64d.  `-dM -E`
    driver.py      runs the stages a command line asks for.
    tool.py        `groundup cc`: gcc's flags; errors and exit status.

Still to come (issue 7): parse.py (AST), sema (types), ir, codegen (RISC-V
assembly for groundup as). Until then `groundup cc` without -E/--dump-tokens says
"not supported yet: compiling C (-S/-c)".

Oracle: riscv64-linux-gnu-gcc. `-E` output must match `gcc -E -P` token for token
(tests/test_cpp.py: tests/cpp/*.c, glibc's headers, tests/programs, tests/glibc).
"""
