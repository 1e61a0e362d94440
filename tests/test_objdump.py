"""`groundup objdump -h -t -r -s -dr` against GNU objdump 2.40, byte for byte.

The corpus is test_readelf's: gcc's relocatable objects (-O2, and -O0 -g), its
freestanding static executables (one stripped, one linked with --emit-relocs, whose
relocations objdump prints with addresses under -dr and section offsets under -r),
a static and a dynamic glibc program, and the assembly file of odd cases (groups,
TLS, common, weak and IFUNC symbols, visibilities, negative addends, relocations in
zero runs and in data objects). -d alone is test_disasm's; here it comes with -r,
which puts each instruction's relocations after it, and in one run with every other
view, which checks the order of the parts (-h, -t, -r, -s, -d). The dynamic program
is left out of the -d runs: objdump names its PLT entries with synthetic `name@plt`
symbols, which groundup does not make.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402
from test_readelf import CASES, assert_same, build  # noqa: E402

from groundup.asm import objdump  # noqa: E402

pytestmark = oracle.requires_oracle("gcc", "objdump")

VIEWS = ["-h", "-t", "-r", "-s", "-dr", "-h -t -r -s -d -M no-aliases"]


def ours(path: Path, args: list[str]) -> str:
    opts, _ = objdump.parse_options([*args, "input"])
    return objdump.dump(path.read_bytes(), "input", opts)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("case", CASES)
def test_view_matches(case: str, view: str) -> None:
    if "-d" in view and case.startswith("glibc-dynamic"):
        pytest.skip("objdump's synthetic name@plt symbols are not made")
    args = view.split()
    path = build(case)
    assert_same(oracle.objdump(path, args), ours(path, args), view)


def test_relocations_interleaved() -> None:
    """The layout of -dr, spelled out: a tab-indented line per relocation after the
    instruction it patches, the addend in short hex, *ABS* for no symbol."""
    text = ours(build("asm:edge"), ["-dr"])
    assert "\t\t\t0: R_RISCV_CALL_PLT\tfoo\n\t\t\t0: R_RISCV_RELAX\t*ABS*\n" in text
    assert "\t\t\t10: R_RISCV_PCREL_HI20\tpdata+0x64\n" in text
    records = ours(build("asm:edge"), ["-r"])
    assert "0000000000000008 R_RISCV_64        foo-0x0000000000000008\n" in records


def test_several_files_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.o"
    good.write_bytes(build("o:sieve").read_bytes())
    bad = tmp_path / "bad.o"
    bad.write_bytes(b"\x7fELF" + bytes(10))
    assert objdump.main(["-h", str(bad), str(good), str(tmp_path / "none.o")]) == 1
    out, err = capsys.readouterr()
    assert out == f"\n{good}:     file format elf64-littleriscv\n\n" + objdump.section_headers(
        objdump.read_elf(good.read_bytes(), str(good))
    )
    assert [line.split(": ")[2] for line in err.splitlines()] == [
        str(bad),
        str(tmp_path / "none.o"),
    ]


@pytest.mark.parametrize("argv", [[], ["x.o"], ["-d", "-M", "intel", "x.o"], ["-d"], ["--bogus"]])
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert objdump.main(argv) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("groundup: error: objdump: ") and err.count("\n") == 1
