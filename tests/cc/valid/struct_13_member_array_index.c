int printf(const char *, ...);

struct matrix {
  int rows, cols;
  int cell[3][3];
};

void fill(struct matrix *m) {
  for (int i = 0; i < m->rows; i++)
    for (int j = 0; j < m->cols; j++)
      m->cell[i][j] = (i + 1) * (j + 2);
}

int main(void) {
  struct matrix m = {3, 3, {{0}}};
  fill(&m);
  for (int i = 0; i < 3; i++)
    printf("%d %d %d\n", m.cell[i][0], m.cell[i][1], m.cell[i][2]);
  printf("%lu\n", (unsigned long)sizeof m);
  return 0;
}
