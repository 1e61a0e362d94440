// error: 3:5: variably modified 'table' at file scope
int n = 4;
int table[n];
int main(void) { return 0; }
