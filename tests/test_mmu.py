"""The Sv39 MMU: page-table walks built by hand in physical memory, on both engines.

Each test builds real page tables with plain stores into RAM, points satp at
them, and runs instructions in S or U mode. Permission outcomes are checked
against an independent statement of the spec's rules ("Virtual Address
Translation Process"), for every combination of PTE bits, access type and
privilege with SUM and MXR.
"""

from __future__ import annotations

import itertools

import pytest
from harness import CODE, ins, run, stop_of

from groundup.isa.priv import Cause, Csr, Mstatus, Priv, Pte
from groundup.machine import csr
from groundup.machine.hart import Hart, StopReason
from groundup.machine.memory import RAM_BASE

ROOT = RAM_BASE + 0x80000  # page tables live in a corner of the 1 MiB RAM
L1 = ROOT + 0x1000
L0 = ROOT + 0x2000
FRAME_A = RAM_BASE + 0x20000  # data frames
FRAME_B = RAM_BASE + 0x21000
VA = 0x4000_2000  # a user virtual address: VPN[2]=1, VPN[1]=0, VPN[0]=2
CODE_FLAGS = Pte.V | Pte.R | Pte.X | Pte.A | Pte.D


def pte(pa: int, flags: int) -> int:
    return ((pa >> 12) << 10) | flags


def vpn(va: int, level: int) -> int:
    return (va >> (12 + 9 * level)) & 0x1FF


class Tables:
    """Three levels of Sv39 tables for two regions: the code page and the test VA."""

    def __init__(self, h: Hart, code_flags: int = CODE_FLAGS) -> None:
        self.h = h
        # code: identity-mapped 4 KiB page at CODE through its own L1/L0 tables
        self.set(ROOT, vpn(CODE, 2), pte(ROOT + 0x3000, Pte.V))
        self.set(ROOT + 0x3000, vpn(CODE, 1), pte(ROOT + 0x4000, Pte.V))
        self.set(ROOT + 0x4000, vpn(CODE, 0), pte(CODE, code_flags))
        # data: VA -> (set per test) through L1/L0
        self.set(ROOT, vpn(VA, 2), pte(L1, Pte.V))
        self.set(L1, vpn(VA, 1), pte(L0, Pte.V))

    def set(self, table: int, index: int, value: int) -> None:
        self.h.mem.store(table + 8 * index, 8, value)

    def get(self, table: int, index: int) -> int:
        return self.h.mem.load(table + 8 * index, 8, False)

    def map_data(self, pa: int, flags: int) -> None:
        self.set(L0, vpn(VA, 0), pte(pa, flags))

    def enable(self, priv: Priv, sum_: bool = False, mxr: bool = False) -> None:
        h = self.h
        st = h.csr.mstatus & ~((1 << Mstatus.SUM) | (1 << Mstatus.MXR))
        st |= (int(sum_) << Mstatus.SUM) | (int(mxr) << Mstatus.MXR)
        h.set_mstatus(st)
        csr.write(h, Csr.SATP, (8 << 60) | (ROOT >> 12))
        h.set_priv(priv)


def expected(flags: int, access: str, priv: Priv, sum_: bool, mxr: bool) -> bool:
    """The spec's leaf rules, stated independently of groundup.machine.mmu."""
    if not flags & Pte.V or (flags & Pte.W and not flags & Pte.R):
        return False
    if not flags & (Pte.R | Pte.X):
        return False  # a pointer at the last level
    user_page = bool(flags & Pte.U)
    if priv == Priv.U and not user_page:
        return False
    if priv == Priv.S and user_page and (access == "x" or not sum_):
        return False
    return {
        "r": bool(flags & Pte.R) or (mxr and bool(flags & Pte.X)),
        "w": bool(flags & Pte.W),
        "x": bool(flags & Pte.X),
    }[access]


LEAF_BITS = [Pte.V, Pte.R, Pte.W, Pte.X, Pte.U]
COMBOS = [sum(c) for n in range(6) for c in itertools.combinations(LEAF_BITS, n)]
CODE_U = CODE_FLAGS | Pte.U


@pytest.mark.parametrize("flags", COMBOS, ids=lambda f: f"pte{f:02x}")
@pytest.mark.parametrize("priv", [Priv.U, Priv.S])
@pytest.mark.parametrize("sum_,mxr", [(False, False), (True, False), (False, True)])
@pytest.mark.parametrize("access", ["r", "w"])
def test_data_permissions(flags: int, priv: Priv, sum_: bool, mxr: bool, access: str) -> None:
    def prepare(h: Hart) -> None:
        t = Tables(h, CODE_U if priv == Priv.U else CODE_FLAGS)
        t.map_data(FRAME_A, flags | Pte.A | Pte.D)
        h.mem.store(FRAME_A + 8, 4, 0x1234_5678)
        t.enable(priv, sum_, mxr)

    code = ins("lw", rd=5, rs1=6, imm=8) if access == "r" else ins("sw", rs1=6, rs2=7, imm=8)
    h = run(code, x={6: VA, 7: 0x55}, prepare=prepare)
    if expected(flags, access, priv, sum_, mxr):
        assert stop_of(h).reason is StopReason.LIMIT
        if access == "r":
            assert h.x[5] == 0x1234_5678
        else:
            assert h.mem.load(FRAME_A + 8, 4, False) == 0x55
    else:
        cause = Cause.LOAD_PAGE_FAULT if access == "r" else Cause.STORE_PAGE_FAULT
        assert (h.csr.mcause, h.csr.mtval, h.csr.mepc) == (cause, VA + 8, CODE)
        assert h.instret == 0


@pytest.mark.parametrize("flags", COMBOS, ids=lambda f: f"pte{f:02x}")
@pytest.mark.parametrize("priv", [Priv.U, Priv.S])
def test_fetch_permissions(flags: int, priv: Priv) -> None:
    def prepare(h: Hart) -> None:
        Tables(h, flags | Pte.A | Pte.D).enable(priv, sum_=True)

    h = run(ins("addi", rd=5, rs1=0, imm=7), prepare=prepare)
    if expected(flags, "x", priv, True, False):
        assert h.x[5] == 7
    else:
        assert (h.csr.mcause, h.csr.mtval, h.csr.mepc) == (Cause.FETCH_PAGE_FAULT, CODE, CODE)
        assert h.x[5] == 0


def _walk_with(level_entries: list[tuple[int, int, int]], va: int) -> Hart:
    """Run a load of `va` in S-mode after writing the given (table, index, pte)s."""

    def prepare(h: Hart) -> None:
        t = Tables(h)
        for table, index, value in level_entries:
            t.set(table, index, value)
        t.enable(Priv.S)

    return run(ins("ld", rd=5, rs1=6, imm=0), x={6: va}, prepare=prepare)


RW = Pte.V | Pte.R | Pte.W | Pte.A | Pte.D


def test_megapage_2mib() -> None:
    # A leaf at level 1 maps 2 MiB: VA's VPN[0] and offset pass through.
    va = 0x4000_0000 + 0x0007_3458  # the test RAM is 1 MiB: stay inside it
    frame = RAM_BASE  # 2 MiB aligned
    h = _walk_with([(L1, vpn(va, 1), pte(frame, RW))], va)
    want = h.mem.load(frame + 0x7_3458, 8, True)
    assert stop_of(h).reason is StopReason.LIMIT and h.x[5] == want


def test_gigapage_1gib() -> None:
    va = (3 << 30) + 0x0008_1230  # VPN[2] = 3 (2 holds the code)
    h = _walk_with([(ROOT, vpn(va, 2), pte(RAM_BASE, RW))], va)
    assert stop_of(h).reason is StopReason.LIMIT
    assert h.x[5] == h.mem.load(RAM_BASE + 0x8_1230, 8, True)


@pytest.mark.parametrize("level,table", [(1, L1), (2, ROOT)])
def test_misaligned_superpage_faults(level: int, table: int) -> None:
    va = (3 << 30) + 0x1000 if level == 2 else 0x4000_0000 + 0x1000
    frame = RAM_BASE + 0x1000  # not 2 MiB / 1 GiB aligned
    h = _walk_with([(table, vpn(va, level), pte(frame, RW))], va)
    assert (h.csr.mcause, h.csr.mtval) == (Cause.LOAD_PAGE_FAULT, va)


def test_pointer_at_last_level_faults() -> None:
    h = _walk_with([(L0, vpn(VA, 0), pte(FRAME_A, Pte.V))], VA)
    assert (h.csr.mcause, h.csr.mtval) == (Cause.LOAD_PAGE_FAULT, VA)


def test_reserved_pte_bits_fault() -> None:
    h = _walk_with([(L0, vpn(VA, 0), pte(FRAME_A, RW) | (1 << 60))], VA)
    assert h.csr.mcause == Cause.LOAD_PAGE_FAULT


def test_non_canonical_address_faults() -> None:
    bad = 1 << 40  # bits 63:39 differ from bit 38
    h = _walk_with([], bad)
    assert (h.csr.mcause, h.csr.mtval) == (Cause.LOAD_PAGE_FAULT, bad)


def test_negative_canonical_address_translates() -> None:
    va = -(1 << 38) + 0x2000  # top half of the Sv39 space: VPN[2] = 256
    uva = va & 0xFFFF_FFFF_FFFF_FFFF
    entries = [
        (ROOT, vpn(uva, 2), pte(L1 + 0x5000, Pte.V)),
        (L1 + 0x5000, vpn(uva, 1), pte(L1 + 0x6000, Pte.V)),
        (L1 + 0x6000, vpn(uva, 0), pte(FRAME_B, RW)),
    ]
    h = _walk_with(entries, va)
    assert stop_of(h).reason is StopReason.LIMIT
    assert h.x[5] == h.mem.load(FRAME_B, 8, True)


def test_page_table_outside_ram_is_access_fault() -> None:
    h = _walk_with([(L1, vpn(VA, 1), pte(0x1000_0000, Pte.V))], VA)
    assert (h.csr.mcause, h.csr.mtval) == (Cause.LOAD_ACCESS, VA)


def test_leaf_outside_ram_is_access_fault() -> None:
    h = _walk_with([(L0, vpn(VA, 0), pte(0x1000_0000, RW))], VA)
    assert (h.csr.mcause, h.csr.mtval) == (Cause.LOAD_ACCESS, VA)


@pytest.mark.parametrize("access", ["r", "w"])
def test_hardware_sets_accessed_and_dirty(access: str) -> None:
    def prepare(h: Hart) -> None:
        t = Tables(h)
        t.map_data(FRAME_A, Pte.V | Pte.R | Pte.W)
        t.enable(Priv.S)

    code = ins("ld", rd=5, rs1=6) if access == "r" else ins("sd", rs1=6, rs2=6)
    h = run(code, x={6: VA}, prepare=prepare)
    leaf = h.mem.load(L0 + 8 * vpn(VA, 0), 8, False)
    assert leaf & Pte.A
    assert bool(leaf & Pte.D) == (access == "w")


@pytest.mark.parametrize(
    "flags,access,faults",
    [
        (Pte.V | Pte.R | Pte.W, "r", True),  # A clear
        (Pte.V | Pte.R | Pte.W | Pte.A, "r", False),
        (Pte.V | Pte.R | Pte.W | Pte.A, "w", True),  # D clear on a store
        (Pte.V | Pte.R | Pte.W | Pte.A | Pte.D, "w", False),
    ],
)
def test_svade_faults_instead_of_updating(flags: int, access: str, faults: bool) -> None:
    def prepare(h: Hart) -> None:
        h.update_ad = False
        t = Tables(h)
        t.map_data(FRAME_A, flags)
        t.enable(Priv.S)

    code = ins("ld", rd=5, rs1=6) if access == "r" else ins("sd", rs1=6, rs2=6)
    h = run(code, x={6: VA}, prepare=prepare)
    cause = Cause.LOAD_PAGE_FAULT if access == "r" else Cause.STORE_PAGE_FAULT
    assert (h.csr.mcause == cause) == faults
    assert h.mem.load(L0 + 8 * vpn(VA, 0), 8, False) == pte(FRAME_A, flags)  # untouched


def _remap_program(fence: list[bytes]) -> list[bytes]:
    """Load VA, rewrite the leaf PTE (through an identity mapping of the L0 table)
    to point at another frame, optionally sfence.vma, load VA again."""
    return [
        ins("ld", rd=5, rs1=6),
        ins("sd", rs1=8, rs2=7),  # store the new PTE
        *fence,
        ins("ld", rd=9, rs1=6),
    ]


def _remap_prepare(h: Hart) -> None:
    t = Tables(h)
    t.map_data(FRAME_A, RW)
    # Map the L0 table page itself at VA + 0x1000 so the program can rewrite PTEs.
    t.set(L0, vpn(VA, 0) + 1, pte(L0, RW))
    h.mem.store(FRAME_A, 8, 111)
    h.mem.store(FRAME_B, 8, 222)
    t.enable(Priv.S)


REMAP_X = {6: VA, 7: pte(FRAME_B, RW), 8: VA + 0x1000 + 8 * vpn(VA, 0)}


def test_tlb_keeps_stale_translation_without_sfence() -> None:
    h = run(_remap_program([]), x=REMAP_X, prepare=_remap_prepare)
    assert (h.x[5], h.x[9]) == (111, 111)  # the TLB still holds the old mapping


@pytest.mark.parametrize("rs1", [0, 6])  # all pages, or just VA's
def test_sfence_vma_invalidates(rs1: int) -> None:
    h = run(_remap_program([ins("sfence.vma", rs1=rs1)]), x=REMAP_X, prepare=_remap_prepare)
    assert (h.x[5], h.x[9]) == (111, 222)


def test_satp_write_flushes_tlb() -> None:
    satp = (8 << 60) | (ROOT >> 12)
    code = _remap_program([ins("csrrw", rs1=10, imm=Csr.SATP)])
    h = run(code, x={**REMAP_X, 10: satp}, prepare=_remap_prepare)
    assert (h.x[5], h.x[9]) == (111, 222)


def test_sfence_vma_is_illegal_in_user_mode() -> None:
    def prepare(h: Hart) -> None:
        Tables(h, CODE_U).enable(Priv.U)

    h = run(ins("sfence.vma"), prepare=prepare)
    assert h.csr.mcause == Cause.ILLEGAL_INSTRUCTION


def test_mprv_uses_mpp_translation_for_data() -> None:
    # M-mode with MPRV=1, MPP=S: loads translate as S-mode would; fetches do not.
    def prepare(h: Hart) -> None:
        t = Tables(h)
        t.map_data(FRAME_A, RW)
        h.mem.store(FRAME_A, 8, 4242)
        t.enable(Priv.M)
        st = h.csr.mstatus & ~(3 << Mstatus.MPP)
        h.set_mstatus(st | (1 << Mstatus.MPRV) | (int(Priv.S) << Mstatus.MPP))

    h = run(ins("ld", rd=5, rs1=6), x={6: VA}, prepare=prepare)
    assert h.x[5] == 4242


def test_paging_off_in_machine_mode() -> None:
    def prepare(h: Hart) -> None:
        Tables(h).enable(Priv.M)

    h = run(ins("ld", rd=5, rs1=6), x={6: FRAME_A}, data={FRAME_A: (99).to_bytes(8, "little")},
            prepare=prepare)  # fmt: skip
    assert h.x[5] == 99


def test_fetch_fault_on_second_half_of_straddling_instruction() -> None:
    # A 32-bit instruction whose second half lies on an unmapped page: the fault
    # names the address of that half.
    start = CODE + 0xFFE

    def prepare(h: Hart) -> None:
        Tables(h).enable(Priv.S)
        h.mem.store(start, 2, 0x0513)  # low half of addi a0, zero, ...
        h.pc = start

    h = run(b"", steps=1, prepare=prepare)
    assert (h.csr.mcause, h.csr.mtval, h.csr.mepc) == (Cause.FETCH_PAGE_FAULT, CODE + 0x1000,
                                                       start)  # fmt: skip
