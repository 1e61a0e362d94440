// error-contains: 3:5: conflicting types for 'g'
int g(int a);
int g(int a, int b) { return a + b; }
int main(void) { return 0; }
