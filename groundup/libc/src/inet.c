/* Internet addresses between text and binary (arpa/inet.h).
 *
 * inet_aton is the old liberal form (1 to 4 parts, each decimal, 0-octal or
 * 0x-hex; the last part fills the bytes that are left: "10.1" is 10.0.0.1);
 * inet_pton is the strict one (exactly four decimal parts for IPv4; RFC 4291 text
 * for IPv6, with one "::" and an optional dotted IPv4 tail); inet_ntop writes the
 * RFC 5952 form: lowercase, the longest run of two or more zero groups as "::". */
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

static int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

int inet_aton(const char *s, struct in_addr *out) {
    unsigned long parts[4];
    int n = 0;
    for (;;) {
        int base = 10;
        if (*s == '0') {
            base = 8;
            if (s[1] == 'x' || s[1] == 'X') {
                base = 16;
                s += 2;
            }
        }
        if (digit_value(*s) >= base)
            return 0;
        unsigned long v = 0;
        int d;
        while ((d = digit_value(*s)) < base) {
            v = v * base + d;
            if (v > 0xffffffffUL)
                return 0;
            s++;
        }
        parts[n++] = v;
        if (*s != '.')
            break;
        if (n == 4)
            return 0;
        s++;
    }
    if (*s != '\0' && !(*s == ' ' || (*s >= '\t' && *s <= '\r')))
        return 0; /* what follows white space is ignored */
    unsigned long addr = parts[n - 1];
    unsigned long room = n == 1 ? 0xffffffffUL : n == 2 ? 0xffffffUL : n == 3 ? 0xffffUL : 0xffUL;
    if (addr > room)
        return 0;
    for (int i = 0; i < n - 1; i++) {
        if (parts[i] > 0xff)
            return 0;
        addr |= parts[i] << (24 - 8 * i);
    }
    if (out)
        out->s_addr = htonl((uint32_t)addr);
    return 1;
}

in_addr_t inet_addr(const char *s) {
    struct in_addr a;
    return inet_aton(s, &a) ? a.s_addr : INADDR_NONE;
}

char *inet_ntoa(struct in_addr in) {
    static char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &in, text, sizeof text);
    return text;
}

/* Four decimal parts of at most 255, no leading zeros: the 4 bytes, or 0 (and `out`
 * untouched). */
static int pton4(const char *s, unsigned char out[4]) {
    unsigned char bytes[4];
    for (int i = 0; i < 4; i++) {
        if (i > 0 && *s++ != '.')
            return 0;
        if (*s < '0' || *s > '9')
            return 0;
        if (*s == '0' && s[1] >= '0' && s[1] <= '9')
            return 0;
        unsigned v = 0;
        while (*s >= '0' && *s <= '9') {
            v = v * 10 + (unsigned)(*s++ - '0');
            if (v > 255)
                return 0;
        }
        bytes[i] = (unsigned char)v;
    }
    if (*s != '\0')
        return 0;
    memcpy(out, bytes, 4);
    return 1;
}

static int pton6(const char *s, unsigned char out[16]) {
    unsigned char bytes[16] = {0};
    int n = 0;       /* bytes written */
    int gap = -1;    /* where "::" stands, in bytes */
    if (s[0] == ':') {
        if (s[1] != ':')
            return 0;
        s++;
    }
    while (*s) {
        if (*s == ':') {
            if (gap >= 0)
                return 0; /* a second "::" */
            gap = n;
            s++;
            if (*s == '\0')
                break;
            continue;
        }
        const char *start = s;
        unsigned v = 0;
        int digits = 0;
        while (digit_value(*s) < 16) {
            v = v * 16 + (unsigned)digit_value(*s++);
            if (++digits > 4)
                return 0;
        }
        if (*s == '.') { /* the dotted IPv4 tail */
            if (n > 12 || !pton4(start, bytes + n))
                return 0;
            n += 4;
            break;
        }
        if (digits == 0 || n > 14)
            return 0;
        bytes[n++] = (unsigned char)(v >> 8);
        bytes[n++] = (unsigned char)v;
        if (*s == ':') {
            s++;
            if (*s == '\0')
                return 0; /* a single trailing colon */
            if (*s == ':') {
                continue; /* the "::" is handled at the loop's top */
            }
        } else if (*s != '\0') {
            return 0;
        }
    }
    if (gap >= 0) {
        if (n == 16)
            return 0;
        int tail = n - gap;
        memmove(bytes + 16 - tail, bytes + gap, (size_t)tail);
        memset(bytes + gap, 0, (size_t)(16 - n));
    } else if (n != 16) {
        return 0;
    }
    memcpy(out, bytes, 16);
    return 1;
}

int inet_pton(int family, const char *s, void *out) {
    if (family == AF_INET)
        return pton4(s, out);
    if (family == AF_INET6)
        return pton6(s, out);
    errno = EAFNOSUPPORT;
    return -1;
}

static const char *give(const char *text, char *out, socklen_t size) {
    size_t len = strlen(text);
    if (len >= size) {
        errno = ENOSPC;
        return 0;
    }
    memcpy(out, text, len + 1);
    return out;
}

static char *put_ipv4(char *p, const unsigned char *b) {
    for (int i = 0; i < 4; i++) {
        unsigned v = b[i];
        if (i)
            *p++ = '.';
        if (v >= 100)
            *p++ = (char)('0' + v / 100);
        if (v >= 10)
            *p++ = (char)('0' + v / 10 % 10);
        *p++ = (char)('0' + v % 10);
    }
    *p = '\0';
    return p;
}

static const char *ntop6(const unsigned char *b, char *out, socklen_t size) {
    char text[INET6_ADDRSTRLEN];
    unsigned words[8];
    for (int i = 0; i < 8; i++)
        words[i] = (unsigned)b[2 * i] << 8 | b[2 * i + 1];
    int best = -1, best_len = 0;
    for (int i = 0; i < 8;) {
        if (words[i] != 0) {
            i++;
            continue;
        }
        int j = i;
        while (j < 8 && words[j] == 0)
            j++;
        if (j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j;
    }
    if (best_len < 2)
        best = -1;
    char *p = text;
    for (int i = 0; i < 8; i++) {
        if (i == best) {
            *p++ = ':';
            if (i == 0)
                *p++ = ':';
            i += best_len - 1;
            continue;
        }
        /* ::a.b.c.d and ::ffff:a.b.c.d keep the IPv4 address dotted */
        if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && words[5] == 0xffff))) {
            put_ipv4(p, b + 12);
            return give(text, out, size);
        }
        static const char hex[] = "0123456789abcdef";
        int started = 0;
        for (int shift = 12; shift >= 0; shift -= 4) {
            unsigned d = words[i] >> shift & 15;
            if (d || started || shift == 0) {
                *p++ = hex[d];
                started = 1;
            }
        }
        if (i < 7)
            *p++ = ':';
    }
    *p = '\0';
    return give(text, out, size);
}

const char *inet_ntop(int family, const void *in, char *out, socklen_t size) {
    if (family == AF_INET) {
        char text[INET_ADDRSTRLEN];
        put_ipv4(text, in);
        return give(text, out, size);
    }
    if (family == AF_INET6)
        return ntop6(in, out, size);
    errno = EAFNOSUPPORT;
    return 0;
}

const struct in6_addr in6addr_any = IN6ADDR_ANY_INIT;
const struct in6_addr in6addr_loopback = IN6ADDR_LOOPBACK_INIT;
