"""ELF numbers, from the System V gABI ("ELF Header", "Sections", "Program Header")
and the RISC-V ELF psABI ("ELF Object Files")."""

from __future__ import annotations

from enum import IntEnum, IntFlag

ELF_MAGIC = b"\x7fELF"
EI_NIDENT = 16
ELFCLASS32, ELFCLASS64 = 1, 2
ELFDATA2LSB = 1
EV_CURRENT = 1
EHDR_SIZE = 64
PHDR_SIZE = 56
SHDR_SIZE = 64
SYM_SIZE = 24
SHN_UNDEF = 0
SHN_ABS = 0xFFF1
SHN_COMMON = 0xFFF2
SHN_XINDEX = 0xFFFF


class ET(IntEnum):
    NONE = 0
    REL = 1
    EXEC = 2
    DYN = 3
    CORE = 4


class EM(IntEnum):
    X86_64 = 62
    AARCH64 = 183
    RISCV = 243


class PT(IntEnum):
    NULL = 0
    LOAD = 1
    DYNAMIC = 2
    INTERP = 3
    NOTE = 4
    SHLIB = 5
    PHDR = 6
    TLS = 7
    GNU_EH_FRAME = 0x6474E550
    GNU_STACK = 0x6474E551
    GNU_RELRO = 0x6474E552
    GNU_PROPERTY = 0x6474E553
    RISCV_ATTRIBUTES = 0x70000003


class PF(IntFlag):
    X = 1
    W = 2
    R = 4


class SHT(IntEnum):
    NULL = 0
    PROGBITS = 1
    SYMTAB = 2
    STRTAB = 3
    RELA = 4
    HASH = 5
    DYNAMIC = 6
    NOTE = 7
    NOBITS = 8
    REL = 9
    DYNSYM = 11
    INIT_ARRAY = 14
    FINI_ARRAY = 15
    PREINIT_ARRAY = 16
    GROUP = 17
    SYMTAB_SHNDX = 18
    GNU_HASH = 0x6FFFFFF6
    GNU_VERDEF = 0x6FFFFFFD
    GNU_VERNEED = 0x6FFFFFFE
    GNU_VERSYM = 0x6FFFFFFF
    RISCV_ATTRIBUTES = 0x70000003


class SHF(IntFlag):
    WRITE = 0x1
    ALLOC = 0x2
    EXECINSTR = 0x4
    MERGE = 0x10
    STRINGS = 0x20
    INFO_LINK = 0x40
    LINK_ORDER = 0x80
    GROUP = 0x200
    TLS = 0x400


class STB(IntEnum):
    LOCAL = 0
    GLOBAL = 1
    WEAK = 2


class STT(IntEnum):
    NOTYPE = 0
    OBJECT = 1
    FUNC = 2
    SECTION = 3
    FILE = 4
    COMMON = 5
    TLS = 6
    GNU_IFUNC = 10


# e_flags of RISC-V objects (psABI "File Header").
EF_RISCV_RVC = 0x1
EF_RISCV_FLOAT_ABI_DOUBLE = 0x4


class STV(IntEnum):
    """Symbol visibility, the low 2 bits of st_other."""

    DEFAULT = 0
    INTERNAL = 1
    HIDDEN = 2
    PROTECTED = 3


class R_RISCV(IntEnum):  # noqa: N801 - the psABI's name
    """Relocation types of the RISC-V psABI ("Relocations", table of relocation types)."""

    NONE = 0
    R_32 = 1
    R_64 = 2
    RELATIVE = 3
    COPY = 4
    JUMP_SLOT = 5
    TLS_DTPMOD32 = 6
    TLS_DTPMOD64 = 7
    TLS_DTPREL32 = 8
    TLS_DTPREL64 = 9
    TLS_TPREL32 = 10
    TLS_TPREL64 = 11
    TLSDESC = 12
    BRANCH = 16
    JAL = 17
    CALL = 18
    CALL_PLT = 19
    GOT_HI20 = 20
    TLS_GOT_HI20 = 21
    TLS_GD_HI20 = 22
    PCREL_HI20 = 23
    PCREL_LO12_I = 24
    PCREL_LO12_S = 25
    HI20 = 26
    LO12_I = 27
    LO12_S = 28
    TPREL_HI20 = 29
    TPREL_LO12_I = 30
    TPREL_LO12_S = 31
    TPREL_ADD = 32
    ADD8 = 33
    ADD16 = 34
    ADD32 = 35
    ADD64 = 36
    SUB8 = 37
    SUB16 = 38
    SUB32 = 39
    SUB64 = 40
    GOT32_PCREL = 41
    ALIGN = 43
    RVC_BRANCH = 44
    RVC_JUMP = 45
    RVC_LUI = 46
    RELAX = 51
    SUB6 = 52
    SET6 = 53
    SET8 = 54
    SET16 = 55
    SET32 = 56
    R_32_PCREL = 57
    IRELATIVE = 58
    PLT32 = 59
    SET_ULEB128 = 60
    SUB_ULEB128 = 61
    TLSDESC_HI20 = 62
    TLSDESC_LOAD_LO12 = 63
    TLSDESC_ADD_LO12 = 64
    TLSDESC_CALL = 65
