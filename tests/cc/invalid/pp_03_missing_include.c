// fatal error: 2:10: no_such_header_anywhere.h: No such file or directory
#include "no_such_header_anywhere.h"

int main(void) { return 0; }
