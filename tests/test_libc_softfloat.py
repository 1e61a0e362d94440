"""long double without gcc's libgcc: groundup libc's soft float (issue 9).

groundup cc lowers binary128 arithmetic, comparisons and conversions to calls of
libgcc's routines (__addtf3, __lttf2, __extenddftf2, __fixtfdi ...) and the bit
builtins to __clzdi2 ...; groundup's libc provides them (src/softfp*.c, bitcount.c),
with the long double <math.h> functions that are exact (src/libm_long_double.c) and
strtold (src/strtod.c). A link with groundup's libc never takes libgcc (as on a
machine without the cross toolchain); every test here compares with the same program
built by gcc against glibc and libgcc (run on qemu): bit for bit, on thousands of
generated operands (tests/libc/softfp_gen.h) shaped to reach special values,
subnormals, boundary exponents and every kind of halfway case. The big tables run on
qemu; smaller runs go through groundup's own kernel.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import oracle
import pytest
from test_libc import (  # noqa: F401 (libc_cache: the autouse fixture, a private cache)
    PROGRAMS,
    ROOT,
    build,
    first_difference,
    glibc,
    libc_cache,
    run,
)

spec = importlib.util.spec_from_file_location("strtold_table", PROGRAMS / "strtold_table.py")
assert spec is not None and spec.loader is not None
strtold_table = importlib.util.module_from_spec(spec)
spec.loader.exec_module(strtold_table)

VALID2 = ROOT / "tests" / "cc" / "valid2"


def same_on_qemu(src: Path, work: Path, args: tuple[str, ...] = ()) -> None:
    """groundup's build, run on qemu, prints what gcc's build prints."""
    expected = glibc(src, args)
    got = oracle.qemu_run(build(src, work), args, timeout=300.0)
    assert got.stdout == expected.stdout, first_difference(expected.stdout, got.stdout)
    assert (got.stderr, got.status) == (expected.stderr, expected.status)


def same_on_groundup(src: Path, work: Path, args: tuple[str, ...] = ()) -> None:
    """groundup's build, run on groundup's kernel, prints what gcc's build prints."""
    expected = glibc(src, args)
    out, err, code = run(build(src, work), work, args)
    assert out == expected.stdout, first_difference(expected.stdout, out)
    assert (err, code) == (expected.stderr, expected.status)


def test_arithmetic_comparisons_conversions(tmp_path: Path) -> None:
    """3000 operand pairs through + - * /, the six comparisons (raw results of
    __eqtf2 ... and C's operators), binary128 <-> float, double and the integer types
    (saturating out of range), as raw bits."""
    same_on_qemu(PROGRAMS / "softfp_arith.c", tmp_path)


def test_math_functions(tmp_path: Path) -> None:
    """sqrtl, floorl ... rintl, lroundl, frexpl, ldexpl, scalbnl, modfl, fmodl,
    remainderl, logbl, fminl, fmaxl, nextafterl, fdiml, fmal and glibc's __isnanl ...
    __fpclassifyl against glibc's, bit for bit; the transcendental ones (double
    accuracy only) to 10 digits."""
    same_on_qemu(PROGRAMS / "softfp_math.c", tmp_path)


def test_strtold(tmp_path: Path) -> None:
    """Correct rounding (exact halfway points with up to 11,500 digits, a trace above
    and below), overflow and underflow with ERANGE, hex, inf, nan(payload), endptr."""
    src = tmp_path / "strtold.c"
    src.write_text(strtold_table.source())
    same_on_qemu(src, tmp_path)


def test_on_groundup_kernel(tmp_path: Path) -> None:
    """The same programs, fewer operands, through groundup's whole chain."""
    same_on_groundup(PROGRAMS / "softfp_arith.c", tmp_path, ("40",))
    same_on_groundup(PROGRAMS / "softfp_math.c", tmp_path, ("12",))


def test_bit_builtins(tmp_path: Path) -> None:
    """__builtin_clz/ctz/popcount/parity/ffs/clrsb: groundup cc calls __clzdi2 ..."""
    same_on_groundup(PROGRAMS / "bitcount.c", tmp_path)


CORPUS = ["misc_10_long_double_arith", "misc_11_long_double_conv", "misc_12_long_double_compare",
          "misc_20_math_long_double"]  # fmt: skip


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_programs(name: str, tmp_path: Path) -> None:
    """The compiler corpus's long double programs, with groundup's libc only."""
    same_on_groundup(VALID2 / f"{name}.c", tmp_path)
