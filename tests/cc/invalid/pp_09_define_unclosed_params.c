// error: 2:15: expected ')' before end of line
#define F(x, y

int main(void) { return 0; }
