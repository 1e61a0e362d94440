int printf(const char *, ...);

struct node {
  char label;
  struct node *left, *right;
};

int main(void) {
  struct node g = {'g', 0, 0}, f = {'f', 0, 0}, e = {'e', 0, 0}, d = {'d', 0, 0};
  struct node c = {'c', &f, &g}, b = {'b', &d, &e}, a = {'a', &b, &c};
  struct node *stack[16];
  int sp = 0;
  /* preorder */
  stack[sp++] = &a;
  while (sp) {
    struct node *n = stack[--sp];
    printf("%c", n->label);
    if (n->right)
      stack[sp++] = n->right;
    if (n->left)
      stack[sp++] = n->left;
  }
  printf("\n");
  /* inorder */
  struct node *cur = &a;
  while (cur || sp) {
    while (cur) {
      stack[sp++] = cur;
      cur = cur->left;
    }
    cur = stack[--sp];
    printf("%c", cur->label);
    cur = cur->right;
  }
  printf("\n");
  /* level order */
  struct node *queue[16];
  int head = 0, tail = 0;
  queue[tail++] = &a;
  while (head < tail) {
    struct node *n = queue[head++];
    printf("%c", n->label);
    if (n->left)
      queue[tail++] = n->left;
    if (n->right)
      queue[tail++] = n->right;
  }
  printf("\n");
  return 0;
}
