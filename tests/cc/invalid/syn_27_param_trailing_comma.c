// error: 2:14: expected declaration specifiers or '...' before ')' token
int f(int a, ) { return a; }
int main(void) { return 0; }
