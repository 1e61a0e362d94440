/* `defined`: both spellings, in the middle of expressions, and produced by macros
   (undefined behaviour in C17 6.10.1p4; gcc evaluates it, as here). */
#define A
#define B 0
#if defined A && defined(B) && !defined C && !defined(C) && defined ( A )
plain_ok
#endif
#define IS_A defined(A)
#define IS_C defined C
#define DEF(x) defined(x)
#if IS_A && !IS_C && !DEF(C) && DEF(defined_later) == 0
from_macros_ok
#endif
#if defined A + defined B == 2
sum_ok
#endif
#if defined __LINE__ && defined __FILE__ && defined __COUNTER__ && defined __has_include
builtins_are_defined
#endif
#if defined _Pragma && defined __has_attribute && defined __has_builtin
operators_are_defined
#endif
#ifdef defined_later
#else
not_yet
#endif
#define defined_later
#ifdef defined_later
now
#endif
#if defined(defined_later) == 1 && (defined defined_later) + 1 == 2
parenthesised
#endif
#undef A
#if defined A
#else
undefined_again
#endif
