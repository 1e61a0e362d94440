/* Thread-local storage: __thread and _Thread_local variables with initializers (.tdata)
 * and without (.tbss), a large TLS array, errno per thread. Each thread starts from
 * the initial image, changes its copy, and nobody else sees the change.
 *
 * needs: threads
 */
#include "common.h"

enum { THREADS = 4 };

static __thread int counter = 5;
static _Thread_local char name[16] = "initial";
static __thread long big[2048];
static __thread int *self_pointer;

struct report {
    int counter_at_start, name_ok, big_zero, counter_at_end;
    long big_sum;
    void *counter_address;
    int errno_after;
};

static void *worker(void *arg) {
    struct report *r = arg;
    r->counter_at_start = counter;
    r->name_ok = strcmp(name, "initial") == 0;
    r->big_zero = 1;
    for (int i = 0; i < 2048; i++) r->big_zero &= big[i] == 0;
    self_pointer = &counter;
    for (int i = 0; i < 1000; i++) counter++;
    snprintf(name, sizeof name, "changed");
    for (int i = 0; i < 2048; i++) big[i] = i;
    for (int i = 0; i < 2048; i++) r->big_sum += big[i];
    r->counter_at_end = *self_pointer;
    r->counter_address = &counter;
    errno = EINTR;
    sched_yield();
    r->errno_after = errno;
    return NULL;
}

int main(void) {
    struct report reports[THREADS] = {0};
    pthread_t t[THREADS];
    counter = 100;
    errno = 0;
    for (int i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, worker, &reports[i]) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    for (int i = 0; i < THREADS; i++) {
        struct report *r = &reports[i];
        printf("thread %d: counter %d -> %d, name initial %d, big zero %d, sum %ld, errno %s\n", i,
               r->counter_at_start, r->counter_at_end, r->name_ok, r->big_zero, r->big_sum,
               errname(r->errno_after));
    }
    int distinct = 1;
    for (int i = 0; i < THREADS; i++)
        for (int j = 0; j < THREADS; j++)
            if (i != j) distinct &= reports[i].counter_address != reports[j].counter_address;
    for (int i = 0; i < THREADS; i++) distinct &= reports[i].counter_address != (void *)&counter;
    printf("every thread had its own counter: %d\n", distinct);
    printf("main: counter %d, name %s, big[5] %ld, errno %s\n", counter, name, big[5],
           errname(errno));
    return 0;
}
