/*
 * symlinks.c - a guest makes symbolic links (symlinkat) and follows them: in its
 * current directory (a host mount) and in /tmp (groundup's in-memory one), dangling,
 * looping, and every error symlink(2) names. Compared with qemu-riscv64, which hands
 * the same calls to the host's Linux.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(const char *what, long r)
{
    printf("%s = %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

static void read_link(const char *path)
{
    char buf[64] = {0};
    show(path, (long)readlink(path, buf, sizeof buf - 1));
    printf("  -> [%s]\n", buf);
}

int main(void)
{
    struct stat st;
    mkdir("d", 0755);
    int fd = open("d/file", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    write(fd, "through the link\n", 17);
    close(fd);

    show("new, dangling", symlink("target/none", "dangling"));
    show("relative", symlink("d/file", "rel"));
    show("to a directory", symlink("d", "dirlink"));
    show("exists", symlink("x", "dangling"));
    show("empty target", symlink("", "l2"));
    show("slash, new name", symlink("x", "l3/"));
    show("slash, a directory", symlink("x", "d/"));
    show("dot", symlink("x", "."));
    show("missing directory", symlink("x", "nodir/l"));
    show("a file as directory", symlink("x", "d/file/l"));
    show("self loop", symlink("loop", "loop"));
    read_link("dangling");
    read_link("rel");
    show("lstat", lstat("dangling", &st));
    printf("  link %d size %ld\n", S_ISLNK(st.st_mode), (long)st.st_size);
    show("stat dangling", stat("dangling", &st));
    show("stat loop", stat("loop", &st));
    show("open O_NOFOLLOW", open("rel", O_RDONLY | O_NOFOLLOW));
    char buf[64] = {0};
    fd = open("rel", O_RDONLY);
    show("read through", read(fd, buf, sizeof buf - 1));
    printf("  [%s", buf);
    close(fd);
    show("stat through a directory link", stat("dirlink/file", &st));
    printf("  size %ld\n", (long)st.st_size);

    /* in /tmp: groundup's is in memory, qemu's the host's */
    const char *tmp_link = "/tmp/groundup_symlinks_test_link";
    unlink(tmp_link);
    show("in /tmp", symlink("/tmp/groundup_symlinks_nothing", tmp_link));
    read_link(tmp_link);
    show("lstat in /tmp", lstat(tmp_link, &st));
    printf("  link %d size %ld\n", S_ISLNK(st.st_mode), (long)st.st_size);
    show("unlink in /tmp", unlink(tmp_link));

    show("unlink dangling", unlink("dangling"));
    show("unlink rel", unlink("rel"));
    show("unlink dirlink", unlink("dirlink"));
    show("unlink loop", unlink("loop"));
    show("unlink file", unlink("d/file"));
    show("rmdir", rmdir("d"));
    return 0;
}
