// error: 2:9: #include expects "FILENAME" or <FILENAME>
#include
int main(void) { return 0; }
