"""`groundup ld` errors: the words GNU ld uses, exit status 1, no output file left.

Where GNU ld and groundup ld see the same problem the same way, the messages are
compared whole (without the program-name prefix): undefined references (with the
"in function" line and the "more undefined references" cut-off), multiple
definitions, relocations that do not fit (too far, or misaligned), missing inputs.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import oracle
import pytest
from test_ld import (
    PREFIX,
    gnu_as,
    gnu_ld,
    ld,
    our_as,
    without_prefix,
)

from groundup.elf.constants import R_RISCV, SHF, SHT, STB, STT
from groundup.elf.writer import ObjectFile, Relocation, SectionData, SymbolData, write_relocatable

pytestmark = oracle.requires_oracle("gcc", "as", "ld", "qemu")


def compile_c(tmp_path: Path, name: str, source: str, opt: str = "O2") -> Path:
    """gcc -c (cached); the object is copied into tmp_path as NAME.o."""
    src = tmp_path / f"{name}.c"
    src.write_text(source)
    obj = oracle.gcc_compile(src, opt, flags=(*oracle.RV_FLAGS, "-fno-pic"), link=False)
    shutil.copyfile(obj, tmp_path / f"{name}.o")
    return tmp_path / f"{name}.o"


def both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> tuple[str, str]:
    """(groundup ld's stderr, GNU ld's stderr) for the same command line, prefixes removed;
    each must fail and leave no output."""
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.write_bytes(b"stale")  # a failed link removes even an old output
    ours = ld("-o", "out", *args)
    assert ours.status == 1 and not out.exists(), ours.stderr
    inputs = {a: tmp_path / a for a in args if (tmp_path / a).is_file()}
    gnu = gnu_ld(["-o", "out", *args], dict(inputs), output="out")  # type: ignore[arg-type]
    assert gnu.status == 1 and "out" not in gnu.outputs
    return normal(ours.stderr), normal(gnu.stderr.decode())


def normal(stderr: str) -> str:
    """Without the program's name, and the default entry (the layouts differ) as ADDR."""
    return re.sub(r"defaulting to [0-9a-f]{16}", "defaulting to ADDR", without_prefix(stderr))


UNDEFINED = """
extern int foo(void);
extern int baz(void);
int main(void) { return foo() + baz() + foo() + foo() + foo() + foo() + foo() + foo(); }
int g(void) { return foo(); }
"""


def test_undefined_references(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compile_c(tmp_path, "u", UNDEFINED, "O0")
    ours, gnu = both(tmp_path, monkeypatch, ["u.o"])
    assert ours == gnu
    assert ours.splitlines()[1:4] == ["u.o: in function `main':",
                                      "u.c:(.text+0xa): undefined reference to `foo'",
                                      "u.c:(.text+0x16): undefined reference to `baz'"]  # fmt: skip
    assert (
        ours.splitlines()[-1] == "u.o:u.c:(.text+0x76): more undefined references to `foo' follow"
    )


def test_undefined_reference_in_each_function(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    compile_c(tmp_path, "v", "extern int a(void), b(void);\nint f(void) { return a(); }\n"
              "int g(void) { return b(); }\nvoid _start(void) { f(); g(); }\n")  # fmt: skip
    ours, gnu = both(tmp_path, monkeypatch, ["v.o"])
    assert ours == gnu
    assert "v.o: in function `f':\nv.c:(.text+0x0): undefined reference to `a'" in ours
    assert "v.o: in function `g':\nv.c:(.text+0x8): undefined reference to `b'" in ours


def test_multiple_definition(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compile_c(tmp_path, "a", "int shared = 1;\nint twice(void) { return 1; }\n"
              "void _start(void) {}\n", "O0")  # fmt: skip
    compile_c(tmp_path, "b", "int shared = 2;\nint twice(void) { return 2; }\n", "O0")
    ours, gnu = both(tmp_path, monkeypatch, ["a.o", "b.o"])
    assert ours == gnu
    assert ("b.o:(.sdata+0x0): multiple definition of `shared'; a.o:(.sdata+0x0): first "
            "defined here") in ours  # fmt: skip
    assert ("b.o: in function `twice':\nb.c:(.text+0x0): multiple definition of `twice'; "
            "a.o:a.c:(.text+0x0): first defined here") in ours  # fmt: skip


FAR_JAL = """
    .globl _start
    .text
_start:
    jal far
    .data
    .skip 0x200000
    .section .sdata,"aw"
    .globl far
far: .word 0
"""


@pytest.mark.parametrize("assembler", ["gnu", "groundup"])
def test_jal_out_of_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, assembler: str) -> None:
    obj = gnu_as(FAR_JAL) if assembler == "gnu" else our_as(FAR_JAL, tmp_path / "x.o")
    shutil.copyfile(obj, tmp_path / "far.o")
    ours, gnu = both(tmp_path, monkeypatch, ["far.o"])
    assert ours == gnu == ("far.o: in function `_start':\n(.text+0x0): relocation truncated to "
                           "fit: R_RISCV_JAL against symbol `far' defined in .sdata section in "
                           "far.o\n")  # fmt: skip


ABSOLUTE = """
    .globl _start
    .text
_start:
    lui a0, %hi(big)
    lla a1, far
"""


@pytest.mark.parametrize("symbols,reloc,name", [
    (["--defsym", "big=0x90000000", "--defsym", "far=0"], "R_RISCV_HI20", "big"),
    (["--defsym", "big=0", "--defsym", "far=0x300000000"], "R_RISCV_PCREL_HI20", "far"),
])  # fmt: skip
def test_hi20_out_of_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, symbols: list[str],
                           reloc: str, name: str) -> None:  # fmt: skip
    our_as(ABSOLUTE, tmp_path / "abs.o")
    ours, gnu = both(tmp_path, monkeypatch, ["--no-relax", *symbols, "abs.o"])
    # GNU ld calls the nearest label the function, here the assembler's temporary for `lla`
    assert ours == gnu.replace("in function `.L0 '", "in function `_start'")
    assert ours.endswith(f"relocation truncated to fit: {reloc} against symbol `{name}' "
                         "defined in *ABS* section in out\n")  # fmt: skip


def handmade(path: Path, code: bytes, rtype: int, target: int, gap: int,
             extra: tuple[Relocation, ...] = ()) -> Path:  # fmt: skip
    """An object whose .text holds `code` with one relocation at 0 against `far`, which is
    `target` bytes into .text.far, a section of `gap` bytes."""
    text = SectionData(".text", SHT.PROGBITS, SHF.ALLOC | SHF.EXECINSTR, code, len(code), 4,
                       relocations=(Relocation(0, rtype, 2, 0), *extra))  # fmt: skip
    far = SectionData(".text.far", SHT.PROGBITS, SHF.ALLOC | SHF.EXECINSTR, bytes(gap), gap, 4)
    obj = ObjectFile(243, 0x5, (text, far), (
        SymbolData("", 0, 0, STB.LOCAL, STT.NOTYPE),
        SymbolData("_start", 0, 0, STB.GLOBAL, STT.FUNC, section=1),
        SymbolData("far", target, 0, STB.GLOBAL, STT.FUNC, section=2),
    ))  # fmt: skip
    path.write_bytes(write_relocatable(obj))
    return path


@pytest.mark.parametrize("rtype,code,target,gap", [
    (R_RISCV.BRANCH, "63000000", 0x2000, 0x2004),  # beq: ±4 KiB
    (R_RISCV.RVC_BRANCH, "01c0", 0x200, 0x204),  # c.beqz: ±256 bytes
    (R_RISCV.RVC_JUMP, "01a0", 0x1000, 0x1004),  # c.j: ±2 KiB
    (R_RISCV.JAL, "ef000000", 0x3, 0x8),  # jal to an odd address: misaligned
    (R_RISCV.BRANCH, "63000000", 0x11, 0x14),  # beq to an odd address: misaligned
])  # fmt: skip
def test_branches_out_of_range_or_misaligned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             rtype: R_RISCV, code: str, target: int,
                                             gap: int) -> None:  # fmt: skip
    handmade(tmp_path / "b.o", bytes.fromhex(code), rtype, target, gap)
    ours, gnu = both(tmp_path, monkeypatch, ["b.o"])
    name = "R_RISCV_" + rtype.name
    assert ours == gnu == (f"b.o: in function `_start':\n(.text+0x0): relocation truncated to "
                           f"fit: {name} against symbol `far' defined in .text.far section in "
                           "b.o\n")  # fmt: skip


def test_alignment_that_cannot_be_met(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """R_RISCV_ALIGN at an odd offset with 2 bytes of padding: 4-byte alignment needs 3."""
    code = bytes.fromhex("00" + "0100" + "8280")  # a byte, a c.nop of padding, ret
    handmade(tmp_path / "a.o", code, R_RISCV.ALIGN, 0, 4)
    obj = (tmp_path / "a.o").read_bytes()
    # the ALIGN relocation at offset 1 with addend 2 (patched in: `handmade` put it at 0)
    from groundup.elf.reader import read_elf

    elf = read_elf(obj, "a.o")
    rela = next(s for s in elf.sections if s.type == SHT.RELA)
    patched = bytearray(obj)
    patched[rela.offset : rela.offset + 24] = (1).to_bytes(8, "little") + (
        R_RISCV.ALIGN).to_bytes(8, "little") + (2).to_bytes(8, "little")  # fmt: skip
    (tmp_path / "a.o").write_bytes(patched)
    ours, gnu = both(tmp_path, monkeypatch, ["a.o"])
    expected = (
        "a.o(.text+0x1): 3 bytes required for alignment to 4-byte boundary, but only 2 present"
    )
    assert ours == expected + "\n"
    assert expected in gnu


def test_missing_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ours, gnu = both(tmp_path, monkeypatch, ["nothere.o", "-lnothere"])
    assert ours == gnu == ("cannot find nothere.o: No such file or directory\n"
                           "cannot find -lnothere: No such file or directory\n")  # fmt: skip


def test_float_abi_mismatch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = "\n    .globl f{0}\n    .text\nf{0}:\n    ret\n"
    soft = oracle.run_tool("as", ["-mabi=lp64", "-march=rv64imac", "s.s", "-o", "s.o"],
                           {"s.s": src.format(1)}, outputs=["s.o"])  # fmt: skip
    soft = soft.check().output("s.o")
    shutil.copyfile(soft, tmp_path / "soft.o")
    shutil.copyfile(gnu_as(src.format(2) + "    .globl _start\n_start:\n"), tmp_path / "hard.o")
    ours, gnu = both(tmp_path, monkeypatch, ["soft.o", "hard.o"])
    line = "hard.o: can't link double-float modules with soft-float modules\n"
    assert line in ours and line in gnu


def test_not_an_object(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello\n")
    r = ld("-o", tmp_path / "out", tmp_path / "notes.txt")
    assert r.status == 1 and "file format not recognized" in r.stderr
    assert r.stderr.startswith(PREFIX) and not (tmp_path / "out").exists()
    exe = tmp_path / "exe"
    assert ld("-o", exe, our_as("\n    .globl _start\n_start:\n", tmp_path / "s.o")).status == 0
    r = ld("-o", tmp_path / "out", exe)
    assert r.status == 1 and "only relocatable objects (.o) and archives (.a)" in r.stderr


def test_discarded_section_reference(tmp_path: Path) -> None:
    """A local reference into a COMDAT group's copy that was dropped (GNU ld's wording)."""
    group = """
    .section .text.g,"axG",@progbits,g,comdat
    .globl g
g:  ret
local_in_group:
    ret
    .text
    .globl {0}
{0}:
    call local_in_group
"""
    a = our_as(group.format("_start"), tmp_path / "a.o")
    b = our_as(group.format("other"), tmp_path / "b.o")
    r = ld("-o", tmp_path / "out", a, b)
    assert r.status == 1
    assert ("`local_in_group' referenced in section `.text' of "
            f"{b}: defined in discarded section `.text.g' of {b}") in r.stderr  # fmt: skip


def test_damaged_inputs_never_crash(tmp_path: Path) -> None:
    """Bytes flipped at random in objects and archives: a message and status 1 (or a
    link), never a Python exception — for ld, nm and ar alike."""
    import random

    from groundup.link import ar, nm

    main = our_as("\n    .globl _start\n_start:\n    call f\n", tmp_path / "main.o")
    lib = our_as("\n    .globl f\n    .text\nf:\n    .align 3\n    ret\n    .data\n"
                 "    .word f\n", tmp_path / "f.o").read_bytes()  # fmt: skip
    from groundup.link.archive import Member, write_archive

    archive = write_archive([Member("f.o", lib)])
    rng = random.Random(7)
    damaged = tmp_path / "damaged"
    for _ in range(150):
        data = bytearray(rng.choice([lib, archive]))
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        damaged.write_bytes(data)
        assert ld("-o", tmp_path / "out", main, damaged).status in (0, 1)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert nm.main(["-a", str(damaged)]) in (0, 1)
            assert ar.main(["tv", str(damaged)]) in (0, 1)


def test_gnu_warning_sections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """glibc's .gnu.warning.gets: said once, where gets is first used, as GNU ld says it."""
    from test_ld import glibc_link_args

    compile_c(tmp_path, "g", "char *gets(char *);\n"
              "int main(void) { char b[10]; gets(b); gets(b); return 0; }\n")  # fmt: skip
    monkeypatch.chdir(tmp_path)
    args = glibc_link_args([Path("g.o")], ())
    ours = ld("-o", "prog", *args)
    gnu = gnu_ld([*args, "-o", "prog"], {"g.o": tmp_path / "g.o"}, output="prog")
    assert ours.status == gnu.status == 0
    said = without_prefix(ours.stderr)
    assert said == without_prefix(gnu.stderr.decode())
    assert said.startswith("g.o: in function `main':\ng.c:(.text.startup+0x")
    assert said.endswith("): warning: the `gets' function is dangerous and should not be used.\n")
