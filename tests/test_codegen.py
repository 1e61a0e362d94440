"""The code generator, end to end: IR -> assembly -> object -> executable -> run.

Every program is generated from IR (hand-written files in tests/ir/, or IR that the
tests below generate with the expected results computed in Python), then

* assembled by `groundup as` and by GNU as (both must accept it),
* linked with glibc (and with gcc-compiled C, for the ABI tests) by gcc and by
  `groundup ld`,
* run under qemu-riscv64 and under `python -m groundup run`: the output and exit
  status must be what the file says (`; expect: LINE` comments, `; status: N`).

A file's `; link: NAME.c` comments name C files (in tests/ir/) compiled by gcc and
linked with it; `; registers: N` limits the allocator to N registers of each class,
to exercise spilling. Each file also runs with no registers at all (everything
spilled), which tests the spill code on every kind of instruction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import oracle
import pytest
import test_glibc
from test_ld import glibc_link_args, gnu_as, link_ok, our_as, run_groundup

from groundup.cc import codegen, irparse, optimize, verify
from groundup.cc.ir import Ty

ORACLES = oracle.requires_oracle("gcc", "as", "ld", "qemu")

HERE = Path(__file__).resolve().parent
IR_DIR = HERE / "ir"
IR_FILES = sorted(IR_DIR.glob("*.ir"))


@dataclass(frozen=True)
class Expect:
    stdout: bytes
    status: int = 0


def expectation(text: str) -> Expect:
    lines = [m.group(1) for m in re.finditer(r"^; expect: ?(.*)$", text, re.M)]
    status = re.search(r"^; status: (\d+)", text, re.M)
    out = "".join(line + "\n" for line in lines)
    return Expect(out.encode(), int(status.group(1)) if status else 0)


def c_objects(c_files: list[Path]) -> list[Path]:
    return [oracle.gcc_compile(c, "O2", flags=test_glibc.GLIBC_FLAGS, link=False) for c in c_files]


def build_and_run(text: str, name: str, tmp_path: Path, expect: Expect,
                  c_files: list[Path] = (), registers: int | None = None,  # type: ignore
                  groundup: bool = True, optimized: int = 0) -> str:  # fmt: skip
    """Compile IR text (optimized at that level, if any) and run it both ways; return
    the assembly."""
    module = irparse.parse_module(text, name)
    if optimized:
        verify.verify(optimize.optimize(module, int(optimized)))
    asm = codegen.codegen(module, registers)
    gnu_as(asm, f"{name}.s")  # GNU as must accept it too
    objs = c_objects(list(c_files))
    inputs: dict[str, oracle.InputData] = {"ours.s": asm}
    inputs.update({f"c{i}.o": o for i, o in enumerate(objs)})
    res = oracle.run_tool("gcc", [*test_glibc.GLIBC_FLAGS, "ours.s",
                                  *(f"c{i}.o" for i in range(len(objs))), "-o", "prog"],
                          inputs, outputs=["prog"])  # fmt: skip
    ran = oracle.qemu_run(res.check().output("prog"))
    assert (ran.stdout.decode(), ran.status) == (expect.stdout.decode(), expect.status), asm
    ours = our_as(asm, tmp_path / f"{name}.o")
    if groundup:
        link_ok("-o", tmp_path / name, *glibc_link_args([ours, *objs]))
        run = run_groundup(tmp_path / name)
        got = (run.stdout.decode(), run.returncode)
        assert got == (expect.stdout.decode(), expect.status), run.stderr[-2000:]
    return asm


def _options(text: str) -> tuple[list[Path], int | None]:
    links = [IR_DIR / m for m in re.findall(r"^; link: (\S+)", text, re.M)]
    regs = re.search(r"^; registers: (\d+)", text, re.M)
    return links, int(regs.group(1)) if regs else None


@pytest.mark.parametrize("path", IR_FILES, ids=lambda p: p.stem)
@ORACLES
def test_ir_program(path: Path, tmp_path: Path) -> None:
    text = path.read_text()
    links, regs = _options(text)
    build_and_run(text, path.stem, tmp_path, expectation(text), links, regs)


@pytest.mark.parametrize("path", IR_FILES, ids=lambda p: p.stem)
@ORACLES
def test_ir_program_all_spilled(path: Path, tmp_path: Path) -> None:
    text = path.read_text()
    links, _ = _options(text)
    build_and_run(text, path.stem, tmp_path, expectation(text), links, 0, groundup=False)


@ORACLES
@pytest.mark.parametrize("level", [1, 2])
@pytest.mark.parametrize("path", IR_FILES, ids=lambda p: p.stem)
def test_ir_program_optimized(path: Path, level: int, tmp_path: Path) -> None:
    text = path.read_text()
    links, regs = _options(text)
    build_and_run(text, path.stem, tmp_path, expectation(text), links, regs, groundup=False,
                  optimized=level)  # fmt: skip


@ORACLES
@pytest.mark.parametrize("path", IR_FILES, ids=lambda p: p.stem)
def test_ir_program_optimized_spilled(path: Path, tmp_path: Path) -> None:
    """-O2 with two registers of each class: constants taken out of loops are spilled
    and built again where they are read."""
    text = path.read_text()
    links, _ = _options(text)
    build_and_run(text, path.stem, tmp_path, expectation(text), links, 2, groundup=False,
                  optimized=2)  # fmt: skip


# --- generated: every operation on every type, checked against Python ---------------------

TYPES = [Ty.I8, Ty.U8, Ty.I16, Ty.U16, Ty.I32, Ty.U32, Ty.I64, Ty.U64]


def edge_values(ty: Ty) -> list[int]:
    top = 1 << (ty.bits - 1)
    raw = [0, 1, -1, 2, 3, 7, -8, 100, top - 1, top, top + 1, 0x5A5A5A5A5A5A5A5A, -12345]
    return sorted({ty.wrap(v) for v in raw})


def c_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def binary_result(op: str, ty: Ty, a: int, b: int) -> int | None:
    """What C (with wrapping) gives, or None where C leaves it undefined."""
    if op in ("div", "rem") and (b == 0 or (ty.bits >= 32 and ty.signed and b == -1
                                            and a == -(1 << (ty.bits - 1)))):  # fmt: skip
        return None
    if op in ("shl", "shr") and not 0 <= b < ty.bits:
        return None
    match op:
        case "add":
            r = a + b
        case "sub":
            r = a - b
        case "mul":
            r = a * b
        case "div":
            r = c_div(a, b)
        case "rem":
            r = a - b * c_div(a, b)
        case "and":
            r = a & b
        case "or":
            r = a | b
        case "xor":
            r = a ^ b
        case "shl":
            r = a << b
        case _:
            r = a >> b
    return ty.wrap(r)


COMPARE = {"eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "lt": lambda a, b: a < b,
           "le": lambda a, b: a <= b, "gt": lambda a, b: a > b,
           "ge": lambda a, b: a >= b}  # fmt: skip


class Checks:
    """Builds a main() that computes values and checks each against its expected value."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.n = 0
        self.v = 0

    def vreg(self) -> str:
        self.v += 1
        return f"%{self.v}"

    def check(self, ty: Ty, result: str, expected: int) -> None:
        self.n += 1
        c, w = self.vreg(), self.vreg()
        k = self.n
        self.lines += [f"  {c} = ne.{ty.value} {result}, {expected}", f"  br {c}, bad{k}, ok{k}",
                       f"bad{k}:", f"  {w} = conv.{ty.value}.i64 {result}",
                       f"  call @printf(ptr @bad, i32 {k}, i64 {w})", f"  jmp ok{k}",
                       f"ok{k}:"]  # fmt: skip

    def const(self, ty: Ty, value: int) -> str:
        r = self.vreg()
        self.lines.append(f"  {r} = copy.{ty.value} {value}")
        return r

    def program(self, slots: str = "") -> str:
        head = ['rodata local @bad align 1 = "FAIL %d: got %ld\\n\\0"',
                'rodata local @good align 1 = "%d checks\\n\\0"', "",
                "func @main() -> i32 {", slots, "entry:"]  # fmt: skip
        tail = [f"  call @printf(ptr @good, i32 {self.n})", "  ret.i32 0", "}"]
        return "\n".join(head + self.lines + tail) + "\n"


def arithmetic_program(ty: Ty) -> Checks:
    ch = Checks()
    values = edge_values(ty)
    for op in ("add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr"):
        for a in values:
            bs = [b for b in values if 0 <= b < ty.bits] if op in ("shl", "shr") else values
            for b in bs:
                want = binary_result(op, ty, a, b)
                if want is None:
                    continue
                ra, rb = ch.const(ty, a), ch.const(ty, b)
                r = ch.vreg()
                ch.lines.append(f"  {r} = {op}.{ty.value} {ra}, {rb}")
                ch.check(ty, r, want)
                if b in (1, 3, 7, 100, -8):  # the immediate forms
                    r = ch.vreg()
                    ch.lines.append(f"  {r} = {op}.{ty.value} {ra}, {b}")
                    ch.check(ty, r, want)
    for a in values:
        for op, fn in (("neg", lambda x: -x), ("not", lambda x: ~x)):
            ra, r = ch.const(ty, a), ch.vreg()
            ch.lines.append(f"  {r} = {op}.{ty.value} {ra}")
            ch.check(ty, r, ty.wrap(fn(a)))
        for op, test in COMPARE.items():
            for b in values:
                ra, rb, r = ch.const(ty, a), ch.const(ty, b), ch.vreg()
                ch.lines.append(f"  {r} = {op}.{ty.value} {ra}, {rb}")
                ch.check(Ty.I32, r, int(test(a, b)))
    return ch


@pytest.mark.parametrize("ty", TYPES, ids=lambda t: t.value)
@ORACLES
def test_arithmetic(ty: Ty, tmp_path: Path) -> None:
    ch = arithmetic_program(ty)
    build_and_run(ch.program(), f"arith_{ty.value}", tmp_path, Expect(f"{ch.n} checks\n".encode()))


def compare_branch_program(ty: Ty) -> Checks:
    """Comparisons fused into branches: each picks one of two constants."""
    ch = Checks()
    for a in edge_values(ty):
        for b in edge_values(ty)[::2]:
            for op, test in COMPARE.items():
                ra = ch.const(ty, a)
                rb = ch.const(ty, b) if b not in (0, 1) else str(b)
                r, c = ch.vreg(), ch.vreg()
                k = ch.n + 1
                ch.lines += [f"  {c} = {op}.{ty.value} {ra}, {rb}", f"  br {c}, t{k}, f{k}",
                             f"t{k}:", f"  {r} = copy.i32 1", f"  jmp j{k}", f"f{k}:",
                             f"  {r} = copy.i32 0", f"  jmp j{k}", f"j{k}:"]  # fmt: skip
                ch.check(Ty.I32, r, int(test(a, b)))
    return ch


@pytest.mark.parametrize("ty", [Ty.I8, Ty.U16, Ty.I32, Ty.U32, Ty.I64, Ty.U64, Ty.PTR],
                         ids=lambda t: t.value)  # fmt: skip
@ORACLES
def test_compare_and_branch(ty: Ty, tmp_path: Path) -> None:
    ch = compare_branch_program(ty)
    build_and_run(ch.program(), f"cmpbr_{ty.value}", tmp_path,
                  Expect(f"{ch.n} checks\n".encode()))  # fmt: skip


@ORACLES
def test_conversions(tmp_path: Path) -> None:
    ch = Checks()
    for s in TYPES:
        for v in edge_values(s):
            for d in TYPES:
                r = ch.vreg()
                ch.lines.append(f"  {r} = conv.{s.value}.{d.value} {ch.const(s, v)}")
                ch.check(d, r, d.wrap(v))
    build_and_run(ch.program(), "conv", tmp_path, Expect(f"{ch.n} checks\n".encode()))


@ORACLES
def test_loads_and_stores(tmp_path: Path) -> None:
    """Store each width, load back every width at every offset inside it (little-endian)."""
    ch = Checks()
    for s in TYPES:
        for v in edge_values(s)[::3]:
            for d in TYPES:
                for off in range(0, s.size - d.size + 1, d.size):
                    ch.lines.append(f"  store.i64 [$m+8], {0x1122334455667788}")
                    ch.lines.append(f"  store.{s.value} [$m+8], {ch.const(s, v)}")
                    r = ch.vreg()
                    ch.lines.append(f"  {r} = load.{d.value} [$m+{8 + off}]")
                    raw = (v & ((1 << s.bits) - 1)) >> (8 * off)
                    ch.check(d, r, d.wrap(raw))
    text = ch.program("  slot $m size 24 align 8")
    build_and_run(text, "memory", tmp_path, Expect(f"{ch.n} checks\n".encode()))


@ORACLES
@pytest.mark.parametrize("ty", TYPES, ids=lambda t: t.value)
def test_constant_folding(ty: Ty, tmp_path: Path) -> None:
    """-O1 folds every check of the arithmetic program: the folder's C semantics."""
    ch = arithmetic_program(ty)
    expect = Expect(f"{ch.n} checks\n".encode())
    asm = build_and_run(ch.program(), f"fold_{ty.value}", tmp_path, expect, groundup=False,
                        optimized=True)  # fmt: skip
    assert "FAIL" in asm and asm.count("call\tprintf") == 1  # only the last printf is left


@ORACLES
def test_arithmetic_spilled(tmp_path: Path) -> None:
    ch = arithmetic_program(Ty.I32)
    build_and_run(ch.program(), "arith_spilled", tmp_path, Expect(f"{ch.n} checks\n".encode()),
                  registers=0, groundup=False)  # fmt: skip


# --- what the allocator and the code generator save ---------------------------------------


def function_asm(asm: str, name: str) -> str:
    """The instructions of one function in the assembly text."""
    return asm.split(f"\n{name}:\n", 1)[1].split("\t.size", 1)[0]


def block_asm(asm: str, fn: str, label: str) -> str:
    """The instructions of one block of a function, up to the next label."""
    return asm.split(f"\n.L{fn}.{label}:\n", 1)[1].split("\n.L", 1)[0]


PRINT = 'rodata local @fmt align 1 = "%ld\\n\\0"\n\n'


@ORACLES
def test_moves_between_vregs_that_hold_one_value_are_coalesced(tmp_path: Path) -> None:
    """A conversion that keeps the register (i64 -> u64 -> i64) and the vreg it reads
    share a register, though both are live at once: no `mv`."""
    text = (
        PRINT
        + """func @main() -> i32 {
entry:
  %0 = copy.i64 0
  %1 = copy.i64 0
  jmp loop
loop:
  %2 = conv.i64.u64 %0
  %3 = mul.u64 %2, %2
  %4 = conv.u64.i64 %3
  %1 = add.i64 %1, %4
  %0 = add.i64 %0, 1
  %5 = lt.i64 %0, 10
  br %5, loop, done
done:
  %6 = call.i32 @printf(ptr @fmt, i64 %1)
  ret.i32 0
}
"""
    )
    asm = build_and_run(text, "coalesce", tmp_path, Expect(b"285\n"))
    loop = block_asm(asm, "main", "loop")
    assert "mv\t" not in loop and len(loop.strip().splitlines()) == 5  # mul add addi li blt


LOOP_CONSTANTS = (
    PRINT
    + """bss local @tab align 8 size 800

func @main() -> i32 {
entry:
  %0 = copy.i64 0
  jmp fill
fill:
  %1 = shl.i64 %0, 3
  %2 = conv.i64.ptr %1
  %3 = add.ptr @tab, %2
  %4 = mul.i64 %0, 100000
  store.i64 [%3], %4
  %0 = add.i64 %0, 1
  %5 = lt.i64 %0, 100
  br %5, fill, sum
sum:
  %6 = copy.i64 0
  %7 = copy.ptr @tab
  jmp add
add:
  %8 = load.i64 [%7]
  %6 = add.i64 %6, %8
  %7 = add.ptr %7, 8
  %9 = lt.ptr %7, @tab+800
  br %9, add, done
done:
  %10 = call.i32 @printf(ptr @fmt, i64 %6)
  ret.i32 0
}
"""
)


@ORACLES
@pytest.mark.parametrize("registers", [None, 1])
def test_constants_leave_loops_or_are_built_again(registers: int | None,
                                                  tmp_path: Path) -> None:  # fmt: skip
    """At -O2 a loop's wide constants and addresses are built once, before it; with
    too few registers they are spilled, and built where they are read (no load)."""
    asm = build_and_run(LOOP_CONSTANTS, "constants", tmp_path, Expect(b"495000000\n"),
                        registers=registers, optimized=2)  # fmt: skip
    fill, add = block_asm(asm, "main", "fill"), block_asm(asm, "main", "add")
    built = "100000" in fill and "lla" in add
    assert built is (registers is not None)
    if registers is None:
        assert "(s0)" not in function_asm(asm, "main")  # nothing spilled
        assert len(fill.strip().splitlines()) == 5  # sd mul addi addi blt
        assert len(add.strip().splitlines()) == 4  # ld add addi bltu


LEAF = (
    PRINT
    + """func local @max(%0: i64, %1: i64) -> i64 {
entry:
  %2 = lt.i64 %0, %1
  br %2, b, a
a:
  ret.i64 %0
b:
  ret.i64 %1
}

func @main() -> i32 {
entry:
  %0 = copy.i64 0
  %1 = copy.i64 0
  %9 = lt.i64 %0, 10
  br %9, loop, done
loop:
  %2 = call.i64 @max(i64 %0, i64 5)
  %1 = add.i64 %1, %2
  %0 = add.i64 %0, 1
  %9 = lt.i64 %0, 10
  br %9, loop, done
done:
  %3 = call.i32 @printf(ptr @fmt, i64 %1)
  ret.i32 0
}
"""
)


@ORACLES
def test_leaves_have_no_frame_and_fused_comparisons_no_register(tmp_path: Path) -> None:
    """A leaf that keeps nothing in memory does not touch sp; a comparison only a branch
    reads is no value (here it would otherwise live across the call, in an s register)."""
    asm = build_and_run(LEAF, "leaf", tmp_path, Expect(b"60\n"))
    leaf = function_asm(asm, "max")
    assert "sp" not in leaf and "ra" not in leaf.replace("\tret", "")
    main = function_asm(asm, "main")
    assert "s1" in main and "s2" in main and "s3" not in main


@ORACLES
def test_small_unsigned_values_widen_for_free(tmp_path: Path) -> None:
    """A u32 below 2**31 (masked, shifted right) is zero-extended already in its
    register: to 64 bits it moves; a u32 that may be greater is zero-extended."""
    text = (
        'rodata local @fmt align 1 = "%lu %lu %lu\\n\\0"\n\n'
        + """func @main() -> i32 {
entry:
  %0 = copy.u32 4000000000
  %1 = and.u32 %0, 255
  %2 = conv.u32.u64 %1
  %3 = shr.u32 %0, 4
  %4 = conv.u32.u64 %3
  %5 = conv.u32.u64 %0
  %6 = call.i32 @printf(ptr @fmt, u64 %2, u64 %4, u64 %5)
  ret.i32 0
}
"""
    )
    want = f"{4000000000 & 255} {4000000000 >> 4} 4000000000\n"
    asm = build_and_run(text, "small_u32", tmp_path, Expect(want.encode()))
    assert function_asm(asm, "main").count("srli\t") == 1  # %5 only (%3: srliw)


# --- generated: the calling convention against gcc ------------------------------------------

C_TYPE = {Ty.I8: "signed char", Ty.U8: "unsigned char", Ty.I16: "short",
          Ty.U16: "unsigned short", Ty.I32: "int", Ty.U32: "unsigned", Ty.I64: "long",
          Ty.U64: "unsigned long"}  # fmt: skip
ARG_SEED = {Ty.I8: -5, Ty.U8: 200, Ty.I16: -30000, Ty.U16: 60000, Ty.I32: -2_000_000_000,
            Ty.U32: 4_000_000_000, Ty.I64: -(1 << 62), Ty.U64: (1 << 63) + 5}  # fmt: skip


@dataclass(frozen=True)
class Signature:
    n: int
    params: tuple[Ty, ...]
    ret: Ty
    values: tuple[int, ...]

    @property
    def result(self) -> int:
        total = sum((v % (1 << 64)) * (i + 1) for i, v in enumerate(self.values))
        return self.ret.wrap(total)


def signatures() -> list[Signature]:
    out = []
    for n in range(13):
        params = tuple(TYPES[(n + 3 * i) % 8] for i in range(n))
        values = tuple(t.wrap(ARG_SEED[t] - 3 * i) for i, t in enumerate(params))
        out.append(Signature(n, params, TYPES[(5 * n + 4) % 8], values))
    return out


def c_literal(ty: Ty, v: int) -> str:
    return f"({C_TYPE[ty]}){v}{'UL' if not ty.signed else 'L'}" if v != -(1 << 63) else "LONG_MIN"


def interop_c(sigs: list[Signature]) -> str:
    """gcc's side: c_fN checks its arguments and returns their mix; main calls ir_fN."""
    lines = ["#include <stdio.h>", "#include <limits.h>"]
    for s in sigs:
        params = ", ".join(f"{C_TYPE[t]} a{i}" for i, t in enumerate(s.params)) or "void"
        lines.append(f"{C_TYPE[s.ret]} ir_f{s.n}({params});")
        lines.append(f"{C_TYPE[s.ret]} c_f{s.n}({params}) {{")
        lines.append("  unsigned long mix = 0;")
        for i, (t, v) in enumerate(zip(s.params, s.values, strict=True)):
            lines.append(f'  if (a{i} != {c_literal(t, v)}) printf("c_f{s.n}: bad a{i}\\n");')
            lines.append(f"  mix += (unsigned long)a{i} * {i + 1};")
        lines += [f'  printf("c_f{s.n} called\\n");', f"  return ({C_TYPE[s.ret]})mix;", "}"]
    lines.append("int main(void) {")
    for s in sigs:
        args = ", ".join(c_literal(t, v) for t, v in zip(s.params, s.values, strict=True))
        lines.append(f"  if (ir_f{s.n}({args}) != {c_literal(s.ret, s.result)}) "
                     f'printf("ir_f{s.n}: bad result\\n");')  # fmt: skip
        lines.append(f'  else printf("ir_f{s.n} ok\\n");')
    lines += ["  return 0;", "}"]
    return "\n".join(lines) + "\n"


def interop_ir(sigs: list[Signature]) -> str:
    """Our side: ir_fN checks its parameters, calls c_fN with them, and returns their mix."""
    parts = ['rodata local @bad align 1 = "ir: bad %d\\n\\0"']
    for s in sigs:
        params = ", ".join(f"%{i}: {t.value}" for i, t in enumerate(s.params))
        body = [f"func @ir_f{s.n}({params}) -> {s.ret.value} {{", "entry:", "  %100 = copy.u64 0"]
        v = 200
        for i, (t, val) in enumerate(zip(s.params, s.values, strict=True)):
            body += [f"  %{v} = ne.{t.value} %{i}, {val}", f"  br %{v}, bad{i}, ok{i}",
                     f"bad{i}:", f"  call @printf(ptr @bad, i32 {i})", f"  jmp ok{i}", f"ok{i}:",
                     f"  %{v + 1} = conv.{t.value}.u64 %{i}",
                     f"  %{v + 2} = mul.u64 %{v + 1}, {i + 1}",
                     f"  %100 = add.u64 %100, %{v + 2}"]  # fmt: skip
            v += 3
        args = ", ".join(f"{t.value} %{i}" for i, t in enumerate(s.params))
        r = s.ret.value
        body += [f"  %{v} = call.{r} @c_f{s.n}({args})", f"  %{v + 1} = conv.u64.{r} %100",
                 f"  %{v + 2} = ne.{r} %{v}, %{v + 1}", f"  br %{v + 2}, badr, okr", "badr:",
                 "  call @printf(ptr @bad, i32 99)", "  jmp okr", "okr:",
                 f"  ret.{r} %{v + 1}", "}"]  # fmt: skip
        parts.append("\n".join(body))
    return "\n\n".join(parts) + "\n"


@ORACLES
def test_abi_interop(tmp_path: Path) -> None:
    sigs = signatures()
    c = tmp_path / "interop.c"
    c.write_text(interop_c(sigs))
    out = "".join(f"c_f{s.n} called\nir_f{s.n} ok\n" for s in sigs)
    build_and_run(interop_ir(sigs), "interop", tmp_path, Expect(out.encode()), [c])


@ORACLES
def test_abi_interop_spilled(tmp_path: Path) -> None:
    sigs = signatures()
    c = tmp_path / "interop.c"
    c.write_text(interop_c(sigs))
    out = "".join(f"c_f{s.n} called\nir_f{s.n} ok\n" for s in sigs)
    build_and_run(interop_ir(sigs), "interop", tmp_path, Expect(out.encode()), [c], registers=1)
