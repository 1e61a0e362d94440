// error: 2:7: 'void' must be the only parameter
int f(void, int x) { return x; }
int main(void) { return 0; }
