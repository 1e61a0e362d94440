"""The RISC-V instruction set, written down once.

`table` lists every RV64GC instruction (RV64I, M, A, F, D, Zicsr, Zifencei and the
privileged instructions) with its encoding and its semantics; `compressed` lists
the C extension's 16-bit forms as abbreviations of table entries. `decode` and
`encode` turn bits into `Instr` values and back; `encoding` holds the immediate
layouts. `alu` and `fp` are the arithmetic the semantics call; `priv` the numbers
of the privileged architecture (causes, CSRs, status and page-table bits).

Everything else is driven by this package: the disassembler and the assembler
(groundup.asm) read the table's syntax and encodings, and both execution engines
(groundup.machine) compile the table's semantics. It imports nothing of ours.

Left out: the V, B, H and Zfh extensions, and RV32.
"""
