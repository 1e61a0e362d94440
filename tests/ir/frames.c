/* gcc's side of frames.ir: walk the frame-pointer chain the way gdb and the book's
   stack pictures do. In every frame, s0 (the frame pointer) points just above the
   saved return address (at s0-8) and the caller's s0 (at s0-16). */
#include <stdio.h>

static int which(void *ra, void **starts, int n) {
    int best = -1;
    for (int i = 0; i < n; i++)
        if ((char *)starts[i] <= (char *)ra && (best < 0 || (char *)starts[i] > (char *)starts[best]))
            best = i;
    return best;
}

__attribute__((noinline, optimize("no-omit-frame-pointer")))
void c_backtrace(void **starts, const char **names, int n) {
    void **fp = __builtin_frame_address(0);
    for (int depth = 0; depth < n; depth++) {
        void *ra = fp[-1];
        int k = which(ra, starts, n);
        printf("frame %d: returns into %s\n", depth, k >= 0 ? names[k] : "?");
        fp = fp[-2];
    }
}
