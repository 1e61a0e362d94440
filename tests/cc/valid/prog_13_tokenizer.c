int printf(const char *, ...);

enum kind { NUM, IDENT, PUNCT, STR, END };

static const char *kind_names[] = {"num", "ident", "punct", "str", "end"};

struct token {
  enum kind kind;
  const char *start;
  int len;
  long value;
};

static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

const char *next_token(const char *p, struct token *t) {
  while (*p == ' ' || *p == '\n' || *p == '\t')
    p++;
  t->start = p;
  t->value = 0;
  if (!*p) {
    t->kind = END;
    t->len = 0;
    return p;
  }
  if (is_digit(*p)) {
    t->kind = NUM;
    while (is_digit(*p))
      t->value = t->value * 10 + (*p++ - '0');
  } else if (is_alpha(*p)) {
    t->kind = IDENT;
    while (is_alpha(*p) || is_digit(*p))
      p++;
  } else if (*p == '"') {
    t->kind = STR;
    p++;
    while (*p && *p != '"')
      p++;
    if (*p)
      p++;
  } else {
    t->kind = PUNCT;
    if ((p[0] == '=' || p[0] == '!' || p[0] == '<' || p[0] == '>') && p[1] == '=')
      p += 2;
    else
      p++;
  }
  t->len = p - t->start;
  return p;
}

int main(void) {
  const char *src = "int x1 = 42;\nif (x1 >= 10 && y != 3) print(\"big one\");";
  struct token t;
  const char *p = src;
  int n = 0;
  do {
    p = next_token(p, &t);
    printf("%-5s %.*s", kind_names[t.kind], t.len, t.start);
    if (t.kind == NUM)
      printf(" (%ld)", t.value);
    printf("\n");
    n++;
  } while (t.kind != END);
  printf("%d tokens\n", n);
  return 0;
}
