// error: 3:6: conflicting types for 'f'; have 'long int(void)'
int f(void);
long f(void) { return 0; }
int main(void) { return 0; }
