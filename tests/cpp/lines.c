/* Macro calls spanning lines, directives inside arguments, and __LINE__ there
   (gcc: a __LINE__ written in an argument is its own line; one that comes from a
   replacement list is the line of the outermost macro's name). */
#define f(x) x
#define g(x, y) x __LINE__ y
#define L __LINE__
#define call(m, a) m(a)

f(
a
__LINE__
)
__LINE__ f(__LINE__
)
g(1,
2)
g(
__LINE__
,
__LINE__)
f(L
) L f(f(
L))
call(f,
  __LINE__) call(
  f, (__LINE__, L))
f(1
#define INSIDE 7
INSIDE)
f(2
#ifdef INSIDE
  yes
#else
  no
#endif
)
#undef INSIDE
f(f
(3))
f(f)
(4)
g(
  a,
  b
) after
last __LINE__
