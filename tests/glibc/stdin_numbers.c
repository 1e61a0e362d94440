/* Read numbers from stdin with scanf until EOF; print statistics and the sorted list. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void) {
    size_t n = 0, cap = 4;
    double *v = malloc(cap * sizeof *v), x;
    int r;
    while ((r = scanf("%lf", &x)) == 1) {
        if (n == cap) v = realloc(v, (cap *= 2) * sizeof *v);
        v[n++] = x;
    }
    printf("read %zu numbers, last scanf returned %d\n", n, r);
    if (!n) return 2;
    double sum = 0, sq = 0;
    for (size_t i = 0; i < n; i++) sum += v[i], sq += v[i] * v[i];
    double mean = sum / n;
    printf("sum=%.6f mean=%.6f sd=%.6f\n", sum, mean, sqrt(sq / n - mean * mean));
    qsort(v, n, sizeof *v, cmp);
    for (size_t i = 0; i < n; i++) printf("%g%c", v[i], i + 1 == n ? '\n' : ' ');
    free(v);
    return 0;
}
