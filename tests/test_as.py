"""`groundup as`: its stages one by one, its command line, and what it does with bad input.

* the lexer (tokens with positions), expressions (GNU's precedence), `li`'s
  expansion, ISA strings and the attributes section, the ELF writer (read back
  by groundup.elf.reader);
* the tool: `-o`, `-` for standard input, options, exit status;
* bad input: unknown mnemonics, wrong operand kinds, immediates out of range,
  undefined local labels, bad directives each give `file:line:col: error:`,
  the line and a caret at the right column; exit status 1; no output file;
* fuzzing: random token soup and mutated gcc -S output either assemble or give
  a clean diagnostic, never a Python exception.

The comparisons with GNU as are in test_as_corpus.py (instructions, byte for
byte), test_as_objects.py (whole objects: gcc -S output, directives, link and
run) and test_as_roundtrip.py (objdump -d fed back).
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groundup.asm import tool
from groundup.asm.assembler import Options, assemble
from groundup.asm.attributes import encode_attributes, parse_arch
from groundup.asm.expr import ExprParser, evaluate
from groundup.asm.lexer import Kind, tokenize
from groundup.asm.pseudo import li_sequence
from groundup.diag import CompileError, Reporter, Source
from groundup.elf.constants import SHT, STB, STT
from groundup.elf.reader import read_elf
from groundup.elf.writer import write_relocatable

HERE = Path(__file__).resolve().parent


def obj(text: str, **options: object):  # type: ignore[no-untyped-def]
    return read_elf(write_relocatable(assemble(text, "t.s", Options(**options))), "t.o")  # type: ignore[arg-type]


def text_of(text: str, **options: object) -> bytes:
    elf = obj(text, **options)
    sec = elf.section(".text")
    assert sec is not None
    return elf.contents(sec)


def errors(text: str) -> list[str]:
    """The rendered diagnostics for `text` (which must fail)."""
    with pytest.raises(CompileError) as info:
        assemble(text, "bad.s")
    return [d.render() for d in info.value.diagnostics]


# --- tokens ----------------------------------------------------------------------------


def test_tokens_have_positions() -> None:
    src = Source("x.s", 'foo:\taddi a0, a0, %lo(x+4) # note\n  .word 0x10, \'a, "s\\n"; nop')
    stmts = tokenize(src, Reporter())
    assert [s.line for s in stmts] == [1, 2, 2]
    toks = stmts[0].tokens
    assert [(t.text, t.col) for t in toks[:4]] == [("foo", 1), (":", 4), ("addi", 6), ("a0", 11)]
    assert [t.kind for t in toks[7:9]] == [Kind.MODIFIER, Kind.PUNCT]
    word = stmts[1].tokens
    assert [t.value for t in word[1:6:2]] == [16, 97, b"s\n"]
    assert stmts[2].tokens[0].text == "nop"


def test_block_comments_and_local_refs() -> None:
    stmts = tokenize(Source("x.s", "j 1f /* a\n comment */ 1: j 1b\n"), Reporter())
    kinds = [(t.kind, t.value) for s in stmts for t in s.tokens if t.kind is Kind.LOCALREF]
    assert kinds == [(Kind.LOCALREF, 1), (Kind.LOCALREF, 1)]
    assert stmts[1].tokens[0].col == 13  # columns survive the comment


class _Consts:
    """An Env where every name is an error: expressions of numbers only."""

    def symbol(self, node):  # type: ignore[no-untyped-def]
        raise AssertionError(node)

    local = dot = symbol

    def distance(self, value):  # type: ignore[no-untyped-def]
        return None


@pytest.mark.parametrize("text, value", [
    ("1 + 2 * 3", 7), ("1 << 4 + 1", 17), ("(1 << 4) | 1 + 1", 18), ("8 / 3", 2), ("-7 / 2", -3),
    ("-7 % 2", -1), ("~0", -1), ("!5", 0), ("3 > 2", -1), ("0x10 & 6 ^ 2", 2), ("2 | 1 << 2", 6),
    ("6 & 3 + 1", 3), ("0xffffffffffffffff + 1", 0), ("1 || 0", 1),
])  # fmt: skip
def test_expression_precedence(text: str, value: int) -> None:
    """GNU as binds * / << >> tighter than | & ^, which bind tighter than + -."""
    toks = tokenize(Source("e.s", text), Reporter())[0].tokens
    assert evaluate(ExprParser(toks).expr(), _Consts()).addend == value  # type: ignore[arg-type]


@pytest.mark.parametrize("value, expected", [
    (0, [("addi", 0, 0)]),
    (2047, [("addi", 0, 2047)]),
    (2048, [("lui", 0, 4096), ("addiw", 10, -2048)]),
    (0x12345678, [("lui", 0, 0x12345000), ("addiw", 10, 0x678)]),
    (1 << 32, [("addiw", 0, 1), ("slli", 10, 32)]),
    ((1 << 63) - 1, [("addiw", 0, -1), ("slli", 10, 63), ("addi", 10, -1)]),
])  # fmt: skip
def test_li_sequence(value: int, expected: list[tuple[str, int, int]]) -> None:
    assert [(n, s, i) for n, _, s, i in li_sequence(10, value)] == expected


def test_arch_strings() -> None:
    assert str(parse_arch("rv64gc")) == "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0_zmmul1p0"
    gcc = "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
    assert str(parse_arch(gcc)) == gcc + "_zmmul1p0"
    assert str(parse_arch("rv64id")) == "rv64i2p0_f2p0_d2p0"
    assert str(parse_arch("rv64gc").with_extension("c", False)).endswith("d2p0_zmmul1p0")
    data = encode_attributes({5: "rv64i2p0", 4: 16, 6: 0})
    assert data == b"A\x1b\x00\x00\x00riscv\x00\x01\x11\x00\x00\x00\x04\x10\x05rv64i2p0\x00"


# --- objects ---------------------------------------------------------------------------


def test_object_reads_back() -> None:
    elf = obj(".globl f\n.type f,@function\nf: call g\n ret\n.size f, .-f\n.data\nx: .dword f\n")
    assert elf.header.flags == 0x5  # RVC, double-float ABI
    syms = {s.name: s for s in elf.symbols}
    assert (syms["f"].bind, syms["f"].type, syms["f"].size) == (STB.GLOBAL, STT.FUNC, 10)
    assert syms["g"].bind == STB.GLOBAL and syms["g"].shndx == 0
    text = elf.section(".text")
    assert text is not None and text.type == SHT.PROGBITS
    rels = {}
    for rs in elf.relocation_sections:
        rels[rs.section.name] = [(r.offset, r.type, getattr(rs.symbol(r), "name", ""))
                                 for r in rs.relocations]  # fmt: skip
    assert rels[".rela.text"] == [(0, 19, "g"), (0, 51, "")]
    assert rels[".rela.data"] == [(0, 2, "f")]
    assert elf.section(".riscv.attributes") is not None


def test_compression_choices() -> None:
    """A few of GNU as's choices (test_as_corpus checks every one against it)."""
    assert text_of("addi sp, sp, -32") == bytes.fromhex("0111")  # c.addi, not c.addi16sp
    assert text_of("add a0, a1, a0") == bytes.fromhex("2e95")  # c.add a0,a1: add commutes
    assert text_of("addi x0, x0, 1") == bytes.fromhex("13001000")  # a hint stays 32-bit
    assert text_of("mv a0, zero") == bytes.fromhex("13050000")  # mv has no c.li form
    assert text_of("addi a0, a0, 1", march="rv64g") == bytes.fromhex("13051500")
    assert text_of(".option norvc\naddi a0, a0, 1") == bytes.fromhex("13051500")


def test_ignored_directives() -> None:
    """Debug-info and unwind directives are accepted (no .debug_* or .eh_frame is written)."""
    elf = obj(
        '.file 1 "a.c"\n.text\n.cfi_startproc\n.loc 1 2 3\nnop\n.cfi_def_cfa_offset 16\n'
        ".cfi_endproc\n"
    )
    assert elf.section(".eh_frame") is None
    assert text_of(".cfi_startproc\nnop\n.cfi_endproc") == bytes.fromhex("0100")


def test_branch_relaxation() -> None:
    near = text_of("1: beqz a0, 1b")
    assert len(near) == 2
    far = text_of("beqz a0, 1f\n.skip 5000\n1: nop", relax=False)
    assert far[:6] == bytes.fromhex("19e16f10c038")  # c.bnez a0,+6; jal x0, 1f (as GNU)


# --- the tool --------------------------------------------------------------------------


def test_tool_writes_object(tmp_path: Path) -> None:
    src = tmp_path / "a.s"
    src.write_text("nop\n")
    out = tmp_path / "a.o"
    assert tool.main([str(src), "-o", str(out), "-march=rv64g", "-mno-relax"]) == 0
    elf = read_elf(out.read_bytes(), "a.o")
    text = elf.section(".text")
    assert text is not None and elf.contents(text) == bytes.fromhex("13000000")


def test_tool_reads_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"ret\n")))
    out = tmp_path / "b.o"
    assert tool.main(["-", "-o", str(out)]) == 0
    assert out.exists()


def test_tool_bad_input_leaves_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.s"
    src.write_text("nop\n\taddi a0, a0, 5000\n")
    out = tmp_path / "bad.o"
    out.write_bytes(b"stale")  # GNU as removes an old output too
    assert tool.main([str(src), "-o", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert err.startswith(f"{src}:2:15: error: immediate 5000 out of range [-2048, 2047]\n")
    assert "    2 | \taddi a0, a0, 5000\n      | \t             ^~~~" in err


def test_tool_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main(["--bogus"]) == 1
    assert tool.main([str(tmp_path / "missing.s"), "-o", str(tmp_path / "x.o")]) == 1
    assert tool.main(["-march=rv32gc", "-o", str(tmp_path / "y.o"), str(tmp_path / "m.s")]) == 1
    assert "groundup as: error:" in capsys.readouterr().err


def test_tool_module_entry(tmp_path: Path) -> None:
    import subprocess

    src = tmp_path / "c.s"
    src.write_text(".data\n.word 1\n")
    out = tmp_path / "c.o"
    proc = subprocess.run([sys.executable, "-m", "groundup.asm.tool", str(src), "-o", str(out)],
                          capture_output=True, check=False, cwd=HERE.parent)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert out.exists()


# --- bad input -------------------------------------------------------------------------

BAD = [
    ("addx a0, a1, a2", 1, 1, "unknown instruction 'addx'"),
    ("add a0, a1", 1, 9, "'add' takes 3 operands, got 2"),
    ("add a0, fa1, a2", 1, 9, "operand 2 of 'add' must be an integer register"),
    ("sw a0, a1", 1, 8, "operand 2 of 'sw' must be a memory operand"),
    ("addi a0, a1, 4096", 1, 14, "immediate 4096 out of range [-2048, 2047]"),
    ("slli a0, a0, 64", 1, 14, "shift amount 64 out of range [0, 63]"),
    ("lui a0, -1", 1, 9, "lui/auipc immediate -1 out of range"),
    ("csrrwi a0, mstatus, 32", 1, 21, "immediate 32 out of range [0, 31]"),
    ("csrr a0, nosuch", 1, 10, "unknown CSR 'nosuch'"),
    ("fadd.d fa0, fa1, fa2, rxx", 1, 23, "expected a rounding mode"),
    ("li a0, sym", 1, 8, "li needs a constant"),
    ("beq a0, a1, 1f\nnop", 1, 13, "local label '1' is not defined"),
    ("j 3b", 1, 3, "local label '3' is not defined"),
    ("nop\n.foo 1", 2, 1, "unknown directive '.foo'"),
    ('.section .x, "q"', 1, 14, "unknown section flag 'q'"),
    (".align 99", 1, 8, "alignment 2**99 is out of range"),
    (".byte 1,", 1, 1, "missing argument to '.byte'"),
    (".option sideways", 1, 9, "unknown .option 'sideways'"),
    ("x: nop\nx: nop", 2, 1, "symbol 'x' is already defined"),
    (".set a, a + 1", 1, 6, "symbol 'a' is defined in terms of itself"),
    ("add a0, a0, %hi(x)", 1, 13, "relocation operator %hi is not allowed here"),
    ("ld a0, (a1", 1, 11, "expected ')'"),
    ('"str"', 1, 1, "expected a label, directive or instruction"),
    ("c.addi a0, 40", 1, 8, "operands do not fit c.addi"),
    ("nop ?", 1, 5, "unexpected character '?'"),
    (".word 08", 1, 7, "invalid octal number '08'"),
]


@pytest.mark.parametrize("text, line, col, message", BAD, ids=[b[3][:30] for b in BAD])
def test_bad_input_diagnostic(text: str, line: int, col: int, message: str) -> None:
    first = errors(text)[0]
    head, source_line, caret = first.split("\n")
    assert head.startswith(f"bad.s:{line}:{col}: error: {message}"), first
    assert source_line == f"{line:5d} | {text.splitlines()[line - 1]}"
    assert caret.index("^") == len(f"{line:5d} | ") + col - 1


def test_every_error_is_reported() -> None:
    """The run goes on after an error, so one pass shows them all."""
    found = errors("addx\nnop\naddi a0, a0, 9999\n.bogus\n")
    assert [d.split(":")[1] for d in found] == ["1", "3", "4"]


# --- fuzzing ---------------------------------------------------------------------------

PIECES = ["a0", "sp", "x31", "fa0", "zero", ",", "(", ")", "%hi", "%lo", "%pcrel_lo", "%tprel_add",
          "1", "-1", "0x7ff", "4096", "99999999999999999999999", "1b", "1f", "2:", ".", "x",
          ".L1", "L:", ":", "+", "-", "*", "/", "<<", ">>", "&", "|", "~", "!", '"s"', "'a",
          "@plt", "@function", ".text", ".data", ".section", ".word", ".byte", ".align",
          ".balign", ".set", ".globl", ".size", ".type", ".comm", ".option", "rvc", "push",
          "pop", ".attribute", "arch", '"rv64gc"', ".insn", ".fill", ".zero", "addi", "add",
          "li", "la", "call", "tail", "j", "jal", "jalr", "beqz", "beq", "lw", "sw", "fld",
          "lui", "csrr", "fence", "c.addi", "c.lui", "c.j", "amoadd.w.aq", "fadd.d", "rtz",
          ";", "#", "/*", "*/", "=", ".ascii", ".float", "1.5", ".uleb128", "\t", " ",
          "%got_pcrel_hi", "\x00", "\u00e9", '"axG"', "@progbits", "comdat", '"aMS"', "G",
          ".pushsection", ".popsection", ".previous", ".weak", ".hidden", ".local"]  # fmt: skip


def _gcc_outputs() -> list[str]:
    """A few real gcc -S outputs (from the oracle; empty if gcc is missing)."""
    sys.path.insert(0, str(HERE))
    import oracle

    if not oracle.have("gcc"):
        return []
    out = []
    for name in ("sieve", "strings", "jump_table"):
        res = oracle.run_tool("gcc", ["-O2", *oracle.RV_FLAGS, "-ffreestanding", "-fno-builtin",
                                      "-S", f"{name}.c", "-o", "x.s"],
                              {f"{name}.c": HERE / "programs" / f"{name}.c",
                               "rt.h": HERE / "programs" / "rt.h"}, outputs=["x.s"])  # fmt: skip
        if "x.s" in res.outputs:
            out.append(res.outputs["x.s"].read_text())
    return out


def _assemble_cleanly(text: str, options: Options) -> None:
    """Either an object or a CompileError with rendered diagnostics; nothing else."""
    try:
        write_relocatable(assemble(text, "fuzz.s", options))
    except CompileError as e:
        assert e.diagnostics and all(d.render() for d in e.diagnostics)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=9), min_size=1, max_size=12))
def test_fuzz_token_soup(lines: list[list[str]]) -> None:
    text = "\n".join(" ".join(line) for line in lines)
    _assemble_cleanly(text, Options())
    _assemble_cleanly(text, Options(march="rv64g", relax=False))


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(0, 2**32), st.text(max_size=20))
def test_fuzz_mutated_gcc_output(seed: int, junk: str) -> None:
    sources = _gcc_outputs()
    if not sources:
        pytest.skip("gcc not installed")
    rng = random.Random(seed)
    lines = rng.choice(sources).splitlines()
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(lines))
        match rng.randrange(4):
            case 0:
                del lines[i]
            case 1:
                lines.insert(i, rng.choice(lines))
            case 2:
                j = rng.randrange(len(lines[i]) + 1)
                lines[i] = lines[i][:j] + junk + lines[i][j:]
            case _:
                lines[i] = lines[i].replace(rng.choice(["a0", "a5", "%lo", ".L", ",", "("]),
                                            rng.choice(PIECES), 1)  # fmt: skip
    _assemble_cleanly("\n".join(lines), Options())
