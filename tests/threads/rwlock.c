/* Read-write locks: readers hold the lock together (they meet at a barrier while
 * holding it, which only works if they do), writers exclude everyone (an invariant
 * over two fields never breaks), try-variants, and the errors glibc reports.
 *
 * needs: threads
 */
#include "common.h"

enum { READERS = 4, WRITERS = 3, ROUNDS = 400 };

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_barrier_t inside;
static long a, b, broken;

static void *reader_together(void *arg) {
    (void)arg;
    CHECK(pthread_rwlock_rdlock(&rw) == 0);
    pthread_barrier_wait(&inside);
    CHECK(pthread_rwlock_unlock(&rw) == 0);
    return NULL;
}

static void *writer(void *arg) {
    long step = (long)arg;
    for (int i = 0; i < ROUNDS; i++) {
        CHECK(pthread_rwlock_wrlock(&rw) == 0);
        a += step;
        b -= step;
        CHECK(pthread_rwlock_unlock(&rw) == 0);
    }
    return NULL;
}

static void *reader(void *arg) {
    (void)arg;
    long bad = 0;
    for (int i = 0; i < ROUNDS; i++) {
        CHECK(pthread_rwlock_rdlock(&rw) == 0);
        bad += a + b != 0;
        CHECK(pthread_rwlock_unlock(&rw) == 0);
    }
    return (void *)bad;
}

static void *try_locks(void *arg) {
    static int results[2];
    (void)arg;
    results[0] = pthread_rwlock_tryrdlock(&rw);
    if (results[0] == 0) CHECK(pthread_rwlock_unlock(&rw) == 0);
    results[1] = pthread_rwlock_trywrlock(&rw);
    if (results[1] == 0) CHECK(pthread_rwlock_unlock(&rw) == 0);
    return results;
}

static void report_tries(const char *held) {
    pthread_t th;
    void *ret;
    CHECK(pthread_create(&th, NULL, try_locks, NULL) == 0);
    CHECK(pthread_join(th, &ret) == 0);
    int *r = ret;
    printf("%s: tryrdlock %s, trywrlock %s\n", held, errname(r[0]), errname(r[1]));
}

int main(void) {
    pthread_t t[READERS + WRITERS];
    CHECK(pthread_barrier_init(&inside, NULL, READERS) == 0);
    for (int i = 0; i < READERS; i++)
        CHECK(pthread_create(&t[i], NULL, reader_together, NULL) == 0);
    for (int i = 0; i < READERS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    printf("%d readers held the lock at once\n", READERS);

    for (long i = 0; i < WRITERS; i++)
        CHECK(pthread_create(&t[i], NULL, writer, (void *)(i + 1)) == 0);
    for (int i = WRITERS; i < WRITERS + READERS; i++)
        CHECK(pthread_create(&t[i], NULL, reader, NULL) == 0);
    for (int i = 0; i < WRITERS + READERS; i++) {
        void *ret;
        CHECK(pthread_join(t[i], &ret) == 0);
        if (i >= WRITERS) broken += (long)ret;
    }
    printf("a %ld, b %ld, broken invariants seen %ld\n", a, b, broken);

    report_tries("free");
    CHECK(pthread_rwlock_rdlock(&rw) == 0);
    report_tries("read-held");
    printf("second rdlock by a reader: %s\n", errname(pthread_rwlock_rdlock(&rw)));
    CHECK(pthread_rwlock_unlock(&rw) == 0);
    CHECK(pthread_rwlock_unlock(&rw) == 0);
    CHECK(pthread_rwlock_wrlock(&rw) == 0);
    report_tries("write-held");
    printf("wrlock by the writer: %s\n", errname(pthread_rwlock_wrlock(&rw)));
    printf("rdlock by the writer: %s\n", errname(pthread_rwlock_rdlock(&rw)));
    CHECK(pthread_rwlock_unlock(&rw) == 0);
    printf("destroy: %s\n", errname(pthread_rwlock_destroy(&rw)));
    return 0;
}
