/*
 * links.c - a guest makes symbolic links (symlinkat) and follows them, and hard links
 * (linkat): in its current directory (a host mount) and in /tmp (groundup's in-memory
 * one), dangling, looping, across file systems, and the errors symlink(2) and link(2)
 * name. Compared with qemu-riscv64, which hands the same calls to the host's Linux.
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

    /* hard links: one file, two names; the count in st_nlink */
    show("link", link("d/file", "hard"));
    show("stat hard", stat("hard", &st));
    printf("  nlink %ld size %ld\n", (long)st.st_nlink, (long)st.st_size);
    show("link exists", link("d/file", "rel"));
    show("link a directory", link("d", "dhard"));
    show("link missing", link("nothing", "h2"));
    show("link slash", link("d/file", "h3/"));
    show("link to a symlink itself", link("rel", "relhard"));
    show("lstat it", lstat("relhard", &st));
    printf("  link %d\n", S_ISLNK(st.st_mode));
    show("link following it", linkat(AT_FDCWD, "rel", AT_FDCWD, "relfollow", AT_SYMLINK_FOLLOW));
    show("lstat that", lstat("relfollow", &st));
    printf("  reg %d nlink %ld\n", S_ISREG(st.st_mode), (long)st.st_nlink);
    show("linkat bad flags", linkat(AT_FDCWD, "rel", AT_FDCWD, "x", 0x8));
    show("unlink one name", unlink("d/file"));
    fd = open("hard", O_RDONLY);
    memset(buf, 0, sizeof buf);
    show("read the other", read(fd, buf, sizeof buf - 1));
    printf("  [%s", buf);
    close(fd);
    /* (no link from here into /tmp: the host may have both on one file system, where
     * groundup's /tmp is another, so EXDEV: tests/test_fs.py checks that) */
    show("unlink hard", unlink("hard"));
    show("unlink relfollow", unlink("relfollow"));
    show("unlink relhard", unlink("relhard"));
    fd = open("/tmp/groundup_links_test_a", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    write(fd, "in tmp\n", 7);
    close(fd);
    show("link in /tmp", link("/tmp/groundup_links_test_a", "/tmp/groundup_links_test_b"));
    show("stat in /tmp", stat("/tmp/groundup_links_test_b", &st));
    printf("  nlink %ld size %ld\n", (long)st.st_nlink, (long)st.st_size);
    show("unlink a", unlink("/tmp/groundup_links_test_a"));
    show("stat b", stat("/tmp/groundup_links_test_b", &st));
    printf("  nlink %ld size %ld\n", (long)st.st_nlink, (long)st.st_size);
    show("unlink b", unlink("/tmp/groundup_links_test_b"));

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
    show("rmdir", rmdir("d"));
    return 0;
}
