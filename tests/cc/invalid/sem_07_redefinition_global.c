// error: 3:5: redefinition of 'value'
int value = 1;
int value = 2;
int main(void) { return value; }
