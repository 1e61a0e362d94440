// error: 2:14: '#' is not followed by a macro parameter
#define STR(x) #y

int main(void) { return 0; }
