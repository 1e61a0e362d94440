/* shapes.h - a small library header for the #include tests. */
#ifndef SHAPES_H
#define SHAPES_H

struct rect {
  int w, h;
};

#define RECT_AREA(r) ((r).w * (r).h)

static const int shapes_version = 3;

int rect_perimeter(const struct rect *r);

#endif
