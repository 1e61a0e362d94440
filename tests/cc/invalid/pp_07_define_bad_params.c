// error: 2:15: expected ',' or ')', found "b"
#define ADD(a b) ((a) + (b))

int main(void) { return 0; }
