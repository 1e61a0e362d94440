// error: 2:9: macro names must be identifiers
#define 123 x

int main(void) { return 0; }
