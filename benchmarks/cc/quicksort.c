/* Quicksort of 20000 pseudo-random ints, then a checksum of the sorted order. */
int printf(const char *fmt, ...);

#define N 20000
static int a[N];

static void swap(int *x, int *y) {
    int t = *x;
    *x = *y;
    *y = t;
}

static void sort(int *v, int lo, int hi) {
    while (lo < hi) {
        int pivot = v[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i <= j) swap(&v[i++], &v[j--]);
        }
        if (j - lo < hi - i) {
            sort(v, lo, j);
            lo = i;
        } else {
            sort(v, i, hi);
            hi = j;
        }
    }
}

int main(void) {
    unsigned state = 12345;
    for (int i = 0; i < N; i++) {
        state = state * 1103515245u + 12345u;
        a[i] = (int)(state >> 8) % 100000;
    }
    sort(a, 0, N - 1);
    unsigned long check = 0;
    for (int i = 0; i < N; i++) {
        if (i > 0 && a[i - 1] > a[i]) {
            printf("not sorted at %d\n", i);
            return 1;
        }
        check = check * 31 + (unsigned)a[i];
    }
    printf("sorted, checksum %lu\n", check);
    return 0;
}
