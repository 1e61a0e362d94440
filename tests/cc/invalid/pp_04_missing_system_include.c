// fatal error: 2:10: no_such_system_header.h: No such file or directory
#include <no_such_system_header.h>

int main(void) { return 0; }
