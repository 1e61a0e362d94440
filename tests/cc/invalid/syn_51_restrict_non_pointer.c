// error: 2:1: invalid use of 'restrict'
restrict int x;
int main(void) { return 0; }
