/* stdlib.h's small functions: sorting and searching, pseudo-random numbers, integer
 * arithmetic, the environment. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include "libc.h"

/* qsort: a merge sort (stable, n log n comparisons), with a buffer from malloc; an
 * insertion sort when there is no memory for one. */
static void swap_bytes(char *a, char *b, size_t n) {
    while (n--) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

static void insertion_sort(char *base, size_t n, size_t size,
                           int (*cmp)(const void *, const void *)) {
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && cmp(base + (j - 1) * size, base + j * size) > 0; j--)
            swap_bytes(base + (j - 1) * size, base + j * size, size);
}

static void merge_sort(char *base, char *tmp, size_t n, size_t size,
                       int (*cmp)(const void *, const void *)) {
    if (n < 2)
        return;
    size_t half = n / 2;
    char *right = base + half * size;
    merge_sort(base, tmp, half, size, cmp);
    merge_sort(right, tmp, n - half, size, cmp);
    char *a = base, *a_end = right, *b = right, *b_end = base + n * size, *out = tmp;
    while (a < a_end && b < b_end) {
        if (cmp(a, b) <= 0) {
            memcpy(out, a, size);
            a += size;
        } else {
            memcpy(out, b, size);
            b += size;
        }
        out += size;
    }
    memcpy(out, a, (size_t)(a_end - a));
    out += a_end - a;
    memcpy(out, b, (size_t)(b_end - b));
    memcpy(base, tmp, n * size);
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    if (n < 2 || size == 0)
        return;
    char *tmp = malloc(n * size);
    if (tmp == 0) {
        insertion_sort(base, n, size, cmp);
        return;
    }
    merge_sort(base, tmp, n, size, cmp);
    free(tmp);
}

void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *)) {
    const char *lo = base;
    while (n > 0) {
        const char *mid = lo + (n / 2) * size;
        int c = cmp(key, mid);
        if (c == 0)
            return (void *)mid;
        if (c > 0) {
            lo = mid + size;
            n -= n / 2 + 1;
        } else {
            n /= 2;
        }
    }
    return 0;
}

/* rand: the additive feedback generator r[i] = r[i-3] + r[i-31] (mod 2^32), seeded
 * through the minimal standard generator 16807 * x mod (2^31 - 1) with the first 310
 * outputs discarded; each result is r >> 1. It is the sequence glibc's rand gives. */
static unsigned int rand_state[34];
static int rand_i = -1;

void srand(unsigned seed) {
    int *r = (int *)rand_state;
    r[0] = (int)(seed ? seed : 1);
    for (int i = 1; i < 31; i++) {
        long hi = r[i - 1] / 127773, lo = r[i - 1] % 127773;
        long word = 16807 * lo - 2836 * hi;
        if (word < 0)
            word += 2147483647;
        r[i] = (int)word;
    }
    for (int i = 31; i < 34; i++)
        r[i] = r[i - 31];
    rand_i = 0;
    for (int i = 0; i < 310; i++)
        rand();
}

int rand(void) {
    if (rand_i < 0)
        srand(1);
    /* rand_state is a ring of the last 34 values; slot rand_i holds r[k - 34]. */
    unsigned int v = rand_state[(rand_i + 34 - 31) % 34] + rand_state[(rand_i + 34 - 3) % 34];
    rand_state[rand_i] = v;
    rand_i = (rand_i + 1) % 34;
    return (int)(v >> 1);
}

int rand_r(unsigned *seed) {
    unsigned next = *seed;
    next = next * 1103515245 + 12345;
    int result = (int)((next / 65536) % 2048);
    next = next * 1103515245 + 12345;
    result = (result << 10) ^ (int)((next / 65536) % 1024);
    next = next * 1103515245 + 12345;
    result = (result << 10) ^ (int)((next / 65536) % 1024);
    *seed = next;
    return result;
}

int abs(int j) { return j < 0 ? -j : j; }
long labs(long j) { return j < 0 ? -j : j; }
long long llabs(long long j) { return j < 0 ? -j : j; }
intmax_t imaxabs(intmax_t j) { return j < 0 ? -j : j; }
div_t div(int n, int d) { return (div_t){n / d, n % d}; }
ldiv_t ldiv(long n, long d) { return (ldiv_t){n / d, n % d}; }
lldiv_t lldiv(long long n, long long d) { return (lldiv_t){n / d, n % d}; }
imaxdiv_t imaxdiv(intmax_t n, intmax_t d) { return (imaxdiv_t){n / d, n % d}; }

/* The environment: environ starts as the kernel's array; the first change copies it
 * into one from malloc, which setenv and unsetenv then edit. */
static char **owned_env;

static size_t name_length(const char *s) {
    size_t n = 0;
    while (s[n] && s[n] != '=')
        n++;
    return n;
}

static char **find_var(const char *name, size_t n) {
    if (environ == 0)
        return 0;
    for (char **e = environ; *e; e++)
        if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
            return e;
    return 0;
}

char *getenv(const char *name) {
    size_t n = name_length(name);
    if (name[n] == '=')
        return 0;
    char **e = find_var(name, n);
    return e ? *e + n + 1 : 0;
}

static int own_environment(size_t extra) {
    size_t count = 0;
    while (environ && environ[count])
        count++;
    if (owned_env && environ == owned_env && extra == 0)
        return 0;
    char **copy = malloc((count + extra + 1) * sizeof *copy);
    if (copy == 0)
        return -1;
    for (size_t i = 0; i < count; i++)
        copy[i] = environ[i];
    copy[count] = 0;
    if (owned_env && environ == owned_env)
        free(owned_env);
    environ = owned_env = copy;
    return 0;
}

int putenv(char *string) {
    size_t n = name_length(string);
    char **e = find_var(string, n);
    if (e) {
        *e = string;
        return 0;
    }
    if (own_environment(1) < 0)
        return -1;
    char **end = environ;
    while (*end)
        end++;
    end[0] = string;
    end[1] = 0;
    return 0;
}

int setenv(const char *name, const char *value, int overwrite) {
    size_t n = name_length(name);
    if (n == 0 || name[n] == '=') {
        errno = EINVAL;
        return -1;
    }
    if (!overwrite && find_var(name, n))
        return 0;
    size_t vn = strlen(value);
    char *s = malloc(n + vn + 2);
    if (s == 0)
        return -1;
    memcpy(s, name, n);
    s[n] = '=';
    memcpy(s + n + 1, value, vn + 1);
    return putenv(s);
}

int unsetenv(const char *name) {
    size_t n = name_length(name);
    if (n == 0 || name[n] == '=') {
        errno = EINVAL;
        return -1;
    }
    char **e;
    while ((e = find_var(name, n)) != 0)
        for (; *e; e++)
            e[0] = e[1];
    return 0;
}

int clearenv(void) {
    if (owned_env && environ == owned_env)
        free(owned_env);
    owned_env = 0;
    environ = 0;
    return 0;
}

int system(const char *command) {
    if (command == 0)
        return 0;
    errno = ENOSYS;
    return -1;
}
