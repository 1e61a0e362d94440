/* stdlib.h: C17 7.22, plus POSIX's setenv family and the book's heap walk. */
#ifndef _STDLIB_H
#define _STDLIB_H
#include <_gu_cdefs.h>
typedef __SIZE_TYPE__ size_t;
#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
#define MB_CUR_MAX ((size_t)1)
typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;
__BEGIN_DECLS
long strtol(const char *__gu_restrict s, char **__gu_restrict end, int base);
unsigned long strtoul(const char *__gu_restrict s, char **__gu_restrict end, int base);
long long strtoll(const char *__gu_restrict s, char **__gu_restrict end, int base);
unsigned long long strtoull(const char *__gu_restrict s, char **__gu_restrict end, int base);
double strtod(const char *__gu_restrict s, char **__gu_restrict end);
float strtof(const char *__gu_restrict s, char **__gu_restrict end);
long double strtold(const char *__gu_restrict s, char **__gu_restrict end);
double atof(const char *s);
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *));
int rand(void);
void srand(unsigned seed);
int rand_r(unsigned *seed);
int abs(int j);
long labs(long j);
long long llabs(long long j);
div_t div(int n, int d);
ldiv_t ldiv(long n, long d);
lldiv_t lldiv(long long n, long long d);
char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *string);
int clearenv(void);
__gu_noreturn void exit(int status);
__gu_noreturn void _Exit(int status);
__gu_noreturn void abort(void);
__gu_noreturn void quick_exit(int status);
int atexit(void (*fn)(void));
int at_quick_exit(void (*fn)(void));
void *malloc(size_t n);
void *calloc(size_t count, size_t n);
void *realloc(void *p, size_t n);
void *reallocarray(void *p, size_t count, size_t n);
void free(void *p);
void *aligned_alloc(size_t align, size_t n);
int posix_memalign(void **out, size_t align, size_t n);
void *memalign(size_t align, size_t n);
size_t malloc_usable_size(void *p);
/* groundup's heap: print the allocator's counters; walk every block of the heap. */
void malloc_stats(void);
struct malloc_block_info { void *address; size_t size; int free; };
int malloc_walk(int (*visit)(const struct malloc_block_info *block, void *arg), void *arg);
int malloc_check(void);
int system(const char *command);
int mkstemp(char *template);
__END_DECLS
#endif
