/* semaphore.h: unnamed POSIX semaphores (a futex-backed counter). */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H
#include <_gu_cdefs.h>
typedef struct { volatile int value; int __pad[7]; } sem_t;
__BEGIN_DECLS
int sem_init(sem_t *s, int shared, unsigned value);
int sem_destroy(sem_t *s);
int sem_wait(sem_t *s);
int sem_trywait(sem_t *s);
int sem_post(sem_t *s);
int sem_getvalue(sem_t *__gu_restrict s, int *__gu_restrict value);
__END_DECLS
#endif
