"""The fast engine: translating guest code, a page at a time, into Python functions.

Code that runs often is translated into one Python function per *region*: the
code of one 4 KiB virtual page reachable from an entry point. Inside a region
the guest registers live in Python locals, and control moves between *traces*
— straight runs of guest instructions that continue through unconditional jumps,
through calls into the same page, through a predicted return, and through a
conditional branch in its likely direction (backward taken, forward not) —
without leaving the function:

    def region(h, budget):
        x10 = X[10]; ...                     # registers the region uses
        n = budget; pc = h.pc
        while True:
            if pc == 0x101f8:                # one trace per entry point
                if n < 12: break             # not enough budget: the dispatcher steps
                n -= 12
                x15 = <lw inline: TLB lookup, RAM view index>
                if (x14 & M64) >= (x15 & M64):   # a branch leaving the trace
                    n += 9; pc = 0x1021e; continue
                ...
            if pc == ...
            break                            # pc outside the region
        X[10] = x10; ...                     # write the registers back

The semantics come from the instruction table, expanded by `FastDialect` with
the instruction's operands as constants (see semantics.py). A trap inside a
region is an exception: the handler finds the faulting instruction from the
line number, writes the registers back, sets pc and the retired count, and
re-raises — so traps and interrupts land on exact instruction boundaries, as
in the reference interpreter.

Translations are checked on entry against the fetch TLB (so a remapped page is
noticed); stores to a page with translated code go through the slow path and
invalidate them (Machine.code_written); fence.i drops them all.

The regions (and the arrival counts) are kept per address space, keyed by satp:
a hart that switches between processes finds each one's translations where it left
them instead of re-checking and re-translating (`forget_space` drops a dead one's).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from groundup.isa import alu, fp
from groundup.isa.alu import M32, M64, MAX64, MIN64, wrap32, wrap64
from groundup.isa.decode import Instr, decode
from groundup.isa.encoding import Fmt
from groundup.isa.priv import FS_DIRTY, PAGE_SHIFT, PAGE_SIZE, Cause
from groundup.machine.hart import Hart
from groundup.machine.interp import LOAD_KINDS, STORE_SIZES, Interpreter
from groundup.machine.semantics import expand
from groundup.machine.trap import IllegalInstruction, Trap

# A lockstep observer, called at every trace entry with the hart, the pc, the number
# of instructions retired so far in this region call, and the live register locals.
Observer = Callable[[Hart, int, int, dict[int, int]], None]

# Arrivals at an untranslated pc before its page region is translated. Compiling a
# region costs about as much as interpreting 10,000 instructions, so code that runs
# only a few times (program start-up, most of libc) is better interpreted.
HOT = 32
MAX_TRACE = 96  # instructions in one trace
MAX_REGION = 1200  # instructions in one region (all traces)
NEVER = -(1 << 62)  # a hit count that never reaches HOT: for pcs that cannot start a trace
VOLATILE = 16  # a page whose translations were invalidated this often stays interpreted

_CONST = re.compile(r"[0-9\s()+\-*&|^~<>]+")
VIEW = {(1, True): "Mb", (1, False): "MB", (2, True): "Mh", (2, False): "MH",
        (4, True): "Mi", (4, False): "MI", (8, True): "Mq", (8, False): "MQ"}  # fmt: skip
SHIFT = {1: 0, 2: 1, 4: 2, 8: 3}
RA = 1


def _const(text: str) -> int | None:
    """The value of an expression made only of integer literals, else None."""
    if _CONST.fullmatch(text) and any(c.isdigit() for c in text):
        return int(eval(text))  # digits and operators only: safe to evaluate
    return None


class FastDialect:
    """Semantics for one instruction at a known pc: operands become constants and
    registers become the region function's locals."""

    def __init__(self, ins: Instr, pc: int, jump: Callable[[str], str], rvc: bool) -> None:
        self.ins, self.pc, self.jump, self.rvc = ins, pc, jump, rvc

    def _reg(self, field: str) -> int:
        return int(getattr(self.ins, field))

    def read(self, file: str, field: str) -> str:
        n = self._reg(field)
        if file == "F":
            return f"F[{n}]"
        return f"x{n}" if n else "0"

    def write(self, file: str, field: str, value: str, pure: bool) -> str:
        n = self._reg(field)
        if file == "F":
            return f"F[{n}] = {value}"
        if n:
            return f"x{n} = {value}"
        return "pass" if pure else f"_ = {value}"

    def macro(self, name: str, args: list[str]) -> str:
        a = _tidy(args[0])
        match name:
            case "S64":
                return _wrap64(a)
            case "S32":
                return _wrap32(a)
            case "LOAD":
                return _load(*LOAD_KINDS[a], _tidy(args[1]))
            case "STORE":
                return _store(STORE_SIZES[a], _tidy(args[1]), args[2])
            case "TARGET":
                c = _const(a)
                if c is not None and (self.rvc or not c & 2):
                    return str(c & M64)
                return f"({a}) & {M64}" if self.rvc else f"h.target({a})"
            case "JUMP":
                return self.jump(a)
        raise AssertionError(name)

    def name(self, word: str) -> str:
        match word:
            case "imm" | "csr":
                return str(self.ins.imm)
            case "pc":
                return str(self.pc)
            case "npc":
                return str(self.pc + self.ins.size)
            case "rm" | "raw" | "rd" | "rs1" | "rs2" | "rs3":
                return str(getattr(self.ins, word))
            case "HART":
                return "h"
            case "FP":
                return "FPS"
        raise AssertionError(word)


def _tidy(expr: str) -> str:
    """Drop the `+ 0` of a zero immediate (mv, sext.w, loads at offset 0 ...)."""
    if m := re.fullmatch(r"(x\d+) \+ 0|0 \+ (x\d+)", expr):
        return m.group(1) or m.group(2)
    return expr


# Wrapping is the price of holding registers as unbounded Python ints; these skip
# it where the value provably stays in range, and check one side where only one
# side can overflow (adding a constant).
def _wrap64(a: str) -> str:
    c = _const(a)
    if c is not None:
        return str(wrap64(c))
    if re.fullmatch(r"x\d+", a) or re.fullmatch(r"\(x\d+ & M64\) >> [1-9]\d*", a):
        return a  # a register is in range; a logical right shift by >= 1 is below 2**63
    if m := re.fullmatch(r"x\d+ \+ (-?\d+)", a):
        if int(m.group(1)) >= 0:
            return f"(_t if (_t := {a}) <= {MAX64} else wrap64(_t))"
        return f"(_t if (_t := {a}) >= {MIN64} else wrap64(_t))"
    return f"(_t if {MIN64} <= (_t := {a}) <= {MAX64} else wrap64(_t))"


def _wrap32(a: str) -> str:
    c = _const(a)
    if c is not None:
        return str(wrap32(c))
    if re.fullmatch(r"\(x\d+ & M32\) >> [1-9]\d*", a):
        return a  # below 2**31
    return f"(_t if -2147483648 <= (_t := {a}) <= 2147483647 else wrap32(_t))"


def _load(size: int, signed: bool, addr: str) -> str:
    # A TLB hit on an aligned address is one dict lookup and one view index; anything
    # else (a miss, a fault, a misaligned access) goes through Hart.load.
    view, sh = VIEW[size, signed], SHIFT[size]
    index = f"(_a + _d) >> {sh}" if sh else "_a + _d"
    aligned = f" and not _a & {size - 1}" if size > 1 else ""
    return (
        f"({view}[{index}] if (_d := RT.get((_a := {addr}) >> 12)) is not None{aligned} "
        f"else LD(_a, {size}, {signed}))"
    )


class CodeChanged(Exception):  # noqa: N818
    """Raised by translated code right after a store into a page with translated
    code: the region stops there, so the next instruction is fetched anew."""


def _store(size: int, addr: str, value: str) -> str:
    sh = SHIFT[size]
    index = f"(_a + _d) >> {sh}" if sh else "_a + _d"
    aligned = f" and not _a & {size - 1}" if size > 1 else ""
    if size == 8 and re.fullmatch(r"x\d+|0", value):
        stored = f"Mq[{index}] = {value}"  # a register is already a signed 64-bit value
    else:
        stored = f"{VIEW[size, False]}[{index}] = ({value}) & {(1 << (8 * size)) - 1}"
    return (
        f"_a = {addr}\n_d = WT.get(_a >> 12)\nif _d is not None{aligned}:\n"
        f"    {stored}\nelse:\n    ST(_a, {size}, {value})\n    if h.code_changed:\n"
        "        raise CodeChanged"
    )


# --- traces ----------------------------------------------------------------------------
@dataclass(slots=True)
class Step:
    """One instruction on a trace, and how the trace leaves or follows its jump."""

    pc: int
    ins: Instr
    follow: str = ""  # "taken", "fall", "call", "ret", "" (straight / ends the trace)
    predicted: int = 0  # for "ret": the return address the trace continues at


@dataclass(slots=True)
class Trace:
    entry: int
    steps: list[Step] = field(default_factory=list)
    exit_pc: int | None = None  # where control goes after the last step, if constant


@dataclass(slots=True, eq=False)
class Region:
    fn: Callable[[Hart, int], int]
    delta: int  # the fetch-TLB delta of the page when translated
    ppn: int  # the physical page the code came from
    entries: frozenset[int]
    source: str
    satp: int = 0  # the address space it was translated in


def translatable(ins: Instr, hart: Hart) -> bool:
    # An fp op while FS is not Dirty is left to the interpreter: it traps (FS Off)
    # or sets FS to Dirty, after which translated fp code need not.
    if ins.size == 2 and not hart.rvc:
        return False  # C is switched off: the interpreter raises illegal instruction
    return not ins.op.serial and not (ins.op.fp and hart.fs != FS_DIRTY)


class Translator:
    """The fast engine (see the module docstring)."""

    def __init__(
        self, hot: int = HOT, observe: Observer | None = None, eager: bool = False
    ) -> None:
        self.hot = hot
        self.observe = observe
        self.eager = eager  # give every reachable path a trace, run or not (for tests)
        self.interp = Interpreter()
        self.regions: dict[int, Region] = {}  # of the current address space (satp)
        self.by_page: dict[int, list[Region]] = {}
        self.hits: dict[int, int] = {}
        self.rewrites: dict[int, int] = {}  # physical page -> times its code was written
        self.satp = 0
        self.spaces: dict[int, tuple[dict[int, Region], dict[int, int]]] = {}  # the others

    # --- the engine interface -------------------------------------------------------------
    def flush(self) -> None:
        self.regions.clear()
        self.by_page.clear()
        self.hits.clear()
        self.spaces.clear()

    def invalidate_page(self, ppn: int) -> None:
        self.rewrites[ppn] = self.rewrites.get(ppn, 0) + 1
        dead = self.by_page.pop(ppn, [])
        for satp in {r.satp for r in dead}:
            regions = self.regions if satp == self.satp else self.spaces.get(satp, ({}, {}))[0]
            for pc in [pc for pc, r in regions.items() if r in dead]:
                del regions[pc]

    def forget_space(self, satp: int) -> None:
        """The address space `satp` is gone: drop what was translated for it."""
        regions = self.regions if satp == self.satp else self.spaces.pop(satp, ({}, {}))[0]
        gone = set(regions.values())
        for ppn, rs in list(self.by_page.items()):
            kept = [r for r in rs if r not in gone]
            if kept:
                self.by_page[ppn] = kept
            else:
                del self.by_page[ppn]
        if satp == self.satp:
            self.regions, self.hits = {}, {}

    def _switch_space(self, satp: int) -> None:
        self.spaces[self.satp] = (self.regions, self.hits)
        self.regions, self.hits = self.spaces.pop(satp, ({}, {}))
        self.satp = satp

    def execute(self, hart: Hart, budget: int) -> None:
        if hart.csr.satp != self.satp:
            self._switch_space(hart.csr.satp)
        end = hart.instret + budget
        while hart.instret < end:
            pc = hart.pc
            region = self.regions.get(pc)
            if region is not None and hart.itlb.get(pc >> PAGE_SHIFT) != region.delta:
                region = self._recheck(hart, pc, region)
            if region is None:
                n = self.hits.get(pc, 0) + 1
                self.hits[pc] = n
                if n >= self.hot:
                    if (region := self.translate(hart, pc)) is not None:
                        continue
                    if not self._translatable_at(hart, pc):
                        self.hits[pc] = NEVER  # an ecall, a csr access ...: stop trying
                if self._interpret_block(hart, end):
                    return
                continue
            hart.code_changed = False
            try:
                progress = region.fn(hart, end - hart.instret)
            except CodeChanged:
                continue  # the region wrote code (maybe its own): dispatch afresh
            if progress == 0 and self._interpret_block(hart, end):
                return

    def _translatable_at(self, hart: Hart, pc: int) -> bool:
        delta = hart.itlb.get(pc >> PAGE_SHIFT)
        if delta is None:
            return True  # not known yet: the page is not in the fetch TLB
        ins = self._decoder(hart, pc >> PAGE_SHIFT, delta)(pc)
        return ins is not None and translatable(ins, hart)

    def _recheck(self, hart: Hart, pc: int, region: Region) -> Region | None:
        """The fetch TLB no longer matches: re-walk (this may fault), and drop the
        region if the page now maps elsewhere."""
        hart.translate(pc, "x")
        if hart.itlb.get(pc >> PAGE_SHIFT) == region.delta:
            return region
        self.regions = {p: r for p, r in self.regions.items() if r is not region}
        return None

    def _interpret_block(self, hart: Hart, end: int) -> bool:
        """Step one basic block with the interpreter; True if it ended with a serial op."""
        while hart.instret < end:
            ins = self.interp.step(hart)
            if ins.op.serial:
                return True
            if ins.op.control:
                break
        return False

    # --- translation ------------------------------------------------------------------------
    def translate(self, hart: Hart, pc: int) -> Region | None:
        delta = hart.itlb.get(pc >> PAGE_SHIFT)
        if delta is None:
            return None  # let the interpreter fetch (and fault) first
        ppn = (pc + delta + hart.mem.base) >> PAGE_SHIFT
        if self.rewrites.get(ppn, 0) > VOLATILE:
            return None  # code and often-written data share this page: translating it
            # again and again would cost more than interpreting it
        traces = self._traces(hart, pc, delta)
        if not traces:
            return None
        region = self._compile(hart, traces, delta)
        region.ppn = ppn
        region.satp = self.satp
        hart.machine.add_code_page(ppn)
        self.by_page.setdefault(ppn, []).append(region)
        for entry in region.entries:
            self.regions.setdefault(entry, region)
        return region

    def _decoder(self, hart: Hart, page: int, delta: int) -> Callable[[int], Instr | None]:
        mem = hart.mem

        def decode_at(pc: int) -> Instr | None:
            if pc >> PAGE_SHIFT != page or pc & 1:
                return None
            off = pc + delta
            low = mem.H[off >> 1]
            if low & 3 != 3:
                return decode(low)
            if (pc & (PAGE_SIZE - 1)) == PAGE_SIZE - 2:
                return None  # straddles the page: the interpreter handles it
            return decode(low | mem.H[(off >> 1) + 1] << 16)

        return decode_at

    def _traces(self, hart: Hart, entry: int, delta: int) -> list[Trace]:
        decode_at = self._decoder(hart, entry >> PAGE_SHIFT, delta)
        traces: list[Trace] = []
        todo, seen, total = [entry], {entry}, 0
        while todo and total < MAX_REGION:
            trace = _trace(todo.pop(0), decode_at, hart)
            if not trace.steps:
                continue
            traces.append(trace)
            total += len(trace.steps)
            for target in _exits(trace):
                # Only code that has run gets a trace: compiling costs as much as
                # interpreting thousands of instructions, so cold paths stay cold.
                if target in seen or not (self.eager or self.hits.get(target)):
                    continue
                if decode_at(target) is not None:
                    seen.add(target)
                    todo.append(target)
        return traces

    def _compile(self, hart: Hart, traces: list[Trace], delta: int) -> Region:
        gen = _Codegen(traces, hart.rvc, observe=self.observe is not None)
        src = gen.source()
        namespace: dict[str, object] = {
            "alu": alu, "fp": fp, "M32": M32, "M64": M64, "wrap32": wrap32, "wrap64": wrap64,
            "LINES": gen.lines, "Trap": Trap, "IllegalInstruction": IllegalInstruction,
            "IllegalRoundingMode": fp.IllegalRoundingMode, "fault": _fault,
            "observe": self.observe, "CodeChanged": CodeChanged,
        }  # fmt: skip
        name = f"<region {traces[0].entry:#x}>"
        exec(compile(src, name, "exec"), namespace)
        fn = namespace["region"]
        return Region(fn, delta, 0, frozenset(t.entry for t in traces), src)  # type: ignore[arg-type]


def _fault(h: Hart, e: BaseException, line: int, budget: int, n: int,
           lines: dict[int, tuple[int, int, int]]) -> BaseException:  # fmt: skip
    """Put the hart at the faulting instruction; return the exception to raise."""
    info = lines.get(line)
    if info is not None:
        pc, refund, raw = info
        if isinstance(e, CodeChanged):  # the store completed: it retires
            pc += 2 if raw & 3 != 3 else 4
            refund -= 1
        h.pc = pc
        h.instret += budget - n - refund
        if isinstance(e, fp.IllegalRoundingMode):
            return IllegalInstruction(raw)
        if isinstance(e, IllegalInstruction):
            e.tval = raw
    else:
        h.instret += budget - n
    return e


def _trace(entry: int, decode_at: Callable[[int], Instr | None], hart: Hart) -> Trace:
    """Follow the code from `entry` while it stays on one predictable path."""
    trace = Trace(entry)
    pc, on_trace, returns = entry, set[int](), list[int]()
    while len(trace.steps) < MAX_TRACE:
        ins = decode_at(pc)
        if ins is None or not translatable(ins, hart) or pc in on_trace:
            break
        on_trace.add(pc)
        step = Step(pc, ins)
        trace.steps.append(step)
        npc = pc + ins.size
        if not ins.op.control:
            pc = npc
            continue
        nxt = _follow(step, npc, returns, decode_at)
        if nxt is None:
            trace.exit_pc = None
            return trace
        pc = nxt
    trace.exit_pc = pc
    return trace


def _follow(step: Step, npc: int, returns: list[int],
            decode_at: Callable[[int], Instr | None]) -> int | None:  # fmt: skip
    """Decide where the trace goes after a control instruction (None: it ends)."""
    ins, op = step.ins, step.ins.op
    if op.fmt is Fmt.B:
        target = (step.pc + ins.imm) & M64
        step.follow = "taken" if target <= step.pc else "fall"
        return target if step.follow == "taken" else npc
    if op.name == "jal":
        step.follow = "call"
        if ins.rd == RA:
            returns.append(npc)
        return (step.pc + ins.imm) & M64
    if op.name == "jalr" and ins.rd == 0 and ins.rs1 == RA and ins.imm == 0 and returns:
        step.follow, step.predicted = "ret", returns.pop()
        return step.predicted
    return None


def _exits(trace: Trace) -> list[int]:
    """Constant pcs where control can leave the trace: candidates for more traces."""
    out = []
    for s in trace.steps:
        if s.follow == "taken":
            out.append(s.pc + s.ins.size)  # the branch not taken
        elif s.follow == "fall":
            out.append((s.pc + s.ins.imm) & M64)  # the branch taken
        if s.ins.op.name == "jal" and s.ins.rd == RA:
            out.append(s.pc + s.ins.size)  # where the call will return
    if trace.exit_pc is not None:
        out.append(trace.exit_pc)
    return out


class _Codegen:
    """Python source for a region: one `if pc == entry:` arm per trace."""

    def __init__(self, traces: list[Trace], rvc: bool, observe: bool = False) -> None:
        self.traces = traces
        self.rvc = rvc
        self.observe = observe
        self.entries = {t.entry for t in traces}
        self.out: list[str] = []
        self.lines: dict[int, tuple[int, int, int]] = {}  # line -> (pc, refund, raw)
        self.regs: set[int] = set()
        self.loop_entry: int | None = None  # set while emitting a self-looping trace
        self._region_regs: set[int] | None = None

    def emit(self, text: str, indent: int, info: tuple[int, int, int] | None = None) -> None:
        for line in text.splitlines():
            self.out.append("    " * indent + line)
            if info is not None:
                self.lines[len(self.out) + 1] = info  # +1: the def line comes first

    def goto(self, target: str, refund: int) -> str:
        """Leave the trace for `target` (constant or expression), refunding budget."""
        pre = f"n += {refund}\n" if refund else ""
        c = _const(target)
        if self.loop_entry is not None:  # inside a self-loop's own `while`
            if c == self.loop_entry:
                return f"{pre}continue"
            return f"{pre}pc = {target if c is None else c}\nbreak"
        if c is None:
            return f"{pre}pc = {target}\ncontinue"
        return f"{pre}pc = {c}\n" + ("continue" if c in self.entries else "break")

    def source(self) -> str:
        for trace in self.traces:
            self.trace(trace)
        regs = sorted(self.regs)
        load = "; ".join(f"x{r} = X[{r}]" for r in regs) or "pass"
        store = "; ".join(f"X[{r}] = x{r}" for r in regs) or "pass"
        head = [
            "def region(h, budget):",
            "    X = h.x; F = h.f; FPS = h.fpstate; RT = h.rtlb; WT = h.wtlb",
            "    mem = h.mem; Mb = mem.b; MB = mem.B; Mh = mem.h; MH = mem.H",
            "    Mi = mem.i; MI = mem.I; Mq = mem.q; MQ = mem.Q; LD = h.load; ST = h.store",
            f"    {load}",
            "    n = budget; pc = h.pc",
            "    try:",
            "        while True:",
        ]
        offset = len(head) - 1  # lines before the body, less the def line counted in emit
        self.lines = {ln + offset: info for ln, info in self.lines.items()}
        tail = [
            "            break",
            "    except BaseException as e:",
            f"        {store}",
            "        h.pc = pc",
            "        raise fault(h, e, e.__traceback__.tb_lineno, budget, n, LINES) from None",
            f"    {store}",
            "    h.pc = pc",
            "    h.instret += budget - n",
            "    return budget - n",
        ]
        body = ["            " + line for line in self.out]
        return "\n".join(head + body + tail) + "\n"

    def trace(self, trace: Trace) -> None:
        """One arm of the dispatch loop. A trace that ends by jumping back to its own
        entry (a loop) spins in a loop of its own instead of going through dispatch:
        its exits then `break` to the outer loop, which dispatches on pc."""
        total = len(trace.steps)
        self.emit(f"if pc == {trace.entry}:", 0)
        indent = 1
        if trace.exit_pc == trace.entry:
            self.loop_entry = trace.entry
            self.emit("while True:", 1)
            indent = 2
        if self.observe:
            live = ", ".join(f"{r}: x{r}" for r in sorted(self.regs_of_region()))
            self.emit(f"observe(h, pc, budget - n, {{{live}}})", indent)
        self.emit(f"if n < {total}:\n    break\nn -= {total}", indent)
        for k, step in enumerate(trace.steps):
            self.step(step, total - k - 1, indent)
        if trace.exit_pc is not None:
            self.emit(self.goto(str(trace.exit_pc), 0), indent)
        if self.loop_entry is not None:
            # Out of the inner loop: budget exhausted (pc is still the entry) or an exit.
            self.emit(f"if pc == {trace.entry}:\n    break\ncontinue", 1)
            self.loop_entry = None

    def regs_of_region(self) -> set[int]:
        """Every x register the region's instructions name (made once per region)."""
        if self._region_regs is None:
            self._region_regs = set()
            for t in self.traces:
                for s in t.steps:
                    self._region_regs |= _regs(s.ins)
        return self._region_regs

    def step(self, s: Step, remaining: int, indent: int) -> None:
        """One instruction; `remaining` is how many trace instructions follow it."""
        ins = s.ins
        info = (s.pc, remaining + 1, ins.raw)
        jump = self._jump(s, remaining)
        lines = _expansion(ins, s.pc, jump, self.rvc)
        self.regs |= _regs(ins)
        text = "\n".join(lines)
        if "HART.amo" in ins.op.sem or "HART.sc" in ins.op.sem:
            text += "\nif h.code_changed:\n    raise CodeChanged"
        if s.follow == "taken":
            # `if cond: JUMP` rendered JUMP as pass; leaving is the not-taken side.
            text += "\nelse:\n" + _indent(self.goto(str(s.pc + ins.size), remaining))
        self.emit(text, indent, info)

    def _jump(self, s: Step, remaining: int) -> Callable[[str], str]:
        def render(target: str) -> str:
            match s.follow:
                case "taken" | "call":
                    # Followed inline; a target that still needs its alignment check
                    # (C off) is evaluated for that check alone.
                    checked = _const(target) is not None or target.isidentifier()
                    return "pass" if checked else target
                case "fall":
                    return self.goto(target, remaining)
                case "ret":
                    return f"if {target} != {s.predicted}:\n" + _indent(
                        self.goto(target, remaining)
                    )
            return self.goto(target, 0)

        return render


#: semantics that name where the instruction is (pc, npc) or where it goes (JUMP,
#: TARGET) expand differently at every pc; the rest only with the instruction's bits
_PLACED = re.compile(r"\b(pc|npc)\b|\b(JUMP|TARGET)\(")
_placed: dict[str, bool] = {}
#: (raw, size, rvc) -> the Python lines of an instruction that is not placed: regions
#: are translated again as they grow, and most of their instructions are the same
_expanded: dict[tuple[int, int, bool], list[str]] = {}
EXPANDED_MAX = 1 << 16


def _expansion(ins: Instr, pc: int, jump: Callable[[str], str], rvc: bool) -> list[str]:
    """The Python lines of one instruction at `pc` (FastDialect), from the cache when
    they do not depend on the pc."""
    sem = ins.op.sem
    placed = _placed.get(sem)
    if placed is None:
        placed = _placed[sem] = _PLACED.search(sem) is not None
    if placed:
        return expand(sem, FastDialect(ins, _signed(pc), jump, rvc))
    key = (ins.raw, ins.size, rvc)
    lines = _expanded.get(key)
    if lines is None:
        if len(_expanded) >= EXPANDED_MAX:
            _expanded.clear()
        lines = _expanded[key] = expand(sem, FastDialect(ins, _signed(pc), jump, rvc))
    return lines


def _regs(ins: Instr) -> set[int]:
    """The x registers an instruction's semantics name (x0 is no register)."""
    sem = ins.op.sem
    return {getattr(ins, f) for f in ("rd", "rs1", "rs2") if f"R[{f}]" in sem} - {0}


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def _signed(pc: int) -> int:
    return pc - (1 << 64) if pc >> 63 else pc


__all__ = ["Translator", "Cause"]
