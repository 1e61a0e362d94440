#!/usr/bin/env python3
"""Differential testing of groundup cc on csmith's random programs.

    python tools/csmith_check.py [--seed S] [-n N] [-j JOBS] [--kernel-every K]

For N programs from seed S on (seeds S, S+1, ...; a seed whose gcc -O0 build runs
too long on qemu, or gives no reference otherwise, is reported as skipped and
replaced by the next seed): generate the program with csmith, build it with gcc -O0
(the reference, cached under .oracle-cache/) and with groundup cc -O0 and -O2, run
the builds on qemu-riscv64 (and every K-th seed on groundup's kernel too) and
compare what they print (csmith's checksum line) and their exit status.  One line
per seed: ok / MISMATCH / groundup-error / unsupported / TIMEOUT / skipped, then a
summary.  Failing programs are kept in --keep DIR with the compiler's output.
Exit status 1 on any failure.  The work itself is tests/csmith.py's.
"""

from __future__ import annotations

import argparse
import re
import shlex
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]
if "--groundup" in sys.argv:  # another checkout's groundup (e.g. a clean copy of HEAD)
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--groundup") + 1]).resolve()))

import csmith  # noqa: E402  (tests/csmith.py)


def _check(seed: int, kernel: bool, options: tuple[str, ...]) -> csmith.SeedResult:
    return csmith.check_seed(seed, kernel=kernel, options=options)


def keep_failure(result: csmith.SeedResult, keep: Path) -> None:
    keep.mkdir(parents=True, exist_ok=True)
    (keep / f"seed{result.seed}.c").write_text(result.source)
    (keep / f"seed{result.seed}.log").write_text(f"{result.line()}\n\n{result.log}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    ap.add_argument("-n", "--count", type=int, default=100, help="programs to check")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel jobs (default 2)")
    ap.add_argument(
        "--kernel-every",
        type=int,
        default=10,
        metavar="K",
        help="also run every K-th seed's builds on groundup run (0: never)",
    )
    ap.add_argument(
        "--keep",
        type=Path,
        default=ROOT / ".oracle-cache" / "csmith-failures",
        help="where to keep failing programs",
    )
    ap.add_argument(
        "--csmith-options",
        metavar="OPTIONS",
        help="csmith's options instead of tests/csmith.py's CSMITH_OPTIONS",
    )
    ap.add_argument(
        "--allow-unsupported",
        action="store_true",
        help="'not supported yet' is no failure (for options beyond part 1, e.g. structs)",
    )
    ap.add_argument("--groundup", metavar="DIR", help="import groundup from DIR")
    ap.add_argument("--stop", action="store_true", help="stop at the first failure")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only non-ok lines")
    args = ap.parse_args(argv)

    why = csmith.missing_tools()
    if why:
        print(f"csmith_check: {why}", file=sys.stderr)
        return 2
    options = csmith.CSMITH_OPTIONS
    if args.csmith_options is not None:
        options = tuple(shlex.split(args.csmith_options))
    import groundup

    print(f"groundup from {Path(groundup.__file__).parent}", flush=True)
    print(f"csmith {' '.join(options)}", flush=True)

    start = time.monotonic()
    results: dict[int, csmith.SeedResult] = {}
    pending: dict[int, Future[csmith.SeedResult]] = {}
    next_seed = args.seed
    next_print = args.seed
    counted = 0  # results that are not skipped
    stopping = False
    with ProcessPoolExecutor(max_workers=args.jobs, max_tasks_per_child=50) as pool:
        while True:
            while (
                not stopping
                and len(pending) < 2 * args.jobs
                and counted + len(pending) < args.count
            ):
                k = args.kernel_every
                kernel = k > 0 and (next_seed - args.seed) % k == 0
                pending[next_seed] = pool.submit(_check, next_seed, kernel, options)
                next_seed += 1
            if not pending:
                break
            # wait for the oldest seed, so lines come out in seed order
            seed = min(pending)
            result = pending.pop(seed).result()
            results[seed] = result
            if result.verdict is not csmith.Verdict.SKIPPED:
                counted += 1
            if failed(result, args.allow_unsupported):
                keep_failure(result, args.keep)
                if args.stop:
                    stopping = True
            while next_print in results:
                r = results[next_print]
                if not (args.quiet and r.verdict is csmith.Verdict.OK):
                    print(r.line(), flush=True)
                next_print += 1
    elapsed = time.monotonic() - start
    return summary(list(results.values()), elapsed, args.keep, args.allow_unsupported)


def _by_value(item: tuple[csmith.Verdict, int]) -> str:
    return item[0].value


def failed(result: csmith.SeedResult, allow_unsupported: bool) -> bool:
    if allow_unsupported and result.verdict is csmith.Verdict.UNSUPPORTED:
        return False
    return result.verdict.failed


def summary(
    results: list[csmith.SeedResult], elapsed: float, keep: Path, allow_unsupported: bool
) -> int:
    results.sort(key=lambda r: r.seed)
    verdicts = Counter(r.verdict for r in results)
    best = run = 0
    best_from = run_from = results[0].seed if results else 0
    for r in results:
        if r.verdict is csmith.Verdict.SKIPPED:
            continue
        if r.verdict is csmith.Verdict.OK:
            if run == 0:
                run_from = r.seed
            run += 1
            if run > best:
                best, best_from = run, run_from
        else:
            run = 0
    print()
    print(", ".join(f"{n} {v.value}" for v, n in sorted(verdicts.items(), key=_by_value)))
    if results:
        print(f"seeds {results[0].seed}..{results[-1].seed}; longest run of consecutive ok: "
              f"{best} (from seed {best_from})")  # fmt: skip
    checked = [r for r in results if r.verdict is not csmith.Verdict.SKIPPED]
    if checked:
        totals = [sum(r.times.values()) for r in checked]
        print(f"time per program: median {statistics.median(totals):.1f}s, "
              f"max {max(totals):.1f}s; wall {elapsed:.0f}s")  # fmt: skip
        steps: Counter[str] = Counter()
        runs: Counter[str] = Counter()
        for r in checked:
            steps.update(r.times)
            runs.update(r.times.keys())
        print("mean per step (over the programs that had it): " + ", ".join(
            f"{k} {v / runs[k]:.2f}s" for k, v in sorted(steps.items())))  # fmt: skip
    for verdict in (csmith.Verdict.UNSUPPORTED, csmith.Verdict.SKIPPED):
        why = Counter(
            re.sub(r"'[^']*'", "'...'", r.detail) for r in results if r.verdict is verdict
        )
        for detail, n in why.most_common():
            print(f"  {verdict.value}: {n}x {detail}")
    failures = [r for r in results if failed(r, allow_unsupported)]
    if failures:
        print(f"failures kept in {keep}: " + " ".join(str(r.seed) for r in failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
