"""The kernel: processes, their address spaces and their system calls, in Python.

The kernel runs whenever the hart traps (design decision 4): the hart performs
trap entry as the privileged spec says, then `trap.usertrap` handles the cause —
a system call, a page fault — and returns to user mode the way `sret` does.
Modules are named as xv6 names them: `kalloc` (physical frames), `vm` (Sv39 page
tables), `vma` (the address space: areas paged in on first touch), `exec`
(loading an ELF and building the initial stack), `trap`, `syscall` (dispatch to
`sysfile`, `sysmem`, `sysproc`), `file` and `fs/` (descriptors and the file
system), `clock`, `strace` (tracing and statistics), `proc` (processes and the
kernel object).

It runs unmodified static Linux programs (glibc's too) the way qemu-user does.
One process on one hart: fork, threads, the scheduler and signal handlers come
with the processes issue.
"""
