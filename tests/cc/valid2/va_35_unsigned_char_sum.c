#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

/* checksum over a list of byte values, 16-bit words and 64-bit words */
static uint32_t checksum(const char *layout, ...) {
  va_list ap;
  va_start(ap, layout);
  uint32_t sum = 0;
  for (const char *p = layout; *p; p++) {
    uint64_t v;
    switch (*p) {
    case 'b':
      v = (uint8_t)va_arg(ap, int);
      break;
    case 'w':
      v = (uint16_t)va_arg(ap, int);
      break;
    default:
      v = va_arg(ap, uint64_t);
      break;
    }
    sum = (sum << 5 | sum >> 27) ^ (uint32_t)(v ^ v >> 32);
  }
  va_end(ap);
  return sum;
}

int main(void) {
  uint8_t b = 0xab;
  uint16_t w = 0xfedc;
  printf("%08x\n", checksum("bwq", b, w, (uint64_t)0x0123456789abcdefULL));
  printf("%08x\n", checksum("bbbbbbbbbbbb", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 255));
  printf("%08x\n", checksum("qwqw", UINT64_MAX, 0xffff, (uint64_t)1 << 63, -1));
  return 0;
}
