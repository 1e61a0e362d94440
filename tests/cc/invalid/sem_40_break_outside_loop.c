// error: 3:3: break statement not within loop or switch
int main(void) {
  break;
  return 0;
}
