/* assert.h: C17 7.2 (may be included again with another NDEBUG). */
#include <_gu_cdefs.h>
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
__BEGIN_DECLS
__gu_noreturn void __assert_fail(const char *expr, const char *file, unsigned line,
                                 const char *func);
__END_DECLS
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif
#ifndef __cplusplus
#undef static_assert
#define static_assert _Static_assert
#endif
