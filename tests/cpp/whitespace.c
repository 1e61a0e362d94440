/* Comments are one space (phase 3), splices vanish (phase 2), and directives may be
   written with whitespace and comments around the #. */
#define SPLICED 1 + \
                2
SPLICED
  #   define   INDENTED   ok
INDENTED
/**/ # /**/ define /**/ COMMENTED /**/ yes /**/
COMMENTED
/* a comment
   before the # on a later line */ # define AFTER_COMMENT still_a_directive
AFTER_COMMENT
int spl\
iced_name = 1\
2;
"a string \
continued" 'x\
'
#def\
ine SPLIT_DIRECTIVE spl\
it
SPLIT_DIRECTIVE
a/**/b a//comment
b/* x */-/* y */-c
#define E
-E- +E+ E-E
#define NOSPACE(x) -x-
NOSPACE(-) NOSPACE(E) NOSPACE()
	tab	separated	tokens
    form feed:  x
x = y// line comment \
   continued comment
z
