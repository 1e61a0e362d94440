/* #pragma is passed on (other than once, system_header, push/pop_macro, poison,
   GCC warning/error); _Pragma (C17 6.10.9) makes one from a string. */
#pragma STDC FP_CONTRACT ON
#pragma GCC diagnostic push
#pragma weak symbol
#pragma pack(push, 4)
#define PRAGMA(x) _Pragma(#x)
#define MESSAGE(text) PRAGMA(message(text))
before PRAGMA(omp parallel for) after
MESSAGE("hello") x
_Pragma("GCC dependency_not_really") _Pragma("STDC CX_LIMITED_RANGE OFF")
#define X 1
#pragma push_macro("X")
#undef X
#define X 2
X
#pragma pop_macro("X")
X
#pragma push_macro("Y")
#define Y defined_after_push
Y
#pragma pop_macro("Y")
Y
#pragma pack(pop)
#ident "version 1"
_Pragma("weak \"quoted\" \\ back")
#define ARGS(a) [a]
ARGS(1
#pragma inside arguments
2)
