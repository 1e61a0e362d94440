// error: 4:2: #elif after #else
#if 0
#else
#elif 1
#endif
int main(void) { return 0; }
