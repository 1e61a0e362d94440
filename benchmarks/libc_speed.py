"""groundup's own C library: how long its build takes, and hello world end to end.

* Build: groundup/libc built by groundup cc -O2 into an empty cache directory (cold),
  then asked for again (cached: the key is hashed and the archive found), in this
  process; median of several runs each.
* End to end: `groundup run examples/hello_world.c` as a user types it, a new Python
  process each time (start-up, compile, link with the cached libc, load, run on the
  emulated machine); median of several runs, with the library already cached. The
  first run on a machine adds one cold build.

    python benchmarks/libc_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from groundup.libc import build  # noqa: E402

HELLO = ROOT / "examples" / "hello_world.c"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (default 3)")
    args = ap.parse_args()
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    sources = build.sources()
    lines = sum(len(p.read_bytes().splitlines()) for p in sources)
    print(f"libc: {len(sources)} files, {lines} lines")

    cold, cached = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            cold.append(timed(lambda: build.ensure(Path(cache))))
            cached.append(timed(lambda: build.ensure(Path(cache))))
            size = (build.ensure(Path(cache)).archive).stat().st_size
    print(f"build, cold:    {statistics.median(cold):7.2f} s   (libc.a {size} bytes)")
    print(f"build, cached:  {statistics.median(cached) * 1000:7.1f} ms")

    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache, PYTHONPATH=str(ROOT))
        cmd = [sys.executable, "-m", "groundup", "run", str(HELLO)]
        first = timed(lambda: subprocess.run(cmd, env=env, check=True, capture_output=True))
        warm = [timed(lambda: subprocess.run(cmd, env=env, check=True, capture_output=True))
                for _ in range(args.runs)]  # fmt: skip
    print(f"groundup run hello_world.c, first on the machine (cold libc): {first:6.2f} s")
    print(f"groundup run hello_world.c, libc cached:                      "
          f"{statistics.median(warm):6.2f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
