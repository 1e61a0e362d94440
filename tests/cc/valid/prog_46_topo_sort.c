int printf(const char *, ...);

static const char *names[] = {"libc", "kernel", "ld", "as", "cc", "shell", "tests"};
/* dep[i][j]: i must come after j */
static const int deps[][2] = {{4, 3}, {4, 2}, {2, 0}, {5, 0}, {6, 4}, {6, 5}, {0, 1}, {3, 0}};

int main(void) {
  int n = 7, indeg[7] = {0}, done[7] = {0};
  int ndeps = sizeof deps / sizeof deps[0];
  for (int e = 0; e < ndeps; e++)
    indeg[deps[e][0]]++;
  for (int step = 0; step < n; step++) {
    int pick = -1;
    for (int i = 0; i < n && pick < 0; i++)
      if (!done[i] && indeg[i] == 0)
        pick = i;
    if (pick < 0) {
      printf("cycle\n");
      return 1;
    }
    done[pick] = 1;
    printf("%s%s", step ? " " : "", names[pick]);
    for (int e = 0; e < ndeps; e++)
      if (deps[e][1] == pick)
        indeg[deps[e][0]]--;
  }
  printf("\n");
  return 0;
}
