// error: 2:8: expected identifier before numeric constant
enum { 1, 2 };
int main(void) { return 0; }
