// error: 2:1: multiple storage classes in declaration specifiers
static extern int z;
int main(void) { return 0; }
