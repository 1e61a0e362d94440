#include <string.h>
int printf(const char *, ...);

static int dp[32][32];

int lcs(const char *a, const char *b, char *out) {
  int n = strlen(a), m = strlen(b);
  for (int i = n - 1; i >= 0; i--)
    for (int j = m - 1; j >= 0; j--)
      dp[i][j] = a[i] == b[j] ? 1 + dp[i + 1][j + 1]
                 : dp[i + 1][j] > dp[i][j + 1] ? dp[i + 1][j] : dp[i][j + 1];
  int i = 0, j = 0, k = 0;
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      out[k++] = a[i];
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  out[k] = 0;
  return dp[0][0];
}

int main(void) {
  char out[32];
  const char *pairs[][2] = {{"ABCBDAB", "BDCABA"}, {"groundup", "roundabout"}, {"abc", "xyz"}};
  for (int i = 0; i < 3; i++) {
    memset(dp, 0, sizeof dp);
    int n = lcs(pairs[i][0], pairs[i][1], out);
    printf("%s %s -> %d \"%s\"\n", pairs[i][0], pairs[i][1], n, out);
  }
  return 0;
}
