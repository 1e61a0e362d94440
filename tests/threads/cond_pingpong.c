/* Two threads take strict turns through one mutex and one condition variable
 * (pthread_cond_signal with a predicate loop); the turns are recorded and printed
 * after the join.
 *
 * needs: threads
 */
#include "common.h"

enum { TURNS = 200 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static int turn, next_slot;
static int log_[TURNS * 2];

static void *player(void *arg) {
    int me = (int)(long)arg;
    for (int i = 0; i < TURNS; i++) {
        CHECK(pthread_mutex_lock(&lock) == 0);
        while (turn != me) CHECK(pthread_cond_wait(&changed, &lock) == 0);
        log_[next_slot++] = me;
        turn = 1 - me;
        CHECK(pthread_cond_signal(&changed) == 0);
        CHECK(pthread_mutex_unlock(&lock) == 0);
    }
    return NULL;
}

int main(void) {
    pthread_t a, b;
    CHECK(pthread_create(&b, NULL, player, (void *)1L) == 0);
    CHECK(pthread_create(&a, NULL, player, (void *)0L) == 0);
    CHECK(pthread_join(a, NULL) == 0);
    CHECK(pthread_join(b, NULL) == 0);
    int alternating = 1;
    for (int i = 0; i < next_slot; i++) alternating &= log_[i] == i % 2;
    printf("turns %d, strictly alternating from player 0: %d\n", next_slot, alternating);
    for (int i = 0; i < 12; i++) printf("%d", log_[i]);
    printf("...\n");
    printf("destroy: %s\n", errname(pthread_cond_destroy(&changed)));
    return 0;
}
