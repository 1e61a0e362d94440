/* A formatted report: columns, right/left alignment, thousands grouping by hand, totals. */
#include <stdio.h>
#include <string.h>

static void grouped(char *out, long long v) {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", v < 0 ? -v : v), k = 0;
    if (v < 0) out[k++] = '-';
    for (int i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0) out[k++] = ',';
        out[k++] = tmp[i];
    }
    out[k] = 0;
}

int main(void) {
    const char *items[] = {"widgets", "gadgets", "sprockets", "thingamajigs", "doohickeys"};
    long long qty[] = {1200, 45, 987654, 3, 1000000};
    double price[] = {2.5, 199.99, 0.015, 12345.678, 0.5};
    printf("%-14s %12s %12s %16s\n", "item", "quantity", "price", "total");
    printf("%.*s\n", 57, "---------------------------------------------------------------");
    double grand = 0;
    for (int i = 0; i < 5; i++) {
        char q[32];
        grouped(q, qty[i]);
        double t = qty[i] * price[i];
        grand += t;
        printf("%-14s %12s %12.3f %16.2f\n", items[i], q, price[i], t);
    }
    char g[32];
    grouped(g, (long long)grand);
    printf("%-14s %12s %12s %16.2f (%s)\n", "TOTAL", "", "", grand, g);
    for (int w = 1; w <= 5; w++) printf("|%*.*f|%-*d|\n", w * 3, w - 1, 3.14159265, w * 2, w);
    return 0;
}
