#include <stdio.h>

struct rgbf {
  float r, g, b;
}; /* three floats: more than two members, so integer registers */
struct line {
  struct rgbf color;
  double width;
}; /* 24 bytes: by reference */

static struct rgbf scale(struct rgbf c, float k) { return (struct rgbf){c.r * k, c.g * k, c.b * k}; }
static struct rgbf blend(struct rgbf a, struct rgbf b) {
  return (struct rgbf){(a.r + b.r) / 2, (a.g + b.g) / 2, (a.b + b.b) / 2};
}
static struct line thicken(struct line l) {
  l.width *= 1.5;
  l.color = scale(l.color, 0.5f);
  return l;
}

int main(void) {
  struct rgbf red = {1, 0, 0}, blue = {0, 0, 1};
  struct rgbf p = blend(red, scale(blue, 0.5f));
  printf("%g %g %g\n", p.r, p.g, p.b);
  struct line l = {{0.2f, 0.4f, 0.8f}, 2};
  for (int i = 0; i < 3; i++)
    l = thicken(l);
  printf("%.9g %.9g %.9g %g\n", l.color.r, l.color.g, l.color.b, l.width);
  printf("%g %g\n", thicken(l).width, blend(red, blue).b);
  printf("%zu %zu\n", sizeof(struct rgbf), sizeof(struct line));
  return 0;
}
