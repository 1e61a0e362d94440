// error: 2:8: operator '+' has no right operand
#if 1 +
#endif
int main(void) { return 0; }
