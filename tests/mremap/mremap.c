/* mremap(2) against Linux: shrinking, growing in place, moving (the pages go along,
 * the old range is gone), MREMAP_FIXED, MREMAP_DONTUNMAP, duplicating a shared
 * mapping, a private file mapping, copy-on-write pages after fork, glibc's realloc of
 * mmapped blocks, /proc/self/maps around it, and the argument errors.
 *
 * One "name=value" line per fact. Addresses never appear: qemu-user moves a
 * MREMAP_MAYMOVE mapping even where Linux grows or shrinks it in place, so only
 * in-place calls without MREMAP_MAYMOVE say where their result is. Built with
 * riscv64-linux-gnu-gcc -static (glibc). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define P 4096L
#define RW (PROT_READ | PROT_WRITE)
#define ANON (MAP_PRIVATE | MAP_ANONYMOUS)

static void say(const char *name, long value) { printf("%s=%ld\n", name, value); }

static const char *errname(int e)
{
    switch (e) {
    case EINVAL: return "EINVAL";
    case EFAULT: return "EFAULT";
    case ENOMEM: return "ENOMEM";
    case EPERM: return "EPERM";
    case EAGAIN: return "EAGAIN";
    default: return "other";
    }
}

/* The result of a call that returns an address: "ok" or the errno's name. */
static void said(const char *name, void *r)
{
    printf("%s=%s\n", name, r == MAP_FAILED ? errname(errno) : "ok");
}

static sigjmp_buf probe_env;
static volatile int probing;

static void on_fault(int sig)
{
    if (!probing) {
        static const char msg[] = "unexpected fault\n";
        write(2, msg, sizeof msg - 1);
        _exit(3);
    }
    probing = 0;
    siglongjmp(probe_env, sig);
}

/* Whether touching the byte at p (reading, or writing it back) faults. */
static int faults(volatile char *p, int write)
{
    if (sigsetjmp(probe_env, 1))
        return 1;
    probing = 1;
    char c = *p;
    if (write)
        *p = c;
    probing = 0;
    return 0;
}

static void *map(void *at, long len, int prot, int flags)
{
    void *p = mmap(at, len, prot, flags | (at ? MAP_FIXED : 0), -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(1);
    }
    return p;
}

/* A PROT_NONE reservation whose holes take the mappings under test, so that their
 * neighbours (and /proc/self/maps lines) are the same on every kernel. */
static char *reserve(long pages) { return map(0, pages * P, PROT_NONE, ANON); }

static void fill(char *p, long pages, char first)
{
    for (long i = 0; i < pages; i++)
        memset(p + i * P, first + i, P);
}

/* Whether each page i of p is all first + i. */
static int filled(const char *p, long pages, char first)
{
    for (long i = 0; i < pages; i++)
        for (long j = 0; j < P; j += 512)
            if (p[i * P + j] != (char)(first + i) || p[i * P + P - 1] != (char)(first + i))
                return 0;
    return 1;
}

static int zero(const char *p, long pages)
{
    for (long i = 0; i < pages * P; i += 256)
        if (p[i])
            return 0;
    return 1;
}

/* The /proc/self/maps line holding p: permissions, size in pages, offset; or "none". */
static void maps_line(const char *name, const void *p)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    unsigned long lo, hi, off;
    char perms[8], path[256];
    const char *shown = "none";
    char out[400];
    while (f && fgets(line, sizeof line, f)) {
        path[0] = 0;
        if (sscanf(line, "%lx-%lx %7s %lx %*s %*s %255s", &lo, &hi, perms, &off, path) < 4)
            continue;
        if (lo <= (unsigned long)p && (unsigned long)p < hi) {
            snprintf(out, sizeof out, "%s,%s,%lu,%s", (unsigned long)p == lo ? "start" : "inside",
                     perms, (hi - lo) / P, strncmp(path, "/tmp/mremap", 11) ? path : "tmpfile");
            snprintf(out + strlen(out), sizeof out - strlen(out), ",off=%lx", off);
            shown = out;
            break;
        }
    }
    if (f)
        fclose(f);
    printf("%s=%s\n", name, shown);
}

static void shrink_and_grow(void)
{
    char *r = reserve(12);
    char *a = map(r + P, 4 * P, RW, ANON);
    fill(a, 4, 'a');
    maps_line("maps_before", a);
    char *s = mremap(a, 4 * P, 2 * P, 0);
    say("shrink_in_place", s == a);
    say("shrink_kept", filled(a, 2, 'a'));
    say("shrink_tail_faults", faults(a + 2 * P, 0));
    maps_line("maps_shrunk", a);
    /* grow back into the hole the shrink left; the next page is PROT_NONE */
    char *g = mremap(a, 2 * P, 4 * P, 0);
    say("grow_in_place", g == a);
    say("grow_kept", filled(a, 2, 'a'));
    say("grow_new_zero", zero(a + 2 * P, 2));
    a[3 * P] = 1;
    maps_line("maps_grown", a);
    said("grow_blocked", mremap(a, 4 * P, 5 * P, 0));
    /* a shrink may span areas: only the tail goes */
    mprotect(a + 2 * P, 2 * P, PROT_READ);
    say("shrink_across", mremap(a, 4 * P, P, 0) == a);
    say("shrink_across_gone", faults(a + 2 * P, 0));
    say("same_size", mremap(a, P, P, 0) == a);
    munmap(r, 12 * P);
}

static void move(void)
{
    char *r = reserve(4);
    char *a = map(r, 3 * P, RW, ANON);
    fill(a, 3, 'm');
    a[P + 7] = 'x';
    char *b = mremap(a, 3 * P, 64 * P, MREMAP_MAYMOVE);
    said("move", b);
    say("move_moved", b != a);
    say("move_kept", b[P + 7] == 'x' && filled(b, 1, 'm') && filled(b + 2 * P, 1, 'o'));
    say("move_new_zero", zero(b + 3 * P, 61));
    b[63 * P] = 5;
    say("move_old_faults", faults(a, 0) && faults(a + 2 * P, 0));
    /* the old range is free again: a fixed mapping that must not replace fits there */
    void *again = mmap(a, 3 * P, RW, ANON | MAP_FIXED_NOREPLACE, -1, 0);
    say("move_old_free", again == a);
    munmap(a, 3 * P);
    /* part of an area moves, the rest stays */
    char *c = mremap(b + P, P, 2 * P, MREMAP_MAYMOVE);
    said("move_part", c);
    say("move_part_kept", c[7] == 'x' && zero(c + P, 1));
    say("move_part_rest", filled(b, 1, 'm') && filled(b + 2 * P, 1, 'o') && faults(b + P, 0));
    munmap(c, 2 * P);
    munmap(b, 64 * P);
    munmap(r, 4 * P);
    /* the protection goes along */
    char *ro = map(0, 2 * P, PROT_READ, ANON);
    char *r2 = reserve(8);
    char *m = mremap(ro, 2 * P, 3 * P, MREMAP_MAYMOVE | MREMAP_FIXED, r2 + 2 * P);
    say("fixed_at", m == r2 + 2 * P);
    say("readonly_reads", !faults(m + 2 * P, 0));
    say("readonly_writes", !faults(m, 1));
    maps_line("maps_readonly", m);
    munmap(r2, 8 * P);
}

static void fixed(void)
{
    char *r = reserve(16);
    char *src = map(r + P, 2 * P, RW, ANON);
    char *dst = map(r + 8 * P, 4 * P, RW, ANON);
    fill(src, 2, 's');
    fill(dst, 4, 'D');
    char *m = mremap(src, 2 * P, 3 * P, MREMAP_MAYMOVE | MREMAP_FIXED, dst);
    say("fixed", m == dst);
    say("fixed_data", filled(dst, 2, 's'));
    say("fixed_replaced_zero", zero(dst + 2 * P, 1));
    say("fixed_beyond_kept", filled(dst + 3 * P, 1, 'G'));
    say("fixed_old_faults", faults(src, 0));
    maps_line("maps_fixed_old", src);
    /* shrinking while moving */
    char *n = mremap(dst, 3 * P, P, MREMAP_MAYMOVE | MREMAP_FIXED, r + 13 * P);
    say("fixed_shrink", n == r + 13 * P && filled(n, 1, 's') && faults(dst + P, 0));
    say("fixed_shrink_next", filled(dst + 3 * P, 1, 'G'));
    munmap(r, 16 * P);
}

static void errors(void)
{
    char *r = reserve(8);
    char *a = map(r + P, 2 * P, RW, ANON);
    said("e_unaligned", mremap(a + 1, P, P, 0));
    said("e_flags", mremap(a, P, P, 8));
    said("e_fixed_alone", mremap(a, P, P, MREMAP_FIXED, r + 5 * P));
    said("e_new_zero_maymove", mremap(a, P, 0, MREMAP_MAYMOVE));
    said("e_new_zero", mremap(a, P, 0, 0));
    said("e_overlap", mremap(a, 2 * P, 2 * P, MREMAP_MAYMOVE | MREMAP_FIXED, a + P));
    said("e_new_unaligned", mremap(a, P, P, MREMAP_MAYMOVE | MREMAP_FIXED, r + 5 * P + 8));
    said("e_unmapped", mremap(r + 7 * P + 0x100000, P, 2 * P, MREMAP_MAYMOVE));
    munmap(r, 8 * P);
    said("e_unmapped_now", mremap(a, P, 2 * P, MREMAP_MAYMOVE));
    r = reserve(8);
    a = map(r + P, 2 * P, RW, ANON);
    mprotect(a + P, P, PROT_READ);
    said("e_two_areas", mremap(a, 2 * P, 3 * P, MREMAP_MAYMOVE));
    said("e_past_area", mremap(a, 3 * P, 4 * P, MREMAP_MAYMOVE));
    said("e_no_room", mremap(a, P, 2 * P, 0));
    said("e_dup_private", mremap(a, 0, P, MREMAP_MAYMOVE));
    said("e_huge", mremap(a, P, 1L << 45, MREMAP_MAYMOVE));
    said("e_dontunmap_resize", mremap(a, P, 2 * P, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, (void *)0));
    said("e_dontunmap_alone", mremap(a, P, P, MREMAP_DONTUNMAP, (void *)0));
    munmap(r, 8 * P);
}

static void dontunmap_and_dup(void)
{
    char *a = map(0, 2 * P, RW, ANON);
    fill(a, 2, 'd');
    char *b = mremap(a, 2 * P, 2 * P, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, (void *)0);
    said("dontunmap", b);
    say("dontunmap_moved", b != a && filled(b, 2, 'd'));
    say("dontunmap_old_zero", !faults(a, 1) && zero(a, 2));
    munmap(a, 2 * P);
    munmap(b, 2 * P);
    /* old_size 0 makes a second view of a shared mapping */
    char *s = map(0, 3 * P, RW, MAP_SHARED | MAP_ANONYMOUS);
    s[0] = 's';
    char *d = mremap(s, 0, 2 * P, MREMAP_MAYMOVE);
    said("dup", d);
    if (d == MAP_FAILED) /* qemu-user refuses old_size 0 (ENOMEM) */
        return;
    say("dup_sees", d != s && d[0] == 's');
    d[1] = 't';
    d[P + 3] = 'u';
    s[P + 4] = 'v';
    say("dup_shares", s[1] == 't' && s[P + 3] == 'u' && d[P + 4] == 'v');
    munmap(d, 2 * P);
    say("dup_survives", s[1] == 't' && s[P + 3] == 'u');
    munmap(s, 3 * P);
}

static void file_mapping(void)
{
    char path[] = "/tmp/mremapXXXXXX";
    int fd = mkstemp(path);
    char page[P];
    for (int i = 0; i < 5; i++) {
        memset(page, 'a' + i, P);
        if (write(fd, page, P) != P)
            perror("write");
    }
    /* file pages 1..3 */
    char *f = mmap(0, 3 * P, RW, MAP_PRIVATE, fd, P);
    said("file_map", f);
    say("file_first", f[0] == 'b');
    f[P] = 'X'; /* a private copy of this page */
    maps_line("maps_file", f);
    char *r = reserve(8);
    char *m = mremap(f, 3 * P, 4 * P, MREMAP_MAYMOVE | MREMAP_FIXED, r + 2 * P);
    say("file_moved", m == r + 2 * P);
    say("file_kept", m[0] == 'b' && m[P] == 'X' && m[P + 1] == 'c');
    say("file_untouched", filled(m + 2 * P, 1, 'd'));
    say("file_grown", filled(m + 3 * P, 1, 'e'));
    maps_line("maps_file_moved", m);
    maps_line("maps_file_part", m + 3 * P);
    munmap(r, 8 * P);
    close(fd);
    unlink(path);
}

static void after_fork(void)
{
    char *r = reserve(5);
    char *a = map(r, 4 * P, RW, ANON);
    fill(a, 4, 'A');
    int go[2];
    if (pipe(go))
        perror("pipe");
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char c;
        close(go[1]);
        if (read(go[0], &c, 1) != 1)
            _exit(2);
        say("child_sees_own", filled(a, 4, 'A'));
        a[P] = 'c';
        say("child_writes", a[P] == 'c' && a[P + 1] == 'B');
        fflush(stdout);
        _exit(0);
    }
    close(go[0]);
    char *b = mremap(a, 4 * P, 8 * P, MREMAP_MAYMOVE);
    said("parent_move", b);
    say("parent_moved", b != a && filled(b, 4, 'A') && zero(b + 4 * P, 4));
    b[0] = 'p';
    b[P] = 'q';
    if (write(go[1], "g", 1) != 1)
        perror("write");
    int status;
    waitpid(pid, &status, 0);
    say("child_status", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    say("parent_kept", b[0] == 'p' && b[P] == 'q' && b[1] == 'A' && filled(b + 2 * P, 2, 'C'));
    say("parent_old_faults", faults(a, 0));
    munmap(b, 8 * P);
    munmap(r, 5 * P);
}

static void realloc_big(void)
{
    long mib = 1L << 20;
    uint64_t *p = malloc(mib);
    for (long i = 0; i < mib / 8; i += 64)
        p[i] = (uint64_t)i * 2654435761u;
    p = realloc(p, 8 * mib);
    int ok = p != 0;
    for (long i = 0; ok && i < mib / 8; i += 64)
        ok = p[i] == (uint64_t)i * 2654435761u;
    for (long i = mib / 8; i < 8 * mib / 8; i += 512)
        p[i] = (uint64_t)i;
    say("realloc_8m", ok && p[8 * mib / 8 - 512] == (uint64_t)(8 * mib / 8 - 512));
    p = realloc(p, 64 * 1024);
    ok = p != 0;
    for (long i = 0; ok && i < 64 * 1024 / 8; i += 64)
        ok = p[i] == (uint64_t)i * 2654435761u;
    say("realloc_64k", ok);
    free(p);
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fault;
    sigaction(SIGSEGV, &sa, 0);
    shrink_and_grow();
    move();
    fixed();
    errors();
    dontunmap_and_dup();
    file_mapping();
    after_fork();
    realloc_big();
    return 0;
}
