/* A chained hash table of words (malloc'd nodes, strdup'd keys) over a built-in text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
    char *word;
    int count;
    struct node *next;
};

static const char *text =
    "it was the best of times it was the worst of times it was the age of wisdom it was the "
    "age of foolishness it was the epoch of belief it was the epoch of incredulity it was the "
    "season of light it was the season of darkness it was the spring of hope it was the winter "
    "of despair we had everything before us we had nothing before us";

static unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static int by_count(const void *a, const void *b) {
    const struct node *x = *(struct node *const *)a, *y = *(struct node *const *)b;
    return x->count != y->count ? y->count - x->count : strcmp(x->word, y->word);
}

int main(void) {
    enum { BUCKETS = 17 };
    struct node *table[BUCKETS] = {0};
    char *copy = strdup(text);
    int distinct = 0, total = 0;
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
        struct node **b = &table[hash(w) % BUCKETS], *n;
        for (n = *b; n && strcmp(n->word, w); n = n->next) {}
        if (!n) {
            n = malloc(sizeof *n);
            n->word = strdup(w);
            n->count = 0;
            n->next = *b;
            *b = n;
            distinct++;
        }
        n->count++;
        total++;
    }
    struct node **all = malloc(distinct * sizeof *all);
    int k = 0, longest = 0;
    for (int i = 0; i < BUCKETS; i++) {
        int len = 0;
        for (struct node *n = table[i]; n; n = n->next) all[k++] = n, len++;
        if (len > longest) longest = len;
    }
    qsort(all, distinct, sizeof *all, by_count);
    printf("%d words, %d distinct, longest chain %d\n", total, distinct, longest);
    for (int i = 0; i < distinct; i++) printf("%-12s %d\n", all[i]->word, all[i]->count);
    for (int i = 0; i < distinct; i++) free(all[i]->word), free(all[i]);
    free(all);
    free(copy);
    return 0;
}
