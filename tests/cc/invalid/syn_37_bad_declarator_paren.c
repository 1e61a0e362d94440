// error: 2:7: expected ')' before ';' token
int (x;
int main(void) { return 0; }
