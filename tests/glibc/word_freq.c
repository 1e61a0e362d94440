/* Word frequencies of stdin: a growing array of (word, count), sorted with qsort. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    char *word;
    int count;
};

static int cmp(const void *a, const void *b) {
    const struct entry *x = a, *y = b;
    return x->count != y->count ? y->count - x->count : strcmp(x->word, y->word);
}

int main(void) {
    struct entry *v = NULL;
    size_t n = 0, cap = 0;
    char word[64];
    int c, len = 0;
    do {
        c = getchar();
        if (c != EOF && isalpha(c)) {
            if (len < 63) word[len++] = (char)tolower(c);
            continue;
        }
        if (!len) continue;
        word[len] = 0;
        len = 0;
        size_t i;
        for (i = 0; i < n && strcmp(v[i].word, word); i++) {}
        if (i == n) {
            if (n == cap) v = realloc(v, (cap = cap ? cap * 2 : 8) * sizeof *v);
            v[n].word = strdup(word);
            v[n++].count = 0;
        }
        v[i].count++;
    } while (c != EOF);
    qsort(v, n, sizeof *v, cmp);
    for (size_t i = 0; i < n && i < 15; i++) printf("%4d %s\n", v[i].count, v[i].word);
    printf("%zu distinct words\n", n);
    for (size_t i = 0; i < n; i++) free(v[i].word);
    free(v);
    return 0;
}
