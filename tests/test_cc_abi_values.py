"""The calling convention for values, in C: structs, unions, floats, long double and
variadic functions between groundup cc's code and gcc's, both ways.

Every small-struct shape the LP64D rules tell apart (one or two integers, one float or
two, a float beside an integer in either order, nested and array fields that flatten
to those, unions, 3/7/16-byte char arrays, structs of 17-64 bytes that go by
reference) is passed and returned by value; each shape also travels after enough
other arguments that the registers run out (a struct split between a7 and the
stack, floats falling back to integer registers, then to the stack), and through a
variadic function that reads it with va_arg. A generated file of callees and a file
of callers are compiled by groundup cc (-O0) and by gcc (-O0/-O2), mixed both ways,
linked by gcc and run under qemu: the output must be the all-gcc build's.
"""

from __future__ import annotations

import re
from pathlib import Path

import oracle
import pytest
from test_cc_abi import gcc_object, groundup_object, run

pytestmark = oracle.requires_oracle("gcc", "qemu")

# name, declaration of the members, initializer values, printf of member x of value v
SHAPES = [
    ("c1", "char a;", "'x'"),
    ("s1", "short a;", "-300"),
    ("i1", "int a;", "-7"),
    ("l1", "long a;", "-1L"),
    ("c3", "char a[3];", "{'a', 'b', 'c'}"),
    ("c7", "char a[7];", "{1, 2, 3, 4, 5, 6, 7}"),
    ("c16", "char a[16];", "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}"),
    ("ii", "int a; int b;", "-1, 2"),
    ("ic", "int a; char b;", "5, 'q'"),
    ("ll", "long a; long b;", "1L << 40, -3"),
    ("li", "long a; int b;", "-9, 10"),
    ("f1", "float a;", "1.5f"),
    ("d1", "double a;", "-2.25"),
    ("ff", "float a; float b;", "0.5f, -8.0f"),
    ("dd", "double a; double b;", "1e300, -1e-300"),
    ("fd", "float a; double b;", "3.0f, 0.125"),
    ("df", "double a; float b;", "-0.0, 7.5f"),
    ("fi", "float a; int b;", "2.5f, -44"),
    ("if_", "int a; float b;", "99, 0.75f"),
    ("dl", "double a; long b;", "1.25, 1L << 50"),
    ("ld", "long a; double b;", "-123456789L, 6.5"),
    ("cd", "char a; double b;", "'z', 4.0"),
    ("fa", "float a[2];", "{1.0f, 2.0f}"),
    ("da", "double a[2];", "{3.0, 4.0}"),
    ("nest", "struct { float x; } a; float b;", "{9.5f}, 10.5f"),
    ("un", "union { double d; long l; } a;", "{2.0}"),
    ("big", "long a; long b; long c;", "1, 2, 3"),
    ("big64", "double a[8];", "{1, 2, 3, 4, 5, 6, 7, 8}"),
    ("mix", "float a; char b; short c;", "1.0f, 2, 3"),
]


def _struct(name: str, members: str) -> str:
    return f"struct {name} {{ {members} }};"


def _dump(name: str, members: str) -> str:
    """A function that prints every byte of a value (padding excluded: it is
    unspecified) as the C type lays it out."""
    return (f"void dump_{name}(const char *tag, struct {name} v) {{\n"
            f"    unsigned char b[sizeof v]; memcpy(b, &v, sizeof v);\n"
            f"    printf(\"%s {name}:\", tag);\n"
            f"    for (unsigned i = 0; i < sizeof v; i++)\n"
            f"        if (!pad_{name}(i)) printf(\" %02x\", b[i]);\n"
            f"    printf(\"\\n\");\n}}\n")  # fmt: skip


def _padding(name: str, members: str) -> str:
    """pad_NAME(i): whether byte i of the struct is padding (found by filling every
    member with 0xff in a zeroed copy)."""
    return (f"static int pad_{name}(unsigned i) {{\n"
            f"    static struct {name} z; static int done; static unsigned char mask[sizeof z];\n"
            f"    if (!done) {{ struct {name} one = {{0}}; memset(&one, 0, sizeof one);\n"
            f"        fill_{name}(&one); memcpy(mask, &one, sizeof one); done = 1; }}\n"
            f"    (void)z; return mask[i] == 0; }}\n")  # fmt: skip


def _fill(name: str, members: str) -> str:
    """fill_NAME(p): set every byte of every member (to find the padding)."""
    return (f"static void fill_{name}(struct {name} *p) {{\n"
            f"    struct {name} full; memset(&full, 0xff, sizeof full);\n"
            f"    {_copy_members(name, members)}\n}}\n")  # fmt: skip


_TAGS = ("struct", "union")


def _copy_members(name: str, members: str) -> str:
    """memcpy of each top-level member (named a, b, c ...) from `full` into *p."""
    depth, fields = 0, []
    for part in re.split(r"([{};])", members):
        depth += part.count("{") - part.count("}")
        m = re.search(r"(\w+)\s*(\[\d+\])?\s*$", part)
        if depth == 0 and part not in ("{", "}", ";") and m and m.group(1) not in _TAGS:
            fields.append(m.group(1))
    return " ".join(f"memcpy(&p->{f}, &full.{f}, sizeof p->{f});" for f in fields)


HEADER = "#include <stdio.h>\n#include <string.h>\n#include <stdarg.h>\n" + "\n".join(
    _struct(n, m) for n, m, _ in SHAPES
)


def _helpers() -> str:
    out = []
    for n, m, _ in SHAPES:
        out += [_fill(n, m), _padding(n, m), _dump(n, m)]
    return "\n".join(out)


def callees() -> str:
    """For each shape: id_NAME (returns its argument changed), late_NAME (the struct after
    7 longs and 9 doubles, so it is split or goes to the stack), and one variadic
    function reading every shape with va_arg."""
    out = [HEADER]
    for n, _, _ in SHAPES:
        out.append(f"void dump_{n}(const char *tag, struct {n} v);")
        out.append(f"struct {n} id_{n}(struct {n} v, int k) {{\n"
                   f"    dump_{n}(\"callee\", v);\n"
                   f"    unsigned char *b = (unsigned char *)&v; b[0] ^= (unsigned char)k;\n"
                   f"    return v;\n}}")  # fmt: skip
        out.append(f"double late_{n}(long a, long b, long c, long d, long e, long f, long g, "
                   f"double x0, double x1, double x2, double x3, double x4, double x5, "
                   f"double x6, double x7, double x8, struct {n} v, float y, long z) {{\n"
                   f"    dump_{n}(\"late\", v);\n"
                   f"    return a + b + c + d + e + f + g + x0 + x1 + x2 + x3 + x4 + x5 + x6"
                   f" + x7 + x8 + y + z;\n}}")  # fmt: skip
    body = ["void var_all(int n, ...) {", "    va_list ap; va_start(ap, n);"]
    for n, _, _ in SHAPES:
        body.append(f'    dump_{n}("va", va_arg(ap, struct {n}));')
    body += ["    double d = va_arg(ap, double); long double q = va_arg(ap, long double);",
             "    int i = va_arg(ap, int);",
             "    printf(\"va tail %a %La %d\\n\", d, q, i);", "    va_end(ap);", "}"]  # fmt: skip
    out.append("\n".join(body))
    out.append("long double ld_mix(long double a, double b, long double c, int d) {\n"
               "    return a * b - c + d;\n}")  # fmt: skip
    out.append(
        "float fsum(float a, float b, float c, float d, float e, float f, float g,"
        " float h, float i, float j, long k) { return a+b+c+d+e+f+g+h+i+j+k; }"
    )
    return "\n".join(out) + "\n"


def callers() -> str:
    out = [HEADER, _helpers()]
    for n, _, _ in SHAPES:
        out.append(f"struct {n} id_{n}(struct {n} v, int k);")
        out.append(
            f"double late_{n}(long a, long b, long c, long d, long e, long f, long g, "
            f"double x0, double x1, double x2, double x3, double x4, double x5, "
            f"double x6, double x7, double x8, struct {n} v, float y, long z);"
        )
    out.append("void var_all(int n, ...);")
    out.append("long double ld_mix(long double a, double b, long double c, int d);")
    out.append("float fsum(float a, float b, float c, float d, float e, float f, float g,"
               " float h, float i, float j, long k);")  # fmt: skip
    main = ["int main(void) {"]
    for n, _, init in SHAPES:
        main.append(f"    struct {n} v_{n} = {{{init}}};")
    for n, _, _ in SHAPES:
        main.append(f'    dump_{n}("returned", id_{n}(v_{n}, 0x5a));')
        main.append(f"    printf(\"late %a\\n\", late_{n}(1, 2, 3, 4, 5, 6, 7, 0.5, 1.5, 2.5, "
                    f"3.5, 4.5, 5.5, 6.5, 7.5, 8.5, v_{n}, 0.25f, 100));")  # fmt: skip
    args = ", ".join(f"v_{n}" for n, _, _ in SHAPES)
    main.append(f"    var_all({len(SHAPES)}, {args}, 0.1, (long double)1 / 3, 77);")
    main.append('    printf("ld %La\\n", ld_mix(2.5L, 3.0, 1.0L / 7, 9));')
    main.append('    printf("fsum %a\\n", (double)fsum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));')
    main.append("    return 0;\n}")
    out.append("\n".join(main))
    # the callees' dump functions live in the callers' file (gcc's or ours)
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("abi-values")
    (work / "callees.c").write_text(callees())
    (work / "callers.c").write_text(callers())
    return work / "callees.c", work / "callers.c"


@pytest.mark.parametrize("gcc_opt", ["O0", "O2"])
@pytest.mark.parametrize("ours", ["callees", "callers"])
def test_struct_and_float_values_cross_the_boundary(
    sources: tuple[Path, Path], ours: str, gcc_opt: str, tmp_path: Path
) -> None:
    callee_src, caller_src = sources
    reference = []
    for src in (callee_src, caller_src):
        gcc_object(src, tmp_path / f"gcc-{src.stem}.o", gcc_opt)
        reference.append(tmp_path / f"gcc-{src.stem}.o")
    expected = run(reference, tmp_path, "all-gcc")
    lines = expected.stdout.decode().splitlines()
    assert expected.status == 0 and len(lines) >= 5 * len(SHAPES), expected.stdout[-500:]
    index = 0 if ours == "callees" else 1
    mixed = list(reference)
    mixed[index] = tmp_path / f"ours-{ours}.o"
    groundup_object((callee_src, caller_src)[index], mixed[index], "O0")
    got = run(mixed, tmp_path, "mixed")
    want = expected.stdout.decode().splitlines()
    have = got.stdout.decode().splitlines()
    for k, (a, b) in enumerate(zip(want, have, strict=False)):
        assert a == b, f"line {k + 1}: gcc's {a!r}, mixed {b!r}"
    assert (len(have), got.status) == (len(want), 0)


def test_every_shape_is_exercised() -> None:
    text = callers()
    for n, _, _ in SHAPES:
        assert f"id_{n}(v_{n}" in text and f"late_{n}(" in text
