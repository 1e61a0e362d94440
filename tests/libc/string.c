/* string.h and strings.h: every function, edge cases included. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int sign(int v) { return v < 0 ? -1 : v > 0; }

static void show(const char *what, const char *s) { printf("%s: [%s]\n", what, s ? s : "(NULL)"); }

int main(void) {
    char buf[64], buf2[64];
    const char *hello = "hello, world";

    printf("strlen %zu %zu %zu\n", strlen(""), strlen("a"), strlen(hello));
    printf("strnlen %zu %zu\n", strnlen(hello, 5), strnlen(hello, 100));
    show("strcpy", strcpy(buf, hello));
    show("strncpy", strncpy(buf, "abc", 6));
    printf("strncpy pad %d %d %d\n", buf[3], buf[4], buf[5]);
    strncpy(buf, "abcdefgh", 4);
    buf[4] = 0;
    show("strncpy cut", buf);
    strcpy(buf, "foo");
    show("strcat", strcat(buf, "bar"));
    show("strncat", strncat(buf, "bazqux", 3));
    char *end = stpcpy(buf, "xyz");
    printf("stpcpy %td\n", end - buf);
    end = stpncpy(buf, "ab", 5);
    printf("stpncpy %td\n", end - buf);

    printf("strcmp %d %d %d %d\n", sign(strcmp("a", "b")), sign(strcmp("b", "a")),
           sign(strcmp("abc", "abc")), sign(strcmp("ab", "abc")));
    printf("strcmp high %d\n", sign(strcmp("\xff", "a")));
    printf("strncmp %d %d %d\n", sign(strncmp("abcd", "abce", 3)), sign(strncmp("abcd", "abce", 4)),
           sign(strncmp("a", "b", 0)));
    printf("strcasecmp %d %d %d\n", sign(strcasecmp("Hello", "hELLO")),
           sign(strcasecmp("a", "B")), sign(strncasecmp("ABCx", "abcy", 3)));
    printf("strcoll %d\n", sign(strcoll("x", "y")));
    printf("strxfrm %zu [%s]\n", strxfrm(buf, "xfrm", sizeof buf), buf);

    show("strchr", strchr(hello, 'o'));
    show("strchr nul", strchr(hello, 0) == hello + strlen(hello) ? "end" : "wrong");
    show("strchr none", strchr(hello, 'z'));
    show("strrchr", strrchr(hello, 'o'));
    show("index", index(hello, 'w'));
    show("rindex", rindex(hello, 'l'));
    show("strstr", strstr(hello, "wor"));
    show("strstr empty", strstr(hello, ""));
    show("strstr none", strstr(hello, "worlds"));
    show("strpbrk", strpbrk(hello, " ,"));
    printf("strspn %zu strcspn %zu\n", strspn("aabbcd", "ab"), strcspn(hello, ", "));

    strcpy(buf, "a,b,,c;d");
    for (char *t = strtok(buf, ",;"); t; t = strtok(0, ",;"))
        show("strtok", t);
    strcpy(buf, "one two  three");
    char *save;
    for (char *t = strtok_r(buf, " ", &save); t; t = strtok_r(0, " ", &save))
        show("strtok_r", t);
    strcpy(buf, "a,b,,c");
    char *p = buf, *tok;
    while ((tok = strsep(&p, ",")) != 0)
        show("strsep", tok);

    char *d = strdup(hello);
    show("strdup", d);
    free(d);
    d = strndup(hello, 5);
    show("strndup", d);
    free(d);

    memset(buf, 'x', 10);
    buf[10] = 0;
    show("memset", buf);
    memcpy(buf, "0123456789", 10);
    memmove(buf + 2, buf, 5);
    show("memmove up", buf);
    memcpy(buf, "0123456789", 10);
    memmove(buf, buf + 3, 5);
    show("memmove down", buf);
    printf("memcmp %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abc", "abd", 2)),
           sign(memcmp("\x80", "\x01", 1)));
    show("memchr", memchr(hello, 'w', 12));
    printf("memchr none %d\n", memchr(hello, 'w', 5) == 0);
    for (int i = 0; i < 64; i++)
        buf2[i] = (char)i;
    memcpy(buf, buf2 + 1, 37); /* unaligned */
    printf("memcpy unaligned %d %d\n", buf[0], buf[36]);
    /* every offset of both pointers within a word, lengths either side of the word
     * and four-word steps; overlapping both ways for memmove; checked byte by byte */
    static const size_t lengths[] = {0, 1, 7, 8, 9, 15, 31, 32, 33, 40, 63, 64, 65, 100};
    static unsigned char area[256], want[256], from[256];
    int bad = 0, cases = 0;
    for (int so = 0; so < 10; so++)
        for (int dof = 0; dof < 10; dof++)
            for (size_t k = 0; k < sizeof lengths / sizeof lengths[0]; k++) {
                size_t n = lengths[k];
                for (int i = 0; i < 256; i++)
                    area[i] = want[i] = (unsigned char)(i * 7 + 1);
                unsigned char *src = area + 40 + so, *dst = area + 40 + dof * 3;
                for (size_t i = 0; i < n; i++) /* the reference: through a copy */
                    from[i] = src[i];
                for (size_t i = 0; i < n; i++)
                    want[dst - area + i] = from[i];
                memmove(dst, src, n);
                bad += memcmp(area, want, 256) != 0;
                for (int i = 0; i < 256; i++) /* memcpy: separate buffers */
                    area[i] = want[i] = (unsigned char)(i * 5 + 3);
                memcpy(from + dof, area + so, n);
                bad += memcmp(from + dof, area + so, n) != 0;
                memset(area + dof, so, n);
                for (size_t i = 0; i < n; i++)
                    want[dof + i] = (unsigned char)so;
                bad += memcmp(area, want, 256) != 0;
                cases += 3;
            }
    printf("memmove/memcpy/memset at every offset: %d cases, %d bad\n", cases, bad);
    bzero(buf, 8);
    printf("bzero %d %d\n", buf[0], buf[7]);
    bcopy("bcopy", buf, 6);
    show("bcopy", buf);
    printf("bcmp %d %d\n", bcmp("ab", "ab", 2) == 0, bcmp("ab", "ac", 2) != 0);
    printf("ffs %d %d %d %d\n", ffs(0), ffs(1), ffs(0x80), ffsl(1L << 40));
    show("strerror", strerror(2));
    show("strerror inval", strerror(22));
    show("strerror unknown", strerror(9999));
    return 0;
}
