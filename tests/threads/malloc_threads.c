/* malloc from several threads at once: each thread allocates, fills, checks and frees
 * blocks of many sizes (small ones from its own arena, big ones by mmap), then blocks
 * allocated by one thread are freed by another.
 *
 * needs: threads
 */
#include "common.h"

#include <stdint.h>

enum { THREADS = 4, LIVE = 32, STEPS = 400 };

static unsigned char *handoff[THREADS][LIVE];

static size_t size_for(unsigned x) {
    if (x % 97 == 0) return 200000 + x % 5000; /* above the mmap threshold */
    return 1 + (x * 2654435761u) % 3000;
}

static void fill(unsigned char *p, size_t n, unsigned tag) {
    for (size_t i = 0; i < n; i += 61) p[i] = (unsigned char)(tag + i);
    p[n - 1] = (unsigned char)tag;
}

static int intact(const unsigned char *p, size_t n, unsigned tag) {
    for (size_t i = 0; i < n; i += 61)
        if (p[i] != (unsigned char)(tag + i) && i != n - 1) return 0;
    return p[n - 1] == (unsigned char)tag;
}

static void *churn(void *arg) {
    long me = (long)arg;
    unsigned char *live[LIVE] = {0};
    size_t sizes[LIVE] = {0};
    unsigned tags[LIVE] = {0};
    long bad = 0;
    for (unsigned step = 0; step < STEPS; step++) {
        unsigned x = step * 7 + (unsigned)me * 1000003u;
        int slot = (int)(x % LIVE);
        if (live[slot]) {
            bad += !intact(live[slot], sizes[slot], tags[slot]);
            free(live[slot]);
        }
        sizes[slot] = size_for(x);
        tags[slot] = x;
        live[slot] = malloc(sizes[slot]);
        CHECK(live[slot] != NULL);
        fill(live[slot], sizes[slot], tags[slot]);
    }
    for (int i = 0; i < LIVE; i++) {
        if (live[i]) bad += !intact(live[i], sizes[i], tags[i]);
        free(live[i]);
        handoff[me][i] = malloc(100 + (size_t)i);
        memset(handoff[me][i], (int)me + 1, 100 + (size_t)i);
    }
    return (void *)bad;
}

static void *adopt(void *arg) {
    long me = (long)arg, bad = 0;
    long from = (me + 1) % THREADS;
    for (int i = 0; i < LIVE; i++) {
        unsigned char *p = handoff[from][i];
        for (int j = 0; j < 100 + i; j++) bad += p[j] != from + 1;
        free(p);
    }
    return (void *)bad;
}

int main(void) {
    pthread_t t[THREADS];
    long bad = 0;
    for (long i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, churn, (void *)i) == 0);
    for (int i = 0; i < THREADS; i++) {
        void *ret;
        CHECK(pthread_join(t[i], &ret) == 0);
        bad += (long)ret;
    }
    printf("churn: %d threads x %d steps, damaged blocks %ld\n", THREADS, STEPS, bad);
    bad = 0;
    for (long i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, adopt, (void *)i) == 0);
    for (int i = 0; i < THREADS; i++) {
        void *ret;
        CHECK(pthread_join(t[i], &ret) == 0);
        bad += (long)ret;
    }
    printf("freed by another thread: %d blocks, damaged bytes %ld\n", THREADS * LIVE, bad);
    void *p = malloc(1000);
    printf("malloc still works in main: %d\n", p != NULL);
    free(p);
    return 0;
}
