// error: 4:17: invalid application of 'sizeof' to incomplete type 'struct opaque'
struct opaque;
int main(void) {
  return sizeof(struct opaque);
}
