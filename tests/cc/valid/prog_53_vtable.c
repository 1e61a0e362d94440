int printf(const char *, ...);

struct animal;

struct animal_ops {
  const char *(*name)(const struct animal *);
  int (*legs)(const struct animal *);
  void (*speak)(const struct animal *);
};

struct animal {
  const struct animal_ops *ops;
  int id;
};

static const char *dog_name(const struct animal *a) { return a->id % 2 ? "rex" : "fido"; }
static int dog_legs(const struct animal *a) { return 4; }
static void dog_speak(const struct animal *a) { printf("%s says woof\n", dog_name(a)); }

static const char *bird_name(const struct animal *a) { return "tweety"; }
static int bird_legs(const struct animal *a) { return 2; }
static void bird_speak(const struct animal *a) { printf("%s says tweet (#%d)\n", bird_name(a), a->id); }

static const struct animal_ops dog_ops = {dog_name, dog_legs, dog_speak};
static const struct animal_ops bird_ops = {bird_name, bird_legs, bird_speak};

int main(void) {
  struct animal zoo[] = {{&dog_ops, 1}, {&bird_ops, 2}, {&dog_ops, 4}};
  int legs = 0;
  for (int i = 0; i < 3; i++) {
    zoo[i].ops->speak(&zoo[i]);
    legs += zoo[i].ops->legs(&zoo[i]);
  }
  printf("%d legs\n", legs);
  return 0;
}
