int printf(const char *, ...);

static int stack[32];
static int top;

static void push(int v) { stack[top++] = v; }
static int pop(void) { return stack[--top]; }
static int size(void) { return top; }

int main(void) {
  for (int i = 1; i <= 5; i++)
    push(i * i);
  printf("size %d\n", size());
  while (size())
    printf("%d ", pop());
  printf("\n");
  return 0;
}
