/* Found while checking #pragma pack layouts against gcc's (random structs): an
 * unnamed zero-width bit-field moves the end of the struct to a boundary of its
 * type even as the last member, and packing does not change that.  groundup cc
 * left it out of the size: struct { unsigned char f0; short : 0; } was 1 byte,
 * not 2. */
#include <stdio.h>
#include <string.h>

struct tail { unsigned char f0; short : 0; };
struct tail_int { char a; int : 0; };
struct middle { char a; long : 0; char b; };
#pragma pack(1)
struct packed_tail { unsigned char f0; int : 0; };
#pragma pack()
struct __attribute__((packed)) attr_tail { char a; short : 0; char b; };

int main(void) {
  struct tail t[3];
  memset(t, 0, sizeof t);
  t[1].f0 = 7;
  printf("tail: %zu %zu, t[1] at %td\n", sizeof(struct tail), _Alignof(struct tail),
         (char *)&t[1] - (char *)t);
  printf("tail_int: %zu %zu\n", sizeof(struct tail_int), _Alignof(struct tail_int));
  printf("middle: %zu %zu\n", sizeof(struct middle), _Alignof(struct middle));
  printf("packed_tail: %zu %zu\n", sizeof(struct packed_tail), _Alignof(struct packed_tail));
  printf("attr_tail: %zu %zu\n", sizeof(struct attr_tail), _Alignof(struct attr_tail));
  printf("bytes:");
  for (size_t i = 0; i < sizeof t; i++)
    printf(" %d", ((unsigned char *)t)[i]);
  printf("\n");
  return 0;
}
