int printf(const char *, ...);

struct dnode {
  int v;
  struct dnode *prev, *next;
};

static struct dnode nodes[6];

void link_after(struct dnode *pos, struct dnode *n) {
  n->prev = pos;
  n->next = pos->next;
  pos->next->prev = n;
  pos->next = n;
}

void unlink_node(struct dnode *n) {
  n->prev->next = n->next;
  n->next->prev = n->prev;
}

int main(void) {
  struct dnode *head = &nodes[0]; /* sentinel */
  head->next = head->prev = head;
  for (int i = 1; i < 6; i++) {
    nodes[i].v = i * 10;
    link_after(head->prev, &nodes[i]);
  }
  unlink_node(&nodes[3]);
  link_after(head, &nodes[3]);
  for (struct dnode *n = head->next; n != head; n = n->next)
    printf("%d ", n->v);
  printf("\n");
  for (struct dnode *n = head->prev; n != head; n = n->prev)
    printf("%d ", n->v);
  printf("\n");
  return 0;
}
