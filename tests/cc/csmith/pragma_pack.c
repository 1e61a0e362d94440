/* csmith seed 95 (--float --max-funcs 4 ...): `#pragma pack(push)`,
 * `#pragma pack(1)`, a struct, `#pragma pack(pop)`.  groundup cc ignored
 * #pragma pack, laid struct S0 out with padding (size 12, not 9) and so read
 * the wrong bytes through the union's other member: the checksum differed at
 * -O0 and -O2.  Also: pack(N), pack(), push with a value, named push and pop,
 * _Pragma, members of a packed struct, and bit-fields under pack(N). */
#include <stddef.h>
#include <stdio.h>

#pragma pack(push)
#pragma pack(1)
struct S0 {
  const signed char f0;
  int f1;
  float f2;
};
#pragma pack(pop)

union U2 {
  struct S0 f0;
  short *volatile f1;
  volatile unsigned short f2;
};

static union U2 g_39 = {{-24, 0x6D6F, 2.5f}};

struct natural { char a; int b; }; /* after pop: no packing */

#pragma pack(2)
struct two { char a; long b; char c; };
#pragma pack()
struct reset { char a; long b; };

#pragma pack(push, 4)
struct four { char a; long b; };
#pragma pack(push, inner, 1)
struct one { char a; long b; short c; };
#pragma pack(push, 2)
#pragma pack(pop, inner) /* back to 4: pops the 2 and the named 1 */
struct four_again { char a; long b; };
#pragma pack(pop)
struct unpacked { char a; long b; };

_Pragma("pack(1)")
struct via_operator { char a; short b; };
struct bits { char a; unsigned b : 4; unsigned c : 12; int d : 3; unsigned char e; };
#pragma pack()

#pragma pack(2)
struct bits2 { char a; int b : 20; long c : 10; char d; };
#pragma pack()

static struct one ones[3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};

int main(void) {
  printf("g_39.f2 = %#x\n", g_39.f2);
  printf("g_39.f0.f0 = %d, f1 = %#x, f2 * 2 = %d\n", g_39.f0.f0, g_39.f0.f1,
         (int)(g_39.f0.f2 * 2));
  printf("S0: size %zu align %zu f1@%zu f2@%zu\n", sizeof(struct S0), _Alignof(struct S0),
         offsetof(struct S0, f1), offsetof(struct S0, f2));
  printf("union U2: size %zu\n", sizeof(union U2));
  printf("natural: %zu\n", sizeof(struct natural));
  printf("two: size %zu align %zu b@%zu c@%zu\n", sizeof(struct two), _Alignof(struct two),
         offsetof(struct two, b), offsetof(struct two, c));
  printf("reset: %zu\n", sizeof(struct reset));
  printf("four: %zu b@%zu\n", sizeof(struct four), offsetof(struct four, b));
  printf("one: %zu c@%zu\n", sizeof(struct one), offsetof(struct one, c));
  printf("four_again: %zu\n", sizeof(struct four_again));
  printf("unpacked: %zu\n", sizeof(struct unpacked));
  printf("via_operator: %zu\n", sizeof(struct via_operator));
  printf("bits: size %zu align %zu e@%zu\n", sizeof(struct bits), _Alignof(struct bits),
         offsetof(struct bits, e));
  printf("bits2: size %zu align %zu d@%zu\n", sizeof(struct bits2), _Alignof(struct bits2),
         offsetof(struct bits2, d));

  long sum = 0;
  for (int i = 0; i < 3; i++)
    sum = sum * 100 + ones[i].a * 10 + ones[i].b + ones[i].c;
  printf("ones: %ld, ones[1].b@%td\n", sum, (char *)&ones[1].b - (char *)ones);
  struct one *p = &ones[2];
  p->b += 1000;
  p->c = (short)(p->b * 3);
  printf("ones[2]: %ld %d\n", p->b, p->c);

  struct bits b = {1, 9, 0xabc, -3, 200};
  b.c += 1;
  b.d = b.d + 1;
  printf("bits: %d %u %#x %d %d\n", b.a, b.b, b.c, b.d, b.e);
  unsigned char *raw = (unsigned char *)&b;
  printf("bits bytes:");
  for (size_t i = 0; i < sizeof b; i++)
    printf(" %02x", raw[i]);
  printf("\n");
  struct bits2 c = {5, -70000, -300, 7};
  c.b += 3;
  printf("bits2: %d %d %d %d\n", c.a, c.b, (int)c.c, c.d);
  return 0;
}
