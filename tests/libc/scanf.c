/* sscanf and fscanf: integers of every size and base, floats, strings, scan sets,
 * %c, %n, suppression, widths, matching failures and EOF. */
#include <stdio.h>
#include <string.h>

int main(void) {
    int a = -1, b = -1, n = -1;
    unsigned u = 0;
    long l = 0;
    long long ll = 0;
    short h = 0;
    signed char hh = 0;
    double d = 0;
    float f = 0;
    char s[32] = "", t[32] = "", c[4] = "";
    void *p = 0;
    printf("%d: %d %d\n", sscanf("12 34", "%d %d", &a, &b), a, b);
    printf("%d: %d\n", sscanf("  -0x1F", "%i", &a), a);
    printf("%d: %d\n", sscanf("017", "%i", &a), a);
    printf("%d: %x %o\n", sscanf("ff 777", "%x %o", &u, (unsigned *)&b), u, (unsigned)b);
    printf("%d: %ld %lld\n", sscanf("-9223372036854775807 123456789012", "%ld %lld", &l, &ll), l, ll);
    printf("%d: %hd %hhd\n", sscanf("40000 300", "%hd %hhd", &h, &hh), h, hh);
    printf("%d: %g %g\n", sscanf("3.25 -1e-3", "%lf %f", &d, &f), d, (double)f);
    printf("%d: %a\n", sscanf("0x1.8p1", "%lf", &d), d);
    printf("%d: %g\n", sscanf("inf", "%lf", &d), d);
    printf("%d: [%s] [%s]\n", sscanf("hello world", "%s %s", s, t), s, t);
    printf("%d: [%s]\n", sscanf("abcdef", "%3s", s), s);
    printf("%d: [%s] [%s]\n", sscanf("key=value;", "%[^=]=%[^;]", s, t), s, t);
    printf("%d: [%s]\n", sscanf("aaabbbccc", "%[ab]", s), s);
    printf("%d: [%c%c]\n", sscanf("xy", "%2c", c), c[0], c[1]);
    printf("%d: %d n=%d\n", sscanf("42abc", "%d%n", &a, &n), a, n);
    printf("%d: %d\n", sscanf("1 2 3", "%*d %*d %d", &a), a);
    printf("%d: %d\n", sscanf("12345", "%3d", &a), a);
    printf("%d\n", sscanf("abc", "%d", &a));
    printf("%d\n", sscanf("", "%d", &a));
    printf("%d\n", sscanf("   ", "%d", &a));
    printf("%d: %d\n", sscanf("5%", "%d%%", &a), a);
    printf("%d: %d %d\n", sscanf("7,8", "%d,%d", &a, &b), a, b);
    printf("%d: %d\n", sscanf("7;8", "%d,%d", &a, &b), a);
    printf("%d: %p\n", sscanf("0x1234", "%p", &p), p);
    long double ld;
    memset(&ld, 0, sizeof ld); /* (no conversion: it would need libgcc) */
    printf("%d: %Lg %La\n", sscanf("-0.375", "%Lf", &ld), ld, ld);
    printf("%d: %La\n", sscanf("0x1p-1074", "%Lg", &ld), ld);
    /* each width is rounded once from the text: 0.1 in 113 bits, and in 24 */
    printf("%d: %La\n", sscanf("0.1", "%Lf", &ld), ld);
    printf("%d: %La\n", sscanf("1e-4950", "%Le", &ld), ld);
    float fl;
    printf("%d: %a\n", sscanf("1.00000005960464477550", "%f", &fl), fl); /* a halfway case */
    printf("%d: %a\n", sscanf("3.4028235677973366e38", "%f", &fl), fl);
    FILE *fp = fopen("libc_scanf_test.txt", "w+");
    fputs("10 20.5 word\n30 line two\n", fp);
    rewind(fp);
    printf("%d: %d %g [%s]\n", fscanf(fp, "%d %lf %s", &a, &d, s), a, d, s);
    printf("%d: %d [%s]\n", fscanf(fp, "%d %[^\n]", &a, t), a, t);
    printf("%d\n", fscanf(fp, "%d", &a));
    fclose(fp);
    remove("libc_scanf_test.txt");
    return 0;
}
