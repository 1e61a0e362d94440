// error: 3:6: conflicting types for 'shared'; have 'long int'
int shared;
long shared;
int main(void) { return 0; }
