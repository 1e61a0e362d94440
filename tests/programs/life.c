/* Conway's game of life on a 20x20 torus: a glider, a blinker, an
 * R-pentomino; prints the board at a few generations and the population. */
#include "rt.h"

#define W 20
#define H 20
static uint8_t grid[H][W], next[H][W];

static void set_pattern(int y, int x, const char *rows[], int n)
{
    for (int r = 0; r < n; r++)
        for (int c = 0; rows[r][c]; c++)
            if (rows[r][c] == '#') grid[(y + r) % H][(x + c) % W] = 1;
}
static NOINLINE void step(void)
{
    for (int y = 0; y < H; y++) {
        int up = y ? y - 1 : H - 1, dn = y == H - 1 ? 0 : y + 1;
        for (int x = 0; x < W; x++) {
            int lf = x ? x - 1 : W - 1, rt = x == W - 1 ? 0 : x + 1;
            int n = grid[up][lf] + grid[up][x] + grid[up][rt] + grid[y][lf] + grid[y][rt] +
                    grid[dn][lf] + grid[dn][x] + grid[dn][rt];
            next[y][x] = (uint8_t)(n == 3 || (n == 2 && grid[y][x]));
        }
    }
    memcpy(grid, next, sizeof grid);
}
static int population(void)
{
    int p = 0;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) p += grid[y][x];
    return p;
}
static void show(void)
{
    for (int y = 0; y < H; y++) {
        char row[W + 1];
        for (int x = 0; x < W; x++) row[x] = grid[y][x] ? '#' : '.';
        row[W] = '\n';
        put_mem(row, W + 1);
    }
}

int main(void)
{
    static const char *glider[] = { ".#.", "..#", "###" };
    static const char *blinker[] = { "###" };
    static const char *rpent[] = { ".##", "##.", ".#." };
    set_pattern(1, 1, glider, 3);
    set_pattern(3, 15, blinker, 1);
    set_pattern(12, 8, rpent, 3);
    uint64_t h = 0;
    for (int g = 0; g <= 10; g++) {
        if (g % 5 == 0) {
            put_str("gen "); put_i64(g); put_str(" pop "); put_i64(population()); put_nl();
            show();
        }
        h = h * 31 + (uint64_t)population();
        step();
    }
    pr_hex64("pop_hash", h);
    ck(h);
    return rt_status();
}
