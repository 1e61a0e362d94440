#include "test.h"

typedef enum { LOW, MID, HIGH } level_t;
typedef union {
  int i;
  unsigned char b[4];
} word_t;
typedef struct {
  level_t level;
  word_t word;
} packet_t;

int main(void) {
  packet_t p = {HIGH, {0x01020304}};
  ASSERT(2, p.level);
  ASSERT(4, p.word.b[0]);
  ASSERT(8, sizeof(packet_t));
  level_t l = MID;
  ASSERT(1, l);
  return 0;
}
