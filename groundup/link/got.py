"""The GOT of a static executable: addresses and TLS offsets the code loads.

Code compiled as position-independent, and glibc's code for thread-local
variables, does not compute an address itself but loads it from a table, the
global offset table:

    auipc a0, %got_pcrel_hi(x)        R_RISCV_GOT_HI20       slot: &x
    ld    a0, %pcrel_lo(1b)(a0)
    la.tls.ie a0, v                   R_RISCV_TLS_GOT_HI20   slot: v's offset from tp
    la.tls.gd a0, v                   R_RISCV_TLS_GD_HI20    slots: (module 1, v - 0x800
                                                             from its block), for
                                                             __tls_get_addr

In a dynamic link the loader fills the slots; in a static link the linker
knows every value, so it writes them itself and no dynamic relocation is left
(the initial-exec and general-dynamic sequences are *resolved*, not rewritten).
The table is a section the linker makes, placed in the output's .got.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from groundup.elf.constants import R_RISCV, SHF, SHT
from groundup.link.inputs import InputFile, InputSection
from groundup.link.symbols import Symbol

TLS_DTV_OFFSET = 0x800  # psABI "Thread Local Storage": DTV pointers are biased by 0x800
STATIC_MODULE = 1  # the executable's TLS module id
MASK64 = (1 << 64) - 1


class Slot(Enum):
    ADDRESS = 1  # &sym
    TPREL = 2  # sym - tp (initial exec)
    TLS_GD = 3  # (module, offset - 0x800): two words


SLOT_OF: dict[int, Slot] = {R_RISCV.GOT_HI20: Slot.ADDRESS, R_RISCV.GOT32_PCREL: Slot.ADDRESS,
           R_RISCV.TLS_GOT_HI20: Slot.TPREL, R_RISCV.TLS_GD_HI20: Slot.TLS_GD}  # fmt: skip


@dataclass(slots=True)
class Got:
    section: InputSection
    slots: dict[tuple[Slot, int], int] = field(default_factory=dict)  # (kind, id(sym)) -> off
    entries: list[tuple[Slot, Symbol, int]] = field(default_factory=list)

    def add(self, kind: Slot, sym: Symbol) -> None:
        key = (kind, id(sym))
        if key not in self.slots:
            self.slots[key] = self.section.size
            self.entries.append((kind, sym, self.section.size))
            self.section.size += 16 if kind == Slot.TLS_GD else 8

    def address(self, kind: Slot, sym: Symbol) -> int:
        return self.section.address + self.slots[(kind, id(sym))]

    def fill(self, tls_start: int) -> None:
        """Write every slot's value, now that addresses are known."""
        data = bytearray(self.section.size)
        for kind, sym, offset in self.entries:
            match kind:
                case Slot.ADDRESS:
                    words = [sym.address]
                case Slot.TPREL:
                    words = [sym.address - tls_start]
                case Slot.TLS_GD:
                    words = [STATIC_MODULE, sym.address - tls_start - TLS_DTV_OFFSET]
            for i, word in enumerate(words):
                at = offset + 8 * i
                data[at : at + 8] = (word & MASK64).to_bytes(8, "little")
        self.section.data = bytes(data)


def build_got(files: list[InputFile], owner: InputFile) -> Got | None:
    """A slot for every (kind, symbol) the live sections' relocations ask for; None if none."""
    section = InputSection(owner, 0, ".got", SHT.PROGBITS, SHF.ALLOC | SHF.WRITE, 8, 8, b"", 0, [])
    got = Got(section)
    for f in files:
        for sec in f.live_sections():
            for r in sec.relocations:
                kind = SLOT_OF.get(r.type)
                if kind is not None:
                    got.add(kind, f.symbols[r.symbol])
    if not got.entries:
        return None
    owner.sections.append(section)
    return got
