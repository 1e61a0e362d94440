#pragma once
/* once.h - guarded by #pragma once only: a second include must be skipped. */
struct once_t {
  int value;
};
enum { ONCE_MAGIC = 77 };
