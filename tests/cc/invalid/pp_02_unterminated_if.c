// error: 3: unterminated #if
#define X 1
#if X
int main(void) { return 0; }
