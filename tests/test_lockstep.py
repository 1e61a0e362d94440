"""Lockstep: the fast engine and the reference interpreter agree at every block boundary.

The fast engine is built with an observer that it calls at the entry of every
trace it executes (a block boundary), passing the live register values. The
observer advances a second hart — same code, same memory, on the reference
interpreter — to the same instruction count and compares the architectural
state: registers, pc, fcsr, privilege, trap CSRs, and (periodically and at the
end) all of memory. Random instruction streams come from hypothesis; real
programs come from the differential suite.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from harness import CODE, DATA, new_hart, setup, state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groundup.isa.encode import compress, encode
from groundup.isa.encoding import IMM_RANGE, Fmt
from groundup.isa.table import OPS, Op
from groundup.machine.hart import Hart, StopReason
from groundup.machine.interp import Interpreter
from groundup.machine.translate import Translator

INT_POOL = [0, 1, 2, 5, 6, 7, 10, 11, 12, 13, 28, 29]  # x30/x31 are pinned bases
CODE_BASE, DATA_BASE = 30, 31
STREAM_OPS = [o for o in OPS if not o.serial]
MEMORY_EVERY = 64  # compare all memory every this many block boundaries


@dataclass
class Lockstep:
    """Drives a reference hart alongside a fast one and compares them."""

    ref: Hart
    advance: object = None  # callable(target_instret, target_pc) for harts behind a kernel
    memory_every: int = MEMORY_EVERY
    boundaries: int = 0
    mismatches: list[str] = field(default_factory=list)

    def observe(self, h: Hart, pc: int, done: int, regs: dict[int, int]) -> None:
        target = h.instret + done
        self._advance(target, pc)
        x = list(h.x)
        for r, v in regs.items():
            x[r] = v
        self.boundaries += 1
        mine = (pc, x, list(h.f), (h.fpstate.frm, h.fpstate.fflags), h.priv)
        ref = self.ref
        theirs = (ref.pc, list(ref.x), list(ref.f), (ref.fpstate.frm, ref.fpstate.fflags),
                  ref.priv)  # fmt: skip
        if mine != theirs or ref.instret != target:
            self.mismatches.append(f"at instret {target} pc {pc:#x}: {mine} != {theirs}")
            raise AssertionError(self.mismatches[-1])
        if self.boundaries % self.memory_every == 0:
            assert digest(h) == digest(ref), f"memory differs at instret {target}"

    def _advance(self, target: int, pc: int) -> None:
        if self.advance is not None:
            self.advance(target, pc)  # type: ignore[operator]
            return
        while self.ref.instret < target:
            stop = self.ref.run(target - self.ref.instret)
            assert stop.reason is StopReason.LIMIT, f"reference trapped early: {stop}"


def digest(h: Hart) -> str:
    return hashlib.blake2b(h.mem.ram[:], digest_size=16).hexdigest()


# --- random instruction streams ---------------------------------------------------------
def _fields(draw: st.DrawFn, op: Op) -> dict[str, int]:
    fp_reg = st.integers(0, 31)
    int_reg = st.sampled_from(INT_POOL)
    syntax = op.syntax
    f: dict[str, int] = {}
    f["rd"] = draw(fp_reg if "frd" in syntax else int_reg)
    f["rs1"] = draw(fp_reg if "frs1" in syntax else int_reg)
    f["rs2"] = draw(fp_reg if "frs2" in syntax else int_reg)
    f["rs3"] = draw(fp_reg)
    f["rm"] = draw(st.sampled_from([0, 1, 2, 3, 4, 7, 7, 7, 5]))
    if op.fmt in IMM_RANGE and op.fmt not in (Fmt.B, Fmt.J):
        lo, hi, align = IMM_RANGE[op.fmt]
        f["imm"] = draw(st.integers(lo // align, hi // align)) * align
    amo = "(rs1)" in syntax and "imm" not in syntax  # needs an aligned base
    near_data = "imm(rs1)" in syntax and draw(st.integers(0, 9)) > 0  # mostly; else wild
    if amo or near_data:
        f["rs1"] = DATA_BASE
    f["aq"], f["rl"] = draw(st.booleans()), draw(st.booleans())
    return f


@st.composite
def streams(draw: st.DrawFn) -> bytes:
    n = draw(st.integers(1, 40))
    items = []
    for _ in range(n):
        op = draw(st.sampled_from(STREAM_OPS))
        items.append((op, _fields(draw, op), draw(st.integers(0, n - 1)), draw(st.booleans())))
    # Sizes first (control flow stays 32-bit), then branch and jump offsets.
    sizes, words = [], []
    for op, f, _, small in items:
        half = None
        if small and not op.control and op.fmt is not Fmt.FENCE:
            half = compress(op.name, f["rd"], f["rs1"], f["rs2"], f.get("imm", 0))
        sizes.append(2 if half is not None else 4)
        words.append(half)
    starts = [sum(sizes[:i]) for i in range(n)]
    code = b""
    for i, (op, f, target, _) in enumerate(items):
        if words[i] is not None:
            code += words[i].to_bytes(2, "little")
            continue
        imm = f.get("imm", 0)
        if op.fmt in (Fmt.B, Fmt.J):
            imm = starts[target] - starts[i]
        if op.name == "jalr":
            f["rs1"], imm = CODE_BASE, starts[target]
        word = encode(op, f["rd"], f["rs1"], f["rs2"], f["rs3"], imm, f["rm"], f["aq"], f["rl"])
        code += word.to_bytes(4, "little")
    return code


REG_VALUES = st.sampled_from([0, 1, -1, 2**31 - 1, -(2**31), 2**63 - 1, -(2**63), 0x8000_0000,
                              0xFFFF_FFFF, 12345, -7, 64, 63, 31, 32])  # fmt: skip
FP_VALUES = st.sampled_from([0, 1 << 63, 0x3FF0_0000_0000_0000, 0x7FF0_0000_0000_0000,
                             0x7FF8_0000_0000_0000, 0x7FF4_0000_0000_0000, 0x0000_0000_0000_0001,
                             0xFFFF_FFFF_3F80_0000, 0xFFFF_FFFF_7FC0_0000, 0xFFFF_FFFF_0000_0001,
                             0x4009_21FB_5444_2D18, 0xC340_0000_0000_0000])  # fmt: skip


EXAMPLES = int(os.environ.get("LOCKSTEP_EXAMPLES", "300"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(code=streams(), xs=st.lists(REG_VALUES, min_size=32, max_size=32),
       fs=st.lists(FP_VALUES, min_size=32, max_size=32), frm=st.sampled_from([0, 1, 2, 3, 4, 5]),
       steps=st.integers(1, 300))  # fmt: skip
def test_random_streams_in_lockstep(
    code: bytes, xs: list[int], fs: list[int], frm: int, steps: int
) -> None:
    check_stream(code, xs, fs, frm, steps)


def check_stream(code: bytes, xs: list[int], fs: list[int], frm: int, steps: int) -> None:
    x = {r: v for r, v in enumerate(xs) if r}
    x[CODE_BASE], x[DATA_BASE] = CODE, DATA + 2048
    ref = new_hart("ref")
    fast = new_hart("ref")
    lock = Lockstep(ref)
    fast.engine = Translator(hot=1, observe=lock.observe, eager=True)
    for h in (ref, fast):
        setup(h, code, x=x, f=dict(enumerate(fs)), frm=frm)
    stop_fast = fast.run(steps)
    stop_ref = ref.run(steps - ref.instret)  # the observer has brought it part of the way
    assert stop_fast == stop_ref
    assert state(fast, 4096) == state(ref, 4096)
    assert digest(fast) == digest(ref)


# --- whole programs ---------------------------------------------------------------------
PROGRAMS = Path(__file__).parent / "programs"
LOCKSTEP_PROGRAMS = sorted(p.stem for p in PROGRAMS.glob("*.c"))
#: every program's -O2 build, and every other program's -O0 build too (-O0 code is
#: loads, stores and calls: the same instructions in simpler company)
LOCKSTEP_BUILDS = [(name, "O2") for name in LOCKSTEP_PROGRAMS] + [
    (name, "O0") for name in LOCKSTEP_PROGRAMS[::2]
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "opt"), LOCKSTEP_BUILDS, ids=lambda v: v)
def test_program_in_lockstep(name: str, opt: str) -> None:
    import oracle

    from groundup.kernel.proc import Kernel
    from groundup.kernel.trap import usertrap

    src = PROGRAMS / f"{name}.c"
    if not src.exists():
        pytest.skip(f"{src.name} not written yet")
    oracle.require("gcc")
    elf = oracle.gcc_compile(src, opt)
    data = elf.read_bytes()
    ram = 16 << 20
    kr = Kernel(engine="ref", stdout=io.BytesIO(), stderr=io.BytesIO(), ram_size=ram)
    pr = kr.spawn(name, data, [name], [])

    def advance(target: int, pc: int) -> None:
        # A system call retires no instruction (ecall traps), so reaching the count
        # may leave the reference just before an ecall the fast hart has done.
        while pr.alive and (hr.instret < target or hr.pc != pc):
            stop = hr.run(max(target - hr.instret, 1))
            if stop.reason is StopReason.TRAP:
                usertrap(kr, pr.leader, stop)
            elif hr.instret > target:
                break  # overshot: the comparison will report it

    hr = kr.machine.harts[0]  # where the only thread runs
    lock = Lockstep(hr, advance=advance, memory_every=8192)
    kf = Kernel(engine="fast", stdout=io.BytesIO(), stderr=io.BytesIO(), ram_size=ram)
    kf.machine.harts[0].engine = Translator(hot=1, observe=lock.observe)
    pf = kf.spawn(name, data, [name], [])
    result = kf.run(pf)
    assert kr.run(pr) == result
    assert kf.outputs[1].getvalue() == kr.outputs[1].getvalue()  # type: ignore[attr-defined]
    assert digest(kf.machine.harts[0]) == digest(hr)
    assert lock.boundaries > 100
    assert isinstance(hr.engine, Interpreter)


@pytest.mark.parametrize("name", ["sort_quick_merge", "selfcheck_d", "jump_table"])
@pytest.mark.parametrize("period", [997, 5003])
def test_timer_interrupts_land_on_the_same_instructions(name: str, period: int) -> None:
    """A supervisor timer every `period` instructions: both engines are interrupted at
    exactly the same instruction counts and pcs, and the program is unaffected."""
    import oracle

    from groundup.isa.priv import Interrupt
    from groundup.kernel.proc import Kernel
    from groundup.kernel.trap import usertrap

    oracle.require("gcc")
    data = oracle.gcc_compile(PROGRAMS / f"{name}.c", "O2").read_bytes()
    seen = {}
    for engine in ("ref", "fast"):
        out = io.BytesIO()
        k = Kernel(engine=engine, stdout=out, ram_size=16 << 20)  # type: ignore[arg-type]
        p = k.spawn(name, data, [name], [])
        t = p.leader
        h = k.machine.harts[0]
        h.csr.mie |= 1 << Interrupt.SUPERVISOR_TIMER
        h.csr.stimecmp = period
        ticks = []
        while p.alive:
            stop = h.run(1 << 20)
            if stop.reason is StopReason.TRAP and stop.interrupt:
                ticks.append((h.instret, h.csr.sepc))
                h.csr.stimecmp = h.time() + period
                h.pc = h.sret()
            elif stop.reason is StopReason.TRAP:
                usertrap(k, t, stop)
        seen[engine] = (ticks, out.getvalue(), p.result)
    assert seen["fast"] == seen["ref"]
    ticks = seen["ref"][0]
    assert len(ticks) > 5 and all(t == period * (i + 1) for i, (t, _) in enumerate(ticks))
