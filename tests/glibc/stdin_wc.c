/* wc: lines, words and bytes of stdin, read with fgets and a small buffer. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[16];
    long lines = 0, words = 0, bytes = 0, longest = 0, cur = 0;
    int inword = 0;
    while (fgets(buf, sizeof buf, stdin)) {
        size_t n = strlen(buf);
        bytes += (long)n;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)buf[i];
            if (isspace(c))
                inword = 0;
            else if (!inword) {
                inword = 1;
                words++;
            }
            if (c == '\n') {
                lines++;
                if (cur > longest) longest = cur;
                cur = 0;
            } else
                cur++;
        }
    }
    printf("%ld %ld %ld longest=%ld eof=%d error=%d\n", lines, words, bytes, longest, feof(stdin),
           ferror(stdin));
    return 0;
}
