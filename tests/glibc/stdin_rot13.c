/* getchar/putchar filter: rot13 letters, count characters, ungetc a peeked byte. */
#include <stdio.h>

int main(void) {
    int c, count = 0;
    c = getchar();
    if (c != EOF) ungetc(c, stdin);
    printf("first byte: %d\n", c);
    while ((c = getchar()) != EOF) {
        if (c >= 'a' && c <= 'z')
            c = 'a' + (c - 'a' + 13) % 26;
        else if (c >= 'A' && c <= 'Z')
            c = 'A' + (c - 'A' + 13) % 26;
        putchar(c);
        count++;
    }
    printf("\n%d characters\n", count);
    return 0;
}
