#include <string.h>
int printf(const char *, ...);

#define NBUCKETS 31
#define MAXENT 64

struct entry {
  char key[16];
  int value;
  struct entry *next;
};

static struct entry pool[MAXENT];
static int npool;
static struct entry *buckets[NBUCKETS];

static unsigned hash(const char *s) {
  unsigned h = 0;
  while (*s)
    h = h * 31 + (unsigned char)*s++;
  return h % NBUCKETS;
}

static struct entry *lookup(const char *key) {
  for (struct entry *e = buckets[hash(key)]; e; e = e->next)
    if (strcmp(e->key, key) == 0)
      return e;
  return 0;
}

static void put(const char *key, int value) {
  struct entry *e = lookup(key);
  if (!e) {
    e = &pool[npool++];
    strcpy(e->key, key);
    unsigned h = hash(key);
    e->next = buckets[h];
    buckets[h] = e;
  }
  e->value = value;
}

int main(void) {
  const char *words[] = {"apple", "banana", "cherry", "apple", "date", "banana", "apple", "fig"};
  for (int i = 0; i < 8; i++) {
    struct entry *e = lookup(words[i]);
    put(words[i], e ? e->value + 1 : 1);
  }
  const char *q[] = {"apple", "banana", "cherry", "date", "fig", "grape"};
  for (int i = 0; i < 6; i++) {
    struct entry *e = lookup(q[i]);
    printf("%s: %d\n", q[i], e ? e->value : 0);
  }
  printf("%d entries\n", npool);
  return 0;
}
