/* Cases preprocessors are famous for getting wrong. */
#define f(x) x f
f(1)(2)
#define NIL(xxx) xxx
#define G_0(arg) NIL(G_1)(arg)
#define G_1(arg) NIL(arg)
G_0(42)
#define foo() bar
#define bar() foo
foo()()() foo()()()()
#define AA BB
#define BB AA
AA BB
#define obj(x) x
#define fn obj
fn(fn)(3) obj(obj)(4)
#define LP (
#define RP )
#define F(x, y) x + y
#define ELLIP_FUNC(...) __VA_ARGS__
ELLIP_FUNC(F, LP, 3, 4, RP)
#define q(x) x
#define r(x) x
q(r)(q)(r)(5)
#define recur(x) x recur
recur(recur)(1)
#define EMPTY
#define DEFER(id) id EMPTY
#define EXPAND(...) __VA_ARGS__
#define A() 123
DEFER(A)() EXPAND(DEFER(A)())
#define CHAIN_1(x) CHAIN_2(x)
#define CHAIN_2(x) CHAIN_3(x)
#define CHAIN_3(x) [x]
CHAIN_1(CHAIN_1(CHAIN_1(z)))
#define PROBE(x) x, 1,
#define SECOND(a, b, ...) b
#define IS_PROBE(...) SECOND(__VA_ARGS__, 0)
#define IS_PAREN(x) IS_PROBE(IS_PAREN_PROBE x)
#define IS_PAREN_PROBE(...) PROBE(~)
IS_PAREN(()) IS_PAREN(xxx)
