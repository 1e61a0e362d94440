/* Arguments: nesting, commas, emptiness, counts (C17 6.10.3p10-12). */
#define one(a) [a]
#define two(a, b) [a|b]
#define three(a, b, c) [a|b|c]
#define none() []

one((1, 2)) one((a, (b, c), d)) one(f(x, y))
one("a, b") one('a,b'[0]) one(',')
two([1, 2]) two({a, b})     /* brackets and braces do not group */
two(, ) two(a, ) two(, b) two((, ), (,))
three(, , ) three(1, , 3) three((1), (2), (3))
one() one( ) one(/* nothing */)
none() none( ) none(/**/)
one(one(one(deep)))
two(one(x), one(y))
two(
  1,
  2
)
two( a b , c d )
one(((((((((((deep))))))))))) 
#define comma ,
#define lp (
#define rp )
one(comma) two(comma, comma)
one(lp) one(rp)
#define apply(m, args) m args
apply(two, (x, y)) apply(one, ((p, q)))
