// error: 4:17: storage size of 'o' isn't known
struct opaque;
int main(void) {
  struct opaque o;
  return 0;
}
