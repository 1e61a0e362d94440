/*
 * escape.c - a guest that tries every way out of its mount.
 *
 * argv: SECRET (the host path of a file outside every mount), OUTSIDE (its
 * directory, also outside), RO (the guest path of a read-only mount).
 * The cwd is the read-write mount, which the test filled with symbolic links
 * pointing out: abs_link -> SECRET, rel_link -> ../outside/secret.txt,
 * root_link -> /, dir_link -> ../outside, loop -> loop, and inside.txt.
 * Every attempt prints "label=result": a negative errno, or OPEN:<contents>.
 */
#include "fsrt.h"

static char path[4096];
static char data[4096];

static void try_open(const char *label, int dirfd, const char *p, int flags)
{
    long fd = sys_openat(dirfd, p, flags, 0644);
    if (fd < 0) {
        show(label, fd);
        return;
    }
    long n = sys_read(fd, data, sizeof data - 1);
    put(label);
    put("=OPEN:");
    if (n > 0)
        sys_write(1, data, n);
    put("\n");
    sys_close(fd);
}

/* Print the names in a directory, space separated. */
static void list(const char *label, int dirfd, const char *p)
{
    long fd = sys_openat(dirfd, p, O_RDONLY | O_DIRECTORY, 0);
    put(label);
    put("=");
    if (fd < 0) {
        put_num(fd);
        put("\n");
        return;
    }
    for (;;) {
        long n = sys_getdents64(fd, data, sizeof data);
        if (n <= 0)
            break;
        for (long off = 0; off < n;) {
            unsigned short reclen = *(unsigned short *)(data + off + 16);
            put(data + off + 19);
            put(" ");
            off += reclen;
        }
    }
    put("\n");
    sys_close(fd);
}

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    const char *secret = argv[1], *outside = argv[2], *ro = argv[3];

    /* reading: absolute host paths, .., symbolic links */
    try_open("abs", AT_FDCWD, secret, O_RDONLY);
    try_open("dotdot", AT_FDCWD, "../outside/secret.txt", O_RDONLY);
    try_open("deep_dotdot", AT_FDCWD, "../../../../../../../../../../etc/passwd", O_RDONLY);
    try_open("etc_passwd", AT_FDCWD, "/etc/passwd", O_RDONLY);
    try_open("abs_link", AT_FDCWD, "abs_link", O_RDONLY);
    try_open("rel_link", AT_FDCWD, "rel_link", O_RDONLY);
    try_open("dir_link", AT_FDCWD, "dir_link/secret.txt", O_RDONLY);
    try_open("root_link", AT_FDCWD, "root_link/etc/passwd", O_RDONLY);
    try_open("root_link_secret", AT_FDCWD, cat(path, "root_link", secret), O_RDONLY);
    try_open("proc_root", AT_FDCWD, cat(path, "/proc/self/root", secret), O_RDONLY);
    try_open("proc_root_passwd", AT_FDCWD, "/proc/self/root/etc/passwd", O_RDONLY);
    try_open("proc_exe", AT_FDCWD, "/proc/self/exe", O_RDONLY);
    try_open("loop", AT_FDCWD, "loop", O_RDONLY);
    try_open("nofollow", AT_FDCWD, "abs_link", O_RDONLY | O_NOFOLLOW);
    long mnt = sys_openat(AT_FDCWD, ".", O_RDONLY | O_DIRECTORY, 0);
    try_open("dirfd_dotdot", mnt, "../outside/secret.txt", O_RDONLY);
    try_open("dirfd_deep", mnt, "../../../../../../../etc/passwd", O_RDONLY);
    try_open("dirfd_abs", mnt, secret, O_RDONLY);
    long path_fd = sys_openat(AT_FDCWD, "root_link", O_PATH, 0);
    try_open("path_fd_dotdot", path_fd, "..", O_RDONLY);

    /* what the guest's root looks like from every way of getting there */
    list("ls_root", AT_FDCWD, "/");
    list("ls_root_link", AT_FDCWD, "root_link");
    list("ls_deep_dotdot", mnt, "../../../../../../../../..");
    list("ls_proc_root", AT_FDCWD, "/proc/self/root/");
    list("ls_outside", AT_FDCWD, outside);
    list("ls_dir_link", AT_FDCWD, "dir_link");

    /* writing: create, truncate, rename, unlink, mkdir outside */
    try_open("w_abs", AT_FDCWD, secret, O_WRONLY | O_TRUNC);
    try_open("w_abs_link", AT_FDCWD, "abs_link", O_WRONLY | O_TRUNC);
    try_open("w_rel_link", AT_FDCWD, "rel_link", O_RDWR | O_CREAT);
    try_open("w_create_outside", AT_FDCWD, cat(path, outside, "/new.txt"), O_WRONLY | O_CREAT);
    try_open("w_create_dotdot", AT_FDCWD, "../outside/new.txt", O_WRONLY | O_CREAT);
    try_open("w_create_link", AT_FDCWD, "dir_link/new.txt", O_WRONLY | O_CREAT);
    show("rename_in_out", sys_renameat2(AT_FDCWD, "inside.txt", AT_FDCWD,
                                        cat(path, outside, "/stolen.txt"), 0));
    show("rename_out_in", sys_renameat2(AT_FDCWD, secret, AT_FDCWD, "stolen.txt", 0));
    show("rename_dotdot", sys_renameat2(AT_FDCWD, "../outside/secret.txt", AT_FDCWD,
                                        "stolen.txt", 0));
    show("rename_via_link", sys_renameat2(AT_FDCWD, "dir_link/secret.txt", AT_FDCWD,
                                          "stolen.txt", 0));
    show("rename_over_secret", sys_renameat2(AT_FDCWD, "inside.txt", AT_FDCWD,
                                             "dir_link/secret.txt", 0));
    show("unlink_abs", sys_unlinkat(AT_FDCWD, secret, 0));
    show("unlink_dotdot", sys_unlinkat(mnt, "../outside/secret.txt", 0));
    show("unlink_via_link", sys_unlinkat(AT_FDCWD, "dir_link/secret.txt", 0));
    show("rmdir_outside", sys_unlinkat(AT_FDCWD, outside, AT_REMOVEDIR));
    show("mkdir_outside", sys_mkdirat(AT_FDCWD, cat(path, outside, "/newdir"), 0755));
    show("mkdir_dotdot", sys_mkdirat(mnt, "../outside/newdir", 0755));
    show("mkdir_via_link", sys_mkdirat(AT_FDCWD, "dir_link/newdir", 0755));
    show("stat_abs", sys_newfstatat(AT_FDCWD, secret, data, 0));
    show("access_abs", sys_faccessat(AT_FDCWD, secret, 0));

    /* the read-only mount */
    try_open("ro_read", AT_FDCWD, cat(path, ro, "/keep.txt"), O_RDONLY);
    try_open("ro_write", AT_FDCWD, cat(path, ro, "/keep.txt"), O_WRONLY);
    try_open("ro_trunc", AT_FDCWD, cat(path, ro, "/keep.txt"), O_RDONLY | O_TRUNC);
    try_open("ro_create", AT_FDCWD, cat(path, ro, "/new.txt"), O_WRONLY | O_CREAT);
    show("ro_unlink", sys_unlinkat(AT_FDCWD, cat(path, ro, "/keep.txt"), 0));
    show("ro_mkdir", sys_mkdirat(AT_FDCWD, cat(path, ro, "/newdir"), 0755));
    show("ro_rename_in", sys_renameat2(AT_FDCWD, "inside.txt", AT_FDCWD,
                                       cat(path, ro, "/moved.txt"), 0));
    show("ro_rmdir", sys_unlinkat(AT_FDCWD, ro, AT_REMOVEDIR));

    /* chdir up as far as it goes: the guest's / */
    for (int i = 0; i < 20; i++)
        sys_chdir("..");
    long n = sys_getcwd(path, sizeof path);
    put("cwd_after_up=");
    if (n > 0)
        put(path);
    put("\n");
    try_open("cwd_up_secret", AT_FDCWD, secret + 1, O_RDONLY);
    return 0;
}
