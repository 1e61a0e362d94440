// error: 2:20: expected '}' before ';' token
int a[3] = {1, 2, 3;
int main(void) { return 0; }
