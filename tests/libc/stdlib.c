/* stdlib.h: conversions (with errno and the end pointer), sorting, searching, rand,
 * integer arithmetic, the environment. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *inputs[] = {"0", "42", "-42", "+7", "  \t 123abc", "0x1F", "0X", "0x",
                               "017", "08", "z", "", "-", "9223372036854775807",
                               "9223372036854775808", "-9223372036854775808",
                               "-9223372036854775809", "18446744073709551615",
                               "18446744073709551616", "-1", "2147483648", "1e5",
                               "  -0x10", "zz", "ZZ", "0b101", "111111111111111111111111"};
static const int bases[] = {0, 10, 16, 8, 2, 36};

struct pair { int key, order; };

static int by_key(const void *a, const void *b) {
    const struct pair *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int main(void) {
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        for (size_t j = 0; j < sizeof bases / sizeof *bases; j++) {
            char *end;
            errno = 0;
            long v = strtol(inputs[i], &end, bases[j]);
            int e1 = errno;
            errno = 0;
            unsigned long u = strtoul(inputs[i], &end, bases[j]);
            int e2 = errno;
            errno = 0;
            long long ll = strtoll(inputs[i], 0, bases[j]);
            unsigned long long ull = strtoull(inputs[i], 0, bases[j]);
            printf("[%s] base %d: %ld e%d %lu e%d end+%td %lld %llu\n", inputs[i], bases[j], v,
                   e1, u, e2, end - inputs[i], ll, ull);
        }
        printf("atoi %d atol %ld atoll %lld\n", atoi(inputs[i]), atol(inputs[i]),
               atoll(inputs[i]));
    }
    printf("imax %jd %ju\n", strtoimax("-123", 0, 10), strtoumax("456", 0, 10));

    struct pair pairs[200];
    for (int i = 0; i < 200; i++) {
        pairs[i].key = (i * 7919) % 13;
        pairs[i].order = i;
    }
    qsort(pairs, 200, sizeof *pairs, by_key);
    int stable = 1, sorted = 1;
    for (int i = 1; i < 200; i++) {
        sorted &= pairs[i - 1].key <= pairs[i].key;
        if (pairs[i - 1].key == pairs[i].key)
            stable &= pairs[i - 1].order < pairs[i].order;
    }
    printf("qsort sorted %d stable %d\n", sorted, stable);
    int nums[] = {5, 3, 9, 1, 7, 3, 0, -4, 100, 42};
    qsort(nums, 10, sizeof *nums, cmp_int);
    for (int i = 0; i < 10; i++)
        printf("%d ", nums[i]);
    printf("\n");
    for (int k = -5; k <= 101; k += 7) {
        int *found = bsearch(&k, nums, 10, sizeof *nums, cmp_int);
        printf("bsearch %d -> %td\n", k, found ? found - nums : -1);
    }
    qsort(nums, 0, sizeof *nums, cmp_int);

    for (int i = 0; i < 5; i++)
        printf("rand %d\n", rand());
    srand(42);
    for (int i = 0; i < 5; i++)
        printf("rand(42) %d\n", rand());
    srand(1);
    printf("rand(1) %d\n", rand());
    srand(0);
    printf("rand(0) %d\n", rand());
    unsigned seed = 7;
    printf("rand_r %d %d\n", rand_r(&seed), rand_r(&seed));

    printf("abs %d %ld %lld %jd\n", abs(-5), labs(-6L), llabs(-7LL), imaxabs(-8));
    div_t d = div(-7, 2);
    ldiv_t ld = ldiv(7L, -2L);
    lldiv_t lld = lldiv(-7LL, -2LL);
    printf("div %d %d %ld %ld %lld %lld\n", d.quot, d.rem, ld.quot, ld.rem, lld.quot, lld.rem);

    printf("getenv %s\n", getenv("LIBC_TEST") ? getenv("LIBC_TEST") : "(unset)");
    setenv("LIBC_TEST", "one", 1);
    printf("setenv %s\n", getenv("LIBC_TEST"));
    setenv("LIBC_TEST", "two", 0);
    printf("no overwrite %s\n", getenv("LIBC_TEST"));
    setenv("LIBC_TEST", "three", 1);
    printf("overwrite %s\n", getenv("LIBC_TEST"));
    unsetenv("LIBC_TEST");
    printf("unset %s\n", getenv("LIBC_TEST") ? "still there" : "gone");
    printf("setenv bad %d %d\n", setenv("A=B", "x", 1), errno == EINVAL);
    char put[] = "PUT_TEST=yes";
    putenv(put);
    printf("putenv %s\n", getenv("PUT_TEST"));
    return 0;
}
