"""`groundup objdump -d` against GNU objdump 2.40, byte for byte.

The corpus, assembled by the oracle gcc (-march=rv64gc):

* raw encodings (`.insn`): every op of the table at boundary operands (the cases
  of tests/test_encoding.py), all 4096 CSR numbers, all 4096 fence fm/pred/succ
  fields, all 49152 16-bit parcels (every compressed form, hint and reserved
  encoding), encodings objdump does not know, 48/64/80-bit lengths, and random
  words; one long section, so the lui/auipc address tracking is exercised at random;
* assembly source, once with compressed instructions and once under
  `.option norvc`: the raw-form disassembly of every case re-assembled, the
  pseudo-instructions (li, la, call, tail, bgt ...), every rounding mode and
  aq/rl suffix by name, every fence set, the lui/auipc address-comment patterns,
  and a layout section with data in code, zero runs, object symbols, several
  symbols on one address, code before the first symbol and a section with none.

Then linked static executables: the benchmark workload (rv64imc) and the test
programs (rv64gc, -O2, a few at -O0 and stripped), and relocatable objects of a
few programs. Each listing is compared with and without `-M no-aliases`.
"""

from __future__ import annotations

import difflib
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402
from test_encoding import op_cases  # noqa: E402

from groundup.asm.csrnames import CSR_NAMES  # noqa: E402
from groundup.asm.disasm import ALIASES, Disassembler  # noqa: E402
from groundup.asm.objdump import objdump  # noqa: E402
from groundup.isa.decode import decode  # noqa: E402
from groundup.isa.table import OPS  # noqa: E402

pytestmark = oracle.requires_oracle("gcc", "objdump")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORKLOAD = Path("/work/shared/bench/workload.c")
WORKLOAD_FLAGS = ("-nostdlib", "-ffreestanding", "-fno-builtin", "-static", "-fno-pic",
                  "-no-pie", "-march=rv64imc", "-mabi=lp64")  # fmt: skip
PROGRAMS = sorted((HERE / "programs").glob("*.c"))
INSN_LINE = re.compile(r"^ *[0-9a-f]+:\t", re.MULTILINE)


# --- comparing -----------------------------------------------------------------------


def compare(obj: Path) -> int:
    """Assert that our listing of `obj` equals objdump's in both views; return the
    number of instruction/data lines."""
    data = obj.read_bytes()
    for no_aliases in (False, True):
        args = ["-d", "-M", "no-aliases"] if no_aliases else ["-d"]
        want = oracle.objdump(obj, args)
        got = objdump(data, "input", no_aliases)
        if got != want:
            pytest.fail(_mismatch(want, got, " ".join(args)))
    return len(INSN_LINE.findall(want))


def _mismatch(want: str, got: str, args: str) -> str:
    w, g = want.splitlines(), got.splitlines()
    blocks = difflib.SequenceMatcher(None, w, g, autojunk=False).get_matching_blocks()
    same = sum(block.size for block in blocks)
    diff = list(difflib.unified_diff(w, g, "objdump " + args, "groundup", n=1, lineterm=""))
    return (f"listing differs ({args}): {same} of {len(w)} lines match "
            f"({100 * same / max(len(w), 1):.3f}%)\n" + "\n".join(diff[:60]))  # fmt: skip


def assemble(text: str, name: str) -> Path:
    return oracle.gcc_assemble(text, extra=["-march=rv64gc"], name=name)


# --- the corpus: raw encodings -------------------------------------------------------


def raw_words() -> Iterator[tuple[int, int]]:
    """(size, bits) of every raw encoding in the corpus."""
    for op in OPS:
        for word in sorted({case.word(op) for case in op_cases(op)}):
            yield 4, word
    csrrs, csrrwi = 0x00002573, 0x0002D073  # csrrs a0,csr,zero; csrrwi zero,csr,5
    for csr in range(4096):
        yield 4, csrrs | csr << 20
        yield 4, csrrwi | csr << 20
    for fields in range(4096):  # fence fm/pred/succ
        yield 4, 0x0000000F | fields << 20
    for reserved in (1 << 7, 1 << 15, 31 << 7, 31 << 15):  # fence/fence.i rd, rs1 != 0
        yield 4, 0x0FF0000F | reserved
        yield 4, 0x0000100F | reserved
    yield 4, 0x0010100F  # fence.i with an immediate
    for base in (0xD2000053, 0xD2100053, 0x42000053):  # fcvt.d.w/wu/s, every rm
        for rm in range(8):
            yield 4, base | rm << 12 | 10 << 7 | 11 << 15
    for h in range(1 << 16):
        if h & 3 != 3:
            yield 2, h
    rng = random.Random(2040)
    for _ in range(20000):
        w = rng.getrandbits(32) | 3
        if (w >> 2) & 7 != 7:
            yield 4, w


def raw_corpus() -> str:
    lines = [".text", ".globl raw_start", "raw_start:"]
    lines += [f".insn {size}, {bits:#x}" for size, bits in raw_words()]
    # Longer instruction lengths and a reserved one: objdump prints their bytes.
    lines += [".insn 6, 0x1f", ".insn 6, 0x123456789f", ".insn 8, 0x3f", ".insn 10, 0x7f",
              ".insn 8, 0x123456789abcdebf", ".insn 2, 0x707f", "nop"]  # fmt: skip
    return "\n".join(lines) + "\n"


# --- the corpus: assembly source -----------------------------------------------------


def reassembled_cases() -> Iterator[str]:
    """The raw-form disassembly of every case, as assembly source for gas."""
    for op in OPS:
        for word in sorted({case.word(op) for case in op_cases(op)}):
            dis = Disassembler(no_aliases=True, symbolize=_dot_relative)
            text = dis.line(word.to_bytes(4, "little"), 0).partition(" #")[0]
            if "unknown" in text or text.startswith("."):  # not valid assembly
                continue
            yield text.replace("\t", " ")


def _dot_relative(addr: int) -> str:
    offset = addr - (1 << 64) if addr >> 63 else addr
    return f".{offset:+d}"


PSEUDO = """
nop
li a0,0
li a0,31
li a0,-32
li a0,2047
li a0,-2048
li t6,2048
li a1,-1
li a2,0x80000000
li a3,0x7fffffff
li a4,0x123456789abcdef0
li a5,-0x123456789abcdef0
li s0,0xfffff000
mv a0,a1
mv zero,t6
not a0,a1
neg a0,a1
negw a0,a1
sext.w a0,a1
zext.b a0,a1
seqz a0,a1
snez a0,a1
sltz a0,a1
sgtz a0,a1
1: beqz a0,1b
bnez a0,1b
blez a0,1b
bgez a0,1b
bltz a0,1b
bgtz a0,1b
bgt a0,a1,1b
ble a0,a1,1b
bgtu a0,a1,1b
bleu a0,a1,1b
beqz s0,2f
bnez s1,2f
beq zero,zero,2f
2: j 1b
jal 1b
jal t0,1b
jr a0
jr 8(a0)
jalr a0
jalr 8(a0)
jalr t0,a0
jalr t0,8(a0)
ret
call pseudo_far
tail pseudo_far
call undefined_function
la a0,pseudo_data
lla a1,pseudo_data
lw a2,pseudo_data
sd a3,pseudo_data,t0
flw fa0,pseudo_data,t1
fsd fa1,pseudo_data,t2
lui a0,%hi(pseudo_data)
addi a0,a0,%lo(pseudo_data)
ld a1,%lo(pseudo_data)(a0)
csrr a0,mstatus
csrr a0,0x7c0
csrw sstatus,a0
csrs mie,a1
csrc mip,a2
csrwi mscratch,5
csrsi 0x800,31
csrci sie,1
csrrw a0,satp,a1
csrrs a0,mepc,a1
csrrc a0,mcause,a1
csrrwi a0,mtval,0
csrrsi a0,stval,7
csrrci a0,stvec,31
rdcycle a0
rdtime a1
rdinstret a2
frcsr a0
fscsr a1
fscsr a0,a1
frrm a2
fsrm a3
fsrm a2,a3
fsrmi 4
fsrmi a0,4
frflags a4
fsflags a5
fsflags a4,a5
fsflagsi 31
fsflagsi a0,31
fmv.s fa0,fa1
fneg.s fa0,fa1
fabs.s fa0,fa1
fmv.d fs0,fs1
fneg.d fs0,fs1
fabs.d fs0,fs1
fmv.x.w a0,fa0
fmv.w.x fa0,a0
fmv.x.d a0,fa0
fmv.d.x fa0,a0
fcvt.d.w fa0,a0
fcvt.d.wu fa0,a0
fcvt.d.s fa0,fa1
fence
fence rw,rw
fence.tso
fence.i
sfence.vma
sfence.vma a0
sfence.vma a0,a1
wfi
mret
sret
ecall
ebreak
unimp
"""

# objdump's address comments: what each use of a lui/auipc result prints.
TRACKING = """
lui a0,0x12345
li a0,5
addi a1,a0,4
lui a2,0x10
ld a3,8(a2)
lui a3,0x10
sd a3,8(a3)
lui a5,0x30
addi a5,a5,0
lui a5,0x30
mv a5,a5
addi a5,a5,1
lui a5,0x30
addiw a6,a5,-1
lui a5,0x80000
addiw a6,a5,-1
lui a5,0x80000
addi a6,a5,-1
ld a0,8(tp)
ld a0,16(zero)
ld a0,24(gp)
addi a0,zero,12
addi a0,tp,12
addi a0,gp,12
jalr ra,8(zero)
jalr ra,8(tp)
lui tp,0x40
jalr ra,8(tp)
lui t0,0x40
jr t0
lui t0,0x40
jalr zero,8(t0)
lui t0,0x40
flw fa0,4(t0)
lui t0,0x40
fsd fa0,4(t0)
lui s0,0x5
addiw s0,s0,0
lui s0,0x5
addi s0,s0,0
auipc s1,0
addi s1,s1,0
auipc s1,0
ld s1,0(s1)
ld s1,0(s1)
lui s1,1
lr.d a0,(s1)
lui s1,1
lwu a0,8(s1)
lui s1,1
addi zero,s1,8
lui zero,1
ld a0,8(zero)
lui s1,1
lui s1,2
addi s1,s1,5
lui s1,1
xori s1,s1,5
addi s1,s1,5
auipc sp,0x40
addi sp,sp,-32
lui sp,0x40
addi sp,sp,16
lui sp,0x40
addi a0,sp,32
lui s0,0x1f
addi s0,s0,4
"""

# Compressed forms by name (not assemblable under norvc).
COMPRESSED = """
c.addi a0,1
c.addi a0,-32
c.addiw a0,0
c.addiw a0,31
c.li a0,-32
c.lui a0,0x1f
c.lui a0,0xfffe0
c.addi16sp sp,-512
c.addi16sp sp,496
c.addi4spn a0,sp,4
c.addi4spn a5,sp,1020
c.slli a0,63
c.srli a5,1
c.srai s0,63
c.andi a0,-1
c.mv a0,a1
c.add a0,a1
c.sub s0,s1
c.xor s0,a5
c.or a0,a1
c.and a0,a1
c.subw a4,a5
c.addw a4,a5
c.lw a0,124(a5)
c.ld a0,248(a5)
c.sw a0,0(s0)
c.sd a0,8(s0)
c.fld fa0,248(s0)
c.fsd fa0,0(s0)
c.lwsp ra,252(sp)
c.ldsp t6,504(sp)
c.swsp zero,0(sp)
c.sdsp t6,504(sp)
c.fldsp ft0,504(sp)
c.fsdsp ft11,0(sp)
c.jr a0
c.jalr a0
c.ebreak
c.nop
c.unimp
lui t0,0x40
c.jr t0
lui t0,0x40
c.jalr t0
lui a1,0x10
c.ld a2,8(a1)
lui a4,0x20
c.sd a5,8(a4)
lui sp,0x40
c.addi16sp sp,32
lui sp,0x40
c.addi4spn a0,sp,32
auipc sp,0x40
c.ldsp a0,32(sp)
lui sp,0x40
c.addi sp,16
c.lui s0,0x1f
c.addi s0,4
lui s0,0x5
c.addiw s0,4
lui s0,0x5
c.addiw s0,0
"""

# Data in code, zero runs, object symbols, and which symbol names an address.
LAYOUT = """
.section .text.layout,"ax",@progbits
nop
.globl lay_func, lay_alpha, lay_zeta
.weak lay_weak
.type lay_func,@function
.type lay_beta,@function
.size lay_func,4
.size lay_beta,2
lay_local:
lay_beta:
lay_weak:
lay_func:
lay_zeta:
lay_alpha:
nop
.byte 1
.byte 2,3
.half 0x1234
.byte 5
.dword 0x1122334455667788
.word 0x99aabbcc
.byte 7,8,9
.balign 4
addi a0,a0,1
.zero 16
addi a0,a0,2
.dword 0,0
addi a0,a0,3
.zero 3
.byte 0
.balign 4
nop
lay_local2:
.globl lay_g2
lay_g2:
nop
.type lay_obj,@object
.size lay_obj,2
.globl lay_obj
lay_obj:
nop
lay_bb:
.globl lay_cc
lay_cc:
nop
.globl .lay_dot
.globl lay_y4
.lay_dot:
lay_y4:
nop
.type lay_words,@object
lay_words:
.word 0x41424344, 0x45464748, 0x00000000, 0x12345678, 0x0a0b0c0d
nop
lay_tail:
.byte 1,2,3
.section .text.nosym,"ax",@progbits
nop
lui a0,0x10
addi a1,a0,5
j lay_func
.zero 12
.section .text.empty,"ax",@progbits
.section .rodata
.globl pseudo_rodata
pseudo_rodata: .word 1,2,3
.data
.globl pseudo_data
pseudo_data: .word 1
.text
.globl pseudo_far
pseudo_far: ret
"""


def source_corpus(rvc: bool) -> str:
    parts = [".text", "" if rvc else ".option norvc", ".globl src_start", "src_start:"]
    parts += list(reassembled_cases())
    parts += [PSEUDO, TRACKING]
    parts += [f"{op}{order} a0,a1,(a2)" for op in _atomics() for order in _orderings()]
    parts += [f"{lr}{order} a0,(a1)" for lr in ("lr.w", "lr.d") for order in _orderings()]
    parts += [f"fadd.s fa0,fa1,fa2,{rm}" for rm in ("rne", "rtz", "rdn", "rup", "rmm", "dyn")]
    parts += [f"fmadd.d fa0,fa1,fa2,fa3,{rm}" for rm in ("rne", "rtz", "rdn", "rup", "rmm")]
    parts += [f"fcvt.w.d a0,fa0,{rm}" for rm in ("rne", "rtz", "rdn", "rup", "rmm", "dyn")]
    sets = ["i", "o", "r", "w", "io", "ir", "iw", "or", "ow", "rw", "ior", "iow", "irw", "orw",
            "iorw"]  # fmt: skip
    parts += [f"fence {p},{s}" for p in sets for s in sets]
    parts += [f"csrr a0,{name}" for name in sorted(set(CSR_NAMES.values()))[::7]]
    if rvc:
        parts.append(COMPRESSED)
    parts.append(LAYOUT)
    return "\n".join(parts) + "\n"


def _atomics() -> list[str]:
    return [o.name for o in OPS if o.ext == "A" and not o.name.startswith("lr.")]


def _orderings() -> tuple[str, ...]:
    return ("", ".aq", ".rl", ".aqrl")


# --- tests ---------------------------------------------------------------------------


def test_raw_encodings() -> None:
    count = compare(assemble(raw_corpus(), "raw.s"))
    print(f"raw corpus: {count} instructions")
    assert count > 80000


@pytest.mark.parametrize("spec", ["1.9.1", "1.10.0", "1.11.0", "1.12.0"])
def test_csr_names_per_privileged_spec(spec: str) -> None:
    """All 4096 CSR numbers, in a file whose attributes name privileged spec `spec`."""
    major, minor, revision = spec.split(".")
    lines = [f".attribute priv_spec, {major}", f".attribute priv_spec_minor, {minor}",
             f".attribute priv_spec_revision, {revision}", ".text"]  # fmt: skip
    lines += [f".insn 4, {0x00002573 | csr << 20:#x}" for csr in range(4096)]  # csrr a0,csr
    lines += [f".insn 4, {0x0005A073 | csr << 20:#x}" for csr in range(4096)]  # csrs csr,a1
    assert compare(assemble("\n".join(lines) + "\n", f"csr_{spec}.s")) == 8192


@pytest.mark.parametrize("rvc", [True, False], ids=["rvc", "norvc"])
def test_assembly_source(rvc: bool) -> None:
    count = compare(assemble(source_corpus(rvc), f"source_{'rvc' if rvc else 'norvc'}.s"))
    print(f"source corpus ({'rvc' if rvc else 'norvc'}): {count} instructions")
    assert count > 8000


def test_every_alias_row_is_exercised() -> None:
    """Each row of the alias table is the form chosen for some raw corpus encoding."""
    used: set[int] = set()
    for size, bits in raw_words():
        ins = decode(bits)
        if ins is None or ins.size != size:
            continue
        base = ins.cop.name if ins.cop is not None else ins.op.name
        row = next((i for i, a in enumerate(ALIASES) if a.base == base and a.when(ins)), None)
        if row is not None:
            used.add(row)
    unused = [f"{a.name} ({a.base})" for i, a in enumerate(ALIASES) if i not in used]
    assert not unused


def test_workload_executable() -> None:
    elf = oracle.gcc_compile(WORKLOAD, "O2", flags=WORKLOAD_FLAGS, libs=())
    assert compare(elf) > 100


@pytest.mark.parametrize("src", PROGRAMS, ids=lambda p: p.stem)
def test_program_executables(src: Path) -> None:
    assert compare(oracle.gcc_compile(src, "O2")) > 50


@pytest.mark.parametrize("name", ["selfcheck_a", "jump_table", "fp_convert", "coroutine"])
def test_program_variants(name: str) -> None:
    """-O0 executables, relocatable objects and a stripped executable (no symbols)."""
    src = HERE / "programs" / f"{name}.c"
    compare(oracle.gcc_compile(src, "O0"))
    compare(oracle.gcc_compile(src, "Os", link=False))
    elf = oracle.gcc_compile(src, "O2")
    res = oracle.run_tool("objcopy", ["--strip-all", "prog", "stripped"], {"prog": elf},
                          outputs=["stripped"])  # fmt: skip
    compare(res.check().output("stripped"))


# --- bad input -----------------------------------------------------------------------


def _elf_bytes() -> bytes:
    return oracle.gcc_compile(WORKLOAD, "O2", flags=WORKLOAD_FLAGS, libs=()).read_bytes()


def _bad_inputs() -> dict[str, bytes]:
    good = _elf_bytes()
    x86 = bytearray(good)
    x86[18:20] = (62).to_bytes(2, "little")  # e_machine = EM_X86_64
    elf32 = bytearray(good)
    elf32[4] = 1  # EI_CLASS = ELFCLASS32
    return {
        "truncated-header": good[:40],
        "truncated-sections": good[:200],
        "not-elf": b"#!/bin/sh\necho hello\n",
        "empty": b"",
        "x86-64": bytes(x86),
        "elf32": bytes(elf32),
    }


@pytest.mark.parametrize("kind", ["truncated-header", "truncated-sections", "not-elf", "empty",
                                  "x86-64", "elf32"])  # fmt: skip
def test_bad_input_is_one_error_line(kind: str, tmp_path: Path) -> None:
    path = tmp_path / kind
    path.write_bytes(_bad_inputs()[kind])
    proc = subprocess.run([sys.executable, "-m", "groundup", "objdump", "-d", str(path)],
                          capture_output=True, text=True, cwd=REPO, timeout=60)  # fmt: skip
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("groundup: error: "), proc.stderr
    assert str(path) in lines[0]
    assert "Traceback" not in proc.stderr
