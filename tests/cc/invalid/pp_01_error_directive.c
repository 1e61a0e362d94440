// error: 5:2: #error this program needs version 2
#define VERSION 1

#if VERSION < 2
#error this program needs version 2
#endif

int main(void) { return 0; }
