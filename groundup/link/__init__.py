"""The static linker: objects and archives in, a runnable ELF executable out.

A compiler translates one file at a time, so each object is full of holes:
calls to functions it has not seen, loads of variables whose address it
cannot know. The linker does two jobs to fill them (the book's words):

1. **Symbol resolution** (`resolve.py`): every name some object refers to is
   matched with exactly one definition — from the objects, from archive
   members pulled in on demand (`archive.py`, `inputs.py`), or made by the
   linker itself (`linker_symbols.py`) — with the rules for weak, common,
   local and hidden symbols and COMDAT groups.
2. **Relocation** (`relocate.py`): once `layout.py` has merged the input
   sections into output sections and given each an address inside a
   page-aligned segment, every hole is filled with the address it needed,
   computed the way its relocation type says, and checked to fit.

Around them: `relax.py` deletes the alignment padding an assembler that
relaxes leaves behind, `gc.py` drops unreachable sections, `ehframe.py`
trims unwind tables, `got.py` makes the GOT a static link still needs,
`output.py` writes the executable (through `elf.writer`), `mapfile.py` shows
where everything went, and `errors.py` words problems as GNU ld does.
`linker.py` runs the stages in order; `tool.py` is `groundup ld`, and
`ar.py` and `nm.py` are `groundup ar` and `groundup nm`.

Left out: shared libraries and dynamic linking, linker scripts, IFUNC,
relaxation beyond alignment (calls stay auipc+jalr, gp is never used),
.eh_frame_hdr, and DWARF line numbers in messages.
"""
