/* nested_outer.h - includes a sibling header by a quoted name. */
#ifndef NESTED_OUTER_H
#define NESTED_OUTER_H
#include "nested_inner.h"
#define OUTER_VALUE (INNER_VALUE * 2)
#endif
