/* The futex system call given bad addresses and arguments: NULL, an unmapped page, a
 * PROT_NONE page, a kernel address, a misaligned word, a bad timeout pointer. Linux
 * answers EFAULT or EINVAL (or, for a private wake that never reads the word, 0);
 * the process must simply carry on.
 *
 * needs: threads
 * suite: hostile
 */
#include "common.h"

#include <linux/futex.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>

static const char *futex(void *uaddr, int op, int val, const void *timeout, void *uaddr2) {
    static char text[32];
    long r = syscall(SYS_futex, uaddr, op, val, timeout, uaddr2, 0);
    if (r == -1) return errname(errno);
    snprintf(text, sizeof text, "%ld", r);
    return text;
}

static const int read_only_word = 7;

int main(void) {
    char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *none = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(page != MAP_FAILED && none != MAP_FAILED);
    CHECK(munmap(page, 4096) == 0);
    void *kernel = (void *)0xffffffc000000000UL;
    int word = 1;
    struct timespec ms = {0, 1000000};

    printf("WAIT on NULL: %s\n", futex(NULL, FUTEX_WAIT, 0, NULL, NULL));
    printf("WAIT private on NULL: %s\n", futex(NULL, FUTEX_WAIT_PRIVATE, 0, NULL, NULL));
    printf("WAIT on an unmapped page: %s\n", futex(page, FUTEX_WAIT_PRIVATE, 0, NULL, NULL));
    printf("WAIT on a PROT_NONE page: %s\n", futex(none, FUTEX_WAIT_PRIVATE, 0, NULL, NULL));
    printf("WAIT on a kernel address: %s\n", futex(kernel, FUTEX_WAIT_PRIVATE, 0, NULL, NULL));
    printf("WAIT on a misaligned word: %s\n",
           futex((char *)&word + 1, FUTEX_WAIT_PRIVATE, 0, NULL, NULL));
    printf("WAIT with an unmapped timeout: %s\n", futex(&word, FUTEX_WAIT_PRIVATE, 1, page, NULL));
    printf("WAIT on a read-only word, other value: %s\n",
           futex((void *)&read_only_word, FUTEX_WAIT_PRIVATE, 8, NULL, NULL));
    printf("WAIT on a read-only word, 1 ms: %s\n",
           futex((void *)&read_only_word, FUTEX_WAIT_PRIVATE, 7, &ms, NULL));
    void *code = (void *)((uintptr_t)main & ~(uintptr_t)3);
    printf("WAIT on code, other value: %s\n", futex(code, FUTEX_WAIT_PRIVATE, 0, NULL, NULL));

    printf("WAKE shared on NULL: %s\n", futex(NULL, FUTEX_WAKE, 1, NULL, NULL));
    printf("WAKE shared on an unmapped page: %s\n", futex(page, FUTEX_WAKE, 1, NULL, NULL));
    printf("WAKE on a kernel address: %s\n", futex(kernel, FUTEX_WAKE_PRIVATE, 1, NULL, NULL));
    printf("WAKE on a misaligned word: %s\n",
           futex((char *)&word + 2, FUTEX_WAKE_PRIVATE, 1, NULL, NULL));
    printf("CMP_REQUEUE to a misaligned word: %s\n",
           futex(&word, FUTEX_CMP_REQUEUE_PRIVATE, 1, NULL, (char *)&word + 1));
    printf("CMP_REQUEUE from an unmapped page: %s\n",
           futex(page, FUTEX_CMP_REQUEUE_PRIVATE, 1, NULL, &word));
    printf("still running\n");
    return 0;
}
