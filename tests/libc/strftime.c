/* strftime: every conversion of the "C" locale, ISO weeks, a buffer too small. */
#include <stdio.h>
#include <time.h>
int main(void) {
    const time_t times[] = {0, 951782400, 1234567890, 4102444800, 68169600, 946684799, 1609459199, 1293753600, 1104537600};
    const char *fmts[] = {"%a %A %b %B %c", "%C %d %D %e %F %g %G %H %I %j", "%m %M %p %r %R %S %T %u %U %V %w %W", "%x %X %y %Y %z %Z %% %n%t|", "[%h]"};
    for (unsigned i = 0; i < sizeof times / sizeof *times; i++)
        for (unsigned j = 0; j < sizeof fmts / sizeof *fmts; j++) {
            char buf[200];
            size_t n = strftime(buf, sizeof buf, fmts[j], gmtime(&times[i]));
            printf("%zu [%s]\n", n, buf);
        }
    char small[5];
    printf("%zu\n", strftime(small, sizeof small, "%Y-%m", gmtime(&times[0])));
    return 0;
}
