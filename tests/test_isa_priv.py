"""Privileged instructions, CSR access, traps, delegation and the timer interrupt,
on both engines, as the privileged spec (20211203) describes them: "Machine-Level
ISA" (mstatus, mcause, mtvec, medeleg, xRET, WFI), "Supervisor-Level ISA" and
"CSR Address Mapping Conventions"; plus the fences of the unprivileged spec.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from harness import CODE, DATA, ins, run, s64, stop_of, u64

from groundup.isa.priv import Csr, Mstatus, Priv
from groundup.machine.hart import Hart, StopReason

ILLEGAL, BREAKPOINT, MISALIGNED_FETCH = 2, 3, 0
ECALL = {Priv.U: 8, Priv.S: 9, Priv.M: 11}
INTERRUPT = 1 << 63
MTI, STI = 7, 5
HANDLER = CODE + 0x800  # where mtvec/stvec point in these tests


def go(code: bytes, *, prepare: Callable[[Hart], None] | None = None, **kw: object) -> Hart:
    """harness.run with trap vectors inside RAM."""

    def vectors(h: Hart) -> None:
        h.csr.mtvec = h.csr.stvec = HANDLER
        if prepare is not None:
            prepare(h)

    return run(code, prepare=vectors, **kw)  # type: ignore[arg-type]


def word(code: bytes) -> int:
    return int.from_bytes(code, "little")


def field(value: int, bit: int, width: int = 1) -> int:
    return (value >> bit) & ((1 << width) - 1)


def set_status(**bits: int) -> Callable[[Hart], None]:
    """A prepare step that writes mstatus fields, e.g. set_status(MPP=1, MIE=1)."""

    def prepare(h: Hart) -> None:
        st = h.csr.mstatus
        for name, v in bits.items():
            b = Mstatus[name]
            width = 2 if name == "MPP" else 1
            st = (st & ~(((1 << width) - 1) << b)) | (v << b)
        h.set_mstatus(st)

    return prepare


def both(*steps: Callable[[Hart], None]) -> Callable[[Hart], None]:
    def prepare(h: Hart) -> None:
        for s in steps:
            s(h)

    return prepare


def assert_illegal(h: Hart, code: bytes, pc: int = CODE) -> None:
    stop = stop_of(h)
    assert stop.reason is StopReason.TRAP and not stop.interrupt
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (ILLEGAL, pc, word(code))
    assert h.priv == Priv.M and h.pc == HANDLER


NOP = ins("addi")


# --- ecall, ebreak ---------------------------------------------------------------------------
@pytest.mark.parametrize("priv", [Priv.U, Priv.S, Priv.M])
def test_ecall_cause_depends_on_privilege(priv: Priv) -> None:
    h = go(NOP + ins("ecall"), priv=priv, prepare=set_status(MIE=1, MPIE=0))
    stop = stop_of(h)
    assert (stop.reason, stop.cause, stop.tval) == (StopReason.TRAP, ECALL[priv], 0)
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (ECALL[priv], CODE + 4, 0)
    st = h.csr.mstatus
    assert field(st, Mstatus.MPP, 2) == priv
    assert (field(st, Mstatus.MPIE), field(st, Mstatus.MIE)) == (1, 0)
    assert h.priv == Priv.M and h.pc == HANDLER
    assert h.instret == 1  # ecall does not retire


@pytest.mark.parametrize("priv", [Priv.U, Priv.S, Priv.M])
def test_ebreak_cause_3_with_mtval_pc(priv: Priv) -> None:
    h = go(NOP + ins("ebreak"), priv=priv)
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (BREAKPOINT, CODE + 4, CODE + 4)
    assert stop_of(h).cause == BREAKPOINT


def test_vectored_mtvec_only_affects_interrupts() -> None:
    def vectored(h: Hart) -> None:
        h.csr.mtvec = HANDLER | 1

    h = go(ins("ecall"), prepare=vectored)
    assert h.pc == HANDLER  # synchronous exceptions go to the base


# --- mret, sret -------------------------------------------------------------------------------
@pytest.mark.parametrize("mpie", [0, 1])
@pytest.mark.parametrize("mpp", [Priv.U, Priv.S, Priv.M])
def test_mret(mpp: Priv, mpie: int) -> None:
    def prepare(h: Hart) -> None:
        set_status(MPP=mpp, MPIE=mpie, MIE=0, MPRV=1)(h)
        h.csr.mepc = DATA + 0x40

    h = go(ins("mret"), prepare=prepare)
    assert stop_of(h).reason is StopReason.LIMIT
    st = h.csr.mstatus
    assert h.priv == mpp and h.pc == DATA + 0x40
    assert field(st, Mstatus.MIE) == mpie  # MIE <- MPIE
    assert field(st, Mstatus.MPIE) == 1
    assert field(st, Mstatus.MPP, 2) == Priv.U  # the least-privileged mode
    assert field(st, Mstatus.MPRV) == (1 if mpp == Priv.M else 0)  # cleared leaving M
    assert h.instret == 1


@pytest.mark.parametrize("priv", [Priv.U, Priv.S])
def test_mret_below_m_is_illegal(priv: Priv) -> None:
    code = ins("mret")
    h = go(code, priv=priv)
    assert_illegal(h, code)
    assert field(h.csr.mstatus, Mstatus.MPP, 2) == priv


@pytest.mark.parametrize("spie", [0, 1])
@pytest.mark.parametrize("spp", [Priv.U, Priv.S])
@pytest.mark.parametrize("priv", [Priv.S, Priv.M])
def test_sret(priv: Priv, spp: Priv, spie: int) -> None:
    def prepare(h: Hart) -> None:
        set_status(SPP=int(spp), SPIE=spie, SIE=1 - spie, MPRV=1)(h)
        h.csr.sepc = DATA + 0x80

    h = go(ins("sret"), priv=priv, prepare=prepare)
    assert stop_of(h).reason is StopReason.LIMIT
    st = h.csr.mstatus
    assert h.priv == spp and h.pc == DATA + 0x80
    assert field(st, Mstatus.SIE) == spie
    assert field(st, Mstatus.SPIE) == 1
    assert field(st, Mstatus.SPP) == 0
    assert field(st, Mstatus.MPRV) == 0  # sret never returns to M


def test_sret_in_u_mode_is_illegal() -> None:
    code = ins("sret")
    h = go(code, priv=Priv.U)
    assert_illegal(h, code)


def test_sret_with_tsr_is_illegal_in_s_mode_only() -> None:
    code = ins("sret")
    assert_illegal(go(code, priv=Priv.S, prepare=set_status(TSR=1)), code)
    h = go(code, priv=Priv.M, prepare=set_status(TSR=1, SPP=1))
    assert stop_of(h).reason is StopReason.LIMIT and h.priv == Priv.S


def test_trap_and_mret_round_trip_from_u_mode() -> None:
    # U-mode ecall; the handler (at HANDLER) steps mepc over it and returns.
    code = bytearray(ins("addi", rd=5, imm=1) + ins("ecall") + ins("addi", rd=6, imm=2))
    handler = ins("csrrs", rd=7, imm=Csr.MEPC) + ins("addi", rd=7, rs1=7, imm=4)
    handler += ins("csrrw", rs1=7, imm=Csr.MEPC) + ins("mret")
    code += bytes(HANDLER - CODE - len(code)) + handler
    # Six retire: addi, the four handler instructions, addi (the ecall itself does not).
    h = go(bytes(code), priv=Priv.U, steps=6)
    h2 = go(bytes(code), priv=Priv.U, steps=6, prepare=lambda h: setattr(h, "host_traps", False))
    assert stop_of(h).reason is StopReason.TRAP  # host_traps: the run ends at the ecall
    assert stop_of(h2).reason is StopReason.LIMIT
    assert (h2.x[5], h2.x[6], h2.priv, h2.pc) == (1, 2, Priv.U, CODE + 12)


# --- wfi ---------------------------------------------------------------------------------------
def test_wfi_in_u_mode_is_illegal() -> None:
    code = ins("wfi")
    assert_illegal(go(code, priv=Priv.U), code)


def test_wfi_with_tw_is_illegal_in_s_mode() -> None:
    code = ins("wfi")
    assert_illegal(go(code, priv=Priv.S, prepare=set_status(TW=1)), code)


@pytest.mark.parametrize("priv", [Priv.S, Priv.M])
def test_wfi_with_nothing_to_wait_for_halts(priv: Priv) -> None:
    h = go(ins("wfi"), priv=priv)
    assert stop_of(h).reason is StopReason.HALT


def timer_at(when: int, mie: int = 1 << MTI) -> Callable[[Hart], None]:
    def prepare(h: Hart) -> None:
        h.csr.mtimecmp = when
        h.csr.mie = mie

    return prepare


def test_wfi_waits_for_the_timer_without_taking_it() -> None:
    # mstatus.MIE = 0 in M-mode: the timer wakes wfi but is not taken.
    code = ins("wfi") + ins("csrrs", rd=5, imm=Csr.TIME) + ins("csrrs", rd=6, imm=Csr.MIP)
    h = go(code, prepare=timer_at(10))
    assert stop_of(h).reason is StopReason.LIMIT
    assert h.x[5] >= 10
    assert h.x[6] >> MTI & 1


def test_wfi_then_the_interrupt_is_taken_after_it() -> None:
    h = go(NOP + ins("wfi") + NOP, prepare=both(timer_at(10), set_status(MIE=1)))
    stop = stop_of(h)
    assert stop.interrupt and stop.cause == MTI
    assert (h.csr.mcause, h.csr.mepc) == (INTERRUPT | MTI, CODE + 8)


# --- the timer interrupt ----------------------------------------------------------------------
LOOP = ins("addi", rd=5, rs1=5, imm=1) + ins("jal", imm=-4)


@pytest.mark.parametrize("when", [0, 1, 2, 7, 50, 51, 99])
def test_timer_interrupt_is_taken_when_time_reaches_mtimecmp(when: int) -> None:
    h = go(LOOP, steps=1000, prepare=both(timer_at(when), set_status(MIE=1)))
    stop = stop_of(h)
    assert stop.reason is StopReason.TRAP and stop.interrupt and stop.cause == MTI
    assert h.instret == when  # time = retired instructions
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (INTERRUPT | MTI, CODE + 4 * (when % 2), 0)
    assert h.x[5] == (when + 1) // 2
    st = h.csr.mstatus
    assert (field(st, Mstatus.MIE), field(st, Mstatus.MPIE)) == (0, 1)
    assert field(st, Mstatus.MPP, 2) == Priv.M
    assert h.pc == HANDLER


@pytest.mark.parametrize("when", [3, 6])
def test_timer_interrupt_in_straight_line_code(when: int) -> None:
    code = b"".join(ins("addi", rd=5 + i, imm=i + 1) for i in range(8))
    h = go(code, prepare=both(timer_at(when), set_status(MIE=1)))
    assert h.csr.mepc == CODE + 4 * when
    assert h.x[5 : 5 + 8] == [i + 1 if i < when else 0 for i in range(8)]


def test_vectored_timer_interrupt() -> None:
    def vectored(h: Hart) -> None:
        h.csr.mtvec = HANDLER | 1

    h = go(LOOP, steps=100, prepare=both(timer_at(5), set_status(MIE=1), vectored))
    assert h.pc == HANDLER + 4 * MTI and h.csr.mepc == CODE + 4


@pytest.mark.parametrize(
    ("priv", "mstatus_mie", "mie", "taken"),
    [
        (Priv.M, 0, 1 << MTI, False),  # M-mode: globally disabled
        (Priv.M, 1, 0, False),  # not enabled in mie
        (Priv.U, 0, 1 << MTI, True),  # below M, M interrupts are always enabled
        (Priv.S, 0, 1 << MTI, True),
    ],
)
def test_timer_interrupt_enables(priv: Priv, mstatus_mie: int, mie: int, taken: bool) -> None:
    h = go(LOOP, steps=40, priv=priv, prepare=both(timer_at(10, mie), set_status(MIE=mstatus_mie)))
    assert (stop_of(h).reason is StopReason.TRAP) == taken
    assert h.instret == (10 if taken else 40)


def test_supervisor_timer_delegated_to_s_mode() -> None:
    def prepare(h: Hart) -> None:
        h.csr.stimecmp = 9
        h.csr.mie = 1 << STI
        h.csr.mideleg = 1 << STI
        set_status(SIE=1)(h)

    h = go(LOOP, steps=100, priv=Priv.S, prepare=prepare)
    assert (h.csr.scause, h.csr.sepc) == (INTERRUPT | STI, CODE + 4)
    assert h.priv == Priv.S and h.pc == HANDLER and h.instret == 9
    assert h.csr.mcause == 0


# --- counters ---------------------------------------------------------------------------------
def test_counters_count_retired_instructions() -> None:
    code = NOP + NOP + ins("csrrs", rd=5, imm=Csr.CYCLE) + ins("csrrs", rd=6, imm=Csr.TIME)
    code += ins("csrrs", rd=7, imm=Csr.INSTRET) + ins("csrrs", rd=8, imm=Csr.MCYCLE)
    code += ins("csrrs", rd=9, imm=Csr.MINSTRET)
    h = go(code)
    assert [h.x[r] for r in range(5, 10)] == [2, 3, 4, 5, 6]


@pytest.mark.parametrize("priv", [Priv.U, Priv.S])
@pytest.mark.parametrize("csr", [Csr.CYCLE, Csr.TIME, Csr.INSTRET])
def test_counters_readable_below_m(priv: Priv, csr: int) -> None:
    h = go(NOP + ins("csrrs", rd=5, imm=csr), priv=priv)
    assert stop_of(h).reason is StopReason.LIMIT and h.x[5] == 1


@pytest.mark.parametrize(
    ("priv", "mcounteren", "scounteren", "legal"),
    [
        (Priv.S, 0, 7, False),
        (Priv.U, 0, 7, False),
        (Priv.U, 7, 0, False),
        (Priv.S, 7, 0, True),
        (Priv.M, 0, 0, True),
    ],
)
@pytest.mark.parametrize("csr", [Csr.CYCLE, Csr.TIME, Csr.INSTRET])
def test_counter_enables(
    priv: Priv, mcounteren: int, scounteren: int, legal: bool, csr: int
) -> None:
    def prepare(h: Hart) -> None:
        h.csr.mcounteren, h.csr.scounteren = mcounteren, scounteren

    code = ins("csrrs", rd=5, imm=csr)
    h = go(code, priv=priv, prepare=prepare)
    if legal:
        assert stop_of(h).reason is StopReason.LIMIT
    else:
        assert_illegal(h, code)


@pytest.mark.parametrize(("csr", "alias"), [(Csr.MINSTRET, Csr.INSTRET), (Csr.MCYCLE, Csr.CYCLE)])
def test_counter_write_replaces_the_increment(csr: int, alias: int) -> None:
    code = ins("csrrw", rs1=5, imm=csr) + ins("csrrs", rd=6, imm=csr)
    code += ins("csrrs", rd=7, imm=alias) + NOP + ins("csrrs", rd=8, imm=csr)
    h = go(code, x={5: 1000})
    assert (h.x[6], h.x[7], h.x[8]) == (1000, 1001, 1003)


@pytest.mark.parametrize(
    "first",
    [
        ins("csrrs", rd=5, rs1=0, imm=Csr.MCYCLE),
        ins("csrrc", rd=5, rs1=0, imm=Csr.MCYCLE),
        ins("csrrsi", rd=5, rs1=0, imm=Csr.MCYCLE),
        ins("csrrci", rd=5, rs1=0, imm=Csr.MCYCLE),
    ],
    ids=["csrrs", "csrrc", "csrrsi", "csrrci"],
)
def test_set_and_clear_with_x0_do_not_write(first: bytes) -> None:
    # A write to mcycle, even of the value just read, would stop it for one step.
    h = go(first + ins("csrrs", rd=6, imm=Csr.MCYCLE))
    assert (h.x[5], h.x[6]) == (0, 1)


# --- CSR access rules ---------------------------------------------------------------------------
READ_ONLY = [
    Csr.CYCLE,
    Csr.TIME,
    Csr.INSTRET,
    Csr.MVENDORID,
    Csr.MARCHID,
    Csr.MIMPID,
    Csr.MHARTID,
    Csr.MCONFIGPTR,
]
WRITERS = [
    ("csrrw", 5, 6),  # (name, rd, rs1 or zimm)
    ("csrrw", 0, 6),
    ("csrrs", 5, 6),
    ("csrrc", 5, 6),
    ("csrrs", 5, 7),  # x7 holds zero: still a write attempt, since rs1 is not x0
    ("csrrwi", 5, 0),
    ("csrrsi", 5, 1),
    ("csrrci", 5, 31),
]


@pytest.mark.parametrize(("name", "rd", "rs1"), WRITERS)
@pytest.mark.parametrize("csr", READ_ONLY, ids=[c.name for c in READ_ONLY])
def test_writing_a_read_only_csr_is_illegal(csr: int, name: str, rd: int, rs1: int) -> None:
    code = ins(name, rd=rd, rs1=rs1, imm=csr)
    h = go(code, x={5: 77, 6: 1})
    assert_illegal(h, code)
    assert h.x[5] == 77


@pytest.mark.parametrize(
    ("name", "rs1"), [("csrrs", 0), ("csrrc", 0), ("csrrsi", 0), ("csrrci", 0)]
)
@pytest.mark.parametrize("csr", READ_ONLY, ids=[c.name for c in READ_ONLY])
def test_reading_a_read_only_csr(csr: int, name: str, rs1: int) -> None:
    h = go(NOP + ins(name, rd=5, rs1=rs1, imm=csr), x={5: 77})
    assert stop_of(h).reason is StopReason.LIMIT
    assert h.x[5] == {Csr.CYCLE: 1, Csr.TIME: 1, Csr.INSTRET: 1}.get(Csr(csr), 0)


S_CSRS = [
    Csr.SSTATUS,
    Csr.SIE,
    Csr.STVEC,
    Csr.SSCRATCH,
    Csr.SEPC,
    Csr.SCAUSE,
    Csr.STVAL,
    Csr.SIP,
    Csr.SATP,
]
M_CSRS = [
    Csr.MSTATUS,
    Csr.MISA,
    Csr.MEDELEG,
    Csr.MIE,
    Csr.MTVEC,
    Csr.MSCRATCH,
    Csr.MEPC,
    Csr.MCAUSE,
    Csr.MTVAL,
    Csr.MIP,
    Csr.MHARTID,
    Csr.MCYCLE,
]


@pytest.mark.parametrize("csr", S_CSRS + M_CSRS, ids=[c.name for c in S_CSRS + M_CSRS])
@pytest.mark.parametrize("priv", [Priv.U, Priv.S, Priv.M])
def test_csr_privilege_comes_from_its_number(priv: Priv, csr: int) -> None:
    code = ins("csrrs", rd=5, imm=csr)  # a read: only the privilege can make it illegal
    h = go(code, priv=priv, x={5: 77})
    need = Priv.M if csr >> 8 & 3 == 3 else Priv.S
    if priv >= need:
        assert stop_of(h).reason is StopReason.LIMIT
    else:
        assert_illegal(h, code)
        assert h.x[5] == 77


@pytest.mark.parametrize("csr", [0x7C0, 0x0C0, 0x5FF, 0xFFF, 0x9FF])
def test_unimplemented_csrs_are_illegal(csr: int) -> None:
    code = ins("csrrs", rd=5, imm=csr)
    assert_illegal(go(code), code)


def test_csrrw_swaps_and_csrrw_to_x0_writes_without_reading() -> None:
    code = ins("csrrw", rd=5, rs1=5, imm=Csr.MSCRATCH) + ins("csrrw", rd=0, rs1=6, imm=Csr.SSCRATCH)
    code += ins("csrrs", rd=7, imm=Csr.MSCRATCH) + ins("csrrs", rd=8, imm=Csr.SSCRATCH)

    def prepare(h: Hart) -> None:
        h.csr.mscratch = 0x1111

    h = go(code, x={5: 0x2222, 6: u64(-3)}, prepare=prepare)
    assert (h.x[5], h.x[7], h.x[8], h.x[0]) == (0x1111, 0x2222, -3, 0)


def test_csrrs_csrrc_set_and_clear_bits() -> None:
    code = ins("csrrs", rd=5, rs1=6, imm=Csr.MSCRATCH) + ins("csrrc", rd=7, rs1=8, imm=Csr.MSCRATCH)
    code += ins("csrrsi", rd=9, rs1=31, imm=Csr.MSCRATCH) + ins(
        "csrrci", rd=10, rs1=5, imm=Csr.MSCRATCH
    )
    code += ins("csrrwi", rd=11, rs1=17, imm=Csr.MSCRATCH) + ins("csrrs", rd=12, imm=Csr.MSCRATCH)

    def prepare(h: Hart) -> None:
        h.csr.mscratch = 0xF000_0000_0000_0100

    h = go(code, x={6: 0x0F, 8: u64(-(1 << 63)) | 0x100}, prepare=prepare)
    assert h.x[5] == s64(0xF000_0000_0000_0100)
    assert h.x[7] == s64(0xF000_0000_0000_010F)
    assert h.x[9] == 0x7000_0000_0000_000F
    assert h.x[10] == 0x7000_0000_0000_001F
    assert h.x[11] == 0x7000_0000_0000_001A
    assert h.x[12] == 17


# --- delegation ---------------------------------------------------------------------------------
@pytest.mark.parametrize("priv", [Priv.U, Priv.S])
def test_ecall_delegated_to_s_mode(priv: Priv) -> None:
    def prepare(h: Hart) -> None:
        h.csr.medeleg = 1 << ECALL[priv]
        set_status(SIE=1, SPIE=0)(h)

    h = go(NOP + ins("ecall"), priv=priv, prepare=prepare)
    assert (h.csr.scause, h.csr.sepc, h.csr.stval) == (ECALL[priv], CODE + 4, 0)
    assert h.csr.mcause == 0 and h.csr.mepc == 0
    st = h.csr.mstatus
    assert field(st, Mstatus.SPP) == priv
    assert (field(st, Mstatus.SPIE), field(st, Mstatus.SIE)) == (1, 0)
    assert h.priv == Priv.S and h.pc == HANDLER


def test_delegated_illegal_instruction_sets_stval() -> None:
    code = ins("csrrs", rd=5, imm=Csr.MSTATUS)

    def prepare(h: Hart) -> None:
        h.csr.medeleg = 1 << ILLEGAL

    h = go(code, priv=Priv.U, prepare=prepare)
    assert (h.csr.scause, h.csr.sepc, h.csr.stval) == (ILLEGAL, CODE, word(code))
    assert h.priv == Priv.S


def test_undelegated_ecall_from_u_goes_to_m() -> None:
    def prepare(h: Hart) -> None:
        h.csr.medeleg = 1 << ECALL[Priv.S]  # a different cause

    h = go(ins("ecall"), priv=Priv.U, prepare=prepare)
    assert h.csr.mcause == 8 and h.csr.scause == 0 and h.priv == Priv.M


def test_traps_in_m_mode_are_never_delegated() -> None:
    def prepare(h: Hart) -> None:
        h.csr.medeleg = 0xFFFF

    code = ins("csrrs", rd=5, imm=0x7C0)
    h = go(code, prepare=prepare)
    assert_illegal(h, code)
    assert h.csr.scause == 0


# --- illegal instructions report their bits --------------------------------------------------
@pytest.mark.parametrize(
    "raw",
    [
        0xFFFF_FFFF,
        0xFE00_0033,  # OP with funct7 0x7F
        0x0000_4073,  # SYSTEM funct3 100
        0x0000_200F,  # MISC-MEM funct3 010
        0x0200_101B,  # slliw with shamt[5] set (reserved in RV64)
        0x0800_1013,  # slli with a non-zero funct6
        0x4000_6033,  # OP funct3 110 with funct7 0x20
        0x0000_7003,  # LOAD funct3 111
        0x0000_4023,  # STORE funct3 100
        0x0000_1067,  # jalr with funct3 001
        0x0000_2063,  # branch funct3 010
        0x0000_702F,  # AMO funct3 111
        0x1000_202F | (1 << 20),  # lr.w with rs2 != 0
        0x3020_0073 | (1 << 7),  # mret with rd != 0
    ],
    ids=hex,
)
def test_illegal_instruction_mtval_holds_the_bits(raw: int) -> None:
    code = raw.to_bytes(4, "little")
    h = go(NOP + code, x={5: 77})
    assert_illegal(h, code, pc=CODE + 4)
    assert h.instret == 1


# --- misa.C off: 4-byte alignment of jump targets ---------------------------------------------
def c_off(h: Hart) -> None:
    h.csr.misa &= ~(1 << 2)


JUMPS = [
    ("jal", ins("jal", rd=1, imm=6), CODE + 6),
    ("jalr", ins("jalr", rd=1, rs1=10, imm=2), DATA + 2),
    ("jalr-odd", ins("jalr", rd=1, rs1=10, imm=3), DATA + 2),  # bit 0 cleared, bit 1 stays
    ("beq", ins("beq", rs1=0, rs2=0, imm=6), CODE + 6),
    ("bne", ins("bne", rs1=10, rs2=0, imm=-2), CODE - 2),
    ("bltu", ins("bltu", rs1=0, rs2=10, imm=4094), CODE + 4094),
]


def _check_misaligned_jump(h: Hart, target: int) -> None:
    stop = stop_of(h)
    assert (stop.reason, stop.cause) == (StopReason.TRAP, MISALIGNED_FETCH)
    assert (h.csr.mcause, h.csr.mepc, h.csr.mtval) == (MISALIGNED_FETCH, CODE, target)
    assert h.x[1] == 0x55  # the link register is not written
    assert h.instret == 0


@pytest.mark.parametrize(("name", "code", "target"), JUMPS, ids=[j[0] for j in JUMPS])
def test_misaligned_jump_target_with_c_off_reference(name: str, code: bytes, target: int) -> None:
    h = run(code, engines=("ref",), prepare=c_off, x={1: 0x55, 10: DATA})
    _check_misaligned_jump(h, target)


@pytest.mark.parametrize(("name", "code", "target"), JUMPS, ids=[j[0] for j in JUMPS])
def test_misaligned_jump_target_with_c_off(name: str, code: bytes, target: int) -> None:
    h = go(code, prepare=c_off, x={1: 0x55, 10: DATA})
    _check_misaligned_jump(h, target)


@pytest.mark.parametrize(
    "code",
    [
        ins("beq", rs1=10, rs2=0, imm=6),  # not taken: the target does not matter
        ins("jal", rd=1, imm=8),
        ins("jalr", rd=1, rs1=10, imm=1),  # DATA + 1 with bit 0 cleared is aligned
    ],
)
def test_aligned_or_untaken_jumps_with_c_off(code: bytes) -> None:
    h = go(code, prepare=c_off, x={10: DATA})
    assert stop_of(h).reason is StopReason.LIMIT


def test_mret_with_c_off_masks_mepc_bit_1() -> None:
    def prepare(h: Hart) -> None:
        c_off(h)
        h.csr.mepc = DATA + 2
        set_status(MPP=3)(h)

    h = go(ins("csrrs", rd=5, imm=Csr.MEPC) + ins("mret"), prepare=prepare)
    assert h.x[5] == DATA  # mepc[1] reads as zero when IALIGN = 32
    assert h.pc == DATA


def test_clearing_misa_c_is_ignored_when_the_next_instruction_is_misaligned() -> None:
    c_nop = (1).to_bytes(2, "little")
    clear = ins("csrrc", rd=0, rs1=5, imm=Csr.MISA)
    h = go(c_nop + clear + ins("csrrs", rd=6, imm=Csr.MISA), x={5: 1 << 2})
    assert h.x[6] >> 2 & 1  # clear at CODE + 2: the next pc, CODE + 6, would be misaligned
    h = go(clear + ins("csrrs", rd=6, imm=Csr.MISA), x={5: 1 << 2})
    assert not h.x[6] >> 2 & 1


def test_compressed_instructions_are_illegal_with_c_off() -> None:
    # With misa.C = 0 the C extension is not implemented (as qemu treats it).
    code = (1).to_bytes(2, "little") + (1).to_bytes(2, "little")
    h = go(code, prepare=c_off)
    assert (h.csr.mcause, h.csr.mtval) == (ILLEGAL, 0x0001)


# --- fences ------------------------------------------------------------------------------------
FENCES = [
    ("fence", ins("fence", imm=0x0FF)),  # iorw, iorw
    ("fence", ins("fence", imm=0x033)),  # rw, rw
    ("fence", ins("fence", imm=0x000)),
    ("fence", ins("fence", imm=0x8FF)),  # fm = 1000 but not rw,rw: a plain fence
    ("fence.tso", ins("fence.tso")),
    ("fence.i", ins("fence.i")),
]


@pytest.mark.parametrize(("name", "code"), FENCES, ids=[f"{f[0]}-{word(f[1]):#x}" for f in FENCES])
def test_fences_are_no_ops(name: str, code: bytes) -> None:
    from groundup.isa.decode import decode

    i = decode(word(code))
    assert i is not None and i.name == name
    regs = {r: 0x1000 + r for r in range(1, 32)}
    h = go(code + ins("addi", rd=5, rs1=5, imm=1), x=regs, data={DATA: b"\x5a" * 32})
    assert stop_of(h).reason is StopReason.LIMIT
    assert h.x[1:] == [regs[r] + (r == 5) for r in range(1, 32)]
    assert h.pc == CODE + 8 and h.instret == 2
    assert h.mem.read(DATA, 32) == b"\x5a" * 32


def test_fence_i_makes_a_code_store_visible() -> None:
    # sw a new instruction over slot 3; fence.i; then execute the slot.
    new = ins("addi", rd=7, imm=2)
    code = ins("sw", rs1=5, rs2=6, imm=12) + ins("fence.i") + NOP + ins("addi", rd=7, imm=1)
    h = go(code, x={5: CODE, 6: word(new)})
    assert h.x[7] == 2


def test_sfence_vma() -> None:
    code = ins("sfence.vma", rs1=5, rs2=6)
    assert stop_of(go(code, x={5: DATA})).reason is StopReason.LIMIT
    assert stop_of(go(code, priv=Priv.S)).reason is StopReason.LIMIT
    assert_illegal(go(code, priv=Priv.U), code)
    assert_illegal(go(code, priv=Priv.S, prepare=set_status(TVM=1)), code)
