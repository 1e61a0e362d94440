"""Global propagation: constants, copies and common subexpressions, across blocks.

Each pass is a forward data-flow problem (opt_dataflow.forward) over the whole
function, then a rewrite of each block starting from the facts at its entry:

* `constprop`: which vregs hold a known constant (an integer, or the address of a
  slot or a global) on every path. Uses of them become the constant, operations on
  constants are folded (opt_fold.fold), branches and switches on constants become
  jumps, and edges that cannot be taken bring no facts (so `x = 1; if (x) ... else
  x = 2;` still knows x at the join); an edge taken also says something about the
  condition (`if (x == 5)`: x is 5 on the true side; a branch's condition is 0 on
  its false side), so a second test of the same condition is decided;
* `copyprop`: after `%2 = copy %1`, uses of %2 read %1 until either is assigned
  again, on every path (the copy itself is then usually dead);
* `cse`: an integer operation whose operands are unchanged since the same operation
  was computed into a vreg that still holds it, on every path, becomes a copy of it
  (not compares: one that decides a branch is best computed by the branch itself).

A fact is about a vreg's value at a point: any assignment of the vreg kills it.
"""

from __future__ import annotations

from groundup.cc import ir
from groundup.cc.opt_dataflow import every_edge, forward
from groundup.cc.opt_fold import (
    COMMUTATIVE,
    CONSTANT,
    fold,
    fold_terminator,
    is_float,
    substitute,
    substitute_term,
)

# ------------------------------------------------------------------ constants


# vreg number -> its constant; a compare (`_compare_key`) -> 0 or 1, known from a
# branch on it; ("in", vreg number) -> 0: some compare fact reads that vreg (so an
# assignment only looks for compare facts to forget when there is one)
Consts = dict[object, ir.Operand]
_NO = ir.Imm(0, ir.Ty.I32)


def _compare_key(cmp: ir.Compare) -> tuple[tuple[object, ...], int]:
    """(key, flip): the compare is `eq a, b` or `lt a, b` (the key), its result xor flip.
    `gt a, b` is `lt b, a`; `ge a, b` is not `lt a, b`; `le a, b` is not `lt b, a`."""
    op, a, b = cmp.op, cmp.a, cmp.b
    if op in ("eq", "ne"):
        a, b = sorted((a, b), key=str)
        return ("eq", cmp.ty, a, b), int(op == "ne")
    if op in ("gt", "le"):
        a, b = b, a
    return ("lt", cmp.ty, a, b), int(op in ("ge", "le"))


def _const_step(inst: ir.Inst, known: Consts) -> ir.Inst:
    """inst with the known constants in, folded; `known` updated past it."""
    done = fold(substitute(inst, known))
    if isinstance(done, ir.Compare) and len(known) > 0 and not is_float(done.ty):
        key, flip = _compare_key(done)
        if key in known:
            value = known[key]
            assert isinstance(value, ir.Imm)
            done = ir.Copy(done.dst, ir.Imm(value.value ^ flip, ir.Ty.I32))
    d = ir.defined(done)
    if d is not None:
        if isinstance(done, ir.Copy) and isinstance(done.src, CONSTANT) and not is_float(d.ty):
            known[d.id] = done.src
        else:
            known.pop(d.id, None)
        if known.pop(("in", d.id), None) is not None:
            for key in [k for k in known if isinstance(k, tuple) and d in k]:
                del known[key]
    return done


def _const_transfer(block: ir.Block, known: Consts) -> dict[str, Consts]:
    insts = [_const_step(inst, known) for inst in block.insts]
    assert block.term is not None
    end = fold_terminator(substitute_term(block.term, known))
    edges = {s: known for s in ir.successors(ir.Block(block.label, [], end))}
    for label, learnt in _edge_facts(insts, end, known).items():
        edges[label] = {**known, **learnt}
    return edges


def _edge_facts(insts: list[ir.Inst], term: ir.Terminator, known: Consts) -> dict[str, Consts]:
    """What taking an edge says: the condition of a branch is 0 on its false side (1 on its
    true side, for a compare), `eq x, 5` makes x 5 on its true side (`ne`, false side),
    a switch's case edge gives its value (when no other case goes there)."""
    match term:
        case ir.Branch(ir.VReg() as c, yes, no) if yes != no and not is_float(c.ty):
            out: dict[str, Consts] = {no: {c.id: ir.Imm(0, c.ty)}, yes: {}}
            cmp = _compare_defining(c, insts)
            if cmp is not None:
                out[yes][c.id] = ir.Imm(1, c.ty)
                key, flip = _compare_key(cmp)
                out[yes][key], out[no][key] = ir.Imm(1 ^ flip, ir.Ty.I32), ir.Imm(flip, ir.Ty.I32)
                for v in ir.uses(cmp):
                    out[yes]["in", v.id] = out[no]["in", v.id] = _NO
                a, b = cmp.a, cmp.b
                if isinstance(a, ir.Imm):
                    a, b = b, a
                if cmp.op in ("eq", "ne") and isinstance(a, ir.VReg) and isinstance(b, ir.Imm):
                    out[yes if cmp.op == "eq" else no][a.id] = b
            return out
        case ir.Switch(ir.VReg() as v, default, cases):
            targets = [label for _, label in cases]
            return {label: {v.id: ir.Imm(k, v.ty)} for k, label in cases
                    if targets.count(label) == 1 and label != default}  # fmt: skip
    return {}


def _compare_defining(c: ir.VReg, insts: list[ir.Inst]) -> ir.Compare | None:
    """The integer compare that last assigns c in a block, if its operands still hold
    their values at the block's end."""
    for i in range(len(insts) - 1, -1, -1):
        if ir.defined(insts[i]) != c:
            continue
        cmp = insts[i]
        if not isinstance(cmp, ir.Compare) or is_float(cmp.ty):
            return None
        later = {d.id for inst in insts[i + 1 :] if (d := ir.defined(inst)) is not None}
        return None if any(v.id in later or v == c for v in ir.uses(cmp)) else cmp
    return None


def constprop(fn: ir.Function) -> bool:
    """Global constant propagation and folding; True if the function changed."""
    facts: dict[str, Consts] = forward(fn, _const_transfer)
    changed = False
    for b in fn.blocks:
        if b.label not in facts:
            continue  # never reached: the CFG clean-up drops it
        known = facts[b.label]
        insts = [_const_step(inst, known) for inst in b.insts]
        assert b.term is not None
        term = fold_terminator(substitute_term(b.term, known))
        if insts != b.insts or term != b.term:
            b.insts, b.term = insts, term
            changed = True
    return changed


# --------------------------------------------------------------------- copies

Copies = dict[tuple[int, int], ir.VReg]  # (a, b) -> b: vreg a holds the value of vreg b

#: At most this many copy facts are kept at a point: a fact left out is only a copy
#: not propagated (the facts say what must hold), and the pass stays linear in the
#: size of huge functions (csmith's) instead of quadratic.
MAX_COPIES = 200


def _kill(facts: dict, v: int) -> None:
    for key in [k for k in facts if v in k]:
        del facts[key]


def _copy_step(inst: ir.Inst, copies: Copies) -> None:
    d = ir.defined(inst)
    if d is None:
        return
    _kill(copies, d.id)
    if len(copies) >= MAX_COPIES:
        return
    if isinstance(inst, ir.Copy) and isinstance(inst.src, ir.VReg) and inst.src != d:
        src = inst.src
        copies[d.id, src.id] = src
        for (a, b), held in list(copies.items()):
            if a == src.id:  # d = src = b: d holds b's value too
                copies[d.id, b] = held


def _root(v: ir.VReg, copies: Copies) -> ir.VReg:
    """The vreg whose value v holds that holds no other's (the start of its copy chain)."""
    held = [b for (a, _), b in copies.items() if a == v.id]
    if not held:
        return v
    sources = {a for a, _ in copies}
    roots = [b for b in held if b.id not in sources]
    return min(roots or [v], key=lambda r: r.id)


def _copy_rewrite(inst: ir.Inst, copies: Copies) -> ir.Inst:
    if not copies:
        return inst
    subst: dict[int, ir.Operand] = {}
    for v in ir.uses(inst):
        root = _root(v, copies)
        if root != v:
            subst[v.id] = root
    return substitute(inst, subst)


def _copy_transfer(block: ir.Block, copies: Copies) -> dict[str, Copies]:
    for inst in block.insts:
        _copy_step(inst, copies)
    return every_edge(block, copies)


def copyprop(fn: ir.Function) -> bool:
    """Global copy propagation; True if the function changed."""
    facts = forward(fn, _copy_transfer)
    changed = False
    for b in fn.blocks:
        if b.label not in facts:
            continue
        copies = facts[b.label]
        insts = []
        for inst in b.insts:
            insts.append(_copy_rewrite(inst, copies))
            _copy_step(inst, copies)  # the facts of the original: the same values
        assert b.term is not None
        subst = {v.id: r for v in ir.uses(b.term) if (r := _root(v, copies)) != v}
        term = substitute_term(b.term, dict(subst))
        if insts != b.insts or term != b.term:
            b.insts, b.term = insts, term
            changed = True
    return changed


# ------------------------------------------------------- common subexpressions

# the kind, operation, type and operands of a computation; last, the vregs it reads
Expr = tuple[object, ...]


def _expression(inst: ir.Inst) -> Expr | None:
    """What inst computes, as a key equal for equal computations (None: not pure, or
    floating point)."""
    d = ir.defined(inst)
    if d is None or is_float(d.ty):
        return None
    reads = frozenset(v.id for v in ir.uses(inst))
    match inst:
        case ir.Binary(op, dst, a, b):
            if op in COMMUTATIVE and str(b) < str(a):
                a, b = b, a
            return ("binary", op, dst.ty, a, b, reads)
        case ir.Unary(op, dst, a):
            return ("unary", op, dst.ty, a, reads)
        case ir.Conv(dst, src) if not is_float(src.ty):
            return ("conv", dst.ty, src, reads)
    return None


Available = dict[Expr, ir.VReg]
#: At most this many available expressions at a point (as MAX_COPIES: one left out is
#: only a computation not reused, and huge functions stay linear).
MAX_AVAILABLE = 200


def _cse_step(inst: ir.Inst, avail: Available) -> ir.Inst:
    """inst, or a copy of the vreg that holds its value; `avail` updated past it."""
    key = _expression(inst)
    d = ir.defined(inst)
    out = inst
    if key is not None and d is not None and key in avail:
        out = ir.Copy(d, avail[key])
    if d is not None:
        n = d.id
        for k in [k for k, v in avail.items() if v.id == n or n in k[-1]]:  # type: ignore[operator]
            del avail[k]
        if key is not None and n not in key[-1] and len(avail) < MAX_AVAILABLE:  # type: ignore[operator]
            avail[key] = d
    return out


def _cse_transfer(block: ir.Block, avail: Available) -> dict[str, Available]:
    for inst in block.insts:
        _cse_step(inst, avail)
    return every_edge(block, avail)


def cse(fn: ir.Function) -> bool:
    """Global common subexpression elimination; True if the function changed."""
    facts = forward(fn, _cse_transfer)
    changed = False
    for b in fn.blocks:
        if b.label not in facts:
            continue
        avail = facts[b.label]
        insts = [_cse_step(inst, avail) for inst in b.insts]
        if insts != b.insts:
            b.insts = insts
            changed = True
    return changed
