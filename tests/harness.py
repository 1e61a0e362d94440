"""Running a few instructions on a bare hart, on both engines, for ISA-level tests.

    h = run(ins("div", rd=5, rs1=6, rs2=7), x={6: 42, 7: 0})
    assert h.x[5] == -1

`run` places the code at the start of RAM, runs it in M-mode with paging off (or
in another mode with `priv=`), on the reference interpreter AND on the fast
engine (translating from the first visit), checks that both end in the same
architectural state, and returns the reference hart. The first trap stops the
run (`h.stop` tells which); mcause/mepc/mtval (or the S-mode ones) hold it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from groundup.isa.decode import decode
from groundup.isa.encode import compress, encode
from groundup.isa.priv import FS_DIRTY, Mstatus, Priv
from groundup.isa.table import BY_NAME
from groundup.machine.hart import Hart, Stop
from groundup.machine.interp import Interpreter
from groundup.machine.machine import Machine
from groundup.machine.memory import RAM_BASE
from groundup.machine.translate import Translator
from groundup.machine.trap import Trap

CODE = RAM_BASE
DATA = RAM_BASE + 0x10000
RAM = 1 << 20


def ins(name: str, rd: int = 0, rs1: int = 0, rs2: int = 0, rs3: int = 0, imm: int = 0,
        rm: int = 0, aq: bool = False, rl: bool = False) -> bytes:  # fmt: skip
    """The 4 bytes of a 32-bit instruction."""
    word = encode(BY_NAME[name], rd, rs1, rs2, rs3, imm, rm, aq, rl)
    return word.to_bytes(4, "little")


def cins(base: str, rd: int = 0, rs1: int = 0, rs2: int = 0, imm: int = 0) -> bytes:
    """The 2 bytes of the compressed form of a base instruction (which must exist)."""
    half = compress(base, rd, rs1, rs2, imm)
    assert half is not None, f"no compressed form of {base} {rd} {rs1} {rs2} {imm}"
    return half.to_bytes(2, "little")


def count(code: bytes) -> int:
    """How many instructions `code` holds."""
    n = pos = 0
    while pos < len(code):
        pos += 2 if code[pos] & 3 != 3 else 4
        n += 1
    return n


def new_hart(engine: str, ram: int = RAM) -> Hart:
    m = Machine(ram_size=ram, engine="ref")
    h = m.harts[0]
    h.engine = Interpreter() if engine == "ref" else Translator(hot=1, eager=True)
    return h


def setup(
    h: Hart,
    code: bytes,
    x: dict[int, int] | None = None,
    f: dict[int, int] | None = None,
    data: dict[int, bytes] | None = None,
    priv: Priv = Priv.M,
    fs: int = FS_DIRTY,
    frm: int = 0,
    fflags: int = 0,
) -> None:
    h.mem.write(CODE, code)
    for addr, blob in (data or {}).items():
        h.mem.write(addr, blob)
    for r, v in (x or {}).items():
        h.x[r] = s64(v)
    for r, v in (f or {}).items():
        h.f[r] = v
    h.set_mstatus((h.csr.mstatus & ~(3 << Mstatus.FS)) | (fs << Mstatus.FS))
    h.fpstate.frm, h.fpstate.fflags = frm, fflags
    h.pc = CODE
    h.host_traps = True
    h.set_priv(priv)


def warm_fetch(h: Hart) -> None:
    """Put the first code page in the fetch TLB, as a kernel's exec would have left it:
    the fast engine then translates from the very first instruction (it only
    translates pages it can already fetch from). A fetch fault is left to the run."""
    with contextlib.suppress(Trap):
        h.translate(h.pc, "x")


def state(h: Hart, data_bytes: int = 256) -> dict[str, object]:
    c = h.csr
    return {
        "x": list(h.x),
        "f": list(h.f),
        "pc": h.pc,
        "instret": h.instret,
        "priv": h.priv,
        "fcsr": (h.fpstate.frm, h.fpstate.fflags),
        "mstatus": c.mstatus,
        "m": (c.mcause, c.mepc, c.mtval),
        "s": (c.scause, c.sepc, c.stval),
        "data": h.mem.read(DATA, data_bytes),
        "reservation": h.reservation,
    }


def run(
    code: bytes | Iterable[bytes],
    *,
    steps: int | None = None,
    prepare: Callable[[Hart], None] | None = None,
    engines: tuple[str, ...] = ("ref", "fast"),
    **kw: object,
) -> Hart:
    """Run `code` from the start of RAM on each engine; return the reference hart.

    `steps` defaults to the number of instructions in `code`; the run also stops
    at the first trap. Extra keywords go to `setup` (x, f, data, priv, fs, frm...).
    """
    if not isinstance(code, bytes):
        code = b"".join(code)
    n = count(code) if steps is None else steps
    results = []
    for engine in engines:
        h = new_hart(engine)
        setup(h, code, **kw)  # type: ignore[arg-type]
        if prepare is not None:
            prepare(h)
        warm_fetch(h)
        h.stop = h.run(n)  # type: ignore[attr-defined]
        results.append(h)
    first = state(results[0])
    for other in results[1:]:
        assert state(other) == first, f"engines disagree on {code.hex()}"
    return results[0]


def stop_of(h: Hart) -> Stop:
    stop: Stop = h.stop  # type: ignore[attr-defined]
    return stop


def u64(v: int) -> int:
    return v & 0xFFFF_FFFF_FFFF_FFFF


def s64(v: int) -> int:
    v &= 0xFFFF_FFFF_FFFF_FFFF
    return v - (1 << 64) if v >> 63 else v


__all__ = [
    "CODE", "DATA", "cins", "decode", "ins", "new_hart", "run", "s64", "setup", "stop_of", "u64"
]  # fmt: skip
