// error: 3:9: initializer element is not constant
int f(void) { return 1; }
int g = f();
int main(void) { return g; }
