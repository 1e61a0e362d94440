"""Lowering: the typed syntax tree -> the IR (ir.py), one C function at a time.

Its place in the path of a program: typed AST ─lower─> IR ─optimize─> IR ─codegen─> .s.

Sema has already made every conversion explicit (`Cast`, `Decay`), so lowering only
chooses where values live and how control flows:

* a local whose address is never taken and that holds a scalar is a vreg, assigned as
  often as the program assigns it; every other local (arrays, structs, `&x`) is a
  stack slot, reached with loads and stores; a local aggregate's initializer is a
  `blkzero` and then each of its flat items stored;
* statements become blocks and branches: loops get their `break` and `continue`
  targets, `switch` a `switch` terminator (GNU case ranges an unsigned compare before
  it), labels and `goto` blocks and jumps; code after a jump goes in a block of its
  own that nothing reaches;
* expressions are lowerexpr.py's; static data (globals, block-scope statics, string
  literals) becomes `ir.Global`s laid out by staticdata.py.

Calls, parameters and results follow abi.py's placement (floats in fa registers,
struct values in parts or by reference, a struct result in registers stored to a
temporary slot or written through a hidden pointer); `long double` values live in
memory like structs, their arithmetic calls libgcc (`__addtf3` ...); a variadic
function's `va_start` is the IR's `vastart`, `va_arg` walks 8-byte slots from there.

What is left out, each with `error: not supported yet: ...` at the construct:
variable-length arrays, inline assembly, computed goto and label addresses,
`__int128`, complex arithmetic, and the builtins that are not plain functions
(`__atomic_*`, `__sync_*`).
"""

from __future__ import annotations

from dataclasses import dataclass

from groundup.cc import abi, ast, ir, lowerexpr, staticdata
from groundup.cc.ctype import Array, Function, Void
from groundup.cc.ir import Imm, Mem, SymAddr, Ty, VReg
from groundup.cc.lowerexpr import ExprLowering, scalar_ty
from groundup.cc.staticdata import StaticData, Unsupported
from groundup.diag import Reporter


def lower(program: ast.Program, reporter: Reporter, main_file: str | None = None,
          pic: bool = False) -> ir.Module:  # fmt: skip
    """The IR of a translation unit; constructs part 1 does not support are reported
    (`not supported yet: ...`) and left out of the module.

    Inline functions the program never calls are left out, as gcc leaves them out: a
    header's `static inline` helper may use what part 1 cannot compile. An `extern
    inline` definition in a header (`main_file` names the file being compiled) is
    glibc's `gnu_inline` kind: it defines no symbol, calls go to the library's."""
    data = StaticData(ir.Module(), pic=pic)
    for item in program.items:
        if isinstance(item, ast.FuncDef):
            for decl in item.statics:
                data.name_static(decl.obj)
    for obj in program.aliases:  # `f2 __attribute__((alias("f")))`: f2 names f too
        attrs = staticdata.symbol_attrs(obj)
        if obj.linkage is not ast.Linkage.EXTERNAL:
            attrs += (("local", ""),)
        data.module.aliases.append((data.symbol(obj), obj.strings["alias"], attrs))
    errors: list[tuple[int, Unsupported]] = []
    optional: dict[str, tuple[int, Unsupported | None]] = {}  # unused inline: left out
    for index, item in enumerate(program.items):
        try:
            match item:
                case ast.FuncDef(obj=obj):
                    if obj.inline_definition or _gnu_inline(item, main_file):
                        continue
                    _function(data, item, index, optional)
                    for decl in item.statics:
                        data.define(decl)
                case ast.VarDecl():
                    data.define(item)
                case ast.FileAsm(pos=pos):
                    raise Unsupported(pos, "file-scope asm")
        except Unsupported as e:
            errors.append((index, e))
    used = _referenced(data.module, set(optional))
    data.module.functions = [f for f in data.module.functions
                             if f.name not in optional or f.name in used]  # fmt: skip
    for name, (i, failure) in optional.items():
        if name in used and failure is not None:
            errors.append((i, failure))
    for _, problem in sorted(errors, key=lambda pair: pair[0]):
        reporter.error(problem.pos, f"not supported yet: {problem.what}")
    return data.module


def _gnu_inline(f: ast.FuncDef, main_file: str | None) -> bool:
    obj = f.obj
    in_header = main_file is not None and f.pos.source.name != main_file
    return obj.is_inline and obj.storage is ast.Storage.EXTERN and in_header


def _function(data: StaticData, f: ast.FuncDef, index: int,
              optional: dict[str, tuple[int, Unsupported | None]]) -> None:  # fmt: skip
    """Lower a function into the module; an internal inline one may fail quietly until
    it turns out to be used."""
    inline = f.obj.is_inline and f.obj.linkage is ast.Linkage.INTERNAL
    try:
        data.module.functions.append(_FunctionLowering(data, f).run())
        if inline:
            optional[data.symbol(f.obj)] = (index, None)
    except Unsupported as e:
        if not inline:
            raise
        optional[data.symbol(f.obj)] = (index, e)


def _referenced(module: ir.Module, optional: set[str]) -> set[str]:
    """The symbols that the module's data and its functions (other than the optional
    ones, unless they are themselves referenced) refer to."""
    by_name = {f.name: f for f in module.functions}
    found = {item.symbol for g in module.globals for item in g.items
             if isinstance(item, ir.AddrData)}  # fmt: skip
    todo = [f for f in module.functions if f.name not in optional]
    todo += [by_name[n] for n in found & optional if n in by_name]
    seen = {f.name for f in todo}
    while todo:
        fn = todo.pop()
        for name in _symbols(fn) - found:
            found.add(name)
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name])
    return found


def _symbols(fn: ir.Function) -> set[str]:
    out: set[str] = set()
    for b in fn.blocks:
        for inst in [*b.insts, b.term]:
            assert inst is not None
            for op in ir.operands_of(inst):
                if isinstance(op, SymAddr):
                    out.add(op.symbol)
    return out


def _slots_of(cls: type) -> tuple[str, ...]:
    out: list[str] = []
    for klass in cls.__mro__:
        out.extend(getattr(klass, "__slots__", ()))
    return tuple(out)


@dataclass(slots=True)
class _Loop:
    brk: str
    cont: str | None
    vla_depth: int = 0  # the blocks with VLAs open around the loop (or switch)


def _has_vla(items: tuple[ast.Stmt, ...] | list[ast.Stmt]) -> bool:
    return any(isinstance(i, ast.DeclStmt) and any(_is_vla(d) for d in i.decls) for i in items)


def _label_scopes(s: ast.Stmt, chain: tuple[int, ...], out: dict[str, tuple[int, ...]]) -> None:
    """Each label's chain of enclosing blocks that hold VLAs (by id): a goto out of
    such blocks gives their stack space back (it restores the outermost one left)."""
    if isinstance(s, ast.Label):
        out[s.name] = chain
    if isinstance(s, ast.Block) and _has_vla(s.items):
        chain = (*chain, id(s))
    for name in _slots_of(type(s)):
        value = getattr(s, name, None)
        for child in value if isinstance(value, tuple | list) else (value,):
            if isinstance(child, ast.Stmt):
                _label_scopes(child, chain, out)


class _FunctionLowering(ExprLowering):
    """The lowering of one function definition: its statements."""

    def __init__(self, data: StaticData, fn: ast.FuncDef) -> None:
        ftype = fn.obj.type
        assert isinstance(ftype, Function)
        assigner = abi.Assigner()
        types: list[Ty] = []
        locs: list[str] = []
        self.ret: Ty | None = None
        self.ret_placed: abi.Placed | None = None  # a struct result
        ret = ftype.ret.unqual()
        if abi.is_by_parts(ret):
            self.ret_placed = abi.result(ret)
            if self.ret_placed.how is abi.Pass.REF:  # where to write it: a hidden a0
                types.append(Ty.PTR)
                locs.append(assigner.scalar(Ty.PTR))
        elif not isinstance(ret, Void):
            self.ret = scalar_ty(ret, fn.pos)
        self.param_parts: list[abi.Placed] = []  # how each C parameter arrives
        for p in fn.params:
            if abi.is_by_parts(p.type):
                placed = assigner.argument(p.type.unqual())
            else:
                placed = abi.placed_scalar(assigner, scalar_ty(p.type, p.pos))
            self.param_parts.append(placed)
            types += [part.ty for part in placed.parts]
            locs += placed.locs
        local = fn.obj.linkage is ast.Linkage.INTERNAL
        super().__init__(data, ir.FunctionBuilder(data.symbol(fn.obj), types, self.ret, local))
        func = self.b.function
        func.attrs = staticdata.symbol_attrs(fn.obj)
        func.param_locs = locs if locs != list(abi.natural_locs(types)) else []
        func.variadic = ftype.variadic
        if self.ret_placed is not None and self.ret_placed.how is abi.Pass.PARTS:
            func.ret_pieces = tuple((p.ty, p.offset) for p in self.ret_placed.parts)
        self.fn = fn
        self.loops: list[_Loop] = []
        self.vla_blocks: list[tuple[int, VReg]] = []  # open blocks with VLAs: id, saved sp
        self.label_scopes: dict[str, tuple[int, ...]] = {}
        self.labels: dict[str, str] = {}  # C label -> block
        self.cases: dict[int, str] = {}  # case/default id -> block

    def run(self) -> ir.Function:
        f = self.fn
        if "naked" in f.obj.flags:
            return self.naked()
        _walk_taken(f.body, self.taken)
        _label_scopes(f.body, (), self.label_scopes)
        regs = iter(self.b.params)
        self.sret = next(regs) if self.b.function.params and self.hidden_result() else None
        for p, placed in zip(f.params, self.param_parts, strict=True):
            mine = [next(regs) for _ in placed.parts]
            if placed.how is abi.Pass.SCALAR and p.id not in self.taken:
                self.vars[p.id] = mine[0]
                self.var_regs.add(mine[0].id)
                continue
            slot = self.slot_for(p, words=placed.how is abi.Pass.PARTS)
            if placed.how is abi.Pass.REF:  # a copy of the caller's copy: ours to change
                t = p.type
                self.emit(ir.BlockCopy(slot, mine[0], t.size, min(max(t.align, 1), 16)))
            for part, reg in zip(placed.parts, mine, strict=False):
                if placed.how is not abi.Pass.REF:
                    self.emit(ir.Store(reg.ty, Mem(slot, part.offset), reg))
        for p in f.params:  # `int n, double a[n][n]`: the lengths, read on entry
            self.vla_lengths(p.type)
        self.stmt(f.body)
        if self.b.current.term is None:
            if self.ret_placed is not None:
                self.return_stmt(None)
            else:
                zero = None if self.ret is None else lowerexpr.zero(self.ret)
                self.b.terminate(ir.Return(zero))
        self.define_unassigned()
        return self.b.function

    def naked(self) -> ir.Function:
        """__attribute__((naked)): no prologue, no epilogue, no return — the body is
        basic asm statements only, which are the whole function (codegen.py)."""
        body = self.fn.body
        items = body.items if isinstance(body, ast.Block) else (body,)
        for item in items:
            if not isinstance(item, ast.Asm) or item.outputs or item.inputs:
                raise Unsupported(item.pos, "in a naked function, anything but basic asm "
                                            "statements")  # fmt: skip
            self.emit(ir.InlineAsm(item.template, None, (), item.clobbers))
        self.b.terminate(ir.Unreachable())
        return self.b.function

    def define_unassigned(self) -> None:
        """Reading a variable never assigned is undefined; give such vregs a value so the
        IR stays well formed."""
        fn = self.b.function
        defined = {p.id for p in fn.params}
        used: dict[int, VReg] = {}
        for blk in fn.blocks:
            for inst in [*blk.insts, blk.term]:
                assert inst is not None
                d = ir.defined(inst)
                if d is not None:
                    defined.add(d.id)
                used.update((v.id, v) for v in ir.uses(inst))
        missing = [v for i, v in used.items() if i not in defined]
        fn.blocks[0].insts[:0] = [ir.Copy(v, Imm(0, v.ty)) for v in missing]

    # --- statements ---------------------------------------------------------------------

    def stmt(self, s: ast.Stmt) -> None:  # noqa: C901 - one case per statement kind
        match s:
            case ast.Block(items=items):
                saved = None
                if _has_vla(items):
                    saved = self.new(Ty.PTR)  # the block's VLAs are given back at its end
                    self.emit(ir.StackSave(saved))
                    self.vla_blocks.append((id(s), saved))
                for item in items:
                    self.stmt(item)
                if saved is not None:
                    self.vla_blocks.pop()
                    if self.b.current.term is None:
                        self.emit(ir.StackRestore(saved))
            case ast.ExprStmt(expr=e):
                if e is not None:
                    self.effect(e)
            case ast.DeclStmt(decls=decls):
                for d in decls:
                    self.declare(d)
            case ast.If():
                self.if_stmt(s)
            case ast.While(cond=cond, body=body):
                top, inside, end = self.b.label("while"), self.b.label("body"), self.b.label("end")
                self.start(top)
                self.branch(cond, inside, end)
                self.start(inside)
                self.loop_body(body, end, top)
                self.terminate(ir.Jump(top))
                self.start(end)
            case ast.DoWhile(body=body, cond=cond):
                top, test, end = self.b.label("do"), self.b.label("cond"), self.b.label("end")
                self.start(top)
                self.loop_body(body, end, test)
                self.start(test)
                self.branch(cond, top, end)
                self.start(end)
            case ast.For():
                self.for_stmt(s)
            case ast.Switch():
                self.switch(s)
            case ast.Case(id=case, body=body) | ast.Default(id=case, body=body):
                self.start(self.cases[case])
                self.stmt(body)
            case ast.Break():
                self.leave_vla_blocks(self.loops[-1].vla_depth)
                self.terminate(ir.Jump(self.loops[-1].brk))
            case ast.Continue():
                loop = next(lp for lp in reversed(self.loops) if lp.cont is not None)
                assert loop.cont is not None
                self.leave_vla_blocks(loop.vla_depth)
                self.terminate(ir.Jump(loop.cont))
            case ast.Goto(label=name):
                there = self.label_scopes.get(name, ())
                common = 0
                for (here, _), block in zip(self.vla_blocks, there, strict=False):
                    if here != block:
                        break
                    common += 1
                self.leave_vla_blocks(common)
                self.terminate(ir.Jump(self.label_of(name)))
            case ast.Label(name=name, body=body):
                self.start(self.label_of(name))
                self.stmt(body)
            case ast.Return(value=value):
                self.return_stmt(value)
            case ast.ComputedGoto():
                raise Unsupported(s.pos, "computed goto")
            case ast.Asm():
                self.inline_asm(s)
            case _:
                raise Unsupported(s.pos, f"the statement {type(s).__name__}")

    def inline_asm(self, s: ast.Asm) -> None:
        """`asm ("..." : outputs : inputs : clobbers)`: one register output at most (the
        first operand), any number of memory outputs and inputs."""
        args: list[ir.AsmArg] = []
        dst: VReg | None = None
        target: lowerexpr.Place | None = None
        for k, op in enumerate(s.outputs):
            kind = op.constraint.lstrip("=+&")
            if "m" in kind:
                place = self.place(op.expr)
                if not isinstance(place, Mem):
                    raise Unsupported(op.expr.pos, "this asm memory operand")
                args.append(ir.AsmArg(op.constraint, self.address(place), op.name))
                continue
            if k != 0:
                raise Unsupported(op.expr.pos, "an asm register output after the first operand")
            target = self.place(op.expr)
            dst = self.new(scalar_ty(op.expr.type, op.expr.pos))
            value = self.load(target, dst.ty) if "+" in op.constraint else None
            args.append(ir.AsmArg(_pinned(op), value, op.name))
        for op in s.inputs:
            kind = op.constraint.lstrip("=+&")
            if "m" in kind:
                place = self.place(op.expr)
                if not isinstance(place, Mem):
                    raise Unsupported(op.expr.pos, "this asm memory operand")
                args.append(ir.AsmArg(op.constraint, self.address(place), op.name))
                continue
            v = self.value(op.expr)
            if ("i" in kind or "n" in kind) and not isinstance(v, Imm):
                raise Unsupported(op.expr.pos, "an asm 'i' operand that is not a constant")
            args.append(ir.AsmArg(_pinned(op), v, op.name))
        self.emit(ir.InlineAsm(s.template, dst, tuple(args), s.clobbers))
        if dst is not None and target is not None:
            self.store(target, self.convert(dst, dst.ty))

    def label_of(self, name: str) -> str:
        if name not in self.labels:
            self.labels[name] = self.b.label(f"{name}.")
        return self.labels[name]

    def leave_vla_blocks(self, depth: int) -> None:
        """A jump out of blocks with VLAs (break, continue, goto): their stack space back,
        as the end of the outermost one left would give it."""
        if len(self.vla_blocks) > depth and self.b.current.term is None:
            self.emit(ir.StackRestore(self.vla_blocks[depth][1]))

    def loop_body(self, body: ast.Stmt, brk: str, cont: str | None) -> None:
        self.loops.append(_Loop(brk, cont, len(self.vla_blocks)))
        self.stmt(body)
        self.loops.pop()

    def if_stmt(self, s: ast.If) -> None:
        then, end = self.b.label("then"), self.b.label("endif")
        other = self.b.label("else") if s.other is not None else end
        self.branch(s.cond, then, other)
        self.start(then)
        self.stmt(s.then)
        if s.other is not None:
            self.terminate(ir.Jump(end))
            self.start(other)
            self.stmt(s.other)
        self.start(end)

    def for_stmt(self, s: ast.For) -> None:
        if s.init is not None:
            self.stmt(s.init)
        top, inside = self.b.label("for"), self.b.label("body")
        step, end = self.b.label("step"), self.b.label("end")
        self.start(top)
        if s.cond is not None:
            self.branch(s.cond, inside, end)
        self.start(inside)
        self.loop_body(s.body, end, step)
        self.start(step)
        if s.step is not None:
            self.effect(s.step)
        self.terminate(ir.Jump(top))
        self.start(end)

    def switch(self, s: ast.Switch) -> None:
        value = self.value(s.cond)
        v = self.new(value.ty)
        self.emit(ir.Copy(v, value))
        end = self.b.label("endsw")
        table: dict[int, str] = {}
        for case in s.cases:
            label = self.cases[case.id] = self.b.label("case")
            lo, hi = v.ty.wrap(case.value), v.ty.wrap(case.high)
            if hi == lo:
                table.setdefault(lo, label)
            else:
                self.case_range(v, lo, hi, label)
        default = end
        if s.default is not None:
            default = self.cases[s.default.id] = self.b.label("default")
        self.terminate(ir.Switch(v, default, tuple(table.items())))
        self.loop_body(s.body, end, None)
        self.start(end)

    def case_range(self, v: VReg, lo: int, hi: int, label: str) -> None:
        """GNU `case lo ... hi:`: (v - lo) <= (hi - lo), compared unsigned."""
        unsigned = {Ty.I32: Ty.U32, Ty.I64: Ty.U64}.get(v.ty, v.ty)
        diff = self.new(v.ty)
        self.emit(ir.Binary("sub", diff, v, Imm(lo, v.ty)))
        u = self.convert(diff, unsigned)
        test = self.new(Ty.I32)
        self.emit(ir.Compare("le", unsigned, test, u, Imm(unsigned.wrap(hi - lo), unsigned)))
        nxt = self.b.label("range")
        self.terminate(ir.Branch(test, label, nxt))
        self.start(nxt)

    def hidden_result(self) -> bool:
        return self.ret_placed is not None and self.ret_placed.how is abi.Pass.REF

    def return_stmt(self, value: ast.Expr | None) -> None:
        if self.ret_placed is not None:
            self.return_struct(value)
            return
        if value is not None and self.ret is None:
            self.effect(value)
            self.terminate(ir.Return())
        elif value is None:
            self.terminate(ir.Return(None if self.ret is None else lowerexpr.zero(self.ret)))
        else:
            assert self.ret is not None
            v = self.convert(self.value(value), self.ret)
            self.terminate(ir.Return(v))

    def return_struct(self, value: ast.Expr | None) -> None:
        """`return s;` of a struct: copied through the hidden pointer, or its pieces
        loaded into the result registers (a missing value: a zeroed one)."""
        placed = self.ret_placed
        assert placed is not None
        ftype = self.fn.obj.type
        assert isinstance(ftype, Function)
        t = ftype.ret.unqual()
        if value is None:
            addr: ir.Operand = self.temp_slot(t, self.fn.pos)
            self.emit(ir.BlockZero(addr, (max(t.size, 1) + 7) // 8 * 8, 8))
        else:
            addr = self.value(value)
        if placed.how is abi.Pass.REF:
            assert self.sret is not None
            self.emit(ir.BlockCopy(self.sret, addr, t.size, min(max(t.align, 1), 16)))
            self.terminate(ir.Return())
        elif placed.how is abi.Pass.IGNORED:  # an empty struct: nothing to return
            self.terminate(ir.Return())
        else:
            src = self.readable_parts(addr, t, placed.parts, self.fn.pos)
            self.terminate(ir.Return(None, self.mem(src), self.b.function.ret_pieces))

    # --- declarations -------------------------------------------------------------------

    def declare(self, d: ast.VarDecl) -> None:
        obj = d.obj
        if obj.storage is ast.Storage.TYPEDEF:  # `typedef int row[n]`: n is read here
            self.vla_lengths(obj.type)
            return
        if isinstance(obj.type, Array) and lowerexpr._has_vla(obj.type):
            self.declare_vla(obj)
            return
        self.vla_lengths(obj.type)  # `int (*p)[n]`: n is read here
        place = self.var(obj, d.pos)
        if d.init is None:
            return
        if isinstance(place, VReg):
            for item in d.init.items:
                self.store(place, self.convert(self.value(item.value), place.ty))
            return
        self.initialize(place, obj.type, d.init)


#: The registers an explicit register variable may name for an asm operand: those an
#: asm is free to use (the allocator treats an asm as a call).
ASM_REGISTERS = frozenset([f"a{i}" for i in range(8)] + [f"fa{i}" for i in range(8)])


def _pinned(op: ast.AsmOperand) -> str:
    """An asm operand's constraint; `{REG}` for "r" ("f") when the operand is a local
    `register T x asm("REG")` (GNU C: the only place that register is guaranteed)."""
    e = op.expr
    while isinstance(e, ast.Cast) and e.implicit:
        e = e.operand
    if not (isinstance(e, ast.VarRef) and e.obj.is_local and e.obj.asm_name):
        return op.constraint
    kind = op.constraint.lstrip("=+&")
    if kind not in ("r", "f"):
        return op.constraint
    reg = e.obj.asm_name
    if reg not in ASM_REGISTERS or (reg.startswith("f") != (kind == "f")):
        raise Unsupported(op.expr.pos, f"a register variable in '{reg}' as an asm '{kind}' "
                                       "operand (a0-a7, fa0-fa7 are)")  # fmt: skip
    return op.constraint[: len(op.constraint) - len(kind)] + "{" + reg + "}"


def _is_vla(d: ast.VarDecl) -> bool:
    obj = d.obj
    return obj.is_local and obj.storage is not ast.Storage.TYPEDEF and lowerexpr._has_vla(obj.type)


def _walk_taken(body: ast.Stmt, found: set[int]) -> None:
    """The objects of a function body whose address is taken."""
    stack: list[object] = [body]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.AddrOf | ast.Decay):
            x = n.operand
            while isinstance(x, ast.MemberOf):
                x = x.base
            if isinstance(x, ast.VarRef):
                found.add(x.obj.id)
        if isinstance(n, tuple | list):
            stack.extend(n)
        elif isinstance(n, ast.Expr | ast.Stmt | ast.Initializer | ast.InitItem | ast.VarDecl):
            stack.extend(getattr(n, f) for f in _slots_of(type(n)) if f not in ("type", "pos"))
        elif isinstance(n, ast.AsmOperand):
            stack.append(n.expr)
            x = n.expr
            while isinstance(x, ast.MemberOf):
                x = x.base
            if "m" in n.constraint and isinstance(x, ast.VarRef):  # a memory operand
                found.add(x.obj.id)
