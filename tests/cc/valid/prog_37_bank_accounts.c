int printf(const char *, ...);

struct account {
  int id;
  long balance;
  int history[8];
  int nhist;
};

static struct account accounts[4] = {{101, 500}, {102, 0}, {103, 1200}, {104, 75}};

struct account *find(int id) {
  for (int i = 0; i < 4; i++)
    if (accounts[i].id == id)
      return &accounts[i];
  return 0;
}

int transfer(int from, int to, long amount) {
  struct account *a = find(from), *b = find(to);
  if (!a || !b || a->balance < amount)
    return -1;
  a->balance -= amount;
  b->balance += amount;
  a->history[a->nhist++] = -(int)amount;
  b->history[b->nhist++] = (int)amount;
  return 0;
}

int main(void) {
  printf("%d\n", transfer(101, 102, 200));
  printf("%d\n", transfer(102, 104, 250));
  printf("%d\n", transfer(103, 104, 1000));
  printf("%d\n", transfer(104, 999, 1));
  printf("%d\n", transfer(102, 101, 200));
  for (int i = 0; i < 4; i++) {
    printf("%d: %ld [", accounts[i].id, accounts[i].balance);
    for (int h = 0; h < accounts[i].nhist; h++)
      printf(" %d", accounts[i].history[h]);
    printf(" ]\n");
  }
  return 0;
}
