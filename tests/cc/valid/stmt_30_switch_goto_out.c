int printf(const char *, ...);

int main(void) {
  const char *cmds = "aabxcaz";
  int a = 0, b = 0;
  for (const char *p = cmds; *p; p++) {
    switch (*p) {
    case 'a':
      a++;
      break;
    case 'b':
      b++;
      break;
    case 'z':
      goto finished;
    default:
      printf("skip %c\n", *p);
      continue;
    }
    printf("%c -> a=%d b=%d\n", *p, a, b);
  }
  printf("not reached\n");
finished:
  printf("done a=%d b=%d\n", a, b);
  return 0;
}
