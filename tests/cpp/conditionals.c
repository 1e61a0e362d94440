/* #if groups (C17 6.10.1): nesting, #elif chains, and skipped groups, where only
   the directive names count and anything else may appear. */
#define LEVEL 2
#if LEVEL == 1
one
#elif LEVEL == 2
two
# if defined(LEVEL) && LEVEL > 1
two_nested
# else
never
# endif
#elif LEVEL == 3
three
#else
other
#endif
#if 0
  It's skipped: unbalanced 'quotes and "strings are fine here.
  #error not reached
  #bogus directive
  #if garbage (((
  #elif more garbage
  #else
  #endif
  #include <does/not/exist.h>
#elif 0
#else
else_taken
#endif
#ifdef LEVEL
ifdef_taken
#endif
#ifndef LEVEL
#else
ifndef_else
#endif
#if 1
# if 0
# elif 0
# else
deep_else
#  if 1
deepest
#  endif
# endif
#endif
#if 0
#if 1
#else
#endif
#elif 1
after_skipped_nest
#endif
#ifdef UNDEFINED_THING
#elifdef LEVEL
elifdef_taken
#endif
#ifdef UNDEFINED_THING
#elifndef UNDEFINED_THING
elifndef_taken
#endif
#if 1 //
comment_after_if
#endif // comment after endif
#if 0 /* a comment
spanning lines inside the condition */ || 1
multiline_condition
#endif
