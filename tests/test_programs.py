"""Differential test: tests/programs/*.c under qemu-riscv64 vs. under groundup.

Each program is compiled by the oracle gcc at -O0 and -O2 (see oracle.py for
the flags), run under qemu (cached) and under
``python -m groundup run --engine {ref,fast} ELF``; stdout and the exit status
must be identical.

Environment knobs:
  GROUNDUP_PROGRAM_TIMEOUT  seconds per groundup run (default 900 for the
                            reference engine, 300 for the fast one)
  GROUNDUP_PROGRAMS         comma-separated program names to restrict to
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402
from test_threads import OPT_ENGINES  # noqa: E402  (the reference engine at -O2 only)

HERE = Path(__file__).resolve().parent
PROGRAM_DIR = HERE / "programs"
PROGRAMS = sorted(PROGRAM_DIR.glob("*.c"))
if os.environ.get("GROUNDUP_PROGRAMS"):
    _wanted = {n.strip().removesuffix(".c") for n in os.environ["GROUNDUP_PROGRAMS"].split(",")}
    PROGRAMS = [p for p in PROGRAMS if p.stem in _wanted]

OPTS = ("O0", "O2")
_DEFAULT_TIMEOUT = {"ref": 900.0, "fast": 300.0}

#: Programs whose output legitimately differs between -O0 and -O2: gcc's
#: default -ffp-contract=fast fuses a*b+c into fmadd/fmsub only when optimizing.
OPT_DEPENDENT = {"fp_arith_double", "fp_arith_float", "matmul_double", "rounding_modes"}


def _timeout(engine: str) -> float:
    env = os.environ.get("GROUNDUP_PROGRAM_TIMEOUT")
    return float(env) if env else _DEFAULT_TIMEOUT[engine]


def _build_and_expect(src: Path, opt: str) -> tuple[Path, oracle.RunResult]:
    oracle.require("gcc", "qemu")
    elf = oracle.gcc_compile(src, opt)
    expected = oracle.qemu_run(elf)
    return elf, expected


def _first_difference(
    want: bytes, got: bytes, names: tuple[str, str] = ("qemu", "groundup")
) -> str:
    wl, gl = want.split(b"\n"), got.split(b"\n")
    for i, (a, b) in enumerate(zip(wl, gl, strict=False)):
        if a != b:
            return f"line {i + 1}: {names[0]} {a!r} vs {names[1]} {b!r}"
    return f"{names[0]} printed {len(wl)} lines, {names[1]} {len(gl)}"


def _groundup_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(HERE.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


@pytest.mark.parametrize(("opt", "engine"), OPT_ENGINES)
@pytest.mark.parametrize("src", PROGRAMS, ids=lambda p: p.stem)
def test_program(src: Path, opt: str, engine: str) -> None:
    elf, expected = _build_and_expect(src, opt)
    timeout = _timeout(engine)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "groundup", "run", "--engine", engine, str(elf)],
            capture_output=True,
            timeout=timeout,
            cwd=HERE.parent,
            env=_groundup_env(),
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"groundup --engine {engine} timed out after {timeout}s on {src.name} -{opt}")
    stderr_tail = proc.stderr.decode(errors="replace")[-3000:]
    assert proc.stdout == expected.stdout, (
        f"stdout differs ({_first_difference(expected.stdout, proc.stdout)})\n"
        f"groundup status {proc.returncode}, stderr:\n{stderr_tail}"
    )
    assert proc.returncode == expected.status, (
        f"exit status: qemu {expected.status}, groundup {proc.returncode}\nstderr:\n{stderr_tail}"
    )


@pytest.mark.parametrize("opt", OPTS)
@pytest.mark.parametrize("src", PROGRAMS, ids=lambda p: p.stem)
def test_program_oracle_sane(src: Path, opt: str) -> None:
    """The program itself behaves: builds, exits normally, prints something."""
    _, expected = _build_and_expect(src, opt)
    assert 0 <= expected.status <= 255, f"killed under qemu: {expected}"
    assert expected.stdout, "program printed nothing"
    assert expected.stdout.endswith(b"\n")
    assert expected.stderr == b"", expected.stderr


@pytest.mark.parametrize("src", PROGRAMS, ids=lambda p: p.stem)
def test_program_opt_levels_agree(src: Path) -> None:
    """-O0 and -O2 builds print the same (guards against UB in the programs)."""
    _, o0 = _build_and_expect(src, "O0")
    _, o2 = _build_and_expect(src, "O2")
    if src.stem in OPT_DEPENDENT:
        assert o0.stdout != o2.stdout, f"{src.stem} no longer differs; drop it from OPT_DEPENDENT"
        return
    assert o0.stdout == o2.stdout, _first_difference(o0.stdout, o2.stdout, ("-O0", "-O2"))
