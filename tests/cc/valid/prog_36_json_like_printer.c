int printf(const char *, ...);

enum type { T_NUM, T_STR, T_LIST };

struct value {
  enum type type;
  long num;
  const char *str;
  const struct value *items;
  int nitems;
};

void print_value(const struct value *v, int depth) {
  switch (v->type) {
  case T_NUM:
    printf("%ld", v->num);
    break;
  case T_STR:
    printf("\"%s\"", v->str);
    break;
  case T_LIST:
    printf("[");
    for (int i = 0; i < v->nitems; i++) {
      if (i)
        printf(", ");
      print_value(&v->items[i], depth + 1);
    }
    printf("]");
    break;
  }
}

static const struct value inner[] = {
  {T_NUM, 1, 0, 0, 0},
  {T_STR, 0, "two", 0, 0},
};
static const struct value outer_items[] = {
  {T_NUM, -42, 0, 0, 0},
  {T_LIST, 0, 0, inner, 2},
  {T_LIST, 0, 0, 0, 0},
  {T_STR, 0, "end", 0, 0},
};
static const struct value outer = {T_LIST, 0, 0, outer_items, 4};

int main(void) {
  print_value(&outer, 0);
  printf("\n");
  return 0;
}
