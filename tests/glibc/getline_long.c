/* getline with lines longer than any initial buffer; reverse each line. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int n = 0;
    while ((len = getline(&line, &cap, stdin)) != -1) {
        if (len && line[len - 1] == '\n') line[--len] = 0;
        for (ssize_t i = 0, j = len - 1; i < j; i++, j--) {
            char t = line[i];
            line[i] = line[j];
            line[j] = t;
        }
        printf("%d (%zd): %.60s%s\n", ++n, len, line, len > 60 ? "..." : "");
    }
    free(line);
    printf("%d lines\n", n);
    return 0;
}
