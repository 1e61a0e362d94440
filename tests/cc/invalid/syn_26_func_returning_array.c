// error: 2:5: 'f' declared as function returning an array
int f(void)[4];
int main(void) { return 0; }
