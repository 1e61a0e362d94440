#define _GNU_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  char *word;
  int count;
  struct entry *next;
};

#define BUCKETS 31
static struct entry *table[BUCKETS];

static unsigned hash(const char *s) {
  unsigned h = 5381;
  while (*s)
    h = h * 33 + (unsigned char)*s++;
  return h % BUCKETS;
}

static void add(const char *w) {
  unsigned h = hash(w);
  for (struct entry *e = table[h]; e; e = e->next)
    if (strcmp(e->word, w) == 0) {
      e->count++;
      return;
    }
  struct entry *e = malloc(sizeof *e);
  e->word = strdup(w);
  e->count = 1;
  e->next = table[h];
  table[h] = e;
}

static int cmp(const void *a, const void *b) {
  const struct entry *x = *(struct entry *const *)a, *y = *(struct entry *const *)b;
  if (x->count != y->count)
    return y->count - x->count;
  return strcmp(x->word, y->word);
}

int main(void) {
  const char *text = "The cat and the hat. The Cat sat; the hat sat too! And then? THE END.";
  char word[32];
  int len = 0, total = 0;
  for (const char *p = text;; p++) {
    if (isalpha((unsigned char)*p)) {
      word[len++] = (char)tolower((unsigned char)*p);
    } else if (len) {
      word[len] = 0;
      add(word);
      total++;
      len = 0;
    }
    if (!*p)
      break;
  }
  struct entry *all[64];
  int n = 0;
  for (int i = 0; i < BUCKETS; i++)
    for (struct entry *e = table[i]; e; e = e->next)
      all[n++] = e;
  qsort(all, n, sizeof all[0], cmp);
  printf("%d words, %d distinct\n", total, n);
  for (int i = 0; i < n; i++)
    printf("%-5s %d\n", all[i]->word, all[i]->count);
  for (int i = 0; i < n; i++) {
    free(all[i]->word);
    free(all[i]);
  }
  return 0;
}
