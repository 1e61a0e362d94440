// error: 3:14: unterminated comment
int main(void) {
  int x = 1; /* this comment never
  ends, so the file ends inside it
  return x;
}
