/* N-queens: backtracking with arrays (N=1..6) and with bitmasks (N=1..8);
 * prints the first solution board for N=6. */
#include "rt.h"

static int cols[16];
static int solutions_arr;

static int safe(int row, int c)
{
    for (int r = 0; r < row; r++) {
        int d = cols[r] - c;
        if (d == 0 || d == row - r || d == r - row) return 0;
    }
    return 1;
}
static NOINLINE void place(int row, int n)
{
    if (row == n) {
        if (solutions_arr++ == 0 && n == 6) {
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) put_char(cols[r] == c ? 'Q' : '.');
                put_nl();
            }
        }
        return;
    }
    for (int c = 0; c < n; c++)
        if (safe(row, c)) { cols[row] = c; place(row + 1, n); }
}
static NOINLINE uint32_t bits_solve(uint32_t all, uint32_t ld, uint32_t cl, uint32_t rd)
{
    if (cl == all) return 1;
    uint32_t n = 0, poss = ~(ld | cl | rd) & all;
    while (poss) {
        uint32_t bit = poss & -poss;
        poss -= bit;
        n += bits_solve(all, (ld | bit) << 1, cl | bit, (rd | bit) >> 1);
    }
    return n;
}

int main(void)
{
    uint32_t total = 0;
    for (int n = 1; n <= 6; n++) {
        solutions_arr = 0;
        place(0, n);
        put_str("arr n="); put_u64((uint64_t)n); put_str(" solutions="); put_u64((uint64_t)solutions_arr); put_nl();
        total += (uint32_t)solutions_arr;
    }
    for (int n = 1; n <= 8; n++) {
        uint32_t s = bits_solve((1u << n) - 1, 0, 0, 0);
        put_str("bit n="); put_u64((uint64_t)n); put_str(" solutions="); put_u64(s); put_nl();
        total += s;
    }
    return (int)(total & 0xff);
}
