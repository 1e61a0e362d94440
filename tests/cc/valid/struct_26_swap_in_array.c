int printf(const char *, ...);

struct card {
  char rank;
  char suit;
  int value;
};

int main(void) {
  struct card hand[5] = {{'K', 'h', 13}, {'3', 's', 3}, {'A', 'd', 14}, {'7', 'c', 7}, {'3', 'h', 3}};
  for (int i = 0; i < 5; i++)
    for (int j = i + 1; j < 5; j++)
      if (hand[j].value < hand[i].value ||
          (hand[j].value == hand[i].value && hand[j].suit < hand[i].suit)) {
        struct card t = hand[i];
        hand[i] = hand[j];
        hand[j] = t;
      }
  for (int i = 0; i < 5; i++)
    printf("%c%c ", hand[i].rank, hand[i].suit);
  printf("\n");
  return 0;
}
