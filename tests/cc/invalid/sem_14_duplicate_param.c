// error: 2:18: redefinition of parameter 'a'
int f(int a, int a) { return a; }
int main(void) { return 0; }
