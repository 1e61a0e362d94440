/* Sieve of Eratosthenes on a calloc'd bitmap; prime counts by decade and twin primes. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    enum { N = 30000 };
    unsigned char *composite = calloc(N + 1, 1);
    for (int i = 2; (long)i * i <= N; i++)
        if (!composite[i])
            for (int j = i * i; j <= N; j += i) composite[j] = 1;
    int count = 0, twins = 0, last = 0;
    for (int i = 2; i <= N; i++) {
        if (composite[i]) continue;
        count++;
        if (last && i - last == 2) twins++;
        last = i;
        if (i < 60) printf("%d ", i);
    }
    printf("\npi(%d) = %d, twin pairs %d, largest %d\n", N, count, twins, last);
    for (int limit = 10; limit <= N; limit *= 10) {
        int c = 0;
        for (int i = 2; i <= limit; i++) c += !composite[i];
        printf("pi(%d) = %d\n", limit, c);
    }
    free(composite);
    return 0;
}
