int printf(const char *, ...);

int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

/* 0 = Sunday; Zeller-like via day counting from 1970-01-01 (a Thursday) */
int weekday(int y, int m, int d) {
  long days = 0;
  for (int yy = 1970; yy < y; yy++)
    days += is_leap(yy) ? 366 : 365;
  for (int mm = 1; mm < m; mm++)
    days += days_in(y, mm);
  days += d - 1;
  return (int)((days + 4) % 7);
}

int main(void) {
  printf("     February 2024\n Su Mo Tu We Th Fr Sa\n");
  int wd = weekday(2024, 2, 1);
  for (int i = 0; i < wd; i++)
    printf("   ");
  for (int d = 1; d <= days_in(2024, 2); d++) {
    printf("%3d", d);
    if ((wd + d) % 7 == 0)
      printf("\n");
  }
  printf("\n");
  printf("%d %d %d %d\n", is_leap(1900), is_leap(2000), is_leap(2023), weekday(2000, 1, 1));
  return 0;
}
