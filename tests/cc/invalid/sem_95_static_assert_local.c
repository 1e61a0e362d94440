// error: 3:3: static assertion failed: "arithmetic is broken"
int main(void) {
  _Static_assert(1 + 1 == 3, "arithmetic is broken");
  return 0;
}
