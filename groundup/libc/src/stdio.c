/* Buffered streams (C17 7.21.3): a FILE is a file descriptor plus a buffer.
 *
 * Reading fills the buffer with one read() and hands out bytes from it; writing
 * collects bytes and write()s them when the buffer is full (_IOFBF), at each newline
 * (_IOLBF), or at once (_IONBF). A stream is in one direction at a time: writing
 * after reading gives back the unread bytes (lseek), reading after writing flushes.
 * stdout is line buffered on a terminal and fully buffered otherwise; stderr is
 * unbuffered; exit() flushes every open stream. Buffers come from malloc on first
 * use (BUFSIZ bytes) unless setvbuf gave one.
 *
 * Each public function holds the stream's lock (an atomic spin lock that yields)
 * while it works; the static helpers below them assume it is held.
 * Not yet: wide-character streams. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libc.h"

#define F_READ 1
#define F_WRITE 2
#define F_APPEND 4
#define F_EOF 8
#define F_ERR 16
#define F_OWNBUF 32 /* the buffer is ours to free */
#define F_STATIC 64 /* stdin, stdout, stderr: not freed by fclose */
#define F_MODE_SET 128

struct _gu_file {
    int fd;
    int flags;
    int mode;                      /* _IOFBF, _IOLBF, _IONBF */
    int state;                     /* 0 idle, 1 reading, 2 writing */
    unsigned char *buf;
    size_t size;
    size_t rpos, rend;             /* reading: the unread bytes are buf[rpos, rend) */
    size_t wpos;                   /* writing: buf[0, wpos) waits to be written */
    unsigned char back[8];         /* ungetc's pushed-back bytes (a stack) */
    int nback;
    struct _gu_file *next;         /* every open stream, for fflush(NULL) and exit */
    unsigned char one;             /* the buffer of an unbuffered stream */
    volatile int lock;
};

#define LOCK(f) __lock(&(f)->lock)
#define UNLOCK(f) __unlock(&(f)->lock)

static FILE std_files[3] = {
    {0, F_READ | F_STATIC, _IOFBF, 0, 0, 0, 0, 0, 0, {0}, 0, &std_files[1], 0},
    {1, F_WRITE | F_STATIC, _IOFBF, 0, 0, 0, 0, 0, 0, {0}, 0, &std_files[2], 0},
    {2, F_WRITE | F_STATIC, _IONBF, 0, 0, 0, 0, 0, 0, {0}, 0, 0, 0},
};
FILE *stdin = &std_files[0];
FILE *stdout = &std_files[1];
FILE *stderr = &std_files[2];
static FILE *open_files = &std_files[0];

/* --- buffers --------------------------------------------------------------------- */

static void setup_buffer(FILE *f) {
    if (f->buf)
        return;
    if (!(f->flags & F_MODE_SET)) {
        f->flags |= F_MODE_SET;
        if ((f == stdout || f == stdin) && isatty(f->fd))
            f->mode = _IOLBF; /* a terminal: reading stdin then flushes stdout (fill) */
    }
    if (f->mode != _IONBF) {
        f->buf = malloc(BUFSIZ);
        if (f->buf) {
            f->size = BUFSIZ;
            f->flags |= F_OWNBUF;
            return;
        }
        f->mode = _IONBF;
    }
    f->buf = &f->one;
    f->size = 1;
}

static int write_all(FILE *f, const unsigned char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(f->fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            f->flags |= F_ERR;
            return EOF;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int flush_write(FILE *f) {
    if (f->state != 2 || f->wpos == 0)
        return 0;
    size_t n = f->wpos;
    f->wpos = 0;
    return write_all(f, f->buf, n);
}

/* Give back bytes read ahead: the file position goes back to what the program read. */
static void drop_read(FILE *f) {
    if (f->state == 1) {
        off_t ahead = (off_t)(f->rend - f->rpos) + f->nback;
        if (ahead)
            lseek(f->fd, -ahead, SEEK_CUR);
        f->rpos = f->rend = 0;
        f->nback = 0;
    }
}

static int to_writing(FILE *f) {
    if (!(f->flags & F_WRITE)) {
        f->flags |= F_ERR;
        errno = EBADF;
        return EOF;
    }
    if (f->state != 2) {
        drop_read(f);
        setup_buffer(f);
        f->state = 2;
        f->wpos = 0;
    }
    return 0;
}

static int to_reading(FILE *f) {
    if (!(f->flags & F_READ)) {
        f->flags |= F_ERR;
        errno = EBADF;
        return EOF;
    }
    if (f->state != 1) {
        if (flush_write(f) == EOF)
            return EOF;
        setup_buffer(f);
        f->state = 1;
        f->rpos = f->rend = 0;
    }
    return 0;
}

static int flush_stream(FILE *f) {
    if (f->state == 2)
        return flush_write(f);
    if (f->state == 1) {
        drop_read(f);
        f->state = 0;
    }
    return 0;
}

int fflush(FILE *f) {
    if (f == 0) {
        int r = 0;
        for (FILE *g = open_files; g; g = g->next)
            if (g->state == 2 && fflush(g) == EOF)
                r = EOF;
        return r;
    }
    LOCK(f);
    int r = flush_stream(f);
    UNLOCK(f);
    return r;
}

void __stdio_exit(void) { fflush(0); }

/* --- writing --------------------------------------------------------------------- */

static size_t put_bytes(FILE *f, const unsigned char *p, size_t n) {
    if (to_writing(f) == EOF)
        return 0;
    size_t done = 0;
    if (f->mode == _IONBF) {
        if (flush_write(f) == EOF || write_all(f, p, n) == EOF)
            return 0;
        return n;
    }
    while (done < n) {
        size_t room = f->size - f->wpos;
        if (f->wpos == 0 && n - done >= f->size) {
            if (write_all(f, p + done, n - done) == EOF)
                return done;
            return n;
        }
        size_t k = n - done < room ? n - done : room;
        memcpy(f->buf + f->wpos, p + done, k);
        f->wpos += k;
        done += k;
        if (f->wpos == f->size && flush_write(f) == EOF)
            return done;
    }
    if (f->mode == _IOLBF && memchr(p, '\n', n) && flush_write(f) == EOF)
        return 0;
    return n;
}

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f) {
    size_t total = size * n;
    if (total == 0)
        return 0;
    LOCK(f);
    size_t r = put_bytes(f, p, total) / size;
    UNLOCK(f);
    return r;
}

int fputc(int c, FILE *f) {
    unsigned char b = (unsigned char)c;
    LOCK(f);
    int r = b;
    if (f->state == 2 && f->mode == _IOFBF && f->wpos < f->size)
        f->buf[f->wpos++] = b; /* the common case, without the checks */
    else if (put_bytes(f, &b, 1) != 1)
        r = EOF;
    UNLOCK(f);
    return r;
}

int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *restrict s, FILE *restrict f) {
    size_t n = strlen(s);
    LOCK(f);
    int r = put_bytes(f, (const unsigned char *)s, n) == n ? 1 : EOF;
    UNLOCK(f);
    return r;
}

int puts(const char *s) {
    size_t n = strlen(s);
    LOCK(stdout);
    int r = 1;
    if (put_bytes(stdout, (const unsigned char *)s, n) != n ||
        put_bytes(stdout, (const unsigned char *)"\n", 1) != 1)
        r = EOF;
    UNLOCK(stdout);
    return r;
}

/* --- reading --------------------------------------------------------------------- */

static int fill(FILE *f) {
    if (f->mode != _IOFBF && stdout->state == 2 && stdout->mode == _IOLBF)
        fflush(stdout); /* a prompt is seen before the program waits for its answer */
    for (;;) {
        ssize_t r = read(f->fd, f->buf, f->size);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            f->flags |= r == 0 ? F_EOF : F_ERR;
            return EOF;
        }
        f->rpos = 0;
        f->rend = (size_t)r;
        return 0;
    }
}

static int get_byte(FILE *f) {
    if (f->state == 1 && f->nback == 0 && f->rpos < f->rend)
        return f->buf[f->rpos++];
    if (to_reading(f) == EOF)
        return EOF;
    if (f->nback)
        return f->back[--f->nback];
    if (f->rpos == f->rend && fill(f) == EOF)
        return EOF;
    return f->buf[f->rpos++];
}

int fgetc(FILE *f) {
    LOCK(f);
    int c = get_byte(f);
    UNLOCK(f);
    return c;
}

int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *f) {
    LOCK(f);
    int r = EOF;
    if (c != EOF && to_reading(f) != EOF && f->nback < (int)sizeof f->back) {
        f->back[f->nback++] = (unsigned char)c;
        f->flags &= ~F_EOF;
        r = (unsigned char)c;
    }
    UNLOCK(f);
    return r;
}

static size_t read_bytes(void *restrict p, size_t total, FILE *restrict f) {
    size_t done = 0;
    unsigned char *out = p;
    if (total == 0 || to_reading(f) == EOF)
        return 0;
    while (done < total && f->nback)
        out[done++] = f->back[--f->nback];
    while (done < total) {
        if (f->rpos == f->rend) {
            if (total - done >= f->size) { /* large reads go straight into the caller's memory */
                ssize_t r = read(f->fd, out + done, total - done);
                if (r <= 0) {
                    f->flags |= r == 0 ? F_EOF : F_ERR;
                    break;
                }
                done += (size_t)r;
                continue;
            }
            if (fill(f) == EOF)
                break;
        }
        size_t k = f->rend - f->rpos;
        if (k > total - done)
            k = total - done;
        memcpy(out + done, f->buf + f->rpos, k);
        f->rpos += k;
        done += k;
    }
    return done;
}

size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f) {
    if (size == 0)
        return 0;
    LOCK(f);
    size_t done = read_bytes(p, size * n, f);
    UNLOCK(f);
    return done / size;
}

char *fgets(char *restrict s, int n, FILE *restrict f) {
    int i = 0;
    if (n <= 0)
        return 0;
    LOCK(f);
    while (i < n - 1) {
        int c = get_byte(f);
        if (c == EOF) {
            if (i == 0 || (f->flags & F_ERR)) {
                UNLOCK(f);
                return 0;
            }
            break;
        }
        s[i++] = (char)c;
        if (c == '\n')
            break;
    }
    UNLOCK(f);
    s[i] = 0;
    return s;
}

ssize_t getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f) {
    size_t len = 0;
    if (line == 0 || n == 0) {
        errno = EINVAL;
        return -1;
    }
    for (;;) {
        if (*line == 0 || len + 2 > *n) {
            size_t want = *n < 120 ? 120 : *n * 2;
            char *p = realloc(*line, want);
            if (p == 0)
                return -1;
            *line = p;
            *n = want;
        }
        int c = fgetc(f);
        if (c == EOF) {
            if (len == 0)
                return -1;
            break;
        }
        (*line)[len++] = (char)c;
        if (c == delim)
            break;
    }
    (*line)[len] = 0;
    return (ssize_t)len;
}

ssize_t getline(char **restrict line, size_t *restrict n, FILE *restrict f) {
    return getdelim(line, n, '\n', f);
}

/* --- opening and closing ------------------------------------------------------------ */

/* "r", "w", "a", with "+" and "b", "x", "e" in any order after the first letter. */
static int mode_flags(const char *mode, int *file_flags) {
    int o, f;
    switch (mode[0]) {
    case 'r':
        o = O_RDONLY;
        f = F_READ;
        break;
    case 'w':
        o = O_WRONLY | O_CREAT | O_TRUNC;
        f = F_WRITE;
        break;
    case 'a':
        o = O_WRONLY | O_CREAT | O_APPEND;
        f = F_WRITE | F_APPEND;
        break;
    default:
        errno = EINVAL;
        return -1;
    }
    for (const char *p = mode + 1; *p; p++) {
        if (*p == '+') {
            o = (o & ~O_ACCMODE) | O_RDWR;
            f |= F_READ | F_WRITE;
        } else if (*p == 'x') {
            o |= O_EXCL;
        } else if (*p == 'e') {
            o |= O_CLOEXEC;
        }
    }
    *file_flags = f;
    return o;
}

static FILE *new_stream(int fd, int flags) {
    FILE *f = calloc(1, sizeof *f);
    if (f == 0)
        return 0;
    f->fd = fd;
    f->flags = flags;
    f->mode = _IOFBF;
    f->next = open_files;
    open_files = f;
    return f;
}

FILE *fopen(const char *restrict path, const char *restrict mode) {
    int flags;
    int o = mode_flags(mode, &flags);
    if (o < 0)
        return 0;
    int fd = open(path, o, 0666);
    if (fd < 0)
        return 0;
    FILE *f = new_stream(fd, flags);
    if (f == 0)
        close(fd);
    return f;
}

FILE *fdopen(int fd, const char *mode) {
    int flags;
    if (mode_flags(mode, &flags) < 0)
        return 0;
    return new_stream(fd, flags);
}

static void release_buffer(FILE *f) {
    if (f->flags & F_OWNBUF)
        free(f->buf);
    f->buf = 0;
    f->size = 0;
    f->flags &= ~F_OWNBUF;
}

int fclose(FILE *f) {
    int r = fflush(f);
    LOCK(f);
    if (close(f->fd) < 0)
        r = EOF;
    release_buffer(f);
    for (FILE **p = &open_files; *p; p = &(*p)->next)
        if (*p == f) {
            *p = f->next;
            break;
        }
    UNLOCK(f);
    if (!(f->flags & F_STATIC))
        free(f);
    return r;
}

/* freopen(NULL, mode, f): the same file, as if reopened by its name (C17 7.21.5.4,
 * POSIX): back at its start, emptied for "w", appending for "a". The descriptor stays,
 * so a mode needing access it lacks fails with EBADF. Pipes and terminals have no
 * position or length: the lseek and ftruncate that fail on them are not errors. */
static int reopen_same(int fd, int o) {
    int now = fcntl(fd, F_GETFL);
    if (now < 0)
        return -1;
    if ((now & O_ACCMODE) != O_RDWR && (now & O_ACCMODE) != (o & O_ACCMODE)) {
        errno = EBADF;
        return -1;
    }
    if (fcntl(fd, F_SETFL, (now & ~O_APPEND) | (o & O_APPEND)) < 0)
        return -1;
    if (o & O_CLOEXEC)
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (o & O_TRUNC)
        ftruncate(fd, 0);
    lseek(fd, 0, SEEK_SET);
    return 0;
}

FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f) {
    int flags;
    int o = mode_flags(mode, &flags);
    fflush(f);
    if (o < 0)
        return 0;
    if (path == 0) {
        if (reopen_same(f->fd, o) < 0)
            return 0;
    } else {
        int fd = open(path, o, 0666);
        if (fd < 0)
            return 0;
        if (fd != f->fd) {
            dup3(fd, f->fd, 0);
            close(fd);
        }
    }
    release_buffer(f);
    f->flags = (f->flags & F_STATIC) | flags;
    f->state = 0;
    f->nback = 0;
    f->rpos = f->rend = f->wpos = 0;
    return f;
}

int fileno(FILE *f) { return f->fd; }

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size) {
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
        return EOF;
    flush_stream(f);
    release_buffer(f);
    f->mode = mode;
    f->flags |= F_MODE_SET;
    f->state = 0;
    if (buf && size && mode != _IONBF) {
        f->buf = (unsigned char *)buf;
        f->size = size;
    }
    return 0;
}

void setbuf(FILE *restrict f, char *restrict buf) {
    setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}
void setlinebuf(FILE *f) { setvbuf(f, 0, _IOLBF, 0); }

/* --- positioning and state ------------------------------------------------------------ */

static int seek(FILE *f, off_t offset, int whence) {
    if (f->state == 2 && flush_write(f) == EOF)
        return -1;
    if (whence == SEEK_CUR && f->state == 1)
        offset -= (off_t)(f->rend - f->rpos) + f->nback;
    f->rpos = f->rend = 0;
    f->nback = 0;
    f->state = 0;
    if (lseek(f->fd, offset, whence) < 0)
        return -1;
    f->flags &= ~F_EOF;
    return 0;
}

int fseeko(FILE *f, off_t offset, int whence) {
    LOCK(f);
    int r = seek(f, offset, whence);
    UNLOCK(f);
    return r;
}

int fseek(FILE *f, long offset, int whence) { return fseeko(f, offset, whence); }

static off_t tell(FILE *f) {
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0)
        return -1;
    if (f->state == 1)
        pos -= (off_t)(f->rend - f->rpos) + f->nback;
    else if (f->state == 2)
        pos += (off_t)f->wpos;
    return pos;
}

off_t ftello(FILE *f) {
    LOCK(f);
    off_t r = tell(f);
    UNLOCK(f);
    return r;
}

long ftell(FILE *f) { return ftello(f); }

void rewind(FILE *f) {
    fseeko(f, 0, SEEK_SET);
    f->flags &= ~F_ERR;
}

int fgetpos(FILE *restrict f, fpos_t *restrict pos) {
    off_t p = ftello(f);
    if (p < 0)
        return -1;
    pos->__pos = p;
    return 0;
}

int fsetpos(FILE *f, const fpos_t *pos) { return fseeko(f, pos->__pos, SEEK_SET); }
int feof(FILE *f) { return (f->flags & F_EOF) != 0; }
int ferror(FILE *f) { return (f->flags & F_ERR) != 0; }
void clearerr(FILE *f) { f->flags &= ~(F_EOF | F_ERR); }

void perror(const char *s) {
    const char *msg = strerror(errno);
    fflush(stdout);
    if (s && *s) {
        fputs(s, stderr);
        fputs(": ", stderr);
    }
    fputs(msg, stderr);
    fputc('\n', stderr);
}

int remove(const char *path) {
    if (unlink(path) == 0)
        return 0;
    if (errno == EISDIR)
        return rmdir(path);
    return -1;
}

int rename(const char *from, const char *to) {
    return (int)syscall(276 /* renameat2 */, AT_FDCWD, from, AT_FDCWD, to, 0);
}

FILE *tmpfile(void) {
    int fd = open("/tmp", O_TMPFILE | O_RDWR, 0600);
    if (fd < 0) {
        char name[] = "/tmp/groundup-tmpfile-XXXXXX";
        unsigned v = (unsigned)getpid() * 2654435761u;
        for (int i = 0; i < 6; i++, v /= 26)
            name[sizeof name - 7 + i] = (char)('a' + v % 26);
        fd = open(name, O_CREAT | O_EXCL | O_RDWR, 0600);
        if (fd < 0)
            return 0;
        unlink(name);
    }
    return fdopen(fd, "w+");
}

/* --- the printf family's sinks --------------------------------------------------------- */

static int put_file(struct __sink *s, const char *p, size_t n) {
    return put_bytes(s->target, (const unsigned char *)p, n) == n ? 0 : -1;
}

static int put_string(struct __sink *s, const char *p, size_t n) {
    if (s->len < s->cap) {
        size_t k = s->cap - s->len < n ? s->cap - s->len : n;
        memcpy(s->buf + s->len, p, k);
    }
    s->len += n;
    return 0;
}

static int put_fd(struct __sink *s, const char *p, size_t n) {
    int fd = (int)(long)s->target;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int format_to(FILE *restrict f, const char *restrict fmt, va_list ap) {
    struct __sink s = {put_file, f, 0, 0, 0};
    if (to_writing(f) == EOF)
        return -1;
    if (f->mode == _IONBF) { /* unbuffered: format into a local buffer, write once */
        char local[512];
        struct __sink t = {put_string, 0, local, sizeof local, 0};
        va_list copy;
        va_copy(copy, ap);
        int n = __vformat(&t, fmt, copy);
        va_end(copy);
        if (n >= 0 && (size_t)n <= sizeof local)
            return put_bytes(f, (unsigned char *)local, (size_t)n) == (size_t)n ? n : -1;
    }
    return __vformat(&s, fmt, ap);
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap) {
    LOCK(f);
    int r = format_to(f, fmt, ap);
    UNLOCK(f);
    return r;
}

int vprintf(const char *restrict fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int vsnprintf(char *restrict str, size_t n, const char *restrict fmt, va_list ap) {
    struct __sink s = {put_string, 0, str, n ? n - 1 : 0, 0};
    int r = __vformat(&s, fmt, ap);
    if (n)
        str[s.len < n - 1 ? s.len : n - 1] = 0;
    return r;
}

int vsprintf(char *restrict str, const char *restrict fmt, va_list ap) {
    return vsnprintf(str, (size_t)-1 / 2, fmt, ap);
}

int vdprintf(int fd, const char *restrict fmt, va_list ap) {
    struct __sink s = {put_fd, (void *)(long)fd, 0, 0, 0};
    return __vformat(&s, fmt, ap);
}

int vasprintf(char **restrict out, const char *restrict fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(0, 0, fmt, copy);
    va_end(copy);
    if (n < 0 || (*out = malloc((size_t)n + 1)) == 0)
        return -1;
    return vsnprintf(*out, (size_t)n + 1, fmt, ap);
}

int printf(const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(stdout, fmt, ap);
    va_end(ap);
    return r;
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

int sprintf(char *restrict str, const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vsprintf(str, fmt, ap);
    va_end(ap);
    return r;
}

int snprintf(char *restrict str, size_t n, const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(str, n, fmt, ap);
    va_end(ap);
    return r;
}

int dprintf(int fd, const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vdprintf(fd, fmt, ap);
    va_end(ap);
    return r;
}

int asprintf(char **restrict out, const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vasprintf(out, fmt, ap);
    va_end(ap);
    return r;
}
