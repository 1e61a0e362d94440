// error: 5:24: conversion to non-scalar type requested
struct s { int v; };
int main(void) {
  int x = 1;
  struct s y = (struct s)x;
  return y.v;
}
