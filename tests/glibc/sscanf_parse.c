/* sscanf: integers in bases, floats, strings, scansets, %n, return counts. */
#include <stdio.h>

int main(void) {
    const char *inputs[] = {"42 -17 0x1f 0777", "3.25 -1e3 inf", "word1 word2 12abc",
                            "key=value;rest", "   spaced   12   ", "", "xyz"};
    for (int i = 0; i < 7; i++) {
        int a = 0, b = 0, c = 0, d = 0, n = -1;
        int r = sscanf(inputs[i], "%d %d %i %o%n", &a, &b, &c, &d, &n);
        printf("[%d] ints r=%d a=%d b=%d c=%d d=%d n=%d\n", i, r, a, b, c, d, n);
        double x = 0, y = 0, z = 0;
        r = sscanf(inputs[i], "%lf %lf %lf", &x, &y, &z);
        printf("    doubles r=%d %g %g %g\n", r, x, y, z);
        char s1[32] = "", s2[32] = "";
        r = sscanf(inputs[i], "%31[^=]=%31[^;]", s1, s2);
        printf("    scanset r=%d [%s] [%s]\n", r, s1, s2);
        r = sscanf(inputs[i], "%5s %s", s1, s2);
        printf("    strings r=%d [%s] [%s]\n", r, s1, s2);
    }
    unsigned long ul;
    long long ll;
    char ch;
    int r = sscanf("18446744073709551615 -9223372036854775808 Q", "%lu %lld %c", &ul, &ll, &ch);
    printf("r=%d %lu %lld %c\n", r, ul, ll, ch);
    return 0;
}
