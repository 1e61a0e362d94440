// error: 2:13: operator "defined" requires an identifier
#if defined(1)
#endif
int main(void) { return 0; }
