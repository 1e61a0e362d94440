"""groundup.outfile: every tool's output is written whole, and never over a device."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from groundup.outfile import remove_stale, write_whole

DEVICE = Path("/dev/zero")  # writable, discards; /dev/null is left alone on purpose


def test_write_whole_replaces_a_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "a.out"
    out.write_bytes(b"old contents, longer than the new ones")
    write_whole(str(out), b"new", executable=True)
    assert out.read_bytes() == b"new" and os.access(out, os.X_OK)
    assert [p.name for p in tmp_path.iterdir()] == ["a.out"]


def test_remove_stale_deletes_only_regular_files(tmp_path: Path) -> None:
    out = tmp_path / "x.o"
    out.write_bytes(b"stale")
    remove_stale(str(out))
    remove_stale(str(tmp_path / "missing.o"))
    remove_stale(str(tmp_path))  # a directory: left as it is
    remove_stale("-")
    assert not out.exists() and tmp_path.is_dir()


@pytest.mark.skipif(not (DEVICE.exists() and DEVICE.is_char_device()), reason="no /dev/zero")
@pytest.mark.parametrize("tool,source", [
    ("as", "nop\n"),
    ("cc", "int main(void) { return 0; }\n"),
])  # fmt: skip
def test_tools_write_into_a_device_and_never_replace_it(
    tool: str, source: str, tmp_path: Path
) -> None:
    """`-o /dev/zero` (like the usual `-o /dev/null`) writes in place; on an error the
    device is not deleted either, as it would be by a rename or an unlink as root."""
    suffix = ".s" if tool == "as" else ".c"
    good, bad = tmp_path / f"ok{suffix}", tmp_path / f"bad{suffix}"
    good.write_text(source)
    bad.write_text("this is not valid\n")
    flag = ["-c"] if tool == "cc" else []
    for src, status in ((good, 0), (bad, 1)):
        p = subprocess.run([sys.executable, "-m", "groundup", tool, *flag, str(src), "-o",
                            str(DEVICE)], capture_output=True, cwd=tmp_path)  # fmt: skip
        assert p.returncode == status, p.stderr
        assert stat.S_ISCHR(os.stat(DEVICE).st_mode)
