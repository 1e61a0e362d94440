"""groundup: a whole computer system in Python, from the C compiler down to the CPU.

The path of a program, one package per stage:

    cc (C compiler) -> asm (assembler) -> link (linker) -> kernel (exec, system calls)
    -> machine (RISC-V harts, physical memory, Sv39 MMU) driven by isa (the instruction table)

Only the driver (`cli`) wires stages together; see docs/architecture.md.
"""

__version__ = "0.1.0"
