// error: 2:6: declaration of 'items' as array of voids
void items[3];
int main(void) { return 0; }
