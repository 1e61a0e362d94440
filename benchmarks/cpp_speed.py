"""Preprocessor speed: source lines per host second.

Generates a C program of about 5000 lines that leans on the preprocessor the way
real code does (function-like macros inside one another, stringizing and
pasting, variadic macros, #if chains), puts `#include <stdio.h>`, <stdlib.h>,
<string.h> and <math.h> in front of it (about 3000 more lines of glibc's headers),
and times `groundup cc -E` on it: scanning, directives, macro expansion and the
printed output. Lines are those of every file read (headers once each, as the
include guards let them be). Prints the best of several runs, the same for
`--dump-tokens` (the preprocessor and the lexer), and gcc -E's time for scale.

    python benchmarks/cpp_speed.py [--runs N] [--lines N]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from groundup.cc import driver, preprocess, tokenize  # noqa: E402
from groundup.cc.tool import make_job, parse_args  # noqa: E402
from groundup.diag import Reporter  # noqa: E402

HEADER = """#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLAMP(x, lo, hi) MIN(MAX(x, lo), hi)
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a ## b
#define FIELD(n) int CAT(field_, n);
#define LOG(fmt, ...) fprintf(stderr, "%s:%d: " fmt "\\n", __FILE__, __LINE__, ##__VA_ARGS__)
#define CHECK(e) do { if (!(e)) { LOG("check failed: %s", #e); abort(); } } while (0)
#define SQUARE(x) ((x) * (x))
#define LEVEL 3
"""

BLOCK = """
struct s{i} {{ FIELD(a{i}) FIELD(b{i}) double d; }};
#if LEVEL > 2 && defined(MAX)
static int f{i}(int x, int y) {{
    int z = CLAMP(x + {i}, y, SQUARE(y) + 1);
    CHECK(z >= MIN(x, y));
    LOG("f{i} %d", z);
    return MAX(z, CAT(1, {j})) + (int)sqrt((double)SQUARE(z));
}}
#else
static int f{i}(int x, int y) {{ return x + y; }}
#endif
static const char *name{i} = XSTR(f{i}) " at line " XSTR(__LINE__);
"""


def program(lines: int) -> str:
    parts = [HEADER]
    count, i = HEADER.count("\n"), 0
    while count < lines:
        block = BLOCK.format(i=i, j=i % 10)
        parts.append(block)
        count += block.count("\n")
        i += 1
    parts.append("int main(void) { return f0(1, 2) > 0 ? 0 : 1; }\n")
    return "".join(parts)


def lines_read(job: driver.Job) -> int:
    """Lines of every file the preprocessor reads for this job (each file once)."""
    pp = preprocess.Preprocessor(job.pp, Reporter())
    pp.start(job.path, job.text)
    while pp.get_token().kind is not tokenize.PPKind.EOF:
        pass
    return sum(source.text.count("\n") for source, _, _ in pp.cache.values())


def best_time(run: object, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - t)
    return best


def time_gcc(text: str) -> float | None:
    if shutil.which("riscv64-linux-gnu-gcc") is None:
        return None
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "big.c"
        src.write_text(text)
        t = time.perf_counter()
        subprocess.run(["riscv64-linux-gnu-gcc", "-E", str(src), "-o", str(Path(d) / "big.i")],
                       check=True)  # fmt: skip
        return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lines", type=int, default=5000)
    args = parser.parse_args()
    text = program(args.lines)
    job = make_job(parse_args(["-E", "big.c"]), ("big.c", text))
    total = lines_read(job)
    output = driver.preprocessed_text(job, Reporter(), True)
    e = best_time(lambda: driver.preprocessed_text(job, Reporter(), True), args.runs)
    tokens = best_time(lambda: driver.token_dump(job, Reporter()), args.runs)
    print(f"input: {text.count(chr(10))} lines of program + headers = {total} lines read; "
          f"output {output.count(chr(10))} lines")  # fmt: skip
    print(f"groundup cc -E:            {e:6.3f} s  {total / e:9,.0f} lines/s")
    print(f"groundup cc --dump-tokens: {tokens:6.3f} s  {total / tokens:9,.0f} lines/s")
    gcc = time_gcc(text)
    if gcc is not None:
        print(f"riscv64-linux-gnu-gcc -E:  {gcc:6.3f} s  {total / gcc:9,.0f} lines/s (for scale)")


if __name__ == "__main__":
    main()
