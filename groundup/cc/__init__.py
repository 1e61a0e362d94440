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
    parse.py       C tokens -> the typed AST (`parse`): recursive descent, the C17
                   grammar rule above each function, GNU C's extensions; syntax
                   errors in gcc's words, recovery to report several.   `--dump-ast`
    sema.py        the meaning of declarations and statements: scopes, storage and
                   linkage, tentative definitions, labels and switch cases.
                                                                   `-fsyntax-only`
    initializer.py initializers flattened to (offset, type, value): braces, elision,
                   designators, strings.
    typecheck.py   the types of expressions: promotions and conversions made explicit,
                   operators, calls against prototypes, builtins.
    ctype.py       C types: LP64D sizes, struct/union/bit-field layout, promotions,
                   the usual arithmetic conversions, compatibility, gcc's type names.
    fold.py        constant expressions: integers, floats, address constants.
    ast.py         the typed tree's nodes and its printable form.
    lower.py       the typed AST -> the IR (`lower`): functions and statements;
                   locals in vregs or stack slots. lowerexpr.py: expressions,
                   conditions as branches, pointer arithmetic scaled, bit-fields;
                   staticdata.py: globals, statics and strings laid out.  `--dump-ir`
    ir.py          the IR: three-address code in basic blocks, its printed form
                   (irparse.py reads it back, verify.py checks it).
    optimize.py    -O1, -O2: named passes in a pipeline (opt_*.py: global constant
                   and copy propagation, folding and peepholes, CSE, store
                   forwarding and dead stores, loop-invariant code motion, dead
                   code, the CFG).                    `--dump-ir-after=PASS`
    interp.py      the IR run directly (the optimizer's tests: before and after).
    regalloc.py    linear-scan register allocation.
    codegen.py     the IR -> RISC-V assembly (LP64D, s0 frames).          `-S`
    driver.py      runs the stages a command line asks for; assembles (groundup
                   as) and links (groundup ld, against a glibc sysroot).
    tool.py        `groundup cc`: gcc's flags; errors and exit status;
                   build.py its -S, -c and link modes (inputs by kind, outputs).

Not supported yet by the lowering (part 2), each said plainly at the construct:
floating point, struct/union values passed or returned, variadic definitions,
VLAs, inline asm, computed goto, `__int128`, atomic builtins.

What the front end leaves out: complex arithmetic (complex types are declared, not
computed), `_Atomic` as anything but a qualifier. Floats, VLAs, inline asm, atomics
and old-style (K&R) definitions are type-checked here; the code generator decides
what it can do with them.

Oracle: riscv64-linux-gnu-gcc. `-E` output must match `gcc -E -P` token for token
(tests/test_cpp.py: tests/cpp/*.c, glibc's headers, tests/programs, tests/glibc).
"""
