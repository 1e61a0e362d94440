// error: 5:3: case label does not reduce to an integer constant
int main(void) {
  int x = 1, y = 1;
  switch (x) {
  case y:
    return 1;
  }
  return 0;
}
