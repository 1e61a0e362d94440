/* A thread that leaves by the raw exit system call (not exit_group, not glibc's
 * pthread_exit): only that thread ends, and because glibc created it with
 * CLONE_CHILD_CLEARTID the kernel clears and wakes its tid word, so pthread_join
 * still returns.
 *
 * needs: threads
 */
#include "common.h"

#include <sys/syscall.h>

static volatile int progress; /* read after the thread is gone */

static void *leave_raw(void *arg) {
    progress = (int)(long)arg;
    syscall(SYS_exit, 0);
    progress = -1;
    return NULL;
}

int main(void) {
    for (long i = 1; i <= 5; i++) {
        pthread_t th;
        CHECK(pthread_create(&th, NULL, leave_raw, (void *)i) == 0);
        CHECK(pthread_join(th, NULL) == 0);
        printf("thread %ld left by SYS_exit; progress %d\n", i, progress);
    }
    printf("the process carries on\n");
    return 3;
}
