// error: 2:1: typedef 'number' is initialized (use '__typeof__' instead)
typedef int number = 5;
int main(void) { return 0; }
