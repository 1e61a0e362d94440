/* Blocking pipes between threads: a writer thread sends 512 KiB in chunks of varying
 * sizes that a reader reassembles in order; four writers send 512-byte records, and
 * since writes of at most PIPE_BUF bytes are atomic no record is ever torn.
 *
 * needs: threads, pipes
 */
#include "common.h"

#include <limits.h>

enum { STREAM = 512 * 1024, RECORD = 512, PER_WRITER = 200, WRITERS = 4 };

static int stream[2], records[2];

static unsigned char byte_at(long i) { return (unsigned char)(i * 31 + i / 251); }

static void write_all(int fd, const unsigned char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        CHECK(w > 0);
        p += w;
        n -= (size_t)w;
    }
}

static void *send_stream(void *arg) {
    static unsigned char chunk[20000];
    long sent = 0;
    for (int k = 1; sent < STREAM; k++) {
        long n = (k * 7919) % 20000 + 1;
        if (n > STREAM - sent) n = STREAM - sent;
        for (long i = 0; i < n; i++) chunk[i] = byte_at(sent + i);
        write_all(stream[1], chunk, (size_t)n);
        sent += n;
    }
    close(stream[1]);
    return arg;
}

static void *send_records(void *arg) {
    unsigned char rec[RECORD];
    memset(rec, (int)(long)arg, RECORD);
    for (int i = 0; i < PER_WRITER; i++) CHECK(write(records[1], rec, RECORD) == RECORD);
    return arg;
}

int main(void) {
    printf("PIPE_BUF %d\n", PIPE_BUF);
    CHECK(pipe(stream) == 0 && pipe(records) == 0);
    pthread_t t[WRITERS];
    CHECK(pthread_create(&t[0], NULL, send_stream, NULL) == 0);
    static unsigned char buf[8192];
    long got = 0, wrong = 0, reads = 0;
    ssize_t n;
    while ((n = read(stream[0], buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) wrong += buf[i] != byte_at(got + i);
        got += n;
        reads++;
    }
    CHECK(n == 0);
    CHECK(pthread_join(t[0], NULL) == 0);
    printf("stream: %ld bytes, %ld out of place, ended by EOF\n", got, wrong);

    for (long i = 0; i < WRITERS; i++)
        CHECK(pthread_create(&t[i], NULL, send_records, (void *)(i + 1)) == 0);
    long counts[WRITERS + 1] = {0}, torn = 0;
    for (int r = 0; r < WRITERS * PER_WRITER; r++) {
        unsigned char rec[RECORD];
        size_t have = 0;
        while (have < RECORD) {
            n = read(records[0], rec + have, RECORD - have);
            CHECK(n > 0);
            have += (size_t)n;
        }
        for (int i = 1; i < RECORD; i++) torn += rec[i] != rec[0];
        if (rec[0] >= 1 && rec[0] <= WRITERS) counts[rec[0]]++;
    }
    for (int i = 0; i < WRITERS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    printf("records: torn bytes %ld, per writer %ld %ld %ld %ld\n", torn, counts[1], counts[2],
           counts[3], counts[4]);
    return 0;
}
