/* snprintf truncation and return values, sprintf into buffers, vsnprintf. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int fmt(char *buf, size_t n, const char *f, ...) {
    va_list ap;
    va_start(ap, f);
    int r = vsnprintf(buf, n, f, ap);
    va_end(ap);
    return r;
}

int main(void) {
    char buf[16];
    for (size_t n = 0; n <= 16; n += 3) {
        memset(buf, '#', sizeof buf);
        int r = snprintf(buf, n, "%s-%d", "truncated", 123456);
        printf("n=%2zu r=%d buf=[%.*s]\n", n, r, (int)(n ? n - 1 : 0), n ? buf : "");
    }
    printf("null probe: %d\n", snprintf(NULL, 0, "%d %s %f", 42, "forty-two", 4.2));
    char big[200];
    int r = fmt(big, sizeof big, "%5s|%-5s|%05d|%x|%c", "ab", "cd", -12, 255u, 'z');
    printf("%d [%s]\n", r, big);
    r = sprintf(big, "%s%s%s", "one ", "two ", "three");
    printf("%d [%s] len=%zu\n", r, big, strlen(big));
    char line[64];
    for (int i = 0; i < 5; i++) {
        snprintf(line, sizeof line, "row %03d: %*s|", i, i * 3, "x");
        puts(line);
    }
    return 0;
}
