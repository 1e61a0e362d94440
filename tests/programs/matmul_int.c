/* Integer matrix multiply: int32 (wrapping via uint32), int64, int16 -> int32
 * accumulate; transposed variant and matrix power (Fibonacci via 2x2). */
#include "rt.h"

#define N 16
static int32_t A[N][N], B[N][N], C[N][N], Ct[N][N], Bt[N][N];
static int64_t L[N][N], M[N][N], P[N][N];
static int16_t S[N][N];

static NOINLINE void mm32(int32_t c[N][N], int32_t a[N][N], int32_t b[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            uint32_t s = 0;
            for (int k = 0; k < N; k++) s += (uint32_t)a[i][k] * (uint32_t)b[k][j];
            c[i][j] = (int32_t)s;
        }
}
static NOINLINE void mm32_t(int32_t c[N][N], int32_t a[N][N], int32_t bt[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            uint32_t s = 0;
            for (int k = 0; k < N; k++) s += (uint32_t)a[i][k] * (uint32_t)bt[j][k];
            c[i][j] = (int32_t)s;
        }
}
static NOINLINE void mm64(int64_t c[N][N], int64_t a[N][N], int64_t b[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int64_t s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}
static void mat2_mul(uint64_t r[2][2], uint64_t a[2][2], uint64_t b[2][2])
{
    uint64_t t[2][2];
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) t[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) r[i][j] = t[i][j];
}

int main(void)
{
    uint32_t s = 1;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            s = s * 1664525u + 1013904223u;
            A[i][j] = (int32_t)s >> 8;
            B[i][j] = (int32_t)(s >> 3) - (1 << 27);
            Bt[j][i] = B[i][j];
            L[i][j] = (int64_t)(s % 2001) - 1000;
            M[i][j] = (int64_t)((s >> 11) % 201) - 100;
            S[i][j] = (int16_t)s;
        }
    mm32(C, A, B);
    mm32_t(Ct, A, Bt);
    int same = 1;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) if (C[i][j] != Ct[i][j]) same = 0;
    pr_u64("transpose_same", (uint64_t)same);
    mm64(P, L, M);
    uint64_t h = 0;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) h = h * 1000003 + (uint32_t)C[i][j] + (uint64_t)P[i][j];
        put_i64(C[i][i]); put_char(' '); put_i64(P[i][N - 1 - i]); put_nl();
    }
    /* int16 x int16 -> int32 dot products */
    int32_t dots = 0;
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) dots += S[i][k] * S[k][i];
    pr_i64("dots", dots);
    /* trace of A^3 via repeated multiply */
    mm32(C, A, A);
    mm32(Ct, C, A);
    uint32_t tr = 0;
    for (int i = 0; i < N; i++) tr += (uint32_t)Ct[i][i];
    pr_hex32("trace_a3", tr);
    /* fib(90) via fast 2x2 matrix power */
    uint64_t r[2][2] = { { 1, 0 }, { 0, 1 } }, b[2][2] = { { 1, 1 }, { 1, 0 } };
    for (unsigned e = 90; e; e >>= 1) {
        if (e & 1) mat2_mul(r, r, b);
        mat2_mul(b, b, b);
    }
    pr_u64("fib90", r[0][1]);
    pr_hex64("h", h);
    ck(h ^ tr);
    return rt_status();
}
