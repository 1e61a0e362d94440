// error: 2:7: missing binary operator before token "2"
#if 1 2
#endif
int main(void) { return 0; }
