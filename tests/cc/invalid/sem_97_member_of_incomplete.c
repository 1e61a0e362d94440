// error: 4:11: invalid use of undefined type 'struct opaque'
struct opaque;
int get(struct opaque *p) {
  return p->field;
}
int main(void) { return 0; }
