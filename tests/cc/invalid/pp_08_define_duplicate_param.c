// error: 2:14: duplicate macro parameter "x"
#define F(x, x) (x)

int main(void) { return 0; }
