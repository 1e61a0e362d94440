int printf(const char *, ...);

int main(void) {
  for (int n = 1; n <= 30; n++) {
    if (n % 15 == 0)
      printf("FizzBuzz");
    else if (n % 5 == 0)
      printf("Buzz");
    else if (n % 3 == 0)
      printf("Fizz");
    else
      printf("%d", n);
    printf(n < 30 ? " " : "\n");
  }
  return 0;
}
