#ifndef NOT_A_GUARD
#define NOT_A_GUARD
first_time
#else
second_time
#endif
