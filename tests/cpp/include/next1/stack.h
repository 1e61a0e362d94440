first_stack_h __FILE__
#include_next <stack.h>
