/* printf's integer conversions: widths, precisions, flags, length modifiers. */
#include <inttypes.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <stdio.h>

int main(void) {
    long long values[] = {0, 1, -1, 42, -42, 127, 128, 255, 65535, 1000000,
                          INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN, 0x7f3a5c9e1b2dLL};
    int n = sizeof values / sizeof values[0];
    for (int i = 0; i < n; i++) {
        long long v = values[i];
        printf("[%d] [%lld] [%20lld] [%-20lld] [%+lld] [% lld] [%020lld]\n", i, v, v, v, v, v, v);
        printf("    [%llx] [%#llx] [%llX] [%#llo] [%llu] [%.12lld] [%8.3lld]\n", v, v, v, v,
               (unsigned long long)v, v, v);
        printf("    [%hhd] [%hd] [%d] [%ld] [%hhu] [%hu]\n", (signed char)v, (short)v, (int)v,
               (long)v, (unsigned char)v, (unsigned short)v);
    }
    printf("[%*d] [%-*d] [%.*d]\n", 8, 5, 8, 5, 4, 5);
    printf("[%zu] [%zd] [%td] [%jd]\n", sizeof(long double), (ssize_t)-3, (ptrdiff_t)7,
           (intmax_t)INT64_MIN);
    printf("[%" PRId8 "] [%" PRIu16 "] [%" PRIx32 "] [%" PRIX64 "]\n", (int8_t)-5,
           (uint16_t)65000, (uint32_t)0xdeadbeef, (uint64_t)0x0123456789abcdefULL);
    printf("[%c%c%c] [%5c] [%-5c]\n", 'a', 'b', 'c', 'x', 'y');
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s]\n", "str", "right", "left", "truncate", "ab");
    printf("[%%] [%5s]\n", "%");
    int count = 0;
    printf("count me%n\n", &count);
    printf("count = %d\n", count);
    return 0;
}
