/* getopt: short options, "x:" taking an argument, a leading ':' in the option string
 * for silent errors. As glibc's, it permutes: operands met before an option are
 * skipped, and once the options after them are parsed the two runs are swapped, so
 * that at the end argv holds the options first and optind indexes the operands. A
 * leading '+' (or POSIXLY_CORRECT) stops at the first operand instead.
 *
 *   argv:  ... [first_operand, last_operand) [last_operand, optind) ...
 *                 operands skipped so far       options parsed since */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt;
static int next_char = 1; /* position inside a cluster like -abc */
static int first_operand = 1, last_operand = 1;

static int is_operand(const char *a) { return a[0] != '-' || a[1] == 0; }

/* Swap the skipped operands with the options parsed after them. */
static void exchange(char **argv) {
    int operands = last_operand - first_operand, options = optind - last_operand;
    for (int k = 0; k < options; k++) { /* rotate each option down past the operands */
        char *moved = argv[last_operand + k];
        for (int i = last_operand + k; i > first_operand + k; i--)
            argv[i] = argv[i - 1];
        argv[first_operand + k] = moved;
    }
    first_operand += options;
    last_operand = optind;
    (void)operands;
}

/* At the start of an argument: skip (and remember) operands; -1 at the end. */
static int next_argument(int argc, char **argv, int posix) {
    if (first_operand > optind)
        first_operand = optind;
    if (last_operand > optind)
        last_operand = optind;
    if (!posix) {
        if (first_operand != last_operand && last_operand != optind)
            exchange(argv);
        else if (last_operand != optind)
            first_operand = optind;
        while (optind < argc && is_operand(argv[optind]))
            optind++;
        last_operand = optind;
    }
    if (optind < argc && strcmp(argv[optind], "--") == 0) {
        optind++;
        if (first_operand != last_operand && last_operand != optind)
            exchange(argv);
        else if (first_operand == last_operand)
            first_operand = optind;
        last_operand = optind = argc;
    }
    if (optind >= argc) {
        if (first_operand != last_operand)
            optind = first_operand;
        return -1;
    }
    return is_operand(argv[optind]) ? -1 : 0;
}

int getopt(int argc, char *const argv[], const char *opts) {
    optarg = 0;
    if (optind == 0) { /* glibc's way to start over */
        optind = first_operand = last_operand = 1;
        next_char = 1;
    }
    int posix = opts[0] == '+' || getenv("POSIXLY_CORRECT") != 0;
    if (opts[0] == '+' || opts[0] == '-')
        opts++;
    if (next_char == 1 && next_argument(argc, (char **)argv, posix) < 0)
        return -1;
    int c = (unsigned char)argv[optind][next_char++];
    const char *spec = c == ':' ? 0 : strchr(opts, c);
    int silent = opts[0] == ':';
    int last = argv[optind][next_char] == 0;
    if (spec == 0) {
        optopt = c;
        if (opterr && !silent)
            fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
        if (last) {
            optind++;
            next_char = 1;
        }
        return '?';
    }
    if (spec[1] == ':') {
        if (!last) {
            optarg = &argv[optind][next_char];
        } else if (optind + 1 < argc) {
            optarg = argv[++optind];
        } else {
            optopt = c;
            optind++;
            next_char = 1;
            if (silent)
                return ':';
            if (opterr)
                fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
            return '?';
        }
        optind++;
        next_char = 1;
        return c;
    }
    if (last) {
        optind++;
        next_char = 1;
    }
    return c;
}
