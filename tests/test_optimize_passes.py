"""The IR optimizer's passes (groundup/cc/optimize.py and opt_*.py), one by one.

* for each pass, hand-written IR before and the exact IR after: what it removes or
  rewrites, and what it must leave alone (loads that may be volatile, slots whose
  address escapes, floating point, undefined operations, stores before calls);
* the pass manager: the pipelines, `--dump-ir-after=PASS`, round numbers;
* semantics: random integer programs (straight-line and branchy, loops, stack slots,
  calls) run by the IR interpreter (groundup/cc/interp.py) before and after random
  sequences of passes and the -O1/-O2 pipelines must return, print and store the same;
  so must the hand-written programs of tests/ir/.
"""

from __future__ import annotations

import functools
import io
import re
import sys
from contextlib import redirect_stderr
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from groundup.cc import interp, ir, irparse, optimize, tool, verify
from groundup.cc.interp import Machine, OutOfSteps, Undefined
from groundup.cc.ir import Ty
from groundup.diag import Reporter

HERE = Path(__file__).resolve().parent
IR_FILES = sorted((HERE / "ir").glob("*.ir"))


def parse(text: str) -> ir.Module:
    return irparse.parse_module(text)


def after(names: str | list[str], text: str) -> str:
    """The module's text after running the named passes, in order, once each."""
    module = parse(text)
    for name in [names] if isinstance(names, str) else names:
        for fn in module.functions:
            optimize.PASSES[name].run(fn)
        verify.verify(module)
    return ir.format_module(module)


def func(body: str, head: str = "func @f(%0: i32, %1: i32) -> i32 {") -> str:
    """A function's text from its indented body (slots, labels and instructions)."""
    lines = [line.strip() for line in body.strip().splitlines()]
    out = [head]
    out += [line if line.endswith(":") else "  " + line for line in lines]
    return "\n".join(out) + "\n}\n"


# --- constprop ---------------------------------------------------------------------------


def test_constprop_carries_constants_across_blocks_and_folds() -> None:
    before = func("""
        entry:
        %2 = copy.i32 6
        %3 = copy.ptr $s
        br %0, a, b
        a:
        %4 = mul.i32 %2, 7
        jmp c
        b:
        %4 = add.i32 %2, 36
        jmp c
        c:
        %5 = add.i32 %4, 1
        %6 = add.ptr %3, 8
        store.i32 [%6+4], %5
        ret.i32 %5
    """).replace("{\n", "{\n  slot $s size 16 align 8\n", 1)
    assert after("constprop", before) == func("""
        slot $s size 16 align 8
        entry:
        %2 = copy.i32 6
        %3 = copy.ptr $s
        br %0, a, b
        a:
        %4 = copy.i32 42
        jmp c
        b:
        %4 = copy.i32 42
        jmp c
        c:
        %5 = copy.i32 43
        %6 = copy.ptr $s+8
        store.i32 [$s+12], 43
        ret.i32 43
    """)


def test_constprop_loses_a_vreg_assigned_differently_on_two_paths() -> None:
    before = func("""
        entry:
        %2 = copy.i32 1
        br %0, a, b
        a:
        %2 = copy.i32 2
        jmp b
        b:
        %3 = add.i32 %2, 1
        ret.i32 %3
    """)
    assert after("constprop", before) == before


def test_constprop_follows_only_edges_that_can_be_taken() -> None:
    # x = 1; if (x) y = 5; else y = %0;  -- the else side never runs, so y is 5
    before = func("""
        entry:
        %2 = copy.i32 1
        br %2, yes, no
        yes:
        %3 = copy.i32 5
        jmp join
        no:
        %3 = copy.i32 %0
        jmp join
        join:
        %4 = mul.i32 %3, 2
        ret.i32 %4
    """)
    assert after("constprop", before) == func("""
        entry:
        %2 = copy.i32 1
        jmp yes
        yes:
        %3 = copy.i32 5
        jmp join
        no:
        %3 = copy.i32 %0
        jmp join
        join:
        %4 = copy.i32 10
        ret.i32 10
    """)


def test_constprop_knows_a_loop_variable_is_not_constant() -> None:
    before = func("""
        entry:
        %2 = copy.i32 0
        %3 = copy.i32 7
        jmp head
        head:
        %4 = lt.i32 %2, 10
        br %4, body, done
        body:
        %2 = add.i32 %2, %3
        jmp head
        done:
        ret.i32 %2
    """)
    assert after("constprop", before) == before.replace("add.i32 %2, %3", "add.i32 %2, 7")


def test_constprop_turns_switches_on_constants_into_jumps() -> None:
    before = func("""
        entry:
        %2 = copy.i32 3
        switch.i32 %2, d, [1: a, 3: b]
        a:
        ret.i32 1
        b:
        ret.i32 2
        d:
        ret.i32 0
    """)
    assert "  jmp b\n" in after("constprop", before)


def test_constprop_leaves_undefined_operations_and_floats() -> None:
    before = func("""
        entry:
        %2 = copy.i32 0
        %3 = div.i32 7, %2
        %4 = shl.i32 1, 40
        %5 = copy.f64 1.5
        %6 = add.f64 %5, 2.0
        %7 = conv.f64.i32 %6
        %8 = add.i32 %3, %4
        %9 = add.i32 %8, %7
        ret.i32 %9
    """)
    assert after("constprop", before) == before.replace("div.i32 7, %2", "div.i32 7, 0")


def test_constprop_learns_from_the_edge_a_branch_takes() -> None:
    before = func("""
        entry:
        %2 = eq.i32 %0, 5
        br %2, five, other
        five:
        %3 = mul.i32 %0, 2
        %4 = le.i32 %0, %1
        br %4, small, other
        small:
        %5 = gt.i32 %0, %1
        %6 = ge.i32 %1, %0
        %7 = add.i32 %5, %6
        ret.i32 %7
        other:
        switch.i32 %1, d, [3: three, 4: d]
        three:
        %8 = add.i32 %1, 1
        ret.i32 %8
        d:
        ret.i32 %2
    """)
    assert after("constprop", before) == func("""
        entry:
        %2 = eq.i32 %0, 5
        br %2, five, other
        five:
        %3 = copy.i32 10
        %4 = le.i32 5, %1
        br %4, small, other
        small:
        %5 = copy.i32 0
        %6 = copy.i32 1
        %7 = copy.i32 1
        ret.i32 1
        other:
        switch.i32 %1, d, [3: three, 4: d]
        three:
        %8 = copy.i32 4
        ret.i32 4
        d:
        ret.i32 %2
    """)


# --- copyprop ----------------------------------------------------------------------------


def test_copyprop_reads_the_original_until_either_is_assigned() -> None:
    before = func("""
        entry:
        %2 = copy.i32 %0
        %3 = copy.i32 %2
        br %1, a, b
        a:
        %4 = add.i32 %3, 1
        %0 = copy.i32 9
        %5 = add.i32 %3, %2
        ret.i32 %5
        b:
        ret.i32 %3
    """)
    assert after("copyprop", before) == func("""
        entry:
        %2 = copy.i32 %0
        %3 = copy.i32 %0
        br %1, a, b
        a:
        %4 = add.i32 %0, 1
        %0 = copy.i32 9
        %5 = add.i32 %2, %2
        ret.i32 %5
        b:
        ret.i32 %0
    """)


def test_copyprop_needs_the_copy_on_every_path() -> None:
    before = func("""
        entry:
        %2 = copy.i32 %1
        br %0, a, b
        a:
        %2 = copy.i32 %0
        jmp b
        b:
        ret.i32 %2
    """)
    assert after("copyprop", before) == before


# --- peephole ----------------------------------------------------------------------------


def test_peephole_identities_and_strength_reduction() -> None:
    before = func("""
        entry:
        %2 = mul.i32 %0, 8
        %3 = add.i32 %2, 0
        %4 = mul.i32 1, %3
        %5 = mul.i32 4, %4
        %6 = xor.i32 %5, %5
        %7 = or.i32 %6, %0
        %8 = and.i32 %7, -1
        %9 = mul.i32 %8, -1
        %10 = sub.i32 0, %9
        %11 = eq.i32 %10, %10
        %12 = rem.i32 %11, 1
        %13 = add.i32 %12, %10
        ret.i32 %13
    """)
    assert after("peephole", before) == func("""
        entry:
        %2 = shl.i32 %0, 3
        %3 = copy.i32 %2
        %4 = copy.i32 %3
        %5 = shl.i32 %4, 2
        %6 = copy.i32 0
        %7 = or.i32 %6, %0
        %8 = copy.i32 %7
        %9 = neg.i32 %8
        %10 = neg.i32 %9
        %11 = copy.i32 1
        %12 = copy.i32 0
        %13 = add.i32 %12, %10
        ret.i32 %13
    """)


def test_peephole_divides_by_powers_of_two_as_c_rounds() -> None:
    text = func("""
        entry:
        %2 = div.i32 %0, 4
        %3 = rem.i32 %1, 8
        %4 = conv.i32.u32 %2
        %5 = div.u32 %4, 16
        %6 = rem.u32 %5, 32
        %7 = conv.u32.i32 %6
        %8 = add.i32 %7, %3
        ret.i32 %8
    """)
    assert after("peephole", text) == func("""
        entry:
        %9 = shr.i32 %0, 31
        %10 = and.i32 %9, 3
        %11 = add.i32 %0, %10
        %2 = shr.i32 %11, 2
        %12 = shr.i32 %1, 31
        %13 = and.i32 %12, 7
        %14 = add.i32 %1, %13
        %15 = and.i32 %14, -8
        %3 = sub.i32 %1, %15
        %4 = conv.i32.u32 %2
        %5 = shr.u32 %4, 4
        %6 = and.u32 %5, 31
        %7 = conv.u32.i32 %6
        %8 = add.i32 %7, %3
        ret.i32 %8
    """)
    module, optimized = parse(text), parse(after("peephole", text))
    for a in (-9, -8, -7, -1, 0, 1, 7, 8, 9, -(2**31), 2**31 - 1):
        for b in (-17, -16, -1, 0, 5, 16, 2**31 - 1, -(2**31)):
            want = Machine(module, {}).call("f", [a, b])
            assert Machine(optimized, {}).call("f", [a, b]) == want, (a, b)


def test_peephole_leaves_floats_alone() -> None:
    text = func("""
        entry:
        %2 = add.f64 %1, 0.0
        %3 = mul.f64 %2, 2.0
        %4 = sub.f64 %3, %3
        ret.f64 %4
    """, "func @f(%0: i32, %1: f64) -> f64 {")  # fmt: skip
    assert after("peephole", text) == text


# --- cse ---------------------------------------------------------------------------------


def test_cse_reuses_a_value_available_on_every_path() -> None:
    before = func("""
        entry:
        %2 = mul.i32 %0, %1
        br %0, a, b
        a:
        %3 = mul.i32 %1, %0
        %1 = add.i32 %1, 1
        %4 = mul.i32 %0, %1
        jmp c
        b:
        jmp c
        c:
        %5 = mul.i32 %0, %1
        %6 = conv.i32.i64 %0
        %7 = conv.i32.i64 %0
        %8 = add.i32 %5, %3
        ret.i32 %8
    """)
    assert after("cse", before) == func("""
        entry:
        %2 = mul.i32 %0, %1
        br %0, a, b
        a:
        %3 = copy.i32 %2
        %1 = add.i32 %1, 1
        %4 = mul.i32 %0, %1
        jmp c
        b:
        jmp c
        c:
        %5 = mul.i32 %0, %1
        %6 = conv.i32.i64 %0
        %7 = copy.i64 %6
        %8 = add.i32 %5, %3
        ret.i32 %8
    """)


def test_cse_leaves_loads_alone() -> None:
    before = func("""
        entry:
        %2 = copy.ptr @g
        %3 = load.i32 [%2]
        %4 = load.i32 [%2]
        %5 = add.i32 %3, %4
        ret.i32 %5
    """)
    assert after("cse", before) == before


# --- forward -----------------------------------------------------------------------------

SLOTS = "func @f(%0: i32, %1: i32) -> i32 {\n  slot $s size 16 align 8\n  slot $t size 8 align 8"


def test_forward_replaces_loads_of_known_bytes() -> None:
    before = func("""
        entry:
        blkzero $s, 16, 8
        store.i32 [$s+4], %0
        br %1, a, b
        a:
        store.i32 [$s], %1
        jmp b
        b:
        %2 = load.i32 [$s+4]
        %3 = load.u32 [$s+4]
        %4 = load.i64 [$s+8]
        %5 = load.i32 [$s]
        %6 = load.i32 [$s]
        ret.i32 %6
    """, SLOTS)  # fmt: skip
    assert after("forward", before) == func("""
        entry:
        blkzero $s, 16, 8
        store.i32 [$s+4], %0
        br %1, a, b
        a:
        store.i32 [$s], %1
        jmp b
        b:
        %2 = copy.i32 %0
        %3 = conv.i32.u32 %2
        %4 = copy.i64 0
        %5 = load.i32 [$s]
        %6 = copy.i32 %5
        ret.i32 %6
    """, SLOTS)  # fmt: skip


def test_forward_stops_at_calls_overlapping_stores_and_reassignment() -> None:
    before = func("""
        entry:
        store.i32 [$s], %0
        call @g()
        %2 = load.i32 [$s]
        %5 = conv.i32.i8 %0
        store.i64 [$t], 5
        store.i8 [$t+1], %5
        %3 = load.i64 [$t]
        store.i32 [$s+8], %1
        %1 = add.i32 %1, 1
        %4 = load.i32 [$s+8]
        ret.i32 %4
    """, SLOTS)  # fmt: skip
    assert after("forward", before) == before


def test_forward_leaves_slots_whose_address_escapes() -> None:
    before = func("""
        entry:
        store.i32 [$s], %0
        store.i32 [$t], %0
        %2 = load.i32 [$s]
        %3 = load.i32 [$t]
        %4 = copy.ptr $s
        call @g(ptr $t+4)
        ret.i32 %2
    """, SLOTS)  # fmt: skip
    assert after("forward", before) == before


def test_forward_and_dse_leave_a_volatile_slot() -> None:
    # `volatile int v;`: every store and load stays
    before = func("""
        entry:
        store.i32 [$v], %0
        store.i32 [$v], %1
        %2 = load.i32 [$v]
        %3 = load.i32 [$v]
        ret.i32 %3
    """, "func @f(%0: i32, %1: i32) -> i32 {\n  slot $v size 4 align 4 volatile")  # fmt: skip
    assert after(["forward", "dse", "dce"], before) == before
    plain = before.replace(" volatile", "")
    assert after(["forward", "dse", "dce"], plain) != plain  # the same, not volatile


# --- dse ---------------------------------------------------------------------------------


def test_dse_removes_stores_nothing_reads_and_unused_slots() -> None:
    before = func("""
        entry:
        store.i32 [$s], %0
        store.i32 [$s+4], %0
        store.i32 [$s], %1
        br %0, a, b
        a:
        store.i32 [$s+8], 1
        %2 = load.i32 [$s]
        ret.i32 %2
        b:
        store.i32 [$t], 2
        ret.i32 0
    """, SLOTS)  # fmt: skip
    assert after("dse", before) == func("""
        entry:
        store.i32 [$s], %1
        br %0, a, b
        a:
        %2 = load.i32 [$s]
        ret.i32 %2
        b:
        ret.i32 0
    """, "func @f(%0: i32, %1: i32) -> i32 {\n  slot $s size 16 align 8")  # fmt: skip


def test_dse_keeps_stores_before_calls_partial_overwrites_and_loops() -> None:
    before = func("""
        entry:
        store.i64 [$t], 0
        store.i32 [$t], %0
        store.i32 [$s], %0
        call @g()
        jmp loop
        loop:
        %2 = load.i8 [$t+4]
        store.i32 [$s+4], %1
        %3 = load.i32 [$s+4]
        br %3, loop, out
        out:
        ret.i32 0
    """, SLOTS)  # fmt: skip
    assert after("dse", before) == before


def test_dse_leaves_escaping_slots() -> None:
    before = func("""
        entry:
        store.i32 [$s], %0
        %2 = copy.ptr $s
        store.ptr [@p], %2
        ret.i32 0
    """, SLOTS.replace("\n  slot $t size 8 align 8", ""))  # fmt: skip
    assert after("dse", before) == before


# --- dce ---------------------------------------------------------------------------------


def test_dce_removes_unneeded_and_overwritten_values_but_not_loads() -> None:
    before = func("""
        entry:
        %2 = add.i32 %0, 1
        %2 = add.i32 %0, 2
        %3 = load.i32 [@g]
        %4 = copy.i32 0
        jmp loop
        loop:
        %4 = add.i32 %4, 1
        %5 = lt.i32 %4, %0
        br %5, loop, out
        out:
        %6 = mul.i32 %4, 3
        ret.i32 %2
    """)
    assert after("dce", before) == func("""
        entry:
        %2 = add.i32 %0, 2
        %3 = load.i32 [@g]
        %4 = copy.i32 0
        jmp loop
        loop:
        %4 = add.i32 %4, 1
        %5 = lt.i32 %4, %0
        br %5, loop, out
        out:
        ret.i32 %2
    """)


def test_dce_removes_a_counter_nothing_reads() -> None:
    before = func("""
        entry:
        %2 = copy.i32 0
        jmp loop
        loop:
        %2 = add.i32 %2, 1
        store.i32 [@g], %0
        br %1, loop, out
        out:
        ret.i32 %0
    """)
    assert after("dce", before) == func("""
        entry:
        jmp loop
        loop:
        store.i32 [@g], %0
        br %1, loop, out
        out:
        ret.i32 %0
    """)


def test_dce_removes_loads_of_private_slots() -> None:
    before = func("""
        entry:
        store.i32 [$s], %0
        %2 = load.i32 [$s]
        ret.i32 %0
    """, SLOTS)  # fmt: skip
    assert "load" not in after("dce", before)


def test_dce_reads_zero_where_no_assignment_is_left() -> None:
    # %2 is assigned only where it is not read after: the read sees no assignment
    before = func("""
        entry:
        br %0, a, b
        a:
        %2 = copy.i32 5
        ret.i32 1
        b:
        ret.i32 %2
    """)
    assert after("dce", before).endswith("b:\n  ret.i32 0\n}\n")


# --- cfg ---------------------------------------------------------------------------------


def test_cfg_drops_unreachable_blocks_bypasses_jumps_and_merges() -> None:
    before = func("""
        entry:
        br %0, a, b
        a:
        jmp c
        b:
        jmp c
        dead:
        ret.i32 9
        c:
        %2 = add.i32 %0, 1
        jmp d
        d:
        switch.i32 %2, e, [1: e, 2: f]
        e:
        ret.i32 %2
        f:
        ret.i32 0
    """)
    assert after("cfg", before) == func("""
        entry:
        %2 = add.i32 %0, 1
        switch.i32 %2, e, [2: f]
        e:
        ret.i32 %2
        f:
        ret.i32 0
    """)


def test_cfg_keeps_infinite_loops() -> None:
    before = func("""
        entry:
        jmp a
        a:
        jmp b
        b:
        jmp a
    """)
    assert after("cfg", before).count("jmp") == 2


def test_taildup_tests_loops_at_the_bottom() -> None:
    before = func("""
        entry:
        %2 = copy.i32 0
        jmp head
        head:
        %3 = lt.i32 %2, %0
        br %3, body, done
        body:
        %2 = add.i32 %2, 1
        jmp head
        done:
        ret.i32 %2
    """)
    assert after(["taildup", "cfg"], before) == func("""
        entry:
        %2 = copy.i32 0
        %3 = lt.i32 %2, %0
        br %3, body, done
        body:
        %2 = add.i32 %2, 1
        %3 = lt.i32 %2, %0
        br %3, body, done
        done:
        ret.i32 %2
    """)


def test_taildup_leaves_big_blocks_and_jumps() -> None:
    before = func("""
        entry:
        br %0, a, b
        a:
        jmp c
        b:
        jmp c
        c:
        %2 = add.i32 %0, 1
        %3 = add.i32 %2, 1
        %4 = add.i32 %3, 1
        %5 = add.i32 %4, 1
        %6 = add.i32 %5, 1
        ret.i32 %6
    """)
    assert after("taildup", before) == before


# --- licm --------------------------------------------------------------------------------


def test_licm_hoists_invariant_chains_to_a_preheader() -> None:
    before = func("""
        entry:
        %2 = copy.i32 0
        %3 = copy.i32 0
        jmp head
        head:
        %4 = lt.i32 %2, 100
        br %4, body, done
        body:
        %5 = mul.i32 %0, 12
        %6 = add.i32 %5, %1
        %7 = div.i32 %6, 3
        %8 = div.i32 %6, %1
        %3 = add.i32 %3, %7
        %3 = add.i32 %3, %8
        %2 = add.i32 %2, 1
        jmp head
        done:
        ret.i32 %3
    """)
    assert after("licm", before) == func("""
        entry:
        %2 = copy.i32 0
        %3 = copy.i32 0
        %5 = mul.i32 %0, 12
        %6 = add.i32 %5, %1
        %7 = div.i32 %6, 3
        jmp head
        head:
        %4 = lt.i32 %2, 100
        br %4, body, done
        body:
        %8 = div.i32 %6, %1
        %3 = add.i32 %3, %7
        %3 = add.i32 %3, %8
        %2 = add.i32 %2, 1
        jmp head
        done:
        ret.i32 %3
    """)  # (a division by %1 stays: it might be by zero, when the loop would not run)


def test_licm_makes_a_preheader_when_the_header_has_none() -> None:
    before = func("""
        entry:
        br %0, head, done
        head:
        %2 = add.i32 %1, 1
        store.i32 [@g], %2
        br %1, head, done
        done:
        ret.i32 0
    """)
    assert after("licm", before) == func("""
        entry:
        br %0, head.pre, done
        head.pre:
        %2 = add.i32 %1, 1
        jmp head
        head:
        store.i32 [@g], %2
        br %1, head, done
        done:
        ret.i32 0
    """)


def test_licm_leaves_what_the_loop_reads_before_or_assigns_twice() -> None:
    before = func("""
        entry:
        %2 = copy.i32 0
        %3 = copy.i32 5
        %4 = copy.i32 0
        jmp head
        head:
        store.i32 [@g], %3
        %3 = add.i32 %0, 1
        %4 = add.i32 %1, 1
        br %1, a, b
        a:
        %4 = add.i32 %1, 2
        jmp b
        b:
        store.i32 [@g], %4
        %5 = load.i32 [@g]
        %6 = add.i32 %5, 1
        store.i32 [@g], %6
        %2 = add.i32 %2, 1
        %7 = lt.i32 %2, 10
        br %7, head, done
        done:
        ret.i32 %3
    """)
    assert after("licm", before) == before


def test_licm_leaves_a_value_the_loop_may_be_left_without() -> None:
    before = func("""
        entry:
        %2 = copy.i32 0
        %3 = copy.i32 7
        jmp head
        head:
        %4 = lt.i32 %2, %0
        br %4, body, done
        body:
        %3 = mul.i32 %1, 3
        %2 = add.i32 %2, 1
        jmp head
        done:
        ret.i32 %3
    """)
    assert after("licm", before) == before


def test_licm_sees_an_inner_loops_preheader_in_the_outer_loop() -> None:
    # %5 = %2 * 4 leaves the inner loop but not the outer one, where %2 changes
    before = func("""
        entry:
        %2 = copy.i32 0
        jmp outer
        outer:
        %2 = add.i32 %2, 1
        br %0, inner, done
        inner:
        %5 = mul.i32 %2, 4
        %6 = add.i32 %5, 1
        store.i32 [@g], %6
        br %1, inner, next
        next:
        %7 = add.i32 %5, %1
        store.i32 [@g], %7
        jmp outer
        done:
        ret.i32 %2
    """)
    assert after(["licm", "licm"], before) == func("""
        entry:
        %2 = copy.i32 0
        jmp outer
        outer:
        %2 = add.i32 %2, 1
        br %0, inner.pre, done
        inner.pre:
        %5 = mul.i32 %2, 4
        %6 = add.i32 %5, 1
        jmp inner
        inner:
        store.i32 [@g], %6
        br %1, inner, next
        next:
        %7 = add.i32 %5, %1
        store.i32 [@g], %7
        jmp outer
        done:
        ret.i32 %2
    """)


# --- induction ---------------------------------------------------------------------------


def test_induction_steps_an_address_with_its_counter() -> None:
    head = "func @f(%0: ptr, %1: i64) -> i64 {"
    before = func("""
        entry:
        %2 = copy.i64 0
        %3 = copy.i64 0
        jmp loop
        loop:
        %4 = shl.i64 %2, 3
        %5 = conv.i64.ptr %4
        %6 = add.ptr %0, %5
        %7 = load.i64 [%6]
        %3 = add.i64 %3, %7
        %2 = add.i64 %2, 1
        %8 = lt.i64 %2, %1
        br %8, loop, done
        done:
        ret.i64 %3
    """, head)  # fmt: skip
    assert after(["induction", "dce"], before) == func("""
        entry:
        %2 = copy.i64 0
        %3 = copy.i64 0
        %10 = shl.i64 %2, 3
        %11 = conv.i64.ptr %10
        %9 = add.ptr %0, %11
        jmp loop
        loop:
        %6 = copy.ptr %9
        %7 = load.i64 [%6]
        %3 = add.i64 %3, %7
        %2 = add.i64 %2, 1
        %9 = add.ptr %9, 8
        %8 = lt.i64 %2, %1
        br %8, loop, done
        done:
        ret.i64 %3
    """, head)  # fmt: skip


def test_induction_gives_chains_of_one_value_one_vreg() -> None:
    head = "func @f(%0: ptr, %1: i64) -> i32 {"
    before = func("""
        entry:
        %2 = copy.i64 0
        jmp loop
        loop:
        %4 = mul.i64 %2, 12
        %5 = conv.i64.ptr %4
        %6 = add.ptr %0, %5
        %7 = load.i32 [%6+4]
        %8 = mul.i64 %2, 12
        %15 = conv.i64.ptr %8
        %9 = add.ptr %0, %15
        %10 = load.i32 [%9+8]
        %3 = add.i32 %7, %10
        %2 = add.i64 %2, 1
        %11 = lt.i64 %2, %1
        br %11, loop, done
        done:
        ret.i32 %3
    """, head)  # fmt: skip
    assert after(["induction", "copyprop", "dce"], before) == func("""
        entry:
        %2 = copy.i64 0
        %17 = mul.i64 %2, 12
        %18 = conv.i64.ptr %17
        %16 = add.ptr %0, %18
        jmp loop
        loop:
        %7 = load.i32 [%16+4]
        %10 = load.i32 [%16+8]
        %3 = add.i32 %7, %10
        %2 = add.i64 %2, 1
        %16 = add.ptr %16, 12
        %11 = lt.i64 %2, %1
        br %11, loop, done
        done:
        ret.i32 %3
    """, head)  # fmt: skip


def _int_loop(init: str, step: int, test: str) -> str:
    """x[i] summed, for an int i (what C's `x[i]` is: sign-extended, times 12)."""
    return func(f"""
        entry:
        %2 = copy.i32 {init}
        %3 = copy.i64 0
        jmp loop
        loop:
        %4 = conv.i32.i64 %2
        %5 = mul.i64 %4, 12
        %6 = conv.i64.ptr %5
        %7 = add.ptr %0, %6
        %8 = load.i64 [%7]
        %3 = add.i64 %3, %8
        %2 = add.i32 %2, {step}
        %9 = {test}
        br %9, loop, done
        done:
        ret.i64 %3
    """, "func @f(%0: ptr, %1: i32) -> i64 {")  # fmt: skip


@pytest.mark.parametrize(("init", "step", "test", "reduced"), [
    ("0", 1, "lt.i32 %2, %1", True),  # i < n: i + 1 cannot pass INT_MAX
    ("0", 2, "lt.i32 %2, %1", False),  # i + 2 can
    ("%1", 1, "lt.i32 %2, %1", False),  # a start that is not a constant
    ("0", 1, "lt.i32 %2, 2147483647", True),
    ("0", 2, "lt.i32 %2, 2147483647", False),
    ("5", 2, "lt.i32 %2, 2147483646", True),  # at most 2147483645 + 2
    ("0", 1, "le.i32 %2, 2147483646", True),
    ("0", 1, "le.i32 %2, 2147483647", False),
    ("0", 1, "gt.i32 %1, %2", True),  # n > i is i < n
    ("0", 1, "ne.i32 %2, 100", False),
    ("100", -1, "gt.i32 %2, %1", True),  # falling: i > n
    ("100", -1, "gt.i32 %2, -2147483648", True),
    ("100", -3, "gt.i32 %2, -2147483647", False),
    ("-2147483648", -1, "ge.i32 %2, 0", False),  # the first step wraps
])  # fmt: skip
def test_induction_proves_an_int_counter_does_not_wrap(init: str, step: int, test: str,
                                                       reduced: bool) -> None:  # fmt: skip
    before = _int_loop(init, step, test)
    out = after("induction", before)
    assert (out != before) is reduced
    if reduced:
        by = f"add.ptr %10, {12 * step}" if step > 0 else f"sub.ptr %10, {-12 * step}"
        assert "%7 = copy.ptr %10\n" in out and f"%10 = {by}\n" in out


def test_induction_leaves_a_link_that_reads_a_stale_counter() -> None:
    head = "func @f(%0: ptr, %1: i64) -> i64 {"
    before = func("""
        entry:
        %2 = copy.i64 0
        jmp loop
        loop:
        %4 = shl.i64 %2, 3
        %2 = add.i64 %2, 1
        %5 = conv.i64.ptr %4
        %6 = add.ptr %0, %5
        store.i64 [%6], %2
        %8 = lt.i64 %2, %1
        br %8, loop, done
        done:
        ret.i64 %2
    """, head)  # fmt: skip
    assert after("induction", before) == before


# --- constants ---------------------------------------------------------------------------


def test_constants_needing_a_register_leave_loops() -> None:
    before = func("""
        entry:
        %2 = copy.i64 0
        jmp loop
        loop:
        %3 = load.i64 [@g+8]
        %4 = mul.i64 %3, 100000
        %5 = add.i64 %4, 7
        store.i64 [@g+4000], %5
        store.i64 [@g], 3
        store.i64 [$s], 0
        %6 = add.ptr $s, 8
        store.ptr [%6], %6
        %2 = add.i64 %2, 1
        %7 = lt.i64 %2, 5
        %8 = lt.i64 %2, 10
        br %8, loop, done
        done:
        ret.i32 %7
    """, SLOTS)  # fmt: skip
    # the address of @g (with offsets within 12 bits of it), 100000 (no immediate in a
    # mul), 3 (a stored value), @g+4000, $s, 10 (compared in a branch) leave; 7 and
    # 5 are immediates (addi, slti), 0 is the zero register, $s is 0(s0) in a load
    assert after("constants", before) == func("""
        entry:
        %2 = copy.i64 0
        %9 = copy.ptr @g
        %10 = copy.i64 100000
        %11 = copy.ptr @g+4000
        %12 = copy.i64 3
        %13 = copy.ptr $s
        %14 = copy.i64 10
        jmp loop
        loop:
        %3 = load.i64 [%9+8]
        %4 = mul.i64 %3, %10
        %5 = add.i64 %4, 7
        store.i64 [%11], %5
        store.i64 [%9], %12
        store.i64 [$s], 0
        %6 = add.ptr %13, 8
        store.ptr [%6], %6
        %2 = add.i64 %2, 1
        %7 = lt.i64 %2, 5
        %8 = lt.i64 %2, %14
        br %8, loop, done
        done:
        ret.i32 %7
    """, SLOTS)  # fmt: skip


def test_constants_are_set_where_they_dominate_their_loops() -> None:
    # after the call (so not live across it), before the comparison the branch reads;
    # a constant two loops read: in the block that dominates both, on no cycle
    before = func("""
        entry:
        call @g()
        %2 = lt.i32 %0, %1
        br %2, one, two
        one:
        store.i32 [@g], 1000
        br %0, one, three
        two:
        store.i32 [@g], 2000
        br %0, two, three
        three:
        store.i32 [@g], 1000
        br %1, three, done
        done:
        ret.i32 0
    """)  # fmt: skip
    assert after("constants", before) == func("""
        entry:
        call @g()
        %3 = copy.ptr @g
        %4 = copy.i32 1000
        %5 = copy.i32 2000
        %2 = lt.i32 %0, %1
        br %2, one, two
        one:
        store.i32 [%3], %4
        br %0, one, three
        two:
        store.i32 [%3], %5
        br %0, two, three
        three:
        store.i32 [%3], %4
        br %1, three, done
        done:
        ret.i32 0
    """)  # fmt: skip


def test_constants_stay_outside_loops() -> None:
    before = func("""
        entry:
        store.i64 [@g], 100000
        br %0, a, b
        a:
        %2 = copy.i32 100000
        jmp b
        b:
        ret.i32 %1
    """)  # fmt: skip
    assert after("constants", before) == before


# --- the pass manager --------------------------------------------------------------------


def test_pipelines_name_known_passes() -> None:
    for passes, rounds in optimize.PIPELINES.values():
        assert set(passes) <= set(optimize.PASSES) and rounds >= 1
    assert set(optimize.PIPELINES[1][0]) < set(optimize.PIPELINES[2][0])
    assert [optimize.level_of(f) for f in ("0", "1", "g", "2", "3", "s", "z", "fast")] == [
        0, 1, 1, 2, 2, 2, 2, 2,
    ]  # fmt: skip


def test_the_pipeline_runs_rounds_until_nothing_changes() -> None:
    text = func("""
        entry:
        %2 = copy.i32 4
        %3 = mul.i32 %0, %2
        store.i32 [$s], %3
        %4 = load.i32 [$s]
        br %4, a, b
        a:
        jmp b
        b:
        ret.i32 %4
    """, SLOTS)  # fmt: skip
    dumps: list[str] = []
    module = optimize.optimize(parse(text), 2, ("constprop", "cfg"), dumps.append, check=True)
    assert ir.format_module(module) == func("""
        entry:
        %3 = shl.i32 %0, 2
        ret.i32 %3
    """)  # fmt: skip
    heads = [d.split("\n", 1)[0] for d in dumps]
    assert heads[:2] == ["; IR after constprop (round 1)", "; IR after cfg (round 1)"]
    rounds = [int(h.split("round ")[1][:-1]) for h in heads]
    assert rounds == sorted(rounds) and rounds[-1] > 1
    assert dumps[-1].endswith(ir.format_module(module))
    # the last round runs only what may still change something: not cfg, which ran
    # after the last change
    assert heads[-1] == f"; IR after constprop (round {rounds[-1]})"


def test_dump_ir_after_on_the_command_line(tmp_path: Path) -> None:
    src = tmp_path / "x.c"
    src.write_text("int f(int a) { int b = 2; return a * b; }\n")
    err = io.StringIO()
    with redirect_stderr(err):
        flags = tool.parse_args(["--dump-ir", "-O2", "--dump-ir-after=peephole", str(src)])
        text = tool.run(flags, Reporter())
    assert err.getvalue().startswith("; IR after peephole (round 1)\n")
    assert "shl.i32" in err.getvalue() and text is not None and "shl.i32" in text
    assert "; IR after peephole (round 2)" in err.getvalue()
    assert "IR after constprop" not in err.getvalue()
    with redirect_stderr(err):
        tool.run(tool.parse_args(["--dump-ir", "-O1", "--dump-ir-after=all", str(src)]), Reporter())
    assert "IR after constprop (round 1)" in err.getvalue()
    with pytest.raises(tool.UsageError, match="--dump-ir-after=nosuch: no such pass"):
        tool.parse_args(["--dump-ir", "--dump-ir-after=nosuch", str(src)])


# --- semantics: programs run before and after --------------------------------------------

POOL = [Ty.I32, Ty.I32, Ty.I64, Ty.U32, Ty.U8, Ty.I16, Ty.U64, Ty.I32, Ty.I64, Ty.I32, Ty.U32]
FIRST = 4  # %0-%3 are the parameters; the pool is %4 ... ; then the fuel and the pointer
FUEL = FIRST + len(POOL)
PTR = FUEL + 1
TEST = PTR + 1  # a scratch i32 for loop conditions
SHIFTS = [0, 1, 3, 7, 15, 31, 63]
NUMBERS = [0, 1, -1, 2, 3, 4, 5, 7, 8, 16, 100, 255, 256, 4096, 65535, 2**31 - 1, -(2**31),
           2**32 - 1, 2**63 - 1, -(2**63), 12345, -7]  # fmt: skip
# instruction kinds (see Program.instruction), the likelier the more often listed:
# binary 0-2, unary 3, compare 4, conv 5, copy 6, store 7, load 8, blkzero/blkcopy 9,
# observe 10, a store to @out 11, a value computed through a temporary 12
KINDS = [0, 1, 2, 3, 4, 5, 6, 7, 7, 7, 8, 8, 8, 9, 10, 11, 12, 12]
MEMORY_KINDS = [0, 6, 7, 7, 7, 7, 8, 8, 8, 8, 9, 9]  # stores, loads, blkzero, blkcopy
DIVISORS = [1, -1, 2, 4, 8, 16, 256, 3, 7, -4, 2**31, 2**63]
MEMORY_TYPES = [Ty.I8, Ty.U8, Ty.I16, Ty.U16, Ty.I32, Ty.U32, Ty.I64, Ty.U64]


class Program:
    """A random function @f(i32, i64, u32, u8) -> i64 in the IR's text, drawn step by step
    (so that hypothesis can shrink it)."""

    def __init__(self, draw: st.DrawFn, kinds: list[int]) -> None:
        self.draw = draw
        self.kinds = kinds
        self.temps = 0

    def pick(self, options: list) -> object:  # type: ignore[type-arg]
        return options[self.draw(st.integers(0, len(options) - 1))]

    def imm(self, ty: Ty) -> str:
        return str(ty.wrap(int(self.pick(NUMBERS))))  # type: ignore[call-overload]

    def vreg(self, ty: Ty | None = None) -> tuple[str, Ty]:
        choices = [(i, t) for i, t in enumerate(POOL) if ty is None or t is ty]
        i, t = self.pick(choices)  # type: ignore[misc]
        return f"%{FIRST + i}", t

    def operand(self, ty: Ty) -> str:
        if self.draw(st.integers(0, 3)) == 0 or not any(t is ty for t in POOL):
            return self.imm(ty)
        return self.vreg(ty)[0]

    def offset(self, size: int) -> int:
        """An offset for `size` bytes in a 16-byte slot, often one other accesses use."""
        usual = [o for o in (0, 8, 4, 0, 8, 2, 1) if o + size <= 16]
        return (
            int(self.pick(usual))
            if self.draw(st.integers(0, 3))
            else self.draw(  # type: ignore[call-overload]
                st.integers(0, 16 - size)
            )
        )

    def place(self, size: int) -> str:
        slot = self.pick(["$a", "$a", "$b", "%ptr"])
        offset = self.offset(size)
        base = f"%{PTR}" if slot == "%ptr" else slot
        return f"[{base}+{offset}]" if offset else f"[{base}]"

    def instruction(self) -> str:
        kind = int(self.pick(self.kinds))  # type: ignore[call-overload]
        dst, ty = self.vreg()
        t = ty.value
        if kind <= 2:
            op = self.pick(list(ir.BINARY_OPS))
            if op in ("shl", "shr") and self.draw(st.booleans()):
                count = str(self.pick([s for s in SHIFTS if s < ty.bits]))
            elif op in ("div", "rem", "mul") and self.draw(st.booleans()):
                count = str(ty.wrap(int(self.pick(DIVISORS))))  # type: ignore[call-overload]
            else:
                count = self.operand(ty)
            first = dst if self.draw(st.booleans()) else self.operand(ty)  # values chain
            return f"{dst} = {op}.{t} {first}, {count}"
        if kind == 3:
            return f"{dst} = {self.pick(['neg', 'not'])}.{t} {self.operand(ty)}"
        if kind == 4:
            dst, _ = self.vreg(Ty.I32)
            a, at = self.vreg()
            return f"{dst} = {self.pick(list(ir.COMPARE_OPS))}.{at.value} {a}, {self.operand(at)}"
        if kind == 5:
            src, st_ = self.vreg()
            return f"{dst} = conv.{st_.value}.{t} {src}"
        if kind == 6:
            return f"{dst} = copy.{t} {self.operand(ty)}"
        if kind == 7:
            mt = self.pick(MEMORY_TYPES)
            assert isinstance(mt, Ty)
            src, st_ = self.vreg()
            value = src if st_ is mt else self.imm(mt)
            return f"store.{mt.value} {self.place(mt.size)}, {value}"
        if kind == 8:
            load = f"{dst} = load.{t} {self.place(ty.size)}"
            if self.draw(st.booleans()):  # seen at once
                load += f"\n  store.{t} [@out+{self.draw(st.integers(0, 7)) * 8}], {dst}"
            return load
        if kind == 9:
            size = self.draw(st.integers(0, 8))
            a, b = (f"{self.pick(['$a', '$b'])}+{self.offset(size)}" for _ in "ab")
            if self.draw(st.booleans()):
                return f"blkzero {a}, {size}, 1"
            return f"blkcopy {a}, {b}, {size}, 1"
        if kind == 10:
            src, st_ = self.vreg()
            wide = f"%{TEST}"
            return f"{wide}x = conv.{st_.value}.i64 {src}\n  call @observe(i64 {wide}x)"
        if kind == 11:
            return f"store.{t} [@out+{self.draw(st.integers(0, 7)) * 8}], {self.operand(ty)}"
        # a value through a temporary used once, from parameters (which stay the same)
        self.temps += 1
        temp = f"%{TEST + 2 + self.temps}"
        param = {Ty.I32: "%0", Ty.I64: "%1", Ty.U32: "%2", Ty.U8: "%3"}.get(ty)
        a = param if param and self.draw(st.booleans()) else self.operand(ty)
        op, op2 = self.pick(["add", "mul", "xor", "shl"]), self.pick(["add", "sub", "or"])
        b = str(self.pick(SHIFTS[:5])) if op == "shl" else self.operand(ty)
        return f"{temp} = {op}.{t} {a}, {b}\n  {dst} = {op2}.{t} {dst}, {temp}"

    def terminator(self, i: int, n: int) -> str:
        if i == n - 1:  # every value of the pool makes the result
            out = [f"%{TEST}y = copy.i64 0"]
            for k, t in enumerate(POOL):
                out += [f"%{TEST}x = conv.{t.value}.i64 %{FIRST + k}",
                        f"%{TEST}y = mul.i64 %{TEST}y, 1000003",
                        f"%{TEST}y = xor.i64 %{TEST}y, %{TEST}x"]  # fmt: skip
            return "\n  ".join(out) + f"\n  ret.i64 %{TEST}y"
        later = st.integers(i + 1, n - 1)
        kind = self.draw(st.integers(0, 4))  # 3, 4: a loop back
        if kind == 0:
            return f"jmp b{self.draw(later)}"
        if kind == 1:
            c, _ = self.vreg()
            return f"br {c}, b{self.draw(later)}, b{self.draw(later)}"
        if kind == 2:
            v, t = self.vreg()
            cases = {
                int(self.imm(t)): self.draw(later) for _ in range(self.draw(st.integers(0, 3)))
            }
            listed = ", ".join(f"{k}: b{label}" for k, label in cases.items())
            return f"switch.{t.value} {v}, b{self.draw(later)}, [{listed}]"
        back = self.draw(st.integers(1, i)) if i >= 1 else i + 1
        return (f"%{FUEL} = sub.i32 %{FUEL}, 1\n  %{TEST} = gt.i32 %{FUEL}, 0\n"
                f"  br %{TEST}, b{back}, b{self.draw(later)}")  # fmt: skip

    def text(self) -> str:
        n = self.draw(st.integers(1, 6))
        lines = ["data @out align 8 = zero 64", "",
                 "func @f(%0: i32, %1: i64, %2: u32, %3: u8) -> i64 {",
                 "  slot $a size 16 align 8", "  slot $b size 16 align 8", "b0:"]  # fmt: skip
        for i, ty in enumerate(POOL):
            p = [0, 1, 2, 3][i % 4]
            lines.append(f"  %{FIRST + i} = conv.{['i32', 'i64', 'u32', 'u8'][p]}.{ty.value} %{p}")
        lines += [f"  %{FUEL} = copy.i32 3", f"  %{PTR} = copy.ptr $b"]
        if self.draw(st.integers(0, 4)):  # (else reads of bytes never written are likely)
            lines += ["  blkzero $a, 16, 8", "  blkzero $b, 16, 8"]
        for i in range(n):
            if i:
                lines.append(f"b{i}:")
            for _ in range(self.draw(st.integers(0, 8))):
                lines.append("  " + self.instruction())
            lines.append("  " + self.terminator(i, n))
        lines.append("}")
        text = "\n".join(lines) + "\n"
        # the scratch i64 of observe/ret is its own vreg
        text = text.replace(f"%{TEST}x", f"%{TEST + 1}").replace(f"%{TEST}y", f"%{TEST + 2}")
        return text.replace("%ptr", f"%{PTR}")


@st.composite
def programs(draw: st.DrawFn, kinds: list[int] = KINDS) -> str:
    return Program(draw, kinds).text()


ARGS = st.tuples(st.sampled_from(NUMBERS), st.sampled_from(NUMBERS),
                 st.sampled_from(NUMBERS), st.sampled_from(NUMBERS))  # fmt: skip


def outcome(module: ir.Module, args: tuple[int, ...], steps: int) -> tuple[object, ...]:
    """What a run of @f does: its result, what it passed to @observe, @out's bytes."""
    seen: list[int] = []

    def observe(m: Machine, values: list[int]) -> None:
        seen.append(values[0])

    m = Machine(module, {"observe": observe}, steps)
    result = m.call("f", list(args))
    at = m.symbols["out"]
    return result, seen, bytes(m.memory[at : at + 64])


def check_same(text: str, args: tuple[int, ...], transform: object) -> None:
    try:
        want = outcome(parse(text), args, 5000)
    except (Undefined, OutOfSteps):
        assume(False)
        return
    module = parse(text)
    transform(module)  # type: ignore[operator]
    verify.verify(module)
    got = outcome(module, args, 100_000)
    assert got == want, ir.format_module(module)


def test_random_programs_are_well_formed() -> None:
    @given(programs())
    @settings(max_examples=50, deadline=None)
    def check(text: str) -> None:
        verify.verify(parse(text), strict=True)

    check()


@given(programs(), ARGS, st.lists(st.sampled_from(sorted(optimize.PASSES)), max_size=12))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.filter_too_much])  # fmt: skip
def test_any_sequence_of_passes_keeps_the_meaning(text: str, args: tuple[int, ...],
                                                  names: list[str]) -> None:  # fmt: skip
    def run(module: ir.Module) -> None:
        for name in names:
            for fn in module.functions:
                optimize.PASSES[name].run(fn)
            verify.verify(module)

    check_same(text, args, run)


@pytest.mark.parametrize("level", [1, 2])
def test_the_pipelines_keep_the_meaning(level: int) -> None:
    @given(programs(), ARGS)
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
              HealthCheck.filter_too_much])  # fmt: skip
    def check(text: str, args: tuple[int, ...]) -> None:
        check_same(text, args, lambda m: optimize.optimize(m, level, check=True))

    check()


def test_store_forwarding_and_dead_stores_keep_the_meaning() -> None:
    @given(programs(MEMORY_KINDS), ARGS)
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
              HealthCheck.filter_too_much])  # fmt: skip
    def check(text: str, args: tuple[int, ...]) -> None:
        check_same(text, args, lambda m: optimize.optimize(m, 2, check=True))

    check()


@st.composite
def counted_loops(draw: st.DrawFn) -> str:
    """A loop whose counter (an int or a long, from a start that is near a limit or
    not) makes an address a*i + b: stored as a value, and maybe read and written
    through; the counter steps before or after the address, in one block or two."""
    t = draw(st.sampled_from(["i32", "i64"]))

    def pick(options: list[str]) -> str:
        return draw(st.sampled_from(options))

    param = "%0" if t == "i32" else "%1"
    init = pick(["0", "3", "-5", "2147483640", "-2147483645", param])
    bound = pick(["10", "-10", "2147483647", "2147483646", "-2147483648", param, "20"])
    widen = "%13 = conv.i32.i64 %10" if t == "i32" else "%13 = copy.i64 %10"
    scale = pick(["mul.i64 %13, 8", "mul.i64 %13, -4", "shl.i64 %13, 2", "mul.i64 %13, 1"])
    offset = pick(["%15 = add.i64 %14, 16", "%15 = sub.i64 %14, %1", "%15 = copy.i64 %14"])
    base = pick(["$a+128", "@out+32", "$a"])
    body = [widen, f"%14 = {scale}", offset, "%16 = conv.i64.ptr %15",
            f"%17 = add.ptr {base}, %16", "store.ptr [@out], %17", "%18 = conv.ptr.i64 %17",
            "%11 = add.i64 %11, %18"]  # fmt: skip
    if draw(st.booleans()):  # through memory too
        body += ["%19 = load.u8 [%17]", "%21 = conv.u8.i64 %19", "%11 = xor.i64 %11, %21",
                 "store.u8 [%17], 7"]  # fmt: skip
    step = f"%10 = add.{t} %10, {pick(['1', '2', '3', '-1', '-2'])}"
    body = [step, *body] if draw(st.booleans()) else [*body, step]
    body = [f"  {x}" for x in body]
    if draw(st.booleans()):  # a second block in the loop
        at = draw(st.integers(0, len(body)))
        body[at:at] = ["  jmp mid", "mid:"]
    op = pick(["lt", "le", "gt", "ge", "ne"])
    lines = ["data @out align 8 = zero 64", "",
             "func @f(%0: i32, %1: i64, %2: u32, %3: u8) -> i64 {",
             "  slot $a size 256 align 8", "b0:", "  blkzero $a, 256, 8",
             f"  %10 = copy.{t} {init}", "  %11 = copy.i64 0", "  jmp loop", "loop:",
             *body, f"  %20 = {op}.{t} %10, {bound}", "  br %20, loop, done",
             "done:", "  ret.i64 %11", "}"]  # fmt: skip
    return "\n".join(lines) + "\n"


def test_induction_keeps_the_meaning() -> None:
    @given(counted_loops(), ARGS)
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
              HealthCheck.filter_too_much])  # fmt: skip
    def check(text: str, args: tuple[int, ...]) -> None:
        def run(module: ir.Module) -> None:
            for name in ("induction", "dce", "constprop", "induction", "constants"):
                optimize.PASSES[name].run(module.functions[0])
                verify.verify(module)

        check_same(text, args, run)
        check_same(text, args, lambda m: optimize.optimize(m, 2, check=True))

    check()


def _expected(text: str) -> tuple[int, bytes]:
    lines = [m.group(1) for m in re.finditer(r"^; expect: ?(.*)$", text, re.M)]
    status = re.search(r"^; status: (\d+)", text, re.M)
    return int(status.group(1)) if status else 0, "".join(x + "\n" for x in lines).encode()


@pytest.mark.parametrize("level", [0, 1, 2])
@pytest.mark.parametrize("path", IR_FILES, ids=lambda p: p.stem)
def test_ir_programs_give_their_output_optimized(path: Path, level: int) -> None:
    """tests/ir/*.ir run by the interpreter, as optimized at each level, print what the
    file expects (those that call gcc-compiled C, use floating point or take too long
    to interpret are skipped)."""
    text = path.read_text()
    why = _not_for_the_interpreter(path)
    if why:  # then the optimized program must not run either (below)
        pytest.skip(f"not for the interpreter: {why}")
    module = optimize.optimize(parse(text), level, check=True)
    assert _interpret(module) == _expected(text)


_INTERP_FAILURES = (NotImplementedError, OutOfSteps, Undefined)


def _interpret(module: ir.Module) -> tuple[int, bytes]:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20_000))
    try:
        return interp.run_main(module, 3_000_000)
    finally:
        sys.setrecursionlimit(limit)


@functools.cache
def _not_for_the_interpreter(path: Path) -> str | None:
    """Why the interpreter cannot run path's unoptimized program, or None (once per
    file: a program too long to interpret costs its budget only once)."""
    try:
        _interpret(parse(path.read_text()))
    except _INTERP_FAILURES as e:
        return str(e) or type(e).__name__
    return None
