#include "ftest.h"
#include "test.h"

struct unit_value {
  char unit;
  double value;
};

static struct unit_value to_metric(struct unit_value v) {
  switch (v.unit) {
  case 'i':
    return (struct unit_value){'c', v.value * 2.54};
  case 'f':
    return (struct unit_value){'m', v.value * 0.3048};
  case 'F':
    return (struct unit_value){'C', (v.value - 32) * 5 / 9};
  }
  return v;
}

int main(void) {
  ASSERT(16, sizeof(struct unit_value));
  struct unit_value r = to_metric((struct unit_value){'i', 10});
  ASSERT('c', r.unit);
  PD(r.value);
  r = to_metric((struct unit_value){'f', 3});
  ASSERT('m', r.unit);
  PD(r.value);
  r = to_metric((struct unit_value){'F', 98.6});
  ASSERT('C', r.unit);
  PD(r.value);
  r = to_metric(to_metric((struct unit_value){'x', -1}));
  ASSERT('x', r.unit);
  ASSERT_D(-1.0, r.value);
  return 0;
}
