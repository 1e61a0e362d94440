/*
 * rt.h - a tiny freestanding runtime for groundup's differential test programs.
 *
 * Every tests/programs/NAME.c includes this header exactly once.  The programs
 * are built with
 *     riscv64-linux-gnu-gcc -O0|-O2 -march=rv64gc -mabi=lp64d -static -nostdlib
 *         -ffreestanding -fno-builtin -fno-pic -no-pie NAME.c -lgcc
 * and must only use two system calls: write (64) and exit / exit_group (93/94).
 *
 * Provides:
 *   _start           entry point (sets gp, calls main(), exits with its value)
 *   sys_write/sys_exit/sys_exit_group   raw ecall wrappers
 *   put_*            buffered output helpers (4 KiB buffer, flushed when full
 *                    and at exit; rt_unbuffered = 1 makes every put_* call a
 *                    write(2) of its own)
 *   ck()/rt_status() a running checksum a program can turn into its exit status
 *   memcpy/memset/memmove/memcmp  (non-static: gcc may emit calls to them)
 */
#ifndef GROUNDUP_RT_H
#define GROUNDUP_RT_H

#include <stdint.h>
#include <stddef.h>

#define RT_UNUSED __attribute__((unused))
#define NOINLINE __attribute__((noinline))
/* Hide a value from the optimizer so -O2 cannot constant-fold a computation. */
#define OPAQUE(x) ({ __auto_type _o = (x); __asm__ volatile("" : "+r"(_o)); _o; })
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

int main(void);

/* ------------------------------------------------------------------ syscalls */

static RT_UNUSED long sys_write(int fd, const void *buf, size_t n)
{
    register long a0 __asm__("a0") = fd;
    register long a1 __asm__("a1") = (long)buf;
    register long a2 __asm__("a2") = (long)n;
    register long a7 __asm__("a7") = 64;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return a0;
}

static RT_UNUSED __attribute__((noreturn)) void sys_exit(int status)
{
    register long a0 __asm__("a0") = status;
    register long a7 __asm__("a7") = 93;
    __asm__ volatile("ecall" : : "r"(a0), "r"(a7) : "memory");
    __builtin_unreachable();
}

static RT_UNUSED __attribute__((noreturn)) void sys_exit_group(int status)
{
    register long a0 __asm__("a0") = status;
    register long a7 __asm__("a7") = 94;
    __asm__ volatile("ecall" : : "r"(a0), "r"(a7) : "memory");
    __builtin_unreachable();
}

/* ------------------------------------------------------------ mem functions */
/* The empty asm statements keep gcc from turning these loops into calls to
 * themselves (-ftree-loop-distribute-patterns). */

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--) {
        *d++ = *s++;
        __asm__ volatile("" ::: "memory");
    }
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    while (n--) {
        *d++ = (unsigned char)c;
        __asm__ volatile("" ::: "memory");
    }
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d < s) {
        while (n--) {
            *d++ = *s++;
            __asm__ volatile("" ::: "memory");
        }
    } else if (d > s) {
        d += n;
        s += n;
        while (n--) {
            *--d = *--s;
            __asm__ volatile("" ::: "memory");
        }
    }
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    for (; n; n--, p++, q++) {
        if (*p != *q)
            return *p < *q ? -1 : 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ output */

#define RT_BUFSZ 4096
static char rt_buf[RT_BUFSZ];
static size_t rt_len;
static RT_UNUSED int rt_unbuffered;  /* set to 1 for one write(2) per put_* call */
static uint64_t rt_out_hash = 0xcbf29ce484222325ULL;  /* FNV-1a of all output */

static RT_UNUSED void rt_flush(void)
{
    size_t off = 0;
    while (off < rt_len) {
        long r = sys_write(1, rt_buf + off, rt_len - off);
        if (r <= 0)
            break;
        off += (size_t)r;
    }
    rt_len = 0;
}

static RT_UNUSED void put_char(char c)
{
    rt_out_hash = (rt_out_hash ^ (unsigned char)c) * 0x100000001b3ULL;
    rt_buf[rt_len++] = c;
    if (rt_len == RT_BUFSZ)
        rt_flush();
}

/* put_* functions call this at their end. */
static RT_UNUSED void rt_put_done(void)
{
    if (rt_unbuffered)
        rt_flush();
}

static RT_UNUSED void put_mem(const char *s, size_t n)
{
    while (n--)
        put_char(*s++);
    rt_put_done();
}

static RT_UNUSED void put_str(const char *s)
{
    while (*s)
        put_char(*s++);
    rt_put_done();
}

static RT_UNUSED void put_nl(void)
{
    put_char('\n');
    rt_put_done();
}

static RT_UNUSED void put_u64(uint64_t v)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        put_char(tmp[--n]);
    rt_put_done();
}

static RT_UNUSED void put_i64(int64_t v)
{
    if (v < 0) {
        put_char('-');
        put_u64(-(uint64_t)v);
    } else {
        put_u64((uint64_t)v);
    }
}

/* Fixed-width lower-case hex, `digits` nibbles (1..16), no prefix. */
static RT_UNUSED void put_hexn(uint64_t v, int digits)
{
    for (int i = digits - 1; i >= 0; i--)
        put_char("0123456789abcdef"[(v >> (4 * i)) & 15]);
    rt_put_done();
}

static RT_UNUSED void put_hex64(uint64_t v) { put_hexn(v, 16); }
static RT_UNUSED void put_hex32(uint32_t v) { put_hexn(v, 8); }

/* Minimal hex with 0x prefix. */
static RT_UNUSED void put_hex(uint64_t v)
{
    int digits = 1;
    while (digits < 16 && (v >> (4 * digits)))
        digits++;
    put_char('0');
    put_char('x');
    put_hexn(v, digits);
}

static RT_UNUSED uint64_t f64_bits(double d)
{
    union { double d; uint64_t u; } u = { .d = d };
    return u.u;
}

static RT_UNUSED uint32_t f32_bits(float f)
{
    union { float f; uint32_t u; } u = { .f = f };
    return u.u;
}

static RT_UNUSED double bits_f64(uint64_t v)
{
    union { double d; uint64_t u; } u = { .u = v };
    return u.d;
}

static RT_UNUSED float bits_f32(uint32_t v)
{
    union { float f; uint32_t u; } u = { .u = v };
    return u.f;
}

static RT_UNUSED void put_f64bits(double d) { put_hex64(f64_bits(d)); }
static RT_UNUSED void put_f32bits(float f) { put_hex32(f32_bits(f)); }

/*
 * Decimal rendering of a double using integer operations only: sign, integer
 * part, '.', and `frac_digits` (0..9) truncated fractional digits.  Values with
 * magnitude >= 2^63 print as "big", NaN/Inf as "nan"/"inf".
 */
static RT_UNUSED void put_f64dec(double d, int frac_digits)
{
    uint64_t b = f64_bits(d);
    int exp = (int)((b >> 52) & 0x7ff);
    uint64_t man = b & ((1ULL << 52) - 1);
    if (b >> 63)
        put_char('-');
    if (exp == 0x7ff) {
        put_str(man ? "nan" : "inf");
        return;
    }
    if (exp == 0)
        exp = 1;
    else
        man |= 1ULL << 52;
    int e = exp - 1075;  /* value = man * 2^e */
    uint64_t ip;
    unsigned __int128 frac = 0;  /* fraction = frac / 2^k */
    int k = 0;
    if (e >= 0) {
        if (e > 10) {
            put_str("big");
            return;
        }
        ip = man << e;
    } else {
        k = -e;
        if (k >= 64) {
            ip = 0;
            frac = man;
        } else {
            ip = man >> k;
            frac = man & ((1ULL << k) - 1);
        }
    }
    put_u64(ip);
    if (frac_digits <= 0)
        return;
    put_char('.');
    for (int i = 0; i < frac_digits; i++) {
        frac *= 10;  /* frac < 2^(k+4) stays far below 2^128 while k <= 120 */
        if (k > 120) {
            put_char('0');
            continue;
        }
        put_char((char)('0' + (int)(frac >> k)));
        frac &= (((unsigned __int128)1) << k) - 1;
    }
    rt_put_done();
}

/* "label=0x<16 hex digits>\n" style helpers used by most programs. */
static RT_UNUSED void pr_hex64(const char *label, uint64_t v)
{
    put_str(label);
    put_char('=');
    put_hex64(v);
    put_nl();
}

static RT_UNUSED void pr_hex32(const char *label, uint32_t v)
{
    put_str(label);
    put_char('=');
    put_hex32(v);
    put_nl();
}

static RT_UNUSED void pr_i64(const char *label, int64_t v)
{
    put_str(label);
    put_char('=');
    put_i64(v);
    put_nl();
}

static RT_UNUSED void pr_u64(const char *label, uint64_t v)
{
    put_str(label);
    put_char('=');
    put_u64(v);
    put_nl();
}

/* --------------------------------------------------------------- checksum */

static uint64_t rt_ck = 0x9e3779b97f4a7c15ULL;

/* Mix a value into the program checksum. */
static RT_UNUSED void ck(uint64_t v)
{
    rt_ck ^= v;
    rt_ck *= 0xff51afd7ed558ccdULL;
    rt_ck ^= rt_ck >> 29;
}

/* An exit status in 0..255 that depends on everything printed and ck()'d. */
static RT_UNUSED int rt_status(void)
{
    uint64_t h = rt_ck ^ rt_out_hash;
    h ^= h >> 32;
    h ^= h >> 16;
    h ^= h >> 8;
    return (int)(h & 0xff);
}

/* -------------------------------------------------------------- entry/exit */

__attribute__((used, noreturn)) void rt_exit(int status)
{
    rt_flush();
    sys_exit(status);
}

__attribute__((naked, used, section(".text.start"))) void _start(void)
{
    __asm__ volatile(
        ".option push\n\t"
        ".option norelax\n\t"
        "la gp, __global_pointer$\n\t"
        ".option pop\n\t"
        "li a0, 0\n\t"   /* argc = 0 */
        "li a1, 0\n\t"   /* argv = NULL */
        "call main\n\t"
        "tail rt_exit\n\t");
}

#endif /* GROUNDUP_RT_H */
