/* Primes below 200000 by the sieve of Eratosthenes, counted and summed. */
int printf(const char *fmt, ...);

static char composite[200000];

int main(void) {
    long count = 0, sum = 0;
    for (long i = 2; i < 200000; i++) {
        if (composite[i])
            continue;
        count++;
        sum += i;
        for (long j = i * i; j < 200000; j += i)
            composite[j] = 1;
    }
    printf("%ld primes, sum %ld\n", count, sum);
    return 0;
}
