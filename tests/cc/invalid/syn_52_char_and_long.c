// error: 2:6: both 'long' and 'char' in declaration specifiers
long char c;
int main(void) { return 0; }
