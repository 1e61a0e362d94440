// error-contains: 2:32: #include nested depth
#include "pp_33_self_include.c"
int main(void) { return 0; }
