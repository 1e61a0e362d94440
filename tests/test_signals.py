"""Signal handlers on groundup: the signal frame, faults with handlers, the alternate stack.

The frame's layout is checked twice: against the riscv64 glibc headers (a program
built by the oracle gcc prints the offsets of siginfo_t, ucontext_t and mcontext_t,
which must be those sigframe.py writes), and by use — `sigframe_regs` makes an
ebreak with known values in s2, s3 and fs0, its SA_SIGINFO handler finds them in
uc->uc_mcontext, changes the saved pc, a0, s3 and fa0, and the program goes on with
those; faults (an unmapped load, a read-only store, an illegal instruction) reach
handlers with si_code and si_addr set. `sigaltstack` runs handlers on the alternate
stack and catches a stack overflow there. Each program must print and exit as under
qemu-riscv64 (see test_threads.py for the harness).
"""

from __future__ import annotations

from pathlib import Path

import oracle
import pytest
from test_threads import ENGINES, OPTS, VARIATIONS, assert_same, build, groundup, program, qemu

from groundup.kernel import sigframe
from groundup.kernel.signal import SIGINFO_SIZE

PROGRAMS = ["sigframe_regs", "sigaltstack"]

LAYOUT = r"""
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <ucontext.h>
int main(void) {
    printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu\n", sizeof(siginfo_t), sizeof(ucontext_t),
           offsetof(ucontext_t, uc_stack), offsetof(ucontext_t, uc_sigmask),
           offsetof(ucontext_t, uc_mcontext), offsetof(mcontext_t, __fpregs),
           offsetof(mcontext_t, __fpregs.__d.__fcsr), offsetof(siginfo_t, si_pid),
           offsetof(siginfo_t, si_addr));
    return 0;
}
"""


def test_frame_layout_is_glibcs(tmp_path: Path) -> None:
    oracle.require("gcc", "qemu")
    src = tmp_path / "layout.c"
    src.write_text(LAYOUT)
    elf = oracle.gcc_compile(src, "O0", flags=("-static",), libs=())
    out = oracle.qemu_run(elf).stdout.split()
    fields = [int(w) for w in out]
    assert fields == [
        SIGINFO_SIZE,
        sigframe.UCONTEXT_SIZE,
        16,  # uc_stack
        40,  # uc_sigmask
        sigframe.MCONTEXT_OFFSET,
        sigframe.FP_OFFSET,
        sigframe.FP_OFFSET + 256,  # fcsr after f0..f31
        16,  # si_pid
        16,  # si_addr
    ]


def test_trampoline_is_li_a7_139_ecall() -> None:
    """The return path of every handler: li a7, 139 (addi x17, x0, 139); ecall."""
    li_a7 = (139 << 20 | 17 << 7 | 0x13).to_bytes(4, "little")
    ecall = (0x73).to_bytes(4, "little")
    assert li_a7 + ecall == sigframe.TRAMPOLINE


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("opt", OPTS)
@pytest.mark.parametrize("name", PROGRAMS)
def test_program(name: str, opt: str, engine: str, tmp_path: Path) -> None:
    p = program(name)
    elf = build(p, opt)
    assert_same(qemu(p, elf), groundup(elf, tmp_path, engine=engine))


@pytest.mark.parametrize("flags", VARIATIONS.values(), ids=VARIATIONS.keys())
@pytest.mark.parametrize("name", PROGRAMS)
def test_program_on_other_harts_and_seeds(name: str, flags: tuple[str, ...],
                                          tmp_path: Path) -> None:  # fmt: skip
    p = program(name)
    elf = build(p, "O2")
    assert_same(qemu(p, elf), groundup(elf, tmp_path, flags=flags))
