"""The kernel: processes, their address spaces and their system calls, in Python.

The kernel runs whenever the hart traps (design decision 4): the hart performs
trap entry as the privileged spec says, then `trap.usertrap` handles the cause —
a system call, a fault — and returns to user mode the way `sret` does. Modules
are named as xv6 names them: `kalloc` (physical frames), `vm` (Sv39 page tables),
`exec` (loading an ELF and building the initial stack), `syscall`, `trap`, `proc`.

This is the minimal kernel of the machine issue: static ELF programs, eagerly
mapped, with write, exit and exit_group. Demand paging, files, processes and
threads come with the kernel issues.
"""
