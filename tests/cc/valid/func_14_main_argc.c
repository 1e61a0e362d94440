int printf(const char *, ...);

int main(int argc, char **argv) {
  printf("argc=%d\n", argc);
  printf("argv[0]=%s\n", argv[0]);
  printf("argv[argc] is null: %d\n", argv[argc] == 0);
  return 0;
}
