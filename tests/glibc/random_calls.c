/* Deterministic generators (rand, random, rand_r, drand48) and getrandom's byte counts. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>

int main(void) {
    srand(1);
    for (int i = 0; i < 8; i++) printf("%d ", rand());
    printf("\n");
    srand(42);
    for (int i = 0; i < 8; i++) printf("%d ", rand() % 1000);
    printf("\n");
    srandom(7);
    for (int i = 0; i < 5; i++) printf("%ld ", random());
    printf("\n");
    unsigned seed = 99;
    for (int i = 0; i < 5; i++) printf("%d ", rand_r(&seed));
    printf("\n");
    srand48(2024);
    for (int i = 0; i < 4; i++) printf("%.12f %ld ", drand48(), lrand48());
    printf("\n");
    unsigned char buf[300];
    printf("getrandom 16: %zd\n", getrandom(buf, 16, 0));
    printf("getrandom 300 nonblock: %zd\n", getrandom(buf, sizeof buf, GRND_NONBLOCK));
    printf("getrandom bad flags: %zd\n", getrandom(buf, 4, 0x100));
    int distinct = 0;
    for (int i = 1; i < 300; i++) distinct += buf[i] != buf[0];
    printf("not all equal: %d\n", distinct > 0);
    return 0;
}
