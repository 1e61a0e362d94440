"""The assembler: GNU as syntax for RISC-V in, an ELF relocatable object out.

    text ─tokenize─ statements ─statement()─ fragments, symbols, fixups
         ─finish()─ layout (branch relaxation) ─resolve─ bytes + relocations ─ ELF

`assemble(text, name, options)` is the whole stage. The `Assembler` reads the
statements in order: labels define symbols at the current place, directives
(groundup.asm.directives) switch sections and emit data, instructions
(groundup.asm.instructions and pseudo) become encoded words, 16-bit parcels or
relaxable branches in the current section's fragments. Expressions evaluate to
`Value`s (symbol - symbol + addend) as the statement is read; what the linker
or the final layout must fill in is kept as a `Fixup`. `finish()`
(groundup.asm.resolve) lays the sections out, fills the fixups and builds the
object file, with GNU as's choices of relocations, symbols and mapping symbols.

Errors are reported with the statement's position and the statement is
skipped; the run continues so that every error of the file is reported, then
`CompileError` is raised and no object is produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from groundup.asm import directives, mapping, pseudo  # noqa: F401 - pseudo adds its forms
from groundup.asm.attributes import Arch, ArchError, parse_arch
from groundup.asm.compress import compress
from groundup.asm.expr import Dot, Expr, LocalRef, Name, evaluate
from groundup.asm.instructions import FORMS, Form, Insn
from groundup.asm.lexer import AsmError, Kind, Statement, Token, describe, tokenize
from groundup.asm.operands import Operand, as_expression, kind_of, parse_operands
from groundup.asm.sections import AlignTail, BranchTail, Fixup, Section
from groundup.asm.symbols import FAKE_LABEL, Symbol, SymbolTable, Value
from groundup.diag import Pos, Reporter, Source
from groundup.elf.constants import R_RISCV, SHT, STT
from groundup.elf.writer import ObjectFile
from groundup.isa.encode import encode

# Relocations that GNU as pairs with R_RISCV_RELAX when linker relaxation is on.
RELAXABLE = frozenset({
    R_RISCV.HI20, R_RISCV.LO12_I, R_RISCV.LO12_S, R_RISCV.PCREL_HI20, R_RISCV.PCREL_LO12_I,
    R_RISCV.PCREL_LO12_S, R_RISCV.TPREL_HI20, R_RISCV.TPREL_LO12_I, R_RISCV.TPREL_LO12_S,
    R_RISCV.TPREL_ADD, R_RISCV.CALL_PLT, R_RISCV.CALL,
})  # fmt: skip
TLS_RELOCS = frozenset({
    R_RISCV.TPREL_HI20, R_RISCV.TPREL_LO12_I, R_RISCV.TPREL_LO12_S, R_RISCV.TPREL_ADD,
    R_RISCV.TLS_GOT_HI20, R_RISCV.TLS_GD_HI20,
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Options:
    """How to assemble: the command-line options of `as`."""

    march: str = "rv64gc"
    mabi: str = "lp64d"
    relax: bool = True
    pic: bool = False


@dataclass(frozen=True, slots=True)
class Mode:
    """What `.option` changes, and `.option push`/`pop` saves."""

    arch: Arch
    rvc: bool
    relax: bool
    pic: bool
    arch_name: str = field(init=False)  # str(arch), which every instruction's $x check needs

    def __post_init__(self) -> None:
        object.__setattr__(self, "arch_name", str(self.arch))


@dataclass(slots=True)
class Assembler:
    source: Source
    options: Options
    report: Reporter
    mode: Mode = field(init=False)
    modes: list[Mode] = field(default_factory=list)  # .option push
    symbols: SymbolTable = field(default_factory=SymbolTable)
    sections: list[Section] = field(default_factory=list)
    section: Section = field(init=False)
    previous: Section | None = None  # for .previous
    stack: list[tuple[Section, Section | None]] = field(default_factory=list)  # .pushsection
    attributes: dict[int, int | str] = field(default_factory=dict)
    file_symbols: list[Symbol] = field(default_factory=list)
    ever_rvc: bool = False  # e_flags get EF_RISCV_RVC if RVC was on at any point
    csr_used: bool = False
    line: int = 0

    def __post_init__(self) -> None:
        try:
            arch = parse_arch(self.options.march)
        except ArchError as e:
            self.report.error(None, f"-march={self.options.march}: {e}")
            arch = parse_arch("rv64gc")
        self.mode = Mode(arch, arch.has("c"), self.options.relax, self.options.pic)
        self.ever_rvc = self.mode.rvc
        for name in (".text", ".data", ".bss"):
            directives.switch_section(self, name)
        self.section = self.sections[0]

    # --- the statement loop -----------------------------------------------------------

    def run(self) -> ObjectFile:
        """Assemble the whole source (raises CompileError if anything was wrong)."""
        from groundup.asm.resolve import finish

        for st in tokenize(self.source, self.report):
            self.line = st.line
            try:
                self.statement(st)
            except AsmError as e:
                self.error(e)
        self.report.check()  # no layout of a broken file: stop at its first errors
        obj = finish(self)
        self.report.check()
        return obj

    def error(self, e: AsmError) -> None:
        line = e.line or self.line
        col = e.col if e.line else 1
        self.report.error(Pos(self.source, line, col), e.message, e.length)

    # statement := (label ':')* [ name '=' expr | directive args | mnemonic operands ]
    def statement(self, st: Statement) -> None:
        toks = st.tokens
        i = 0
        while i + 1 < len(toks) and toks[i + 1].is_punct(":") and toks[i].kind in (
            Kind.IDENT, Kind.NUMBER):  # fmt: skip
            self.define_label(toks[i])
            i += 2
        if i == len(toks):
            return
        head = toks[i]
        if head.kind is not Kind.IDENT:
            raise AsmError.at(head, f"expected a label, directive or instruction, found "
                              f"{describe(head)}")  # fmt: skip
        if i + 1 < len(toks) and toks[i + 1].is_punct("="):
            directives.assign(self, head, toks[i + 2 :], toks[i + 1])
        elif head.text.startswith(".") and head.text.lower() not in FORMS:
            directives.directive(self, head, toks[i + 1 :])
        else:
            self.instruction(head, toks, i + 1)

    def define_label(self, tok: Token) -> None:
        where = (tok.line, tok.col)
        if tok.kind is Kind.NUMBER:
            assert isinstance(tok.value, int)
            sym = self.symbols.define_numeric(tok.value, where)
        else:
            sym = self.symbols.get(tok.text, where)
            if sym.defined or sym.common is not None:
                raise AsmError.at(tok, f"symbol '{tok.text}' is already defined")
        self.place(sym, where)

    def place(self, sym: Symbol, where: tuple[int, int]) -> None:
        """Define `sym` as a label at the current location."""
        sym.frag, sym.offset = self.section.here()
        sym.where = where

    # --- instructions -----------------------------------------------------------------

    def instruction(self, head: Token, toks: tuple[Token, ...], start: int) -> None:
        mnemonic = head.text.lower()
        forms = FORMS.get(mnemonic)
        if forms is None:
            raise AsmError.at(head, f"unknown instruction '{head.text}'")
        self.mark_code(self.section)  # GNU places $x before it reads the operands
        operands = parse_operands(toks, start)
        kinds = "".join(kind_of(o) for o in operands)
        chosen = next((f for f in forms if f.kinds == kinds), None)
        if chosen is None:  # a register name may also name a symbol
            chosen = next((f for f in forms if _symbolic_match(f.kinds, kinds)), None)
            if chosen is None:
                raise _operands_error(head, mnemonic, forms, operands)
            operands = [as_expression(o) if k == "i" else o
                        for o, k in zip(operands, chosen.kinds, strict=True)]  # fmt: skip
        for insn in chosen.build(operands, self):
            self.emit(insn, head)

    def emit(self, insn: Insn, head: Token) -> None:
        """Append one instruction (or relaxable branch) to the current section."""
        sec = self.section
        self.mark_code(sec)
        if insn.label is not None:
            self.place(insn.label, insn.where)
        if insn.parcel is not None:
            if not self.mode.rvc:
                raise AsmError.at(head, f"'{head.text}' needs the C extension (.option rvc)")
            sec.current.data += insn.parcel.to_bytes(2, "little")
            return
        if insn.branch:
            self.emit_branch(insn)
            return
        self.check_extension(insn, head)
        word = encode(insn.op, insn.rd, insn.rs1, insn.rs2, insn.rs3, insn.imm, insn.rm,
                      insn.aq, insn.rl)  # fmt: skip
        frag = sec.current
        if insn.reloc is None and self.mode.rvc and insn.compressible:
            half = compress(insn.spelling or insn.op.name, insn.rd, insn.rs1, insn.rs2, insn.imm)
            if half is not None:
                frag.data += half.to_bytes(2, "little")
                return
        if insn.reloc is not None:
            assert insn.target is not None
            self.add_fixup(insn.reloc, insn.target, insn.where, len(frag.data))
        frag.data += word.to_bytes(4, "little")

    def emit_branch(self, insn: Insn) -> None:
        assert insn.target is not None
        if insn.op.name == "jal":  # only `j` may be compressed; `jal rd, x` is always 4 bytes
            rvc = self.mode.rvc and insn.rd == 0 and insn.compressible
        else:
            rvc = (self.mode.rvc and insn.rs2 == 0 and 8 <= insn.rs1 <= 15
                   and insn.op.name in ("beq", "bne"))  # fmt: skip
        tail = BranchTail(insn.op, insn.rs1, insn.rs2, insn.target, rvc, self.mode.relax,
                          insn.where, rd=insn.rd)  # fmt: skip
        self.section.close(tail)

    def add_fixup(self, rtype: R_RISCV, value: Value, where: tuple[int, int], offset: int) -> None:
        relax = self.mode.relax and rtype in RELAXABLE
        if rtype in TLS_RELOCS and value.sym is not None and value.sym.type == STT.NOTYPE:
            value.sym.type = STT.TLS
        self.section.current.fixups.append(Fixup(offset, rtype, value, where, relax))

    def check_extension(self, insn: Insn, head: Token) -> None:
        """M, A, F and D instructions need their extension in the ISA (-march, .option)."""
        ext = insn.op.ext
        if ext in ("M", "A", "F", "D") and not self.mode.arch.has(ext.lower()):
            raise AsmError.at(head, f"'{head.text}' needs the {ext} extension (-march)")

    # --- mapping symbols --------------------------------------------------------------

    def mark_code(self, sec: Section) -> None:
        if sec.mapping != "x" or sec.mapping_arch != self.mode.arch_name:
            mapping.code(self, sec)

    def mark_data(self, sec: Section) -> None:
        mapping.data(self, sec)

    # --- data -------------------------------------------------------------------------

    def emit_bytes(self, data: bytes) -> None:
        if not data:
            return
        sec = self.section
        if sec.type == SHT.NOBITS and any(data):
            raise AsmError("non-zero data in a @nobits section", self.line, 1)
        self.mark_data(sec)
        sec.current.data += data

    def emit_value(self, value: Value, size: int, where: tuple[int, int]) -> None:
        """Data of `size` bytes holding `value` (a fixup if it is not a constant)."""
        if value.is_constant:
            self.emit_bytes((value.addend & ((1 << (8 * size)) - 1)).to_bytes(size, "little"))
            return
        self.mark_data(self.section)
        frag = self.section.current
        rtype = R_RISCV.R_64 if size == 8 else R_RISCV.R_32
        frag.fixups.append(Fixup(len(frag.data), rtype, value, where, size=size))
        frag.data += bytes(size)

    def align(self, alignment: int, fill: int | None, max_skip: int | None) -> None:
        """Pad to a multiple of `alignment` bytes (nops in code, GNU as's way)."""
        sec = self.section
        sec.align = max(sec.align, alignment)
        if sec.code and fill is None and alignment <= (2 if self.mode.rvc else 4):
            return  # instructions are aligned that much already: GNU pads nothing, even data
        if sec.code and fill is None and self.mode.relax:
            self.relax_align(sec, alignment)
        elif sec.code and fill is None:
            sym = mapping.code(self, sec, check_arch=False)
            sec.close(AlignTail(alignment, 0, True, self.mode.rvc, max_skip, mapping=sym))
        else:
            if sec.code:
                self.mark_data(sec)
            sec.close(AlignTail(alignment, fill or 0, False, False, max_skip))

    def relax_align(self, sec: Section, alignment: int) -> None:
        """With linker relaxation the padding is the worst case, marked R_RISCV_ALIGN."""
        worst = alignment - (2 if self.mode.rvc else 4)
        if worst <= 0:
            return
        mapping.code(self, sec, check_arch=False)
        frag = sec.current
        frag.fixups.append(Fixup(len(frag.data), R_RISCV.ALIGN, Value(worst), (self.line, 1)))
        frag.data += nops(worst, self.mode.rvc)

    # --- the Env and Context protocols (expressions and instructions) -----------------

    @property
    def rvc(self) -> bool:
        return self.mode.rvc

    @property
    def pic(self) -> bool:
        return self.mode.pic

    def value(self, e: Expr) -> Value:
        return evaluate(e, self)

    def symbol(self, node: Name) -> Symbol:
        return self.symbols.get(node.name, (node.tok.line, node.tok.col))

    def local(self, node: LocalRef) -> Symbol:
        return self.symbols.numeric(node.number, node.forward, (node.tok.line, node.tok.col))

    def dot(self, node: Dot) -> Symbol:
        sym = self.fake_label()
        self.symbols.convert(sym)  # GNU makes `.` a full symbol at once (la's labels wait)
        self.place(sym, (node.tok.line, node.tok.col))
        return sym

    def distance(self, value: Value) -> int | None:
        """sym - sub, when both are labels in one fragment of a data section."""
        a, b = value.sym, value.sub
        if a is None or b is None or a.frag is None or a.frag is not b.frag:
            return None
        return None if a.frag.section.code else a.offset - b.offset

    def fake_label(self) -> Symbol:
        return self.symbols.new(FAKE_LABEL)

    def csr_named(self) -> None:
        self.csr_used = True


def _symbolic_match(form: str, kinds: str) -> bool:
    """Do the operand kinds fit the form when registers may stand for symbols?"""
    return len(form) == len(kinds) and all(
        f == k or (f == "i" and k in "xf") for f, k in zip(form, kinds, strict=True)
    )


def nops(size: int, rvc: bool) -> bytes:
    """`size` bytes of nops: a zero byte if odd, a c.nop if then needed (GNU writes
    one even without RVC), then 4-byte nops."""
    out = bytearray()
    if size % 2:
        out += bytes(size % 2)
        size -= size % 2
    if size % 4:
        out += (0x0001).to_bytes(2, "little")
        size -= 2
    out += (0x00000013).to_bytes(4, "little") * (size // 4)
    return bytes(out)


def _operands_error(head: Token, mnemonic: str, forms: list[Form],
                    operands: list[Operand]) -> AsmError:  # fmt: skip
    """Say which operands a mnemonic takes, pointing at the first that does not fit."""
    kinds = "".join(kind_of(o) for o in operands)
    spellings = " or ".join(f"'{mnemonic} {f.syntax}'".replace(" '", "'") for f in forms[:3])
    counts = {len(f.kinds) for f in forms}
    if len(kinds) not in counts:
        where = operands[-1].tok if operands else head
        n = min(counts, key=lambda c: abs(c - len(kinds)))
        return AsmError.at(where, f"'{mnemonic}' takes {n} operand{'s' * (n != 1)}, "
                           f"got {len(kinds)} (expected {spellings})")  # fmt: skip
    for i, k in enumerate(kinds):
        if all(len(f.kinds) != len(kinds) or f.kinds[i] != k for f in forms):
            names = {
                "x": "an integer register",
                "f": "a floating-point register",
                "m": "a memory operand offset(reg)",
                "i": "an immediate or symbol",
            }
            want = {f.kinds[i] for f in forms if len(f.kinds) == len(kinds)}
            expected = " or ".join(sorted(names[w] for w in want))
            return AsmError.at(operands[i].tok, f"operand {i + 1} of '{mnemonic}' must be "
                               f"{expected} (expected {spellings})")  # fmt: skip
    return AsmError.at(head, f"illegal operands for '{mnemonic}' (expected {spellings})")


def assemble(text: str, name: str = "<stdin>", options: Options | None = None) -> ObjectFile:
    """Assemble GNU-as syntax RISC-V source into a relocatable object.

    Raises CompileError, carrying every diagnostic, if the source has errors.
    """
    return Assembler(Source(name, text), options or Options(), Reporter()).run()
