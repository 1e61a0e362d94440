#include <string.h>
int printf(const char *, ...);

/* a toy LZ77: emits (distance, length, next char) triples */
int compress(const char *in, int n, int out[][3]) {
  int count = 0, i = 0;
  while (i < n) {
    int best_len = 0, best_dist = 0;
    for (int j = i - 1; j >= 0 && i - j <= 32; j--) {
      int len = 0;
      while (i + len < n - 1 && in[j + len] == in[i + len] && len < 15)
        len++;
      if (len > best_len) {
        best_len = len;
        best_dist = i - j;
      }
    }
    out[count][0] = best_dist;
    out[count][1] = best_len;
    out[count][2] = in[i + best_len];
    count++;
    i += best_len + 1;
  }
  return count;
}

int decompress(int triples[][3], int count, char *out) {
  int n = 0;
  for (int t = 0; t < count; t++) {
    for (int k = 0; k < triples[t][1]; k++, n++)
      out[n] = out[n - triples[t][0]];
    out[n++] = (char)triples[t][2];
  }
  out[n] = 0;
  return n;
}

int main(void) {
  const char *text = "abracadabra abracadabra abracadabra!";
  int triples[64][3];
  char back[64];
  int n = strlen(text);
  int count = compress(text, n, triples);
  for (int t = 0; t < count; t++)
    printf("(%d,%d,%c)", triples[t][0], triples[t][1], triples[t][2]);
  printf("\n%d chars -> %d triples\n", n, count);
  decompress(triples, count, back);
  printf("%s\n%s\n", back, strcmp(back, text) ? "MISMATCH" : "round trip ok");
  return 0;
}
