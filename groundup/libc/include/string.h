/* string.h: C17 7.24, plus the POSIX and GNU functions programs commonly use. */
#ifndef _STRING_H
#define _STRING_H
#include <_gu_cdefs.h>
typedef __SIZE_TYPE__ size_t;
#ifndef NULL
#define NULL ((void *)0)
#endif
__BEGIN_DECLS
void *memcpy(void *__gu_restrict dst, const void *__gu_restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
void *memrchr(const void *s, int c, size_t n);
void *memccpy(void *__gu_restrict dst, const void *__gu_restrict src, int c, size_t n);
void *mempcpy(void *__gu_restrict dst, const void *__gu_restrict src, size_t n);
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t n);
char *strcpy(char *__gu_restrict dst, const char *__gu_restrict src);
char *strncpy(char *__gu_restrict dst, const char *__gu_restrict src, size_t n);
char *stpcpy(char *__gu_restrict dst, const char *__gu_restrict src);
char *stpncpy(char *__gu_restrict dst, const char *__gu_restrict src, size_t n);
char *strcat(char *__gu_restrict dst, const char *__gu_restrict src);
char *strncat(char *__gu_restrict dst, const char *__gu_restrict src, size_t n);
size_t strlcpy(char *__gu_restrict dst, const char *__gu_restrict src, size_t n);
size_t strlcat(char *__gu_restrict dst, const char *__gu_restrict src, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
size_t strxfrm(char *__gu_restrict dst, const char *__gu_restrict src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strchrnul(const char *s, int c);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strstr(const char *hay, const char *needle);
char *strcasestr(const char *hay, const char *needle);
char *strtok(char *__gu_restrict s, const char *__gu_restrict delim);
char *strtok_r(char *__gu_restrict s, const char *__gu_restrict delim, char **__gu_restrict save);
char *strsep(char **sp, const char *delim);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
char *strerror(int errnum);
int strerror_r(int errnum, char *buf, size_t n);
char *strsignal(int sig);
__END_DECLS
#include <strings.h>
#endif
