/*
 * vm.h - raw system calls on the address space, for the freestanding guests in
 * tests/vm (built like tests/programs: -nostdlib, see ../programs/rt.h).
 *
 * Each wrapper returns what the kernel returned: an address, 0, or -errno.
 */
#ifndef GROUNDUP_VM_H
#define GROUNDUP_VM_H

#include "../programs/rt.h"

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_FIXED_NOREPLACE 0x100000
#define MADV_DONTNEED 4
#define PAGE 4096L

#define EPERM 1
#define EBADF 9
#define ENOMEM 12
#define EEXIST 17
#define EINVAL 22

static RT_UNUSED long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a3 __asm__("a3") = d;
    register long a4 __asm__("a4") = e;
    register long a5 __asm__("a5") = f;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall"
                     : "+r"(a0)
                     : "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5), "r"(a7)
                     : "memory");
    return a0;
}

static RT_UNUSED long sys_brk(long addr) { return syscall6(214, addr, 0, 0, 0, 0, 0); }
static RT_UNUSED long sys_munmap(long addr, long len) { return syscall6(215, addr, len, 0, 0, 0, 0); }
static RT_UNUSED long sys_mmap(long addr, long len, long prot, long flags, long fd, long off)
{
    return syscall6(222, addr, len, prot, flags, fd, off);
}
static RT_UNUSED long sys_mprotect(long addr, long len, long prot)
{
    return syscall6(226, addr, len, prot, 0, 0, 0);
}
static RT_UNUSED long sys_madvise(long addr, long len, long advice)
{
    return syscall6(233, addr, len, advice, 0, 0, 0);
}
static RT_UNUSED long anon(long len, long prot)
{
    return sys_mmap(0, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

/* "label=value" with value an errno name when it is one, else ok/bad. */
static RT_UNUSED void pr_ret(const char *label, long r)
{
    put_str(label);
    put_char('=');
    if (r >= 0)
        put_str("ok");
    else if (r == -EPERM)
        put_str("EPERM");
    else if (r == -EBADF)
        put_str("EBADF");
    else if (r == -ENOMEM)
        put_str("ENOMEM");
    else if (r == -EEXIST)
        put_str("EEXIST");
    else if (r == -EINVAL)
        put_str("EINVAL");
    else
        put_i64(r);
    put_nl();
}

#endif
