/* Who is who: all threads share one process id and parent, each has its own thread
 * id, the main thread's id is the process id, and tgkill with signal 0 finds a
 * thread. Only comparisons are printed.
 *
 * needs: threads
 */
#include "common.h"

#include <sys/syscall.h>

enum { THREADS = 6 };

struct ids {
    pid_t pid, ppid, tid;
    int tgkill_ok;
};

static void *who(void *arg) {
    struct ids *me = arg;
    me->pid = getpid();
    me->ppid = getppid();
    me->tid = gettid();
    me->tgkill_ok = syscall(SYS_tgkill, me->pid, me->tid, 0) == 0;
    return NULL;
}

int main(void) {
    struct ids main_ids, ids[THREADS];
    who(&main_ids);
    printf("main: tid == pid %d, syscall gettid agrees %d\n", main_ids.tid == main_ids.pid,
           syscall(SYS_gettid) == main_ids.tid);
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, who, &ids[i]) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    int same_pid = 1, same_ppid = 1, distinct = 1, tgkill_ok = 1;
    for (int i = 0; i < THREADS; i++) {
        same_pid &= ids[i].pid == main_ids.pid;
        same_ppid &= ids[i].ppid == main_ids.ppid;
        tgkill_ok &= ids[i].tgkill_ok;
        distinct &= ids[i].tid != main_ids.tid;
        for (int j = 0; j < i; j++) distinct &= ids[i].tid != ids[j].tid;
    }
    printf("same pid %d, same ppid %d, distinct tids %d, tgkill 0 ok %d\n", same_pid, same_ppid,
           distinct, tgkill_ok);
    long r = syscall(SYS_tgkill, main_ids.pid + 100000, main_ids.tid, 0);
    printf("tgkill with the wrong process: %s\n", sysres(r));
    return 0;
}
