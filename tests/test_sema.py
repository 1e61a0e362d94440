"""Semantic analysis (groundup/cc/sema.py, typecheck.py, fold.py, ctype.py).

* diagnostics: ~95 invalid programs, each with gcc 12's exact messages, lines and
  columns (the table was made by running riscv64-linux-gnu-gcc -fsyntax-only on each;
  `test_diagnostics_agree_with_gcc` checks it again when gcc is there);
* struct, union and bit-field layout against gcc: sizes, alignments and offsets;
* the type rules: integer promotions, usual arithmetic conversions, compatibility,
  type names as gcc prints them;
* scopes, linkage, tentative definitions, redeclarations;
* initializers flattened: braces, elision, designators, strings, unions, bit-fields;
* constant expressions: enums, case labels, static address constants;
* builtins: __builtin_*, __atomic_*, va_arg.
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle  # noqa: E402
from test_parse import declared, diagnostics, dump, errors, program  # noqa: E402

from groundup.cc import ast, ctype  # noqa: E402

# (source, [line:col: severity: message, ...]) -- gcc 12's output, notes left out.
DIAGNOSTICS = [
    ("int f(void) { return y; }", ["1:22: error: 'y' undeclared (first use in this function)"]),
    (
        "int x; int f(void) { x(); return 0; }",
        ["1:22: error: called object 'x' is not a function or function pointer"],
    ),
    (
        "int f(int a) { return a; } int g(void) { return f(1, 2); }",
        ["1:49: error: too many arguments to function 'f'"],
    ),
    (
        "int f(int a, int b) { return a; } int g(void) { return f(1); }",
        ["1:56: error: too few arguments to function 'f'"],
    ),
    (
        "struct s { int a; }; int f(struct s v) { return v + 1; }",
        ["1:51: error: invalid operands to binary + (have 'struct s' and 'int')"],
    ),
    (
        "struct s { int a; }; int f(struct s v) { return v.b; }",
        ["1:50: error: 'struct s' has no member named 'b'"],
    ),
    (
        "int f(int *p) { return p->a; }",
        ["1:25: error: request for member 'a' in something not a structure or union"],
    ),
    (
        "int f(void) { int a; 3 = a; return a; }",
        ["1:24: error: lvalue required as left operand of assignment"],
    ),
    (
        "int f(void) { int a; a++ = 1; return a; }",
        ["1:26: error: lvalue required as left operand of assignment"],
    ),
    ("int f(void) { 5++; return 0; }", ["1:16: error: lvalue required as increment operand"]),
    (
        "int f(void) { int *p = &3; return 0; }",
        ["1:24: error: lvalue required as unary '&' operand"],
    ),
    ("void f(void) { break; }", ["1:16: error: break statement not within loop or switch"]),
    ("void f(void) { continue; }", ["1:16: error: continue statement not within a loop"]),
    (
        "void f(int x) { switch (x) { case 1: case 1: break; } }",
        ["1:38: error: duplicate case value"],
    ),
    (
        "void f(int x) { switch (x) { default: default: break; } }",
        ["1:39: error: multiple default labels in one switch"],
    ),
    ("void f(int x) { case 1: ; }", ["1:17: error: case label not within a switch statement"]),
    (
        "void f(int x, int y) { switch (x) { case y: break; } }",
        ["1:37: error: case label does not reduce to an integer constant"],
    ),
    ("void f(void) { l: ; l: ; }", ["1:21: error: duplicate label 'l'"]),
    ("int x; long x;", ["1:13: error: conflicting types for 'x'; have 'long int'"]),
    ("int x = 1; int x = 2;", ["1:16: error: redefinition of 'x'"]),
    ("int f(void) { return 0; } int f(void) { return 1; }", ["1:31: error: redefinition of 'f'"]),
    (
        "static int z; int z;",
        ["1:19: error: non-static declaration of 'z' follows static declaration"],
    ),
    (
        "int z; static int z;",
        ["1:19: error: static declaration of 'z' follows non-static declaration"],
    ),
    ("void f(void) { int a; int a; }", ["1:27: error: redeclaration of 'a' with no linkage"]),
    ("struct s { int a; }; struct s { int b; };", ["1:29: error: redefinition of 'struct s'"]),
    ("struct s { int a; int a; };", ["1:23: error: duplicate member 'a'"]),
    ("void f(void) { struct t v; }", ["1:25: error: storage size of 'v' isn't known"]),
    (
        "struct t; int f(void) { return sizeof(struct t); }",
        ["1:39: error: invalid application of 'sizeof' to incomplete type 'struct t'"],
    ),
    (
        "int f(void) { int a[2]; int b[2]; a = b; return 0; }",
        ["1:37: error: assignment to expression with array type"],
    ),
    (
        "int f(void) { const int c = 1; c = 2; return c; }",
        ["1:34: error: assignment of read-only variable 'c'"],
    ),
    (
        "int f(const int *p) { *p = 1; return 0; }",
        ["1:26: error: assignment of read-only location '*p'"],
    ),
    (
        "int *f(void) { return 1; }",
        [
            "1:23: warning: returning 'int' from a function with return type 'int *' makes pointer from integer without a cast"  # noqa: E501
        ],
    ),
    (
        "int f(int *p) { return p; }",
        [
            "1:24: warning: returning 'int *' from a function with return type 'int' makes integer from pointer without a cast"  # noqa: E501
        ],
    ),
    (
        "void f(char *p) { int *q; q = p; }",
        ["1:29: warning: assignment to 'int *' from incompatible pointer type 'char *'"],
    ),
    (
        "void f(const char *p) { char *q = p; }",
        ["1:35: warning: initialization discards 'const' qualifier from pointer target type"],
    ),
    (
        "void g(char *); void f(const char *p) { g(p); }",
        [
            "1:43: warning: passing argument 1 of 'g' discards 'const' qualifier from pointer target type"  # noqa: E501
        ],
    ),
    (
        "void g(int *); void f(char *p) { g(p); }",
        ["1:36: warning: passing argument 1 of 'g' from incompatible pointer type"],
    ),
    (
        "struct s { int a; }; void g(int); void f(struct s v) { g(v); }",
        ["1:58: error: incompatible type for argument 1 of 'g'"],
    ),
    (
        "struct s { int a; }; int f(struct s v) { return v; }",
        ["1:49: error: incompatible types when returning type 'struct s' but 'int' was expected"],
    ),
    (
        "struct s { int a; }; void f(struct s v) { int x = v; }",
        ["1:51: error: incompatible types when initializing type 'int' using type 'struct s'"],
    ),
    (
        "void v(void); int f(void) { int x = v(); return x; }",
        ["1:37: error: void value not ignored as it ought to be"],
    ),
    (
        "int f(void) { int a = 1; return a[0]; }",
        ["1:34: error: subscripted value is neither array nor pointer nor vector"],
    ),
    ("int f(int *p) { return p[p]; }", ["1:25: error: array subscript is not an integer"]),
    (
        "int f(void) { int a; return *a; }",
        ["1:29: error: invalid type argument of unary '*' (have 'int')"],
    ),
    ("int f(int a) { return -&a == 0; }", ["1:23: error: wrong type argument to unary minus"]),
    (
        "struct s { int a; }; int f(struct s v) { return !v; }",
        ["1:49: error: wrong type argument to unary exclamation mark"],
    ),
    (
        "struct s { int a; }; int f(struct s v) { if (v) return 1; return 0; }",
        ["1:46: error: used struct type value where scalar is required"],
    ),
    (
        "int f(int *p, long *q) { return p == q; }",
        ["1:35: warning: comparison of distinct pointer types lacks a cast"],
    ),
    ("int f(int *p) { return p == 5; }", ["1:26: warning: comparison between pointer and integer"]),
    (
        "int f(int *p, int *q) { return p + q != 0; }",
        ["1:34: error: invalid operands to binary + (have 'int *' and 'int *')"],
    ),
    (
        "int f(int *p, long *q) { return p - q; }",
        ["1:35: error: invalid operands to binary - (have 'int *' and 'long int *')"],
    ),
    ("int a[-1];", ["1:5: error: size of array 'a' is negative"]),
    ("int a[1.5];", ["1:5: error: size of array 'a' has non-integer type"]),
    (
        "int f(int n) { static int a[n]; return 0; }",
        ["1:27: error: storage size of 'a' isn't constant"],
    ),
    ("enum e { A = 1.5 };", ["1:14: error: enumerator value for 'A' is not an integer constant"]),
    ("int f(void) { return 1 % 0; }", ["1:24: warning: division by zero"]),
    (
        "int f(void) { return 1 % 2.0; }",
        ["1:24: error: invalid operands to binary % (have 'int' and 'double')"],
    ),
    (
        "int f(double d) { return d << 1; }",
        ["1:28: error: invalid operands to binary << (have 'double' and 'int')"],
    ),
    ("struct s { int a : 40; };", ["1:16: error: width of 'a' exceeds its type"]),
    ("struct s { float f : 2; };", ["1:18: error: bit-field 'f' has invalid type"]),
    (
        "int f(void) { struct { int b : 3; } s; return &s.b != 0; }",
        ["1:47: error: cannot take address of bit-field 'b'"],
    ),
    ("int a[2] = {1, 2, 3};", ["1:19: warning: excess elements in array initializer"]),
    ("int b = {1, 2};", ["1:13: warning: excess elements in scalar initializer"]),
    ('char c[2] = "abc";', ["1:13: warning: initializer-string for array of 'char' is too long"]),
    ("struct t { int x, y; } e = { .z = 1 };", ["1:31: error: 'struct t' has no member named 'z'"]),
    (
        "int f = 1 / 0;",
        ["1:11: warning: division by zero", "1:9: error: initializer element is not constant"],
    ),
    ("int g; int h = g;", ["1:16: error: initializer element is not constant"]),
    (
        "int g; int h = (long)&g;",
        ["1:16: error: initializer element is not computable at load time"],
    ),
    (
        "int f(void) { int j = 1; static int k = j; return k; }",
        ["1:41: error: initializer element is not constant"],
    ),
    (
        "void f(void) { return 1; }",
        ["1:23: warning: 'return' with a value, in function returning void"],
    ),
    (
        "int f(void) { return; }",
        ["1:15: warning: 'return' with no value, in function returning non-void"],
    ),
    ("int f(int) { return 0; }", []),
    (
        "int f(void) { int x = 1; x(); return 0; }",
        ["1:26: error: called object 'x' is not a function or function pointer"],
    ),
    ("typedef int T; int f(void) { return T; }", ["1:37: error: expected expression before 'T'"]),
    ("void f(void) { int x = sizeof(void (void)); }", []),
    (
        "int f(void) { return (struct { int a; }){1}.b; }",
        ["1:44: error: 'struct <anonymous>' has no member named 'b'"],
    ),
    ("extern int e = 3;", ["1:12: warning: 'e' initialized and declared 'extern'"]),
    (
        "int f(void) { extern int q = 1; return q; }",
        ["1:26: error: 'q' has both 'extern' and initializer"],
    ),
    (
        "static int f(void); int g(void) { return f(); }",
        ["1:12: warning: 'f' used but never defined"],
    ),
    ("typedef int T; typedef long T;", ["1:29: error: conflicting types for 'T'; have 'long int'"]),
    ("int T; typedef int T;", ["1:20: error: 'T' redeclared as different kind of symbol"]),
    ("auto int x;", ["1:10: error: file-scope declaration of 'x' specifies 'auto'"]),
    (
        "int f(void) { return _Generic(1.0f, int: 1); }",
        ["1:31: error: '_Generic' selector of type 'float' is not compatible with any association"],
    ),
    ('_Static_assert(0, "no");', ['1:1: error: static assertion failed: "no"']),
    (
        "int f(void) { int x; return (x = 1) = 2; }",
        ["1:37: error: lvalue required as left operand of assignment"],
    ),
    (
        'int f(void) { char *s = "x"; return s * 2; }',
        ["1:39: error: invalid operands to binary * (have 'char *' and 'int')"],
    ),
    (
        "void f(void) { int i; i.x = 1; }",
        ["1:24: error: request for member 'x' in something not a structure or union"],
    ),
    ("void f(void) { void *p; *p; }", ["1:25: warning: dereferencing 'void *' pointer"]),
    ("void f(int x) { (void)x + 1; }", ["1:17: error: void value not ignored as it ought to be"]),
    (
        "struct s; struct s *p; int f(void) { return p->a; }",
        ["1:46: error: invalid use of undefined type 'struct s'"],
    ),
    (
        "struct a { int x; }; struct b { int x; }; int f(int c, struct a u, struct b v) { return (c ? u : v).x; }",  # noqa: E501
        ["1:96: error: type mismatch in conditional expression"],
    ),
    (
        "int f(int c, int *p) { return *(c ? p : 1); }",
        ["1:39: warning: pointer/integer type mismatch in conditional expression"],
    ),
    (
        "unsigned char c = 300;",
        [
            "1:19: warning: unsigned conversion from 'int' to 'unsigned char' changes value from '300' to '44'"  # noqa: E501
        ],
    ),
    (
        "int f(void) { int *p; p = 3; return 0; }",
        [
            "1:25: warning: assignment to 'int *' from 'int' makes pointer from integer without a cast"  # noqa: E501
        ],
    ),
    (
        'int f(void) { int n; n = "s"; return n; }',
        [
            "1:24: warning: assignment to 'int' from 'char *' makes integer from pointer without a cast"  # noqa: E501
        ],
    ),
]

# ... implicit int, floats, initializers, flexible arrays, constants, recovery.
DIAGNOSTICS += [
    ("f() { return 1; }", ["1:1: warning: return type defaults to 'int'"]),
    (
        "x;",
        [
            "1:1: warning: data definition has no type or storage class",
            "1:1: warning: type defaults to 'int' in declaration of 'x'",
        ],
    ),  # noqa: E501
    ("static y;", ["1:8: warning: type defaults to 'int' in declaration of 'y'"]),
    ("int k(int a, int a);", ["1:18: error: redefinition of parameter 'a'"]),
    ("int g(void) { l: }", []),
    ("int h(void) { m: int x = 1; return x; }", []),
    (
        "double d = 1.5; int f(void) { return d % 2; }",
        ["1:40: error: invalid operands to binary % (have 'double' and 'int')"],
    ),
    ("float f(float x) { return x * 2.0f + 1; }", []),
    (
        "int f(void) { int a[3] = {1, 2, 3, 4}; return a[0]; }",
        ["1:36: warning: excess elements in array initializer"],
    ),
    (
        "struct s { int a; }; struct s v = { 1, 2 };",
        ["1:40: warning: excess elements in struct initializer"],
    ),
    (
        "union u { int a; char b; } w = { 1, 2 };",
        ["1:37: warning: excess elements in union initializer"],
    ),
    ("int a[2] = { [2] = 1 };", ["1:15: error: array index in initializer exceeds array bounds"]),
    ("struct s { int a; } v = { [0] = 1 };", ["1:28: error: array index in non-array initializer"]),
    ("int a[2] = { .x = 1 };", ["1:14: error: field name not in record or union initializer"]),
    ("int f(void) { int x = {}; return x; }", ["1:23: error: empty scalar initializer"]),
    ('char s[3] = { "ab" };', []),
    ("int f(void) { return sizeof(int[-1]); }", ["1:32: error: size of unnamed array is negative"]),
    ("void f(void) { int x; x = f(); }", ["1:25: error: void value not ignored as it ought to be"]),
    (
        "void g(void); int f(void) { return g(); }",
        ["1:36: error: void value not ignored as it ought to be"],
    ),
    (
        "void f(int n) { switch (n) { case 1.5: break; } }",
        ["1:30: error: case label does not reduce to an integer constant"],
    ),
    (
        "void f(double d) { switch (d) { default: break; } }",
        ["1:28: error: switch quantity not an integer"],
    ),
    ("int f(void) { return 1 << 2 >> 1; } int x = 1 / 0.0 > 0;", []),
    ("struct s { int n; char d[]; }; struct s a[2];", []),
    (
        "struct s { char d[]; };",
        ["1:17: error: flexible array member in a struct with no named members"],
    ),
    ("struct s { char d[]; int n; };", ["1:17: error: flexible array member not at end of struct"]),
    (
        "int f(void) { int *p = 0; return *p->x; }",
        ["1:36: error: request for member 'x' in something not a structure or union"],
    ),
    ("typedef struct s S; S v;", ["1:23: error: storage size of 'v' isn't known"]),
    (
        "void f(void) { struct s; struct s *p; p->a = 1; }",
        ["1:40: error: invalid use of undefined type 'struct s'"],
    ),
    (
        "int f(int *p) { return p++ + --p; } int g(const int *p) { return ++*p; }",
        [
            "1:28: error: invalid operands to binary + (have 'int *' and 'int *')",
            "1:66: error: increment of read-only location '*p'",
        ],
    ),  # noqa: E501
    ("enum e { A, B, A };", ["1:16: error: redeclaration of enumerator 'A'"]),
    ("enum e { X }; enum e { Y };", ["1:20: error: redeclaration of 'enum e'"]),
    ("struct s; union s;", ["1:17: error: 's' defined as wrong kind of tag"]),
    (
        'int f(void) { return (int)"x"; }',
        ["1:22: warning: cast from pointer to integer of different size"],
    ),
    (
        "char f(void) { return 1000; }",
        [
            "1:23: warning: unsigned conversion from 'int' to 'char' changes value from '1000' to '232'"  # noqa: E501
        ],
    ),  # noqa: E501
    ("signed char c = 200;", []),
    (
        "short s = 70000;",
        [
            "1:11: warning: overflow in conversion from 'int' to 'short int' changes value from '70000' to '4464'"  # noqa: E501
        ],
    ),  # noqa: E501
    ("unsigned u = -1; int i = 4294967295;", []),
    ("int f(void) { goto *0; }", []),
    (
        "void f(void) { int x; x++ = 2; }",
        ["1:27: error: lvalue required as left operand of assignment"],
    ),
    (
        "int f(void) { int a = 1, *p = &a; return p[0][0]; }",
        ["1:46: error: subscripted value is neither array nor pointer nor vector"],
    ),
    ("int f(void (*fp)(void)) { return fp + 1 == 0; }", []),
    (
        "int f(void *p) { return *p; }",
        [
            "1:25: warning: dereferencing 'void *' pointer",
            "1:25: error: void value not ignored as it ought to be",
        ],
    ),  # noqa: E501
    (
        "int f(int x) { return x(); }",
        ["1:23: error: called object 'x' is not a function or function pointer"],
    ),
    (
        "struct s { int a; }; int f(struct s *p) { return p->a.b; }",
        ["1:54: error: request for member 'b' in something not a structure or union"],
    ),
    (
        'int f(void) { _Static_assert(1 == 2, "math"); return 0; }',
        ['1:15: error: static assertion failed: "math"'],
    ),
    ('_Static_assert(sizeof(int) == 4, "ok"); _Static_assert(1, "ok");', []),
    ("int main(int argc, char **argv) { return argc + **argv; }", []),
    ("int f(int x) { return x = = 1; }", ["1:27: error: expected expression before '=' token"]),
    ("int f(int x) { if x return 1; return 0; }", ["1:19: error: expected '(' before 'x'"]),
    (
        "int f(int x) { while (x) { x--; }",
        ["1:1: error: expected declaration or statement at end of input"],
    ),
    ("struct { int a } s;", ["1:16: warning: no semicolon at end of struct or union"]),
    ("int a[3] = { 1, 2, 3 ;", ["1:22: error: expected '}' before ';' token"]),
    (
        "int f(void) { return ; } int g(void) { return 0 }",
        [
            "1:15: warning: 'return' with no value, in function returning non-void",
            "1:48: error: expected ';' before '}' token",
        ],
    ),  # noqa: E501
    (
        "int 1x;",
        [
            '1:5: error: invalid suffix "x" on integer constant',
            "1:5: error: expected identifier or '(' before numeric constant",
        ],
    ),  # noqa: E501
]

# ... constant overflow and shift counts (quiet inside sizeof), operators' operands.
DIAGNOSTICS += [
    (
        'struct s { int c[8]; } a = {.c = "abc"};',
        [
            "1:34: error: cannot initialize array of 'int' from a string literal with type array "
            "of 'char'"
        ],
    ),  # fmt: skip
    (
        'int b[2][3] = {{1}, "x"};',
        [
            "1:21: error: cannot initialize array of 'int' from a string literal with type array "
            "of 'char'"
        ],
    ),  # fmt: skip
    (
        "int a = 2147483647 + 1;",
        ["1:20: warning: integer overflow in expression of type 'int' results in '-2147483648'"],
    ),
    (
        "int b = -(-2147483647 - 1);",
        [
            "1:9: warning: integer overflow in expression '-2147483648' of type 'int' results in '-2147483648'"  # noqa: E501
        ],
    ),  # noqa: E501
    ("int c = 1 << 40;", ["1:11: warning: left shift count >= width of type"]),
    (
        "int d = 1 >> -1;",
        [
            "1:11: warning: right shift count is negative",
            "1:9: error: initializer element is not constant",
        ],
    ),  # noqa: E501
    (
        "int f = 65536 * 65536;",
        ["1:15: warning: integer overflow in expression of type 'int' results in '0'"],
    ),
    ("int h(int x) { return x << 33; }", ["1:25: warning: left shift count >= width of type"]),
    ("int i = sizeof(1 << 40);", []),
    ("int j(int x) { return sizeof(x / 0); }", []),
    ("int k(int x) { return x / 0; }", ["1:25: warning: division by zero"]),
    (
        'typedef int aint __attribute__((aligned(16))); _Static_assert(_Alignof(aint) == 16, "a");',
        [],
    ),
    ("struct { int a } s;", ["1:16: warning: no semicolon at end of struct or union"]),
    ('char s[3] = { "ab" };', []),
    ("int x = 1 / 0.0 > 0;", []),
    (
        "struct s { char d[]; };",
        ["1:17: error: flexible array member in a struct with no named members"],
    ),
    ("int a[2] = { [2] = 1 };", ["1:15: error: array index in initializer exceeds array bounds"]),
    ("int a[2] = { .x = 1 };", ["1:14: error: field name not in record or union initializer"]),
    (
        "void f(int *p) { int *q = p + 1.0; }",
        ["1:29: error: invalid operands to binary + (have 'int *' and 'double')"],
    ),
    (
        "void f(int *p) { p *= 2; }",
        ["1:20: error: invalid operands to binary * (have 'int *' and 'int')"],
    ),
    (
        "void f(int *p) { p += p; }",
        ["1:20: error: invalid operands to binary + (have 'int *' and 'int *')"],
    ),
    ("void f(void) { int a[2]; a++; }", ["1:27: error: lvalue required as increment operand"]),
    (
        "void f(void) { struct { int x; } s; s++; }",
        ["1:38: error: wrong type argument to increment"],
    ),
    (
        "void f(void) { int x = 1; &x = 0; }",
        ["1:30: error: lvalue required as left operand of assignment"],
    ),
    (
        "void f(void) { int x = (1, 2) = 3; }",
        ["1:31: error: lvalue required as left operand of assignment"],
    ),
    ("int f(int x) { return x ? : 1; }", []),
    (
        "int f(int *p) { return p ? p : 0; } int *g(int c, int *p, void *v) { return c ? p : v; }",
        [
            "1:30: warning: returning 'int *' from a function with return type 'int' makes integer from pointer without a cast"  # noqa: E501
        ],
    ),  # noqa: E501
    (
        "int f(int c, int *p, long *q) { return *(c ? p : q); }",
        [
            "1:48: warning: pointer type mismatch in conditional expression",
            "1:40: warning: dereferencing 'void *' pointer",
            "1:40: error: void value not ignored as it ought to be",
        ],
    ),  # noqa: E501
    ("void g(int, ...); void f(void) { g(1, 2.0f, 'c'); }", []),
    (
        "int f(void); int g(void) { return f(1); }",
        ["1:35: error: too many arguments to function 'f'"],
    ),
    ("int f(); int g(void) { return f(1, 2); }", []),
    ("void f(void) { int x; x = x = 1; x += x -= 1; }", []),
    ("enum { A = 1 } e; int f(void) { return e == A; }", []),
    (
        'int f(char *s) { return s[0] == "a"; }',
        ["1:30: warning: comparison between pointer and integer"],
    ),
    ("int f(void) { static int x = sizeof(x); return x; }", []),
    ("int f(void) { int x[3]; return sizeof(x) / sizeof(x[0]); }", []),
]


@pytest.mark.parametrize(("text", "expected"), DIAGNOSTICS, ids=range(len(DIAGNOSTICS)))
def test_diagnostics_like_gcc(text: str, expected: list[str]) -> None:
    assert diagnostics(text + "\n") == expected


@oracle.requires_oracle("gcc")
@pytest.mark.parametrize(("text", "expected"), DIAGNOSTICS, ids=range(len(DIAGNOSTICS)))
def test_diagnostics_agree_with_gcc(text: str, expected: list[str]) -> None:
    res = oracle.run_tool("gcc", ["-fsyntax-only", "c.c"], {"c.c": text + "\n"})
    said = [
        line.replace("\u2018", "'").replace("\u2019", "'").split(" [-W")[0][len("c.c:") :]
        for line in res.stderr.decode().splitlines()
        if line.startswith("c.c:") and (": error: " in line or ": warning: " in line)
    ]
    assert said == expected


# --- layout against gcc ---------------------------------------------------------------------

LAYOUT_TYPES = """
struct a { char c; int i; short s; };
struct b { char c; long l; char d; };
struct c { char c[3]; short s; };
struct d { long double x; char c; };
struct e { __int128 q; char c; };
struct f { int a : 3; int b : 5; int c : 30; char d; };
struct g { char a; int b : 4; char c : 4; long d : 40; };
struct h { unsigned a : 1; unsigned : 0; unsigned b : 1; };
struct i { char a; struct { short s; char t; } in; char z; };
union j { char c[5]; int i; short s; };
struct k { int n; char data[]; };
struct l { char c; union { int i; char x; }; struct { char p, q; }; };
struct __attribute__((packed)) m { char c; int i; long l; };
struct n { char c; } __attribute__((aligned(16)));
struct o { char c; _Alignas(8) char d; };
struct p { double d; float f; char c; };
struct q { _Bool b; unsigned long long u : 33; unsigned char z : 7; };
struct r { struct a arr[3]; char c; };
struct s { char c; int *p; void (*f)(void); };
struct t { short s : 9; short u : 9; char c : 2; };
union u { long l : 5; char c; };
struct v { char c; long : 0; char d; };
struct w { int a; char b : 3; char : 0; char c; };
typedef int aint __attribute__((aligned(16)));
struct x { char c; aint i; };
struct y { char c; int i __attribute__((aligned(8))); short s; } __attribute__((aligned(32)));
"""
LAYOUT_EXPRS = [
    "sizeof(struct a)", "_Alignof(struct a)", "__builtin_offsetof(struct a, s)",
    "sizeof(struct b)", "__builtin_offsetof(struct b, d)",
    "sizeof(struct c)", "__builtin_offsetof(struct c, s)",
    "sizeof(struct d)", "_Alignof(struct d)", "__builtin_offsetof(struct d, c)",
    "sizeof(struct e)", "_Alignof(struct e)",
    "sizeof(struct f)", "__builtin_offsetof(struct f, d)",
    "sizeof(struct g)", "_Alignof(struct g)",
    "sizeof(struct h)",
    "sizeof(struct i)", "__builtin_offsetof(struct i, in)", "__builtin_offsetof(struct i, in.t)",
    "__builtin_offsetof(struct i, z)",
    "sizeof(union j)", "_Alignof(union j)",
    "sizeof(struct k)", "__builtin_offsetof(struct k, data)",
    "sizeof(struct l)", "__builtin_offsetof(struct l, i)", "__builtin_offsetof(struct l, q)",
    "sizeof(struct m)", "__builtin_offsetof(struct m, l)", "_Alignof(struct m)",
    "sizeof(struct n)", "_Alignof(struct n)",
    "sizeof(struct o)", "__builtin_offsetof(struct o, d)",
    "sizeof(struct p)", "__builtin_offsetof(struct p, c)",
    "sizeof(struct q)", "_Alignof(struct q)",
    "sizeof(struct r)", "__builtin_offsetof(struct r, arr[2].s)", "__builtin_offsetof(struct r, c)",
    "sizeof(struct s)", "__builtin_offsetof(struct s, f)",
    "sizeof(struct t)", "sizeof(union u)", "_Alignof(union u)",
    "sizeof(struct v)", "__builtin_offsetof(struct v, d)",
    "sizeof(struct w)", "__builtin_offsetof(struct w, c)",
    "sizeof(struct x)", "_Alignof(aint)", "sizeof(aint)", "sizeof(struct y)",
    "__builtin_offsetof(struct y, s)", "_Alignof(struct y)",
    "sizeof(long double)", "_Alignof(long double)", "sizeof(__int128)", "_Alignof(long long)",
    "sizeof(_Bool)", "sizeof(void *)", "sizeof(long)", "sizeof(wchar)",
    "sizeof(int[3][5])", "sizeof(char *[4])", "sizeof(\"abc\")", "sizeof(L\"ab\")",
]  # fmt: skip
LAYOUT_SOURCE = (
    "typedef int wchar;\n" + LAYOUT_TYPES + "long v[] = {\n"
    + "".join(f"  {e},\n" for e in LAYOUT_EXPRS) + "};\n"
)  # fmt: skip


def our_values(source: str) -> list[int]:
    (decl,) = [item for item in program(source).items
               if isinstance(item, ast.VarDecl) and item.obj.name == "v"]  # fmt: skip
    assert decl.init is not None
    values = []
    for item in decl.init.items:
        assert isinstance(item.value, ast.IntLit)
        values.append(item.value.value)
    return values


@oracle.requires_oracle("gcc")
def test_layout_like_gcc() -> None:
    res = oracle.run_tool("gcc", ["-S", "-O0", "lay.c", "-o", "lay.s"],
                          {"lay.c": LAYOUT_SOURCE}, outputs=["lay.s"]).check()  # fmt: skip
    text = res.output("lay.s").read_text()
    block = text.split("\nv:\n", 1)[1]
    gcc = [int(m) for m in re.findall(r"^\s*\.dword\s+(-?\d+)", block, re.M)][: len(LAYOUT_EXPRS)]
    ours = our_values(LAYOUT_SOURCE)
    assert dict(zip(LAYOUT_EXPRS, ours, strict=True)) == dict(zip(LAYOUT_EXPRS, gcc, strict=True))


def test_layout_without_gcc() -> None:
    # a few values known by heart, so the layout is tested even with no oracle
    values = dict(zip(LAYOUT_EXPRS, our_values(LAYOUT_SOURCE), strict=True))
    assert values["sizeof(struct a)"] == 12
    assert values["__builtin_offsetof(struct b, d)"] == 16
    assert values["sizeof(struct m)"] == 13
    assert values["sizeof(struct n)"] == 16
    assert values["sizeof(long double)"] == 16
    assert values['sizeof("abc")'] == 4


def test_bitfield_members() -> None:
    tag = ctype.RecordTag("struct", "bf", 1)
    fields = [ctype.FieldDecl("a", ctype.INT, 3), ctype.FieldDecl("b", ctype.INT, 30),
              ctype.FieldDecl("c", ctype.CHAR, 4)]  # fmt: skip
    ctype.layout(tag, fields)
    assert tag.members is not None
    assert [(m.offset, m.bit_offset, m.bit_width) for m in tag.members] == [
        (0, 0, 3), (4, 0, 30), (8, 0, 4)]  # fmt: skip
    assert (tag.size, tag.align) == (12, 4)


# --- the type rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "common"),
    [
        (ctype.CHAR, ctype.CHAR, ctype.INT),
        (ctype.SHORT, ctype.USHORT, ctype.INT),
        (ctype.INT, ctype.UINT, ctype.UINT),
        (ctype.LONG, ctype.UINT, ctype.LONG),
        (ctype.ULONG, ctype.LLONG, ctype.ULLONG),
        (ctype.LLONG, ctype.ULONG, ctype.ULLONG),
        (ctype.INT, ctype.LLONG, ctype.LLONG),
        (ctype.BOOL, ctype.BOOL, ctype.INT),
        (ctype.INT, ctype.FLOAT, ctype.FLOAT),
        (ctype.FLOAT, ctype.DOUBLE, ctype.DOUBLE),
        (ctype.LDOUBLE, ctype.ULLONG, ctype.LDOUBLE),
        (ctype.UINT128, ctype.LONG, ctype.UINT128),
    ],
)
def test_usual_arithmetic_conversions(a: ctype.Type, b: ctype.Type, common: ctype.Type) -> None:
    assert ctype.usual_arithmetic(a, b) == common
    assert ctype.usual_arithmetic(b, a) == common


def test_promotions_and_enums() -> None:
    assert ctype.promote(ctype.UCHAR) == ctype.INT
    assert ctype.promote(ctype.USHORT.qualified(ctype.CONST)) == ctype.INT
    assert ctype.promote(ctype.UINT) == ctype.UINT
    text = dump("enum e { A, B }; enum n { M = -1 }; int f(enum e x, enum n y) { return x + y; }")
    assert "Binary + 'unsigned int'" in text  # enum e is unsigned int, enum n int


def test_compatibility() -> None:
    f1 = ctype.Function(ctype.INT, (ctype.INT,))
    f2 = ctype.Function(ctype.INT, (), prototyped=False)
    f3 = ctype.Function(ctype.INT, (ctype.CHAR,))
    assert ctype.compatible(f1, f2) and not ctype.compatible(f2, f3)
    assert ctype.compatible(ctype.Array(ctype.INT, None), ctype.Array(ctype.INT, 3))
    assert not ctype.compatible(ctype.Array(ctype.INT, 2), ctype.Array(ctype.INT, 3))
    assert not ctype.compatible(ctype.Pointer(ctype.CHAR), ctype.Pointer(ctype.UCHAR))
    assert not ctype.compatible(ctype.INT, ctype.INT.qualified(ctype.CONST))


def test_plain_char_is_unsigned_unless_asked() -> None:
    from groundup.cc import parse
    from groundup.cc.tokenize import LexOptions, convert, scan
    from groundup.cc.typecheck import Options
    from groundup.diag import Reporter, Source

    text = 'int f(char c) { return c < 0; }\nchar s[] = "\\377";\n'
    assert dump(text).count("IntLit 0 'int'") == 1  # plain char: unsigned, promoted to int
    reporter = Reporter()
    tokens = convert(scan(Source("t.c", text), reporter), reporter, LexOptions(signed_char=True))
    prog = parse.parse(tokens, reporter, Options(signed_char=True))
    assert ctype.as_int(prog.objects[1].type.of).signed  # type: ignore[attr-defined]


# --- scopes and linkage -------------------------------------------------------------------------


def test_linkage_and_tentative_definitions() -> None:
    prog = program(
        "int a; int a; int a = 3;\n"
        "static int b; extern int b;\n"
        "extern int c;\n"
        "int d[];\n"
        "static int e(void);\n"
        "int f(void) { extern int a; static int s = 1; int l = s; return l + a; }\n"
    )
    objects = {obj.name: obj for obj in prog.objects}
    assert objects["a"].linkage is ast.Linkage.EXTERNAL and objects["a"].defined
    assert objects["b"].linkage is ast.Linkage.INTERNAL
    assert objects["c"].storage is ast.Storage.EXTERN and not objects["c"].defined
    assert str(objects["d"].type) == "int[1]"  # a tentative array gets one element
    assert objects["e"].linkage is ast.Linkage.INTERNAL
    defined = [item.obj.name for item in prog.items if isinstance(item, ast.VarDecl)]
    assert sorted(defined) == ["a", "b", "d"]
    (func,) = [item for item in prog.items if isinstance(item, ast.FuncDef)]
    assert [d.obj.name for d in func.statics] == ["s"]
    assert [o.name for o in func.locals] == ["l"]


def test_block_scopes_hide_and_restore() -> None:
    text = dump("int x = 1; int f(void) { int x = 2; { int x = 3; } return x; }")
    assert "Return\n      VarRef x#3 'int'" in text


def test_redeclaration_completes_types() -> None:
    types = declared("int a[]; int a[4]; int f(); int f(int x);")
    assert types == {"a": "int[4]", "f": "int(int)"}


def test_each_undeclared_name_is_reported_once_per_function() -> None:
    assert diagnostics("int f(void) { return y + y * y; }\nint g(void) { return y; }\n") == [
        "1:22: error: 'y' undeclared (first use in this function)",
        "2:22: error: 'y' undeclared (first use in this function)",
    ]


def test_implicit_declaration_then_call() -> None:
    assert diagnostics("int f(void) { return g(1) + g(2); }\n") == [
        "1:22: warning: implicit declaration of function 'g'",
        "1:29: warning: implicit declaration of function 'g'",
    ]


# --- initializers ---------------------------------------------------------------------------------


def items(text: str, name: str) -> list[tuple[int, str, str]]:
    """(offset, type, value) of each item of the initializer of file-scope `name`."""
    for item in program(text).items:
        if isinstance(item, ast.VarDecl) and item.obj.name == name:
            assert item.init is not None
            out = []
            for i in item.init.items:
                v = i.value
                shown = (str(v.value) if isinstance(v, ast.IntLit | ast.FloatLit)
                         else f"&{v.target.name}+{v.offset}" if isinstance(v, ast.AddressConst)
                         and isinstance(v.target, ast.Object) else type(v).__name__)  # fmt: skip
                out.append((i.offset, str(i.type), shown))
            return out
    raise AssertionError(name)


def test_nested_braces_and_elision() -> None:
    text = "struct p { int x; short y[2]; }; struct p v[2] = { 1, 2, 3, { 4, { 5 } } };"
    assert items(text, "v") == [
        (0, "int", "1"), (4, "short int", "2"), (6, "short int", "3"),
        (8, "int", "4"), (12, "short int", "5"),
    ]  # fmt: skip


def test_designators() -> None:
    text = (
        "struct q { int a, b; int c[3]; };\n"
        "struct q v = { .c[1] = 7, .a = 1, 2, .c = { [2] = 9 } };\n"
        "int w[] = { [3] = 1, [1 ... 2] = 5 };\n"
    )
    assert items(text, "v") == [(0, "int", "1"), (4, "int", "2"), (16, "int", "9")]
    assert items(text, "w") == [(4, "int", "5"), (8, "int", "5"), (12, "int", "1")]
    assert declared(text)["w"] == "int[4]"


def test_strings_unions_bitfields() -> None:
    text = (
        'struct s { char name[4]; int n; } v = { "ab", 3 };\n'
        "union u { char c; int i; } w = { .i = 258 };\n"
        "struct b { int a : 3, b : 5; } x = { 1, 2 };\n"
        "char m[2][3] = { \"ab\", \"cd\" };\n"
    )  # fmt: skip
    assert items(text, "v") == [(0, "char[4]", "StringLit"), (4, "int", "3")]
    assert items(text, "w") == [(0, "int", "258")]
    assert items(text, "x") == [(0, "int", "1"), (0, "int", "2")]
    assert items(text, "m") == [(0, "char[3]", "StringLit"), (3, "char[3]", "StringLit")]
    assert errors(text + "int *p = &x.b;\n") == [
        "5:10: error: cannot take address of bit-field 'b'"
    ]


def test_address_constants() -> None:
    text = (
        "struct s { int a; int b[4]; } g;\n"
        "int *p = &g.b[2];\n"
        "char *q = (char *)&g + 3;\n"
        "long n = (long)&g;\n"
        "int (*f)(void) = 0;\n"
        "void h(void); void (*hp)(void) = h;\n"
    )
    assert items(text, "p") == [(0, "int *", "&g+12")]
    assert items(text, "q") == [(0, "char *", "&g+3")]
    assert items(text, "n") == [(0, "long int", "&g+0")]
    assert items(text, "f") == [(0, "int (*)(void)", "0")]
    assert items(text, "hp") == [(0, "void (*)(void)", "&h+0")]


# --- constant expressions ---------------------------------------------------------------------


def test_constant_folding() -> None:
    text = (
        "enum { A = 1 << 4, B, C = -1u / 2, D = (3 > 2) ? 10 : 20, E = sizeof(int[A]) };\n"
        "int v[] = { A, B, C, D, E, -7 / 2, -7 % 2, (unsigned char)300, 1 ? 2 : 1 / 0 };\n"
        "long big = 0x7fffffff + 1L;\nunsigned u = -1;\nchar c = 'a' + 1;\n"
    )  # fmt: skip
    assert [v for _, _, v in items(text, "v")] == [
        "16", "17", "2147483647", "10", "64", "-3", "-1", "44", "2"]  # fmt: skip
    assert items(text, "big") == [(0, "long int", "2147483648")]
    assert items(text, "u") == [(0, "unsigned int", "4294967295")]
    assert items(text, "c") == [(0, "char", "98")]


def test_case_values_are_converted_to_the_switch_type() -> None:
    text = dump("int f(unsigned char c) { switch (c) { case 256 + 1: return 1; } return 0; }")
    assert "Case 257" in text  # promoted to int: 257 stays 257


# --- builtins ------------------------------------------------------------------------------------


def test_builtins_have_types() -> None:
    text = dump(
        "typedef __builtin_va_list va_list;\n"
        "int f(int n, ...) {\n"
        "  va_list ap; __builtin_va_start(ap, n);\n"
        "  int x = __builtin_va_arg(ap, int); __builtin_va_end(ap);\n"
        "  int y; __atomic_store_n(&y, x, 5); long z = __atomic_fetch_add(&z, 1, 5);\n"
        "  return __builtin_expect(x, 0) + __builtin_clz(8u) + y + (int)z;\n"
        "}\n"
    )
    assert "Builtin __builtin_va_start 'void'" in text
    assert "VaArg 'int'" in text
    assert "Builtin __atomic_store_n 'void'" in text
    assert "Builtin __atomic_fetch_add 'long int'" in text
    assert "VarRef __builtin_expect#" in text


# --- the C corpus of tests/cc (written for the whole compiler) ----------------------------------

CC = Path(__file__).resolve().parent / "cc"
CC_VALID = sorted((CC / "valid").glob("*.c"))
CC_INVALID = sorted(p for p in (CC / "invalid").glob("*.c") if p.name.startswith(("sem_", "syn_")))
# Where gcc's place for a message comes from its internals in a way not worth copying.
CC_KNOWN = {"sem_88_cast_struct_to_int.c": "gcc shows it at the 'return' keyword"}
_HEADER = re.compile(r"// (error|fatal error|error-contains): (\d+)(?::(\d+))?: (.*)")


def front_end(
    path: Path, kinds: tuple[str, ...] = ("error", "fatal error")
) -> list[tuple[int, int, str]]:
    """(line, col, message) of each error `-fsyntax-only -std=c17` gives for a file."""
    from groundup.cc import driver, tool
    from groundup.diag import CompileError, Reporter

    flags = tool.parse_args(["-Wall", "-fsyntax-only", "-std=c17",
                             f"-I{CC / 'valid' / 'include'}", str(path)])  # fmt: skip
    reporter = Reporter()
    with contextlib.suppress(CompileError):
        driver.syntax_tree(tool.make_job(flags), reporter)
    return [(d.pos.line, d.pos.col, d.message) for d in reporter.diagnostics
            if d.severity in kinds and d.pos is not None]  # fmt: skip


@pytest.mark.skipif(not CC_VALID, reason="no tests/cc corpus")
@pytest.mark.parametrize("path", CC_VALID, ids=lambda p: p.name)
def test_cc_valid_programs_type_check(path: Path) -> None:
    # gcc compiles them with -Wall -Werror: no warning here either
    assert front_end(path, ("error", "fatal error", "warning")) == []


@pytest.mark.skipif(not CC_INVALID, reason="no tests/cc corpus")
@pytest.mark.parametrize("path", CC_INVALID, ids=lambda p: p.name)
def test_cc_invalid_programs_first_error_like_gcc(path: Path) -> None:
    if path.name in CC_KNOWN:
        pytest.xfail(CC_KNOWN[path.name])
    m = _HEADER.match(path.read_text().splitlines()[0])
    assert m is not None
    kind, line, col, message = m.groups()
    found = front_end(path)
    assert found, "no error"
    got_line, got_col, got_message = found[0]
    assert got_line == int(line)
    if col is not None:
        assert got_col == int(col)
    if kind == "error-contains":
        assert message in got_message
    else:
        assert got_message == message


# --- the typed AST is complete: what lowering may rely on ----------------------------------------


def _children(node: object) -> list[object]:
    out: list[object] = []
    for name in getattr(node, "__dataclass_fields__", {}):
        if name in ("type", "pos", "obj", "member", "optype", "of", "target"):
            continue
        value = getattr(node, name)
        if isinstance(value, tuple):
            out.extend(value)
        elif isinstance(value, ast.Expr | ast.Stmt | ast.Initializer | ast.InitItem | ast.VarDecl):
            out.append(value)
        elif isinstance(value, ast.AsmOperand):
            out.append(value.expr)
    return [c for c in out if not isinstance(c, str | int)]


def check_expr(e: ast.Expr) -> None:  # noqa: C901 - one match over the node kinds
    """The invariants sema promises for one expression node."""
    t = e.type.unqual()
    assert not isinstance(t, ctype.Invalid), e
    whole = (ast.Decay, ast.AddrOf, ast.MemberOf, ast.StmtExpr, ast.Assign, ast.IncDec,
             ast.CompoundAssign, ast.Comma, ast.Cast, ast.Asm)  # fmt: skip
    for child in _children(e):
        if isinstance(child, ast.Expr) and not isinstance(e, whole):
            assert not isinstance(child.type, ctype.Array | ctype.Function), (e, child)
    match e:
        case ast.Decay(operand=x):
            assert isinstance(x.type, ctype.Array | ctype.Function) and isinstance(t, ctype.Pointer)
        case ast.Binary(op=op, lhs=a, rhs=b) if op in ("*", "/", "%", "&", "|", "^"):
            assert a.type.unqual() == b.type.unqual() == t, e
        case ast.Binary(op="+" | "-", lhs=a, rhs=b) if isinstance(t, ctype.Pointer):
            assert a.type.unqual() == t and b.type.unqual() in (ctype.LONG, ctype.ULONG), e
        case ast.Binary(op="-", lhs=a, rhs=b) if isinstance(a.type.unqual(), ctype.Pointer):
            assert t == ctype.LONG and isinstance(b.type.unqual(), ctype.Pointer), e
        case ast.Binary(op="+" | "-", lhs=a, rhs=b):
            assert a.type.unqual() == b.type.unqual() == t, e
        case ast.Binary(op="<<" | ">>", lhs=a):
            assert a.type.unqual() == t == ctype.promote(t), e
        case ast.Binary(op="==" | "!=" | "<" | "<=" | ">" | ">=", lhs=a, rhs=b):
            assert t == ctype.INT
            assert a.type.unqual() == b.type.unqual() or isinstance(a.type.unqual(), ctype.Pointer)
        case ast.Assign(target=x, value=v):
            assert v.type.unqual() == x.type.unqual() == t, e
        case ast.Call(func=f, args=args):
            p = f.type.unqual()
            assert isinstance(p, ctype.Pointer) and isinstance(p.to, ctype.Function), e
            if p.to.prototyped:
                for arg, param in zip(args, p.to.params, strict=False):
                    assert arg.type.unqual() == param.unqual(), (e, arg, param)
        case ast.Cond(then=a, other=b) if not isinstance(t, ctype.Void):
            assert a.type.unqual() == b.type.unqual() == t, e


def check_tree(node: object) -> int:
    count = 0
    if isinstance(node, ast.Expr):
        check_expr(node)
        count += 1
    if isinstance(node, ast.Return) and node.value is not None:
        pass
    for child in _children(node):
        count += check_tree(child)
    return count


@pytest.mark.parametrize("path", CC_VALID, ids=lambda p: p.name)
def test_typed_ast_invariants(path: Path) -> None:
    from groundup.cc import driver, tool
    from groundup.diag import Reporter

    flags = tool.parse_args(["-fsyntax-only", f"-I{CC / 'valid' / 'include'}", str(path)])
    prog = driver.syntax_tree(tool.make_job(flags), Reporter())
    assert sum(check_tree(item) for item in prog.items) > 0
    for item in prog.items:
        if isinstance(item, ast.FuncDef):
            ret = item.obj.type.ret  # type: ignore[attr-defined]
            for node in _walk(item.body):
                if (
                    isinstance(node, ast.Return)
                    and node.value is not None
                    and (not isinstance(ret, ctype.Void))
                ):
                    assert node.value.type.unqual() == ret.unqual(), node


def _walk(node: object) -> list[object]:
    out = [node]
    for child in _children(node):
        out.extend(_walk(child))
    return out


def test_floating_constants_fold_and_convert() -> None:
    text = (
        "double d = 1.0 / 4 + 2;\nfloat f = 1;\nint i = 2.7;\nlong double l = 1.5L;\n"
        "double inf = 1 / 0.0;\nunsigned char c = 300.5 - 100;\n"
    )  # fmt: skip
    assert items(text, "d") == [(0, "double", "2.25")]
    assert items(text, "f") == [(0, "float", "1.0")]
    assert items(text, "i") == [(0, "int", "2")]
    assert items(text, "l") == [(0, "long double", "1.5")]
    assert items(text, "inf") == [(0, "double", "inf")]
    assert items(text, "c") == [(0, "unsigned char", "200")]


def test_floating_expressions_are_typed() -> None:
    text = dump("double f(float x, int n) { return x * n + 1.0f; }")
    assert "Binary * 'float'" in text and "Binary + 'float'" in text
    assert "ImplicitCast 'double'" in text


def test_inline_definitions() -> None:
    prog = program(
        "inline int a(void) { return 1; }\n"
        "inline int b(void) { return 2; } int b(void);\n"
        "extern inline int c(void) { return 3; }\n"
        "static inline int d(void) { return 4; }\n"
        "int e(void); inline int e(void) { return 5; }\n"
    )
    inline_only = {obj.name: obj.inline_definition for obj in prog.objects}
    assert inline_only == {"a": True, "b": False, "c": False, "d": False, "e": False}


# --- #pragma pack ----------------------------------------------------------------------

PACK_SOURCE = """\
#pragma pack(push)
#pragma pack(1)
struct p1 { char c; int i; long l; short s : 5; int b : 30; };
#pragma pack(pop)
struct p0 { char c; int i; };
#pragma pack(2)
struct p2 { char c; long l; int b : 20; char z; };
#pragma pack(push, outer, 4)
struct p4 { char c; double d; short s; };
#pragma pack(push, 1)
struct q1 { char c; int i; };
#pragma pack(pop, outer)
struct q2 { char c; int i; };
#pragma pack()
struct z { unsigned char f0; short : 0; };
_Pragma("pack(8)") struct p8 { char c; long double ld; };
#pragma pack(0x10)
struct p16 { char c; long double ld; };
#pragma pack()
long v[] = {
  sizeof(struct p1), __builtin_offsetof(struct p1, l), _Alignof(struct p1),
  sizeof(struct p0), sizeof(struct p2), __builtin_offsetof(struct p2, l), _Alignof(struct p2),
  __builtin_offsetof(struct p2, z), sizeof(struct p4), __builtin_offsetof(struct p4, s),
  sizeof(struct q1), sizeof(struct q2), sizeof(struct z), sizeof(struct p8),
  __builtin_offsetof(struct p8, ld), sizeof(struct p16),
};
"""
PACK_EXPECTED = [18, 5, 1, 8, 14, 2, 2, 13, 16, 12, 5, 6, 2, 24, 8, 32]  # gcc 12's


def pack_values(tmp: Path) -> tuple[list[int], str]:
    """v[] of PACK_SOURCE as groundup cc -S lays it out, and what it printed."""
    import io

    from groundup.cc import tool

    (tmp / "pack.c").write_text(PACK_SOURCE)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = tool.main(["-S", "-nostdinc", str(tmp / "pack.c"), "-o", str(tmp / "pack.s")])
    assert status == 0, err.getvalue()
    block = (tmp / "pack.s").read_text().split("\nv:\n", 1)[1]
    return [int(m) for m in re.findall(r"^\s*\.dword\s+(-?\d+)", block, re.M)], err.getvalue()


def test_pragma_pack_layouts(tmp_path: Path) -> None:
    values, printed = pack_values(tmp_path)
    assert values == PACK_EXPECTED
    assert printed == ""


@oracle.requires_oracle("gcc")
def test_pragma_pack_layouts_like_gcc() -> None:
    res = oracle.run_tool("gcc", ["-S", "-O0", "pack.c", "-o", "pack.s"],
                          {"pack.c": PACK_SOURCE}, outputs=["pack.s"]).check()  # fmt: skip
    block = res.output("pack.s").read_text().split("\nv:\n", 1)[1]
    assert [int(m) for m in re.findall(r"^\s*\.dword\s+(-?\d+)", block, re.M)] == PACK_EXPECTED


@pytest.mark.parametrize(
    ("line", "warning"),
    [
        ("#pragma pack 4", "missing '(' after '#pragma pack' - ignored"),
        ("#pragma pack(3)", "alignment must be a small power of two, not 3"),
        ("#pragma pack(pop)", "'#pragma pack (pop)' encountered without matching "
                              "'#pragma pack (push)'"),
        ("#pragma pack(pop, x)", "'#pragma pack(pop, x)' encountered without matching "
                                 "'#pragma pack(push, x)'"),
        ("#pragma pack(shove)", "unknown action 'shove' for '#pragma pack' - ignored"),
        ("#pragma pack(1", "malformed '#pragma pack' - ignored"),
    ],
)  # fmt: skip
def test_pragma_pack_mistakes_are_warnings(tmp_path: Path, line: str, warning: str) -> None:
    import io

    from groundup.cc import tool

    (tmp_path / "w.c").write_text(f"{line}\nstruct s {{ char c; int i; }};\n"
                                  "int v = sizeof(struct s);\n")  # fmt: skip
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = tool.main(["-S", "-nostdinc", str(tmp_path / "w.c"), "-o", str(tmp_path / "w.s")])
    assert status == 0
    assert f"warning: {warning}" in err.getvalue()
    assert re.search(r"^v:\n\s*\.word\s+8$", (tmp_path / "w.s").read_text(), re.M)


# --- -Wformat ---------------------------------------------------------------------------

FORMAT_SOURCE = """\
typedef unsigned long size_t;
typedef struct FILE FILE;
extern FILE *stderr;
int printf(const char *, ...);
int fprintf(FILE *, const char *, ...);
int snprintf(char *, size_t, const char *, ...);
int scanf(const char *, ...);
void logf_(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void logv(const char *fmt, __builtin_va_list ap) __attribute__((__format__(__printf__, 1, 0)));
struct s { int a; };
enum e { E1 };
void f(__builtin_va_list ap) {
  long l = 1; int i = 2; char c = 'x'; size_t z = 3; double d = 1.5; float fl = 2.5f;
  long long ll = 4; unsigned u = 5; short sh = 6; int *pi = &i; struct s st = {1};
  char buf[8]; enum e en = E1; unsigned char uc = 1; long double ld = 1;
  printf("%d %ld %zu %f %c %s %p %u %lld %Lf %hhu %n\\n", i, l, z, d, c, "s", (void *)pi, u, ll,
         ld, uc, pi);
  printf("%d\\n", l);
  printf("%ld\\n", ll);
  printf("%s\\n", i);
  printf("%f\\n", i);
  printf("%d %d\\n", i);
  printf("%d\\n", i, i);
  printf("%y\\n", i);
  printf("%*.*f|%hd|%hhx|%-+#08.3e|%%|%5s|%p\\n", 3, 2, fl, sh, c, d, buf, pi);
  printf("%lu\\n", z);
  printf("%d\\n", st);
  printf("100%");
  printf("%1$d\\n", i);
  printf("\\t\\x41\\101%ld\\n", i);
  printf("%u %x %d\\n", i, en, u);
  scanf("%d %ld %lf %f %7s %[^]x] %*d %c", pi, &l, &d, &fl, buf, buf, buf);
  scanf("%d", &l);
  scanf("%f", &d);
  logf_(1, "%s\\n", 42);
  logv("%d %s\\n", ap);
  logv("%q\\n", ap);
  fprintf(stderr, "%d\\n", "x");
  snprintf(buf, sizeof buf, "%x", d);
}
"""
FORMAT_WARNINGS = [  # gcc 12's, but for size_t's {aka ...}
    "18:12: format '%d' expects argument of type 'int', but argument 2 has type 'long int'",
    "19:13: format '%ld' expects argument of type 'long int', but argument 2 has type "
    "'long long int'",
    "20:12: format '%s' expects argument of type 'char *', but argument 2 has type 'int'",
    "21:12: format '%f' expects argument of type 'double', but argument 2 has type 'int'",
    "22:15: format '%d' expects a matching 'int' argument",
    "23:10: too many arguments for format",
    "24:12: unknown conversion type character 'y' in format",
    "24:10: too many arguments for format",
    "25:10: '0' flag ignored with '-' flag in gnu_printf format",
    "27:12: format '%d' expects argument of type 'int', but argument 2 has type 'struct s'",
    "28:14: spurious trailing '%' in format",
    "30:23: format '%ld' expects argument of type 'long int', but argument 2 has type 'int'",
    "33:11: format '%d' expects argument of type 'int *', but argument 2 has type 'long int *'",
    "34:11: format '%f' expects argument of type 'float *', but argument 2 has type 'double *'",
    "35:14: format '%s' expects argument of type 'char *', but argument 3 has type 'int'",
    "37:11: unknown conversion type character '\\x0a' in format",
    "38:21: format '%d' expects argument of type 'int', but argument 3 has type 'char *'",
    "39:31: format '%x' expects argument of type 'unsigned int', but argument 4 has type 'double'",
]


def format_warnings(args: list[str], tmp: Path) -> list[str]:
    import io

    from groundup.cc import tool

    (tmp / "f.c").write_text(FORMAT_SOURCE)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = tool.main([*args, "-fsyntax-only", "-nostdinc", str(tmp / "f.c")])
    assert status == 0, err.getvalue()
    return [line.split(": warning: ", 1)[0].split(":", 1)[1] + ": " + line.split(": warning: ")[1]
            for line in err.getvalue().splitlines() if ": warning: " in line]  # fmt: skip


def test_format_warnings_with_wall(tmp_path: Path) -> None:
    assert format_warnings(["-Wall"], tmp_path) == FORMAT_WARNINGS
    assert format_warnings([], tmp_path) == []  # as gcc: -Wformat comes with -Wall
    assert format_warnings(["-Wno-format", "-Wall"], tmp_path) == []
    assert format_warnings(["-Wformat"], tmp_path) == FORMAT_WARNINGS


@oracle.requires_oracle("gcc")
def test_format_warnings_like_gcc() -> None:
    res = oracle.run_tool("gcc", ["-Wall", "-Wno-unused", "-fsyntax-only", "f.c"],
                          {"f.c": FORMAT_SOURCE})  # fmt: skip
    said = [
        line.replace("\u2018", "'").replace("\u2019", "'").split(" [-W")[0][len("f.c:") :]
        for line in res.stderr.decode().splitlines()
        if line.startswith("f.c:") and ": warning: " in line
    ]
    assert [s.replace(": warning: ", ": ", 1) for s in said] == FORMAT_WARNINGS
