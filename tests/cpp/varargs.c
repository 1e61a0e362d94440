/* Variadic macros: __VA_ARGS__, named GNU variadics, #__VA_ARGS__. */
#define v(...) <__VA_ARGS__>
#define v1(a, ...) <a; __VA_ARGS__>
#define s(...) #__VA_ARGS__
#define named(fmt, args...) printf(fmt, args)
#define named_only(args...) {args}
#define count(...) count_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define count_(a, b, c, d, e, n, ...) n

v() v(1) v(1, 2) v(1,2,3) v( , ) v((a, b), c)
v1(x) v1(x, ) v1(x, y) v1(x, y, z)
s() s(a) s(a,b) s(a , b) s( a ,  b  ,c ) s(,) s( , , )
named("%d", 1) named("%d %d", 1, 2)
named_only() named_only(1, 2, 3)
count(a) count(a, b) count(a, b, c) count(a, b, c, d, e)
#define DEBUG(fmt, ...) fprintf(stderr, fmt, __VA_ARGS__)
DEBUG("%d %s\n", 1, "x");
#define FIRST(a, ...) a
#define REST(a, ...) __VA_ARGS__
FIRST(1, 2, 3) REST(1, 2, 3) REST(1) FIRST()
#define EXPAND(...) __VA_ARGS__
#define DEFER(m) m EMPTY_
#define EMPTY_
EXPAND(v(1, 2)) EXPAND(FIRST EMPTY_ (9, 8))
