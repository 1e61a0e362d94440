/* String handling written in the program: strlen, strcmp, strncmp, strcpy,
 * strcat, strchr, strstr, reverse, palindromes, atoi (with signs and
 * overflow clamping), itoa in several bases, tokenizing, case conversion. */
#include "rt.h"

static NOINLINE size_t my_strlen(const char *s) { const char *p = s; while (*p) p++; return (size_t)(p - s); }
static NOINLINE int my_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
static NOINLINE int my_strncmp(const char *a, const char *b, size_t n)
{
    for (; n; n--, a++, b++) {
        if (*a != *b) return (unsigned char)*a - (unsigned char)*b;
        if (!*a) return 0;
    }
    return 0;
}
static NOINLINE char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) {} return r; }
static NOINLINE char *my_strcat(char *d, const char *s) { my_strcpy(d + my_strlen(d), s); return d; }
static NOINLINE const char *my_strchr(const char *s, int c)
{
    for (;; s++) { if (*s == (char)c) return s; if (!*s) return 0; }
}
static NOINLINE const char *my_strstr(const char *h, const char *n)
{
    size_t nl = my_strlen(n);
    for (; *h; h++) if (my_strncmp(h, n, nl) == 0) return h;
    return nl ? 0 : h;
}
static NOINLINE void reverse(char *s)
{
    size_t n = my_strlen(s);
    for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; }
}
static int is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }
static NOINLINE int is_palindrome(const char *s)
{
    const char *e = s + my_strlen(s);
    while (s < e) {
        if (!is_alnum(*s)) { s++; continue; }
        if (!is_alnum(e[-1])) { e--; continue; }
        if (lower(*s) != lower(e[-1])) return 0;
        s++; e--;
    }
    return 1;
}
/* atoi with clamping to int64 range; returns the number of chars consumed via *used */
static NOINLINE int64_t my_atoi(const char *s, int *used)
{
    const char *p = s;
    while (*p == ' ' || *p == '\t') p++;
    int neg = 0;
    if (*p == '-' || *p == '+') neg = *p++ == '-';
    uint64_t v = 0;
    int over = 0;
    while (*p >= '0' && *p <= '9') {
        unsigned d = (unsigned)(*p++ - '0');
        if (v > (UINT64_MAX - d) / 10) over = 1; else v = v * 10 + d;
    }
    *used = (int)(p - s);
    uint64_t lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    if (over || v > lim) v = lim;
    return neg ? (int64_t)(0 - v) : (int64_t)v;
}
static NOINLINE char *my_itoa(int64_t v, char *buf, unsigned base)
{
    char *p = buf;
    uint64_t u = v < 0 && base == 10 ? 0 - (uint64_t)v : (uint64_t)v;
    do { unsigned d = (unsigned)(u % base); *p++ = (char)(d < 10 ? '0' + d : 'a' + d - 10); u /= base; } while (u);
    if (v < 0 && base == 10) *p++ = '-';
    *p = 0;
    reverse(buf);
    return buf;
}

int main(void)
{
    static const char *words[] = { "apple", "apricot", "banana", "", "app", "Apple", "zebra", "\xff\x01" };
    char buf[128];
    uint64_t h = 0;
    for (unsigned i = 0; i < ARRAY_LEN(words); i++) {
        for (unsigned j = 0; j < ARRAY_LEN(words); j++) {
            int c = my_strcmp(words[i], words[j]);
            int s = (c > 0) - (c < 0);
            put_char("<=>"[s + 1]);
            h = h * 3 + (uint64_t)(s + 1);
        }
        put_char(' ');
        put_u64(my_strlen(words[i]));
        put_nl();
    }
    my_strcpy(buf, "Hello");
    my_strcat(buf, ", ");
    my_strcat(buf, "world");
    my_strcat(buf, "!");
    put_str(buf); put_nl();
    put_str(my_strchr(buf, 'w')); put_nl();
    put_str(my_strstr(buf, "lo, w")); put_nl();
    pr_u64("strstr_none", my_strstr(buf, "xyz") == 0);
    reverse(buf);
    put_str(buf); put_nl();
    static const char *pals[] = { "A man, a plan, a canal: Panama", "racecar", "groundup", "", "No 'x' in Nixon", "ab" };
    for (unsigned i = 0; i < ARRAY_LEN(pals); i++) {
        put_char((char)('0' + is_palindrome(pals[i])));
    }
    put_nl();
    static const char *nums[] = { "0", "42", "-17", "  +123abc", "9223372036854775807", "9223372036854775808",
                                  "-9223372036854775808", "-99999999999999999999", "x12", "-", "00000000000000000000000000001" };
    for (unsigned i = 0; i < ARRAY_LEN(nums); i++) {
        int used;
        int64_t v = my_atoi(nums[i], &used);
        put_i64(v); put_char(' '); put_i64(used); put_char(' ');
        put_str(my_itoa(v, buf, 10)); put_char(' ');
        put_str(my_itoa(v, buf, 16)); put_char(' ');
        put_str(my_itoa(v, buf, 36)); put_char(' ');
        put_str(my_itoa(v & 0xff, buf, 2)); put_nl();
        h = h * 31 + (uint64_t)v;
    }
    /* tokenize and count words, upper-case each */
    char text[] = "the  quick brown\tfox   jumps over the lazy dog";
    int nw = 0;
    char *p = text;
    while (*p) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        char *start = p;
        while (*p && *p != ' ' && *p != '\t') { if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32); p++; }
        char save = *p;
        *p = 0;
        put_str(start); put_char('|');
        *p = save;
        nw++;
    }
    put_nl();
    pr_u64("words", (uint64_t)nw);
    ck(h);
    return rt_status();
}
