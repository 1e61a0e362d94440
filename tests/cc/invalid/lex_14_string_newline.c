// error: 2:17: missing terminating " character
const char *s = "first line
second line";
int main(void) { return 0; }
