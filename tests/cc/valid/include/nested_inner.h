/* nested_inner.h - found next to nested_outer.h */
#ifndef NESTED_INNER_H
#define NESTED_INNER_H
#define INNER_VALUE 21
static int inner_twice(int x) { return 2 * x; }
#endif
