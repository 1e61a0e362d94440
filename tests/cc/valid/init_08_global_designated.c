#include "test.h"

enum { RED, GREEN, BLUE, NCOLORS };

static const char *color_names[NCOLORS] = {
  [BLUE] = "blue",
  [RED] = "red",
  [GREEN] = "green",
};

struct cfg { int w, h; const char *title; };
struct cfg window = {.title = "main", .h = 480, .w = 640};
int sparse[10] = {[9] = 9, [0] = 1};

int main(void) {
  ASSERT('g', color_names[GREEN][0]);
  ASSERT('b', color_names[BLUE][0]);
  ASSERT(640, window.w);
  ASSERT(480, window.h);
  ASSERT('m', *window.title);
  ASSERT(10, sparse[0] + sparse[9] + sparse[5]);
  return 0;
}
