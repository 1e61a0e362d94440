// error: 2:5: token ""yes"" is not valid in preprocessor expressions
#if "yes"
#endif
int main(void) { return 0; }
