/* Base64 encode/decode (with padding and invalid-input detection), hex
 * dump, and a round trip over all byte values and lengths 0..40. */
#include "rt.h"

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static NOINLINE size_t b64_encode(const uint8_t *in, size_t n, char *out)
{
    size_t o = 0, i = 0;
    for (; i + 2 < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = B64[v >> 18]; out[o++] = B64[v >> 12 & 63]; out[o++] = B64[v >> 6 & 63]; out[o++] = B64[v & 63];
    }
    if (i < n) {
        uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < n ? (uint32_t)in[i + 1] << 8 : 0);
        out[o++] = B64[v >> 18];
        out[o++] = B64[v >> 12 & 63];
        out[o++] = i + 1 < n ? B64[v >> 6 & 63] : '=';
        out[o++] = '=';
    }
    out[o] = 0;
    return o;
}
static int dec1(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}
/* returns decoded length or -1 on malformed input */
static NOINLINE long b64_decode(const char *in, uint8_t *out)
{
    size_t n = 0;
    while (in[n]) n++;
    if (n % 4) return -1;
    long o = 0;
    for (size_t i = 0; i < n; i += 4) {
        int a = dec1(in[i]), b = dec1(in[i + 1]);
        int c = in[i + 2] == '=' ? -2 : dec1(in[i + 2]);
        int d = in[i + 3] == '=' ? -2 : dec1(in[i + 3]);
        if (a < 0 || b < 0 || c == -1 || d == -1) return -1;
        if ((c == -2 || d == -2) && i + 4 != n) return -1;
        if (c == -2 && d != -2) return -1;
        uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)(c < 0 ? 0 : c) << 6 | (uint32_t)(d < 0 ? 0 : d);
        out[o++] = (uint8_t)(v >> 16);
        if (c >= 0) out[o++] = (uint8_t)(v >> 8);
        if (d >= 0) out[o++] = (uint8_t)v;
    }
    return o;
}

int main(void)
{
    static const char *tests[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "groundup RISC-V" };
    char enc[400];
    uint8_t dec[300];
    for (unsigned i = 0; i < ARRAY_LEN(tests); i++) {
        size_t n = 0;
        while (tests[i][n]) n++;
        b64_encode((const uint8_t *)tests[i], n, enc);
        put_char('"'); put_str(tests[i]); put_str("\" -> "); put_str(enc); put_nl();
    }
    static uint8_t all[256];
    for (int i = 0; i < 256; i++) all[i] = (uint8_t)(255 - i);
    size_t el = b64_encode(all, 256, enc);
    pr_u64("enc_len", el);
    put_mem(enc, 76); put_nl();
    long dl = b64_decode(enc, dec);
    pr_i64("dec_len", dl);
    pr_u64("roundtrip_all", dl == 256 && memcmp(dec, all, 256) == 0);
    int ok = 1;
    for (size_t len = 0; len <= 40; len++) {
        b64_encode(all + len, len, enc);
        long d = b64_decode(enc, dec);
        if (d != (long)len || memcmp(dec, all + len, len) != 0) ok = 0;
    }
    pr_u64("roundtrip_lengths", (uint64_t)ok);
    static const char *bad[] = { "abc", "ab=c", "a===", "ab!d", "ab==ab==", "YWJj" };
    for (unsigned i = 0; i < ARRAY_LEN(bad); i++) {
        put_str(bad[i]); put_str(" -> "); put_i64(b64_decode(bad[i], dec)); put_nl();
    }
    for (int i = 0; i < 32; i++) { put_hexn(dec[i], 2); put_char(i % 16 == 15 ? '\n' : ' '); }
    ck(el ^ (uint64_t)dl);
    return rt_status();
}
