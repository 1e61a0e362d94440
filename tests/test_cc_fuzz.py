"""Random and mutated C never raises a Python exception out of the whole compiler.

The parser's own fuzzing (test_parse.py) stops at the typed AST; here the mutants of
the corpus programs (tests/cc/valid) go all the way: preprocess, parse, check,
lower, optimize, generate assembly and assemble it. Every outcome must be an object
file or `CompileError` diagnostics — nothing else, and in bounded time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groundup.cc import driver, tool
from groundup.diag import CompileError, Reporter

VALID = Path(__file__).resolve().parent / "cc" / "valid"
SOURCES = sorted(VALID.glob("prog_*.c")) + sorted(VALID.glob("stmt_*.c"))[:10]
TEST_H = (VALID / "test.h").read_text() if (VALID / "test.h").exists() else ""
PIECES = ["(", ")", "{", "}", ";", ",", "*", "&", "[", "]", "0", "-1", "x", "int", "struct",
          "return", "if", "else", "while", "=", "+=", "++", "sizeof", "'a'", '"s"', "->", ".",
          "?", ":", "<<", "goto", "case", "switch", "unsigned", "char", "long", "void"]  # fmt: skip


def compile_text(text: str) -> None:
    parsed = tool.parse_args(["-S", "-O1", "x.c"])
    job = tool.make_job(parsed, ("x.c", text.replace('#include "test.h"', TEST_H)))
    try:
        asm = driver.assembly(job, Reporter(), True)
        driver.object_code(asm, "x.s")
    except CompileError:
        pass


@pytest.mark.parametrize("src", SOURCES[::6], ids=lambda p: p.stem)
def test_corpus_programs_compile(src: Path) -> None:
    compile_text(src.read_text())


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_mutated_programs_never_raise(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(SOURCES)).read_text()
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        kind = data.draw(st.sampled_from(["delete", "insert", "swap"]))
        if kind == "delete":
            text = text[:at] + text[at + data.draw(st.integers(1, 12)) :]
        elif kind == "insert":
            text = text[:at] + " " + data.draw(st.sampled_from(PIECES)) + " " + text[at:]
        else:
            other = data.draw(st.integers(0, len(text)))
            lo, hi = sorted((at, other))
            text = text[:lo] + text[hi : hi + 20] + text[lo + 20 : hi] + text[lo : lo + 20]
    compile_text(text)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_token_soup_in_a_function_never_raises(pieces: list[str]) -> None:
    compile_text("int g(int); struct s { int a; long b; } v;\nint f(int x, int *p) {\n"
                 + " ".join(pieces) + "\n}\n")  # fmt: skip
