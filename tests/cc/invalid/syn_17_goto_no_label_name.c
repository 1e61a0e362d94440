// error-contains: 3:7: expected identifier
int main(void) {
  goto;
  return 0;
}
