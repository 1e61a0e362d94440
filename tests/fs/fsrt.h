/*
 * fsrt.h - a freestanding runtime for the file-system guests in tests/fs.
 *
 * Raw ecalls for the file system calls (asm-generic numbers), _start that passes
 * argc/argv to main, and a few output helpers. No libc: these programs depend on
 * nothing but the calls they test. Build flags: see tests/oracle.py
 * FREESTANDING_FLAGS.
 */
#ifndef GROUNDUP_FSRT_H
#define GROUNDUP_FSRT_H

#define AT_FDCWD (-100)
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_REMOVEDIR 0x200
#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_CREAT 0100
#define O_EXCL 0200
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
#define O_PATH 010000000

static long sc6(long n, long a, long b, long c, long d, long e, long f)
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

#define sys_openat(d, p, f, m) sc6(56, (d), (long)(p), (f), (m), 0, 0)
#define sys_close(fd) sc6(57, (fd), 0, 0, 0, 0, 0)
#define sys_read(fd, b, n) sc6(63, (fd), (long)(b), (n), 0, 0, 0)
#define sys_write(fd, b, n) sc6(64, (fd), (long)(b), (n), 0, 0, 0)
#define sys_getdents64(fd, b, n) sc6(61, (fd), (long)(b), (n), 0, 0, 0)
#define sys_readlinkat(d, p, b, n) sc6(78, (d), (long)(p), (long)(b), (n), 0, 0)
#define sys_newfstatat(d, p, b, f) sc6(79, (d), (long)(p), (long)(b), (f), 0, 0)
#define sys_mkdirat(d, p, m) sc6(34, (d), (long)(p), (m), 0, 0, 0)
#define sys_unlinkat(d, p, f) sc6(35, (d), (long)(p), (f), 0, 0, 0)
#define sys_renameat2(od, op, nd, np, f) sc6(276, (od), (long)(op), (nd), (long)(np), (f), 0)
#define sys_chdir(p) sc6(49, (long)(p), 0, 0, 0, 0, 0)
#define sys_getcwd(b, n) sc6(17, (long)(b), (n), 0, 0, 0, 0)
#define sys_faccessat(d, p, m) sc6(48, (d), (long)(p), (m), 0, 0, 0)
#define sys_ftruncate(fd, n) sc6(46, (fd), (n), 0, 0, 0, 0)
#define sys_exit(s) sc6(93, (s), 0, 0, 0, 0, 0)

static unsigned long slen(const char *s)
{
    unsigned long n = 0;
    while (s[n])
        n++;
    return n;
}

static void put(const char *s) { sys_write(1, s, slen(s)); }

static void put_num(long v)
{
    char tmp[24];
    int n = 0;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[n++] = '-';
    char out[24];
    for (int i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    sys_write(1, out, n);
}

/* "label=value\n" */
static void show(const char *label, long value)
{
    put(label);
    put("=");
    put_num(value);
    put("\n");
}

/* Concatenate a and b into buf (size 4096). */
static char *cat(char *buf, const char *a, const char *b)
{
    unsigned long i = 0;
    for (; *a && i < 4095; a++)
        buf[i++] = *a;
    for (; *b && i < 4095; b++)
        buf[i++] = *b;
    buf[i] = 0;
    return buf;
}

int main(int argc, char **argv);

__attribute__((naked, used, noreturn)) void _start(void)
{
    __asm__ volatile(".option push\n\t"
                     ".option norelax\n\t"
                     "la gp, __global_pointer$\n\t"
                     ".option pop\n\t"
                     "ld a0, 0(sp)\n\t"
                     "addi a1, sp, 8\n\t"
                     "call main\n\t"
                     "li a7, 93\n\t"
                     "ecall\n\t");
}

#endif
