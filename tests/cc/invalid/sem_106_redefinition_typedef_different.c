// error: 3:14: conflicting types for 'length'; have 'long int'
typedef int length;
typedef long length;
int main(void) { return 0; }
