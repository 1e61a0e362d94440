#include "ftest.h"

static double mix(double a, double b, double c, double d) {
  double e = a * b, f = c * d, g = a + c, h = b + d;
  double i = e - f, j = g * h, k = e / (h + 1), l = f / (g + 1);
  double m = i + j, n = k - l, o = e * f, p = g - h;
  double q = m * n, r = o + p, s = i * j, t = k + l;
  double u = q - r, v = s + t, w = u * v, x = e + f + g + h;
  double y = i + j + k + l + m + n + o + p;
  double z = q + r + s + t + u + v + w + x;
  return y * 0.5 + z * 0.25 + (a - b) * (c - d);
}

int main(void) {
  PD(mix(1, 2, 3, 4));
  PD(mix(0.5, -1.5, 2.25, 0.125));
  PD(mix(-3, 7, 0.1, 11));
  float fa = 1.5f, fb = 2.5f, fc = -0.5f, fd = 4.0f, fe = 0.25f, ff = 8.0f;
  float fg = fa * fb + fc * fd - fe * ff + (fa - fb) * (fc - fd) / (fe + ff);
  PD(fg);
  return 0;
}
