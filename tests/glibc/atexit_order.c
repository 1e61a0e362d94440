/* atexit handlers run in reverse order at exit, and stdio is flushed after them. */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("first registered, runs last\n"); }
static void second(void) { printf("second registered\n"); }
static void third(void) {
    printf("third registered, runs first\n");
    fprintf(stderr, "handler writes to stderr\n");
}

int main(void) {
    atexit(first);
    atexit(second);
    atexit(third);
    printf("main returns 5\n");
    return 5;
}
