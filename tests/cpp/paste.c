/* The ## operator (C17 6.10.3.3): new tokens, placemarkers, chains, rescanning. */
#define cat(a, b) a ## b
#define xcat(a, b) cat(a, b)
#define cat3(a, b, c) a ## b ## c
#define EMPTY
#define AB done_ab
#define PLUS +

cat(a, b) cat(1, 2) cat(x, 1) cat(1, x) cat(0x, 1f) cat(1e, 10) cat(1., 5)
cat(+, +) cat(+, =) cat(<, <=) cat(-, >) cat(>>, =) cat(&, &) cat(|, |) cat(#, #)
cat(%:, %:) cat(<, :) cat(:, >) cat(%, >)
cat(L, 'a') cat(L, "wide") cat(u8, "x") cat(u, 'c')
cat(A, B)              /* AB is then rescanned: done_ab */
cat(, b) cat(a, ) cat(,)
cat3(1, 2, 3) cat3(, 2, 3) cat3(1, , 3) cat3(1, 2, ) cat3(, , 3) cat3(, , )
cat(EMPTY, x)          /* operands are not expanded: EMPTYx */
xcat(EMPTY, x)         /* here they are: x */
cat(a b, c d)          /* only the adjacent tokens paste */
cat(PL, US) xcat(PL, US)
cat(c, at)(1, 2)       /* the pasted name is a macro: expanded on rescan */
#define OBJ x ## y ## z
OBJ
#define KW(t) t ## _kw
KW(int) KW(while) KW()
#define PAREN(x) (x) ## _suffix_is_not_pasted_with_paren
#define LEFT(x) x ## (
#define MIDDLE(a, b) [a ## b ## a]
MIDDLE(p, q) MIDDLE(, q) MIDDLE(p, )
#define NUM(a, b) a ## . ## b
NUM(1, 5) NUM(, 5) NUM(1, e5)
#define STRCAT(a, b) #a ## #b
#define SQUARE(x) x ## x
SQUARE(=) SQUARE(<) SQUARE(-)
