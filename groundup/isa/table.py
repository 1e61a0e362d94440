"""The instruction table: every RV64GC instruction, its encoding and its meaning, once.

Each `Op` says where the instruction sits in the encoding space (`match`/`mask`),
which operands it shows in assembly (`syntax`) and what it does (`sem`). The
decoder, the disassembler, the assembler's encoder and both execution engines are
driven by this one list (design decision 1).

The semantics are Python statements over a small vocabulary that each engine
expands in its own way (the reference interpreter into one function per op, the
fast engine inline into the Python source of a whole block):

    R[rs1] R[rs2]        integer register values, signed ints in [-2**63, 2**63)
    R[rd] = e            write an integer register (writes to x0 vanish)
    F[rs1] F[rs2] F[rs3] floating-point registers as raw 64-bit patterns
    F[rd] = e            write a floating-point register
    rd rs1 rs2           the register *numbers* (csr* use rs1 as a 5-bit immediate)
    imm csr rm raw       decoded immediate, csr number (= imm), rm field, the word
    pc npc               this instruction's address and the next one's (signed)
    S64(e) S32(e)        wrap to 64 bits / sign-extend the low 32 bits
    LOAD(k, addr)        k in b bu h hu w wu d du; the value a register receives
    STORE(k, addr, v)    k in b h w d; stores the low bits of v
    TARGET(e)            a jump target: e as an unsigned address, checked for alignment
    JUMP(t)              transfer control to t (a TARGET, or a trap-return address)
    HART                 the hart, for what is not plain data flow (csr, amo, traps)
    FP                   the hart's fcsr (fp.FPState)
    fp alu M32 M64       the modules groundup.isa.fp and groundup.isa.alu, masks

`serial` ops (CSR access, privileged instructions, fences that flush state) can
change how later instructions behave, so the fast engine ends a block before them
and lets the reference interpreter execute them one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

from groundup.isa.encoding import Fmt


@dataclass(frozen=True, slots=True)
class Op:
    """One instruction of the table (after compressed forms are expanded)."""

    name: str  # the mnemonic as the spec and GNU as spell it
    fmt: Fmt  # where its immediate lives
    syntax: str  # operands in assembly order, comma separated (see disasm)
    match: int  # bits that identify the instruction ...
    mask: int  # ... under this mask
    ext: str  # I M A F D Zicsr Zifencei Priv
    sem: str  # what it does, in the vocabulary above
    serial: bool = False  # executed one at a time, never inside a translated block
    fp: bool = False  # needs mstatus.FS != Off; sets FS to Dirty
    control: bool = False  # may change the pc other than to the next instruction


OPCODE = 0x7F
F3 = 0x7 << 12
F7 = 0x7F << 25
F5 = 0x1F << 27  # AMO function; bits 26:25 are aq/rl
F2 = 0x3 << 25  # fp format in R4 and in fp R-type
RS2 = 0x1F << 20
RS1 = 0x1F << 15
RD = 0x1F << 7
IMM12 = 0xFFF << 20

OPS: list[Op] = []


def op(
    name: str,
    fmt: Fmt,
    syntax: str,
    sem: str,
    *,
    ext: str,
    opcode: int,
    f3: int | None = None,
    f7: int | None = None,
    f5: int | None = None,
    f2: int | None = None,
    rs2: int | None = None,
    rs1: int | None = None,
    rd: int | None = None,
    imm12: int | None = None,
    top6: int | None = None,
    serial: bool = False,
    fp: bool = False,
    control: bool = False,
) -> None:
    """Add one instruction to the table, its match/mask built from fixed fields."""
    match, mask = opcode, OPCODE
    for value, shift, field_mask in (
        (f3, 12, F3),
        (f7, 25, F7),
        (f5, 27, F5),
        (f2, 25, F2),
        (rs2, 20, RS2),
        (rs1, 15, RS1),
        (rd, 7, RD),
        (imm12, 20, IMM12),
        (top6, 26, 0x3F << 26),
    ):
        if value is not None:
            match |= value << shift
            mask |= field_mask
    OPS.append(Op(name, fmt, syntax, match, mask, ext, sem, serial, fp, control))


# --- RV64I ---------------------------------------------------------------------------
# Base opcode map (unprivileged spec, "RV32/64G Instruction Set Listings").
LUI, AUIPC, JAL, JALR, BRANCH, LOAD = 0x37, 0x17, 0x6F, 0x67, 0x63, 0x03
STORE, OP_IMM, OP, MISC_MEM, SYSTEM = 0x23, 0x13, 0x33, 0x0F, 0x73
OP_IMM_32, OP_32, AMO = 0x1B, 0x3B, 0x2F
LOAD_FP, STORE_FP, OP_FP = 0x07, 0x27, 0x53
MADD, MSUB, NMSUB, NMADD = 0x43, 0x47, 0x4B, 0x4F

op("lui", Fmt.U, "rd,uimm", "R[rd] = imm", ext="I", opcode=LUI)
op("auipc", Fmt.U, "rd,uimm", "R[rd] = S64(pc + imm)", ext="I", opcode=AUIPC)
op(
    "jal",
    Fmt.J,
    "rd,target",
    "t = TARGET(pc + imm)\nR[rd] = npc\nJUMP(t)",
    ext="I",
    opcode=JAL,
    control=True,
)
# The target is computed (and checked) before rd is written: jalr ra, 0(ra) must use the old
# ra, and a jump that faults on a misaligned target must leave rd alone.
op(
    "jalr",
    Fmt.I,
    "rd,imm(rs1)",
    "t = TARGET((R[rs1] + imm) & -2)\nR[rd] = npc\nJUMP(t)",
    ext="I",
    opcode=JALR,
    f3=0,
    control=True,
)

for _name, _f3, _cond in (
    ("beq", 0, "R[rs1] == R[rs2]"),
    ("bne", 1, "R[rs1] != R[rs2]"),
    ("blt", 4, "R[rs1] < R[rs2]"),
    ("bge", 5, "R[rs1] >= R[rs2]"),
    ("bltu", 6, "(R[rs1] & M64) < (R[rs2] & M64)"),
    ("bgeu", 7, "(R[rs1] & M64) >= (R[rs2] & M64)"),
):
    op(
        _name,
        Fmt.B,
        "rs1,rs2,target",
        f"if {_cond}:\n    JUMP(TARGET(pc + imm))",
        ext="I",
        opcode=BRANCH,
        f3=_f3,
        control=True,
    )

for _name, _f3, _kind in (
    ("lb", 0, "b"),
    ("lh", 1, "h"),
    ("lw", 2, "w"),
    ("ld", 3, "d"),
    ("lbu", 4, "bu"),
    ("lhu", 5, "hu"),
    ("lwu", 6, "wu"),
):
    op(_name, Fmt.I, "rd,imm(rs1)", f"R[rd] = LOAD({_kind}, R[rs1] + imm)", ext="I",
       opcode=LOAD, f3=_f3)  # fmt: skip

for _name, _f3, _kind in (("sb", 0, "b"), ("sh", 1, "h"), ("sw", 2, "w"), ("sd", 3, "d")):
    op(_name, Fmt.S, "rs2,imm(rs1)", f"STORE({_kind}, R[rs1] + imm, R[rs2])", ext="I",
       opcode=STORE, f3=_f3)  # fmt: skip

for _name, _f3, _sem in (
    ("addi", 0, "S64(R[rs1] + imm)"),
    ("slti", 2, "1 if R[rs1] < imm else 0"),
    ("sltiu", 3, "1 if (R[rs1] & M64) < (imm & M64) else 0"),
    ("xori", 4, "R[rs1] ^ imm"),
    ("ori", 6, "R[rs1] | imm"),
    ("andi", 7, "R[rs1] & imm"),
):
    op(_name, Fmt.I, "rd,rs1,imm", f"R[rd] = {_sem}", ext="I", opcode=OP_IMM, f3=_f3)

op("slli", Fmt.SH6, "rd,rs1,shamt", "R[rd] = S64(R[rs1] << imm)", ext="I", opcode=OP_IMM, f3=1,
   top6=0x00)  # fmt: skip
op("srli", Fmt.SH6, "rd,rs1,shamt", "R[rd] = S64((R[rs1] & M64) >> imm)", ext="I",
   opcode=OP_IMM, f3=5, top6=0x00)  # fmt: skip
op("srai", Fmt.SH6, "rd,rs1,shamt", "R[rd] = R[rs1] >> imm", ext="I", opcode=OP_IMM, f3=5,
   top6=0x10)  # fmt: skip

for _name, _f3, _f7, _sem in (
    ("add", 0, 0x00, "S64(R[rs1] + R[rs2])"),
    ("sub", 0, 0x20, "S64(R[rs1] - R[rs2])"),
    ("sll", 1, 0x00, "S64(R[rs1] << (R[rs2] & 63))"),
    ("slt", 2, 0x00, "1 if R[rs1] < R[rs2] else 0"),
    ("sltu", 3, 0x00, "1 if (R[rs1] & M64) < (R[rs2] & M64) else 0"),
    ("xor", 4, 0x00, "R[rs1] ^ R[rs2]"),
    ("srl", 5, 0x00, "S64((R[rs1] & M64) >> (R[rs2] & 63))"),
    ("sra", 5, 0x20, "R[rs1] >> (R[rs2] & 63)"),
    ("or", 6, 0x00, "R[rs1] | R[rs2]"),
    ("and", 7, 0x00, "R[rs1] & R[rs2]"),
    # M extension: same opcode, funct7 = 1.
    ("mul", 0, 0x01, "S64(R[rs1] * R[rs2])"),
    ("mulh", 1, 0x01, "alu.mulh(R[rs1], R[rs2])"),
    ("mulhsu", 2, 0x01, "alu.mulhsu(R[rs1], R[rs2])"),
    ("mulhu", 3, 0x01, "alu.mulhu(R[rs1], R[rs2])"),
    ("div", 4, 0x01, "alu.div(R[rs1], R[rs2])"),
    ("divu", 5, 0x01, "alu.divu(R[rs1], R[rs2])"),
    ("rem", 6, 0x01, "alu.rem(R[rs1], R[rs2])"),
    ("remu", 7, 0x01, "alu.remu(R[rs1], R[rs2])"),
):
    op(_name, Fmt.R, "rd,rs1,rs2", f"R[rd] = {_sem}", ext="M" if _f7 == 1 else "I",
       opcode=OP, f3=_f3, f7=_f7)  # fmt: skip

op("addiw", Fmt.I, "rd,rs1,imm", "R[rd] = S32(R[rs1] + imm)", ext="I", opcode=OP_IMM_32, f3=0)
op("slliw", Fmt.SH5, "rd,rs1,shamt", "R[rd] = S32(R[rs1] << imm)", ext="I", opcode=OP_IMM_32,
   f3=1, f7=0x00)  # fmt: skip
op("srliw", Fmt.SH5, "rd,rs1,shamt", "R[rd] = S32((R[rs1] & M32) >> imm)", ext="I",
   opcode=OP_IMM_32, f3=5, f7=0x00)  # fmt: skip
op("sraiw", Fmt.SH5, "rd,rs1,shamt", "R[rd] = S32(R[rs1]) >> imm", ext="I", opcode=OP_IMM_32,
   f3=5, f7=0x20)  # fmt: skip

for _name, _f3, _f7, _sem in (
    ("addw", 0, 0x00, "S32(R[rs1] + R[rs2])"),
    ("subw", 0, 0x20, "S32(R[rs1] - R[rs2])"),
    ("sllw", 1, 0x00, "S32(R[rs1] << (R[rs2] & 31))"),
    ("srlw", 5, 0x00, "S32((R[rs1] & M32) >> (R[rs2] & 31))"),
    ("sraw", 5, 0x20, "S32(R[rs1]) >> (R[rs2] & 31)"),
    ("mulw", 0, 0x01, "S32(R[rs1] * R[rs2])"),
    ("divw", 4, 0x01, "alu.divw(R[rs1], R[rs2])"),
    ("divuw", 5, 0x01, "alu.divuw(R[rs1], R[rs2])"),
    ("remw", 6, 0x01, "alu.remw(R[rs1], R[rs2])"),
    ("remuw", 7, 0x01, "alu.remuw(R[rs1], R[rs2])"),
):
    op(_name, Fmt.R, "rd,rs1,rs2", f"R[rd] = {_sem}", ext="M" if _f7 == 1 else "I",
       opcode=OP_32, f3=_f3, f7=_f7)  # fmt: skip

# fence.tso is fence with fm=1000, pred=succ=rw; it must come first to be matched first.
op("fence.tso", Fmt.FENCE, "", "pass", ext="I", opcode=MISC_MEM, f3=0, imm12=0x833, rs1=0,
   rd=0)  # fmt: skip
op("fence", Fmt.FENCE, "pred,succ", "pass", ext="I", opcode=MISC_MEM, f3=0)
op("fence.i", Fmt.I, "", "HART.fence_i()", ext="Zifencei", opcode=MISC_MEM, f3=1,
   serial=True)  # fmt: skip

op("ecall", Fmt.I, "", "HART.ecall()", ext="I", opcode=SYSTEM, f3=0, imm12=0, rs1=0, rd=0,
   serial=True, control=True)  # fmt: skip
op("ebreak", Fmt.I, "", "HART.ebreak(pc)", ext="I", opcode=SYSTEM, f3=0, imm12=1, rs1=0, rd=0,
   serial=True, control=True)  # fmt: skip

# --- Privileged instructions (privileged spec, "Supervisor Instructions" etc.) -------
op("sret", Fmt.R, "", "JUMP(HART.sret())", ext="Priv", opcode=SYSTEM, f3=0, imm12=0x102,
   rs1=0, rd=0, serial=True, control=True)  # fmt: skip
op("mret", Fmt.R, "", "JUMP(HART.mret())", ext="Priv", opcode=SYSTEM, f3=0, imm12=0x302,
   rs1=0, rd=0, serial=True, control=True)  # fmt: skip
op("wfi", Fmt.R, "", "HART.wfi()", ext="Priv", opcode=SYSTEM, f3=0, imm12=0x105, rs1=0,
   rd=0, serial=True)  # fmt: skip
op("sfence.vma", Fmt.R, "rs1,rs2", "HART.sfence_vma(R[rs1], R[rs2], rs1, rs2)", ext="Priv",
   opcode=SYSTEM, f3=0, f7=0x09, rd=0, serial=True)  # fmt: skip

# --- Zicsr -------------------------------------------------------------------------
# A write is skipped when the source is x0 (or a zero immediate) for the set/clear forms,
# and a read is skipped for csrrw/csrrwi into x0: both matter for CSRs with side effects.
for _name, _f3, _fmt, _src, _how in (
    ("csrrw", 1, Fmt.CSR, "R[rs1]", "'w', rd != 0, True"),
    ("csrrs", 2, Fmt.CSR, "R[rs1]", "'s', True, rs1 != 0"),
    ("csrrc", 3, Fmt.CSR, "R[rs1]", "'c', True, rs1 != 0"),
    ("csrrwi", 5, Fmt.CSRI, "rs1", "'w', rd != 0, True"),
    ("csrrsi", 6, Fmt.CSRI, "rs1", "'s', True, rs1 != 0"),
    ("csrrci", 7, Fmt.CSRI, "rs1", "'c', True, rs1 != 0"),
):
    _syntax = "rd,csr,rs1" if _fmt is Fmt.CSR else "rd,csr,zimm"
    op(_name, _fmt, _syntax, f"R[rd] = HART.csr_access(csr, {_src}, {_how})", ext="Zicsr",
       opcode=SYSTEM, f3=_f3, serial=True)  # fmt: skip

# --- A: atomics. aq/rl (bits 26:25) are accepted and shown; our harts are sequentially
# consistent, which satisfies every ordering the bits can ask for.
for _w, _f3 in (("w", 2), ("d", 3)):
    _size = 4 if _w == "w" else 8
    op(f"lr.{_w}", Fmt.R, "rd,(rs1)", f"R[rd] = HART.lr(R[rs1], {_size})", ext="A",
       opcode=AMO, f3=_f3, f5=0x02, rs2=0)  # fmt: skip
    op(f"sc.{_w}", Fmt.R, "rd,rs2,(rs1)", f"R[rd] = HART.sc(R[rs1], {_size}, R[rs2])",
       ext="A", opcode=AMO, f3=_f3, f5=0x03)  # fmt: skip
    for _name, _f5 in (
        ("swap", 0x01),
        ("add", 0x00),
        ("xor", 0x04),
        ("and", 0x0C),
        ("or", 0x08),
        ("min", 0x10),
        ("max", 0x14),
        ("minu", 0x18),
        ("maxu", 0x1C),
    ):
        op(f"amo{_name}.{_w}", Fmt.R, "rd,rs2,(rs1)",
           f"R[rd] = HART.amo(R[rs1], {_size}, alu.amo_{_name}, R[rs2])", ext="A",
           opcode=AMO, f3=_f3, f5=_f5)  # fmt: skip

# --- F and D ---------------------------------------------------------------------------
# Singles live NaN-boxed in the 64-bit f registers: read through fp.unbox, written
# through fp.box ("NaN Boxing of Narrower Values"). Doubles use the pattern as it is.
op("flw", Fmt.I, "frd,imm(rs1)", "F[rd] = fp.box(LOAD(wu, R[rs1] + imm))", ext="F",
   opcode=LOAD_FP, f3=2, fp=True)  # fmt: skip
op("fld", Fmt.I, "frd,imm(rs1)", "F[rd] = LOAD(du, R[rs1] + imm)", ext="D", opcode=LOAD_FP,
   f3=3, fp=True)  # fmt: skip
op("fsw", Fmt.S, "frs2,imm(rs1)", "STORE(w, R[rs1] + imm, F[rs2])", ext="F", opcode=STORE_FP,
   f3=2, fp=True)  # fmt: skip
op("fsd", Fmt.S, "frs2,imm(rs1)", "STORE(d, R[rs1] + imm, F[rs2])", ext="D", opcode=STORE_FP,
   f3=3, fp=True)  # fmt: skip

RM_DYN = "fp.resolve_rm(FP, rm)"

for _s, _W, _f2, _ext in (("s", 32, 0, "F"), ("d", 64, 1, "D")):
    _ub = "fp.unbox" if _W == 32 else ""  # read a register as a value of this format
    _bx = "fp.box" if _W == 32 else ""  # write a value of this format into a register
    _a, _b, _c = f"{_ub}(F[rs1])", f"{_ub}(F[rs2])", f"{_ub}(F[rs3])"

    for _name, _opc in (("fmadd", MADD), ("fmsub", MSUB), ("fnmsub", NMSUB), ("fnmadd", NMADD)):
        op(f"{_name}.{_s}", Fmt.R4, "frd,frs1,frs2,frs3,rm",
           f"F[rd] = {_bx}(fp.{_name}({_W}, FP, {_a}, {_b}, {_c}, {RM_DYN}))", ext=_ext,
           opcode=_opc, f2=_f2, fp=True)  # fmt: skip

    for _name, _f5 in (("add", 0x00), ("sub", 0x01), ("mul", 0x02), ("div", 0x03)):
        op(f"f{_name}.{_s}", Fmt.R, "frd,frs1,frs2,rm",
           f"F[rd] = {_bx}(fp.{_name}({_W}, FP, {_a}, {_b}, {RM_DYN}))", ext=_ext,
           opcode=OP_FP, f5=_f5, f2=_f2, fp=True)  # fmt: skip
    op(f"fsqrt.{_s}", Fmt.R, "frd,frs1,rm", f"F[rd] = {_bx}(fp.sqrt({_W}, FP, {_a}, {RM_DYN}))",
       ext=_ext, opcode=OP_FP, f5=0x0B, f2=_f2, rs2=0, fp=True)  # fmt: skip

    for _name, _f3 in (("sgnj", 0), ("sgnjn", 1), ("sgnjx", 2)):
        op(f"f{_name}.{_s}", Fmt.R, "frd,frs1,frs2", f"F[rd] = {_bx}(fp.{_name}({_W}, {_a}, {_b}))",
           ext=_ext, opcode=OP_FP, f5=0x04, f2=_f2, f3=_f3, fp=True)  # fmt: skip
    for _name, _f3 in (("min", 0), ("max", 1)):
        op(f"f{_name}.{_s}", Fmt.R, "frd,frs1,frs2",
           f"F[rd] = {_bx}(fp.f{_name}({_W}, FP, {_a}, {_b}))", ext=_ext, opcode=OP_FP,
           f5=0x05, f2=_f2, f3=_f3, fp=True)  # fmt: skip
    for _name, _f3 in (("le", 0), ("lt", 1), ("eq", 2)):
        op(f"f{_name}.{_s}", Fmt.R, "rd,frs1,frs2", f"R[rd] = fp.f{_name}({_W}, FP, {_a}, {_b})",
           ext=_ext, opcode=OP_FP, f5=0x14, f2=_f2, f3=_f3, fp=True)  # fmt: skip
    op(f"fclass.{_s}", Fmt.R, "rd,frs1", f"R[rd] = fp.fclass({_W}, {_a})", ext=_ext,
       opcode=OP_FP, f5=0x1C, f2=_f2, f3=1, rs2=0, fp=True)  # fmt: skip

    for _t, _bits, _signed, _code in (
        ("w", 32, True, 0),
        ("wu", 32, False, 1),
        ("l", 64, True, 2),
        ("lu", 64, False, 3),
    ):
        op(f"fcvt.{_t}.{_s}", Fmt.R, "rd,frs1,rm",
           f"R[rd] = fp.to_int({_W}, FP, {_a}, {RM_DYN}, {_bits}, {_signed})", ext=_ext,
           opcode=OP_FP, f5=0x18, f2=_f2, rs2=_code, fp=True)  # fmt: skip
        # int -> double is exact for 32-bit ints, and GNU shows no rounding mode for it.
        _syntax = "frd,rs1" if _W == 64 and _bits == 32 else "frd,rs1,rm"
        op(f"fcvt.{_s}.{_t}", Fmt.R, _syntax,
           f"F[rd] = {_bx}(fp.from_int({_W}, FP, R[rs1], {RM_DYN}, {_bits}, {_signed}))",
           ext=_ext, opcode=OP_FP, f5=0x1A, f2=_f2, rs2=_code, fp=True)  # fmt: skip

op("fcvt.s.d", Fmt.R, "frd,frs1,rm", f"F[rd] = fp.box(fp.convert(32, 64, FP, F[rs1], {RM_DYN}))",
   ext="D", opcode=OP_FP, f5=0x08, f2=0, rs2=1, fp=True)  # fmt: skip
op("fcvt.d.s", Fmt.R, "frd,frs1",
   f"F[rd] = fp.convert(64, 32, FP, fp.unbox(F[rs1]), {RM_DYN})", ext="D", opcode=OP_FP,
   f5=0x08, f2=1, rs2=0, fp=True)  # fmt: skip

# Moves between register files copy bits: no rounding, no flags, no NaN canonicalization.
op("fmv.x.w", Fmt.R, "rd,frs1", "R[rd] = S32(F[rs1])", ext="F", opcode=OP_FP, f5=0x1C, f2=0,
   f3=0, rs2=0, fp=True)  # fmt: skip
op("fmv.w.x", Fmt.R, "frd,rs1", "F[rd] = fp.box(R[rs1] & M32)", ext="F", opcode=OP_FP,
   f5=0x1E, f2=0, f3=0, rs2=0, fp=True)  # fmt: skip
op("fmv.x.d", Fmt.R, "rd,frs1", "R[rd] = S64(F[rs1])", ext="D", opcode=OP_FP, f5=0x1C, f2=1,
   f3=0, rs2=0, fp=True)  # fmt: skip
op("fmv.d.x", Fmt.R, "frd,rs1", "F[rd] = R[rs1] & M64", ext="D", opcode=OP_FP, f5=0x1E, f2=1,
   f3=0, rs2=0, fp=True)  # fmt: skip


BY_NAME: dict[str, Op] = {o.name: o for o in OPS}
assert len(BY_NAME) == len(OPS), "duplicate mnemonic in the instruction table"
