// error: 3:7: token "=" is not valid in preprocessor expressions
#define X 1
#if X = 1
#endif
int main(void) { return 0; }
