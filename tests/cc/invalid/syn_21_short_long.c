// error: 2:7: both 'long' and 'short' in declaration specifiers
short long y;
int main(void) { return 0; }
