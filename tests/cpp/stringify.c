/* The # operator (C17 6.10.3.2): spelling, whitespace, quotes and backslashes. */
#define str(x) #x
#define xstr(x) str(x)
#define str2(a, b) #a #b
#define EMPTY
#define SPACE(x)   x

str(hello)
str(  leading and   trailing   )
str(a/**/b)            /* a comment is whitespace: "a b" */
str(a /* c */ + /* d */ b)
str("quoted \"string\" \\ with \n escapes")
str('"') str('\'') str('\\') str(L'x')
str(u8"utf" u"16" U"32" L"wide")
str(\)                 /* a lone backslash: dropped, with a warning */
str(a \n b)            /* a backslash outside a literal is not escaped */
str()                  /* empty: "" */
str( )
str(EMPTY)             /* not expanded */
xstr(EMPTY)            /* expanded first: "" */
xstr(EMPTY a EMPTY b EMPTY)
xstr(SPACE(a)b)
xstr( SPACE( a ) + SPACE(b) )
str2(one, two)
str2(,)
str(
    spread
        over
    lines
)
str(x    /* comment
           spanning lines */   y)
str(a\
b)
str(@ ` $)
str(==>) str(<::><%%>%:) str(%:%:)
xstr(__LINE__) str(__LINE__)
xstr(str(nested))
xstr(str(nested "q"))
#define STR_OF_STR(x) str(#x)
STR_OF_STR(a "b" 'c')
#define TOKENS(x) str(x) xstr(x)
TOKENS(EMPTY - EMPTY + EMPTY)
