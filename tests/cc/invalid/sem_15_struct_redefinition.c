// error: 3:8: redefinition of 'struct point'
struct point { int x, y; };
struct point { int x, y; };
int main(void) { return 0; }
