#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>

int main(void) {
  atomic_int a = 5;
  printf("%d\n", atomic_fetch_add(&a, 3));
  printf("%d\n", atomic_fetch_sub(&a, 1));
  printf("%d\n", atomic_fetch_or(&a, 0x10));
  printf("%d\n", atomic_fetch_and(&a, 0x13));
  printf("%d\n", atomic_fetch_xor(&a, 0xff));
  printf("%d\n", atomic_exchange(&a, 100));
  int expected = 99;
  bool ok = atomic_compare_exchange_strong(&a, &expected, 7);
  printf("%d %d %d\n", ok, expected, atomic_load(&a));
  ok = atomic_compare_exchange_strong(&a, &expected, 7);
  printf("%d %d %d\n", ok, expected, atomic_load(&a));
  atomic_flag f = ATOMIC_FLAG_INIT;
  printf("%d %d\n", atomic_flag_test_and_set(&f), atomic_flag_test_and_set(&f));
  atomic_flag_clear(&f);
  printf("%d\n", atomic_flag_test_and_set(&f));
  _Atomic long l = 1L << 40;
  l += 5;
  l++;
  printf("%ld\n", atomic_load_explicit(&l, memory_order_relaxed));
  atomic_store_explicit(&l, -1, memory_order_release);
  printf("%ld %d\n", atomic_load_explicit(&l, memory_order_acquire), atomic_is_lock_free(&l));
  _Atomic unsigned u = 4294967290u;
  u += 10; /* an atomic read-modify-write, wrapping */
  printf("%u\n", (unsigned)u);
  atomic_thread_fence(memory_order_seq_cst);
  return 0;
}
