/* Hash functions: FNV-1a 32/64, CRC32 (bitwise and table-driven), Adler-32,
 * murmur3 fmix64/fmix32 finalizers, djb2, over fixed messages. */
#include "rt.h"

static uint32_t crc_table[256];

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}
static NOINLINE uint32_t crc32_table(const uint8_t *p, size_t n)
{
    uint32_t c = 0xffffffffu;
    while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}
static NOINLINE uint32_t crc32_bitwise(const uint8_t *p, size_t n)
{
    uint32_t c = 0xffffffffu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & -(c & 1));
    }
    return ~c;
}
static NOINLINE uint32_t fnv1a32(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    while (n--) h = (h ^ *p++) * 16777619u;
    return h;
}
static NOINLINE uint64_t fnv1a64(const uint8_t *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    while (n--) h = (h ^ *p++) * 0x100000001b3ULL;
    return h;
}
static NOINLINE uint32_t adler32(const uint8_t *p, size_t n)
{
    uint32_t a = 1, b = 0;
    while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; }
    return (b << 16) | a;
}
static NOINLINE uint32_t djb2(const uint8_t *p, size_t n)
{
    uint32_t h = 5381;
    while (n--) h = h * 33 + *p++;
    return h;
}
static NOINLINE uint64_t fmix64(uint64_t k)
{
    k ^= k >> 33; k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}
static NOINLINE uint32_t fmix32(uint32_t h)
{
    h ^= h >> 16; h *= 0x85ebca6b;
    h ^= h >> 13; h *= 0xc2b2ae35;
    h ^= h >> 16;
    return h;
}

static size_t slen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }

int main(void)
{
    static const char *msgs[] = {
        "", "a", "abc", "123456789", "message digest",
        "The quick brown fox jumps over the lazy dog",
        "groundup: a whole computer system, from the ground up",
    };
    static uint8_t big[1024];
    crc_init();
    for (unsigned i = 0; i < ARRAY_LEN(msgs); i++) {
        const uint8_t *m = (const uint8_t *)msgs[i];
        size_t n = slen(msgs[i]);
        uint32_t c1 = crc32_table(m, n), c2 = crc32_bitwise(m, n);
        put_char('"'); put_str(msgs[i]); put_str("\" crc=");
        put_hex32(c1); put_str(c1 == c2 ? " ok" : " MISMATCH");
        put_str(" fnv32="); put_hex32(fnv1a32(m, n));
        put_str(" fnv64="); put_hex64(fnv1a64(m, n));
        put_str(" adler="); put_hex32(adler32(m, n));
        put_str(" djb2="); put_hex32(djb2(m, n));
        put_nl();
        ck(c1);
    }
    for (unsigned i = 0; i < sizeof big; i++) big[i] = (uint8_t)(i * 7 + (i >> 3));
    pr_hex32("big_crc", crc32_table(big, sizeof big));
    pr_hex32("big_adler", adler32(big, sizeof big));
    pr_hex64("big_fnv", fnv1a64(big, sizeof big));
    uint64_t x = 0;
    for (int i = 0; i < 16; i++) {
        x = fmix64(x + (uint64_t)i);
        put_hex64(x); put_char(' '); put_hex32(fmix32((uint32_t)x)); put_nl();
    }
    ck(x);
    return rt_status();
}
