// error: 3:5: 'thing' redeclared as different kind of symbol
int thing;
int thing(void) { return 0; }
int main(void) { return 0; }
