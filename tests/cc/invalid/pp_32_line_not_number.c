// error: 2:7: "abc" after #line is not a positive integer
#line abc
int main(void) { return 0; }
