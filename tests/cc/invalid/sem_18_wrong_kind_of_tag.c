// error: 3:7: 'thing' defined as wrong kind of tag
struct thing { int x; };
union thing u;
int main(void) { return 0; }
