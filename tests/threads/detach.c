/* Detached threads: pthread_detach after creation and PTHREAD_CREATE_DETACHED at
 * creation; they report through a mutex and a condition variable, never by join.
 *
 * needs: threads
 */
#include "common.h"

enum { LATE = 8, EARLY = 8 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cond = PTHREAD_COND_INITIALIZER;
static int done, detached_seen;
static long results;

static void *work(void *arg) {
    long n = (long)arg, r = 0;
    for (long i = 1; i <= 1000 * n; i++) r += i % (n + 2);
    pthread_attr_t attr;
    int state = -1;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getdetachstate(&attr, &state);
        pthread_attr_destroy(&attr);
    }
    pthread_mutex_lock(&lock);
    results += r;
    done++;
    /* Those detached after creation may run before pthread_detach: not asked. */
    if (n >= LATE) detached_seen += state == PTHREAD_CREATE_DETACHED;
    pthread_cond_signal(&done_cond);
    pthread_mutex_unlock(&lock);
    return NULL;
}

int main(void) {
    for (long i = 0; i < LATE; i++) {
        pthread_t th;
        CHECK(pthread_create(&th, NULL, work, (void *)i) == 0);
        CHECK(pthread_detach(th) == 0);
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    CHECK(pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED) == 0);
    int state;
    pthread_attr_getdetachstate(&attr, &state);
    printf("attribute says detached: %d\n", state == PTHREAD_CREATE_DETACHED);
    for (long i = LATE; i < LATE + EARLY; i++) {
        pthread_t th;
        CHECK(pthread_create(&th, &attr, work, (void *)i) == 0);
    }
    pthread_attr_destroy(&attr);
    pthread_mutex_lock(&lock);
    while (done < LATE + EARLY) pthread_cond_wait(&done_cond, &lock);
    printf("finished: %d\n", done);
    printf("created detached and saw it: %d\n", detached_seen);
    printf("results: %ld\n", results);
    pthread_mutex_unlock(&lock);
    return 0;
}
