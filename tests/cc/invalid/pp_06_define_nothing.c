// error: 2:8: no macro name given in #define directive
#define

int main(void) { return 0; }
