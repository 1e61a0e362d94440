/* __COUNTER__ counts its expansions, wherever they happen (#if, arguments, #line). */
__COUNTER__ __COUNTER__ __COUNTER__
#define NEXT __COUNTER__
#define TWO(x) x x
#define CAT(a, b) a ## b
#define XCAT(a, b) CAT(a, b)
NEXT NEXT TWO(__COUNTER__) TWO(NEXT)
XCAT(label_, __COUNTER__) XCAT(label_, __COUNTER__)
CAT(label_, __COUNTER__)
#if __COUNTER__ == 11
counted_in_if
#endif
#define STR(x) #x
#define XSTR(x) STR(x)
STR(__COUNTER__) XSTR(__COUNTER__)
__COUNTER__
