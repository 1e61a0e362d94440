int printf(const char *, ...);

#define S(...) #__VA_ARGS__
#define XS(x) S(x)
#define PLUS +
#define EMPTY

int main(void) {
  printf("[%s]\n", S(a+b));
  printf("[%s]\n", S( a  +  b ));
  printf("[%s]\n", S(f( x ,y ) , [ 1 ]));
  printf("[%s]\n", S("str\n" 'c' '\''));
  printf("[%s]\n", XS(1 PLUS 2));
  printf("[%s]\n", S());
  printf("[%s]\n", XS(EMPTY));
  printf("[%s]\n", S(  leading and trailing  ));
  return 0;
}
