/* The str* functions of string.h and strings.h ("C" locale: bytes compare as
 * unsigned char, strcoll is strcmp). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

size_t strlen(const char *s) {
    const char *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i])
        i++;
    return i;
}

char *stpcpy(char *restrict d, const char *restrict s) {
    while ((*d = *s++))
        d++;
    return d;
}

char *strcpy(char *restrict d, const char *restrict s) {
    stpcpy(d, s);
    return d;
}

char *stpncpy(char *restrict d, const char *restrict s, size_t n) {
    size_t i = 0;
    for (; i < n && s[i]; i++)
        d[i] = s[i];
    char *end = d + i;
    for (; i < n; i++)
        d[i] = 0;
    return end;
}

char *strncpy(char *restrict d, const char *restrict s, size_t n) {
    stpncpy(d, s, n);
    return d;
}

char *strcat(char *restrict d, const char *restrict s) {
    strcpy(d + strlen(d), s);
    return d;
}

char *strncat(char *restrict d, const char *restrict s, size_t n) {
    char *p = d + strlen(d);
    while (n-- && *s)
        *p++ = *s++;
    *p = 0;
    return d;
}

size_t strlcpy(char *restrict d, const char *restrict s, size_t n) {
    size_t len = strlen(s);
    if (n) {
        size_t k = len < n - 1 ? len : n - 1;
        memcpy(d, s, k);
        d[k] = 0;
    }
    return len;
}

size_t strlcat(char *restrict d, const char *restrict s, size_t n) {
    size_t have = strnlen(d, n);
    if (have == n)
        return n + strlen(s);
    return have + strlcpy(d + have, s, n - have);
}

int strcmp(const char *a, const char *b) {
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    while (*p && *p == *q) {
        p++;
        q++;
    }
    return *p - *q;
}

int strncmp(const char *a, const char *b, size_t n) {
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    for (; n; n--, p++, q++) {
        if (*p != *q)
            return *p - *q;
        if (!*p)
            return 0;
    }
    return 0;
}

int strcoll(const char *a, const char *b) { return strcmp(a, b); }

size_t strxfrm(char *restrict d, const char *restrict s, size_t n) {
    size_t len = strlen(s);
    if (len < n)
        memcpy(d, s, len + 1);
    return len;
}

int strcasecmp(const char *a, const char *b) {
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    while (*p && tolower(*p) == tolower(*q)) {
        p++;
        q++;
    }
    return tolower(*p) - tolower(*q);
}

int strncasecmp(const char *a, const char *b, size_t n) {
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    for (; n; n--, p++, q++) {
        int x = tolower(*p), y = tolower(*q);
        if (x != y)
            return x - y;
        if (!x)
            return 0;
    }
    return 0;
}

char *strchrnul(const char *s, int c) {
    while (*s && *(const unsigned char *)s != (unsigned char)c)
        s++;
    return (char *)s;
}

char *strchr(const char *s, int c) {
    char *p = strchrnul(s, c);
    return *(unsigned char *)p == (unsigned char)c ? p : 0;
}

char *strrchr(const char *s, int c) {
    const char *found = 0;
    do {
        if (*(const unsigned char *)s == (unsigned char)c)
            found = s;
    } while (*s++);
    return (char *)found;
}

char *index(const char *s, int c) { return strchr(s, c); }
char *rindex(const char *s, int c) { return strrchr(s, c); }

/* A 256-bit membership set of the bytes of `set`. */
static void byte_set(unsigned long bits[4], const char *set) {
    bits[0] = bits[1] = bits[2] = bits[3] = 0;
    for (const unsigned char *p = (const unsigned char *)set; *p; p++)
        bits[*p >> 6] |= 1UL << (*p & 63);
}

static int in_set(const unsigned long bits[4], unsigned char c) {
    return (bits[c >> 6] >> (c & 63)) & 1;
}

size_t strspn(const char *s, const char *accept) {
    unsigned long bits[4];
    byte_set(bits, accept);
    size_t i = 0;
    while (s[i] && in_set(bits, (unsigned char)s[i]))
        i++;
    return i;
}

size_t strcspn(const char *s, const char *reject) {
    unsigned long bits[4];
    byte_set(bits, reject);
    size_t i = 0;
    while (s[i] && !in_set(bits, (unsigned char)s[i]))
        i++;
    return i;
}

char *strpbrk(const char *s, const char *accept) {
    s += strcspn(s, accept);
    return *s ? (char *)s : 0;
}

char *strstr(const char *hay, const char *needle) {
    size_t n = strlen(needle);
    if (n == 0)
        return (char *)hay;
    for (; *hay; hay++)
        if (*hay == *needle && strncmp(hay, needle, n) == 0)
            return (char *)hay;
    return 0;
}

char *strcasestr(const char *hay, const char *needle) {
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0)
            return (char *)hay;
    return n == 0 ? (char *)hay : 0;
}

char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save) {
    if (s == 0)
        s = *save;
    if (s == 0)
        return 0;
    s += strspn(s, delim);
    if (*s == 0) {
        *save = 0;
        return 0;
    }
    char *end = s + strcspn(s, delim);
    if (*end) {
        *end = 0;
        *save = end + 1;
    } else {
        *save = 0;
    }
    return s;
}

char *strtok(char *restrict s, const char *restrict delim) {
    static char *save;
    return strtok_r(s, delim, &save);
}

char *strsep(char **sp, const char *delim) {
    char *s = *sp;
    if (s == 0)
        return 0;
    char *end = s + strcspn(s, delim);
    if (*end) {
        *end = 0;
        *sp = end + 1;
    } else {
        *sp = 0;
    }
    return s;
}

char *strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    return d ? memcpy(d, s, n) : 0;
}

char *strndup(const char *s, size_t n) {
    size_t len = strnlen(s, n);
    char *d = malloc(len + 1);
    if (!d)
        return 0;
    memcpy(d, s, len);
    d[len] = 0;
    return d;
}

/* (not __builtin_ffsl: groundup cc calls libgcc's __ffsdi2 for it) */
int ffsl(long i) {
    unsigned long v = (unsigned long)i;
    if (v == 0)
        return 0;
    int n = 1;
    while (!(v & 1)) {
        v >>= 1;
        n++;
    }
    return n;
}
int ffs(int i) { return ffsl((long)(unsigned)i); }
int ffsll(long long i) { return ffsl((long)i); }
