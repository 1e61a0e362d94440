"""The predefined macros: what the compiler says about the target before the first line.

groundup cc defines the macros riscv64-linux-gnu-gcc 12 defines for
`-march=rv64gc -mabi=lp64d` on Linux (`gcc -dM -E -x c /dev/null` lists them),
computed here from the facts they describe rather than copied:

* the C dialect: `__STDC__`, `__STDC_VERSION__` from -std, `__STRICT_ANSI__` and the
  traditional `linux`/`unix` names (only in the GNU dialects);
* the target: `__riscv` and one macro per ISA extension (with its version as
  major*1000000 + minor*1000), `__riscv_xlen`, the float ABI, the code model;
  Linux and ELF (`__linux__`, `__unix__`, `__ELF__`); position independence from
  -fpic/-fpie (the Debian toolchain defaults to PIE);
* the data model (LP64): `__SIZEOF_*__`, the `*_TYPE__` names of the standard
  typedefs, their `*_MAX__` and `*_WIDTH__`, `__INTn_C` helpers; plain char is
  unsigned (`__CHAR_UNSIGNED__`) unless -fsigned-char;
* the floating types (IEEE binary32, binary64 and — for long double — binary128):
  `__FLT_MAX__` and friends, printed with 36 significant digits from their exact
  values, as gcc prints them;
* gcc itself: `__GNUC__` 12, `__GNUC_MINOR__` 2, `__VERSION__` "12.2.0", the
  `__ATOMIC_*` orders and lock-free levels. groundup cc is not gcc, but glibc's
  headers decide what C they may use by these (sys/cdefs.h, features.h): without
  `__GNUC__` they fall back to a C that is older than the one we accept. So, like
  clang, we claim to be the gcc whose dialect we follow.

`-dM -E` prints them (and the macros `<stdc-predef.h>` adds, which gcc includes
implicitly, as we do).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal
from fractions import Fraction

GCC_VERSION = (12, 2, 0)

# -std= names and their __STDC_VERSION__ (None: C90 has none).
STD_VERSIONS: dict[str, str | None] = {
    "c89": None, "c90": None, "iso9899:1990": None, "gnu89": None, "gnu90": None,
    "iso9899:199409": "199409L",
    "c99": "199901L", "c9x": "199901L", "iso9899:1999": "199901L", "gnu99": "199901L",
    "gnu9x": "199901L",
    "c11": "201112L", "c1x": "201112L", "iso9899:2011": "201112L", "gnu11": "201112L",
    "gnu1x": "201112L",
    "c17": "201710L", "c18": "201710L", "iso9899:2017": "201710L", "iso9899:2018": "201710L",
    "gnu17": "201710L", "gnu18": "201710L",
    "c2x": "202000L", "gnu2x": "202000L",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Target:
    """What the predefined macros depend on (the command line's say in them)."""

    std: str = "gnu17"
    signed_char: bool = False
    pic: int = 2  # 0: none, 1: -fpic/-fpie, 2: -fPIC/-fPIE (the default, PIE)
    pie: bool = True
    optimize: str = "0"  # the -O level: 0 1 2 3 s g fast z
    hosted: bool = True
    cmodel: str = ""  # medlow or medany; "" : the default (medany when pic, else medlow)

    @property
    def gnu(self) -> bool:
        return self.std.startswith("gnu")


# (name, C type name, width, signed) of the standard typedefs on riscv64 LP64.
_TYPEDEFS = [
    ("SIZE", "long unsigned int"), ("PTRDIFF", "long int"), ("WCHAR", "int"),
    ("WINT", "unsigned int"), ("INTMAX", "long int"), ("UINTMAX", "long unsigned int"),
    ("CHAR16", "short unsigned int"), ("CHAR32", "unsigned int"), ("SIG_ATOMIC", "int"),
    ("INT8", "signed char"), ("INT16", "short int"), ("INT32", "int"), ("INT64", "long int"),
    ("UINT8", "unsigned char"), ("UINT16", "short unsigned int"), ("UINT32", "unsigned int"),
    ("UINT64", "long unsigned int"),
    ("INT_LEAST8", "signed char"), ("INT_LEAST16", "short int"), ("INT_LEAST32", "int"),
    ("INT_LEAST64", "long int"), ("UINT_LEAST8", "unsigned char"),
    ("UINT_LEAST16", "short unsigned int"), ("UINT_LEAST32", "unsigned int"),
    ("UINT_LEAST64", "long unsigned int"),
    ("INT_FAST8", "signed char"), ("INT_FAST16", "long int"), ("INT_FAST32", "long int"),
    ("INT_FAST64", "long int"), ("UINT_FAST8", "unsigned char"),
    ("UINT_FAST16", "long unsigned int"), ("UINT_FAST32", "long unsigned int"),
    ("UINT_FAST64", "long unsigned int"),
    ("INTPTR", "long int"), ("UINTPTR", "long unsigned int"),
]  # fmt: skip
_BITS = {"signed char": 8, "unsigned char": 8, "short int": 16, "short unsigned int": 16,
         "int": 32, "unsigned int": 32, "long int": 64, "long unsigned int": 64,
         "long long int": 64}  # fmt: skip
# The suffix a constant of the type needs (types narrower than int need none).
_SUFFIX = {"int": "", "unsigned int": "U", "long int": "L", "long unsigned int": "UL",
           "long long int": "LL"}  # fmt: skip


def _max_of(ctype: str) -> str:
    bits = _BITS[ctype]
    unsigned = "unsigned" in ctype
    value = (1 << bits) - 1 if unsigned else (1 << (bits - 1)) - 1
    return f"{value:#x}{_SUFFIX.get(ctype, '')}"


def integer_macros() -> list[tuple[str, str]]:
    """Sizes, limits, widths and the type names of the standard typedefs."""
    out = [("__CHAR_BIT__", "8")]
    sizes = [("SHORT", 2), ("INT", 4), ("LONG", 8), ("LONG_LONG", 8), ("FLOAT", 4),
             ("DOUBLE", 8), ("LONG_DOUBLE", 16), ("POINTER", 8), ("SIZE_T", 8),
             ("PTRDIFF_T", 8), ("WCHAR_T", 4), ("WINT_T", 4), ("INT128", 16)]  # fmt: skip
    out += [(f"__SIZEOF_{name}__", str(size)) for name, size in sizes]
    for name, ctype in [("SCHAR", "signed char"), ("SHRT", "short int"), ("INT", "int"),
                        ("LONG", "long int"), ("LONG_LONG", "long long int")]:  # fmt: skip
        out.append((f"__{name}_MAX__", _max_of(ctype)))
        out.append((f"__{name}_WIDTH__", str(_BITS[ctype])))
    for name, ctype in _TYPEDEFS:
        out.append((f"__{name}_TYPE__", ctype))
        if name in ("CHAR16", "CHAR32", "UINTMAX"):
            continue
        out.append((f"__{name}_MAX__", _max_of(ctype)))
        if not name.startswith(("UINT", "INT8", "INT16", "INT32", "INT64")) or name in (
            "INTMAX",
            "INTPTR",
        ):
            out.append((f"__{name}_WIDTH__", str(_BITS[ctype])))
    out.append(("__UINTMAX_MAX__", _max_of("long unsigned int")))
    out.append(("__WCHAR_MIN__", "(-__WCHAR_MAX__ - 1)"))
    out.append(("__WINT_MIN__", "0U"))
    out.append(("__SIG_ATOMIC_MIN__", "(-__SIG_ATOMIC_MAX__ - 1)"))
    for bits, ctype in [(8, "int"), (16, "int"), (32, "int"), (64, "long int")]:
        out.append((f"__INT{bits}_C(c)", "c" + (f" ## {_SUFFIX[ctype]}" if bits == 64 else "")))
    for bits in (8, 16, 32, 64):
        suffix = {8: "", 16: "", 32: "U", 64: "UL"}[bits]
        out.append((f"__UINT{bits}_C(c)", "c" + (f" ## {suffix}" if suffix else "")))
    out += [("__INTMAX_C(c)", "c ## L"), ("__UINTMAX_C(c)", "c ## UL")]
    return out


@dataclass(frozen=True, slots=True)
class FloatFormat:
    """An IEEE 754 binary format: p bits of precision, exponents emin..emax (C's view)."""

    mant_dig: int
    min_exp: int  # C's FLT_MIN_EXP: one more than IEEE's emin
    max_exp: int


BINARY32 = FloatFormat(24, -125, 128)
BINARY64 = FloatFormat(53, -1021, 1024)
BINARY128 = FloatFormat(113, -16381, 16384)
Define = tuple[str, str]
_DIGITS = 36  # gcc prints every float constant with the widest type's DECIMAL_DIG digits


def _decimal(value: Fraction) -> str:
    """An exact value as gcc prints it: 36 significant digits, `1.234...e+5` form."""
    context = Context(prec=_DIGITS, rounding=ROUND_HALF_EVEN, Emax=99999, Emin=-99999)
    d = context.divide(Decimal(value.numerator), Decimal(value.denominator))
    sign, digits, exponent = d.as_tuple()
    assert isinstance(exponent, int)
    text = "".join(map(str, digits)).ljust(_DIGITS, "0")
    power = exponent + len(digits) - 1
    return f"{'-' if sign else ''}{text[0]}.{text[1:]}e{power:+d}"


def float_macros(prefix: str, fmt: FloatFormat, suffix: str, cast: str = "") -> list[Define]:
    """`__FLT_MAX__` and the other characteristics of one floating type (C17 5.2.4.2.2)."""
    p, emin, emax = fmt.mant_dig, fmt.min_exp, fmt.max_exp
    log2 = math.log10(2)
    values = {
        "MAX": Fraction(2**p - 1, 2**p) * 2**emax,
        "NORM_MAX": Fraction(2**p - 1, 2**p) * 2**emax,
        "MIN": Fraction(2) ** (emin - 1),
        "EPSILON": Fraction(2) ** (1 - p),
        "DENORM_MIN": Fraction(2) ** (emin - p),
    }

    def constant(v: Fraction) -> str:
        text = _decimal(v) + suffix
        return f"(({cast}){text})" if cast else text

    def parens(n: int) -> str:
        return f"({n})" if n < 0 else str(n)

    out = [
        (f"__{prefix}_MANT_DIG__", str(p)),
        (f"__{prefix}_DIG__", str(math.floor((p - 1) * log2))),
        (f"__{prefix}_MIN_EXP__", parens(emin)),
        (f"__{prefix}_MIN_10_EXP__", parens(math.ceil((emin - 1) * log2))),
        (f"__{prefix}_MAX_EXP__", parens(emax)),
        (f"__{prefix}_MAX_10_EXP__", parens(math.floor(math.log10(1 - 2.0**-p) + emax * log2))),
        (f"__{prefix}_DECIMAL_DIG__", str(math.ceil(1 + p * log2))),
    ]  # fmt: skip
    out += [(f"__{prefix}_{name}__", constant(v)) for name, v in values.items()]
    out += [(f"__{prefix}_HAS_DENORM__", "1"), (f"__{prefix}_HAS_INFINITY__", "1"),
            (f"__{prefix}_HAS_QUIET_NAN__", "1"), (f"__{prefix}_IS_IEC_60559__", "2")]  # fmt: skip
    return out


def floating_macros() -> list[tuple[str, str]]:
    out = [("__FLT_EVAL_METHOD__", "0"), ("__FLT_EVAL_METHOD_TS_18661_3__", "0"),
           ("__DEC_EVAL_METHOD__", "2"), ("__FLT_RADIX__", "2"),
           ("__DECIMAL_DIG__", str(math.ceil(1 + BINARY128.mant_dig * math.log10(2))))]  # fmt: skip
    out += float_macros("FLT", BINARY32, "F")
    out += float_macros("DBL", BINARY64, "L", cast="double")
    out += float_macros("LDBL", BINARY128, "L")
    out += float_macros("FLT32", BINARY32, "F32")
    out += float_macros("FLT64", BINARY64, "F64")
    out += float_macros("FLT128", BINARY128, "F128")
    out += float_macros("FLT32X", BINARY64, "F32x")
    out += float_macros("FLT64X", BINARY128, "F64x")
    out += [(f"__FP_FAST_FMA{s}", "1") for s in ("", "F", "F32", "F64", "F32x")]
    return out


# The ISA extensions of rv64gc and their versions (the -misa-spec=20191213 default).
_EXTENSIONS = [("i", (2, 1)), ("m", (2, 0)), ("a", (2, 1)), ("f", (2, 2)), ("d", (2, 2)),
               ("c", (2, 0)), ("zicsr", (2, 0)), ("zifencei", (2, 0))]  # fmt: skip


def riscv_macros(target: Target) -> list[tuple[str, str]]:
    out = [("__riscv", "1"), ("__riscv_xlen", "64"), ("__riscv_flen", "64"),
           ("__riscv_arch_test", "1"), ("__riscv_compressed", "1"), ("__riscv_atomic", "1"),
           ("__riscv_mul", "1"), ("__riscv_div", "1"), ("__riscv_muldiv", "1"),
           ("__riscv_fdiv", "1"), ("__riscv_fsqrt", "1"),
           ("__riscv_float_abi_double", "1")]  # fmt: skip
    out += [(f"__riscv_{name}", str(major * 1000000 + minor * 1000))
            for name, (major, minor) in _EXTENSIONS]  # fmt: skip
    cmodel = target.cmodel or ("medany" if target.pic else "medlow")
    out.append((f"__riscv_cmodel_{cmodel}", "1"))
    if target.pic:
        out.append(("__riscv_cmodel_pic", "1"))
    return out


def system_macros(target: Target) -> list[tuple[str, str]]:
    out = [("__linux", "1"), ("__linux__", "1"), ("__gnu_linux__", "1"), ("__unix", "1"),
           ("__unix__", "1"), ("__ELF__", "1")]  # fmt: skip
    if target.gnu:
        out += [("linux", "1"), ("unix", "1")]
    out += [("__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__"),
            ("__FLOAT_WORD_ORDER__", "__ORDER_LITTLE_ENDIAN__"),
            ("__ORDER_LITTLE_ENDIAN__", "1234"), ("__ORDER_BIG_ENDIAN__", "4321"),
            ("__ORDER_PDP_ENDIAN__", "3412"), ("_LP64", "1"), ("__LP64__", "1"),
            ("__BIGGEST_ALIGNMENT__", "16"), ("__REGISTER_PREFIX__", ""),
            ("__USER_LABEL_PREFIX__", "")]  # fmt: skip
    if target.pic:
        level = str(target.pic)
        out += [("__pic__", level), ("__PIC__", level)]
        if target.pie:
            out += [("__pie__", level), ("__PIE__", level)]
    return out


def gcc_macros(target: Target) -> list[tuple[str, str]]:
    major, minor, patch = GCC_VERSION
    c99 = STD_VERSIONS[target.std] is not None and target.std not in ("iso9899:199409",)
    out = [("__GNUC__", str(major)), ("__GNUC_MINOR__", str(minor)),
           ("__GNUC_PATCHLEVEL__", str(patch)), ("__VERSION__", f'"{major}.{minor}.{patch}"'),
           ("__GNUC_STDC_INLINE__" if c99 else "__GNUC_GNU_INLINE__", "1"),
           ("__GXX_ABI_VERSION", "1017"), ("__GNUC_EXECUTION_CHARSET_NAME", '"UTF-8"'),
           ("__GNUC_WIDE_EXECUTION_CHARSET_NAME", '"UTF-32LE"'),
           ("__PRAGMA_REDEFINE_EXTNAME", "1"), ("__FINITE_MATH_ONLY__", "0"),
           ("__GCC_IEC_559", "2"), ("__GCC_IEC_559_COMPLEX", "2")]  # fmt: skip
    orders = ["RELAXED", "CONSUME", "ACQUIRE", "RELEASE", "ACQ_REL", "SEQ_CST"]
    out += [(f"__ATOMIC_{name}", str(i)) for i, name in enumerate(orders)]
    lock_free = [("BOOL", 1), ("CHAR", 1), ("CHAR16_T", 1), ("CHAR32_T", 2), ("WCHAR_T", 2),
                 ("SHORT", 1), ("INT", 2), ("LONG", 2), ("LLONG", 2), ("POINTER", 2)]  # fmt: skip
    out += [(f"__GCC_ATOMIC_{name}_LOCK_FREE", str(n)) for name, n in lock_free]
    out += [("__GCC_ATOMIC_TEST_AND_SET_TRUEVAL", "1"),
            ("__GCC_HAVE_SYNC_COMPARE_AND_SWAP_4", "1"),
            ("__GCC_HAVE_SYNC_COMPARE_AND_SWAP_8", "1")]  # fmt: skip
    if target.optimize == "0":
        out.append(("__NO_INLINE__", "1"))
    else:
        out.append(("__OPTIMIZE__", "1"))
        if target.optimize in ("s", "z"):
            out.append(("__OPTIMIZE_SIZE__", "1"))
    return out


def standard_macros(target: Target) -> list[tuple[str, str]]:
    out = [("__STDC__", "1"), ("__STDC_HOSTED__", "1" if target.hosted else "0")]
    version = STD_VERSIONS[target.std]
    if version is not None:
        out.append(("__STDC_VERSION__", version))
    if version is not None and version >= "201112L":
        out += [("__STDC_UTF_16__", "1"), ("__STDC_UTF_32__", "1")]
    if not target.gnu:
        out.append(("__STRICT_ANSI__", "1"))
    if not target.signed_char:
        out.append(("__CHAR_UNSIGNED__", "1"))
    return out


def predefined_macros(target: Target) -> list[tuple[str, str]]:
    """(name, body) of every predefined macro; a function-like one's name has its `(c)`."""
    return (standard_macros(target) + gcc_macros(target) + system_macros(target)
            + riscv_macros(target) + integer_macros() + floating_macros())  # fmt: skip


@functools.cache
def source_text(target: Target) -> str:
    """The predefined macros as `#define` lines (the preprocessor reads them as <built-in>).
    Made once per target in a process (the float constants take exact decimal division)."""
    return "".join(f"#define {name} {body}\n" for name, body in predefined_macros(target))
