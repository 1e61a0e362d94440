"""The malloc lab (benchmarks/malloc_lab.py): a trace-driven driver and its traces.

* every committed trace (benchmarks/malloc_lab/traces/*.rep) parses, is a valid
  sequence (an id is allocated only when not live, reallocated and freed only when live,
  everything freed at the end) and is what make_traces.py writes today;
* the driver, built with groundup's malloc and with glibc's, runs small traces on
  groundup's kernel with every payload check passing, and prints figures that parse;
  a malformed trace is refused with the line it is on.

The bar itself (average utilization >= 85%, instructions per operation within 2x of
glibc's) is the benchmark's figure: running every trace with both allocators takes
minutes, so it is not asserted here (`python benchmarks/malloc_lab.py` prints it).
"""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import oracle
import pytest
from test_libc import libc_cache  # noqa: F401  (a fixture: the session's private libc cache)

from groundup.kernel.options import Mount, Options
from groundup.kernel.proc import Kernel

ROOT = Path(__file__).resolve().parent.parent
TRACES = ROOT / "benchmarks" / "malloc_lab" / "traces"
KINDS = ("random", "bintree", "realloc-vector", "realloc-string", "coalesce", "many-small",
         "few-huge")  # fmt: skip


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


lab = _load("malloc_lab", ROOT / "benchmarks" / "malloc_lab.py")
make_traces = _load("make_traces", ROOT / "benchmarks" / "malloc_lab" / "make_traces.py")


def check_trace(text: str) -> int:
    """The number of operations of a valid trace; an AssertionError says what is wrong."""
    lines = text.splitlines()
    _, ids, ops, _ = (int(v) for v in lines[:4])
    assert len(lines) == 4 + ops
    live: set[int] = set()
    for n, line in enumerate(lines[4:], 5):
        kind, i, *size = line.split()
        assert 0 <= int(i) < ids, f"line {n}: id out of range"
        assert (kind in "ar" and len(size) == 1 and int(size[0]) > 0) or (
            kind == "f" and not size
        ), f"line {n}: {line!r}"
        assert (int(i) in live) == (kind != "a"), f"line {n}: {line!r} (live: {int(i) in live})"
        (live.discard if kind == "f" else live.add)(int(i))
    assert not live, "blocks left live at the end"
    return ops


def test_traces_are_valid_and_reproducible() -> None:
    traces = sorted(TRACES.glob("*.rep"))
    assert {t.stem for t in traces} >= set(KINDS) and len(traces) >= 10
    for trace in traces:
        text = trace.read_text()
        assert check_trace(text) >= 300 or trace.stem == "few-huge", trace.name
        assert text == make_traces.make(trace.stem), f"{trace.name}: rerun make_traces.py"
    assert check_trace((TRACES / "few-huge.rep").read_text()) >= 30


@pytest.fixture(scope="module")
def drivers(tmp_path_factory: pytest.TempPathFactory, libc_cache: Path) -> dict[str, Path]:  # noqa: F811
    oracle.require("gcc")  # glibc's headers and libc.a: the cross toolchain's sysroot
    work = tmp_path_factory.mktemp("malloc-lab")
    return {a: lab.build(a, work) for a in ("groundup", "glibc")}


def small_trace(seed: int) -> str:
    """A few hundred operations of every kind, one block big enough to be mmapped."""
    t = make_traces.Trace(seed)
    make_traces.random_mix_steps(t, 300, high=2048)
    big = t.alloc(150 * 1024)
    t.realloc(big, 200 * 1024)
    t.free(big)
    t.free_all()
    return t.text()


@pytest.mark.parametrize("allocator", ["groundup", "glibc"])
def test_driver_runs_traces(allocator: str, drivers: dict[str, Path], tmp_path: Path) -> None:
    trace = tmp_path / "small.rep"
    trace.write_text(small_trace(seed=1))
    figures = lab.run_trace(drivers[allocator], trace)
    assert figures.ops == check_trace(trace.read_text())
    assert figures.peak_payload == int(trace.read_text().split()[0])  # the header's
    assert 0.3 < figures.utilization <= 1.0
    assert figures.peak_heap >= figures.peak_payload
    assert figures.instructions > 0
    assert figures.instr_per_op == pytest.approx(figures.instructions / figures.ops, 0.01)


def run_driver(elf: Path, trace: Path) -> tuple[int, str]:
    out = io.BytesIO()
    options = Options(mounts=(Mount(trace.parent, str(trace.parent)),), cwd=str(trace.parent))
    kernel = Kernel(options=options, stdout=out, stderr=out, stdin=io.BytesIO())
    result = kernel.run(kernel.spawn("driver", elf.read_bytes(), ["driver", trace.name], []))
    return result.code, out.getvalue().decode()


def test_driver_refuses_bad_traces(drivers: dict[str, Path], tmp_path: Path) -> None:
    cases = {
        "free-dead": ("0\n2\n2\n1\na 0 10\nf 1\n", "bad.rep:6: f: the id is not live"),
        "short": ("0\n2\n3\n1\na 0 10\nf 0\n", "fewer operations than the header says"),
        "id": ("0\n2\n1\n1\na 5 10\n", "bad.rep:5: id out of range"),
        "kind": ("0\n2\n1\n1\nx 0 10\n", "expected an operation"),
    }
    for text, message in cases.values():
        (tmp_path / "bad.rep").write_text(text)
        code, said = run_driver(drivers["groundup"], tmp_path / "bad.rep")
        assert code == 2 and message in said, said


def test_parse_figures_needs_the_checks() -> None:
    text = "ops 3\npeak_payload 10\npeak_heap 20\nutilization 0.5\ninstructions 30\n"
    text += "instr_per_op 10.0\n"
    with pytest.raises(lab.DriverFailed, match="did not finish"):
        lab.parse_figures(text)
    assert lab.parse_figures(text + "checks ok\n").utilization == 0.5
