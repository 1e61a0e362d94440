// error: 2:10: both 'signed' and 'unsigned' in declaration specifiers
unsigned signed x;
int main(void) { return 0; }
