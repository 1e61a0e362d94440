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


# --- More of the gABI and the GNU extensions, for readelf and objdump ------------------

EI_OSABI, EI_ABIVERSION = 7, 8
RELA_SIZE, REL_SIZE, DYN_SIZE = 24, 16, 16  # Elf64_Rela, Elf64_Rel, Elf64_Dyn
NOTE_HEADER_SIZE = 12  # namesz, descsz, type (gABI "Note Section")
SHN_LORESERVE = 0xFF00
SHN_LOPROC, SHN_HIPROC = 0xFF00, 0xFF1F
SHN_LOOS, SHN_HIOS = 0xFF20, 0xFF3F
GRP_COMDAT = 0x1  # gABI "Section Groups": the group is a COMDAT group
STO_RISCV_VARIANT_CC = 0x80  # psABI "Symbol Table": a function with a variant calling convention
VER_FLG_BASE, VER_FLG_WEAK, VER_FLG_INFO = 0x1, 0x2, 0x4  # GNU symbol versioning
VERSYM_HIDDEN = 0x8000  # the high bit of a .gnu.version entry: not the default version
VER_NDX_LOCAL, VER_NDX_GLOBAL = 0, 1


class ELFOSABI(IntEnum):
    """e_ident[EI_OSABI] (gABI "ELF Identification")."""

    NONE = 0
    HPUX = 1
    NETBSD = 2
    GNU = 3
    SOLARIS = 6
    AIX = 7
    IRIX = 8
    FREEBSD = 9
    TRU64 = 10
    MODESTO = 11
    OPENBSD = 12
    OPENVMS = 13
    NSK = 14
    AROS = 15
    FENIXOS = 16
    CLOUDABI = 17
    OPENVOS = 18
    STANDALONE = 255


class SHF_EXT(IntFlag):  # noqa: N801 - the gABI's prefix
    """Section flags beyond SHF (gABI "Section Attribute Flags", and GNU's)."""

    OS_NONCONFORMING = 0x100
    COMPRESSED = 0x800
    GNU_RETAIN = 0x200000
    GNU_MBIND = 0x01000000
    MASKOS = 0x0FF00000
    EXCLUDE = 0x80000000
    MASKPROC = 0xF0000000


# e_flags of RISC-V objects (psABI "File Header"), beyond RVC and the double-float ABI.
EF_RISCV_FLOAT_ABI = 0x6
EF_RISCV_FLOAT_ABI_SOFT = 0x0
EF_RISCV_FLOAT_ABI_SINGLE = 0x2
EF_RISCV_FLOAT_ABI_QUAD = 0x6
EF_RISCV_RVE = 0x8
EF_RISCV_TSO = 0x10


class DT(IntEnum):
    """Dynamic section tags (gABI "Dynamic Section", GNU extensions, the RISC-V psABI)."""

    NULL = 0
    NEEDED = 1
    PLTRELSZ = 2
    PLTGOT = 3
    HASH = 4
    STRTAB = 5
    SYMTAB = 6
    RELA = 7
    RELASZ = 8
    RELAENT = 9
    STRSZ = 10
    SYMENT = 11
    INIT = 12
    FINI = 13
    SONAME = 14
    RPATH = 15
    SYMBOLIC = 16
    REL = 17
    RELSZ = 18
    RELENT = 19
    PLTREL = 20
    DEBUG = 21
    TEXTREL = 22
    JMPREL = 23
    BIND_NOW = 24
    INIT_ARRAY = 25
    FINI_ARRAY = 26
    INIT_ARRAYSZ = 27
    FINI_ARRAYSZ = 28
    RUNPATH = 29
    FLAGS = 30
    PREINIT_ARRAY = 32
    PREINIT_ARRAYSZ = 33
    SYMTAB_SHNDX = 34
    RELRSZ = 35
    RELR = 36
    RELRENT = 37
    GNU_PRELINKED = 0x6FFFFDF5
    GNU_CONFLICTSZ = 0x6FFFFDF6
    GNU_LIBLISTSZ = 0x6FFFFDF7
    CHECKSUM = 0x6FFFFDF8
    PLTPADSZ = 0x6FFFFDF9
    MOVEENT = 0x6FFFFDFA
    MOVESZ = 0x6FFFFDFB
    FEATURE = 0x6FFFFDFC
    POSFLAG_1 = 0x6FFFFDFD
    SYMINSZ = 0x6FFFFDFE
    SYMINENT = 0x6FFFFDFF
    GNU_HASH = 0x6FFFFEF5
    TLSDESC_PLT = 0x6FFFFEF6
    TLSDESC_GOT = 0x6FFFFEF7
    GNU_CONFLICT = 0x6FFFFEF8
    GNU_LIBLIST = 0x6FFFFEF9
    CONFIG = 0x6FFFFEFA
    DEPAUDIT = 0x6FFFFEFB
    AUDIT = 0x6FFFFEFC
    PLTPAD = 0x6FFFFEFD
    MOVETAB = 0x6FFFFEFE
    SYMINFO = 0x6FFFFEFF
    VERSYM = 0x6FFFFFF0
    RELACOUNT = 0x6FFFFFF9
    RELCOUNT = 0x6FFFFFFA
    FLAGS_1 = 0x6FFFFFFB
    VERDEF = 0x6FFFFFFC
    VERDEFNUM = 0x6FFFFFFD
    VERNEED = 0x6FFFFFFE
    VERNEEDNUM = 0x6FFFFFFF
    AUXILIARY = 0x7FFFFFFD
    FILTER = 0x7FFFFFFF
    RISCV_VARIANT_CC = 0x70000001


class DF(IntFlag):
    """DT_FLAGS bits (gABI "Dynamic Section")."""

    ORIGIN = 0x1
    SYMBOLIC = 0x2
    TEXTREL = 0x4
    BIND_NOW = 0x8
    STATIC_TLS = 0x10


class DF_1(IntFlag):  # noqa: N801 - the name GNU gives it
    """DT_FLAGS_1 bits (GNU / Solaris extensions)."""

    NOW = 0x1
    GLOBAL = 0x2
    GROUP = 0x4
    NODELETE = 0x8
    LOADFLTR = 0x10
    INITFIRST = 0x20
    NOOPEN = 0x40
    ORIGIN = 0x80
    DIRECT = 0x100
    TRANS = 0x200
    INTERPOSE = 0x400
    NODEFLIB = 0x800
    NODUMP = 0x1000
    CONFALT = 0x2000
    ENDFILTEE = 0x4000
    DISPRELDNE = 0x8000
    DISPRELPND = 0x10000
    NODIRECT = 0x20000
    IGNMULDEF = 0x40000
    NOKSYMS = 0x80000
    NOHDR = 0x100000
    EDITED = 0x200000
    NORELOC = 0x400000
    SYMINTPOSE = 0x800000
    GLOBAUDIT = 0x1000000
    SINGLETON = 0x2000000
    STUB = 0x4000000
    PIE = 0x8000000
    KMOD = 0x10000000
    WEAKFILTER = 0x20000000
    NOCOMMON = 0x40000000


class NT_GNU(IntEnum):  # noqa: N801 - the names GNU gives them
    """Types of notes whose owner is "GNU" (GNU's elf/common.h, the LSB)."""

    ABI_TAG = 1
    HWCAP = 2
    BUILD_ID = 3
    GOLD_VERSION = 4
    PROPERTY_TYPE_0 = 5


class GNU_ABI_TAG_OS(IntEnum):  # noqa: N801
    """The OS word of an NT_GNU_ABI_TAG note."""

    LINUX = 0
    HURD = 1
    SOLARIS = 2
    FREEBSD = 3
    NETBSD = 4
    SYLLABLE = 5
    NACL = 6


class RISCV_TAG(IntEnum):  # noqa: N801
    """RISC-V attribute tags (psABI "Attributes"): even tags take a ULEB128, odd a string."""

    FILE = 1
    SECTION = 2
    SYMBOL = 3
    STACK_ALIGN = 4
    ARCH = 5
    UNALIGNED_ACCESS = 6
    PRIV_SPEC = 8
    PRIV_SPEC_MINOR = 10
    PRIV_SPEC_REVISION = 12
    ATOMIC_ABI = 14
    X3_REG_USAGE = 16
