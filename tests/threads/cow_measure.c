/* Copy-on-write, to be measured from outside (`groundup run --stats`): the parent
 * touches 16 MiB of heap, forks 50 children that only read it - all 50 alive at once,
 * each having read every page - then one child that writes argv[1] pages (default 0)
 * of it. Children report through pipes; the parent checks its own copy is intact.
 *
 * needs: fork, pipes
 * suite: cow
 */
#include "common.h"

enum { HEAP = 16 << 20, PAGE = 4096, PAGES = HEAP / PAGE, READERS = 50 };

static unsigned long sum_pages(const unsigned long *heap) {
    unsigned long sum = 0;
    for (long i = 0; i < PAGES; i++) sum += heap[i * (PAGE / sizeof *heap) + i % 8];
    return sum;
}

int main(int argc, char **argv) {
    long writes = argc > 1 ? atol(argv[1]) : 0;
    CHECK(writes >= 0 && writes <= PAGES);
    unsigned long *heap = malloc(HEAP);
    CHECK(heap != NULL);
    for (long i = 0; i < HEAP / (long)sizeof *heap; i++) heap[i] = (unsigned long)i * 2654435761u;
    unsigned long expected = sum_pages(heap);

    int ready[2], release[2];
    CHECK(pipe(ready) == 0 && pipe(release) == 0);
    fflush(stdout);
    for (int r = 0; r < READERS; r++) {
        pid_t pid = fork();
        CHECK(pid != -1);
        if (pid == 0) {
            close(ready[0]);
            close(release[1]);
            char verdict = sum_pages(heap) == expected ? 'y' : 'n';
            CHECK(write(ready[1], &verdict, 1) == 1);
            char byte;
            while (read(release[0], &byte, 1) > 0) continue;
            _exit(verdict == 'y' ? 0 : 1);
        }
    }
    close(ready[1]);
    close(release[0]);
    int good = 0;
    for (int r = 0; r < READERS; r++) {
        char verdict;
        CHECK(read(ready[0], &verdict, 1) == 1);
        good += verdict == 'y';
    }
    printf("%d readers alive at once, %d read the right data\n", READERS, good);
    close(release[1]);
    int clean = 0;
    for (int r = 0; r < READERS; r++) {
        int status;
        CHECK(wait(&status) > 0);
        clean += WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    printf("%d readers exited cleanly\n", clean);

    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        for (long i = 0; i < writes; i++) heap[(i * 37 % PAGES) * (PAGE / sizeof *heap)] = 0;
        _exit(0);
    }
    printf("the writer (%ld pages) %s\n", writes, describe(reap(pid)));
    printf("the parent's data is intact: %d\n", sum_pages(heap) == expected);
    return 0;
}
