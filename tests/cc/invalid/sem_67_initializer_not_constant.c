// error: 3:9: initializer element is not constant
int a = 1;
int b = a + 1;
int main(void) { return b; }
