"""The reference interpreter: fetch, decode, execute — one instruction at a time.

This is the loop the book draws, and the living definition of what an
instruction does: each op's semantics from the instruction table is compiled
into one small Python function, which reads its operands from the decoded
instruction. The fast engine (translate.py) must always agree with it; lockstep
tests hold them to that.
"""

from __future__ import annotations

from collections.abc import Callable

from groundup.isa import alu, fp
from groundup.isa.alu import M32, M64, wrap32, wrap64
from groundup.isa.decode import Instr, decode
from groundup.isa.table import OPS, Op
from groundup.machine.hart import Hart
from groundup.machine.semantics import expand
from groundup.machine.trap import IllegalInstruction

# exec(hart, x, f, instr, pc, npc) -> the new pc if the instruction jumped, else None.
ExecFn = Callable[[Hart, list[int], list[int], Instr, int, int], int | None]

LOAD_KINDS = {
    "b": (1, True),
    "bu": (1, False),
    "h": (2, True),
    "hu": (2, False),
    "w": (4, True),
    "wu": (4, False),
    "d": (8, True),
    "du": (8, False),
}
STORE_SIZES = {"b": 1, "h": 2, "w": 4, "d": 8}


class ReferenceDialect:
    """Semantics read their operands from the decoded instruction `i`."""

    def read(self, file: str, field: str) -> str:
        return f"{'x' if file == 'R' else 'f'}[i.{field}]"

    def write(self, file: str, field: str, value: str, pure: bool) -> str:
        # Writes to x0 land in x[0], which the interpreter zeroes after every instruction.
        return f"{'x' if file == 'R' else 'f'}[i.{field}] = {value}"

    def macro(self, name: str, args: list[str]) -> str:
        match name:
            case "S64":
                return f"wrap64({args[0]})"
            case "S32":
                return f"wrap32({args[0]})"
            case "LOAD":
                size, signed = LOAD_KINDS[args[0]]
                return f"HART.load({args[1]}, {size}, {signed})"
            case "STORE":
                return f"HART.store({args[1]}, {STORE_SIZES[args[0]]}, {args[2]})"
            case "JUMP":
                return f"return {args[0]}"
            case "TARGET":
                return f"HART.target({args[0]})"
        raise AssertionError(name)

    def name(self, word: str) -> str:
        match word:
            case "imm" | "csr":
                return "i.imm"
            case "rm" | "raw" | "rd" | "rs1" | "rs2" | "rs3":
                return f"i.{word}"
            case "FP":
                return "HART.fpstate"
        return word  # pc, npc, HART are parameters


def compile_op(op: Op) -> ExecFn:
    """One Python function that executes `op` for any decoded instance of it."""
    body = expand(op.sem, ReferenceDialect())
    name = "_" + op.name.replace(".", "_")
    src = f"def {name}(HART, x, f, i, pc, npc):\n" + "\n".join("    " + s for s in body)
    namespace = {"alu": alu, "fp": fp, "M32": M32, "M64": M64, "wrap32": wrap32, "wrap64": wrap64}
    exec(compile(src, f"<semantics of {op.name}>", "exec"), namespace)
    fn: ExecFn = namespace[name]  # type: ignore[assignment]
    return fn


EXEC: dict[str, ExecFn] = {op.name: compile_op(op) for op in OPS}


class Interpreter:
    """The reference engine."""

    def __init__(self) -> None:
        self._decoded: dict[int, tuple[Instr, ExecFn]] = {}

    def flush(self) -> None:
        pass  # nothing is translated

    def invalidate_page(self, ppn: int) -> None:
        pass

    def forget_space(self, satp: int) -> None:
        pass

    def decode(self, word: int) -> tuple[Instr, ExecFn]:
        entry = self._decoded.get(word)
        if entry is None:
            ins = decode(word)
            if ins is None:
                raise IllegalInstruction(word)
            entry = self._decoded[word] = (ins, EXEC[ins.op.name])
        return entry

    def step(self, hart: Hart) -> Instr:
        """Execute the instruction at hart.pc; on a trap, raise it with pc unchanged."""
        pc = hart.pc
        ins, fn = self.decode(hart.fetch(pc))
        if ins.size == 2 and not hart.rvc:
            raise IllegalInstruction(ins.raw)  # with misa.C clear, C is not implemented
        spc = pc - (1 << 64) if pc >> 63 else pc  # semantics see pc as a signed value
        try:
            if ins.op.fp:
                hart.require_fp()
            new_pc = fn(hart, hart.x, hart.f, ins, spc, spc + ins.size)
        except IllegalInstruction as e:
            e.tval = ins.raw
            raise
        except fp.IllegalRoundingMode:
            raise IllegalInstruction(ins.raw) from None
        hart.x[0] = 0
        if ins.op.fp:
            hart.set_fs_dirty()
        hart.pc = (pc + ins.size) & M64 if new_pc is None else new_pc
        hart.instret += 1
        return ins

    def execute(self, hart: Hart, budget: int) -> None:
        """Step up to `budget` instructions; return after any serial one (it may have
        changed what is pending or enabled)."""
        for _ in range(budget):
            if self.step(hart).op.serial:
                return
