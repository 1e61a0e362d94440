// error: 8:2: #error "unsupported MODE"
#define MODE 3
#if MODE == 1
int mode = 1;
#elif MODE == 2
int mode = 2;
#else
#error "unsupported MODE"
#endif
