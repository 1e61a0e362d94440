/* #include (C17 6.10.2): search paths, guards, #pragma once, computed names,
   #include_next. Compiled with -Iinclude -Iinclude/next1 -Iinclude/next2. */
#include "include/guarded.h"
#include "include/guarded.h"
#include <guarded.h>
GUARDED_VALUE
#include "include/once.h"
#include <once.h>
#include "include/./once.h"
#define UNGUARDED_ARG first
#include "include/unguarded.h"
#undef UNGUARDED_ARG
#define UNGUARDED_ARG second
#include <unguarded.h>
#include "include/nested.h"
#define HEADER "include/unguarded.h"
#include HEADER
#define ANGLED <unguarded.h>
#include ANGLED
#define STR(x) #x
#define XSTR(x) STR(x)
#define NAME unguarded
#include XSTR(include/NAME.h)
#include <stack.h>
#include "include/cond_guard.h"
#include "include/cond_guard.h"
#include "include/not_a_guard.h"
#include "include/not_a_guard.h"
#if __has_include("include/once.h") && __has_include(<guarded.h>) && !__has_include(<nope.h>)
has_include_ok
#endif
#ifdef __has_include
# if __has_include(HEADER) && __has_include(ANGLED)
has_include_macro_ok
# endif
#endif
__INCLUDE_LEVEL__ __BASE_FILE__
