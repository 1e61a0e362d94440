"""The IR optimizer (-O1, -O2): named passes, run in a fixed pipeline per level.

Its place in the path of a program: IR ─optimize─> IR ─codegen─> assembly.

Each pass takes a function, changes it in place and says whether it changed it:

    constprop  global constant propagation and folding; branches on constants become
               jumps, and edges that cannot be taken bring no facts (opt_prop.py)
    copyprop   global copy propagation: `%2 = copy %1`, then %2 read as %1 (opt_prop.py)
    peephole   identities and strength reduction: `mul x, 8` -> `shl x, 3`, `add x, 0`
               -> x, division by a power of two -> shifts (opt_fold.py)
    cse        global common subexpression elimination (opt_prop.py)
    forward    store-to-load forwarding in stack slots whose address never escapes
               (opt_memory.py)
    dse        dead stores to such slots removed, unused slots dropped (opt_memory.py)
    dce        dead code: computations nothing needs or no path reads (opt_dce.py)
    licm       loop-invariant computations moved to the loop's preheader (opt_loop.py)
    induction  an address computed from a loop's counter (x + 8*i) kept in a vreg of its
               own, stepped with the counter (opt_induction.py)
    cfg        unreachable blocks dropped, jumps to jumps bypassed, blocks merged
               (opt_cfg.py)
    taildup    a small block ending in a branch or return copied into the blocks that
               jump to it: loops test at the bottom (opt_cfg.py)
    constants  a loop's constants that would be built in a scratch register each time
               (addresses of symbols, wide or float constants) put in vregs before the
               loop (opt_loop.py); once, after the rounds: constprop undoes it

-O1 runs the cheap ones once; -O2 (and -O3, -Os) all of them, round after round until
nothing changes (a pass runs again only once another has changed the function since
it last ran), then -O2 runs its finishing passes once. Nothing whose type is floating
point is folded. A load is removed only from a slot whose address never escapes and
that cannot be a volatile object (anything else may be volatile: the IR does not say).
`--dump-ir-after=PASS` (or `all`) prints the module after each run of the pass, headed
`; IR after PASS (round N)`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from groundup.cc import (
    ir,
    opt_cfg,
    opt_dce,
    opt_fold,
    opt_induction,
    opt_loop,
    opt_memory,
    opt_prop,
    verify,
)
from groundup.cc.opt_dataflow import vreg_allocator
from groundup.cc.opt_fold import compare, evaluate

__all__ = ["FINISH", "PASSES", "PIPELINES", "Pass", "compare", "evaluate", "level_of", "optimize"]


def peephole(fn: ir.Function) -> bool:
    """opt_fold.simplify on every instruction; True if the function changed."""
    new = vreg_allocator(fn)
    changed = False
    for b in fn.blocks:
        insts = [out for inst in b.insts for out in opt_fold.simplify(inst, new)]
        if insts != b.insts:
            b.insts = insts
            changed = True
    return changed


@dataclass(frozen=True, slots=True)
class Pass:
    name: str
    run: Callable[[ir.Function], bool]


PASSES = {
    p.name: p
    for p in (
        Pass("constprop", opt_prop.constprop),
        Pass("copyprop", opt_prop.copyprop),
        Pass("peephole", peephole),
        Pass("cse", opt_prop.cse),
        Pass("forward", opt_memory.forward),
        Pass("dse", opt_memory.dse),
        Pass("dce", opt_dce.dce),
        Pass("licm", opt_loop.licm),
        Pass("induction", opt_induction.induction),
        Pass("cfg", opt_cfg.simplify_cfg),
        Pass("taildup", opt_cfg.taildup),
        Pass("constants", opt_loop.hoist_constants),
    )
}

# level -> (the passes of a round, in order; the most rounds)
PIPELINES: dict[int, tuple[tuple[str, ...], int]] = {
    1: (("constprop", "copyprop", "peephole", "dce", "cfg"), 1),
    2: (
        (
            "constprop",
            "copyprop",
            "peephole",
            "cse",
            "forward",
            "dse",
            "licm",
            "induction",
            "dce",
            "cfg",
            "taildup",
        ),
        20,
    ),
}
# level -> the passes run once after the rounds, in order
FINISH: dict[int, tuple[str, ...]] = {1: (), 2: ("constants",)}


def level_of(flag: str) -> int:
    """The pipeline of an -O flag's level: 0 (none), 1, or 2 (-O2, -O3, -Os, -Oz, -Ofast)."""
    return {"0": 0, "1": 1, "g": 1}.get(flag, 2)


Dump = Callable[[str], None]


def optimize(module: ir.Module, level: int = 1, dump_after: Collection[str] = (),
             dump: Dump | None = None, check: bool = False) -> ir.Module:  # fmt: skip
    """Optimize in place at a level (the module is returned too). After each run of a
    pass named in dump_after (or of every pass, for `all`), dump(the module's text);
    with check, the module is verified after every pass (a bad one: IRError naming it)."""
    if level <= 0 or not module.functions:
        return module
    passes, rounds = PIPELINES[min(level, 2)]
    # the passes each function still needs: a pass that changed nothing need not run
    # again until another one changes the function
    due = {id(fn): set(passes) for fn in module.functions}
    for n in range(1, rounds + 1):
        for name in passes:
            ran = [fn for fn in module.functions if name in due[id(fn)]]
            for fn in ran:
                if PASSES[name].run(fn):
                    due[id(fn)] = set(passes)
                else:
                    due[id(fn)].discard(name)
            if ran and check:
                _check(module, name, n)
            if ran and dump is not None and (name in dump_after or "all" in dump_after):
                dump(f"; IR after {name} (round {n})\n{ir.format_module(module)}")
        if not any(due.values()):
            break
    for name in FINISH[min(level, 2)]:
        for fn in module.functions:
            PASSES[name].run(fn)
        if check:
            _check(module, name, n + 1)
        if dump is not None and (name in dump_after or "all" in dump_after):
            dump(f"; IR after {name} (round {n + 1})\n{ir.format_module(module)}")
    return module


def _check(module: ir.Module, name: str, n: int) -> None:
    try:
        verify.verify(module)
    except ir.IRError as e:
        raise ir.IRError(f"after pass {name} (round {n}): {e}") from None
