/* crtn: the closing half of crti; empty for the same reason. */
    .section .note.GNU-stack, "", @progbits
