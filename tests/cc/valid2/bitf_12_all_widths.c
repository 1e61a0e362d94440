#include <stdio.h>

#define F(n) unsigned f##n : n;
struct widths {
  F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9) F(10) F(11) F(12) F(13) F(14) F(15) F(16)
  F(17) F(18) F(19) F(20) F(21) F(22) F(23) F(24) F(25) F(26) F(27) F(28) F(29) F(30)
  F(31) F(32)
};
#undef F

int main(void) {
  struct widths w;
  printf("%zu\n", sizeof w);
  unsigned all = 0xffffffffu;
#define SET(n) w.f##n = all;
  SET(1) SET(2) SET(3) SET(4) SET(5) SET(6) SET(7) SET(8) SET(9) SET(10) SET(11) SET(12)
  SET(13) SET(14) SET(15) SET(16) SET(17) SET(18) SET(19) SET(20) SET(21) SET(22) SET(23)
  SET(24) SET(25) SET(26) SET(27) SET(28) SET(29) SET(30) SET(31) SET(32)
  unsigned long total = 0;
#define ADD(n) total += w.f##n + 1UL;
  ADD(1) ADD(2) ADD(3) ADD(4) ADD(5) ADD(6) ADD(7) ADD(8) ADD(9) ADD(10) ADD(11) ADD(12)
  ADD(13) ADD(14) ADD(15) ADD(16) ADD(17) ADD(18) ADD(19) ADD(20) ADD(21) ADD(22) ADD(23)
  ADD(24) ADD(25) ADD(26) ADD(27) ADD(28) ADD(29) ADD(30) ADD(31) ADD(32)
  printf("%lu %lu\n", total, (1UL << 33) - 2);
  printf("%x %x %x\n", w.f7, w.f19, w.f32);
  w.f13 = 0;
  printf("%x %x\n", w.f12, w.f14);
  return 0;
}
