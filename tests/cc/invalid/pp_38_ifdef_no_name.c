// error: 2:7: no macro name given in #ifdef directive
#ifdef
#endif
int main(void) { return 0; }
