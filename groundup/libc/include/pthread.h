/* pthread.h: POSIX threads (the common subset), over clone and futex. */
#ifndef _PTHREAD_H
#define _PTHREAD_H
#include <_gu_cdefs.h>
#include <sys/types.h>
#include <time.h>
typedef struct __pthread *pthread_t;
typedef struct { size_t stack_size; int detach_state; } pthread_attr_t;
typedef struct {
    volatile int lock; /* 0 free, 1 locked, 2 locked with waiters */
    int type, count, __pad;
    pthread_t owner;
    long __reserved[2];
} pthread_mutex_t;
typedef struct { int type; } pthread_mutexattr_t;
typedef struct { volatile int seq; int __pad[11]; } pthread_cond_t;
typedef struct { int __unused; } pthread_condattr_t;
typedef volatile int pthread_once_t;
typedef unsigned pthread_key_t;
#define PTHREAD_MUTEX_INITIALIZER { 0 }
#define PTHREAD_COND_INITIALIZER { 0 }
#define PTHREAD_ONCE_INIT 0
#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1
#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT 0
#define PTHREAD_STACK_MIN 16384
__BEGIN_DECLS
int pthread_create(pthread_t *__gu_restrict t, const pthread_attr_t *__gu_restrict attr,
                   void *(*start)(void *), void *__gu_restrict arg);
int pthread_join(pthread_t t, void **result);
int pthread_detach(pthread_t t);
pthread_t pthread_self(void);
int pthread_equal(pthread_t a, pthread_t b);
__gu_noreturn void pthread_exit(void *result);
int pthread_attr_init(pthread_attr_t *a);
int pthread_attr_destroy(pthread_attr_t *a);
int pthread_attr_setstacksize(pthread_attr_t *a, size_t size);
int pthread_attr_setdetachstate(pthread_attr_t *a, int state);
int pthread_mutex_init(pthread_mutex_t *__gu_restrict m,
                       const pthread_mutexattr_t *__gu_restrict a);
int pthread_mutex_destroy(pthread_mutex_t *m);
int pthread_mutex_lock(pthread_mutex_t *m);
int pthread_mutex_trylock(pthread_mutex_t *m);
int pthread_mutex_unlock(pthread_mutex_t *m);
int pthread_mutexattr_init(pthread_mutexattr_t *a);
int pthread_mutexattr_destroy(pthread_mutexattr_t *a);
int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type);
int pthread_cond_init(pthread_cond_t *__gu_restrict c, const pthread_condattr_t *__gu_restrict a);
int pthread_cond_destroy(pthread_cond_t *c);
int pthread_cond_wait(pthread_cond_t *__gu_restrict c, pthread_mutex_t *__gu_restrict m);
int pthread_cond_signal(pthread_cond_t *c);
int pthread_cond_broadcast(pthread_cond_t *c);
int pthread_once(pthread_once_t *once, void (*fn)(void));
int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t key);
void *pthread_getspecific(pthread_key_t key);
int pthread_setspecific(pthread_key_t key, const void *value);
__END_DECLS
#endif
