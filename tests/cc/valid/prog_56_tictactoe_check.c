int printf(const char *, ...);

static const int lines[8][3] = {
  {0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6},
};

char winner(const char *b) {
  for (int i = 0; i < 8; i++) {
    char c = b[lines[i][0]];
    if (c != '.' && c == b[lines[i][1]] && c == b[lines[i][2]])
      return c;
  }
  return 0;
}

int main(void) {
  const char *boards[] = {"XXX.OO...", "XO.XO.X..", "OX.XO...O", "XOXOXOOXO", "........."};
  for (int i = 0; i < 5; i++) {
    char w = winner(boards[i]);
    printf("%s -> %c\n", boards[i], w ? w : '-');
  }
  return 0;
}
