/* A classic include guard: the second #include reads nothing. */
#ifndef GUARDED_H
#define GUARDED_H
int guarded_count = __COUNTER__;
#define GUARDED_VALUE 42
#endif
