#include <stddef.h>
#include "test.h"

struct link {
  struct link *next;
};

struct task {
  int id;
  struct link node;
  int prio;
};

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

int main(void) {
  struct task t1 = {1, {0}, 10}, t2 = {2, {0}, 20};
  t1.node.next = &t2.node;
  struct link *l = &t1.node;
  int sum = 0;
  while (l) {
    struct task *t = container_of(l, struct task, node);
    sum += t->id * t->prio;
    l = l->next;
  }
  ASSERT(50, sum);
  ASSERT(8, offsetof(struct task, node));
  return 0;
}
