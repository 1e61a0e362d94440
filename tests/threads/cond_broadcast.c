/* pthread_cond_broadcast wakes every waiter; pthread_cond_signal hands out tokens
 * one waiter at a time. The main thread waits until all are waiting before it
 * broadcasts, so no wake-up is lost whatever the interleaving.
 *
 * needs: threads
 */
#include "common.h"

enum { WAITERS = 8 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t go_cond = PTHREAD_COND_INITIALIZER;
static pthread_cond_t ready_cond = PTHREAD_COND_INITIALIZER;
static pthread_cond_t token_cond = PTHREAD_COND_INITIALIZER;
static int ready, go, woken, tokens, consumed[WAITERS];

static void *waiter(void *arg) {
    int me = (int)(long)arg;
    pthread_mutex_lock(&lock);
    ready++;
    pthread_cond_signal(&ready_cond);
    while (!go) pthread_cond_wait(&go_cond, &lock);
    woken++;
    for (int i = 0; i < 3; i++) {
        while (tokens == 0) pthread_cond_wait(&token_cond, &lock);
        tokens--;
        consumed[me]++;
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

int main(void) {
    pthread_t t[WAITERS];
    for (long i = 0; i < WAITERS; i++) CHECK(pthread_create(&t[i], NULL, waiter, (void *)i) == 0);
    pthread_mutex_lock(&lock);
    while (ready < WAITERS) pthread_cond_wait(&ready_cond, &lock);
    printf("all %d waiting\n", ready);
    go = 1;
    pthread_cond_broadcast(&go_cond);
    pthread_mutex_unlock(&lock);
    for (int i = 0; i < 3 * WAITERS; i++) {
        pthread_mutex_lock(&lock);
        tokens++;
        pthread_cond_signal(&token_cond);
        pthread_mutex_unlock(&lock);
    }
    for (int i = 0; i < WAITERS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    printf("woken by the broadcast: %d\n", woken);
    printf("tokens left: %d\n", tokens);
    for (int i = 0; i < WAITERS; i++) printf("waiter %d consumed %d\n", i, consumed[i]);
    return 0;
}
