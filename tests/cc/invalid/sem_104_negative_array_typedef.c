// error: 2:14: size of array 'check' is negative
typedef char check[sizeof(int) == 2 ? 1 : -1];
int main(void) { return 0; }
