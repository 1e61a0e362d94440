/* The system-call layer: Linux's RISC-V convention. The number goes in a7, up to six
 * arguments in a0-a5, `ecall` traps into the kernel, and the result comes back in a0:
 * a value, or -errno (-4095..-1) for a failure. __syscall_ret turns the latter into
 * errno = e and -1, as the POSIX wrappers must. Numbers: asm-generic/unistd.h. */
#ifndef _GU_SYSCALL_H
#define _GU_SYSCALL_H

#define SYS_getcwd 17
#define SYS_epoll_create1 20
#define SYS_epoll_ctl 21
#define SYS_epoll_pwait 22
#define SYS_dup 23
#define SYS_dup3 24
#define SYS_fcntl 25
#define SYS_ioctl 29
#define SYS_mkdirat 34
#define SYS_unlinkat 35
#define SYS_symlinkat 36
#define SYS_linkat 37
#define SYS_ftruncate 46
#define SYS_faccessat 48
#define SYS_chdir 49
#define SYS_fchmod 52
#define SYS_fchmodat 53
#define SYS_openat 56
#define SYS_close 57
#define SYS_pipe2 59
#define SYS_getdents64 61
#define SYS_lseek 62
#define SYS_read 63
#define SYS_write 64
#define SYS_readv 65
#define SYS_writev 66
#define SYS_pread64 67
#define SYS_pwrite64 68
#define SYS_readlinkat 78
#define SYS_newfstatat 79
#define SYS_fstat 80
#define SYS_fsync 82
#define SYS_exit 93
#define SYS_exit_group 94
#define SYS_set_tid_address 96
#define SYS_futex 98
#define SYS_nanosleep 101
#define SYS_clock_gettime 113
#define SYS_clock_getres 114
#define SYS_sched_yield 124
#define SYS_kill 129
#define SYS_tgkill 131
#define SYS_rt_sigaction 134
#define SYS_rt_sigprocmask 135
#define SYS_uname 160
#define SYS_umask 166
#define SYS_getpid 172
#define SYS_getppid 173
#define SYS_getuid 174
#define SYS_geteuid 175
#define SYS_getgid 176
#define SYS_getegid 177
#define SYS_gettid 178
#define SYS_socket 198
#define SYS_socketpair 199
#define SYS_bind 200
#define SYS_listen 201
#define SYS_accept 202
#define SYS_connect 203
#define SYS_getsockname 204
#define SYS_getpeername 205
#define SYS_sendto 206
#define SYS_recvfrom 207
#define SYS_setsockopt 208
#define SYS_getsockopt 209
#define SYS_shutdown 210
#define SYS_sendmsg 211
#define SYS_recvmsg 212
#define SYS_brk 214
#define SYS_munmap 215
#define SYS_mremap 216
#define SYS_clone 220
#define SYS_execve 221
#define SYS_mmap 222
#define SYS_mprotect 226
#define SYS_msync 227
#define SYS_madvise 233
#define SYS_accept4 242
#define SYS_wait4 260
#define SYS_renameat2 276
#define SYS_getrandom 278

/* In assembly (syscall.S): a C version with register variables (`register long a7
 * __asm__("a7")`) is what one would write, but groundup cc does not yet place such
 * variables in their registers for asm operands. */
long __syscall6(long n, long a, long b, long c, long d, long e, long f);
#define __syscall3(n, a, b, c) __syscall6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)

#define __syscall0(n) __syscall3(n, 0, 0, 0)
#define __syscall1(n, a) __syscall3(n, (long)(a), 0, 0)
#define __syscall2(n, a, b) __syscall3(n, (long)(a), (long)(b), 0)
#define __syscall4(n, a, b, c, d) __syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define __syscall5(n, a, b, c, d, e) \
    __syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

/* -errno -> errno and -1; anything else is the result. */
long __syscall_ret(long r);

#define SYSCALL0(n) __syscall_ret(__syscall0(n))
#define SYSCALL1(n, a) __syscall_ret(__syscall1(n, a))
#define SYSCALL2(n, a, b) __syscall_ret(__syscall2(n, a, b))
#define SYSCALL3(n, a, b, c) __syscall_ret(__syscall3(n, (long)(a), (long)(b), (long)(c)))
#define SYSCALL4(n, a, b, c, d) __syscall_ret(__syscall4(n, a, b, c, d))
#define SYSCALL5(n, a, b, c, d, e) __syscall_ret(__syscall5(n, a, b, c, d, e))
#define SYSCALL6(n, a, b, c, d, e, f) \
    __syscall_ret(__syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f)))

#endif
