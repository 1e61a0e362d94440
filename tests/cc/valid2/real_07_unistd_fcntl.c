#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  char path[] = "/tmp/groundup_real07_XXXXXX";
  int fd = mkstemp(path); /* a unique name, created empty */
  if (fd < 0)
    return 1;
  close(fd);
  printf("exclusive create fails: %d\n", open(path, O_CREAT | O_EXCL | O_RDWR, 0600) < 0);
  fd = open(path, O_RDWR | O_TRUNC);
  if (fd < 0)
    return 1;
  const char *msg = "hello from groundup\nsecond line\n";
  ssize_t w = write(fd, msg, strlen(msg));
  printf("wrote %zd\n", w);
  struct stat st;
  fstat(fd, &st);
  printf("size %lld regular %d\n", (long long)st.st_size, S_ISREG(st.st_mode));
  off_t pos = lseek(fd, 6, SEEK_SET);
  char buf[64] = {0};
  ssize_t r = read(fd, buf, 14);
  printf("pos %lld read %zd [%s]\n", (long long)pos, r, buf);
  lseek(fd, -12, SEEK_END);
  memset(buf, 0, sizeof buf);
  r = read(fd, buf, sizeof buf - 1);
  printf("tail %zd [%.*s]\n", r, (int)r - 1, buf);
  r = read(fd, buf, 10);
  printf("at eof %zd\n", r);
  close(fd);
  fd = open(path, O_WRONLY | O_APPEND);
  write(fd, "third\n", 6);
  close(fd);
  printf("%d\n", access(path, R_OK));
  stat(path, &st);
  printf("size %lld\n", (long long)st.st_size);
  printf("unlink %d access %d\n", unlink(path), access(path, F_OK));
  return 0;
}
