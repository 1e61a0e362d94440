// error: 2:2: #elif without #if
#elif 1
int main(void) { return 0; }
