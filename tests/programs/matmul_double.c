/* Double and float matrix multiply, LU-free Gaussian elimination solving a
 * small system, and a power iteration; results printed as bit patterns. */
#include "rt.h"

#define N 10
static double A[N][N], B[N][N], C[N][N];
static float Af[N][N], Bf[N][N], Cf[N][N];

static NOINLINE void mmd(double c[N][N], double a[N][N], double b[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}
static NOINLINE void mmf(float c[N][N], float a[N][N], float b[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            float s = 0.0f;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}
static double dabs(double x) { return x < 0 ? -x : x; }

/* Gaussian elimination with partial pivoting: solve M x = v (M, v destroyed) */
static NOINLINE void solve(double m[N][N], double *v, double *x)
{
    for (int c = 0; c < N; c++) {
        int p = c;
        for (int r = c + 1; r < N; r++) if (dabs(m[r][c]) > dabs(m[p][c])) p = r;
        if (p != c) {
            for (int k = 0; k < N; k++) { double t = m[c][k]; m[c][k] = m[p][k]; m[p][k] = t; }
            double t = v[c]; v[c] = v[p]; v[p] = t;
        }
        for (int r = c + 1; r < N; r++) {
            double f = m[r][c] / m[c][c];
            for (int k = c; k < N; k++) m[r][k] -= f * m[c][k];
            v[r] -= f * v[c];
        }
    }
    for (int r = N - 1; r >= 0; r--) {
        double s = v[r];
        for (int k = r + 1; k < N; k++) s -= m[r][k] * x[k];
        x[r] = s / m[r][r];
    }
}

int main(void)
{
    uint32_t s = 7;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            s = s * 1103515245u + 12345u;
            A[i][j] = (double)(int32_t)(s >> 4) / 16777216.0;
            s = s * 1103515245u + 12345u;
            B[i][j] = (double)(s >> 8) * 0.001 - 4000.0;
            Af[i][j] = (float)A[i][j];
            Bf[i][j] = (float)B[i][j];
        }
    mmd(C, A, B);
    mmf(Cf, Af, Bf);
    for (int i = 0; i < N; i++) {
        put_f64bits(C[i][i]); put_char(' '); put_f32bits(Cf[i][i]); put_char(' ');
        put_f64dec(C[i][i], 4); put_nl();
    }
    double x[N], v[N], xs[N];
    for (int i = 0; i < N; i++) { xs[i] = (double)(i + 1) * 0.5 - 2.0; }
    for (int i = 0; i < N; i++) {
        v[i] = 0;
        for (int k = 0; k < N; k++) v[i] += A[i][k] * xs[k];
    }
    for (int i = 0; i < N; i++) for (int k = 0; k < N; k++) C[i][k] = A[i][k];
    solve(C, v, x);
    for (int i = 0; i < N; i++) { put_f64bits(x[i]); put_char(' '); put_f64dec(x[i], 6); put_nl(); }
    /* power iteration on A^T A */
    double vec[N], w[N];
    for (int i = 0; i < N; i++) vec[i] = 1.0;
    double lambda = 0;
    for (int it = 0; it < 20; it++) {
        double t[N];
        for (int i = 0; i < N; i++) { t[i] = 0; for (int k = 0; k < N; k++) t[i] += A[i][k] * vec[k]; }
        for (int i = 0; i < N; i++) { w[i] = 0; for (int k = 0; k < N; k++) w[i] += A[k][i] * t[k]; }
        double nrm = 0;
        for (int i = 0; i < N; i++) nrm = nrm > dabs(w[i]) ? nrm : dabs(w[i]);
        for (int i = 0; i < N; i++) vec[i] = w[i] / nrm;
        lambda = nrm;
    }
    put_str("lambda "); put_f64bits(lambda); put_char(' '); put_f64dec(lambda, 6); put_nl();
    ck(f64_bits(lambda));
    return rt_status();
}
