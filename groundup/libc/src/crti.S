/* crti: nothing to do on RISC-V. Constructors run through .init_array (start.c), so
 * this object only exists for build systems that name it. */
    .section .note.GNU-stack, "", @progbits
