// error: 2:4: #if with no expression
#if
#endif
int main(void) { return 0; }
