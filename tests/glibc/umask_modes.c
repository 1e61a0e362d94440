/* umask: the mode bits it clears from new files and directories, and its old value. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(const char *what, const char *path) {
    struct stat st;
    if (stat(path, &st)) {
        perror(what);
        return;
    }
    printf("%-10s %04o %s\n", what, st.st_mode & 07777, S_ISDIR(st.st_mode) ? "dir" : "file");
}

int main(int argc, char **argv) {
    char f[256], d[256];
    const char *dir = argc > 1 ? argv[1] : ".";
    snprintf(f, sizeof f, "%s/masked.txt", dir);
    snprintf(d, sizeof d, "%s/masked.dir", dir);
    umask(027);
    close(open(f, O_WRONLY | O_CREAT | O_TRUNC, 0666));
    mkdir(d, 0777);
    show("umask 027", f);
    show("umask 027", d);
    unlink(f);
    rmdir(d);
    printf("umask(0) returned %03o\n", umask(0));
    close(open(f, O_WRONLY | O_CREAT | O_TRUNC, 0604));
    show("umask 0", f);
    unlink(f);
    printf("umask(022) returned %03o\n", umask(022));
    return 0;
}
