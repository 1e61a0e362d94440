int printf(const char *, ...);

struct unit {
  const char *name;
  long factor;
};

static const struct unit units[] = {
  {"B", 1},
  {"KiB", 1024},
  {"MiB", 1024L * 1024},
  {"GiB", 1024L * 1024 * 1024},
};

void human(long bytes) {
  int i = 3;
  while (i > 0 && bytes < units[i].factor)
    i--;
  printf("%ld bytes = %ld %s + %ld\n", bytes, bytes / units[i].factor, units[i].name,
         bytes % units[i].factor);
}

int main(void) {
  human(0);
  human(1023);
  human(1024);
  human(1536000);
  human(5000000000L);
  return 0;
}
