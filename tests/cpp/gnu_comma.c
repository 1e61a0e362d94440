/* GNU's `, ## __VA_ARGS__`: the comma goes when the variable arguments are left out
   (and, in the GNU dialects, when a macro with only ... gets nothing). */
#define e(fmt, ...) printf(fmt, ## __VA_ARGS__)
#define e2(fmt, args...) printf(fmt , ##args)
#define only(...) f(x, ## __VA_ARGS__)
#define middle(a, ...) {a , ## __VA_ARGS__ , end}
#define EMPTY

e("a") e("a", ) e("a", 1) e("a", 1, 2) e("a", EMPTY)
e2("b") e2("b", ) e2("b", 1) e2("b", 1, 2)
only() only( ) only(1) only(1, 2) only(EMPTY)
middle(1) middle(1, ) middle(1, 2)
#define nested(fmt, ...) e(fmt, ## __VA_ARGS__)
nested("n") nested("n", 3)
#define paste_va(x, ...) x ## __VA_ARGS__
paste_va(a) paste_va(a, b) paste_va(a, b, c)
