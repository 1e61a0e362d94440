"""The IR: its printed form and the parser that reads it back, the verifier, the CFG,
and properties of the generated assembly that need no oracle (the frame, spilling)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from groundup.cc import codegen, ir, irparse, optimize, regalloc, verify
from groundup.cc.ir import (
    Binary,
    Branch,
    Call,
    Compare,
    FunctionBuilder,
    Imm,
    Jump,
    Return,
    SymAddr,
    Ty,
)
from groundup.diag import CompileError

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
IR_FILES = sorted((HERE / "ir").glob("*.ir"))

SMALL = """\
data @counter align 4 = i32 7
rodata local @msg align 1 = "n=%d\\n\\0"
bss @buf align 8 size 64
data @table align 8 = ptr @msg, ptr @counter+4, i8 -1, i16 300, zero 5

func @count(%0: i32, %1: ptr) -> i32 {
  slot $tmp size 16 align 8
entry:
  %2 = add.i32 %0, 1
  %3 = lt.i32 %2, 10
  br %3, small, big
small:
  store.i32 [@counter], %2
  store.i64 [$tmp+8], -1
  %4 = load.u8 [%1+3]
  %5 = conv.u8.i64 %4
  blkcopy $tmp, %1, 16, 8
  blkzero $tmp, 16, 8
  %6 = call.i32 @printf(ptr @msg, i32 %2, u8 255)
  call %1()
  ret.i32 %6
big:
  switch.i32 %2, small, [1: small, -2: big]
}

func local @nothing() -> void {
entry:
  unreachable
}
"""


def parse(text: str) -> ir.Module:
    return irparse.parse_module(text, "test.ir")


# --- printing and parsing --------------------------------------------------------------


def test_small_module_round_trips_exactly() -> None:
    assert ir.format_module(parse(SMALL)) == SMALL


@pytest.mark.parametrize("path", IR_FILES, ids=lambda p: p.stem)
def test_round_trip(path: Path) -> None:
    """print(parse(file)) is a fixed point, and parses to the same module."""
    module = parse(path.read_text())
    text = ir.format_module(module)
    again = parse(text)
    assert again == module
    assert ir.format_module(again) == text


def test_printed_forms() -> None:
    module = parse(SMALL)
    fn = module.functions[0]
    printed = [str(i) for i in fn.blocks[1].insts]
    assert printed[0] == "store.i32 [@counter], %2"
    assert printed[2] == "%4 = load.u8 [%1+3]"
    assert str(fn.blocks[0].term) == "br %3, small, big"
    assert str(fn.blocks[2].term) == "switch.i32 %2, small, [1: small, -2: big]"


def test_constants_take_the_instruction_type() -> None:
    module = parse("func @f() -> u8 {\nentry:\n  %0 = copy.u8 -1\n  ret.u8 %0\n}\n")
    inst = module.functions[0].blocks[0].insts[0]
    assert isinstance(inst, ir.Copy) and inst.src == Imm(255, Ty.U8)


def test_strings_escape_and_unescape() -> None:
    data = bytes(range(256))
    text = f"rodata @s align 1 = {ir.format_bytes(data)}\n"
    g = parse(text).globals[0]
    assert g.items == (ir.BytesData(data),)
    assert ir.format_bytes(b"\x001") == '"\\0001"'


def test_integer_data_is_bytes() -> None:
    g = parse("data @x align 4 = u32 4294967295, u8 200, i16 -1\n").globals[0]
    assert ir.format_global(g) == "data @x align 4 = i32 -1, i8 -56, i16 -1"
    bad = ir.Global("y", ir.Section.DATA, 1, (ir.IntData(1, 256),))
    with pytest.raises(ir.IRError, match="256 does not fit 1 bytes"):
        verify.verify(ir.Module([bad]))


def test_uses_before_definitions_in_the_text() -> None:
    """Loops mention a vreg before its definition line; its type comes from that line."""
    text = ("func @f() -> i64 {\nentry:\n  jmp b\na:\n  %2 = add.i64 %1, 1\n  ret.i64 %2\n"
            "b:\n  %1 = copy.i64 5\n  jmp a\n}\n")  # fmt: skip
    assert ir.format_module(parse(text)) == text


def test_builder() -> None:
    b = FunctionBuilder("add1", [Ty.I32], Ty.I32)
    x = b.new(Ty.I32)
    b.emit(Binary("add", x, b.params[0], Imm(1, Ty.I32)))
    c = b.new(Ty.I32)
    b.emit(Compare("gt", Ty.I32, c, x, Imm(5, Ty.I32)))
    yes, no = b.label(), b.label()
    b.terminate(Branch(c, yes, no))
    b.start(yes)
    b.emit(Call(None, SymAddr("abort"), ()))
    b.terminate(Jump(no))
    b.start(no)
    b.terminate(Return(x))
    module = ir.Module([], [b.function])
    verify.verify(module)
    text = ir.format_module(module)
    assert text == ("func @add1(%0: i32) -> i32 {\nentry:\n  %1 = add.i32 %0, 1\n"
                    "  %2 = gt.i32 %1, 5\n  br %2, L1, L2\nL1:\n  call @abort()\n  jmp L2\n"
                    "L2:\n  ret.i32 %1\n}\n")  # fmt: skip
    assert parse(text) == module


# --- parse errors: positions ------------------------------------------------------------

PARSE_ERRORS = [
    ("func @f() -> i32 {\nentry:\n  %0 = frob.i32 1\n}\n", 3, 8, "unknown operation frob"),
    ("func @f() -> i32 {\nentry:\n  %0 = add.i33 1, 2\n}\n", 3, 8, "unknown type i33"),
    ("func @f() -> i32 {\nentry:\n  ret.i32 %7\n}\n", 3, 11, "%7 is never defined"),
    ("func @f() -> i32 {\nentry:\n  %0 = copy.i32 #\n}\n", 3, 17, "unexpected character '#'"),
    ("func @f() -> i32 {\nentry:\n  %0 = add.i32 1\n}\n", 3, 17, "expected ','"),
    ("func @f() -> void {\nentry:\n  ret\n", 1, 1, "has no closing"),
    ("func @f() -> void {\n  %0 = copy.i32 1\n}\n", 2, 3, "expected a block label"),
    ("func @f() -> void {\nentry:\n  ret\n  ret\n}\n", 4, 3, "expected a block label"),
    ("func @f() -> void {\na:\nb:\n  ret\n}\n", 3, 1, "block a has no terminator"),
    ("data @x align 4 = i32\n", 1, 22, "expected a number"),
    ("data @x align 4 = frob 3\n", 1, 19, "expected a data item"),
    ("wibble\n", 1, 1, "expected a global or a function"),
    ('rodata @s align 1 = "\\q"\n', 1, 22, "unknown escape \\q"),
    ("func @f() -> void {\nentry:\n  add.i32 1, 2\n}\n", 3, 3, "needs a destination"),
    ("func @f() -> void {\nentry:\n  %0 = conv.i32 1\n}\n", 3, 8, "conv needs two types"),
]


@pytest.mark.parametrize("text,line,col,message", PARSE_ERRORS)
def test_parse_errors(text: str, line: int, col: int, message: str) -> None:
    with pytest.raises(CompileError) as info:
        parse(text)
    d = info.value.diagnostics[0]
    assert d.pos is not None and (d.pos.line, d.pos.col) == (line, col), str(info.value)
    assert message in d.message
    assert str(info.value).startswith(f"test.ir:{line}:{col}: error: ")


# --- the verifier ------------------------------------------------------------------------

VERIFY_ERRORS = [
    ("func @f(%0: i64) -> i32 {\nentry:\n  %1 = add.i32 %0, 1\n  ret.i32 %1\n}\n",
     "operand %0 is i64, expected i32"),
    ("func @f() -> i32 {\nentry:\n  jmp nowhere\n}\n", "jump to nowhere, which is no block"),
    ("func @f() -> i32 {\nentry:\n  ret.i64 0\n}\n", "return value 0 is i64, expected i32"),
    ("func @f() -> void {\nentry:\n  ret.i32 0\n}\n", "does not match the function's return"),
    ("func @f() -> void {\nentry:\n  store.i32 [$nope], 1\n  ret\n}\n", "no stack slot $nope"),
    ("func @f() -> void {\nentry:\n  jmp entry\nentry:\n  ret\n}\n", "block entry defined twice"),
    ("func @f() -> void {\nentry:\n  switch.i32 1, entry, [1: entry, 1: entry]\n}\n",
     "case 1 is out of range or repeated"),
    ("func @f(%0: i32) -> void {\nentry:\n  %1 = load.i32 [%0]\n  ret\n}\n",
     "address %0 is i32, expected ptr"),
    ("func @f() -> void {\nentry:\n  ret\n}\nfunc @f() -> void {\nentry:\n  ret\n}\n",
     "symbol f defined twice"),
    ("func @f(%0: i32) -> void {\nentry:\n  %0 = copy.i64 1\n  ret\n}\n",
     "%0 is used as i64 but is i32"),
    ("data @x align 3 = i32 1\n", "alignment 3 is not a power of two"),
    ("func @f(%0: i32, %0: i32) -> void {\nentry:\n  ret\n}\n", "parameter %0 appears twice"),
    ("func @f() -> void {\n  slot $s size 0 align 8\nentry:\n  ret\n}\n", "bad size 0"),
    ("func @f() -> void {\nentry:\n  call 5()\n  ret\n}\n", "expected an operand"),
]  # fmt: skip


@pytest.mark.parametrize("text,message", VERIFY_ERRORS)
def test_verifier_errors(text: str, message: str) -> None:
    with pytest.raises(CompileError) as info:
        parse(text)
    assert message in str(info.value)


def test_verifier_on_built_functions() -> None:
    """What the text cannot even say: a missing terminator, an undefined vreg, bad constants."""
    fn = ir.Function("f", [], None, [ir.Block("entry")])
    with pytest.raises(ir.IRError, match="in @f, block entry, its end: the block has no term"):
        verify.verify_function(fn)
    v = ir.VReg(3, Ty.I32)
    fn.blocks[0].term = Return(None)
    fn.blocks[0].insts.append(ir.Copy(ir.VReg(4, Ty.I32), v))
    with pytest.raises(ir.IRError, match="%3 is used but never defined"):
        verify.verify_function(fn)
    fn.blocks[0].insts[0] = ir.Copy(v, Imm(300, Ty.I8))
    with pytest.raises(ir.IRError, match="constant 300 does not fit i8"):
        verify.verify_function(fn)
    fn.blocks[0].insts[0] = Jump("entry")  # type: ignore[list-item]
    with pytest.raises(ir.IRError, match="not an instruction"):
        verify.verify_function(fn)
    with pytest.raises(ir.IRError, match="without blocks"):
        verify.verify_function(ir.Function("g", [], None))


# --- the control-flow graph ----------------------------------------------------------------

CFG = """\
func @f(%0: i32) -> i32 {
entry:
  br %0, loop, out
loop:
  %0 = sub.i32 %0, 1
  switch.i32 %0, loop, [0: out, 1: out, 2: mid]
mid:
  jmp loop
out:
  ret.i32 %0
dead:
  jmp out
}
"""


def test_successors_and_predecessors() -> None:
    fn = parse(CFG).functions[0]
    succ = {b.label: ir.successors(b) for b in fn.blocks}
    assert succ == {"entry": ["loop", "out"], "loop": ["loop", "out", "mid"], "mid": ["loop"],
                    "out": [], "dead": ["out"]}  # fmt: skip
    assert ir.predecessors(fn) == {"entry": [], "loop": ["entry", "loop", "mid"],
                                   "mid": ["loop"], "out": ["entry", "loop", "dead"],
                                   "dead": []}  # fmt: skip
    assert ir.reachable(fn) == ["entry", "loop", "mid", "out"]


def test_liveness() -> None:
    fn = parse(CFG).functions[0]
    live_in, live_out = regalloc.liveness(fn)
    assert live_in["loop"] == {0} and live_out["mid"] == {0} and live_in["dead"] == {0}
    assert live_out["out"] == set()


# --- code generation without running anything ----------------------------------------------


def asm_of(text: str, registers: int | None = None) -> str:
    return codegen.codegen(parse(text), registers)


def test_frame_pointer_prologue_and_epilogue() -> None:
    asm = asm_of("func @f() -> i32 {\nentry:\n  call @g()\n  ret.i32 42\n}\n")
    assert "\taddi\tsp, sp, -16\n\tsd\tra, 8(sp)\n\tsd\ts0, 0(sp)\n\taddi\ts0, sp, 16\n" in asm
    assert "\tli\ta0, 42\n\tld\tra, 8(sp)\n\tld\ts0, 0(sp)\n\taddi\tsp, sp, 16\n\tret\n" in asm
    assert "\t.globl\tf\n\t.type\tf, @function\nf:\n" in asm and "\t.size\tf, .-f\n" in asm
    leaf = asm_of("func @f() -> i32 {\nentry:\n  ret.i32 42\n}\n")  # no frame at all
    assert "f:\n.Lf.entry:\n\tli\ta0, 42\n\tret\n" in leaf


def test_large_frames_use_the_long_prologue() -> None:
    asm = asm_of("func @f() -> void {\n  slot $a size 5000 align 8\nentry:\n"
                 "  store.i8 [$a], 1\n  ret\n}\n")  # fmt: skip
    assert "\tli\tt0, 5008\n\tsub\tsp, sp, t0\n" in asm
    assert "\tli\tt3, -5016\n\tadd\tt3, t3, s0\n\tsb\tt0, 0(t3)\n" in asm
    assert "\taddi\tsp, s0, -16\n\tld\tra, 8(sp)\n\tld\ts0, 0(sp)\n\taddi\tsp, sp, 16\n" in asm


def test_values_across_calls_live_in_saved_registers() -> None:
    asm = asm_of("func @f(%0: i64) -> i64 {\nentry:\n  call @g()\n  ret.i64 %0\n}\n")
    assert "\tmv\ts1, a0\n" in asm and "\tsd\ts1, -24(s0)\n" in asm and "\tld\ts1, -24(s0)\n" in asm


def test_spilling_with_no_registers() -> None:
    asm = asm_of("func @f(%0: i64, %1: i64) -> i64 {\nentry:\n  %2 = add.i64 %0, %1\n"
                 "  ret.i64 %2\n}\n", registers=0)  # fmt: skip
    assert "\tsd\ta0, -16(s0)" not in asm  # the saved s0 is not overwritten
    lines = asm.split("\n")
    assert "\tadd\tt0, t1, t2" in lines
    assert sum(line.startswith("\tld\tt") for line in lines) == 2


def test_jump_tables_and_compare_chains() -> None:
    dense = ", ".join(f"{i}: b" for i in range(10))
    asm = asm_of(f"func @f(%0: i32) -> void {{\nentry:\n  switch.i32 %0, b, [{dense}]\nb:\n"
                 "  ret\n}\n")  # fmt: skip
    assert "\tjr\tt1\n" in asm and "\t.section\t.rodata\n" in asm and "\t.dword\t.Lf.b\n" in asm
    asm = asm_of("func @f(%0: i32) -> void {\nentry:\n  switch.i32 %0, b, [1: b, 900: b]\nb:\n"
                 "  ret\n}\n")  # fmt: skip
    assert "jr" not in asm and "\tli\tt1, 900\n\tbeq\ta0, t1, .Lf.b\n" in asm


def test_globals() -> None:
    asm = asm_of(SMALL)
    assert "\t.data\n\t.globl\tcounter\n\t.align\t2\n\t.type\tcounter, @object\n" in asm
    assert "\t.size\ttable, 24\ntable:\n\t.dword\tmsg\n\t.dword\tcounter+4\n\t.byte\t-1\n" in asm
    assert "\t.section\t.rodata\n\t.align\t0\n\t.type\tmsg, @object\n\t.size\tmsg, 6\nmsg:\n" in asm
    assert '\t.string\t"n=%d\\n"\n' in asm and "\t.bss\n\t.globl\tbuf\n" in asm


# --- the command-line entries --------------------------------------------------------------


def run_module(module: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *args], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, check=False)  # fmt: skip


def test_command_line() -> None:
    r = run_module("groundup.cc.ir", "-", stdin=SMALL)
    assert (r.returncode, r.stdout, r.stderr) == (0, SMALL, "")
    r = run_module("groundup.cc.codegen", "-", stdin=SMALL)
    assert r.returncode == 0 and "count:\n" in r.stdout
    r = run_module("groundup.cc.ir", "-", stdin="func @f() -> void {\nentry:\n  jmp x\n}\n")
    assert r.returncode == 1 and "jump to x" in r.stderr and "Traceback" not in r.stderr
    r = run_module("groundup.cc.ir", "/nonexistent.ir")
    assert r.returncode == 1 and "No such file" in r.stderr


# --- the optimizer (-O1) -----------------------------------------------------------------


def optimized(text: str) -> str:
    module = optimize.optimize(parse(text))
    verify.verify(module)
    return ir.format_module(module)


def test_constants_fold_and_dead_code_goes() -> None:
    text = ("func @f(%9: ptr) -> i32 {\nentry:\n  %0 = copy.i32 5\n  %1 = add.i32 %0, 3\n"
            "  %2 = mul.i32 %1, %0\n  %3 = load.i32 [%9]\n  %4 = div.i32 %2, 0\n"
            "  %5 = lt.i32 %0, 6\n  %6 = conv.i32.u8 %2\n  %7 = add.i32 %4, %5\n"
            "  %8 = shl.i32 %7, 40\n  ret.i32 %8\n}\n")  # fmt: skip
    assert optimized(text) == (
        "func @f(%9: ptr) -> i32 {\nentry:\n  %3 = load.i32 [%9]\n  %4 = div.i32 40, 0\n"
        "  %7 = add.i32 %4, 1\n  %8 = shl.i32 %7, 40\n  ret.i32 %8\n}\n"
    )  # the load stays (it may be volatile); division by 0 and wide shifts are not folded


def test_addresses_propagate_into_memory_operands() -> None:
    text = ("func @f() -> void {\n  slot $x size 16 align 8\nentry:\n  %0 = copy.ptr $x\n"
            "  %1 = add.ptr %0, 8\n  store.i32 [%1+4], 7\n  ret\n}\n")  # fmt: skip
    assert "  store.i32 [$x+12], 7\n  ret\n" in optimized(text)


def test_branches_on_constants_and_the_cfg() -> None:
    text = ("func @f(%0: i32) -> i32 {\nentry:\n  %1 = copy.i32 1\n  br %1, a, b\na:\n  jmp c\n"
            "b:\n  ret.i32 2\nc:\n  jmp d\nd:\n  %2 = add.i32 %0, 1\n  switch.i32 %1, e, [1: g]\n"
            "e:\n  ret.i32 %0\ng:\n  ret.i32 %2\n}\n")  # fmt: skip
    assert (
        optimized(text)
        == "func @f(%0: i32) -> i32 {\nentry:\n  %2 = add.i32 %0, 1\n  ret.i32 %2\n}\n"
    )


def test_copies_propagate_until_reassigned() -> None:
    text = ("func @f(%0: i32) -> i32 {\nentry:\n  %1 = copy.i32 %0\n  %0 = add.i32 %0, 1\n"
            "  %2 = add.i32 %1, %0\n  ret.i32 %2\n}\n")  # fmt: skip
    assert "%2 = add.i32 %1, %0" in optimized(text)


def test_infinite_loops_survive() -> None:
    text = "func @f() -> void {\nentry:\n  jmp a\na:\n  jmp b\nb:\n  jmp a\n}\n"
    assert optimized(text).count("jmp") == 2


def test_strict_verification_wants_values_on_every_path() -> None:
    text = ("func @f(%0: i32) -> i32 {\nentry:\n  br %0, a, b\na:\n  %1 = copy.i32 1\n  jmp b\n"
            "b:\n  ret.i32 %1\n}\n")  # fmt: skip
    verify.verify(parse(text))  # C allows it: the variable may be read uninitialized
    with pytest.raises(ir.IRError, match=r"in @f, block b \(ret.i32 %1\): %1 may be unassigned"):
        verify.verify(parse(text), strict=True)
    loop = text.replace("  jmp b\n", "  jmp a\n").replace(
        "br %0, a, b", "%1 = copy.i32 0\n  br %0, a, b"
    )
    verify.verify(parse(loop), strict=True)


@pytest.mark.parametrize("path", IR_FILES, ids=lambda p: p.stem)
def test_test_programs_pass_strict_verification(path: Path) -> None:
    verify.verify(parse(path.read_text()), strict=True)


TOKENS = ["%1", "%0", "0", "-1", "i8", "u64", "ptr", "$x", "@g", ",", "[", "]", "(", ")", ":",
          "=", "+", "jmp", "br", "ret", "switch.i32", "entry", "{", "}", "func", "slot", '"',
          "\\", "99999999999999999999", "add.i32", "conv.i8.u64", "call.i32"]  # fmt: skip


def mutant(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        roll = rng.random()
        if roll < 0.3:
            del lines[i]
        elif roll < 0.6 and lines[i]:
            j = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:j] + rng.choice(TOKENS) + lines[i][j:]
        elif roll < 0.8:
            lines.insert(i, rng.choice(lines))
        else:
            words = lines[i].split(" ")
            words[rng.randrange(len(words))] = rng.choice(TOKENS)
            lines[i] = " ".join(words)
    return "\n".join(lines)


def test_mutated_ir_never_crashes() -> None:
    """Broken IR text is a CompileError; IR that verifies always optimizes and compiles."""
    rng = random.Random(7)
    texts = [p.read_text() for p in IR_FILES]
    for _ in range(400):
        try:
            module = parse(mutant(rng, rng.choice(texts)))
        except CompileError:
            continue
        codegen.codegen(module)
        verify.verify(optimize.optimize(module))
        codegen.codegen(module)
