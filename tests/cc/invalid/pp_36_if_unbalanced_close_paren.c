// error: 2:10: missing '(' in expression
#if 1 + 2)
#endif
int main(void) { return 0; }
