int printf(const char *, ...);

#define N 2000

static char composite[N + 1];

int main(void) {
  int count = 0, last = 0;
  for (int i = 2; i * i <= N; i++)
    if (!composite[i])
      for (int j = i * i; j <= N; j += i)
        composite[j] = 1;
  for (int i = 2; i <= N; i++)
    if (!composite[i]) {
      count++;
      last = i;
      if (i < 60)
        printf("%d ", i);
    }
  printf("\n%d primes below %d, the last is %d\n", count, N, last);
  return 0;
}
