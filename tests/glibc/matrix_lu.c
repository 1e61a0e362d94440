/* Doubles in earnest: matrix product, LU decomposition with pivoting, determinant, solve. */
#include <math.h>
#include <stdio.h>

enum { N = 8 };

int main(void) {
    double a[N][N], lu[N][N], b[N], x[N];
    int perm[N];
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) a[i][j] = 1.0 / (i + j + 1) + (i == j ? 2.0 : 0.0) + sin(i * 3 + j);
        b[i] = cos(i);
    }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) lu[i][j] = a[i][j];
    double det = 1;
    for (int i = 0; i < N; i++) perm[i] = i;
    for (int k = 0; k < N; k++) {
        int p = k;
        for (int i = k + 1; i < N; i++)
            if (fabs(lu[i][k]) > fabs(lu[p][k])) p = i;
        if (p != k) {
            for (int j = 0; j < N; j++) {
                double t = lu[k][j];
                lu[k][j] = lu[p][j];
                lu[p][j] = t;
            }
            int t = perm[k];
            perm[k] = perm[p];
            perm[p] = t;
            det = -det;
        }
        det *= lu[k][k];
        for (int i = k + 1; i < N; i++) {
            lu[i][k] /= lu[k][k];
            for (int j = k + 1; j < N; j++) lu[i][j] -= lu[i][k] * lu[k][j];
        }
    }
    for (int i = 0; i < N; i++) {
        x[i] = b[perm[i]];
        for (int j = 0; j < i; j++) x[i] -= lu[i][j] * x[j];
    }
    for (int i = N - 1; i >= 0; i--) {
        for (int j = i + 1; j < N; j++) x[i] -= lu[i][j] * x[j];
        x[i] /= lu[i][i];
    }
    printf("det = %.10e\n", det);
    double resid = 0;
    for (int i = 0; i < N; i++) {
        double s = 0;
        for (int j = 0; j < N; j++) s += a[i][j] * x[j];
        resid = fmax(resid, fabs(s - b[i]));
        printf("x[%d] = % .12f\n", i, x[i]);
    }
    printf("residual small: %d\n", resid < 1e-9);
    double c[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            c[i][j] = 0;
            for (int k = 0; k < N; k++) c[i][j] += a[i][k] * a[k][j];
        }
    for (int i = 0; i < N; i += 3) printf("c[%d] = %.6f %.6f %.6f\n", i, c[i][0], c[i][1], c[i][7]);
    return 0;
}
