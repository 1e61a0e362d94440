"""The calling convention, in C: groundup cc's functions and gcc's call each other.

A generated file of callees (functions of 0 to 12 arguments, rotating through every
integer width and signedness, plain char and _Bool, pointers, and pointers to
structs that the callee reads and writes; each returns a different type) and a file
of callers that pass edge values (sign bits set, all ones, the limits) and print
what comes back. Each file is compiled by groundup cc and by riscv64-linux-gnu-gcc
-O0/-O2, mixed both ways, linked by gcc and run under qemu-riscv64: the output must
be that of the all-gcc build. Integers narrower than 64 bits travel extended as the
psABI says (signed types sign-extended, unsigned ones zero-extended, except unsigned
int, sign-extended from bit 31), which is where a mismatch would show.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import oracle
import pytest

from groundup.cli import main as groundup

pytestmark = oracle.requires_oracle("gcc", "qemu")

TYPES = [
    ("signed char", "-128", "%d"), ("unsigned char", "255", "%u"), ("short", "-32768", "%d"),
    ("unsigned short", "65535", "%u"), ("int", "-2147483647 - 1", "%d"),
    ("unsigned", "4294967295u", "%u"), ("long", "-9223372036854775807L - 1", "%ld"),
    ("unsigned long", "18446744073709551615ul", "%lu"), ("long long", "-5", "%lld"),
    ("unsigned long long", "9223372036854775808ull", "%llu"), ("char", "200", "%d"),
    ("_Bool", "1", "%d"), ("int *", "&cell", None), ("struct pair *", "&pair", None),
]  # fmt: skip
ARITIES = range(13)

HEADER = """struct pair { int a; long b; unsigned char c; };
extern int cell;
extern struct pair pair;
"""


def arg_types(n: int) -> list[tuple[str, str, str | None]]:
    return [TYPES[(n + i) % len(TYPES)] for i in range(n)]


def return_type(n: int) -> tuple[str, str, str | None]:
    return [t for t in TYPES if t[2] is not None][n % 12]


def callees() -> str:
    """f0 .. f12: mix their arguments into a value of their return type."""
    out = [HEADER]
    for n in ARITIES:
        ret = return_type(n)[0]
        params = ", ".join(f"{t} a{i}" for i, (t, _, _) in enumerate(arg_types(n))) or "void"
        body = ["    unsigned long long h = 1469598103934665603ull;"]
        for i, (t, _, _) in enumerate(arg_types(n)):
            if t == "int *":
                body.append(f"    h = h * 31 + (unsigned long long)*a{i}; *a{i} += {i + 1};")
            elif t == "struct pair *":
                body.append(f"    h = h * 31 + (unsigned long long)(a{i}->a + a{i}->b + "
                            f"a{i}->c); a{i}->c += 3; a{i}->b -= {i};")  # fmt: skip
            else:
                body.append(f"    h = h * 31 + (unsigned long long)(long long)a{i};")
        body.append(f"    return ({ret})(h ^ (h >> 29));")
        out.append(f"{ret} f{n}({params}) {{\n" + "\n".join(body) + "\n}\n")
    return "\n".join(out)


def callers() -> str:
    """main: call each fN with edge values, print the results and what they changed."""
    protos = []
    calls = []
    for n in ARITIES:
        ret, _, fmt = return_type(n)
        params = ", ".join(t for t, _, _ in arg_types(n)) or "void"
        protos.append(f"{ret} f{n}({params});")
        args = ", ".join(value for _, value, _ in arg_types(n))
        calls.append(f'    printf("f{n} = {fmt}\\n", f{n}({args}));')
        calls.append('    printf("  cell %d, pair %d %ld %u\\n", cell, pair.a, pair.b, pair.c);')
    return (
        "int printf(const char *, ...);\n" + HEADER + "\n".join(protos) + "\n"
        "int cell = 7;\nstruct pair pair = {1, 2, 250};\n"
        "int main(void) {\n" + "\n".join(calls) + "\n    return 0;\n}\n"
    )


def groundup_object(src: Path, out: Path, opt: str) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(err):
        status = groundup(["cc", f"-{opt}", "-c", str(src), "-o", str(out)])
    assert status == 0, err.getvalue()


def gcc_object(src: Path, out: Path, opt: str) -> None:
    args = [f"-{opt}", "-c", "-march=rv64gc", "-mabi=lp64d", "x.c", "-o", "x.o"]
    res = oracle.run_tool("gcc", args, {"x.c": src}, outputs=["x.o"]).check()
    out.write_bytes(res.output("x.o").read_bytes())


def run(objects: list[Path], work: Path, name: str) -> oracle.RunResult:
    """Link the two objects with gcc -static and run the program under qemu."""
    inputs = {"a.o": objects[0], "b.o": objects[1]}
    res = oracle.run_tool("gcc", ["-static", "a.o", "b.o", "-o", "prog"], inputs, outputs=["prog"])
    res.check()
    exe = work / name
    exe.write_bytes(res.output("prog").read_bytes())
    exe.chmod(0o755)
    return oracle.qemu_run(exe)


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("abi")
    (work / "callees.c").write_text(callees())
    (work / "callers.c").write_text(callers())
    return work / "callees.c", work / "callers.c"


@pytest.mark.parametrize("gcc_opt", ["O0", "O2"])
@pytest.mark.parametrize("ours", ["callees", "callers"])
def test_groundup_and_gcc_call_each_other(sources: tuple[Path, Path], ours: str, gcc_opt: str,
                                          tmp_path: Path) -> None:  # fmt: skip
    callee_src, caller_src = sources
    reference = []
    for src in (callee_src, caller_src):
        gcc_object(src, tmp_path / f"gcc-{src.stem}.o", gcc_opt)
        reference.append(tmp_path / f"gcc-{src.stem}.o")
    expected = run(reference, tmp_path, "all-gcc")
    assert expected.status == 0 and expected.stdout.count(b"\n") == 2 * len(ARITIES)
    mixed = list(reference)
    index = 0 if ours == "callees" else 1
    ours_obj = tmp_path / f"ours-{ours}.o"
    groundup_object((callee_src, caller_src)[index], ours_obj, "O0")
    mixed[index] = ours_obj
    got = run(mixed, tmp_path, "mixed")
    assert (got.stdout.decode(), got.status) == (expected.stdout.decode(), 0)


def test_the_generated_sources_cover_every_type() -> None:
    text = callees()
    for t, _, _ in TYPES:
        assert f"{t} a" in text, t
