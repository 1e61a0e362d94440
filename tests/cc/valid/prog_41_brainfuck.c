int printf(const char *, ...);
int putchar(int);

void run(const char *prog) {
  unsigned char tape[256] = {0};
  unsigned char *p = tape;
  for (const char *ip = prog; *ip; ip++) {
    switch (*ip) {
    case '>': p++; break;
    case '<': p--; break;
    case '+': ++*p; break;
    case '-': --*p; break;
    case '.': putchar(*p); break;
    case '[':
      if (!*p) {
        int depth = 1;
        while (depth) {
          ip++;
          depth += (*ip == '[') - (*ip == ']');
        }
      }
      break;
    case ']':
      if (*p) {
        int depth = 1;
        while (depth) {
          ip--;
          depth += (*ip == ']') - (*ip == '[');
        }
      }
      break;
    }
  }
}

int main(void) {
  /* prints "Hi!\n" */
  run("++++++++[>+++++++++<-]>.<+++[>+++++++++++<-]>.<++++++++[>---------<-]>.[-]++++++++++.");
  /* prints "abcde\n" with a counted loop */
  run("++++++++++[>++++++++++<-]>--->+++++[<.+>-]++++++++++.");
  return 0;
}
