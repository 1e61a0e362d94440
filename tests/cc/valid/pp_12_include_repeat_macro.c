#include "test.h"

#define COUNTER_NAME count_a
#include "counter_decl.h"
#undef COUNTER_NAME
#define COUNTER_NAME count_b
#include "counter_decl.h"
#undef COUNTER_NAME

int main(void) {
  ASSERT(1, count_a());
  ASSERT(2, count_a());
  ASSERT(1, count_b());
  ASSERT(3, count_a());
  return 0;
}
