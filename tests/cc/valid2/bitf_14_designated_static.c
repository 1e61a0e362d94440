#include "test.h"

struct insn {
  unsigned opcode : 7;
  unsigned rd : 5;
  unsigned funct3 : 3;
  unsigned rs1 : 5;
  unsigned rs2 : 5;
  unsigned funct7 : 7;
};

static const struct insn add_x1_x2_x3 = {.opcode = 0x33, .rd = 1, .rs1 = 2, .rs2 = 3};
static struct insn table[2] = {{0x13, 5, 0, 5, 0, 0}, {.funct7 = 0x20, .opcode = 0x33}};

static unsigned encode(struct insn i) {
  return i.funct7 << 25 | i.rs2 << 20 | i.rs1 << 15 | i.funct3 << 12 | i.rd << 7 | i.opcode;
}

int main(void) {
  ASSERT(4, sizeof(struct insn));
  ASSERT(0x003100b3, encode(add_x1_x2_x3));
  ASSERT(0x00028293, encode(table[0]));
  ASSERT(0x40000033, encode(table[1]));
  struct insn local = {.rd = 31, .funct3 = 7};
  ASSERT(0x7f80, encode(local));
  return 0;
}
