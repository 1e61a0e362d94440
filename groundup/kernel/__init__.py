"""The kernel: threads, processes, their address spaces and their system calls, in Python.

The kernel runs whenever a hart traps (design decision 4): the hart performs
trap entry as the privileged spec says, then `trap.usertrap` handles the cause —
a system call, a page fault, the timer — for the thread that hart was running,
and returns to user mode the way `sret` does. Modules are named as xv6 names
them: `kalloc` (physical frames, with reference counts for copy-on-write), `vm`
(Sv39 page tables), `vma` (the address space: areas paged in on first touch,
forked copy-on-write), `exec` (loading an ELF, building the initial stack,
execve), `trap`, `syscall` (dispatch to `sysfile`, `sysmem`, `sysproc`, `signal`,
`futex`, `fork`, `exit`, `poll`, `pipe`, `sigframe`, `itimer`), `file` and `fs/`
(descriptors and the file system), `clock`, `strace` (tracing and statistics),
`proc` (threads, processes and the kernel object) and `sched` (harts and who runs
on them).

Threads and processes. A `proc.Thread` is what a hart runs: saved registers, a
state (running, runnable, blocked, zombie), a signal mask, clear_child_tid. A
`proc.Process` is a thread group: pid, address space, descriptors, dispositions,
parent and children, exit status. glibc's pthread_create is clone with
CLONE_THREAD (a new Thread in the same Process); fork is clone without CLONE_VM
(a new Process with a copy-on-write copy of the address space).

The scheduler (`sched.py`) interleaves `--cpus` harts deterministically in one host
thread: the busy hart whose clock is least runs one slice (drawn from --seed) at
a time, so threads on different harts really race; the hart's timer interrupt
ends a thread's quantum. Blocking system calls restart: a handler that must wait
raises `sched.Block` (a wait queue and/or a deadline); the thread blocks with
sepc still at its ecall, and when woken executes the ecall again, finding in
`thread.restart` what it left for itself (its deadline; whether it was woken or
interrupted). futex, wait4/waitid, nanosleep, ppoll/pselect/pause, sigsuspend,
sigtimedwait, pipe reads and writes and vfork wait this way.

Signals (signal.py) run the program's handlers on signal frames laid out as Linux
riscv's (sigframe.py), returning through a one-page "[vdso]" trampoline that calls
rt_sigreturn; a handler's signal interrupts a blocked call (-EINTR, or a restart
with SA_RESTART); faults go to handlers; setitimer/alarm deliver SIGALRM on the
virtual clock (itimer.py).

It runs unmodified static Linux programs (glibc's too) the way qemu-user does.
"""
