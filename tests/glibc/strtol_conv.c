/* strtol/strtoul/strtoll/strtod/atoi: bases, end pointers, overflow and errno. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *ints[] = {"0", "123", "-123", "+77", "0x1A", "0X1a", "017", "z", "  42xyz",
                          "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                          "18446744073709551615", "18446744073709551616", "", "-0"};
    int bases[] = {0, 10, 16, 8, 36, 2};
    for (int i = 0; i < 16; i++) {
        for (int j = 0; j < 6; j++) {
            char *end;
            errno = 0;
            long v = strtol(ints[i], &end, bases[j]);
            int e1 = errno;
            errno = 0;
            unsigned long u = strtoul(ints[i], NULL, bases[j]);
            int e2 = errno;
            printf("%-22s b%-2d -> %ld (%s) rest=[%s] | %lu (%s)\n", ints[i], bases[j], v,
                   e1 ? strerror(e1) : "ok", end, u, e2 ? strerror(e2) : "ok");
        }
    }
    const char *dbls[] = {"3.14159", "-2.5e-3", "1e400", "-1e-400", "0x1.8p3", "nan", "-inf",
                          "  12.5kg", ".5", "5.", "1e", "abc"};
    for (int i = 0; i < 12; i++) {
        char *end;
        errno = 0;
        double d = strtod(dbls[i], &end);
        float f = strtof(dbls[i], NULL);
        printf("%-10s -> %.17g %.9g errno=%d rest=[%s]\n", dbls[i], d, (double)f, errno, end);
    }
    printf("atoi %d %d %d atol %ld atoll %lld\n", atoi("12"), atoi("-7x"), atoi("x"),
           atol("123456789012"), atoll("-99"));
    return 0;
}
