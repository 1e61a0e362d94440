// error: 3:24: \x used with no following hex digits
int main(void) {
  const char *s = "\xg";
  return s[0];
}
