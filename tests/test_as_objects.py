"""Whole objects from `groundup as` against GNU as, and what GNU tools make of them.

* gcc -S output: every C program of tests/programs (freestanding) and
  tests/glibc, at -O0 and -O2, with and without -fPIC, assembled by both
  assemblers (default options: linker relaxation on). The sections (names,
  types, flags, sizes, contents), the relocations (offset, type, symbol,
  addend) and the symbols must be the same; the test also records whether the
  files are byte-identical (they are, so far).
* directives and operand forms gcc does not write (a feature corpus of small
  sources), with and without relaxation.
* our objects link with GNU ld (gcc) and the programs run on qemu exactly as
  the all-GNU build does; `readelf -a` warns about none of them.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402

from groundup.asm.assembler import Options, assemble  # noqa: E402
from groundup.elf.constants import R_RISCV, SHT, STT  # noqa: E402
from groundup.elf.reader import ElfFile, read_elf  # noqa: E402
from groundup.elf.writer import write_relocatable  # noqa: E402

pytestmark = oracle.requires_oracle("gcc", "as")

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "programs").glob("*.c"))
GLIBC = sorted((HERE / "glibc").glob("*.c"))
FREESTANDING_S = ("-march=rv64gc", "-mabi=lp64d", "-ffreestanding", "-fno-builtin")
VARIANTS = [("O0", False), ("O2", False), ("O0", True), ("O2", True)]


def gcc_s(src: Path, opt: str, pic: bool, freestanding: bool) -> str:
    """`gcc -S` output for a test program (cached by the oracle)."""
    flags = FREESTANDING_S if freestanding else oracle.RV_FLAGS
    pic_flag = "-fPIC" if pic else "-fno-pic"
    inputs: dict[str, oracle.InputData] = {src.name: src}
    if freestanding:
        inputs |= {h.name: h for h in (HERE / "programs").glob("*.h")}
    res = oracle.run_tool("gcc", [f"-{opt}", *flags, pic_flag, "-S", src.name, "-o", "x.s"],
                          inputs, outputs=["x.s"]).check()  # fmt: skip
    return res.output("x.s").read_text()


def gnu_object(source: str, flags: tuple[str, ...] = ()) -> bytes:
    res = oracle.run_tool("as", ["-march=rv64gc", *flags, "x.s", "-o", "x.o"], {"x.s": source},
                          outputs=["x.o"]).check()  # fmt: skip
    return res.output("x.o").read_bytes()


def our_object(source: str, relax: bool = True) -> bytes:
    return write_relocatable(assemble(source, "x.s", Options(relax=relax)))


# --- comparing -------------------------------------------------------------------------


def relocations(elf: ElfFile) -> dict[str, list[tuple[int, str, str, int]]]:
    """Per relocated section: (offset, type, symbol name, addend)."""
    out = {}
    for rs in elf.relocation_sections:
        assert rs.target is not None
        rows = []
        for r in rs.relocations:
            sym = rs.symbol(r)
            name = ""
            if sym is not None:
                name = sym.name if sym.type != STT.SECTION else elf.sections[sym.shndx].name
            rows.append((r.offset, R_RISCV(r.type).name, name, r.addend))
        out[rs.target.name] = rows
    return out


def differences(ours: bytes, gnu: bytes) -> list[str]:
    """What differs between two objects, in the terms the acceptance criteria use."""
    a, b = read_elf(ours, "groundup"), read_elf(gnu, "gnu")
    problems = []
    shape = [(s.name, s.type, s.flags, s.size, s.addralign, s.entsize) for s in a.sections]
    want = [(s.name, s.type, s.flags, s.size, s.addralign, s.entsize) for s in b.sections]
    if shape != want:
        problems.append(f"section headers differ:\n  {shape}\n  {want}")
    for sec, other in zip(a.sections, b.sections, strict=False):  # several may be `.group`
        tables = sec.type in (SHT.SYMTAB, SHT.STRTAB, SHT.RELA)  # compared below, by meaning
        if sec.name == other.name and not tables and a.contents(sec) != b.contents(other):
            problems.append(f"contents of {sec.name} [{sec.index}] differ")
    ra, rb = relocations(a), relocations(b)
    for name in sorted(set(ra) | set(rb)):
        if ra.get(name) != rb.get(name):
            x, y = ra.get(name, []), rb.get(name, [])
            first = next((i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q),
                         min(len(x), len(y)))  # fmt: skip
            problems.append(f"relocations of {name} differ at entry {first}: "
                            f"{x[first:first + 2]} vs {y[first:first + 2]}")  # fmt: skip
    sa = [(s.name, s.value, s.size, s.info, s.other, s.shndx) for s in a.symbols]
    sb = [(s.name, s.value, s.size, s.info, s.other, s.shndx) for s in b.symbols]
    if sa != sb:
        first = next((i for i, (p, q) in enumerate(zip(sa, sb, strict=False)) if p != q),
                     min(len(sa), len(sb)))  # fmt: skip
        problems.append(
            f"symbol {first} differs: {sa[first : first + 1]} vs {sb[first : first + 1]}"
        )
    if a.header.flags != b.header.flags:
        problems.append(f"e_flags {a.header.flags:#x} vs {b.header.flags:#x}")
    return problems


def check_same(source: str, relax: bool = True) -> bool:
    """Assert the objects agree; return whether they are byte-identical."""
    gnu = gnu_object(source, () if relax else ("-mno-relax",))
    ours = our_object(source, relax)
    problems = differences(ours, gnu)
    assert not problems, "\n".join(problems)
    return ours == gnu


# --- gcc -S output ---------------------------------------------------------------------


def _variant_id(v: tuple[str, bool]) -> str:
    return f"{v[0]}{'-pic' if v[1] else ''}"


@pytest.mark.parametrize("variant", VARIANTS, ids=_variant_id)
@pytest.mark.parametrize("src", PROGRAMS, ids=lambda p: p.stem)
def test_program_objects(src: Path, variant: tuple[str, bool]) -> None:
    source = gcc_s(src, *variant, freestanding=True)
    assert check_same(source), "not byte-identical (but equivalent)"


@pytest.mark.parametrize("variant", VARIANTS, ids=_variant_id)
@pytest.mark.parametrize("src", GLIBC, ids=lambda p: p.stem)
def test_glibc_objects(src: Path, variant: tuple[str, bool]) -> None:
    source = gcc_s(src, *variant, freestanding=False)
    assert check_same(source), "not byte-identical (but equivalent)"


@pytest.mark.parametrize("src", PROGRAMS[::4], ids=lambda p: p.stem)
def test_program_objects_without_relaxation(src: Path) -> None:
    assert check_same(gcc_s(src, "O2", False, freestanding=True), relax=False)


# --- features gcc does not use ---------------------------------------------------------

FEATURES = {
    "data": """
        .data
        a: .byte 1, 2, -1, 255
        .half 0x1234, -2
        .short 7
        .2byte 8
        .word 0x12345678, -1
        .long 5
        .4byte 6
        .dword 0x123456789abcdef0
        .quad -1
        .8byte 3
        .zero 5
        .space 3, 0x41
        .skip 2
        .fill 3, 2, 0x1234
        .fill 2, 8, -1
        .ascii "ab\\n\\t\\x41\\101", "c"
        .asciz "zz"
        .string "str\\"q"
        .balign 8
        .float 1.5, -2.25
        .double 3.14159, -0.0
        .p2align 4, 0xff
        .byte 9
        .align 3
        .uleb128 300
        .sleb128 -129
    """,
    "symbols": """
        .globl g1, g2
        .weak w1
        .hidden h1
        .protected p1
        .type g1, @function
        .type o1, @object
        .type t1, %function
        .type tl, @tls_object
        .text
        g1: nop
        .size g1, .-g1
        g2: ret
        .size g2, 2
        w1: nop
        h1: nop
        p1: nop
        .data
        o1: .word 1
        .size o1, 4
        .equ E1, 42
        .set E2, E1*2+1
        E3 = E2 - 1
        .equiv E4, 7
        .L5 = 3
        .word E1, E2, E3, E4, .L5
        .comm cm, 16, 8
        .comm cm2, 4
        .local lc
        .comm lc, 32, 16
        .lcomm lcm, 8
        .section .tbss,"awT",@nobits
        tl: .zero 8
        .text
        la a0, lc
        la a1, lcm
        la a2, cm
        lui a3, %tprel_hi(tl)
    """,
    "sections": """
        .section .rodata
        r: .word 1
        .section .rodata.str1.1,"aMS",@progbits,1
        s: .string "hello"
        .section .text.hot,"ax",@progbits
        h: nop
        .section .data.rel.ro,"aw"
        .dword r, s, h
        .pushsection .sdata,"aw"
        sd: .word 2
        .popsection
        .dword sd
        .section .init_array,"aw"
        .dword h
        .section .note.GNU-stack,"",@progbits
        .section .bss
        .zero 16
        .text
        nop
        .previous
        .zero 3
        .section .tdata,"awT",@progbits
        .word 4
        .section "quoted.sec","a"
        .byte 1
        .section .comment
        .text 0
        nop
    """,
    "differences": """
        .text
        f: nop
        1: nop
        .word 1b - f, 2f - 1b
        2: addi a0,a0,1
        .data
        d0: .word 0
        d1: .dword f, f+4, d1-d0, 2b-f, 1b-.
        .half d1-d0
        .byte d1-d0
        .word .-d0
        .section .rodata
        j: .word 2b - j, f - j
    """,
    "branches": """
        .text
        .globl G
        .weak W
        f: beqz a0, f
        beq a0, a1, f
        bnez a5, g
        j f
        j ext
        jal ext
        jal t0, f
        beqz a0, ext
        beq a0, a1, ext
        beqz s0, W
        beqz a0, G
        G: nop
        W: nop
        call f
        tail ext
        jump ext, t2
        call ext@plt
        .section .text.other,"ax"
        g: beqz a0, f
        j f
    """,
    "alignment": """
        .text
        nop
        .align 2
        nop
        .align 3
        addi a0,a0,1
        .word 5
        .balign 16
        .byte 1
        .p2align 3
        nop
        .align 4, 0
        .byte 2
        .p2align 5,,4
        nop
        .option norvc
        .align 3
        nop
        .option rvc
        .data
        .byte 1
        .align 3
        .byte 2
        .balign 16, 0xaa
    """,
    "options": """
        .text
        nop
        .option push
        .option norvc
        nop
        .option norelax
        la a0, x
        .option pop
        nop
        la a0, x
        .option pic
        la a0, x
        .option nopic
        la a0, x
        .option relax
        call x
        .option norelax
        call x
        tail x
        .option relax
        .option arch, -c
        nop
        .option arch, +c
        nop
    """,
    "tls_and_symbols": """
        .text
        la.tls.ie a0, t1
        la.tls.gd a1, t2
        lui a2, %tprel_hi(t3)
        add a2, a2, tp, %tprel_add(t3)
        ld a2, %tprel_lo(t3)(a2)
        1: auipc a3, %tls_ie_pcrel_hi(t4)
        ld a3, %pcrel_lo(1b)(a3)
        2: auipc a3, %tls_gd_pcrel_hi(t5)
        addi a3, a3, %pcrel_lo(2b)
        3: auipc a4, %got_pcrel_hi(g)
        ld a4, %pcrel_lo(3b)(a4)
        .Lp: auipc a5, %pcrel_hi(g+8)
        lw a5, %pcrel_lo(.Lp)(a5)
        sw a5, %pcrel_lo(.Lp)(a5)
        lb a0, g
        lh a0, g+2
        lwu a0, g
        sd a0, g, t0
        flw fa0, g, t0
        fsd fa0, g, t0
        lla a0, g
        lui a0, %hi(g+0x1801)
        addi a0, a0, %lo(g+0x1801)
        lui a0, %tprel_hi(g-0x800)
    """,
    "groups": """
        .text
        nop
        .section .text.foo,"axG",@progbits,foo,comdat
        .globl foo
        foo: nop
        .section .rodata.foo,"aG",@progbits,foo,comdat
        .word 1
        .section .data.bar,"awG",@progbits,bargroup
        .word foo
        .section .text.b,"axG",@progbits,g2,comdat
        call foo
        .section .rodata.m,"aMSG",@progbits,1,g2,comdat
        .string "merged"
        .ident "x"
    """,
    "misc": """
        .file "misc.c"
        .ident "hello"
        .ident "world"
        .attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
        .attribute unaligned_access, 0
        .attribute stack_align, 16
        .text
        csrr a0, mstatus
        nop ; nop ; addi a0, a0, 1 # comment
        /* block
        comment */ nop
        x: y: nop
        .insn 0x13
        .insn 4, 0x00000013
        .insn 2, 0x0001
    """,
}


@pytest.mark.parametrize("relax", [True, False], ids=["relax", "norelax"])
@pytest.mark.parametrize("name", sorted(FEATURES))
def test_features(name: str, relax: bool) -> None:
    source = "\n".join(line.strip() for line in FEATURES[name].splitlines()) + "\n"
    check_same(source, relax)


def random_layout(seed: int) -> str:
    """Branches and jumps among labels, nop runs, skips and alignments: relaxation's cases."""
    rng = random.Random(seed)
    labels = [f"L{i}" for i in range(rng.randint(3, 24))]
    ops = ["beqz a0", "bnez s1", "beq a0,a1", "blt t0,t1", "beqz t6", "bgt a0,a1"]
    lines = []
    for _ in range(rng.randint(20, 80)):
        r = rng.random()
        if r < 0.25:
            lines.append(f"{rng.choice(labels)}:")
        elif r < 0.45:
            lines.append(f"\t{rng.choice(ops)}, {rng.choice(labels)}")
        elif r < 0.55:
            lines.append(f"\t{rng.choice(['j', 'jal', 'call'])} {rng.choice(labels)}")
        elif r < 0.65:
            lines.append(f"\t.skip {rng.choice([2, 4, 100, 240, 250, 1000, 1900, 2000])}")
        elif r < 0.7:
            lines.append(f"\t.balign {rng.choice([4, 8, 16])}")
        elif r < 0.72:
            lines.append(rng.choice(["\t.option norvc", "\t.option rvc"]))
        else:
            lines.append(rng.choice(["\tnop", "\taddi a0,a0,1", "\tadd a0,a1,a2", "\tla a0, L1"]))
    defined: set[str] = set()
    out = []
    for line in lines:
        if line.endswith(":"):
            if line in defined:
                continue
            defined.add(line)
        out.append(line)
    out += [f"{name}:" for name in labels if f"{name}:" not in defined]
    return "\n".join(out) + "\n\tnop\n"


@pytest.mark.parametrize("relax", [True, False], ids=["relax", "norelax"])
@pytest.mark.parametrize("seed", range(60))
def test_random_branch_layouts(seed: int, relax: bool) -> None:
    """Branch relaxation chooses every form as GNU's does, alignment and all."""
    assert check_same(random_layout(seed), relax)


# --- linking and running ---------------------------------------------------------------


def _link(obj: bytes, name: str, flags: tuple[str, ...], libs: tuple[str, ...]) -> Path:
    res = oracle.run_tool("gcc", [*flags, "x.o", "-o", name, *libs], {"x.o": obj},
                          outputs=[name]).check()  # fmt: skip
    return res.output(name)


@pytest.mark.parametrize("opt", ["O0", "O2"])
@pytest.mark.parametrize("src", PROGRAMS, ids=lambda p: p.stem)
def test_programs_link_and_run(src: Path, opt: str) -> None:
    oracle.require("qemu")
    source = gcc_s(src, opt, False, freestanding=True)
    elf = _link(our_object(source), "prog", oracle.FREESTANDING_FLAGS, oracle.LINK_LIBS)
    gnu = _link(gnu_object(source), "prog", oracle.FREESTANDING_FLAGS, oracle.LINK_LIBS)
    got, want = oracle.qemu_run(elf), oracle.qemu_run(gnu)
    assert (got.stdout, got.status) == (want.stdout, want.status)
    assert want.status == oracle.qemu_run(oracle.gcc_compile(src, opt)).status


@pytest.mark.parametrize("opt", ["O0", "O2"])
@pytest.mark.parametrize("src", GLIBC, ids=lambda p: p.stem)
def test_glibc_link_and_run(src: Path, opt: str) -> None:
    oracle.require("qemu")
    source = gcc_s(src, opt, False, freestanding=False)
    elf = _link(our_object(source), "prog", ("-static", *oracle.RV_FLAGS), ("-lm",))
    gnu = _link(gnu_object(source), "prog", ("-static", *oracle.RV_FLAGS), ("-lm",))
    got, want = oracle.qemu_run(elf, ["."]), oracle.qemu_run(gnu, ["."])
    assert (got.stdout, got.stderr, got.status) == (want.stdout, want.stderr, want.status)


@pytest.mark.parametrize("src", PROGRAMS + GLIBC, ids=lambda p: p.stem)
def test_readelf_has_no_warnings(src: Path) -> None:
    oracle.require("readelf")
    ours = our_object(gcc_s(src, "O2", True, freestanding=src.parent.name == "programs"))
    res = oracle.run_tool("readelf", ["-a", "-W", "x.o"], {"x.o": ours})
    assert res.status == 0 and res.stderr == b"", res.stderr.decode(errors="replace")
    assert b"Warning" not in res.stdout


@pytest.mark.parametrize("src", PROGRAMS[::6] + GLIBC[::8], ids=lambda p: p.stem)
def test_our_readelf_and_objdump_on_our_objects(src: Path, tmp_path: Path) -> None:
    """groundup readelf -a -W and objdump -dr print what GNU's tools print for an object
    that groundup as wrote (the inspection tools, on the assembler's output)."""
    oracle.require("readelf", "objdump")
    path = tmp_path / "x.o"
    freestanding = src.parent.name == "programs"
    path.write_bytes(our_object(gcc_s(src, "O2", False, freestanding=freestanding)))
    for tool, args in (("readelf", ["-a", "-W"]), ("objdump", ["-dr"])):
        ours = subprocess.run(
            [sys.executable, "-m", "groundup", tool, *args, str(path)],
            capture_output=True, cwd=tmp_path,
        )  # fmt: skip
        gnu = oracle.run_tool(tool, [*args, "x.o"], {"x.o": path})
        expected = gnu.stdout.replace(b"input", b"x.o")
        assert ours.stdout.replace(str(path).encode(), b"x.o") == expected, tool
