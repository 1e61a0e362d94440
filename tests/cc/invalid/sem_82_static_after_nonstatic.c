// error: 3:12: static declaration of 'helper' follows non-static declaration
int helper(void);
static int helper(void) { return 0; }
int main(void) { return helper(); }
