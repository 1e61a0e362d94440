// error: 3:3: 'default' label not within a switch statement
int main(void) {
  default:
  return 0;
}
