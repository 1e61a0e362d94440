/* __VA_OPT__ (C2x; gcc 12 accepts it in gnu17 too). */
#define F(...) f(0 __VA_OPT__(,) __VA_ARGS__)
#define G(X, ...) f(0, X __VA_OPT__(,) __VA_ARGS__)
#define SDEF(sname, ...) S sname __VA_OPT__(= { __VA_ARGS__ })
#define EMP
#define H(...) [__VA_OPT__(a b c)]
#define S(...) #__VA_OPT__(x   y)
#define P(a, ...) a ## __VA_OPT__(b c) ## d
#define Q(...) __VA_OPT__(__VA_ARGS__ +) done

F(a, b, c) F() F(EMP)
G(a, b, c) G(a, ) G(a)
SDEF(foo); SDEF(bar, 1, 2);
H() H(1) H(EMP) H(EMP EMP) H(,)
S() S(1) S(EMP)
P(1) P(1, 2) P(, 2)
Q() Q(1) Q(1, 2)
