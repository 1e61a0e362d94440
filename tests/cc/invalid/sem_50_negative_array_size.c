// error: 2:5: size of array 'table' is negative
int table[-1];
int main(void) { return 0; }
