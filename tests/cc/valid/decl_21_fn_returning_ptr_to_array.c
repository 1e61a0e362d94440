#include "test.h"

static int rows[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};

typedef int (*row_ptr)[4];
typedef row_ptr (*row_getter)(int);

row_ptr get_row(int i) { return &rows[i]; }

int (*(*getter_of(void))(int))[4] { return get_row; }

int main(void) {
  row_getter g = get_row;
  ASSERT(7, (*g(1))[2]);
  ASSERT(12, (*getter_of()(2))[3]);
  ASSERT(16, sizeof *get_row(0));
  return 0;
}
