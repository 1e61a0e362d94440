/* Shared definitions of groundup's libc headers (not a standard header). */
#ifndef _GU_CDEFS_H
#define _GU_CDEFS_H
#ifdef __cplusplus
#define __BEGIN_DECLS extern "C" {
#define __END_DECLS }
#else
#define __BEGIN_DECLS
#define __END_DECLS
#endif
#define __gu_noreturn __attribute__((__noreturn__))
#define __gu_printf(f, a) __attribute__((__format__(__printf__, f, a)))
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define __gu_restrict restrict
#else
#define __gu_restrict
#endif
#endif
