/* Every way a child can end, as the wait status macros see it: exit codes (only the
 * low 8 bits survive) and _exit, and death by SIGKILL, SIGTERM, abort(), a store
 * to NULL, ebreak (__builtin_trap) and an illegal instruction.
 *
 * needs: fork
 */
#include "common.h"

static void end(int how) {
    switch (how) {
    case 0: exit(0);
    case 1: exit(255);
    case 2: exit(256 + 7);
    case 3: _exit(42);
    case 4: kill(getpid(), SIGKILL); break;
    case 5: raise(SIGTERM); break;
    case 6: abort();
    case 7: *(volatile int *)0 = 1; break;
    case 8: __builtin_trap();
    case 9: __asm__ volatile(".4byte 0"); break;
    }
    _exit(123);
}

static const char *names[] = {"exit(0)", "exit(255)", "exit(263)", "_exit(42)", "SIGKILL to self",
                              "raise(SIGTERM)", "abort()", "store to NULL", "__builtin_trap()",
                              "illegal instruction"};

int main(void) {
    for (int how = 0; how < 10; how++) {
        fflush(stdout);
        pid_t pid = fork();
        CHECK(pid != -1);
        if (pid == 0) end(how);
        int status = reap(pid);
        printf("%-20s %-22s exited %d signaled %d", names[how], describe(status),
               WIFEXITED(status) != 0, WIFSIGNALED(status) != 0);
        if (WIFEXITED(status)) printf(" code %d", WEXITSTATUS(status));
        if (WIFSIGNALED(status)) printf(" signal %d", WTERMSIG(status));
        printf("\n");
    }
    return 0;
}
