// error: 3:10: 'count' undeclared (first use in this function)
int main(void) {
  return count;
}
