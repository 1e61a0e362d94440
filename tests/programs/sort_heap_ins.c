/* Heap sort, insertion sort, shell sort and a generic comparator-driven sort
 * on records (struct swaps), all over pseudo-random data; checks stability. */
#include "rt.h"

#define N 200
struct rec { uint32_t key; uint16_t seq; char tag[6]; };

static uint64_t st = 0x853c49e6748fea9bULL;
static uint32_t rnd(void)
{
    /* PCG-XSH-RR */
    uint64_t old = st;
    st = old * 6364136223846793005ULL + 1442695040888963407ULL;
    uint32_t xs = (uint32_t)(((old >> 18) ^ old) >> 27);
    uint32_t rot = (uint32_t)(old >> 59);
    return (xs >> rot) | (xs << ((-rot) & 31));
}

static NOINLINE void sift_down(uint32_t *a, int start, int end)
{
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, sw = root;
        if (a[sw] < a[child]) sw = child;
        if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
        if (sw == root) return;
        uint32_t t = a[root]; a[root] = a[sw]; a[sw] = t;
        root = sw;
    }
}

static NOINLINE void heap_sort(uint32_t *a, int n)
{
    for (int s = (n - 2) / 2; s >= 0; s--) sift_down(a, s, n - 1);
    for (int end = n - 1; end > 0; end--) {
        uint32_t t = a[end]; a[end] = a[0]; a[0] = t;
        sift_down(a, 0, end - 1);
    }
}

static NOINLINE void insertion_sort(struct rec *a, int n, int (*cmp)(const struct rec *, const struct rec *))
{
    for (int i = 1; i < n; i++) {
        struct rec x = a[i];  /* struct copy */
        int j = i - 1;
        while (j >= 0 && cmp(&a[j], &x) > 0) { a[j + 1] = a[j]; j--; }
        a[j + 1] = x;
    }
}

static NOINLINE void shell_sort(int16_t *a, int n)
{
    static const int gaps[] = { 57, 23, 10, 4, 1 };
    for (unsigned g = 0; g < ARRAY_LEN(gaps); g++) {
        int gap = gaps[g];
        for (int i = gap; i < n; i++) {
            int16_t t = a[i];
            int j;
            for (j = i; j >= gap && a[j - gap] > t; j -= gap) a[j] = a[j - gap];
            a[j] = t;
        }
    }
}

static int by_key_mod(const struct rec *x, const struct rec *y)
{
    uint32_t a = x->key % 16, b = y->key % 16;
    return (a > b) - (a < b);
}

int main(void)
{
    static uint32_t h[N];
    static struct rec r[N];
    static int16_t s[N];
    for (int i = 0; i < N; i++) {
        h[i] = rnd();
        r[i].key = rnd();
        r[i].seq = (uint16_t)i;
        for (int k = 0; k < 5; k++) r[i].tag[k] = (char)('a' + (r[i].key >> (k * 5)) % 26);
        r[i].tag[5] = 0;
        s[i] = (int16_t)rnd();
    }
    heap_sort(h, N);
    insertion_sort(r, N, by_key_mod);
    shell_sort(s, N);
    int ok = 1, stable = 1;
    for (int i = 1; i < N; i++) {
        if (h[i - 1] > h[i] || s[i - 1] > s[i]) ok = 0;
        if (r[i - 1].key % 16 > r[i].key % 16) ok = 0;
        if (r[i - 1].key % 16 == r[i].key % 16 && r[i - 1].seq > r[i].seq) stable = 0;
    }
    pr_u64("sorted", (uint64_t)ok);
    pr_u64("stable", (uint64_t)stable);
    uint64_t d = 0;
    for (int i = 0; i < N; i++) d = d * 1000003 + h[i] + (uint64_t)(uint16_t)s[i] * 7 + r[i].seq;
    for (int i = 0; i < N; i += 19) {
        put_u64(h[i]); put_char(' '); put_i64(s[i]); put_char(' ');
        put_u64(r[i].key % 16); put_char(' '); put_u64(r[i].seq); put_char(' '); put_str(r[i].tag); put_nl();
    }
    pr_hex64("digest", d);
    ck(d);
    return rt_status();
}
