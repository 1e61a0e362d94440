// error: 2:2: #else without #if
#else
int main(void) { return 0; }
