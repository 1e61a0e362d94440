/* POSIX threads over clone and futex.
 *
 * A thread gets one mapping: its stack at the bottom (growing down from the middle),
 * and above it its TLS block (a copy of the PT_TLS segment, tp pointing at it) and
 * its control block. clone(CLONE_CHILD_CLEARTID) makes the kernel zero the control
 * block's tid and wake a futex on it when the thread exits: that is what join waits
 * for.
 *
 * Mutexes (Drepper's "futexes are tricky", mutex 2): 0 free, 1 locked, 2 locked with
 * waiters, so an unlock without waiters makes no system call. Condition variables: a
 * sequence number that signal/broadcast bump and wake; a waiter sleeps on the value
 * it saw. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "libc.h"
#include "syscall.h"

#define FUTEX_WAIT 128 /* | FUTEX_PRIVATE_FLAG */
#define FUTEX_WAKE 129
#define STACK_SIZE (8UL << 20)
#define CLONE_FLAGS 0x3d0f00 /* VM FS FILES SIGHAND THREAD SYSVSEM SETTLS PARENT_SETTID
                                CHILD_CLEARTID */

int __clone(void *(*fn)(void *), void *stack, unsigned long flags, void *arg, int *ptid,
            void *tls, int *ctid);

extern const char *__tls_image;
extern unsigned long __tls_filesz, __tls_memsz, __tls_align;

struct __pthread {
    volatile int tid; /* cleared by the kernel when the thread exits */
    int detached;
    void *(*start)(void *);
    void *arg;
    void *result;
    void *map;
    size_t map_size;
};

static struct __pthread main_thread;
static _Thread_local struct __pthread *self;

static void futex_wait(volatile int *addr, int value) {
    __syscall6(SYS_futex, (long)addr, FUTEX_WAIT, value, 0, 0, 0);
}

static void futex_wake(volatile int *addr, int count) {
    __syscall6(SYS_futex, (long)addr, FUTEX_WAKE, count, 0, 0, 0);
}

static void *thread_main(void *p) {
    struct __pthread *t = p;
    self = t;
    t->result = t->start(t->arg);
    return t->result;
}

int pthread_create(pthread_t *restrict out, const pthread_attr_t *restrict attr,
                   void *(*start)(void *), void *restrict arg) {
    size_t stack = attr && attr->stack_size ? attr->stack_size : STACK_SIZE;
    size_t align = __tls_align < 16 ? 16 : __tls_align;
    size_t tls = (__tls_memsz + align - 1) & ~(align - 1);
    size_t size = (stack + tls + align + sizeof(struct __pthread) + 4095) & ~4095UL;
    char *map = mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED)
        return EAGAIN;
    char *block = (char *)(((uintptr_t)map + stack + align - 1) & ~(uintptr_t)(align - 1));
    struct __pthread *t = (struct __pthread *)(block + tls);
    if (__tls_image)
        memcpy(block, __tls_image, __tls_filesz);
    t->start = start;
    t->arg = arg;
    t->map = map;
    t->map_size = size;
    t->detached = attr && attr->detach_state == PTHREAD_CREATE_DETACHED;
    int r = __clone(thread_main, map + stack, CLONE_FLAGS, t, (int *)&t->tid, block,
                    (int *)&t->tid);
    if (r < 0) {
        munmap(map, size);
        return -r;
    }
    *out = t;
    return 0;
}

int pthread_join(pthread_t t, void **result) {
    int tid;
    /* not FUTEX_PRIVATE: the kernel's wake at thread exit uses the shared key */
    while ((tid = t->tid) != 0)
        __syscall6(SYS_futex, (long)&t->tid, 0 /* FUTEX_WAIT */, tid, 0, 0, 0);
    if (result)
        *result = t->result;
    munmap(t->map, t->map_size);
    return 0;
}

int pthread_detach(pthread_t t) {
    t->detached = 1; /* its memory stays mapped: there is no one left to unmap it */
    return 0;
}

pthread_t pthread_self(void) {
    if (self == 0) {
        main_thread.tid = (int)__syscall0(SYS_gettid);
        self = &main_thread;
    }
    return self;
}

int pthread_equal(pthread_t a, pthread_t b) { return a == b; }

__attribute__((noreturn)) void pthread_exit(void *result) {
    pthread_t t = pthread_self();
    t->result = result;
    if (t == &main_thread)
        exit(0);
    for (;;)
        __syscall1(SYS_exit, 0);
}

int pthread_attr_init(pthread_attr_t *a) {
    memset(a, 0, sizeof *a);
    return 0;
}
int pthread_attr_destroy(pthread_attr_t *a) {
    (void)a;
    return 0;
}
int pthread_attr_setstacksize(pthread_attr_t *a, size_t size) {
    if (size < PTHREAD_STACK_MIN)
        return EINVAL;
    a->stack_size = size;
    return 0;
}
int pthread_attr_setdetachstate(pthread_attr_t *a, int state) {
    a->detach_state = state;
    return 0;
}

/* --- mutexes ----------------------------------------------------------------------- */

int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict a) {
    memset(m, 0, sizeof *m);
    m->type = a ? a->type : PTHREAD_MUTEX_NORMAL;
    return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m) {
    (void)m;
    return 0;
}

static int recursive_again(pthread_mutex_t *m) {
    if (m->type == PTHREAD_MUTEX_RECURSIVE && m->owner == pthread_self()) {
        m->count++;
        return 1;
    }
    return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m) {
    if (recursive_again(m))
        return 0;
    int expected = 0;
    if (!__atomic_compare_exchange_n(&m->lock, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                     __ATOMIC_RELAXED))
        return EBUSY;
    m->owner = pthread_self();
    return 0;
}

int pthread_mutex_lock(pthread_mutex_t *m) {
    if (recursive_again(m))
        return 0;
    int c = 0;
    if (!__atomic_compare_exchange_n(&m->lock, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
        if (c != 2)
            c = __atomic_exchange_n(&m->lock, 2, __ATOMIC_ACQUIRE);
        while (c != 0) {
            futex_wait(&m->lock, 2);
            c = __atomic_exchange_n(&m->lock, 2, __ATOMIC_ACQUIRE);
        }
    }
    m->owner = pthread_self();
    return 0;
}

int pthread_mutex_unlock(pthread_mutex_t *m) {
    if (m->type == PTHREAD_MUTEX_RECURSIVE && m->count > 0) {
        m->count--;
        return 0;
    }
    m->owner = 0;
    if (__atomic_fetch_sub(&m->lock, 1, __ATOMIC_RELEASE) != 1) {
        __atomic_store_n(&m->lock, 0, __ATOMIC_RELEASE);
        futex_wake(&m->lock, 1);
    }
    return 0;
}

int pthread_mutexattr_init(pthread_mutexattr_t *a) {
    a->type = PTHREAD_MUTEX_NORMAL;
    return 0;
}
int pthread_mutexattr_destroy(pthread_mutexattr_t *a) {
    (void)a;
    return 0;
}
int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type) {
    a->type = type;
    return 0;
}

/* --- condition variables ---------------------------------------------------------------- */

int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict a) {
    (void)a;
    memset(c, 0, sizeof *c);
    return 0;
}

int pthread_cond_destroy(pthread_cond_t *c) {
    (void)c;
    return 0;
}

int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m) {
    int seq = __atomic_load_n(&c->seq, __ATOMIC_ACQUIRE);
    pthread_mutex_unlock(m);
    futex_wait(&c->seq, seq);
    pthread_mutex_lock(m);
    return 0;
}

int pthread_cond_signal(pthread_cond_t *c) {
    __atomic_fetch_add(&c->seq, 1, __ATOMIC_RELEASE);
    futex_wake(&c->seq, 1);
    return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c) {
    __atomic_fetch_add(&c->seq, 1, __ATOMIC_RELEASE);
    futex_wake(&c->seq, INT_MAX);
    return 0;
}

/* --- once, keys ------------------------------------------------------------------------ */

int pthread_once(pthread_once_t *once, void (*fn)(void)) {
    int state = 0;
    if (__atomic_compare_exchange_n(once, &state, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
        fn();
        __atomic_store_n(once, 2, __ATOMIC_RELEASE);
        futex_wake(once, INT_MAX);
        return 0;
    }
    while ((state = __atomic_load_n(once, __ATOMIC_ACQUIRE)) != 2)
        futex_wait(once, state);
    return 0;
}

#define KEYS 128
static void (*key_destructors[KEYS])(void *);
static int keys_used;
static _Thread_local void *key_values[KEYS];

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *)) {
    int k = __atomic_fetch_add(&keys_used, 1, __ATOMIC_RELAXED);
    if (k >= KEYS)
        return EAGAIN;
    key_destructors[k] = destructor; /* (not run yet at thread exit) */
    *key = (pthread_key_t)k;
    return 0;
}

int pthread_key_delete(pthread_key_t key) {
    (void)key;
    return 0;
}

void *pthread_getspecific(pthread_key_t key) { return key < KEYS ? key_values[key] : 0; }

int pthread_setspecific(pthread_key_t key, const void *value) {
    if (key >= KEYS)
        return EINVAL;
    key_values[key] = (void *)value;
    return 0;
}

/* --- semaphores ------------------------------------------------------------------------ */

int sem_init(sem_t *s, int shared, unsigned value) {
    (void)shared;
    s->value = (int)value;
    return 0;
}

int sem_destroy(sem_t *s) {
    (void)s;
    return 0;
}

int sem_trywait(sem_t *s) {
    int v = __atomic_load_n(&s->value, __ATOMIC_ACQUIRE);
    while (v > 0)
        if (__atomic_compare_exchange_n(&s->value, &v, v - 1, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_ACQUIRE))
            return 0;
    errno = EAGAIN;
    return -1;
}

int sem_wait(sem_t *s) {
    while (sem_trywait(s) < 0)
        futex_wait(&s->value, 0);
    return 0;
}

int sem_post(sem_t *s) {
    __atomic_fetch_add(&s->value, 1, __ATOMIC_RELEASE);
    futex_wake(&s->value, 1);
    return 0;
}

int sem_getvalue(sem_t *restrict s, int *restrict value) {
    *value = __atomic_load_n(&s->value, __ATOMIC_RELAXED);
    return 0;
}
