// error: 4:17: invalid application of 'sizeof' to incomplete type 'int[]'
extern int data[];
int main(void) {
  return sizeof data;
}
