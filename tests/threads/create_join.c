/* pthread_create and pthread_join: an argument in, a result out by return and by
 * pthread_exit, pthread_self/pthread_equal, tryjoin on a running thread, join errors.
 *
 * needs: threads
 */
#include "common.h"

struct job {
    long from, to, sum;
};

static void *sum_range(void *arg) {
    struct job *j = arg;
    for (long i = j->from; i < j->to; i++) j->sum += i * i % 7;
    return j;
}

static void *exits_early(void *arg) {
    long n = (long)arg;
    if (n > 2) pthread_exit((void *)(n * 100));
    return (void *)n;
}

static pthread_t main_thread;
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;

static void *is_main(void *arg) {
    (void)arg;
    return (void *)(long)(pthread_equal(pthread_self(), main_thread) != 0);
}

static void *waits_at_gate(void *arg) {
    pthread_mutex_lock(&gate);
    pthread_mutex_unlock(&gate);
    return arg;
}

int main(void) {
    enum { N = 8 };
    pthread_t t[N];
    struct job jobs[N];
    for (int i = 0; i < N; i++) {
        jobs[i] = (struct job){i * 1000, (i + 1) * 1000, 0};
        CHECK(pthread_create(&t[i], NULL, sum_range, &jobs[i]) == 0);
    }
    long total = 0;
    for (int i = 0; i < N; i++) {
        void *ret;
        CHECK(pthread_join(t[i], &ret) == 0);
        CHECK(ret == &jobs[i]);
        printf("job %d: sum %ld\n", i, jobs[i].sum);
        total += jobs[i].sum;
    }
    printf("total %ld\n", total);

    for (long n = 1; n <= 4; n++) {
        pthread_t th;
        void *ret;
        CHECK(pthread_create(&th, NULL, exits_early, (void *)n) == 0);
        CHECK(pthread_join(th, &ret) == 0);
        printf("exits_early(%ld) returned %ld\n", n, (long)ret);
    }

    main_thread = pthread_self();
    pthread_t th;
    void *ret;
    CHECK(pthread_create(&th, NULL, is_main, NULL) == 0);
    CHECK(pthread_join(th, &ret) == 0);
    printf("a new thread is main: %ld\n", (long)ret);
    printf("main is main: %ld\n", (long)is_main(NULL));

    pthread_mutex_lock(&gate);
    CHECK(pthread_create(&th, NULL, waits_at_gate, (void *)77L) == 0);
    printf("tryjoin while it waits: %s\n", errname(pthread_tryjoin_np(th, &ret)));
    pthread_mutex_unlock(&gate);
    CHECK(pthread_join(th, &ret) == 0);
    printf("joined after the gate opened: %ld\n", (long)ret);

    printf("join self: %s\n", errname(pthread_join(pthread_self(), NULL)));
    pthread_attr_t attr;
    int state;
    pthread_attr_init(&attr);
    pthread_attr_getdetachstate(&attr, &state);
    printf("default is joinable: %d\n", state == PTHREAD_CREATE_JOINABLE);
    return 0;
}
