"""groundup cc against gcc on csmith's random programs (tests/csmith.py does the work).

* :func:`test_csmith_seed`: a fixed handful of csmith seeds, each program built by
  gcc -O0 (the reference) and by groundup cc -O0 and -O2, run on qemu-riscv64 (every
  fifth also on groundup's kernel): the same checksum line and exit status.  The long
  runs are tools/csmith_check.py's (``python tools/csmith_check.py --seed 1 -n 500``).
* :func:`test_csmith_regression`: the reduced programs of the bugs those runs found,
  tests/cc/csmith/*.c, each printing its results: gcc -O0 and -O2 agree on them, and
  groundup cc -O0 and -O2 print what gcc -O0's build prints.

They skip without csmith and its runtime headers (Debian: csmith, libcsmith-dev) or
the oracle gcc and qemu.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import csmith
import oracle
import pytest

HERE = Path(__file__).resolve().parent
REGRESSIONS = sorted((HERE / "cc" / "csmith").glob("*.c"))

#: Seeds whose programs gcc's build runs in well under a second (checked by
#: tools/csmith_check.py, csmith 2.3.0's programs with tests/csmith.py's options); a
#: seed that stops doing so is skipped, not failed.  Seed 5 also runs on groundup's
#: kernel.
SEEDS = (5, 6, 9, 14)


def _require_csmith() -> None:
    why = csmith.missing_tools()
    if why:
        pytest.skip(why)


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_csmith_seed(seed: int) -> None:
    _require_csmith()
    result = csmith.check_seed(seed, kernel=seed % 5 == 0)
    if result.verdict is csmith.Verdict.SKIPPED:
        pytest.skip(result.detail)
    assert result.verdict is csmith.Verdict.OK, f"{result.line()}\n{result.log[-3000:]}"


def test_describe_finds_differences() -> None:
    want = oracle.RunResult(b"checksum = 1\n", b"", 0)
    assert csmith.describe("x", want, oracle.RunResult(b"checksum = 1\n", b"", 0)) is None
    assert "printed" in (csmith.describe("x", want, oracle.RunResult(b"checksum = 2\n", b"", 0))
                         or "")  # fmt: skip
    assert "exit status" in (csmith.describe("x", want, oracle.RunResult(want.stdout, b"", -11))
                             or "")  # fmt: skip


#: Regressions whose bug is not fixed yet (in files of the compiler being rewritten):
#: strict, so a fix makes the test fail until its entry leaves here.
NOT_FIXED_YET: dict[str, str] = {}


def _regression(src: Path) -> object:
    reason = NOT_FIXED_YET.get(src.stem)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(src, id=src.stem, marks=marks)


@pytest.mark.parametrize("src", [_regression(src) for src in REGRESSIONS])
def test_csmith_regression(src: Path, tmp_path: Path) -> None:
    oracle.require("gcc", "qemu")
    flags = (*csmith.CC_FLAGS, "-std=c17")  # -w: groundup's warnings are not the point
    strict = ("-static", "-march=rv64gc", "-mabi=lp64d", "-std=c17", "-Wall", "-Werror")
    o0 = oracle.qemu_run(oracle.gcc_compile(src, "O0", flags=strict, libs=()))
    o2 = oracle.qemu_run(oracle.gcc_compile(src, "O2", flags=strict, libs=()))
    assert o0.stdout and o0.status == 0, o0
    assert (o2.stdout, o2.status) == (o0.stdout, o0.status), "gcc -O0 and -O2 differ"
    shutil.copyfile(src, tmp_path / src.name)
    for opt in ("O0", "O2"):
        args = [f"-{opt}", "--sysroot", csmith.SYSROOT, *flags, src.name, "-o", f"prog{opt}"]
        status, text = csmith.groundup_cc(args, tmp_path)
        assert status == 0, text
        got = oracle.qemu_run(tmp_path / f"prog{opt}")
        assert csmith.describe(f"groundup -{opt}", o0, got) is None, got.stdout[-2000:]
