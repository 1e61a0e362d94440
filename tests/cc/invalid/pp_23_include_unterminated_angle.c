// error: 2:18: missing terminating > character
#include <stdio.h
int main(void) { return 0; }
