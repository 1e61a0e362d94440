// error: 3:20: redeclaration of enumerator 'RED'
enum color { RED, GREEN };
enum light { STOP, RED };
int main(void) { return 0; }
