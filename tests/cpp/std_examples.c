/* C17's own examples of macro replacement: 6.10.3.3p4, 6.10.3.4p4 and
   6.10.3.5 EXAMPLES 1-3 (the rest are in std_example4.c ... std_example7.c). */

/* 6.10.3.3 EXAMPLE: ## between two # tokens makes ##, which is not an operator here. */
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
char p[] = join(x, y);

/* 6.10.3.4 EXAMPLE: unspecified whether 2*9*g or 2*f(9); gcc (and we) give 2*9*g. */
#define f(a) a*g
#define g(a) f(a)
f(2)(9)
#undef f
#undef g

/* 6.10.3.5 EXAMPLE 1 and 2. */
#define TABSIZE 100
int table[TABSIZE];
#define max(a, b) ((a) > (b) ? (a) : (b))
max(x, y) max(max(1, 2), 3)

/* 6.10.3.5 EXAMPLE 3. */
#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
g(x+(3,4)-w) | h 5) & m
(f)^m(m);
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
char c[2][6] = { str(hello), str() };
