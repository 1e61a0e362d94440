// error: 3:10: missing terminating ' character
int x = 1;
char c = '
