/* string.h: copying, comparing, searching, tokenizing, memory functions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void show(const char *label, const char *p, const char *base) {
    if (p)
        printf("%s: offset %td [%s]\n", label, p - base, p);
    else
        printf("%s: NULL\n", label);
}

int main(void) {
    char buf[128];
    const char *s = "The quick brown fox jumps over the lazy dog";
    printf("strlen=%zu\n", strlen(s));
    strcpy(buf, "Hello");
    strcat(buf, ", ");
    strncat(buf, "World!!!", 6);
    printf("[%s] %zu\n", buf, strlen(buf));
    char small[8];
    strncpy(small, "abcdefghij", sizeof small - 1);
    small[7] = 0;
    printf("strncpy [%s]\n", small);
    const char *words[] = {"apple", "Apple", "apples", "banana", "", "app"};
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) {
            int c = strcmp(words[i], words[j]), n = strncmp(words[i], words[j], 3);
            printf("%c%c ", c < 0 ? '<' : c > 0 ? '>' : '=', n < 0 ? '<' : n > 0 ? '>' : '=');
        }
    printf("\n");
    show("strchr o", strchr(s, 'o'), s);
    show("strrchr o", strrchr(s, 'o'), s);
    show("strchr nul", strchr(s, '\0'), s);
    show("strstr fox", strstr(s, "fox"), s);
    show("strstr cat", strstr(s, "cat"), s);
    show("strpbrk", strpbrk(s, "xyz"), s);
    printf("strspn %zu strcspn %zu\n", strspn(s, "The "), strcspn(s, "aeiou"));
    char text[] = "alpha,beta;;gamma , delta";
    for (char *t = strtok(text, ",; "); t; t = strtok(NULL, ",; ")) printf("token [%s]\n", t);
    char *dup = strdup(s);
    dup[3] = '_';
    printf("strdup [%s]\n", dup);
    free(dup);
    char mem[32];
    for (int i = 0; i < 32; i++) mem[i] = (char)('a' + i % 26);
    memmove(mem + 4, mem, 16);
    printf("memmove up [%.32s]\n", mem);
    memmove(mem, mem + 8, 16);
    printf("memmove down [%.32s]\n", mem);
    memset(mem + 10, '*', 5);
    printf("memset [%.32s]\n", mem);
    printf("memcmp %d %d\n", memcmp("abc", "abd", 3) < 0, memcmp("abc", "abc", 3));
    show("memchr", memchr(s, 'q', strlen(s)), s);
    char big1[4096], big2[4096];
    for (int i = 0; i < 4096; i++) big1[i] = (char)(i * 7);
    memcpy(big2, big1, sizeof big1);
    printf("memcpy equal %d\n", memcmp(big1, big2, sizeof big1) == 0);
    printf("strerror(2) [%s] strnlen %zu\n", strerror(2), strnlen("abcdef", 4));
    return 0;
}
