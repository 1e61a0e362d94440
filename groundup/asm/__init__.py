"""The assembler and disassembler, speaking GNU as syntax.

Place in the path of a program: the compiler writes assembly text, the
assembler turns it into an ELF object for the linker, and the
disassembler turns machine code back into the text GNU objdump prints, so that
every stage's output can be checked against the GNU tools byte for byte.

Both directions are driven by the instruction table (groundup.isa.table): its
`syntax` strings give the operand order, its encodings the bits.

The assembler (`assembler.assemble`, the tool in `tool`):

    lexer      text -> statements of tokens, each with its line and column
    expr       expressions with GNU's precedence; symbol differences
    operands   operand kinds (registers, memory, immediates, %hi/%lo/... operators)
    instructions  the operand forms of every table op, from Op.syntax
    pseudo     pseudo-instructions (li, la, call, tail, beqz ...), objdump's spellings
    compress   which 16-bit form GNU as picks (the parcel comes from the decoder)
    sections   fragments, fixups, branch relaxation
    directives .section, .align, .byte ... .option, .attribute, .cfi_* (accepted)
    symbols    the symbol table; mapping ($x/$d), attributes (.riscv.attributes)
    relocs     which R_RISCV_* (and RELAX/ALIGN pairs) GNU as emits
    resolve    layout, fixups, the symbol-table order, and the ELF object

The disassembler:

    csrnames   CSR numbers -> names, the set objdump 2.40 knows
    disasm     one instruction -> `mnemonic operands # comment`, with objdump's
               pseudo-instruction aliases as a table (or the raw forms)
    objdump    an ELF file -> the listings of `objdump -d -r -t -h -s` (and -dr):
               sections, symbol labels, mapping symbols, data chunks, zero runs
"""
