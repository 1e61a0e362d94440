"""Building a benchmark's guest program once: gcc's output cached by source and flags.

The benchmarks time groundup, not gcc: each guest is compiled by the oracle
riscv64-linux-gnu-gcc on first use and kept under .oracle-cache/bench (gitignored),
named by a hash of its source and flags, so a changed source is rebuilt.
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Sequence
from pathlib import Path

CACHE = Path(__file__).resolve().parent.parent / ".oracle-cache" / "bench"


def build_guest(name: str, source: str, flags: Sequence[str]) -> Path:
    """The executable gcc makes of `source` with `flags` (`name` prefixes the file)."""
    key = hashlib.sha256((source + " ".join(flags)).encode()).hexdigest()[:16]
    elf = CACHE / f"{name}-{key}.elf"
    if not elf.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        c = CACHE / f"{name}-{key}.c"
        c.write_text(source)
        subprocess.run(["riscv64-linux-gnu-gcc", *flags, "-o", str(elf), str(c)], check=True)
    return elf
