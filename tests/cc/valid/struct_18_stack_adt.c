int printf(const char *, ...);

struct stack {
  int top;
  int items[16];
};

void push(struct stack *s, int v) { s->items[s->top++] = v; }
int pop(struct stack *s) { return s->items[--s->top]; }
int empty(const struct stack *s) { return s->top == 0; }

int main(void) {
  struct stack s = {0};
  const char *expr = "3 4 + 2 * 7 -";
  for (const char *p = expr; *p; p++) {
    if (*p >= '0' && *p <= '9') {
      push(&s, *p - '0');
    } else if (*p != ' ') {
      int b = pop(&s), a = pop(&s);
      push(&s, *p == '+' ? a + b : *p == '-' ? a - b : a * b);
    }
  }
  printf("%d\n", pop(&s));
  printf("%d\n", empty(&s));
  return 0;
}
