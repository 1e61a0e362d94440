/* Factorials and powers of two in decimal, with digit arrays grown by realloc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int *d; /* little-endian base-10000 limbs */
    int n;
} big;

static void mul(big *b, int k) {
    long carry = 0;
    for (int i = 0; i < b->n; i++) {
        long v = (long)b->d[i] * k + carry;
        b->d[i] = (int)(v % 10000);
        carry = v / 10000;
    }
    while (carry) {
        b->d = realloc(b->d, (b->n + 1) * sizeof(int));
        b->d[b->n++] = (int)(carry % 10000);
        carry /= 10000;
    }
}

static void print(const char *label, big *b) {
    printf("%s = %d", label, b->d[b->n - 1]);
    for (int i = b->n - 2; i >= 0; i--) printf("%04d", b->d[i]);
    printf("\n");
}

int main(void) {
    big f = {malloc(sizeof(int)), 1};
    f.d[0] = 1;
    char label[32];
    for (int k = 1; k <= 120; k++) {
        mul(&f, k);
        if (k % 20 == 0 || k < 6) {
            snprintf(label, sizeof label, "%d!", k);
            print(label, &f);
        }
    }
    big p = {calloc(1, sizeof(int)), 1};
    p.d[0] = 1;
    for (int k = 1; k <= 512; k++) mul(&p, 2);
    print("2^512", &p);
    free(f.d);
    free(p.d);
    return 0;
}
