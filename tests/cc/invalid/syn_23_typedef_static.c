// error: 2:1: multiple storage classes in declaration specifiers
typedef static int myint;
int main(void) { return 0; }
