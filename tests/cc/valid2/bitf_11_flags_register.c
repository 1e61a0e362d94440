#include <stdio.h>

struct status {
  unsigned carry : 1;
  unsigned zero : 1;
  unsigned irq_off : 1;
  unsigned decimal : 1;
  unsigned brk : 1;
  unsigned : 1;
  unsigned overflow : 1;
  unsigned negative : 1;
};

static void add8(struct status *st, unsigned char *acc, unsigned char v) {
  unsigned sum = *acc + v + st->carry;
  unsigned char r = (unsigned char)sum;
  st->carry = sum > 0xff;
  st->overflow = ((*acc ^ r) & (v ^ r) & 0x80) != 0;
  st->zero = r == 0;
  st->negative = r >> 7;
  *acc = r;
}

static void show(struct status st, unsigned char acc) {
  printf("acc=%3u C%u Z%u V%u N%u\n", acc, st.carry, st.zero, st.overflow, st.negative);
}

int main(void) {
  struct status st = {0};
  unsigned char acc = 100;
  add8(&st, &acc, 27);
  show(st, acc);
  add8(&st, &acc, 1);
  show(st, acc);
  add8(&st, &acc, 128);
  show(st, acc);
  add8(&st, &acc, 0);
  show(st, acc);
  st.irq_off = 1;
  st.brk = 1;
  printf("%zu %u %u\n", sizeof st, st.irq_off, st.decimal);
  return 0;
}
