// error: 7:5: non-static declaration of 'shared' follows static declaration
static int shared;
int main(void) {
  extern int shared;
  return shared;
}
int shared;
