/* The mem* functions. memcpy, memmove and memset move words (8 bytes) when the two
 * pointers sit at the same offset in a word, four words to a loop step: the compiler
 * calls them for every struct copy and large initializer, and realloc for every block
 * it moves. */
#include <string.h>
#include <stdint.h>

typedef uint64_t word;

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if ((((uintptr_t)d ^ (uintptr_t)s) & 7) == 0) {
        for (; n && ((uintptr_t)d & 7); n--) /* bytes up to a word boundary */
            *d++ = *s++;
        for (; n >= 32; n -= 32, d += 32, s += 32) {
            word a = ((const word *)s)[0], b = ((const word *)s)[1];
            word c = ((const word *)s)[2], e = ((const word *)s)[3];
            ((word *)d)[0] = a;
            ((word *)d)[1] = b;
            ((word *)d)[2] = c;
            ((word *)d)[3] = e;
        }
        for (; n >= 8; n -= 8, d += 8, s += 8)
            *(word *)d = *(const word *)s;
    }
    while (n--)
        *d++ = *s++;
    return dst;
}

/* Overlapping with dst above src: copy from the end down, so nothing is read after
 * it was overwritten. */
void *memmove(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d == s || n == 0)
        return dst;
    if (d < s || d >= s + n)
        return memcpy(dst, src, n);
    d += n;
    s += n;
    if ((((uintptr_t)d ^ (uintptr_t)s) & 7) == 0) {
        for (; n && ((uintptr_t)d & 7); n--)
            *--d = *--s;
        for (; n >= 8; n -= 8) {
            d -= 8;
            s -= 8;
            *(word *)d = *(const word *)s;
        }
    }
    while (n--)
        *--d = *--s;
    return dst;
}

void *memset(void *dst, int c, size_t n) {
    unsigned char *d = dst;
    unsigned char b = (unsigned char)c;
    while (n && ((uintptr_t)d & 7)) {
        *d++ = b;
        n--;
    }
    uint64_t w = b * 0x0101010101010101UL;
    for (; n >= 8; n -= 8, d += 8)
        *(uint64_t *)d = w;
    while (n--)
        *d++ = b;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a, *q = b;
    for (; n; n--, p++, q++)
        if (*p != *q)
            return *p - *q;
    return 0;
}

void *memchr(const void *s, int c, size_t n) {
    const unsigned char *p = s;
    for (; n; n--, p++)
        if (*p == (unsigned char)c)
            return (void *)p;
    return 0;
}

void *memrchr(const void *s, int c, size_t n) {
    const unsigned char *p = s;
    while (n--)
        if (p[n] == (unsigned char)c)
            return (void *)(p + n);
    return 0;
}

void *memccpy(void *restrict dst, const void *restrict src, int c, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    for (; n; n--) {
        if ((*d++ = *s++) == (unsigned char)c)
            return d;
    }
    return 0;
}

void *mempcpy(void *restrict dst, const void *restrict src, size_t n) {
    return (char *)memcpy(dst, src, n) + n;
}

void *memmem(const void *hay, size_t hn, const void *needle, size_t nn) {
    const unsigned char *h = hay;
    if (nn == 0)
        return (void *)h;
    for (; hn >= nn; hn--, h++)
        if (*h == *(const unsigned char *)needle && memcmp(h, needle, nn) == 0)
            return (void *)h;
    return 0;
}

void bzero(void *s, size_t n) { memset(s, 0, n); }
void bcopy(const void *src, void *dst, size_t n) { memmove(dst, src, n); }
int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }
