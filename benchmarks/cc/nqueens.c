/* Solutions of the 9-queens problem, by backtracking over columns and diagonals. */
int printf(const char *fmt, ...);

static int cols[16], diag1[32], diag2[32];

static int place(int row, int n) {
    if (row == n)
        return 1;
    int found = 0;
    for (int c = 0; c < n; c++) {
        if (cols[c] || diag1[row + c] || diag2[row - c + n])
            continue;
        cols[c] = diag1[row + c] = diag2[row - c + n] = 1;
        found += place(row + 1, n);
        cols[c] = diag1[row + c] = diag2[row - c + n] = 0;
    }
    return found;
}

int main(void) {
    printf("9 queens: %d solutions\n", place(0, 9));
    return 0;
}
