// error: 2:5: 'f' declared as function returning a function
int f(void)(void);
int main(void) { return 0; }
