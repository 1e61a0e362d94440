// error: 2:1: static assertion failed: "int must be 64 bits"
_Static_assert(sizeof(int) == 8, "int must be 64 bits");
int main(void) { return 0; }
