/* Copy-on-write as a program sees it: after fork, the child's writes to globals, the
 * heap, the stack and a private mapping stay in the child; a MAP_SHARED anonymous
 * mapping is the one thing both see. A parent write after one fork is seen by the
 * next child.
 *
 * needs: fork
 */
#include "common.h"

#include <sys/mman.h>

enum { HEAP = 256 << 10 };

static int global = 1;
static char bss[8192];

static unsigned long checksum(const unsigned char *p, size_t n) {
    unsigned long h = 5381;
    for (size_t i = 0; i < n; i += 61) h = h * 33 + p[i]; /* a sample of every page */
    return h;
}

int main(void) {
    unsigned char *heap = malloc(HEAP);
    CHECK(heap != NULL);
    for (size_t i = 0; i < HEAP; i++) heap[i] = (unsigned char)(i * 7);
    unsigned long heap_sum = checksum(heap, HEAP);
    int on_stack = 5;
    int *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int *private_ = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(shared != MAP_FAILED && private_ != MAP_FAILED);
    *shared = 10;
    *private_ = 20;

    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        int saw_parent = global == 1 && on_stack == 5 && checksum(heap, HEAP) == heap_sum &&
                         *shared == 10 && *private_ == 20;
        global = 2;
        on_stack = 6;
        memset(heap, 0xAB, HEAP);
        bss[100] = 'x';
        *shared = 11;
        *private_ = 21;
        int sees_own = global == 2 && on_stack == 6 && heap[HEAP - 1] == 0xAB && bss[100] == 'x';
        _exit(saw_parent + 2 * sees_own);
    }
    int status = reap(pid);
    printf("child saw the parent's values %d, and its own writes %d\n",
           WEXITSTATUS(status) & 1, WEXITSTATUS(status) >> 1);
    printf("parent after the child: global %d, stack %d, heap intact %d, bss %d\n", global,
           on_stack, checksum(heap, HEAP) == heap_sum, bss[100]);
    printf("shared mapping %d, private mapping %d\n", *shared, *private_);

    global = 3;
    heap[12345] = 1;
    fflush(stdout);
    pid = fork();
    CHECK(pid != -1);
    if (pid == 0) _exit(global == 3 && heap[12345] == 1 && *shared == 11);
    printf("the next child sees the parent's new writes: %d\n", WEXITSTATUS(reap(pid)));

    fflush(stdout);
    pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        pid_t grandchild = fork();
        if (grandchild == 0) {
            global = 100;
            *shared = 12;
            _exit(0);
        }
        reap(grandchild);
        _exit(global == 3 && *shared == 12);
    }
    printf("a grandchild's writes: private stays, shared shows: %d\n", WEXITSTATUS(reap(pid)));
    printf("parent still has global %d, shared %d\n", global, *shared);
    return 0;
}
