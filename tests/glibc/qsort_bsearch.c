/* qsort and bsearch on ints, strings and structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person {
    char name[12];
    int age;
};

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
static int cmp_person(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}

int main(void) {
    enum { N = 3000 };
    static int v[N];
    unsigned x = 12345;
    for (int i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        v[i] = (int)(x >> 8) % 100000 - 50000;
    }
    qsort(v, N, sizeof v[0], cmp_int);
    long sum = 0;
    int sorted = 1;
    for (int i = 0; i < N; i++) {
        sum += (long)v[i] * (i % 13);
        if (i && v[i - 1] > v[i]) sorted = 0;
    }
    printf("sorted=%d min=%d max=%d median=%d weighted=%ld\n", sorted, v[0], v[N - 1], v[N / 2],
           sum);
    int hits = 0;
    for (int k = -50000; k < 50000; k += 997) hits += bsearch(&k, v, N, sizeof v[0], cmp_int) != 0;
    printf("bsearch hits=%d\n", hits);
    const char *names[] = {"delta", "alpha", "echo", "charlie", "bravo", "foxtrot", "golf",
                           "hotel", "india", "juliet", "kilo", "lima"};
    qsort(names, 12, sizeof names[0], cmp_str);
    for (int i = 0; i < 12; i++) printf("%s%c", names[i], i == 11 ? '\n' : ' ');
    const char *key = "golf";
    const char **found = bsearch(&key, names, 12, sizeof names[0], cmp_str);
    printf("golf at %td\n", found ? found - names : -1);
    struct person people[] = {{"zoe", 30}, {"adam", 25}, {"eve", 30}, {"bob", 25},
                              {"carl", 41}, {"dana", 19}, {"amy", 30}};
    qsort(people, 7, sizeof people[0], cmp_person);
    for (int i = 0; i < 7; i++) printf("%s(%d) ", people[i].name, people[i].age);
    printf("\n");
    return 0;
}
