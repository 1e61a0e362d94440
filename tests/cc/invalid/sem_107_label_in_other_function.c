// error: 7:3: label 'target' used but not defined
void f(void) {
target:
  return;
}
int main(void) {
  goto target;
}
