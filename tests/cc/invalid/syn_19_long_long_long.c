// error: 2:11: 'long long long' is too long for GCC
long long long big;
int main(void) { return 0; }
