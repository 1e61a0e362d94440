// error: 2:8: macro names must be identifiers
#undef 42
int main(void) { return 0; }
