/* setjmp.h: C17 7.13. The buffer holds ra, sp, s0-s11 and fs0-fs11 (the registers the
   RISC-V calling convention preserves across calls). */
#ifndef _SETJMP_H
#define _SETJMP_H
#include <_gu_cdefs.h>
typedef struct {
    unsigned long __ra, __sp, __s[12];
    double __fs[12];
    int __mask_saved;
    unsigned long __mask;
} __gu_jmp_buf;
typedef __gu_jmp_buf jmp_buf[1];
typedef __gu_jmp_buf sigjmp_buf[1];
__BEGIN_DECLS
int setjmp(jmp_buf env) __attribute__((__returns_twice__));
int _setjmp(jmp_buf env) __attribute__((__returns_twice__));
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((__returns_twice__));
__gu_noreturn void longjmp(jmp_buf env, int value);
__gu_noreturn void _longjmp(jmp_buf env, int value);
__gu_noreturn void siglongjmp(sigjmp_buf env, int value);
__END_DECLS
#endif
