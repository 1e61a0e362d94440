int printf(const char *, ...);

struct tree {
  int key;
  struct tree *left, *right;
};

static struct tree pool[32];
static int used;

struct tree *insert(struct tree *t, int key) {
  if (!t) {
    t = &pool[used++];
    t->key = key;
    t->left = t->right = 0;
  } else if (key < t->key) {
    t->left = insert(t->left, key);
  } else {
    t->right = insert(t->right, key);
  }
  return t;
}

void inorder(const struct tree *t) {
  if (!t)
    return;
  inorder(t->left);
  printf("%d ", t->key);
  inorder(t->right);
}

int height(const struct tree *t) {
  if (!t)
    return 0;
  int l = height(t->left), r = height(t->right);
  return 1 + (l > r ? l : r);
}

int main(void) {
  int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
  struct tree *root = 0;
  for (int i = 0; i < 10; i++)
    root = insert(root, keys[i]);
  inorder(root);
  printf("\nheight %d, nodes %d\n", height(root), used);
  return 0;
}
