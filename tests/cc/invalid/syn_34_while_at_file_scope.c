// error: 2:1: expected identifier or '(' before 'while'
while (1) {}
int main(void) { return 0; }
