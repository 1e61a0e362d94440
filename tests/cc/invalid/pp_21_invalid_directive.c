// error-contains: 2:2: invalid preprocessing directive #iff
#iff 1
int main(void) { return 0; }
