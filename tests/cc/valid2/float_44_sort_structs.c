#include <stdio.h>

struct item {
  const char *name;
  double price;
  float weight;
};

static void sort(struct item *v, int n) {
  for (int i = 1; i < n; i++) {
    struct item key = v[i];
    int j = i - 1;
    while (j >= 0 && v[j].price / v[j].weight > key.price / key.weight) {
      v[j + 1] = v[j];
      j--;
    }
    v[j + 1] = key;
  }
}

int main(void) {
  struct item items[5] = {
      {"apples", 3.20, 1.0f}, {"pears", 2.10, 0.5f}, {"plums", 4.75, 2.5f},
      {"grapes", 6.00, 1.5f}, {"figs", 1.05, 0.25f},
  };
  sort(items, 5);
  for (int i = 0; i < 5; i++)
    printf("%-7s %.17g per kg\n", items[i].name, items[i].price / items[i].weight);
  return 0;
}
