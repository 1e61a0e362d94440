"""`groundup ld`: links checked against GNU ld, by bytes where the layouts agree and
by running the results (qemu-riscv64 and `groundup run`) where they do not.

Helpers here are shared by the other test_ld_*.py files:

* `ld(*args)` runs `groundup ld` in-process (returns status, stdout, stderr);
* `gnu_as` / `our_as` assemble text with GNU as (cached) or `groundup as`;
* `gnu_ld` runs the oracle ld on named inputs (cached);
* `run_groundup` runs an executable under `python -m groundup run`.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402

from groundup.asm.assembler import Options as AsOptions  # noqa: E402
from groundup.asm.assembler import assemble  # noqa: E402
from groundup.elf.constants import PF, PT, SHT, STB, STV  # noqa: E402
from groundup.elf.reader import ElfFile, read_elf  # noqa: E402
from groundup.elf.writer import write_relocatable  # noqa: E402
from groundup.link import tool  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PREFIX = "groundup ld: "
GNU_PREFIX = re.compile(r"^\S*riscv64-linux-gnu-ld: ", re.M)


@dataclass(frozen=True)
class Result:
    status: int
    stdout: str
    stderr: str


def ld(*args: str | Path) -> Result:
    """`groundup ld ARGS...`, in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = tool.main([str(a) for a in args])
    return Result(status, out.getvalue(), err.getvalue())


def link_ok(*args: str | Path) -> Result:
    r = ld(*args)
    assert r.status == 0, r.stderr
    return r


def gnu_as(text: str, name: str = "input.s", march: str = "rv64gc") -> Path:
    res = oracle.run_tool("as", [f"-march={march}", "-mabi=lp64d", name, "-o", "out.o"],
                          {name: text}, outputs=["out.o"])  # fmt: skip
    return res.check().output("out.o")


def our_as(text: str, out: Path, relax: bool = True) -> Path:
    out.write_bytes(write_relocatable(assemble(text, out.with_suffix(".s").name,
                                               AsOptions(relax=relax))))  # fmt: skip
    return out


def gnu_ld(args: list[str], inputs: dict[str, Path | bytes],
           output: str = "a.out") -> oracle.ToolResult:  # fmt: skip
    return oracle.run_tool("ld", args, dict(inputs), outputs=[output])


def elf_of(path: Path | bytes) -> ElfFile:
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    return read_elf(data, "output")


def section_bytes(elf: ElfFile, name: str) -> bytes:
    sec = elf.section(name)
    assert sec is not None, name
    return elf.contents(sec)


def symbols_of(elf: ElfFile) -> dict[str, int]:
    return {s.name: s.value for s in elf.symbols if s.name}


def groundup_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def run_groundup(elf: Path, args: tuple[str, ...] = (), stdin: bytes = b"",
                 cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    return subprocess.run([sys.executable, "-m", "groundup", "run", str(elf), *args],
                          input=stdin, capture_output=True, cwd=cwd or ROOT,
                          env=groundup_env(), timeout=300, check=False)  # fmt: skip


def without_prefix(text: str) -> str:
    """Error text without the linker's name, so GNU ld's and ours compare."""
    return GNU_PREFIX.sub("", text.replace("\n" + PREFIX, "\n").removeprefix(PREFIX))


def gcc_file(name: str) -> str:
    """Where gcc keeps a startup file or library (crt1.o, crtbeginT.o ...)."""
    res = oracle.run_tool("gcc", [f"-print-file-name={name}"]).check()
    return os.path.normpath(res.stdout.decode().strip())


def gcc_lib_dirs() -> list[str]:
    return sorted({os.path.dirname(gcc_file("libgcc.a")), os.path.dirname(gcc_file("libc.a"))})


def glibc_link_args(objects: list[Path], extra_libs: tuple[str, ...] = ("-lm",)) -> list[str]:
    """The inputs `riscv64-linux-gnu-gcc -static` gives ld (see its -v output)."""
    dirs = [f"-L{d}" for d in gcc_lib_dirs()]
    return ["-static", gcc_file("crt1.o"), gcc_file("crti.o"), gcc_file("crtbeginT.o"), *dirs,
            *map(str, objects), *extra_libs, "--start-group", "-lgcc", "-lgcc_eh", "-lc",
            "--end-group", gcc_file("crtend.o"), gcc_file("crtn.o")]  # fmt: skip


pytestmark = oracle.requires_oracle("gcc", "as", "ld", "qemu")


# --- A first program, and the layout --------------------------------------------------

EXIT42 = """
    .globl _start
    .text
_start:
    lla a0, answer
    lw a0, 0(a0)
    li a7, 93
    ecall
    .section .rodata
answer: .word 42
    .data
counter: .dword 1
    .bss
scratch: .zero 64
"""


def test_first_program_runs(tmp_path: Path) -> None:
    obj = our_as(EXIT42, tmp_path / "exit42.o")
    out = tmp_path / "exit42"
    link_ok("-o", out, obj)
    assert oracle.qemu_run(out).status == 42
    assert run_groundup(out).returncode == 42
    assert os.access(out, os.X_OK)


def test_default_layout(tmp_path: Path) -> None:
    """Headers and code from 0x400000 (R X), read-only data (R), data (R W), page-aligned."""
    out = tmp_path / "exit42"
    link_ok("-o", out, our_as(EXIT42, tmp_path / "exit42.o"))
    elf = elf_of(out)
    loads = [s for s in elf.segments if s.type == PT.LOAD]
    assert [s.flags for s in loads] == [PF.R | PF.X, PF.R, PF.R | PF.W]
    assert loads[0].vaddr == 0x400000 and loads[0].offset == 0  # the ELF header is loaded
    for seg in loads:
        assert seg.vaddr % 0x1000 == 0 and seg.offset % 0x1000 == 0 and seg.align == 0x1000
    assert loads[2].memsz == loads[2].filesz + 64  # .bss
    text = elf.section(".text")
    assert text is not None and elf.header.entry == text.addr
    assert loads[0].vaddr <= text.addr < loads[0].vaddr + loads[0].filesz
    stack = next(s for s in elf.segments if s.type == PT.GNU_STACK)
    assert stack.flags == PF.R | PF.W
    assert elf.header.type == 2 and elf.header.flags == 0x5  # ET_EXEC; RVC, double-float


def test_image_base_and_ttext(tmp_path: Path) -> None:
    obj = our_as(EXIT42, tmp_path / "exit42.o")
    for flags, base, text in ((["--image-base=0x10000"], 0x10000, None),
                              (["-Ttext-segment", "20000"], 0x20000, None),
                              (["-Ttext=0x400000"], 0x3FF000, 0x400000),
                              (["-Ttext", "0x500000"], 0x4FF000, 0x500000)):  # fmt: skip
        out = tmp_path / "a.out"
        link_ok(*flags, "-o", out, obj)
        elf = elf_of(out)
        first = next(s for s in elf.segments if s.type == PT.LOAD)
        assert first.vaddr == base, flags
        if text is not None:
            assert elf.section(".text").addr == text  # type: ignore[union-attr]
        assert oracle.qemu_run(out).status == 42


# --- Relocations: the same bytes as GNU ld -------------------------------------------

RELOCATIONS = r"""
    .option relax
    .cfi_sections .debug_frame
    .globl _start
    .text
_start:
    .cfi_startproc
    lui a0, %hi(target)
    addi a0, a0, %lo(target)
    sw a0, %lo(target)(a1)
1:  auipc a0, %pcrel_hi(target)
    addi a0, a0, %pcrel_lo(1b)
2:  auipc a1, %pcrel_hi(target)
    sd a0, %pcrel_lo(2b)(a1)
    .cfi_def_cfa_offset 16
    call target
    tail target
    jal target
    beq a0, a1, local
    c.beqz a0, local
    c.j local
    lui a5, %tprel_hi(tv)
    add a5, a5, tp, %tprel_add(tv)
    lw a0, %tprel_lo(tv)(a5)
    sw a0, %tprel_lo(tv)(a5)
    addi a0, a5, %tprel_lo(tv)
    .cfi_def_cfa_offset 32
    .align 3
local:
    nop
    .skip 300
    .cfi_def_cfa_offset 48
    call target
    .skip 3000
    .cfi_def_cfa_offset 64
    ret
    .cfi_endproc
    .align 3
data:
    .quad target + 8
    .word target
    .word target - .
    .byte local - _start
    .2byte local - _start
    .4byte local - _start
    .8byte local - _start
    .align 2
    .globl target
    .type target, @function
target:
    ret
    .size target, .-target
    .section .tbss,"awT",@nobits
    .align 3
    .zero 24
tv: .zero 8
"""


@pytest.mark.parametrize("assembler", ["gnu", "groundup"])
def test_relocations_match_gnu_ld(tmp_path: Path, assembler: str) -> None:
    """HI20/LO12, PCREL, CALL, JAL, BRANCH, RVC, TPREL, 64/32/32_PCREL, ADD/SUB, SET6/SUB6,
    SET16, ALIGN: .text at the same address, so every byte must agree (GNU ld --no-relax)."""
    obj = gnu_as(RELOCATIONS) if assembler == "gnu" else our_as(RELOCATIONS, tmp_path / "r.o")
    gnu = elf_of(gnu_ld(["--no-relax", "-Ttext=0x400000", "r.o", "-o", "a.out"],
                        {"r.o": obj}).check().output("a.out"))  # fmt: skip
    out = tmp_path / "a.out"
    link_ok("-Ttext=0x400000", "-o", out, obj)
    ours = elf_of(out)
    assert section_bytes(ours, ".text") == section_bytes(gnu, ".text")
    if assembler == "gnu":  # (groundup as does not make CFI yet)
        assert section_bytes(ours, ".debug_frame") == section_bytes(gnu, ".debug_frame")
    assert symbols_of(ours)["target"] == symbols_of(gnu)["target"]


ALIGNED = """
    .globl _start
    .text
_start:
    c.nop
    .align 3
a8: c.nop
    .align 4
a16: c.nop
    .balign 32
a32: c.nop
    .byte 1
    .align 2
a4: j a8
    call a16
    tail a32
"""


def test_alignment_padding_deleted(tmp_path: Path) -> None:
    """An assembler that relaxes pads `.align` for the worst case (R_RISCV_ALIGN); the
    linker deletes what is not needed, leaving each label aligned, as GNU ld does."""
    obj = our_as(ALIGNED, tmp_path / "al.o")
    out = tmp_path / "al"
    link_ok("-Ttext=0x400000", "-o", out, obj)
    ours = elf_of(out)
    syms = symbols_of(ours)
    for name, boundary in (("a8", 8), ("a16", 16), ("a32", 32), ("a4", 4)):
        assert syms[name] % boundary == 0, name
    gnu = elf_of(gnu_ld(["-Ttext=0x400000", "al.o", "-o", "a.out"],
                        {"al.o": obj}).check().output("a.out"))  # fmt: skip
    assert section_bytes(ours, ".text") == section_bytes(gnu, ".text")
    assert {n: syms[n] for n in ("a8", "a16", "a32", "a4")} == {
        n: symbols_of(gnu)[n] for n in ("a8", "a16", "a32", "a4")}  # fmt: skip


def test_alignment_kept_without_relaxation(tmp_path: Path) -> None:
    """-mno-relax: the assembler padded exactly; no R_RISCV_ALIGN, nothing deleted."""
    obj = our_as(ALIGNED, tmp_path / "al.o", relax=False)
    assert not any(r.type == 43 for rs in elf_of(obj).relocation_sections for r in rs.relocations)
    out = tmp_path / "al"
    link_ok("-Ttext=0x400000", "-o", out, obj)
    code, original = section_bytes(elf_of(out), ".text"), section_bytes(elf_of(obj), ".text")
    a4 = symbols_of(elf_of(obj))["a4"]
    assert len(code) == len(original) and code[:a4] == original[:a4]
    assert symbols_of(elf_of(out))["a4"] == 0x400000 + a4


# --- GOT and TLS: resolved statically, checked by the program itself -----------------

GOT_TLS = """
    # Exit 0 when every way of reaching x and tv agrees (else the number of the check).
    .globl _start
    .text
_start:
    lla t0, x
1:  auipc t1, %got_pcrel_hi(x)            # R_RISCV_GOT_HI20: the GOT slot holds &x
    ld t1, %pcrel_lo(1b)(t1)
    li a0, 1
    bne t0, t1, fail
    lui t0, %tprel_hi(tv)                  # tv's offset from tp, directly ...
    addi t0, t0, %tprel_lo(tv)
2:  auipc t1, %tls_ie_pcrel_hi(tv)        # ... through the GOT (initial exec) ...
    ld t1, %pcrel_lo(2b)(t1)
    li a0, 2
    bne t0, t1, fail
3:  auipc t2, %tls_gd_pcrel_hi(tv)        # ... and general dynamic: (module 1, offset - 0x800)
    addi t2, t2, %pcrel_lo(3b)
    ld t3, 0(t2)
    li a0, 3
    li t4, 1
    bne t3, t4, fail
    ld t3, 8(t2)
    addi t3, t3, 0x7ff
    addi t3, t3, 1
    li a0, 4
    bne t0, t3, fail
    lui t0, %tprel_hi(tw)                  # a .tdata variable lies before the .tbss one
    addi t0, t0, %tprel_lo(tw)
    li a0, 5
    bnez t0, fail
    li a0, 0
fail:
    li a7, 93
    ecall
    .data
x:  .dword 7
    .section .tdata,"awT",@progbits
    .align 3
tw: .dword 5
    .section .tbss,"awT",@nobits
    .align 3
    .zero 16
tv: .zero 8
"""


@pytest.mark.parametrize("assembler", ["gnu", "groundup"])
def test_got_and_tls_resolved_statically(tmp_path: Path, assembler: str) -> None:
    obj = gnu_as(GOT_TLS) if assembler == "gnu" else our_as(GOT_TLS, tmp_path / "g.o")
    out = tmp_path / "g"
    link_ok("-o", out, obj)
    assert oracle.qemu_run(out).status == 0
    elf = elf_of(out)
    tls = next(s for s in elf.segments if s.type == PT.TLS)
    assert (tls.filesz, tls.memsz, tls.align) == (8, 32, 8)
    got = elf.section(".got")
    assert got is not None and got.size == 8 * 4  # &x; tv's tp offset; (module, offset)
    # (GNU ld 2.40 fails check 2: it gives tv's initial-exec and general-dynamic slots
    # one 16-byte GOT entry between them, so `ld` of the IE slot reads past .got.)


def test_uleb128_relocations(tmp_path: Path) -> None:
    """R_RISCV_SET_ULEB128/SUB_ULEB128 (newer than GNU as 2.40, so built by hand): the
    difference is written into the bytes the number already has."""
    from groundup.elf.constants import R_RISCV, SHF, STT
    from groundup.elf.writer import ObjectFile, Relocation, SectionData, SymbolData

    text = bytes.fromhex("13000000") * 64  # 64 nops
    data = bytes([0x80, 0x80, 0x00, 0x7F])  # a 3-byte ULEB128 0, then a 1-byte one
    relocs = (Relocation(0, R_RISCV.SET_ULEB128, 2, 0), Relocation(0, R_RISCV.SUB_ULEB128, 1, 0))
    obj = ObjectFile(243, 0x5, (
        SectionData(".text", SHT.PROGBITS, SHF.ALLOC | SHF.EXECINSTR, text, len(text), 4),
        SectionData(".rodata", SHT.PROGBITS, SHF.ALLOC, data, 4, 1, relocations=relocs),
    ), (SymbolData("", 0, 0, STB.LOCAL, STT.NOTYPE),
        SymbolData("start", 0, 0, STB.LOCAL, STT.NOTYPE, section=1),
        SymbolData("end", 200, 0, STB.LOCAL, STT.NOTYPE, section=1),
        SymbolData("_start", 0, 0, STB.GLOBAL, STT.FUNC, section=1)))  # fmt: skip
    path = tmp_path / "u.o"
    path.write_bytes(write_relocatable(obj))
    out = tmp_path / "u"
    link_ok("-o", out, path)
    assert section_bytes(elf_of(out), ".rodata") == bytes([0xC8, 0x81, 0x00, 0x7F])  # 200


# --- Symbol resolution ---------------------------------------------------------------

MAIN_CALLS = """
    .globl _start
    .text
_start:
    call value
    li a7, 93
    ecall
"""


def _exit_status(tmp_path: Path, *sources: str, args: tuple[str, ...] = ()) -> int:
    objs = [our_as(s, tmp_path / f"in{i}.o") for i, s in enumerate(sources)]
    out = tmp_path / "prog"
    link_ok("-o", out, *objs, *args)
    return oracle.qemu_run(out).status


def _value(name: str, n: int, bind: str = "globl") -> str:
    return f"\n    .{bind} {name}\n    .text\n{name}:\n    li a0, {n}\n    ret\n"


def test_strong_definition_overrides_weak(tmp_path: Path) -> None:
    assert _exit_status(tmp_path, MAIN_CALLS, _value("value", 1, "weak"), _value("value", 2)) == 2
    assert _exit_status(tmp_path, MAIN_CALLS, _value("value", 2), _value("value", 1, "weak")) == 2
    assert _exit_status(tmp_path, MAIN_CALLS, _value("value", 3, "weak"),
                        _value("value", 4, "weak")) == 3  # the first weak one  # fmt: skip


def test_undefined_weak_is_zero(tmp_path: Path) -> None:
    src = """
    .weak missing
    .globl _start
    .text
_start:
    lla a0, missing
    li a7, 93
    ecall
"""
    assert _exit_status(tmp_path, src) == 0


def test_local_symbols_do_not_clash(tmp_path: Path) -> None:
    helper = "\n    .text\nhelper:\n    li a0, {}\n    ret\n    .globl {}\n{}:\n    j helper\n"
    main = MAIN_CALLS.replace("value", "one")
    one, two = helper.format(5, "one", "one"), helper.format(6, "two", "two")
    assert _exit_status(tmp_path, main, one, two) == 5


def test_common_symbols_take_largest_size_and_alignment(tmp_path: Path) -> None:
    a = "\n    .comm buf, 4, 4\n" + MAIN_CALLS.replace("call value", "lla a0, buf")
    b = "\n    .comm buf, 100, 64\n    .comm other, 8, 8\n"
    objs = [our_as(a, tmp_path / "a.o"), our_as(b, tmp_path / "b.o")]
    out = tmp_path / "prog"
    r = link_ok("-M", "-o", out, *objs)
    elf = elf_of(out)
    buf = next(s for s in elf.symbols if s.name == "buf")
    assert buf.size == 100 and buf.value % 64 == 0
    bss = elf.section(".bss")
    assert bss is not None and bss.addr <= buf.value < bss.addr + bss.size
    assert "Allocating common symbols" in r.stdout and "buf                 0x64" in r.stdout


def test_hidden_symbols_become_local(tmp_path: Path) -> None:
    hidden = "\n    .globl value\n    .hidden value\n    .text\nvalue:\n    li a0, 9\n    ret\n"
    objs = [our_as(MAIN_CALLS, tmp_path / "m.o"), our_as(hidden, tmp_path / "h.o")]
    out = tmp_path / "prog"
    link_ok("-o", out, *objs)
    sym = next(s for s in elf_of(out).symbols if s.name == "value")
    assert sym.bind == STB.LOCAL and sym.visibility == STV.HIDDEN
    assert oracle.qemu_run(out).status == 9


COMDAT = """
    .section .text.inline_fn,"axG",@progbits,inline_fn,comdat
    .globl inline_fn
    .weak inline_fn
inline_fn:
    li a0, {}
    ret
    .text
    .globl {}
{}:
    tail inline_fn
"""


def test_comdat_groups_keep_one_copy(tmp_path: Path) -> None:
    main = MAIN_CALLS.replace("call value", "call first\n    call second")
    objs = [our_as(main, tmp_path / "m.o"),
            our_as(COMDAT.format(11, "first", "first"), tmp_path / "a.o"),
            our_as(COMDAT.format(22, "second", "second"), tmp_path / "b.o")]  # fmt: skip
    out = tmp_path / "prog"
    r = link_ok("-M", "-o", out, *objs)
    assert oracle.qemu_run(out).status == 11
    text = elf_of(out).section(".text")
    # main: 2 calls, li, ecall (24 bytes); inline_fn once (c.li, c.jr); first, second: tails
    assert text is not None and text.size == 24 + 4 + 8 + 8
    assert " .text.inline_fn" in r.stdout.split("Discarded input sections")[1].split("Program")[0]


# --- Archives ------------------------------------------------------------------------


def _archive(tmp_path: Path, name: str, members: dict[str, str], gnu: bool = False) -> Path:
    objs = {f"{m}.o": our_as(src, tmp_path / f"{m}.o") for m, src in members.items()}
    if gnu:
        res = oracle.run_tool("riscv64-linux-gnu-ar", ["rcs", name, *objs], dict(objs),
                              outputs=[name])  # fmt: skip
        path = tmp_path / name
        path.write_bytes(res.check().output(name).read_bytes())
        return path
    from groundup.link import ar

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert ar.main(["rcs", name, *objs]) == 0
    finally:
        os.chdir(cwd)
    return tmp_path / name


LIBRARY = {
    "value": _value("value", 7),
    "clash": _value("value", 8) + _value("unused", 0),  # defines value again: never needed
    "helper": _value("helper", 1),
}


@pytest.mark.parametrize("gnu", [False, True], ids=["groundup-ar", "gnu-ar"])
def test_only_needed_members_are_pulled(tmp_path: Path, gnu: bool) -> None:
    _archive(tmp_path, "libv.a", LIBRARY, gnu)
    main = our_as(MAIN_CALLS, tmp_path / "main.o")
    out = tmp_path / "prog"
    r = link_ok("-Map", tmp_path / "map", "-o", out, main, f"-L{tmp_path}", "-lv")
    assert oracle.qemu_run(out).status == 7
    names = set(symbols_of(elf_of(out)))
    assert "unused" not in names and "helper" not in names
    text = (tmp_path / "map").read_text()
    assert re.search(r"libv\.a\(value\.o\)\s+.*main\.o \(value\)", text), text
    assert r.stderr == ""


def test_archive_before_its_users_is_not_searched(tmp_path: Path) -> None:
    lib = _archive(tmp_path, "libv.a", {"value": LIBRARY["value"]})
    main = our_as(MAIN_CALLS, tmp_path / "main.o")
    r = ld("-o", tmp_path / "prog", lib, main)
    assert r.status == 1 and "undefined reference to `value'" in r.stderr


def test_groups_repeat_until_nothing_new(tmp_path: Path) -> None:
    """liba's member needs libb's, which needs liba's other member: only a group works."""
    a = _archive(tmp_path, "liba.a", {"value": "\n    .globl value\n    .text\nvalue:\n"
                                      "    tail from_b\n", "last": _value("last", 33)})  # fmt: skip
    b = _archive(tmp_path, "libb.a", {"from_b": "\n    .globl from_b\n    .text\nfrom_b:\n"
                                      "    tail last\n"})  # fmt: skip
    main = our_as(MAIN_CALLS, tmp_path / "main.o")
    out = tmp_path / "prog"
    assert ld("-o", out, main, a, b).status == 1
    link_ok("-o", out, main, "--start-group", a, b, "--end-group")
    assert oracle.qemu_run(out).status == 33
    link_ok("-o", out, main, "-(", a, b, "-)")


def test_our_archives_and_objects_with_gnu_ld(tmp_path: Path) -> None:
    """groundup ar's archive of groundup as's objects, linked by GNU ld."""
    lib = _archive(tmp_path, "libv.a", LIBRARY)
    main = our_as(MAIN_CALLS, tmp_path / "main.o")
    res = gnu_ld(["main.o", "libv.a", "-o", "a.out"], {"main.o": main, "libv.a": lib}).check()
    assert oracle.qemu_run(res.output("a.out")).status == 7


def test_mixed_objects(tmp_path: Path) -> None:
    """A groundup-as object with a GNU-as one, linked by either linker."""
    main = our_as(MAIN_CALLS, tmp_path / "main.o")
    other = gnu_as(_value("value", 12))
    out = tmp_path / "prog"
    link_ok("-o", out, main, other)
    assert oracle.qemu_run(out).status == 12
    res = gnu_ld(["main.o", "v.o", "-o", "a.out"], {"main.o": main, "v.o": other}).check()
    assert oracle.qemu_run(res.output("a.out")).status == 12


# --- Linker-defined symbols -----------------------------------------------------------

DEFINED = """
    .globl _start
    .text
_start:
    li a0, 0
    li a7, 93
    ecall
    .section .init_array,"aw",@init_array
    .dword _start
    .data
d:  .dword __init_array_start, __init_array_end, __bss_start, _end, _edata
    .dword __global_pointer$, __ehdr_start, __start_my_list, __stop_my_list
    .section my_list,"aw"
    .dword 1, 2, 3
    .sdata
s:  .dword 5
    .bss
b:  .zero 100
"""


def test_linker_defined_symbols(tmp_path: Path) -> None:
    out = tmp_path / "prog"
    link_ok("-o", out, our_as(DEFINED, tmp_path / "d.o"))
    elf = elf_of(out)
    syms = symbols_of(elf)

    def sec(name: str) -> tuple[int, int]:
        s = elf.section(name)
        assert s is not None, name
        return s.addr, s.addr + s.size

    assert (syms["__init_array_start"], syms["__init_array_end"]) == sec(".init_array")
    assert (syms["__start_my_list"], syms["__stop_my_list"]) == sec("my_list")
    assert syms["_edata"] == syms["__bss_start"] == sec(".sdata")[1]
    assert syms["_end"] == (sec(".bss")[1] + 7) // 8 * 8
    assert syms["__ehdr_start"] == 0x400000
    data = symbols_of(elf)["__DATA_BEGIN__"]
    assert syms["__global_pointer$"] == min(sec(".sdata")[0] + 0x800,
                                            max(data + 0x800, syms["_end"] - 0x800))  # fmt: skip
    words = section_bytes(elf, ".data")
    values = [int.from_bytes(words[i : i + 8], "little") for i in range(0, 72, 8)]
    assert values == [syms[n] for n in ("__init_array_start", "__init_array_end", "__bss_start",
                                        "_end", "_edata", "__global_pointer$", "__ehdr_start",
                                        "__start_my_list", "__stop_my_list")]  # fmt: skip


# --- Command-line options -------------------------------------------------------------


def test_entry_defsym_undefined(tmp_path: Path) -> None:
    src = """
    .globl start2, _start
    .text
_start:
    li a0, 1
    li a7, 93
    ecall
start2:
    lla a0, magic
    li a7, 93
    ecall
"""
    obj = our_as(src, tmp_path / "e.o")
    out = tmp_path / "prog"
    link_ok("-e", "start2", "--defsym", "magic=0x2a", "-o", out, obj)
    assert oracle.qemu_run(out).status == 42
    link_ok("--entry=start2", "--defsym=magic=_start+3", "-o", out, obj)
    syms = symbols_of(elf_of(out))
    assert syms["magic"] == syms["_start"] + 3
    assert oracle.qemu_run(out).status == (syms["_start"] + 3) & 0xFF
    lib = _archive(tmp_path, "libv.a", {"value": LIBRARY["value"]})
    link_ok("-u", "value", "--defsym=magic=1", "-o", out, obj, lib)
    assert "value" in symbols_of(elf_of(out))
    link_ok("--defsym=magic=1", "-o", out, obj, lib)
    assert "value" not in symbols_of(elf_of(out))


def test_strip_build_id_execstack(tmp_path: Path) -> None:
    obj = our_as(EXIT42, tmp_path / "x.o")
    out = tmp_path / "prog"
    link_ok("-s", "-o", out, obj)
    assert elf_of(out).section(".symtab") is None and oracle.qemu_run(out).status == 42
    link_ok("--build-id", "-z", "execstack", "-o", out, obj)
    elf = elf_of(out)
    note = elf.section(".note.gnu.build-id")
    assert note is not None and len(elf.contents(note)) == 36
    assert any(s.type == PT.NOTE for s in elf.segments)
    assert next(s for s in elf.segments if s.type == PT.GNU_STACK).flags == 7
    first = elf.contents(note)
    link_ok("--build-id=sha1", "-z", "execstack", "-o", out, obj)  # the same output: the same id
    assert section_bytes(elf_of(out), ".note.gnu.build-id") == first
    link_ok("--build-id=md5", "-o", out, obj)
    assert len(section_bytes(elf_of(out), ".note.gnu.build-id")) == 32
    link_ok("--build-id=0x0123456789", "-o", out, obj)
    assert section_bytes(elf_of(out), ".note.gnu.build-id").endswith(bytes.fromhex("0123456789"))
    link_ok("--build-id=none", "-z", "noexecstack", "-o", out, obj)
    assert elf_of(out).section(".note.gnu.build-id") is None


def test_gcc_command_line_is_accepted(tmp_path: Path) -> None:
    """What collect2 passes to ld for `gcc -static`: the options that do not apply to a
    static link are ignored, with a note under -v."""
    obj = our_as(EXIT42, tmp_path / "x.o")
    out = tmp_path / "prog"
    args = ["-plugin", "/usr/lib/liblto_plugin.so", "-plugin-opt=-pass-through=-lgcc",
            "--sysroot=/", "--build-id", "-hash-style=gnu", "--as-needed", "-melf64lriscv",
            "-static", "-z", "relro", "--eh-frame-hdr", "-O1", "-o", out, obj]  # fmt: skip
    r = link_ok(*args)
    assert r.stderr == "" and oracle.qemu_run(out).status == 42
    r = link_ok("-v", *args)
    assert r.stdout.startswith("groundup ld")
    assert "note: -plugin: ignored" in r.stderr and "note: -z relro: ignored" in r.stderr


def test_usage_errors(tmp_path: Path) -> None:
    r = ld("--frobnicate", "x.o")
    assert r.status == 1
    assert r.stderr == (f"{PREFIX}unrecognized option '--frobnicate'\n"
                        f"{PREFIX}use the --help option for usage information\n")  # fmt: skip
    assert ld().stderr == f"{PREFIX}no input files\n"
    assert "linker scripts are not supported" in ld("-T", "x.ld", "x.o").stderr
    assert "shared objects are not supported" in ld("-shared", "x.o").stderr
    assert ld("--start-group", "x.o").status == 1
    assert ld("-m", "elf32lriscv", "x.o").status == 1
    assert ld("--help").stdout.startswith("usage: groundup ld")
    assert ld("--version").stdout.startswith("groundup ld")


# --- The map file and --gc-sections ---------------------------------------------------

GC = """
    .globl _start
    .section .text._start,"ax"
_start:
    call used
    li a7, 93
    ecall
    .section .text.used,"ax"
used:
    lla a0, kept
    lw a0, 0(a0)
    ret
    .section .text.unused,"ax"
unused:
    lla a0, dropped
    ret
    .section .data.kept,"aw"
kept: .word 6
    .section .data.dropped,"aw"
dropped: .word 7
"""


def test_gc_sections(tmp_path: Path) -> None:
    obj = our_as(GC, tmp_path / "gc.o")
    out = tmp_path / "prog"
    r = link_ok("--gc-sections", "--print-gc-sections", "-o", out, obj)
    assert oracle.qemu_run(out).status == 6
    names = symbols_of(elf_of(out))
    assert "used" in names and "kept" in names and "unused" not in names
    assert "dropped" not in names
    ours = sorted(without_prefix(r.stderr).replace(str(obj), "gc.o").splitlines())
    gnu = gnu_ld(["--gc-sections", "--print-gc-sections", "gc.o", "-o", "a.out"],
                 {"gc.o": obj}).check()  # fmt: skip
    assert ours == sorted(without_prefix(gnu.stderr.decode()).splitlines())
    assert ours == ["removing unused section '.data.dropped' in file 'gc.o'",
                    "removing unused section '.text.unused' in file 'gc.o'"]  # fmt: skip


def test_map_file_shows_addresses(tmp_path: Path) -> None:
    obj = our_as(EXIT42, tmp_path / "x.o")
    out, map_file = tmp_path / "prog", tmp_path / "prog.map"
    link_ok("-Map", map_file, "-o", out, obj)
    text = map_file.read_text()
    elf = elf_of(out)
    start = symbols_of(elf)["_start"]
    assert re.search(rf"^\s+0x{start:016x}\s+_start$", text, re.M), text
    size = elf.section(".text").size  # type: ignore[union-attr]
    assert re.search(rf"^ \.text\s+0x{start:016x}\s+{size:#x} {re.escape(str(obj))}$", text, re.M)
    assert "LOAD             0x0000000000400000" in text and "R X" in text
    for name in (".text", ".rodata", ".data", ".bss"):
        sec = elf.section(name)
        assert sec is not None
        assert re.search(rf"^{re.escape(name)}\s+0x{sec.addr:016x}\s+{sec.size:#x}$", text, re.M)
    link_ok("-Map=" + str(map_file), "-o", out, obj)
    assert map_file.read_text() == text


def test_sh_types_of_arrays(tmp_path: Path) -> None:
    out = tmp_path / "prog"
    link_ok("-o", out, our_as(DEFINED, tmp_path / "d.o"))
    sec = elf_of(out).section(".init_array")
    assert sec is not None and sec.type == SHT.INIT_ARRAY and sec.entsize == 8


def test_debug_information_is_kept_or_stripped(tmp_path: Path) -> None:
    """-g objects: .debug_* sections are relocated (and kept) unless -S."""
    obj = oracle.gcc_compile(HERE / "programs" / "sieve.c", "O0", ["-g"], link=False)
    dirs = [f"-L{d}" for d in gcc_lib_dirs()]
    out = tmp_path / "prog"
    link_ok("-o", out, obj, *dirs, "-lgcc")
    elf = elf_of(out)
    assert elf.section(".debug_info") is not None and elf.section(".debug_line") is not None
    expected = oracle.qemu_run(oracle.gcc_compile(HERE / "programs" / "sieve.c", "O0", ["-g"]))
    assert oracle.qemu_run(out).stdout == expected.stdout
    lines = oracle.run_tool("readelf", ["--debug-dump=decodedline", "prog"], {"prog": out})
    assert b"sieve.c" in lines.stdout and not lines.stderr
    link_ok("-S", "-o", out, obj, *dirs, "-lgcc")
    assert not any(s.name.startswith(".debug") for s in elf_of(out).sections)
    assert oracle.qemu_run(out).stdout == expected.stdout


def test_ifunc_is_refused(tmp_path: Path) -> None:
    src = """
    .globl _start
    .type resolver, @gnu_indirect_function
    .text
resolver:
    ret
_start:
    call resolver
"""
    r = ld("-o", tmp_path / "prog", our_as(src, tmp_path / "i.o"))
    assert r.status == 1 and "indirect function (STT_GNU_IFUNC)" in r.stderr
