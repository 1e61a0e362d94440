// error: 3:3: expected declaration specifiers before 'return'
int main(void)
  return 0;
}
