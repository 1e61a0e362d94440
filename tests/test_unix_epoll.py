"""AF_UNIX socket pairs and epoll on groundup, against qemu-riscv64.

`tests/threads/unix_sockets.c` covers stream, datagram and seqpacket pairs: end of
file, EPIPE and SIGPIPE (and MSG_NOSIGNAL), ECONNRESET, EAGAIN, MSG_PEEK, MSG_WAITALL,
MSG_TRUNC, shutdown, poll and select, a producer thread blocking on a full socket, a
signal interrupting a recv, options, names, fstat and the errors of socketpair.
`tests/threads/epoll_events.c` covers level- and edge-triggered and one-shot interests,
EPOLLHUP and EPOLLRDHUP, epoll_ctl's and epoll_wait's errors, timeouts, interests
outliving a closed duplicate, nested epolls, a thread and a signal waking a wait, and
two processes talking over a socketpair with epoll. Each prints only what holds for
every interleaving, so it must also print the same on one hart or four, for other
seeds. The programs in tests/cc/valid2 (real_15_socketpair, real_16_epoll_pipe) are
run by test_cc_corpus.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from test_threads import (
    OPT_ENGINES,
    VARIATIONS,
    Program,
    assert_same,
    build,
    groundup,
    program,
    qemu,
)

from groundup.kernel.options import Options
from groundup.kernel.proc import Kernel

PROGRAMS = [program("unix_sockets"), program("epoll_events")]
IDS = [p.name for p in PROGRAMS]


@pytest.mark.parametrize(("opt", "engine"), OPT_ENGINES)
@pytest.mark.parametrize("p", PROGRAMS, ids=IDS)
def test_program(p: Program, opt: str, engine: str, tmp_path: Path) -> None:
    elf = build(p, opt)
    assert_same(qemu(p, elf), groundup(elf, tmp_path, engine=engine))


@pytest.mark.parametrize("flags", VARIATIONS.values(), ids=VARIATIONS.keys())
@pytest.mark.parametrize("p", PROGRAMS, ids=IDS)
def test_program_on_other_harts_and_seeds(p: Program, flags: tuple[str, ...],
                                          tmp_path: Path) -> None:  # fmt: skip
    elf = build(p, "O2")
    assert_same(qemu(p, elf), groundup(elf, tmp_path, flags=flags))


def test_trace_decodes_socket_and_epoll_calls() -> None:
    """--trace=syscall names the families, types, flags, options and epoll events."""
    elf = build(program("epoll_events"), "O2")
    err = io.BytesIO()
    kernel = Kernel(options=Options(trace=frozenset({"syscall"})), stdout=io.BytesIO(), stderr=err,
                    stdin=io.BytesIO())  # fmt: skip
    result = kernel.run(kernel.spawn("prog", elf.read_bytes(), ["prog"], []))
    assert result.code == 0
    text = err.getvalue().decode()
    assert "epoll_create1(EPOLL_CLOEXEC) = " in text
    assert "EPOLL_CTL_ADD" in text and "{events=EPOLLIN|EPOLLET, data=0x2}" in text
    assert "socketpair(AF_UNIX, SOCK_SEQPACKET, 0, [" in text
    assert "shutdown(" in text and "SHUT_WR) = 0" in text
    assert "-1 ELOOP (Too many levels of symbolic links)" in text
