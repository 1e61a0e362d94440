// link: -pthread -latomic
// Read-modify-writes of 1- and 2-byte atomics and the compound assignments no amo
// instruction does (*= /= %= <<= >>=, pointers): compare-and-swap loops on the
// aligned word (gcc 12 calls libatomic's __atomic_fetch_add_1 ... instead).  Four
// threads then count on neighbouring chars and shorts of one word at once.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static struct {
  _Atomic unsigned char a;
  _Atomic signed char b;
  _Atomic short c;
} word;
static _Atomic unsigned short counts[2];

static void *work(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 2000; i++) {
    if (id & 1)
      word.a++;
    else
      atomic_fetch_add(&word.b, 1);
    word.c += 3;
    __atomic_fetch_add(&counts[id & 1], 1, __ATOMIC_RELAXED);
  }
  return 0;
}

int main(void) {
  unsigned char uc = 200;
  signed char sc = -100;
  short s = 30000;
  unsigned short us = 65000;
  printf("%d ", __atomic_fetch_add(&uc, 100, __ATOMIC_SEQ_CST));
  printf("%d ", __atomic_add_fetch(&sc, -100, __ATOMIC_SEQ_CST));
  printf("%d ", __atomic_sub_fetch(&s, -30000, __ATOMIC_SEQ_CST));
  printf("%d ", __atomic_fetch_or(&us, 0xff, __ATOMIC_ACQUIRE));
  printf("%d ", __atomic_and_fetch(&us, 0x0ff0, __ATOMIC_RELEASE));
  printf("%d ", __atomic_xor_fetch(&uc, 0x5a, __ATOMIC_SEQ_CST));
  printf("%d ", __atomic_fetch_nand(&sc, 0x33, __ATOMIC_SEQ_CST));
  printf("%d ", __atomic_nand_fetch(&s, 0x0f0f, __ATOMIC_SEQ_CST));
  printf("%d %d %d %d\n", uc, sc, s, us);
  printf("%d ", __atomic_exchange_n(&uc, 7, __ATOMIC_SEQ_CST));
  unsigned char e = 9;
  printf("%d %d ", __atomic_compare_exchange_n(&uc, &e, 11, 0, __ATOMIC_SEQ_CST,
                                               __ATOMIC_SEQ_CST), e);
  printf("%d %d ", __atomic_compare_exchange_n(&uc, &e, 11, 0, __ATOMIC_SEQ_CST,
                                               __ATOMIC_SEQ_CST), uc);
  printf("%d ", __sync_val_compare_and_swap(&s, s, 1234));
  printf("%d ", __sync_bool_compare_and_swap(&s, 99, 5));
  printf("%d ", __sync_fetch_and_add(&sc, 1));
  printf("%d ", __sync_sub_and_fetch(&us, 16));
  printf("%d %d %d %d\n", uc, sc, s, us);

  _Atomic int i = 7;
  _Atomic long l = -50;
  _Atomic short sh = 300;
  _Atomic unsigned char c8 = 250;
  i *= 6;
  i /= 4;
  i %= 7;
  i <<= 10;
  l >>= 2;
  l *= -3;
  sh *= 100;
  sh >>= 3;
  c8 += 10;
  c8 -= 1;
  c8 *= 3;
  printf("%d %ld %d %d %d %d\n", i, l, sh, c8, c8++, --c8);
  static int arr[8] = {0, 10, 20, 30, 40, 50, 60, 70};
  int *_Atomic p = arr;
  p++;
  p += 3;
  int *q = p--;
  printf("%d %d %td\n", *p, *q, p - arr);

  pthread_t t[4];
  for (long k = 0; k < 4; k++)
    pthread_create(&t[k], 0, work, (void *)k);
  for (int k = 0; k < 4; k++)
    pthread_join(t[k], 0);
  printf("%d %d %d %d %d\n", word.a, word.b, word.c, counts[0], counts[1]);
  return 0;
}
