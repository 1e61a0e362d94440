"""The file system the guest sees: one namespace, several kinds of files under it.

    vfs      the namespace: mount points, path resolution (`Vfs.resolve`), open
             directories (`DirFile`) and O_PATH descriptors; the sandbox lives here
    node     the interface every file system gives (`Node`, Linux's inode), and
             the records copied to the guest: struct stat, linux_dirent64
    hostfs   host directories mounted into the namespace (`--mount HOST:GUEST[:ro]`)
    memfs    the in-memory /tmp
    devfs    /dev: null, zero, random, urandom, tty, and the stdin/stdout/stderr links
    procfs   /proc: self, <pid>/maps, exe, cwd, root, fd/

System calls (`kernel/sysfile.py`) narrow their arguments, copy paths in from
user memory and ask the VFS to resolve them; a `Found` names the directory,
the last component and the node (if any), and the call acts on those. Open files
(`kernel/file.py`) are what `Node.open` returns and what descriptors refer to.

Guest paths never reach the host as such. The VFS walks them one component at
a time in the guest's namespace, reads symbolic links itself and resolves their
targets in that namespace too (so `..`, absolute targets and links pointing out
of a mount stay inside the guest's tree, whoever made the link: the host user, or
the guest with symlinkat), and touches a host file only by the mount's real root
joined with components it checked one by one (a hard link joins two such
paths, on one file system). What is left out: permissions on virtual files beyond
their mode bits, file locks, and races with *host* processes changing a mounted
tree while a walk is under way (every guest call is one walk, and the guest cannot
race itself).
"""
