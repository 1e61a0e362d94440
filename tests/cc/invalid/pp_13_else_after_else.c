// error: 4:2: #else after #else
#if 0
#else
#else
#endif
int main(void) { return 0; }
