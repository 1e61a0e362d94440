// error: 2:1: unknown type name 'string'
string name = "x";
int main(void) { return 0; }
