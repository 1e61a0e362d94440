// error: 2:12: 'LIMIT' undeclared here (not in a function)
int size = LIMIT;
int main(void) { return size; }
