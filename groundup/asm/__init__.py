"""The assembler and disassembler, speaking GNU as syntax.

Place in the path of a program: the compiler writes assembly text, the
assembler (to come) turns it into an ELF object for the linker, and the
disassembler turns machine code back into the text GNU objdump prints, so that
every stage's output can be checked against the GNU tools byte for byte.

Both directions are driven by the instruction table (groundup.isa.table): its
`syntax` strings give the operand order, its encodings the bits.

    csrnames   CSR numbers -> names, the set objdump 2.40 knows
    disasm     one instruction -> `mnemonic operands # comment`, with objdump's
               pseudo-instruction aliases as a table (or the raw forms)
    objdump    an ELF file -> the listings of `objdump -d -r -t -h -s` (and -dr):
               sections, symbol labels, mapping symbols, data chunks, zero runs
"""
