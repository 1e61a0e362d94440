/* Raw write(2) edge cases without the buffered runtime: single-byte writes,
 * zero-length writes, writes from the stack / rodata / bss, the return
 * values of write, a large write spanning several pages, and exiting
 * through exit_group (94) instead of exit (93). */
#include "rt.h"

static char big[10000];

static void raw(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    sys_write(1, s, n);
}
static void raw_num(long v)
{
    char t[24];
    int n = 0;
    unsigned long u = v < 0 ? 0 - (unsigned long)v : (unsigned long)v;
    do { t[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) t[n++] = '-';
    char o[24];
    for (int i = 0; i < n; i++) o[i] = t[n - 1 - i];
    sys_write(1, o, (size_t)n);
}

int main(void)
{
    long total = 0;
    const char *msg = "one byte at a time\n";
    for (int i = 0; msg[i]; i++) total += sys_write(1, msg + i, 1);
    raw("returned ");
    raw_num(total);
    raw("\n");
    long z = sys_write(1, msg, 0);
    raw("zero-length write returned ");
    raw_num(z);
    raw("\n");
    char stackbuf[64];
    for (int i = 0; i < 26; i++) stackbuf[i] = (char)('a' + i);
    stackbuf[26] = '\n';
    raw_num(sys_write(1, stackbuf, 27));
    raw("\n");
    for (unsigned i = 0; i < sizeof big; i++) big[i] = (char)(i % 64 == 63 ? '\n' : 'A' + (char)(i % 26));
    long w = sys_write(1, big, sizeof big);
    raw("\nbig write returned ");
    raw_num(w);
    raw("\n");
    for (int i = 0; i < 200; i++) {
        char c = (char)('0' + i % 10);
        sys_write(1, &c, 1);
        if (i % 50 == 49) sys_write(1, "\n", 1);
    }
    raw("exit via exit_group\n");
    sys_exit_group((int)(total + w) & 0xff);
}
