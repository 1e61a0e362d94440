// error: 3:2: #endif without #if
int main(void) { return 0; }
#endif
