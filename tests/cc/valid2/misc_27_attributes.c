/* __attribute__s a symbol shows: constructor, destructor, alias, weak, section,
   visibility; noinline and unused are read and change nothing here. */
#include <stdio.h>
static int order;
__attribute__((constructor)) static void early(void) { order = order * 10 + 1; }
__attribute__((destructor)) static void late(void) { printf("bye %d\n", order); }
int real_fn(int x) { return x * 2; }
int alias_fn(int) __attribute__((alias("real_fn")));
__attribute__((weak)) int maybe(void) { return 7; }
__attribute__((section(".data.special"))) int special = 5;
__attribute__((visibility("hidden"))) int hidden_var = 3;
__attribute__((noinline, unused)) static int helper(void) { return 1; }
int main(void) {
  order = order * 10 + 2;
  printf("%d %d %d %d %d %d\n", order, alias_fn(21), maybe(), special, hidden_var, helper());
  return 0;
}
