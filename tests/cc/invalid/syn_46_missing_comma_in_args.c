// error: 3:28: expected ')' before numeric constant
int f(int a, int b) { return a + b; }
int main(void) { return f(1 2); }
