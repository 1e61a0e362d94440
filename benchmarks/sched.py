"""Scheduler speed: context switches and fork round trips per host second, both engines.

A glibc guest (built with the oracle gcc, -static -pthread, cached under
.oracle-cache/bench) does one of:

    pingpong   two threads hand a token back and forth N times through a futex word
               (FUTEX_WAIT / FUTEX_WAKE, private). On one hart (--cpus 1, the default
               here) every hand-over blocks one thread and switches to the other; on
               two, the threads mostly find the token already passed and rarely block.
               The figure: context switches (the scheduler's count) per host second.
    fork       N times: fork, the child _exits at once, the parent waits for it. The
               figure: round trips (fork + exit + wait) per host second.
    pipe       a child writes MB megabytes into a pipe in 64 KiB writes, the parent
               reads them in 64 KiB reads until end of file and waits for it. Each
               side blocks whenever the 64 KiB pipe is full or empty. The figure:
               megabytes through the pipe per host second.

    python benchmarks/sched.py [--n N] [--mb MB] [--runs N] [--engine fast|ref|both]
                               [--cpus N]
"""

from __future__ import annotations

import argparse
import io
import platform
import statistics
import sys
import time
from pathlib import Path

from guest import build_guest

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["-O2", "-static", "-pthread", "-march=rv64gc", "-mabi=lp64d"]

SOURCE = r"""
#include <linux/futex.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int turn;  /* whose move it is: 0 or 1 */
static long rounds;

static void wait_turn(int me) {
    while (__atomic_load_n(&turn, __ATOMIC_ACQUIRE) != me)
        syscall(SYS_futex, &turn, FUTEX_WAIT_PRIVATE, 1 - me, 0, 0, 0);
}

static void pass(int to) {
    __atomic_store_n(&turn, to, __ATOMIC_RELEASE);
    syscall(SYS_futex, &turn, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0);
}

static void *player(void *arg) {
    int me = (int)(long)arg;
    for (long i = 0; i < rounds; i++) {
        wait_turn(me);
        pass(1 - me);
    }
    return 0;
}

static char chunk[65536];

static int pipe_through(long megabytes) {
    int p[2];
    if (pipe(p) != 0) return 1;
    pid_t pid = fork();
    if (pid == 0) {
        close(p[0]);
        for (long i = 0; i < megabytes * 16; i++)
            if (write(p[1], chunk, sizeof chunk) != (ssize_t)sizeof chunk) _exit(1);
        _exit(0);
    }
    close(p[1]);
    long total = 0;
    ssize_t got;
    while ((got = read(p[0], chunk, sizeof chunk)) > 0) total += got;
    int status;
    if (waitpid(pid, &status, 0) != pid || status != 0) return 1;
    return total == megabytes << 20 ? 0 : 1;
}

int main(int argc, char **argv) {
    long n = atol(argv[2]);
    if (strcmp(argv[1], "pipe") == 0) return pipe_through(n);
    if (strcmp(argv[1], "fork") == 0) {
        for (long i = 0; i < n; i++) {
            pid_t pid = fork();
            if (pid == 0) _exit(0);
            int status;
            if (waitpid(pid, &status, 0) != pid || status != 0) return 1;
        }
        return 0;
    }
    rounds = n;
    pthread_t t;
    pthread_create(&t, 0, player, (void *)1L);
    player((void *)0L);
    pthread_join(t, 0);
    return 0;
}
"""
KINDS = ("pingpong", "fork", "pipe")


def build() -> Path:
    return build_guest("sched", SOURCE, FLAGS)


def run_once(elf: Path, engine: str, kind: str, n: int, cpus: int) -> tuple[float, int]:
    """Host seconds of the run, and what it counts: context switches, round trips or MB."""
    from groundup.kernel.options import Options
    from groundup.kernel.proc import Kernel

    options = Options(engine=engine, cpus=cpus)  # type: ignore[arg-type]
    kernel = Kernel(options=options, stdout=io.BytesIO(), stderr=io.BytesIO())
    proc = kernel.spawn(str(elf), elf.read_bytes(), [elf.name, kind, str(n)], [])
    start = time.perf_counter()
    result = kernel.run(proc)
    elapsed = time.perf_counter() - start
    if result.code != 0:
        raise SystemExit(f"{engine} {kind}: the guest failed (status {result.code})")
    return elapsed, kernel.sched.switches if kind == "pingpong" else n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="hand-overs, or forks")
    ap.add_argument("--mb", type=int, default=16, help="megabytes through the pipe")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--engine", choices=("fast", "ref", "both"), default="both")
    ap.add_argument("--cpus", type=int, default=1)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print(f"machine: {platform.machine()} {platform.processor() or ''}".rstrip())
    print(f"python:  {platform.python_implementation()} {platform.python_version()}")
    elf = build()
    engines = ["fast", "ref"] if args.engine == "both" else [args.engine]
    units = {"pingpong": "context switches/s", "fork": "fork+exit+wait/s", "pipe": "MB/s"}
    for engine in engines:
        for kind in KINDS:
            figures, count = [], 0
            for _ in range(args.runs):
                n = args.mb if kind == "pipe" else args.n
                elapsed, count = run_once(elf, engine, kind, n, args.cpus)
                figures.append(count / elapsed)
            print(f"{engine:4s} {kind:8s}: median {statistics.median(figures):9,.1f} "
                  f"{units[kind]} ({count:,} x {args.runs} runs, --cpus {args.cpus}; "
                  f"min {min(figures):,.0f}, max {max(figures):,.0f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
