/*
 * files.c - what a glibc program does with files, compared with qemu-riscv64.
 *
 * Everything happens in a fresh directory "work" under the current directory:
 * stdio, create/read/write/seek, append, rename, unlink, mkdir/rmdir, directory
 * listing (sorted, as readdir's order is the file system's), stat, access, dup,
 * fcntl, pread/pwrite, ftruncate, the errors of each, and stdin to its end.
 * Nothing printed depends on the host (no inode numbers, times or full paths).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#define CHECK(label, expr)                                                          \
    do {                                                                            \
        long r_ = (long)(expr);                                                     \
        printf("%-28s %ld%s%s\n", label, r_, r_ < 0 ? " " : "", r_ < 0 ? strerror(errno) : ""); \
    } while (0)

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void listing(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        printf("opendir %s: %s\n", dir, strerror(errno));
        return;
    }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 64) {
        char kind = e->d_type == DT_DIR ? 'd' : e->d_type == DT_REG ? 'f' : '?';
        names[n] = malloc(strlen(e->d_name) + 3);
        sprintf(names[n++], "%c:%s", kind, e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    printf("ls %s:", dir);
    for (int i = 0; i < n; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
}

static void show_stat(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0) {
        printf("stat %s: %s\n", path, strerror(errno));
        return;
    }
    /* a directory's size is the host file system's business: only files' sizes are shown */
    long long size = S_ISREG(st.st_mode) ? (long long)st.st_size : -1;
    printf("stat %s: size=%lld dir=%d reg=%d nlink_ok=%d perm=%o\n", path, size,
           S_ISDIR(st.st_mode), S_ISREG(st.st_mode), st.st_nlink >= 1, st.st_mode & 0777);
}

int main(void)
{
    umask(022);
    CHECK("mkdir work", mkdir("work", 0755));
    CHECK("mkdir work again", mkdir("work", 0755));
    CHECK("chdir work", chdir("work"));
    char cwd[4096];
    const char *c = getcwd(cwd, sizeof cwd);
    printf("cwd ends with /work: %d\n", c && strlen(c) >= 5 && !strcmp(c + strlen(c) - 5, "/work"));

    FILE *f = fopen("notes.txt", "w");
    for (int i = 0; i < 100; i++)
        fprintf(f, "line %d of the notes\n", i);
    fclose(f);
    show_stat("notes.txt");

    f = fopen("notes.txt", "r");
    char line[128];
    int lines = 0;
    while (fgets(line, sizeof line, f))
        lines++;
    printf("lines=%d ftell=%ld\n", lines, ftell(f));
    fseek(f, 13 * 21, SEEK_SET);
    fgets(line, sizeof line, f);
    printf("after seek: %s", line);
    fseek(f, -21, SEEK_END);
    fgets(line, sizeof line, f);
    printf("last: %s", line);
    rewind(f);
    printf("first char: %c\n", fgetc(f));
    fclose(f);

    f = fopen("notes.txt", "a");
    fputs("appended\n", f);
    fclose(f);
    show_stat("notes.txt");

    int fd = open("raw.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK("write raw", write(fd, "0123456789", 10));
    CHECK("lseek end", lseek(fd, 0, SEEK_END));
    CHECK("lseek cur -4", lseek(fd, -4, SEEK_CUR));
    char buf[64] = {0};
    CHECK("read 10", read(fd, buf, 10));
    printf("got: %s\n", buf);
    CHECK("pwrite at 20", pwrite(fd, "XY", 2, 20));
    show_stat("raw.bin");
    memset(buf, 0, sizeof buf);
    CHECK("pread 5 at 8", pread(fd, buf, 5, 8));
    printf("pread bytes: %02x %02x %02x %02x %02x\n", buf[0], buf[1], buf[2], buf[3], buf[4]);
    CHECK("lseek negative", lseek(fd, -100, SEEK_SET));
    CHECK("ftruncate 4", ftruncate(fd, 4));
    show_stat("raw.bin");
    int fd2 = dup(fd);
    printf("dup is next fd: %d\n", fd2 == fd + 1);
    lseek(fd, 1, SEEK_SET);
    CHECK("offset shared by dup", lseek(fd2, 0, SEEK_CUR));
    CHECK("F_GETFD", fcntl(fd, F_GETFD));
    int fd3 = fcntl(fd, F_DUPFD_CLOEXEC, 10);
    printf("F_DUPFD_CLOEXEC >= 10: %d\n", fd3 >= 10);
    CHECK("F_GETFD cloexec", fcntl(fd3, F_GETFD));
    CHECK("F_GETFL", fcntl(fd, F_GETFL));
    CHECK("F_SETFL append", fcntl(fd, F_SETFL, O_APPEND));
    CHECK("F_GETFL after", fcntl(fd, F_GETFL));
    CHECK("write appends", write(fd, "ab", 2));
    CHECK("offset after append", lseek(fd2, 0, SEEK_CUR));
    struct iovec iov[2] = {{"vec", 3}, {"tor", 3}};
    CHECK("writev", writev(fd, iov, 2));
    lseek(fd, 0, SEEK_SET);
    char a[4] = {0}, b[8] = {0};
    struct iovec riov[2] = {{a, 3}, {b, 7}};
    CHECK("readv", readv(fd, riov, 2));
    printf("readv: %s|%s\n", a, b);
    CHECK("dup2 onto 20", dup2(fd, 20));
    CHECK("close 20", close(20));
    CHECK("close 20 again", close(20));
    CHECK("fsync", fsync(fd));
    close(fd3);
    close(fd2);
    close(fd);

    CHECK("open missing", open("missing.txt", O_RDONLY));
    CHECK("open excl existing", open("raw.bin", O_CREAT | O_EXCL | O_WRONLY, 0644));
    CHECK("open dir for write", open(".", O_WRONLY));
    CHECK("open file as dir", open("raw.bin", O_RDONLY | O_DIRECTORY));
    CHECK("open file/ ", open("raw.bin/", O_RDONLY));
    CHECK("open under file", open("raw.bin/x", O_RDONLY));
    CHECK("read bad fd", read(99, buf, 1));
    CHECK("write to read-only fd", write(open("raw.bin", O_RDONLY), "x", 1));

    CHECK("mkdir sub", mkdir("sub", 0700));
    CHECK("mkdir sub/deeper", mkdir("sub/deeper", 0755));
    CHECK("rmdir sub (not empty)", rmdir("sub"));
    CHECK("rename into sub", rename("raw.bin", "sub/raw.bin"));
    CHECK("rename dir into itself", rename("sub", "sub/deeper/sub"));
    CHECK("rename file over dir", rename("notes.txt", "sub"));
    CHECK("rename missing", rename("nope", "other"));
    listing(".");
    listing("sub");
    show_stat("sub");
    CHECK("access F_OK", access("notes.txt", F_OK));
    CHECK("access R_OK|W_OK", access("notes.txt", R_OK | W_OK));
    CHECK("access X_OK file", access("notes.txt", X_OK));
    CHECK("access missing", access("nope", F_OK));
    CHECK("unlink dir", unlink("sub"));
    CHECK("rmdir file", rmdir("notes.txt"));
    CHECK("unlink sub/raw.bin", unlink("sub/raw.bin"));
    CHECK("rmdir sub/deeper", rmdir("sub/deeper"));
    CHECK("rmdir sub", rmdir("sub"));
    CHECK("rmdir .", rmdir("."));
    CHECK("remove notes", remove("notes.txt"));
    CHECK("remove notes again", remove("notes.txt"));
    listing(".");
    CHECK("chdir ..", chdir(".."));
    CHECK("rmdir work", rmdir("work"));
    CHECK("chdir missing", chdir("work"));

    fd = open("/dev/null", O_RDWR);
    CHECK("read /dev/null", read(fd, buf, sizeof buf));
    CHECK("write /dev/null", write(fd, "abc", 3));
    close(fd);
    fd = open("/dev/zero", O_RDONLY);
    memset(buf, 7, sizeof buf);
    CHECK("read /dev/zero", read(fd, buf, 16));
    printf("zeros: %d\n", buf[0] == 0 && buf[15] == 0 && buf[16] == 7);
    close(fd);
    struct stat st;
    stat("/dev/null", &st);
    printf("/dev/null chr=%d\n", S_ISCHR(st.st_mode));
    printf("isatty(0)=%d\n", isatty(0));

    long total = 0, nl = 0;
    int ch;
    while ((ch = getchar()) != EOF) {
        total++;
        nl += ch == '\n';
    }
    printf("stdin: %ld bytes, %ld lines\n", total, nl);
    fprintf(stderr, "to stderr\n");
    return 0;
}
