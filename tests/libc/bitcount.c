/* __builtin_clz, ctz, popcount, parity, ffs, clrsb in all their widths: groundup cc
 * calls libgcc's __clzdi2 ... for them, which groundup's libc provides. gcc expands
 * them inline; the answers must agree. (clz and ctz of 0 are undefined: skipped.) */
#include <stdio.h>

static unsigned long long state = 88172645463325252ULL;

static unsigned long long next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static void show(unsigned long long v) {
    unsigned u = (unsigned)v;
    long long s = (long long)v;
    printf("%016llx", v);
    if (u)
        printf(" %d %d", __builtin_clz(u), __builtin_ctz(u));
    if (v)
        printf(" %d %d %d %d", __builtin_clzl(v), __builtin_ctzl(v), __builtin_clzll(v),
               __builtin_ctzll(v));
    printf(" %d %d %d %d", __builtin_popcount(u), __builtin_popcountll(v), __builtin_parity(u),
           __builtin_parityll(v));
    printf(" %d %d %d %d\n", __builtin_ffs((int)u), __builtin_ffsll(s), __builtin_clrsb((int)u),
           __builtin_clrsbll(s));
}

int main(void) {
    for (int i = 0; i < 64; i++) {
        show(1ULL << i);
        show(~0ULL >> i);
        show(~(1ULL << i));
        show(-(1ULL << i));
    }
    show(0);
    for (int i = 0; i < 200; i++)
        show(next() >> (next() % 64));
    return 0;
}
