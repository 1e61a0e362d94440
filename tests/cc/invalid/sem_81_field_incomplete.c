// error: 4:15: field 'next' has incomplete type
struct node {
  int v;
  struct node next;
};
int main(void) { return 0; }
