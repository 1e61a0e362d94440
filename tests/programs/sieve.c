/* Sieve of Eratosthenes (byte array and bit array), prime counting, twin
 * primes, and a segmented sieve of a higher range. */
#include "rt.h"

#define LIMIT 10000
static uint8_t composite[LIMIT + 1];
static uint64_t bits[(LIMIT >> 6) + 1];

int main(void)
{
    for (uint32_t i = 2; (uint64_t)i * i <= LIMIT; i++)
        if (!composite[i])
            for (uint32_t j = i * i; j <= LIMIT; j += i) composite[j] = 1;
    uint32_t count = 0, twins = 0, last = 0;
    uint64_t sum = 0;
    for (uint32_t i = 2; i <= LIMIT; i++) {
        if (composite[i]) continue;
        count++;
        sum += i;
        if (last && i - last == 2) twins++;
        last = i;
        if (count <= 25 || count % 500 == 0) { put_u64(i); put_char(count <= 25 ? ' ' : '\n'); }
        if (count == 25) put_nl();
    }
    put_nl();
    pr_u64("count", count);
    pr_u64("twins", twins);
    pr_u64("sum", sum);
    pr_u64("largest", last);
    /* odd-only bit sieve, must agree */
    for (uint32_t i = 3; (uint64_t)i * i <= LIMIT; i += 2)
        if (!(bits[i >> 7] >> ((i >> 1) & 63) & 1))
            for (uint32_t j = i * i; j <= LIMIT; j += 2 * i) bits[j >> 7] |= 1ULL << ((j >> 1) & 63);
    uint32_t count2 = 1;
    for (uint32_t i = 3; i <= LIMIT; i += 2)
        if (!(bits[i >> 7] >> ((i >> 1) & 63) & 1)) count2++;
    pr_u64("count_bits", count2);
    /* segmented: primes in [10^7, 10^7 + 1000) */
    static uint8_t seg[1000];
    uint64_t base = 10000000ULL;
    for (uint32_t p = 2; (uint64_t)p * p < base + sizeof seg; p++) {
        if (p <= LIMIT && composite[p]) continue;
        uint64_t start = (base + p - 1) / p * p;
        for (uint64_t j = start; j < base + sizeof seg; j += p) seg[j - base] = 1;
    }
    uint32_t segc = 0;
    for (uint32_t i = 0; i < sizeof seg; i++)
        if (!seg[i]) { segc++; if (segc <= 5) { put_u64(base + i); put_nl(); } }
    pr_u64("seg_count", segc);
    ck(sum);
    return (int)((count + twins + segc) & 0xff);
}
