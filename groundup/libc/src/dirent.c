/* Directory streams: a buffer of getdents64 records, handed out one at a time. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "syscall.h"

struct __gu_dir {
    int fd;
    size_t pos, end;
    char buf[4096];
};

DIR *fdopendir(int fd) {
    DIR *d = malloc(sizeof *d);
    if (d == 0)
        return 0;
    d->fd = fd;
    d->pos = d->end = 0;
    return d;
}

DIR *opendir(const char *path) {
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    DIR *d = fdopendir(fd);
    if (d == 0)
        close(fd);
    return d;
}

struct dirent *readdir(DIR *d) {
    if (d->pos >= d->end) {
        long n = SYSCALL3(SYS_getdents64, d->fd, d->buf, sizeof d->buf);
        if (n <= 0)
            return 0; /* the end (errno unchanged), or an error (errno set) */
        d->pos = 0;
        d->end = (size_t)n;
    }
    struct dirent *e = (struct dirent *)(d->buf + d->pos);
    d->pos += e->d_reclen;
    return e;
}

int closedir(DIR *d) {
    int r = close(d->fd);
    free(d);
    return r;
}

void rewinddir(DIR *d) {
    lseek(d->fd, 0, SEEK_SET);
    d->pos = d->end = 0;
}

int dirfd(DIR *d) { return d->fd; }

int alphasort(const struct dirent **a, const struct dirent **b) {
    return strcoll((*a)->d_name, (*b)->d_name);
}

int scandir(const char *path, struct dirent ***list, int (*keep)(const struct dirent *),
            int (*cmp)(const struct dirent **, const struct dirent **)) {
    DIR *d = opendir(path);
    if (d == 0)
        return -1;
    struct dirent **items = 0, *e;
    size_t n = 0, cap = 0;
    while ((e = readdir(d)) != 0) {
        if (keep && !keep(e))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            struct dirent **more = realloc(items, cap * sizeof *items);
            if (more == 0)
                goto fail;
            items = more;
        }
        items[n] = malloc(e->d_reclen);
        if (items[n] == 0)
            goto fail;
        memcpy(items[n++], e, e->d_reclen);
    }
    closedir(d);
    if (cmp)
        qsort(items, n, sizeof *items, (int (*)(const void *, const void *))cmp);
    *list = items;
    return (int)n;
fail:
    while (n)
        free(items[--n]);
    free(items);
    closedir(d);
    errno = ENOMEM;
    return -1;
}
