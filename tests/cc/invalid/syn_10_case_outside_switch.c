// error: 4:3: case label not within a switch statement
int main(void) {
  int x = 1;
  case 1:
  return x;
}
