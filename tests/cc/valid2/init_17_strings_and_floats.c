#include <stdio.h>

struct planet {
  char name[10];
  double radius_km;
  float gravity;
  const char *note;
};

int main(void) {
  struct planet ps[] = {
      {"Mercury", 2439.7, 3.7f, "closest"},
      {.name = "Earth", .gravity = 9.807f, .radius_km = 6371.0},
      {{'M', 'a', 'r', 's'}, 3389.5, 3.721f, NULL},
  };
  for (int i = 0; i < 3; i++)
    printf("%-8s %9.1f %6.3f %s\n", ps[i].name, ps[i].radius_km, ps[i].gravity,
           ps[i].note ? ps[i].note : "-");
  printf("%zu\n", sizeof ps / sizeof ps[0]);
  return 0;
}
