"""What a user can choose about a run: engine, seed, clocks, mounts, tracing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from groundup.kernel.param import CPUS, MAX_PROCS, QUANTUM
from groundup.machine.machine import EngineName
from groundup.machine.memory import DEFAULT_RAM_SIZE


@dataclass(frozen=True, slots=True)
class Mount:
    """A host directory that the guest sees at `guest` (an absolute guest path)."""

    host: Path
    guest: str
    readonly: bool = False


@dataclass(frozen=True, slots=True)
class Options:
    engine: EngineName = "fast"
    seed: int = 0  # AT_RANDOM, getrandom, /dev/urandom
    realtime: bool = False  # clocks from the host instead of retired instructions
    mounts: tuple[Mount, ...] = ()
    cwd: str = "/"  # the guest's working directory at start
    trace: frozenset[str] = field(default_factory=frozenset)  # {"syscall", "sched"}
    stats: bool = False
    ram_size: int = DEFAULT_RAM_SIZE
    cpus: int = CPUS  # harts
    quantum: int = QUANTUM  # instructions a thread keeps its hart (perturbed by the seed)
    max_procs: int = MAX_PROCS  # processes at once (alive or zombie); fork fails past it
