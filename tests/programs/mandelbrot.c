/* Mandelbrot set rendered as ASCII twice: with doubles and with 16.16
 * fixed-point integers; the iteration counts are hashed and compared. */
#include "rt.h"

#define WD 48
#define HT 18
#define MAXIT 24

int main(void)
{
    static const char shades[] = " .:-=+*#%@";
    uint64_t hd = 0, hf = 0;
    int differ = 0;
    for (int py = 0; py < HT; py++) {
        char row[WD + 1];
        for (int px = 0; px < WD; px++) {
            double cr = -2.2 + px * (3.0 / WD), ci = -1.2 + py * (2.4 / HT);
            double zr = 0, zi = 0;
            int it = 0;
            while (it < MAXIT && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                it++;
            }
            /* fixed point 16.16 */
            int32_t fcr = (int32_t)(cr * 65536), fci = (int32_t)(ci * 65536);
            int32_t fzr = 0, fzi = 0;
            int fit = 0;
            while (fit < MAXIT) {
                int64_t zr2 = ((int64_t)fzr * fzr) >> 16, zi2 = ((int64_t)fzi * fzi) >> 16;
                if (zr2 + zi2 > (4LL << 16)) break;
                int32_t t = (int32_t)(zr2 - zi2 + fcr);
                fzi = (int32_t)((((int64_t)fzr * fzi) >> 15) + fci);
                fzr = t;
                fit++;
            }
            if (fit != it) differ++;
            row[px] = shades[it * 9 / MAXIT];
            hd = hd * 31 + (uint64_t)it;
            hf = hf * 31 + (uint64_t)fit;
        }
        row[WD] = '\n';
        put_mem(row, WD + 1);
    }
    pr_hex64("double_hash", hd);
    pr_hex64("fixed_hash", hf);
    pr_u64("differ", (uint64_t)differ);
    ck(hd ^ hf);
    return rt_status();
}
