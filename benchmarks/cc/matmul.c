/* A 60x60 integer matrix cubed, then the trace and a checksum. */
int printf(const char *fmt, ...);

#define N 60
static long a[N][N], b[N][N], c[N][N];

static void multiply(long (*x)[N], long (*y)[N], long (*out)[N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            long s = 0;
            for (int k = 0; k < N; k++)
                s += x[i][k] * y[k][j];
            out[i][j] = s;
        }
}

int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            a[i][j] = (i * 7 + j * 3) % 11 - 5;
    multiply(a, a, b);
    multiply(b, a, c);
    long trace = 0, check = 0;
    for (int i = 0; i < N; i++) {
        trace += c[i][i];
        for (int j = 0; j < N; j++)
            check ^= c[i][j] * (i + 1) + j;
    }
    printf("trace %ld, checksum %ld\n", trace, check);
    return 0;
}
