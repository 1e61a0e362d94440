/* ctype.h classification and case mapping in the C locale; strcasecmp. */
#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

int main(void) {
    setlocale(LC_ALL, "C");
    for (int c = 0; c < 128; c++) {
        printf("%3d %c%c%c%c%c%c%c%c%c%c %c%c\n", c, isalnum(c) ? 'A' : '-',
               isalpha(c) ? 'a' : '-', iscntrl(c) ? 'c' : '-', isdigit(c) ? 'd' : '-',
               isgraph(c) ? 'g' : '-', islower(c) ? 'l' : '-', isprint(c) ? 'p' : '-',
               ispunct(c) ? '.' : '-', isspace(c) ? 's' : '-', isxdigit(c) ? 'x' : '-',
               isprint(toupper(c)) ? toupper(c) : '?', isprint(tolower(c)) ? tolower(c) : '?');
    }
    printf("%d %d %d %d\n", strcasecmp("HeLLo", "hello"), strcasecmp("abc", "ABD") < 0,
           strncasecmp("ABCdef", "abcXYZ", 3), strcasecmp("b", "A") > 0);
    char s[] = "Mixed Case String 123";
    for (char *p = s; *p; p++) *p = (char)(islower((unsigned char)*p) ? toupper(*p) : tolower(*p));
    puts(s);
    return 0;
}
