// error: 3:19: expected expression before 'int'
int main(void) {
  for (int i = 0; int j = i; i++)
    return j;
  return 0;
}
