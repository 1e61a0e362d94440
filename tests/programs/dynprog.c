/* Dynamic programming: longest common subsequence (with reconstruction),
 * Levenshtein distance, 0/1 knapsack, longest increasing subsequence
 * (O(n log n)), coin change counting, and matrix-chain order. */
#include "rt.h"

static int16_t L[64][64];

static NOINLINE int lcs(const char *a, const char *b, char *out)
{
    int n = 0, m = 0;
    while (a[n]) n++;
    while (b[m]) m++;
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            L[i][j] = (int16_t)(!i || !j ? 0 : a[i - 1] == b[j - 1] ? L[i - 1][j - 1] + 1
                                : L[i - 1][j] > L[i][j - 1] ? L[i - 1][j] : L[i][j - 1]);
    int k = L[n][m];
    out[k] = 0;
    for (int i = n, j = m; i && j;) {
        if (a[i - 1] == b[j - 1]) { out[--k] = a[i - 1]; i--; j--; }
        else if (L[i - 1][j] >= L[i][j - 1]) i--;
        else j--;
    }
    return L[n][m];
}
static NOINLINE int levenshtein(const char *a, const char *b)
{
    int row[64], n = 0, m = 0;
    while (a[n]) n++;
    while (b[m]) m++;
    for (int j = 0; j <= m; j++) row[j] = j;
    for (int i = 1; i <= n; i++) {
        int prev = row[0];
        row[0] = i;
        for (int j = 1; j <= m; j++) {
            int cur = row[j];
            int best = prev + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            prev = cur;
        }
    }
    return row[m];
}
static NOINLINE int knapsack(const int *w, const int *v, int n, int cap)
{
    int best[256] = { 0 };
    for (int i = 0; i < n; i++)
        for (int c = cap; c >= w[i]; c--)
            if (best[c - w[i]] + v[i] > best[c]) best[c] = best[c - w[i]] + v[i];
    return best[cap];
}
static NOINLINE int lis(const int32_t *a, int n)
{
    int32_t tails[128];
    int len = 0;
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = len;
        while (lo < hi) { int mid = (lo + hi) / 2; if (tails[mid] < a[i]) lo = mid + 1; else hi = mid; }
        tails[lo] = a[i];
        if (lo == len) len++;
    }
    return len;
}
static NOINLINE uint64_t coin_ways(const int *coins, int nc, int amount)
{
    uint64_t ways[301] = { 1 };
    for (int c = 0; c < nc; c++)
        for (int a = coins[c]; a <= amount; a++) ways[a] += ways[a - coins[c]];
    return ways[amount];
}
static NOINLINE uint64_t matrix_chain(const int *d, int n)
{
    static uint64_t m[12][12];
    for (int len = 2; len <= n; len++)
        for (int i = 1; i + len - 1 <= n; i++) {
            int j = i + len - 1;
            m[i][j] = ~0ULL;
            for (int k = i; k < j; k++) {
                uint64_t c = m[i][k] + m[k + 1][j] + (uint64_t)(d[i - 1] * d[k] * d[j]);
                if (c < m[i][j]) m[i][j] = c;
            }
        }
    return m[1][n];
}

int main(void)
{
    char out[64];
    static const char *pairs[][2] = { { "ABCBDAB", "BDCABA" }, { "groundup", "underground" },
                                      { "kitten", "sitting" }, { "", "abc" }, { "flaw", "lawn" },
                                      { "intention", "execution" } };
    for (unsigned i = 0; i < ARRAY_LEN(pairs); i++) {
        int l = lcs(pairs[i][0], pairs[i][1], out);
        put_str(pairs[i][0]); put_char('/'); put_str(pairs[i][1]);
        put_str(" lcs="); put_i64(l); put_char(' '); put_str(out);
        put_str(" lev="); put_i64(levenshtein(pairs[i][0], pairs[i][1])); put_nl();
    }
    static const int w[] = { 12, 7, 11, 8, 9, 5, 14, 6, 3, 10, 4, 13 };
    static const int v[] = { 24, 13, 23, 15, 16, 9, 30, 11, 5, 21, 8, 27 };
    pr_i64("knapsack26", knapsack(w, v, 12, 26));
    pr_i64("knapsack60", knapsack(w, v, 12, 60));
    int32_t seq[100];
    uint32_t s = 42;
    for (int i = 0; i < 100; i++) { s = s * 1103515245u + 12345u; seq[i] = (int32_t)(s >> 16) % 1000; }
    pr_i64("lis", lis(seq, 100));
    static const int coins[] = { 1, 2, 5, 10, 20, 50, 100, 200 };
    pr_u64("coin_ways200", coin_ways(coins, 8, 200));
    pr_u64("coin_ways300", coin_ways(coins, 8, 300));
    static const int dims[] = { 30, 35, 15, 5, 10, 20, 25, 40, 7, 12, 33 };
    pr_u64("matrix_chain", matrix_chain(dims, 10));
    return rt_status();
}
