int printf(const char *, ...);

enum suit { CLUBS, DIAMONDS, HEARTS, SPADES, NSUITS };

int main(void) {
  int count[NSUITS] = {0};
  const char deck[] = "CDHSSHDCSSHC";
  for (const char *p = deck; *p; p++) {
    enum suit s = *p == 'C' ? CLUBS : *p == 'D' ? DIAMONDS : *p == 'H' ? HEARTS : SPADES;
    count[s]++;
  }
  for (int s = CLUBS; s < NSUITS; s++)
    printf("%d ", count[s]);
  printf("\n");
  return 0;
}
