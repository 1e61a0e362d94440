// error: 2:13: division by zero in #if
#if 10 / (2 - 2)
#endif
int main(void) { return 0; }
