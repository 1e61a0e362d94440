// error: 2:14: '##' cannot appear at either end of a macro expansion
#define BAD(x) x ##

int main(void) { return 0; }
