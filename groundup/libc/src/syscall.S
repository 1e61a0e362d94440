/* __syscall6(n, a, b, c, d, e, f): Linux's RISC-V system call - the number in a7, the
 * arguments in a0-a5, ecall; a0 is the result or -errno. */
    .text
    .globl __syscall6
    .type __syscall6, @function
__syscall6:
    mv a7, a0
    mv a0, a1
    mv a1, a2
    mv a2, a3
    mv a3, a4
    mv a4, a5
    mv a5, a6
    ecall
    ret
    .size __syscall6, . - __syscall6
    .section .note.GNU-stack, "", @progbits
