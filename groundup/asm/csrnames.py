"""CSR numbers and the names the disassembler prints for them.

The set is the one GNU objdump 2.40 knows (it prints any other number in hex):
the CSRs of the unprivileged spec (F, V and Zkr extensions), the privileged spec
1.12 (machine, supervisor, hypervisor and debug CSRs, including the RV32-only
high halves such as `cycleh`, which objdump names on RV64 too) and the ratified
extensions of that time: Smstateen, Sstc, Sscofpmf, Smepmp and the Advanced
Interrupt Architecture (Smaia/Ssaia).

An object file may say which privileged spec it was written for (the
Tag_RISCV_priv_spec attributes; GNU as records 1.11 once a CSR is named), and
objdump then uses that version's names: 1.11 still has the N extension's user
trap CSRs (`ustatus` ...) and lacks what 1.12 added (`menvcfg`, the 64 PMP
entries ...), 1.10 also lacks `mcountinhibit`, and 1.9.1 has its own older names
(`sptbr`, `sbadaddr`, `mbase` ...). Files without the attribute get 1.12.

All of this was established by sweeping the 4096 numbers through objdump under
each version; tests/test_disasm.py checks it the same way.
"""

from __future__ import annotations

from enum import IntEnum


class PrivSpec(IntEnum):
    """The privileged-spec versions binutils 2.40 knows."""

    V1_9_1 = 0
    V1_10 = 1
    V1_11 = 2
    V1_12 = 3

    @staticmethod
    def from_numbers(major: int, minor: int, revision: int) -> PrivSpec:
        """The version named by the three attributes; unknown (or absent) is the newest."""
        known = {(1, 9, 1): PrivSpec.V1_9_1, (1, 10, 0): PrivSpec.V1_10,
                 (1, 11, 0): PrivSpec.V1_11, (1, 12, 0): PrivSpec.V1_12}  # fmt: skip
        return known.get((major, minor, revision), PrivSpec.V1_12)


def _numbered(base: int, name: str, first: int, last: int, suffix: str = "") -> dict[int, str]:
    """name<first>..name<last> at base+first.., e.g. hpmcounter3..31 at 0xc03.."""
    return {base + i: f"{name}{i}{suffix}" for i in range(first, last + 1)}


def _table() -> dict[int, str]:
    names: dict[int, str] = {}

    # Unprivileged: floating point (F), vector (V), entropy source (Zkr).
    names |= {0x001: "fflags", 0x002: "frm", 0x003: "fcsr"}
    names |= {0x008: "vstart", 0x009: "vxsat", 0x00A: "vxrm", 0x00F: "vcsr", 0x015: "seed"}
    names |= {0xC20: "vl", 0xC21: "vtype", 0xC22: "vlenb"}

    # Unprivileged counters and timers, and their RV32 high halves.
    names |= {0xC00: "cycle", 0xC01: "time", 0xC02: "instret"}
    names |= _numbered(0xC00, "hpmcounter", 3, 31)
    names |= {0xC80: "cycleh", 0xC81: "timeh", 0xC82: "instreth"}
    names |= _numbered(0xC80, "hpmcounter", 3, 31, "h")

    # Supervisor level.
    names |= {
        0x100: "sstatus", 0x104: "sie", 0x105: "stvec", 0x106: "scounteren",
        0x10A: "senvcfg", 0x140: "sscratch", 0x141: "sepc", 0x142: "scause",
        0x143: "stval", 0x144: "sip", 0x180: "satp", 0x5A8: "scontext",
        0x14D: "stimecmp", 0x15D: "stimecmph", 0xDA0: "scountovf",
        0x150: "siselect", 0x151: "sireg", 0x15C: "stopei", 0xDB0: "stopi",
        0x114: "sieh", 0x154: "siph",
    }  # fmt: skip
    names |= _numbered(0x10C, "sstateen", 0, 3)

    # Hypervisor and virtual supervisor.
    names |= {
        0x600: "hstatus", 0x602: "hedeleg", 0x603: "hideleg", 0x604: "hie",
        0x605: "htimedelta", 0x606: "hcounteren", 0x607: "hgeie", 0x60A: "henvcfg",
        0x643: "htval", 0x644: "hip", 0x645: "hvip", 0x64A: "htinst", 0x680: "hgatp",
        0x6A8: "hcontext", 0xE12: "hgeip", 0x615: "htimedeltah", 0x61A: "henvcfgh",
        0x608: "hvien", 0x609: "hvictl", 0x646: "hviprio1", 0x647: "hviprio2",
        0x613: "hidelegh", 0x618: "hvienh", 0x655: "hviph", 0x656: "hviprio1h",
        0x657: "hviprio2h",
        0x200: "vsstatus", 0x204: "vsie", 0x205: "vstvec", 0x240: "vsscratch",
        0x241: "vsepc", 0x242: "vscause", 0x243: "vstval", 0x244: "vsip", 0x280: "vsatp",
        0x24D: "vstimecmp", 0x25D: "vstimecmph", 0x250: "vsiselect", 0x251: "vsireg",
        0x25C: "vstopei", 0xEB0: "vstopi", 0x214: "vsieh", 0x254: "vsiph",
    }  # fmt: skip
    names |= _numbered(0x60C, "hstateen", 0, 3)
    names |= _numbered(0x61C, "hstateen", 0, 3, "h")

    # Machine level.
    names |= {
        0xF11: "mvendorid", 0xF12: "marchid", 0xF13: "mimpid", 0xF14: "mhartid",
        0xF15: "mconfigptr",
        0x300: "mstatus", 0x301: "misa", 0x302: "medeleg", 0x303: "mideleg", 0x304: "mie",
        0x305: "mtvec", 0x306: "mcounteren", 0x30A: "menvcfg", 0x310: "mstatush",
        0x31A: "menvcfgh", 0x320: "mcountinhibit",
        0x340: "mscratch", 0x341: "mepc", 0x342: "mcause", 0x343: "mtval", 0x344: "mip",
        0x34A: "mtinst", 0x34B: "mtval2", 0x747: "mseccfg", 0x757: "mseccfgh",
        0xB00: "mcycle", 0xB02: "minstret", 0xB80: "mcycleh", 0xB82: "minstreth",
        0x308: "mvien", 0x309: "mvip", 0x313: "midelegh", 0x314: "mieh", 0x318: "mvienh",
        0x319: "mviph", 0x350: "miselect", 0x351: "mireg", 0x354: "miph",
        0x35C: "mtopei", 0xFB0: "mtopi",
    }  # fmt: skip
    names |= _numbered(0x30C, "mstateen", 0, 3)
    names |= _numbered(0x31C, "mstateen", 0, 3, "h")
    names |= _numbered(0x3A0, "pmpcfg", 0, 15)
    names |= _numbered(0x3B0, "pmpaddr", 0, 63)
    names |= _numbered(0xB00, "mhpmcounter", 3, 31)
    names |= _numbered(0xB80, "mhpmcounter", 3, 31, "h")
    names |= _numbered(0x320, "mhpmevent", 3, 31)
    names |= _numbered(0x720, "mhpmevent", 3, 31, "h")

    # Debug and trigger module (debug spec).
    names |= {
        0x7A0: "tselect", 0x7A1: "tdata1", 0x7A2: "tdata2", 0x7A3: "tdata3",
        0x7A4: "tinfo", 0x7A5: "tcontrol", 0x7A8: "mcontext", 0x7AA: "mscontext",
        0x7B0: "dcsr", 0x7B1: "dpc", 0x7B2: "dscratch0", 0x7B3: "dscratch1",
    }  # fmt: skip
    return names


# What 1.12 added (absent from the older versions' names) ...
_SINCE_1_12 = {0x10A, 0x30A, 0x310, 0x31A, 0x34A, 0x34B, 0x747, 0x757, 0xF15,
               *range(0x3A4, 0x3B0), *range(0x3C0, 0x3F0)}  # fmt: skip
# ... and what it removed: the N extension's user-level trap CSRs.
_BEFORE_1_12 = {
    0x000: "ustatus", 0x004: "uie", 0x005: "utvec", 0x040: "uscratch", 0x041: "uepc",
    0x042: "ucause", 0x043: "utval", 0x044: "uip", 0x102: "sedeleg", 0x103: "sideleg",
}  # fmt: skip
_SINCE_1_11 = {0x320}  # mcountinhibit
# 1.9.1 predates the counter-enable and PMP CSRs and used other names.
_SINCE_1_10 = {0x106, 0x306, *range(0x3A0, 0x3A4), *range(0x3B0, 0x3C0)}
_IN_1_9_1 = {
    0x043: "ubadaddr", 0x143: "sbadaddr", 0x180: "sptbr", 0x343: "mbadaddr",
    0x320: "mucounteren", 0x321: "mscounteren", 0x322: "mhcounteren", 0x380: "mbase",
    0x381: "mbound", 0x382: "mibase", 0x383: "mibound", 0x384: "mdbase", 0x385: "mdbound",
}  # fmt: skip


def csr_names(spec: PrivSpec = PrivSpec.V1_12) -> dict[int, str]:
    """CSR number -> name, as objdump 2.40 prints them for privileged spec `spec`."""
    names = _table()
    if spec < PrivSpec.V1_12:
        names = {n: v for n, v in names.items() if n not in _SINCE_1_12} | _BEFORE_1_12
    if spec < PrivSpec.V1_11:
        names = {n: v for n, v in names.items() if n not in _SINCE_1_11}
    if spec < PrivSpec.V1_10:
        names = {n: v for n, v in names.items() if n not in _SINCE_1_10} | _IN_1_9_1
    return names


CSR_NAMES: dict[int, str] = csr_names()
