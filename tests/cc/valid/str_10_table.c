int printf(const char *, ...);

const char *names[] = {"zero", "one", "two", "three", "four", "five"};
static const char *const days[7] = {
  "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
};

int main(void) {
  for (int i = 0; i < 6; i++)
    printf("%d=%s ", i, names[i]);
  printf("\n");
  for (unsigned long i = 0; i < sizeof(days) / sizeof(days[0]); i++)
    printf("%s%c", days[i], i == 6 ? '\n' : ',');
  printf("%c%c%c\n", names[3][0], days[4][1], *names[5]);
  return 0;
}
