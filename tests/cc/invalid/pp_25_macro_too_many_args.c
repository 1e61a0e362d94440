// error: 4:36: macro "ADD" passed 3 arguments, but takes just 2
#define ADD(a, b) ((a) + (b))

int main(void) { return ADD(1, 2, 3); }
