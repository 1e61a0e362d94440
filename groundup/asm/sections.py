"""Sections and fragments: where assembled bytes go before their addresses are final.

A section's contents are a list of `Frag`s. Each holds fixed bytes (with the
`Fixup`s that will patch them or become relocations) and may end with a
variable-size `tail`:

    BranchTail  a branch or jump to a label of the same section, whose size
                depends on the distance: c.beqz (2 bytes), beq (4), or an
                inverted branch over a jal (6 or 8); c.j (2) or jal (4).
    AlignTail   padding to an alignment (.align, .balign, .p2align), whose size
                depends on the address it lands on.

`layout` gives every fragment its address and every branch its form, in
passes over the fragments the way GNU as relaxes them (see its docstring), so
it decides the same sizes, and so the same bytes. Labels point into fragments,
so they move with the code before them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from groundup.asm.symbols import Symbol, Value
from groundup.elf.constants import R_RISCV, SHF, SHT
from groundup.isa.table import Op

RVC_BRANCH_REACH = 256  # c.beqz/c.bnez: offsets in [-256, 256)
RVC_JUMP_REACH = 2048  # c.j: [-2048, 2048)
BRANCH_REACH = 4096  # beq ...: [-4096, 4096)
JAL_REACH = 1 << 20  # jal: [-1 MiB, 1 MiB)


@dataclass(slots=True, eq=False)
class Fixup:
    """A field to fill once symbols have addresses (or to leave to the linker).

    `rtype` is the relocation an instruction field needs; data fixups (`.word x`)
    have `size` > 0 and get their type when resolved (R_RISCV_32/64, or an
    ADD/SUB pair for a difference of labels).
    """

    offset: int  # in the fragment's bytes
    rtype: R_RISCV
    value: Value
    where: tuple[int, int]  # line, column of the operand (for errors)
    relax: bool = False  # also emit R_RISCV_RELAX (linker relaxation allowed)
    size: int = 0  # data fixups: bytes (1, 2, 4, 8)


@dataclass(slots=True, eq=False)
class BranchTail:
    """A branch (or `j`) whose form depends on the distance to its target."""

    op: Op  # beq/bne/... or jal (rd = 0)
    rs1: int
    rs2: int
    target: Value
    rvc: bool  # may it take the 16-bit form (registers fit, RVC on)?
    relax: bool  # linker relaxation on where it was assembled
    where: tuple[int, int]
    rd: int = 0  # jal's link register (`j` is jal x0)
    size: int = 0

    @property
    def jump(self) -> bool:
        return self.op.name == "jal"

    def sizes(self) -> tuple[int, ...]:
        """The forms it can take, smallest first."""
        if self.jump:
            return (2, 4) if self.rvc and self.rd == 0 else (4,)
        far = 6 if self.rvc else 8
        return (2, 4, far) if self.rvc else (4, far)

    def needed(self, distance: int | None) -> int:
        """The smallest form that reaches `distance`.

        None means the target is not a (non-weak) label of this section: a jump
        then takes the jal, a branch the long 8-byte form (GNU as does not
        compress the inverted branch there, as it does for a far label).
        """
        sizes = self.sizes()
        if distance is None:
            return 4 if self.jump else 8
        for size in sizes:
            if size == 2:
                reach = RVC_JUMP_REACH if self.jump else RVC_BRANCH_REACH
            else:
                reach = JAL_REACH if self.jump or size > 4 else BRANCH_REACH
            if -reach <= distance < reach:
                return size
        return sizes[-1]


@dataclass(slots=True, eq=False)
class AlignTail:
    """Padding to a multiple of `alignment`; code is padded with nops."""

    alignment: int
    fill: int  # the byte for data padding
    code: bool  # pad with nops (c.nop first if RVC and needed)
    rvc: bool
    max_skip: int | None
    mapping: Symbol | None = None  # the `$x` it put where it starts (see groundup.asm.mapping)
    size: int = 0

    def padding(self, address: int) -> int:
        pad = -address % self.alignment
        if self.max_skip is not None and pad > self.max_skip:
            return 0
        return pad


Tail = BranchTail | AlignTail


@dataclass(slots=True, eq=False)
class Frag:
    section: Section
    data: bytearray = field(default_factory=bytearray)
    fixups: list[Fixup] = field(default_factory=list)
    tail: Tail | None = None
    address: int = 0

    @property
    def end(self) -> int:
        return self.address + len(self.data) + (self.tail.size if self.tail else 0)


@dataclass(slots=True, eq=False)
class Section:
    """One output section and what the assembler knows about its contents."""

    name: str
    type: SHT
    flags: SHF
    entsize: int = 0
    group: str | None = None  # the signature of its section group (.section ...,"G",...)
    comdat: bool = False
    symbol: Symbol | None = None  # the section symbol, if GNU as would make one
    align: int = 1
    frags: list[Frag] = field(default_factory=list)
    mapping: str | None = None  # "x" or "d": the mapping symbol in force
    mapping_arch: str | None = None  # the ISA of the last $x<isa> symbol
    index: int = 0  # in the ELF file, once numbered
    output: bytearray = field(default_factory=bytearray)  # the final bytes (relocs.apply)

    def __post_init__(self) -> None:
        self.frags.append(Frag(self))

    @property
    def code(self) -> bool:
        return bool(self.flags & SHF.EXECINSTR)

    @property
    def current(self) -> Frag:
        return self.frags[-1]

    def here(self) -> tuple[Frag, int]:
        """The current location: (fragment, offset)."""
        frag = self.frags[-1]
        return frag, len(frag.data)

    def close(self, tail: Tail) -> None:
        """End the current fragment with a variable part; start a new one."""
        self.frags[-1].tail = tail
        self.frags.append(Frag(self))

    def size(self) -> int:
        return self.frags[-1].end if self.frags else 0


TargetFinder = Callable[[BranchTail], int | None]


def layout(section: Section, target_of: TargetFinder) -> None:
    """Give each fragment its address, choosing each branch's form by its distance.

    As GNU as does it: a first pass estimates every branch while addresses are
    being assigned (a target further on is still at its fragment's old address,
    0); then each pass walks the fragments in order, moving each to the address
    the sizes before it give, and picks every branch's form afresh from the
    distance it sees now (a target behind it has moved already in this pass, one
    ahead has not). Passes repeat until nothing changes. Forms may shrink again
    when alignment padding takes up growth elsewhere.
    """
    for _ in range(MAX_PASSES):
        if not _pass(section, target_of):
            return
    while _pass(section, target_of, grow_only=True):  # it oscillates: let forms only grow
        pass


MAX_PASSES = 100


def _pass(section: Section, target_of: TargetFinder, grow_only: bool = False) -> bool:
    """One pass over the fragments; did any variable part change its size?"""
    changed = False
    address = 0
    for f in section.frags:
        f.address = address
        address += len(f.data)
        tail = f.tail
        if tail is None:
            continue
        if isinstance(tail, AlignTail):
            size = tail.padding(address)
        else:
            target = target_of(tail)
            size = tail.needed(None if target is None else target - address)
            if grow_only:
                size = max(size, tail.size)
        if size != tail.size:
            tail.size, changed = size, True
        address += size
    return changed
