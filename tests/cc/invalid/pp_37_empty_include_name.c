// error: 2:10: empty filename in #include
#include ""
int main(void) { return 0; }
