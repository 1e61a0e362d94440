// error: 2:14: missing ')' after "defined"
#if defined(X
#endif
int main(void) { return 0; }
