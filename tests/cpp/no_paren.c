/* A function-like macro's name not followed by ( is an ordinary identifier. */
#define f(x) <x>
#define g f
#define h() empty_call
#define EMPTY

f f + 1 f[2] f; (f)(1)
f
(across_lines)
f
/* a comment */ (after_comment)
f EMPTY (empty_between)
g(1) g (2) g
(3)
h() h( ) h
() h
#define ends_with_f f
ends_with_f(4)
ends_with_f (5)
ends_with_f
(6)
#define wrap(x) x(7)
wrap(f) wrap(one_h)
int f; int (f)(int); int x = f;
