#if !defined COND_GUARD_H
#define COND_GUARD_H
cond_guarded
#endif
