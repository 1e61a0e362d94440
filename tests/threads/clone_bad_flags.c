/* clone with flag combinations Linux refuses (EINVAL): a thread without shared
 * signal handlers, shared handlers without shared memory, a new mount namespace with
 * a shared file-system context. Nothing is created, so wait finds no child.
 *
 * needs: threads
 * suite: hostile
 */
#include "common.h"

#include <sched.h>
#include <sys/syscall.h>

static const char *raw_clone(unsigned long flags) {
    long r = syscall(SYS_clone, flags, NULL, NULL, NULL, NULL);
    if (r == 0) _exit(0); /* should never happen: a child was made */
    if (r > 0) {
        reap((pid_t)r);
        return "created a child";
    }
    return errname(errno);
}

int main(void) {
    printf("CLONE_THREAD without CLONE_SIGHAND: %s\n", raw_clone(CLONE_THREAD | CLONE_VM));
    printf("CLONE_SIGHAND without CLONE_VM: %s\n", raw_clone(CLONE_SIGHAND | SIGCHLD));
    printf("CLONE_NEWNS with CLONE_FS: %s\n", raw_clone(CLONE_NEWNS | CLONE_FS | SIGCHLD));
    printf("still one process: wait says %s\n", sysres(wait(NULL)));
    return 0;
}
