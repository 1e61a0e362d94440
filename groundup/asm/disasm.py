"""Disassembly: from instruction bytes to the line GNU objdump 2.40 prints for them.

One instruction becomes `mnemonic<TAB>operands`, optionally followed by
` # <address> <symbol+off>`. The mnemonic and operand order come from the
instruction table (`Op.syntax`, `COp.syntax` for `-M no-aliases`) or, by
default, from the first row of `ALIASES` whose base and condition match: the
pseudo-instructions objdump prefers (`li`, `mv`, `ret`, `csrr` ...), and its
habit of naming immediate forms after the register forms (`add a0,a0,1` for
addi, `sll` for slli) and compressed forms after their expansions.

Operand syntax is a comma-separated list of these tokens:

    rd rs1 rs2            integer registers, ABI names
    frd frs1 frs2 frs3    floating-point registers, ABI names
    imm                   signed decimal immediate
    imm(rs1)  (rs1)       memory operands (load/store/jalr, AMO address)
    shamt                 shift amount, hex
    uimm cuimm            lui/auipc (c.lui) 20-bit immediate, hex
    target                pc-relative target: `<hex> <symbol+0xoff>`
    csr zimm              CSR name (or hex number), 5-bit immediate in rs1
    rm                    rounding mode; omitted (with its comma) when dynamic
    pred succ             fence sets, letters from iorw

Only the extensions of the file's ISA are decoded (`isa`, see isa_extensions):
objdump shows the rest as `.4byte`/`.2byte`, but a few aliases need less than
their base instruction (`rdcycle` is shown even without Zicsr), and `frcsr` and
its kin need F.

The address comment reproduces what objdump remembers between instructions: an
`auipc`/`lui` (also `c.lui`) records the value it puts in rd; the next addi,
addiw, jalr, load or store based on that register (32-bit forms, plus c.addi and
c.addiw) prints the address it forms and forgets the register. Nothing else
clears the record, so the comment can be stale. A base of zero or tp prints the
bare offset, a base of gp the offset from `__global_pointer$` when that symbol
exists. (binutils opcodes/riscv-dis.c behaves this way; we reproduce it from its
output, not its code.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from groundup.asm.csrnames import CSR_NAMES
from groundup.isa.compressed import COPS
from groundup.isa.decode import Instr, decode
from groundup.isa.table import BY_NAME

M64 = (1 << 64) - 1

# ABI register names (psABI "Integer Register Convention", "Floating-point ...").
REGS = ("zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3",
        "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",
        "t3", "t4", "t5", "t6")  # fmt: skip
FREGS = ("ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1",
         "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7",
         "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11")  # fmt: skip
ROUNDING = ("rne", "rtz", "rdn", "rup", "rmm", "unknown", "unknown", "dyn")
RM_DYN = 7
ZERO, RA, SP, GP, TP = 0, 1, 2, 3, 4


@dataclass(frozen=True, slots=True)
class Alias:
    """A pseudo-instruction objdump shows for `base` (an op, or a c.* form) when `when`.

    `ext` is the extension the alias needs, when it is not the base instruction's.
    """

    name: str
    base: str
    when: Callable[[Instr], bool]
    syntax: str
    ext: str | None = None


def _always(i: Instr) -> bool:
    return True


def _csr_is(csr: int) -> Callable[[Instr], bool]:
    return lambda i: i.imm == csr


# Ordered: the first row whose base and condition match wins. Compressed forms are
# matched by their c.* name only, so `c.addi a0,0` is `add a0,a0,0` while the 32-bit
# `addi a0,a0,0` is `mv a0,a0`, as objdump has it.
# fmt: off
ALIASES: list[Alias] = [
    Alias("nop", "addi", lambda i: i.rd == 0 and i.rs1 == 0 and i.imm == 0, ""),
    Alias("li", "addi", lambda i: i.rs1 == 0, "rd,imm"),
    Alias("mv", "addi", lambda i: i.imm == 0, "rd,rs1"),
    Alias("add", "addi", _always, "rd,rs1,imm"),
    Alias("sext.w", "addiw", lambda i: i.imm == 0, "rd,rs1"),
    Alias("addw", "addiw", _always, "rd,rs1,imm"),
    Alias("seqz", "sltiu", lambda i: i.imm == 1, "rd,rs1"),
    Alias("not", "xori", lambda i: i.imm == -1, "rd,rs1"),
    Alias("xor", "xori", _always, "rd,rs1,imm"),
    Alias("or", "ori", _always, "rd,rs1,imm"),
    Alias("zext.b", "andi", lambda i: i.imm == 255, "rd,rs1"),
    Alias("and", "andi", _always, "rd,rs1,imm"),
    Alias("sll", "slli", _always, "rd,rs1,shamt"),
    Alias("srl", "srli", _always, "rd,rs1,shamt"),
    Alias("sra", "srai", _always, "rd,rs1,shamt"),
    Alias("sllw", "slliw", _always, "rd,rs1,shamt"),
    Alias("srlw", "srliw", _always, "rd,rs1,shamt"),
    Alias("sraw", "sraiw", _always, "rd,rs1,shamt"),
    Alias("neg", "sub", lambda i: i.rs1 == 0, "rd,rs2"),
    Alias("negw", "subw", lambda i: i.rs1 == 0, "rd,rs2"),
    Alias("sltz", "slt", lambda i: i.rs2 == 0, "rd,rs1"),
    Alias("sgtz", "slt", lambda i: i.rs1 == 0, "rd,rs2"),
    Alias("snez", "sltu", lambda i: i.rs1 == 0, "rd,rs2"),
    Alias("beqz", "beq", lambda i: i.rs2 == 0, "rs1,target"),
    Alias("bnez", "bne", lambda i: i.rs2 == 0, "rs1,target"),
    Alias("blez", "bge", lambda i: i.rs1 == 0, "rs2,target"),
    Alias("bgez", "bge", lambda i: i.rs2 == 0, "rs1,target"),
    Alias("bltz", "blt", lambda i: i.rs2 == 0, "rs1,target"),
    Alias("bgtz", "blt", lambda i: i.rs1 == 0, "rs2,target"),
    Alias("j", "jal", lambda i: i.rd == 0, "target"),
    Alias("jal", "jal", lambda i: i.rd == RA, "target"),
    Alias("ret", "jalr", lambda i: i.rd == 0 and i.rs1 == RA and i.imm == 0, ""),
    Alias("jr", "jalr", lambda i: i.rd == 0 and i.imm == 0, "rs1"),
    Alias("jr", "jalr", lambda i: i.rd == 0, "imm(rs1)"),
    Alias("jalr", "jalr", lambda i: i.rd == RA and i.imm == 0, "rs1"),
    Alias("jalr", "jalr", lambda i: i.rd == RA, "imm(rs1)"),
    Alias("jalr", "jalr", lambda i: i.imm == 0, "rd,rs1"),
    Alias("fence", "fence", lambda i: i.imm & 0xFF == 0xFF, ""),
    Alias("sfence.vma", "sfence.vma", lambda i: i.rs1 == 0 and i.rs2 == 0, ""),
    Alias("sfence.vma", "sfence.vma", lambda i: i.rs2 == 0, "rs1"),
    # Zicsr: the counters, the fp CSRs, then the generic forms.
    Alias("rdcycle", "csrrs", lambda i: i.imm == 0xC00 and i.rs1 == 0, "rd", "I"),
    Alias("rdtime", "csrrs", lambda i: i.imm == 0xC01 and i.rs1 == 0, "rd", "I"),
    Alias("rdinstret", "csrrs", lambda i: i.imm == 0xC02 and i.rs1 == 0, "rd", "I"),
    Alias("frcsr", "csrrs", lambda i: i.imm == 3 and i.rs1 == 0, "rd", "F"),
    Alias("frrm", "csrrs", lambda i: i.imm == 2 and i.rs1 == 0, "rd", "F"),
    Alias("frflags", "csrrs", lambda i: i.imm == 1 and i.rs1 == 0, "rd", "F"),
    Alias("csrr", "csrrs", lambda i: i.rs1 == 0, "rd,csr"),
    Alias("csrs", "csrrs", lambda i: i.rd == 0, "csr,rs1"),
    Alias("fscsr", "csrrw", lambda i: i.imm == 3 and i.rd == 0, "rs1", "F"),
    Alias("fscsr", "csrrw", _csr_is(3), "rd,rs1", "F"),
    Alias("fsrm", "csrrw", lambda i: i.imm == 2 and i.rd == 0, "rs1", "F"),
    Alias("fsrm", "csrrw", _csr_is(2), "rd,rs1", "F"),
    Alias("fsflags", "csrrw", lambda i: i.imm == 1 and i.rd == 0, "rs1", "F"),
    Alias("fsflags", "csrrw", _csr_is(1), "rd,rs1", "F"),
    Alias("csrw", "csrrw", lambda i: i.rd == 0, "csr,rs1"),
    Alias("csrc", "csrrc", lambda i: i.rd == 0, "csr,rs1"),
    Alias("fsrmi", "csrrwi", _csr_is(2), "rd,zimm", "F"),
    Alias("fsflagsi", "csrrwi", _csr_is(1), "rd,zimm", "F"),
    Alias("csrw", "csrrwi", lambda i: i.rd == 0, "csr,zimm"),
    Alias("csrrw", "csrrwi", _always, "rd,csr,zimm"),
    Alias("csrs", "csrrsi", lambda i: i.rd == 0, "csr,zimm"),
    Alias("csrrs", "csrrsi", _always, "rd,csr,zimm"),
    Alias("csrc", "csrrci", lambda i: i.rd == 0, "csr,zimm"),
    Alias("csrrc", "csrrci", _always, "rd,csr,zimm"),
    # F and D sign injection.
    Alias("fmv.s", "fsgnj.s", lambda i: i.rs1 == i.rs2, "frd,frs1"),
    Alias("fneg.s", "fsgnjn.s", lambda i: i.rs1 == i.rs2, "frd,frs1"),
    Alias("fabs.s", "fsgnjx.s", lambda i: i.rs1 == i.rs2, "frd,frs1"),
    Alias("fmv.d", "fsgnj.d", lambda i: i.rs1 == i.rs2, "frd,frs1"),
    Alias("fneg.d", "fsgnjn.d", lambda i: i.rs1 == i.rs2, "frd,frs1"),
    Alias("fabs.d", "fsgnjx.d", lambda i: i.rs1 == i.rs2, "frd,frs1"),
    # Compressed forms, shown as their expansion except for hints writing x0.
    Alias("nop", "c.addi", lambda i: i.rd == 0 and i.imm == 0, ""),
    Alias("c.nop", "c.addi", lambda i: i.rd == 0, "imm"),
    Alias("add", "c.addi", _always, "rd,rs1,imm"),
    Alias("sext.w", "c.addiw", lambda i: i.imm == 0, "rd,rs1"),
    Alias("addw", "c.addiw", _always, "rd,rs1,imm"),
    Alias("li", "c.li", lambda i: i.rd != 0, "rd,imm"),
    Alias("lui", "c.lui", lambda i: i.rd != 0, "rd,cuimm"),
    Alias("add", "c.addi16sp", _always, "rd,rs1,imm"),
    Alias("add", "c.addi4spn", _always, "rd,rs1,imm"),
    Alias("sll", "c.slli", lambda i: i.rd != 0, "rd,rs1,shamt"),
    Alias("srl", "c.srli", _always, "rd,rs1,shamt"),
    Alias("sra", "c.srai", _always, "rd,rs1,shamt"),
    Alias("and", "c.andi", _always, "rd,rs1,imm"),
    Alias("mv", "c.mv", lambda i: i.rd != 0, "rd,rs2"),
    Alias("add", "c.add", lambda i: i.rd != 0, "rd,rs1,rs2"),
    Alias("ret", "c.jr", lambda i: i.rs1 == RA, ""),
    Alias("jr", "c.jr", _always, "rs1"),
    Alias("jalr", "c.jalr", _always, "rs1"),
    Alias("j", "c.j", _always, "target"),
    Alias("beqz", "c.beqz", _always, "rs1,target"),
    Alias("bnez", "c.bnez", _always, "rs1,target"),
    Alias("ebreak", "c.ebreak", _always, ""),
    *(Alias(c.base, c.name, _always, BY_NAME[c.base].syntax) for c in COPS
      if c.base in ("lw", "ld", "sw", "sd", "fld", "fsd")),
    *(Alias(c.base, c.name, _always, "rd,rs1,rs2") for c in COPS
      if c.name in ("c.sub", "c.xor", "c.or", "c.and", "c.subw", "c.addw")),
]
# fmt: on


def _by_base(aliases: list[Alias]) -> dict[str, list[Alias]]:
    """The alias rows of each base instruction, in table order."""
    rows: dict[str, list[Alias]] = {}
    for alias in aliases:
        rows.setdefault(alias.base, []).append(alias)
    return rows


_ALIASES_OF = _by_base(ALIASES)


# Encodings that objdump names differently from our table, in both views: the
# RV128 hints (a shift by 0 is a 64-bit shift there) and the canonical illegal
# instruction `unimp` (csrrw x0, cycle, x0).
RENAMED: list[Alias] = [
    Alias("c.slli64", "c.slli", lambda i: i.imm == 0, "rd"),
    Alias("c.srli64", "c.srli", lambda i: i.imm == 0, "rd"),
    Alias("c.srai64", "c.srai", lambda i: i.imm == 0, "rd"),
    Alias("unimp", "csrrw", lambda i: i.raw == 0xC0001073, "", "I"),
]

# Encodings our decoder accepts but objdump does not know, so it prints them as
# `.4byte`: nonzero reserved fields of fence/fence.i, and a rounding mode on the
# exact conversions (the table has no rm operand for them).
UNKNOWN_TO_OBJDUMP: dict[str, Callable[[Instr], bool]] = {
    "fence": lambda i: i.rd != 0 or i.rs1 != 0 or i.imm >> 8 != 0,
    "fence.i": lambda i: i.rd != 0 or i.rs1 != 0 or i.imm != 0,
    "fcvt.d.w": lambda i: i.rm != 0,
    "fcvt.d.wu": lambda i: i.rm != 0,
    "fcvt.d.s": lambda i: i.rm != 0,
}

# 16-bit parcels that the spec reserves (decode returns None) but objdump shows.
_C_ADDI16SP = next(c for c in COPS if c.name == "c.addi16sp")
RESERVED_SHOWN: dict[int, Instr] = {
    # c.addi16sp with a zero immediate
    0x6101: Instr(BY_NAME["addi"], 0x6101, 2, SP, SP, 0, 0, 0, 0, _C_ADDI16SP),
}
C_UNIMP = 0x0000  # the all-zero parcel, "defined illegal"


RV64GC = frozenset({"I", "M", "A", "F", "D", "C", "Zicsr", "Zifencei"})
_MUL_ONLY = frozenset({"mul", "mulh", "mulhsu", "mulhu", "mulw"})  # what Zmmul leaves of M


def isa_extensions(arch: str) -> frozenset[str]:
    """The extensions (named as in the instruction table) of an ISA string.

    `arch` is what GNU as writes into `$x<isa>` mapping symbols and the
    .riscv.attributes section, e.g. "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0_zmmul1p0":
    single letters with optional versions, then `_`-separated multi-letter names.
    Implied extensions are added as binutils adds them: g = imafd_zicsr_zifencei,
    d implies f, f implies Zicsr, and I before version 2.1 still contains Zicsr
    and Zifencei.
    """
    found: set[str] = set()
    for part in re.sub(r"^rv(32|64)", "", arch.lower()).split("_"):
        if part[:1] in ("z", "s", "x"):
            found.add(part.rstrip("0123456789p"))
            continue
        for letter, major, minor in re.findall(r"([a-z])(?:(\d+)(?:p(\d+))?)?", part):
            found.add(letter)
            if letter == "i" and major and (int(major), int(minor or 0)) < (2, 1):
                found |= {"zicsr", "zifencei"}
    if "g" in found:
        found |= {"i", "m", "a", "f", "d", "zicsr", "zifencei"}
    if "d" in found:
        found.add("f")
    if "f" in found:
        found.add("zicsr")
    return frozenset(_EXTENSION[f] for f in found if f in _EXTENSION)


_EXTENSION = {"i": "I", "m": "M", "a": "A", "f": "F", "d": "D", "c": "C", "zicsr": "Zicsr",
              "zifencei": "Zifencei", "zmmul": "Zmmul"}  # fmt: skip


def insn_length(first_parcel: int) -> int:
    """Bytes in the instruction starting with 16-bit `first_parcel`, as objdump counts.

    Spec "Expanded Instruction-Length Encoding": xx != 11 is 16-bit, bbb11 with
    bbb != 111 is 32-bit, 011111 is 48-bit, 0111111 is 64-bit, and nnn1111111
    with nnn != 111 is 80+16*nnn bits. objdump treats the rest as 2 bytes.
    """
    h = first_parcel
    if h & 0x3 != 0x3:
        return 2
    if h & 0x1F != 0x1F:
        return 4
    if h & 0x3F == 0x1F:
        return 6
    if h & 0x7F == 0x3F:
        return 8
    if h & 0x7F == 0x7F and h & 0x7000 != 0x7000:
        return 10 + ((h >> 11) & 0xE)
    return 2


def hex_address(addr: int) -> str:
    """The default way to show a target: hex digits, no symbol."""
    return f"{addr:x}"


@dataclass(slots=True)
class Disassembler:
    """Turns instructions into objdump's text, remembering what objdump remembers.

    `symbolize(addr)` renders an address operand or comment (`10078 <main+0x4>`);
    `gp` is the value of `__global_pointer$`, if the file defines it; `isa` the
    extensions to decode (see isa_extensions); `csrs` the CSR names to use.
    """

    no_aliases: bool = False
    symbolize: Callable[[int], str] = hex_address
    gp: int | None = None
    isa: frozenset[str] = RV64GC
    csrs: dict[int, str] = field(default_factory=lambda: CSR_NAMES)
    hi: list[int | None] = field(default_factory=lambda: [None] * 32)
    _comment: int | None = None

    def line(self, code: bytes, pc: int) -> str:
        """The text for the instruction `code` (exactly insn_length bytes) at `pc`."""
        word = int.from_bytes(code, "little")
        if len(code) > 4:
            if len(code) == 8:
                return f".8byte\t{word:#x}"
            return ".byte\t" + ", ".join(f"{b:#04x}" for b in code)
        ins = self._decode(word, len(code))
        form = None if ins is None else self._form(ins)
        if ins is None or form is None:
            if len(code) == 2 and word == C_UNIMP and "C" in self.isa:
                return "c.unimp" if self.no_aliases else "unimp"
            return f".{len(code)}byte\t{word:#x}"
        name, syntax = form
        self._comment = None
        text = f"{name}\t{self._operands(syntax, ins, pc)}" if syntax else name
        if ins.op.name in ("lui", "auipc"):
            self.hi[ins.rd] = (ins.imm + (pc if ins.op.name == "auipc" else 0)) & M64
        if self._comment is not None:
            text += f" # {self.symbolize(self._comment)}"
        return text

    @staticmethod
    def _decode(word: int, size: int) -> Instr | None:
        ins = decode(word)
        if ins is None:
            return RESERVED_SHOWN.get(word) if size == 2 else None
        unknown = UNKNOWN_TO_OBJDUMP.get(ins.op.name)
        if ins.cop is None and unknown is not None and unknown(ins):
            return None
        return ins

    def _form(self, ins: Instr) -> tuple[str, str] | None:
        """The mnemonic and operand syntax to show `ins` with (None: not in the ISA)."""
        base = ins.cop.name if ins.cop is not None else ins.op.name
        for alias in RENAMED:
            if alias.base == base and alias.when(ins) and self._has(alias.ext, ins):
                return alias.name, alias.syntax
        if not self.no_aliases:
            for alias in _ALIASES_OF.get(base, ()):
                if alias.when(ins) and self._has(alias.ext, ins):
                    return alias.name, alias.syntax
        if not self._has(None, ins):
            return None
        if ins.cop is not None:
            return ins.cop.name, ins.cop.syntax
        return ins.op.name + _ordering(ins), ins.op.syntax

    def _has(self, ext: str | None, ins: Instr) -> bool:
        """Is `ext` (None: what `ins` itself needs) in the ISA being disassembled?"""
        if ext is not None:
            return ext in self.isa
        if ins.cop is not None:
            return "C" in self.isa and (ins.op.ext != "D" or "D" in self.isa)
        match ins.op.ext:
            case "I" | "Priv":
                return True
            case "M":
                return "M" in self.isa or ("Zmmul" in self.isa and ins.name in _MUL_ONLY)
            case ext:
                return ext in self.isa

    def _operands(self, syntax: str, ins: Instr, pc: int) -> str:
        shown = (self._operand(tok, ins, pc) for tok in syntax.split(","))
        return ",".join(s for s in shown if s is not None)

    def _operand(self, tok: str, ins: Instr, pc: int) -> str | None:
        match tok:
            case "rd":
                return REGS[ins.rd]
            case "rs1":
                if ins.op.name == "jalr" and ins.cop is None:
                    self._note(ins.rs1, ins.imm)
                return REGS[ins.rs1]
            case "rs2":
                return REGS[ins.rs2]
            case "frd" | "frs1" | "frs2" | "frs3":
                return FREGS[getattr(ins, tok[1:])]
            case "imm":
                if _addresses_with_imm(ins):
                    self._note(ins.rs1, ins.imm, wide=ins.op.name == "addiw")
                return str(ins.imm)
            case "imm(rs1)":
                if ins.cop is None:
                    self._note(ins.rs1, ins.imm)
                    if ins.op.name == "jalr":  # objdump looks at a jalr offset twice
                        self._note(ins.rs1, ins.imm)
                return f"{ins.imm}({REGS[ins.rs1]})"
            case "(rs1)":
                return f"({REGS[ins.rs1]})"
            case "shamt":
                return f"{ins.imm:#x}"
            case "uimm" | "cuimm":
                return f"{(ins.imm >> 12) & 0xFFFFF:#x}"
            case "target":
                return self.symbolize((pc + ins.imm) & M64)
            case "csr":
                return self.csrs.get(ins.imm, f"{ins.imm:#x}")
            case "zimm":
                return str(ins.rs1)
            case "rm":
                return None if ins.rm == RM_DYN else ROUNDING[ins.rm]
            case "pred":
                return _fence_set(ins.imm >> 4)
            case "succ":
                return _fence_set(ins.imm)
        raise AssertionError(f"unknown operand token {tok!r} in {ins.name}")

    def _note(self, base: int, offset: int, wide: bool = False) -> None:
        """An address formed from register `base`: comment on it if objdump would."""
        hi = self.hi[base]
        if hi is not None:
            addr = (hi if base != ZERO else 0) + offset
            self.hi[base] = None
        elif base == GP and self.gp is not None:
            addr = self.gp + offset
        elif base in (ZERO, TP):
            addr = offset
        else:
            return
        if wide:
            addr = (addr & 0xFFFFFFFF) - ((addr & 0x80000000) << 1)
        self._comment = addr & M64


def _addresses_with_imm(ins: Instr) -> bool:
    """Does this immediate complete an address (addi/addiw off a register)?"""
    if ins.op.name not in ("addi", "addiw") or ins.rs1 == 0:
        return False
    return ins.cop is None or ins.cop.name in ("c.addi", "c.addiw")


def _ordering(ins: Instr) -> str:
    """The .aq/.rl/.aqrl suffix of an atomic instruction."""
    if ins.op.ext != "A":
        return ""
    return {(0, 0): "", (1, 0): ".aq", (0, 1): ".rl", (1, 1): ".aqrl"}[(ins.aq, ins.rl)]


def _fence_set(bits: int) -> str:
    """A fence predecessor/successor set: i, o, r, w for bits 3..0; empty is 'unknown'."""
    letters = "".join(c for c, b in zip("iorw", (8, 4, 2, 1), strict=True) if bits & b)
    return letters or "unknown"


def disassemble(code: bytes, pc: int = 0, no_aliases: bool = False) -> str:
    """One instruction as objdump shows it, without symbols or address comments."""
    return Disassembler(no_aliases).line(code, pc)
