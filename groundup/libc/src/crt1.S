/* crt1: the program's entry point. exec leaves sp at argc, then argv[], NULL, envp[],
 * NULL, auxv pairs. _start sets up gp (the linker's __global_pointer$, so gp-relative
 * accesses work), keeps the initial sp for __libc_start_main, aligns the stack and
 * calls __libc_start_main(main, initial sp), which never returns.
 * _start is weak: a program that brings its own _start (examples/hello.c) keeps it. */
    .section .text._start, "ax", @progbits
    .weak _start
    .type _start, @function
_start:
    .option push
    .option norelax
    lla gp, __global_pointer$
    .option pop
    mv a1, sp
    andi sp, sp, -16
    lla a0, main
    li ra, 0
    call __libc_start_main
    ebreak
    .size _start, . - _start
