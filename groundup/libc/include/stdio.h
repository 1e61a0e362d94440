/* stdio.h: C17 7.21, plus POSIX's fdopen, fileno, dprintf, getline. */
#ifndef _STDIO_H
#define _STDIO_H
#include <_gu_cdefs.h>
typedef __SIZE_TYPE__ size_t;
typedef long ssize_t;
typedef long off_t;
typedef __builtin_va_list __gu_va_list;
#ifndef NULL
#define NULL ((void *)0)
#endif
typedef struct _gu_file FILE;
typedef struct { long __pos; } fpos_t;
#define BUFSIZ 8192
#define EOF (-1)
#define FOPEN_MAX 16
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define TMP_MAX 238328
#define P_tmpdir "/tmp"
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
__BEGIN_DECLS
extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr
FILE *fopen(const char *__gu_restrict path, const char *__gu_restrict mode);
FILE *freopen(const char *__gu_restrict path, const char *__gu_restrict mode,
              FILE *__gu_restrict f);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *f);
int fflush(FILE *f);
int fileno(FILE *f);
void setbuf(FILE *__gu_restrict f, char *__gu_restrict buf);
int setvbuf(FILE *__gu_restrict f, char *__gu_restrict buf, int mode, size_t size);
void setlinebuf(FILE *f);
size_t fread(void *__gu_restrict p, size_t size, size_t n, FILE *__gu_restrict f);
size_t fwrite(const void *__gu_restrict p, size_t size, size_t n, FILE *__gu_restrict f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *__gu_restrict s, int n, FILE *__gu_restrict f);
ssize_t getline(char **__gu_restrict line, size_t *__gu_restrict n, FILE *__gu_restrict f);
ssize_t getdelim(char **__gu_restrict line, size_t *__gu_restrict n, int delim,
                 FILE *__gu_restrict f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *__gu_restrict s, FILE *__gu_restrict f);
int puts(const char *s);
int fseek(FILE *f, long offset, int whence);
int fseeko(FILE *f, off_t offset, int whence);
long ftell(FILE *f);
off_t ftello(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *__gu_restrict f, fpos_t *__gu_restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
void perror(const char *s);
int remove(const char *path);
int rename(const char *from, const char *to);
FILE *tmpfile(void);
int printf(const char *__gu_restrict fmt, ...) __gu_printf(1, 2);
int fprintf(FILE *__gu_restrict f, const char *__gu_restrict fmt, ...) __gu_printf(2, 3);
int sprintf(char *__gu_restrict s, const char *__gu_restrict fmt, ...) __gu_printf(2, 3);
int snprintf(char *__gu_restrict s, size_t n, const char *__gu_restrict fmt, ...)
    __gu_printf(3, 4);
int dprintf(int fd, const char *__gu_restrict fmt, ...) __gu_printf(2, 3);
int asprintf(char **__gu_restrict out, const char *__gu_restrict fmt, ...) __gu_printf(2, 3);
int vprintf(const char *__gu_restrict fmt, __gu_va_list ap);
int vfprintf(FILE *__gu_restrict f, const char *__gu_restrict fmt, __gu_va_list ap);
int vsprintf(char *__gu_restrict s, const char *__gu_restrict fmt, __gu_va_list ap);
int vsnprintf(char *__gu_restrict s, size_t n, const char *__gu_restrict fmt, __gu_va_list ap);
int vdprintf(int fd, const char *__gu_restrict fmt, __gu_va_list ap);
int vasprintf(char **__gu_restrict out, const char *__gu_restrict fmt, __gu_va_list ap);
int scanf(const char *__gu_restrict fmt, ...);
int fscanf(FILE *__gu_restrict f, const char *__gu_restrict fmt, ...);
int sscanf(const char *__gu_restrict s, const char *__gu_restrict fmt, ...);
int vscanf(const char *__gu_restrict fmt, __gu_va_list ap);
int vfscanf(FILE *__gu_restrict f, const char *__gu_restrict fmt, __gu_va_list ap);
int vsscanf(const char *__gu_restrict s, const char *__gu_restrict fmt, __gu_va_list ap);
__END_DECLS
#endif
