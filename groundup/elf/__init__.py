"""ELF64: the file format of objects, executables and shared libraries.

`constants` holds the numbers of the System V gABI and the RISC-V psABI as
IntEnums; `reader` parses and validates a file into frozen dataclasses — sections,
symbols, relocations, notes, dynamic entries, groups, symbol versions, the RISC-V
attributes — reporting any damage with the file name, the offset and what was
expected; `readelf` prints what GNU readelf prints; `writer` lays out and writes
relocatable objects (the linker adds executables). The assembler, linker, loader
and inspection tools all read and write ELF through here.
"""
