/* __clone(fn, stack, flags, arg, ptid, tls, ctid): a new thread on `stack` that runs
 * fn(arg) and then exits (the thread only, with fn's value). Linux's riscv clone takes
 * (flags, newsp, parent_tid, tls, child_tid). fn and arg ride on the child's stack,
 * since after the ecall the child has nothing but its registers and that stack. */
    .text
    .globl __clone
    .type __clone, @function
__clone:
    andi a1, a1, -16
    addi a1, a1, -16
    sd a0, 0(a1)
    sd a3, 8(a1)
    mv a0, a2
    mv a2, a4
    mv a3, a5
    mv a4, a6
    li a7, 220
    ecall
    beqz a0, 1f
    ret
1:  ld a1, 0(sp)
    ld a0, 8(sp)
    jalr a1
    li a7, 93
    ecall
    .size __clone, . - __clone
    .section .note.GNU-stack, "", @progbits
