/* abort(): SIGABRT, status 134. stderr is unbuffered; buffered stdout is lost. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("this line waits in stdout's buffer and is never written\n");
    fprintf(stderr, "about to abort\n");
    abort();
}
