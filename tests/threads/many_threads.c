/* Hundreds of short-lived threads: waves of 40 with small stacks, then a long run of
 * create-join pairs (so stacks and thread ids are reused), each computing a little.
 *
 * needs: threads
 */
#include "common.h"

enum { WAVES = 8, WIDTH = 40, SERIAL = 200 };

static void *square_mod(void *arg) {
    long n = (long)arg;
    return (void *)(n * n % 1009);
}

int main(void) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    CHECK(pthread_attr_setstacksize(&attr, 64 * 1024) == 0);
    long total = 0;
    int created = 0;
    for (int w = 0; w < WAVES; w++) {
        pthread_t t[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            CHECK(pthread_create(&t[i], &attr, square_mod, (void *)(long)(w * WIDTH + i)) == 0);
            created++;
        }
        for (int i = 0; i < WIDTH; i++) {
            void *ret;
            CHECK(pthread_join(t[i], &ret) == 0);
            total += (long)ret;
        }
    }
    printf("waves: %d threads, total %ld\n", created, total);
    total = 0;
    for (long i = 0; i < SERIAL; i++) {
        pthread_t th;
        void *ret;
        CHECK(pthread_create(&th, NULL, square_mod, (void *)(i + 1000)) == 0);
        CHECK(pthread_join(th, &ret) == 0);
        total += (long)ret;
    }
    printf("one at a time: %d threads, total %ld\n", SERIAL, total);
    return 0;
}
