/* Sorting a pseudo-random array: quicksort (Lomuto and Hoare), top-down
 * merge sort with a scratch buffer, on int32, int64 and uint16 keys. */
#include "rt.h"

#define N 300
static int32_t a32[N], b32[N], tmp32[N];
static int64_t a64[N];
static uint16_t a16[N];
static uint32_t seed = 12345;

static uint32_t lcg(void) { seed = seed * 1103515245u + 12345u; return seed; }

static NOINLINE void quick_lomuto(int32_t *a, int lo, int hi)
{
    while (lo < hi) {
        int32_t p = a[hi];
        int i = lo;
        for (int j = lo; j < hi; j++)
            if (a[j] < p) { int32_t t = a[i]; a[i] = a[j]; a[j] = t; i++; }
        int32_t t = a[i]; a[i] = a[hi]; a[hi] = t;
        /* recurse on the smaller side */
        if (i - lo < hi - i) { quick_lomuto(a, lo, i - 1); lo = i + 1; }
        else { quick_lomuto(a, i + 1, hi); hi = i - 1; }
    }
}

static NOINLINE void quick_hoare(int64_t *a, long lo, long hi)
{
    if (lo >= hi) return;
    int64_t p = a[lo + (hi - lo) / 2];
    long i = lo - 1, j = hi + 1;
    for (;;) {
        do i++; while (a[i] < p);
        do j--; while (a[j] > p);
        if (i >= j) break;
        int64_t t = a[i]; a[i] = a[j]; a[j] = t;
    }
    quick_hoare(a, lo, j);
    quick_hoare(a, j + 1, hi);
}

static NOINLINE void merge_sort(int32_t *a, int32_t *tmp, int n)
{
    if (n < 2) return;
    int m = n / 2;
    merge_sort(a, tmp, m);
    merge_sort(a + m, tmp, n - m);
    int i = 0, j = m, k = 0;
    while (i < m && j < n) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];  /* stable */
    while (i < m) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

static NOINLINE void merge_sort_u16(uint16_t *a, int n)
{
    static uint16_t t[N];
    for (int w = 1; w < n; w *= 2) {  /* bottom-up */
        for (int lo = 0; lo < n; lo += 2 * w) {
            int m = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            int i = lo, j = m, k = lo;
            while (i < m && j < hi) t[k++] = a[j] < a[i] ? a[j++] : a[i++];
            while (i < m) t[k++] = a[i++];
            while (j < hi) t[k++] = a[j++];
        }
        for (int i = 0; i < n; i++) a[i] = t[i];
    }
}

static uint64_t digest(const void *p, size_t n)
{
    const unsigned char *c = p;
    uint64_t h = 0xcbf29ce484222325ULL;
    while (n--) h = (h ^ *c++) * 0x100000001b3ULL;
    return h;
}

int main(void)
{
    for (int i = 0; i < N; i++) {
        uint32_t r = lcg();
        a32[i] = (int32_t)r >> (i % 9);
        b32[i] = a32[i];
        a64[i] = ((int64_t)(int32_t)lcg() << 20) ^ (int64_t)lcg();
        a16[i] = (uint16_t)(lcg() >> 16);
    }
    a32[5] = INT32_MIN; a32[6] = INT32_MAX; a32[7] = 0; a32[8] = 0;
    b32[5] = INT32_MIN; b32[6] = INT32_MAX; b32[7] = 0; b32[8] = 0;
    quick_lomuto(a32, 0, N - 1);
    merge_sort(b32, tmp32, N);
    quick_hoare(a64, 0, N - 1);
    merge_sort_u16(a16, N);
    int ok = 1;
    for (int i = 1; i < N; i++) {
        if (a32[i - 1] > a32[i] || a64[i - 1] > a64[i] || a16[i - 1] > a16[i]) ok = 0;
        if (a32[i] != b32[i]) ok = 0;
    }
    pr_u64("sorted", (uint64_t)ok);
    for (int i = 0; i < N; i += 37) {
        put_i64(a32[i]); put_char(' '); put_i64(a64[i]); put_char(' '); put_u64(a16[i]); put_nl();
    }
    pr_hex64("d32", digest(a32, sizeof a32));
    pr_hex64("d64", digest(a64, sizeof a64));
    pr_hex64("d16", digest(a16, sizeof a16));
    ck(digest(a32, sizeof a32));
    return rt_status();
}
