"""groundup's C library: C and a little assembly, compiled by groundup cc itself.

Its place in the path of a program: hello.c ─cc─> hello.o, then
crt1.o crti.o hello.o libc.a crtn.o ─ld─> a static executable (`groundup cc
--libc=groundup`, or `groundup run hello.c`). `build.py` compiles the sources on
first use and keeps the result in the user's cache directory, one build per
version of the sources and of the compiler.

    include/       the headers programs include (LP64, Linux's layouts and numbers)
    src/crt1.S     _start: the initial stack -> __libc_start_main (start.c)
    src/start.c    argc/argv/envp/auxv, the main thread's TLS, constructors, main
    src/exit.c     exit: atexit handlers, destructors, stdio flush, exit_group; abort
    src/syscall.S  the system-call stub (ecall); errno.c turns -errno into errno
    src/unistd.c   the POSIX wrappers (read, write, open, lseek, brk/sbrk, mmap ...)
    src/memory.c, string.c, ctype.c, strtol.c, stdlib.c, strerror.c
    src/malloc.c   the book's allocator: boundary tags, segregated explicit free
                   lists, splitting, immediate coalescing, best or first fit,
                   mmap for large blocks, a heap walk and a checker (its header
                   comment explains the design and its trade-offs)
    src/stdio.c    FILE: buffering modes, the standard streams, positioning, locks
    src/printf.c   the printf family's engine; fmtfloat.c: exact decimal digits of
                   doubles and long doubles (big integers), so %f %e %g print
                   what glibc prints
    src/scanf.c    the scanf family; strtod.c: correctly rounded decimal -> double
    src/math.c     the exact part of math.h (rounding, fmod, frexp, sqrt, fma ...)
    src/pthread.c  threads over clone (clone.S) and futex: mutexes, condition
                   variables, once, keys, semaphores
    src/setjmp.S, signal.c, time.c, strftime.c, dirent.c, lock.c

libc.a needs nothing from gcc's libgcc; a program's own long double arithmetic
does (groundup cc calls __addtf3 ...), so the driver adds libgcc.a from the cross
toolchain when it is installed.

What it leaves out (for now): the transcendental functions of math.h (sin, exp,
log, pow ...) and the long double ones (sqrtl, floorl ...); strtold (scanf's %Lf
reads at double precision); wide characters and locales beyond "C"; sockets and
epoll headers; positional printf arguments (%1$d).
"""
