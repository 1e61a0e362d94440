"""Write the malloc-lab traces in traces/*.rep (deterministic: a fixed seed per trace).

Every trace is in the CS:APP malloc-lab format (see driver.c): a four-line header, then
`a id size`, `r id size` and `f id` lines. Ids are never reused, and every block is freed
by the end. Each trace is one pattern of use an allocator meets in real programs:

    random          a random mix of malloc, realloc and free, sizes log-uniform 8 B..8 KiB
    bintree         binary trees of small nodes (with a string each) built, then whole
                    subtrees freed, then grown again
    realloc-vector  arrays that double in place of growing (16 B up to 128 KiB) while
                    small objects are allocated between the reallocs
    realloc-string  string builders that grow a few bytes at a time, many at once
    coalesce        runs of blocks freed every other one, then the rest (each free merges
                    with both neighbours), then bigger blocks that fit only the merged room
    many-small      tens of thousands of operations on 8..64-byte blocks
    few-huge        a few megabyte-sized blocks: the mmap path, and realloc of it
    lifo            a stack: the last block allocated is the first freed
    fifo            a queue: blocks are freed in the order they were allocated
    size-thrash     phases of many blocks of one size, each phase a size a little bigger,
                    a few long-lived blocks pinned between them
    fragment        the worst case: small blocks freed every other one, so the holes are
                    too small for the bigger blocks asked for next
    threshold       sizes either side of the 128 KiB mmap threshold, among small blocks

    python benchmarks/malloc_lab/make_traces.py [--out DIR]
"""

from __future__ import annotations

import argparse
import math
import random
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
KiB = 1024
MiB = 1024 * KiB


class Trace:
    """Operations being written, with the live blocks they leave."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lines: list[str] = []
        self.live: dict[int, int] = {}  # id -> size, in allocation order
        self.ids = 0
        self.payload = self.peak = 0

    def alloc(self, size: int) -> int:
        i = self.ids
        self.ids += 1
        self.lines.append(f"a {i} {size}")
        self.live[i] = size
        self._grew(size)
        return i

    def realloc(self, i: int, size: int) -> None:
        self.lines.append(f"r {i} {size}")
        self._grew(size - self.live[i])
        self.live[i] = size

    def free(self, i: int) -> None:
        self.lines.append(f"f {i}")
        self.payload -= self.live.pop(i)

    def free_all(self, shuffle: bool = True) -> None:
        rest = list(self.live)
        if shuffle:
            self.rng.shuffle(rest)
        for i in rest:
            self.free(i)

    def _grew(self, by: int) -> None:
        self.payload += by
        self.peak = max(self.peak, self.payload)

    def log_size(self, low: int, high: int) -> int:
        return int(math.exp(self.rng.uniform(math.log(low), math.log(high + 1))))

    def text(self) -> str:
        assert not self.live, "a trace must free every block"
        header = [str(self.peak), str(self.ids), str(len(self.lines)), "1"]
        return "\n".join(header + self.lines) + "\n"


def random_mix_steps(t: Trace, steps: int, high: int) -> None:
    """Half malloc, a sixth realloc, a third free; sizes log-uniform from 8 to `high`."""
    for _ in range(steps):
        r = t.rng.random()
        if r < 0.5 or not t.live:
            t.alloc(t.log_size(8, high))
        elif r < 0.65:
            t.realloc(t.rng.choice(list(t.live)), t.log_size(8, high))
        else:
            t.free(t.rng.choice(list(t.live)))


def random_mix(t: Trace) -> None:
    random_mix_steps(t, 3000, 8 * KiB)
    t.free_all()


def bintree(t: Trace) -> None:
    children: dict[int, list[int]] = {}
    names: dict[int, int] = {}

    def build(depth: int) -> int:
        node = t.alloc(t.rng.choice((24, 32, 40, 48)))
        names[node] = t.alloc(t.rng.randint(4, 60))
        kids = [build(depth - 1) for _ in range(2) if depth > 0 and t.rng.random() < 0.8]
        children[node] = kids
        return node

    def free_tree(node: int) -> None:
        for k in children.pop(node):
            free_tree(k)
        t.free(names.pop(node))
        t.free(node)

    roots = [build(10) for _ in range(3)]
    for _ in range(3):
        for r in roots:  # cut a random grandchild's subtree off each tree, then regrow it
            kids = children[r]
            if kids:
                k = t.rng.choice(kids)
                if children[k]:
                    g = t.rng.choice(children[k])
                    children[k].remove(g)
                    free_tree(g)
                    children[k].append(build(7))
        roots.append(build(9))
        free_tree(roots.pop(0))
    for r in roots:
        free_tree(r)


def realloc_vector(t: Trace) -> None:
    vectors: dict[int, int] = {}  # id -> size it grows to
    for _ in range(40):
        if len(vectors) < 4 or t.rng.random() < 0.3:
            v = t.alloc(16)
            vectors[v] = t.rng.choice((4, 16, 32, 64, 128)) * KiB
        for v in list(vectors):
            if t.live[v] >= vectors[v]:
                t.free(v)
                del vectors[v]
                continue
            t.realloc(v, t.live[v] * 2)
            for _ in range(t.rng.randint(0, 3)):  # objects made while filling the vector
                t.alloc(t.log_size(16, 256))
        small = [i for i in t.live if i not in vectors]
        for i in t.rng.sample(small, len(small) // 3):
            t.free(i)
    t.free_all()


def realloc_string(t: Trace) -> None:
    limits = {t.alloc(16): t.rng.choice((1, 2, 4, 8)) * KiB for _ in range(64)}
    builders = list(limits)
    for _ in range(6000):
        k = t.rng.randrange(len(builders))
        b = builders[k]
        if t.live[b] > limits[b]:  # the string is done: a new one starts
            t.free(b)
            builders[k] = t.alloc(16)
            limits[builders[k]] = t.rng.choice((1, 2, 4, 8)) * KiB
        else:
            t.realloc(b, t.live[b] + t.rng.randint(1, 64))
    t.free_all()


def coalesce(t: Trace) -> None:
    for _ in range(5):
        run = [t.alloc(t.rng.randint(16, 512)) for _ in range(300)]
        for i in run[0::2]:
            t.free(i)
        for i in run[1::2]:
            t.free(i)
        big = [t.alloc(t.rng.randint(512, 4 * KiB)) for _ in range(40)]
        for i in big[1::2] + big[0::2]:
            t.free(i)


def many_small(t: Trace) -> None:
    live: list[int] = []
    for step in range(18000):
        if step < 5000 or not live or (len(live) < 6000 and t.rng.random() < 0.5):
            live.append(t.alloc(t.rng.randint(8, 64)))
        else:
            k = t.rng.randrange(len(live))
            live[k], live[-1] = live[-1], live[k]
            t.free(live.pop())
    t.free_all()


def few_huge(t: Trace) -> None:
    for _ in range(40):
        r = t.rng.random()
        if not t.live or (r < 0.45 and len(t.live) < 4):
            t.alloc(t.rng.randint(256 * KiB, 3 * MiB))
        elif r < 0.65:
            i = t.rng.choice(list(t.live))
            t.realloc(i, min(4 * MiB, t.live[i] * 3 // 2))
        else:
            t.free(t.rng.choice(list(t.live)))
    t.free_all()


def lifo(t: Trace) -> None:
    stack: list[int] = []
    for _ in range(4000):
        if not stack or (len(stack) < 1000 and t.rng.random() < 0.55):
            stack.append(t.alloc(t.log_size(16, 2 * KiB)))
        else:
            t.free(stack.pop())
    t.free_all(shuffle=False)


def fifo(t: Trace) -> None:
    queue: list[int] = []
    for step in range(5000):
        if step < 1000 or not queue or (len(queue) < 1500 and t.rng.random() < 0.5):
            queue.append(t.alloc(t.log_size(16, KiB)))
        else:
            t.free(queue.pop(0))
    t.free_all(shuffle=False)


def size_thrash(t: Trace) -> None:
    pinned: list[int] = []
    for phase in range(12):
        size = 24 + 40 * phase
        blocks = [t.alloc(size) for _ in range(250)]
        pinned.append(t.alloc(t.rng.randint(16, 64)))
        for i in blocks:
            t.free(i)
    t.free_all()


def fragment(t: Trace) -> None:
    for _ in range(3):
        small = [t.alloc(64) for _ in range(1200)]
        for i in small[0::2]:
            t.free(i)
        big = [t.alloc(160) for _ in range(600)]
        for i in small[1::2] + big:
            t.free(i)


def threshold(t: Trace) -> None:
    for _ in range(300):
        r = t.rng.random()
        if r < 0.15:
            t.alloc(t.rng.randint(96 * KiB, 200 * KiB))
        elif r < 0.55 or not t.live:
            t.alloc(t.log_size(16, 4 * KiB))
        else:
            t.free(t.rng.choice(list(t.live)))
    t.free_all()


TRACES: dict[str, Callable[[Trace], None]] = {
    "random": random_mix,
    "bintree": bintree,
    "realloc-vector": realloc_vector,
    "realloc-string": realloc_string,
    "coalesce": coalesce,
    "many-small": many_small,
    "few-huge": few_huge,
    "lifo": lifo,
    "fifo": fifo,
    "size-thrash": size_thrash,
    "fragment": fragment,
    "threshold": threshold,
}


def make(name: str) -> str:
    """The text of trace `name` (seeded by its name, so a new trace changes no other)."""
    t = Trace(seed=zlib.crc32(name.encode()))
    TRACES[name](t)
    return t.text()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "traces")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in TRACES:
        text = make(name)
        (args.out / f"{name}.rep").write_text(text)
        ops = text.count("\n") - 4
        print(f"{name:16} {ops:6} ops  peak payload {int(text.split()[0]):9} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
