/* Compression round trips: run-length encoding and a small LZ77 with a
 * sliding window (greedy longest match), over text and generated data. */
#include "rt.h"

static NOINLINE size_t rle_enc(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t run = 1;
        while (i + run < n && in[i + run] == in[i] && run < 255) run++;
        out[o++] = (uint8_t)run;
        out[o++] = in[i];
        i += run;
    }
    return o;
}
static NOINLINE size_t rle_dec(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t o = 0;
    for (size_t i = 0; i + 1 < n; i += 2)
        for (int k = 0; k < in[i]; k++) out[o++] = in[i + 1];
    return o;
}
/* token: 0x00 len byte...  (literals) | 0x01 off_lo off_hi len (match) */
static NOINLINE size_t lz_enc(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t o = 0, i = 0, lit_start = 0;
    while (i < n) {
        size_t best_len = 0, best_off = 0;
        size_t start = i > 1024 ? i - 1024 : 0;
        for (size_t j = start; j < i; j++) {
            size_t l = 0;
            while (i + l < n && in[j + l] == in[i + l] && l < 255) l++;
            if (l > best_len) { best_len = l; best_off = i - j; }
        }
        if (best_len >= 4) {
            while (lit_start < i) {
                size_t cnt = i - lit_start > 255 ? 255 : i - lit_start;
                out[o++] = 0; out[o++] = (uint8_t)cnt;
                memcpy(out + o, in + lit_start, cnt);
                o += cnt; lit_start += cnt;
            }
            out[o++] = 1; out[o++] = (uint8_t)best_off; out[o++] = (uint8_t)(best_off >> 8); out[o++] = (uint8_t)best_len;
            i += best_len;
            lit_start = i;
        } else {
            i++;
        }
    }
    while (lit_start < n) {
        size_t cnt = n - lit_start > 255 ? 255 : n - lit_start;
        out[o++] = 0; out[o++] = (uint8_t)cnt;
        memcpy(out + o, in + lit_start, cnt);
        o += cnt; lit_start += cnt;
    }
    return o;
}
static NOINLINE size_t lz_dec(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (in[i] == 0) { size_t c = in[i + 1]; memcpy(out + o, in + i + 2, c); o += c; i += 2 + c; }
        else {
            size_t off = in[i + 1] | (size_t)in[i + 2] << 8, len = in[i + 3];
            for (size_t k = 0; k < len; k++, o++) out[o] = out[o - off];  /* may overlap */
            i += 4;
        }
    }
    return o;
}
static uint64_t fnv(const uint8_t *p, size_t n) { uint64_t h = 0xcbf29ce484222325ULL; while (n--) h = (h ^ *p++) * 0x100000001b3ULL; return h; }

int main(void)
{
    static const char text[] =
        "It was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity";
    static uint8_t gen[600], enc[2000], dec[2000];
    for (int i = 0; i < 600; i++) gen[i] = (uint8_t)(i < 200 ? 'a' : i < 300 ? (i % 7) : i < 400 ? 0 : (i * i) % 13);
    const struct { const char *name; const uint8_t *p; size_t n; } ins[] = {
        { "text", (const uint8_t *)text, sizeof text - 1 }, { "gen", gen, sizeof gen },
    };
    for (unsigned k = 0; k < ARRAY_LEN(ins); k++) {
        size_t r = rle_enc(ins[k].p, ins[k].n, enc);
        size_t rd = rle_dec(enc, r, dec);
        int rok = rd == ins[k].n && memcmp(dec, ins[k].p, rd) == 0;
        size_t l = lz_enc(ins[k].p, ins[k].n, enc);
        uint64_t eh = fnv(enc, l);
        size_t ld = lz_dec(enc, l, dec);
        int lok = ld == ins[k].n && memcmp(dec, ins[k].p, ld) == 0;
        put_str(ins[k].name); put_str(" n="); put_u64(ins[k].n);
        put_str(" rle="); put_u64(r); put_str(rok ? " ok" : " BAD");
        put_str(" lz="); put_u64(l); put_str(lok ? " ok " : " BAD "); put_hex64(eh); put_nl();
        ck(eh);
    }
    return rt_status();
}
