/* Rescanning and "blue paint": a macro is not replaced inside its own expansion
   (C17 6.10.3.4p2), and a name painted once stays unexpandable. */
#define foo foo
#define bar baz bar
#define baz bar qux
#define self(x) self(x) x
#define f(x) g(x)
#define g(x) f(x) h
#define h(x) [x]
#define id(x) x
#define twice(x) x x

foo bar baz
self(1) self(self(2))
f(1)
id(foo) id(bar) id(self(3))
twice(bar)
#define a a b
#define b a c
a b
#define ind(x) x
#define rec ind(rec)
rec ind(rec)
#define obj func
#define func(x) obj(x) + x
func(1) obj(2)
#define paint(x) x
paint(paint)(2)        /* the inner name is painted by the argument's expansion? */
#define LPAREN (
#define call(x) x LPAREN 1)
call(id)
#define APPLY(m, x) m(x)
APPLY(APPLY, (id, 5))
APPLY(id, APPLY(id, 6))
