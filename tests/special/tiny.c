/* A function and nothing else: compiled as an RV32 object, which groundup refuses. */
int add_one(int x) { return x + 1; }
