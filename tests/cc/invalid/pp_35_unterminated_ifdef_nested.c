// error: 2: unterminated #else
#ifdef A
#else
#ifndef B
#endif
int main(void) { return 0; }
