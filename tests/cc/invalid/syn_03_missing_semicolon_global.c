// error: 4:1: expected ',' or ';' before 'int'
int counter = 0

int main(void) { return counter; }
