/* #if arithmetic (C17 6.10.1p4): every value is intmax_t or uintmax_t; the usual
   arithmetic conversions make a mixed operation unsigned. */
#define CHECK(n, e) n ## _ok
#if 1 + 2 * 3 == 7 && (1 + 2) * 3 == 9 && 7 / 2 == 3 && 7 % 3 == 1
arith_ok
#endif
#if -7 / 2 == -3 && -7 % 2 == -1 && 7 / -2 == -3 && 7 % -2 == 1
truncation_ok
#endif
#if -1 < 0 && !(-1 < 0u) && -1 > 0u
unsigned_promotion_ok
#endif
#if 0xffffffff > -1 && 0xffffffffffffffff < 0 == 0 && 0x7fffffffffffffff > 0
hex_ok
#endif
#if 4294967295 == 0xffffffff && 4294967296 > 0xffffffff
widths_ok
#endif
#if 18446744073709551615u == -1 && 18446744073709551615u + 1 == 0
wrap_ok
#endif
#if (1 ? -1 : 0u) > 0 && (0 ? 0u : -1) == 18446744073709551615u
ternary_type_ok
#endif
#if (1 << 62) > 0 && (1u << 63) > 0 && (1 << 10) == 1024 && (-8 >> 1) == -4
shift_ok
#endif
#if (1 << -1) == 0 && (2 >> -1) == 4 && (1u >> 64) == 0 && (-1 >> 70) == -1
odd_shift_ok
#endif
#if ~0 == -1 && ~0u == 18446744073709551615u && -0u == 0 && !0 == 1 && !5 == 0
unary_ok
#endif
#if (0x10 == 16) && (010 == 8) && (0b101 == 5) && 10L == 10 && 10ull == 10 && 0 == 0x0
bases_ok
#endif
#if 'a' == 97 && '\n' == 10 && '\0' == 0 && '\377' == 255 && '\x41' == 'A'
char_ok
#endif
#if 'ab' == 24930 && L'\xffffffff' < 0 && u'\xffff' > 0 && U'\xffffffff' > 0
wide_char_ok
#endif
#if (3 & 5) == 1 && (3 | 5) == 7 && (3 ^ 5) == 6 && (1, 2) == 2
bitwise_ok
#endif
#if 1 < 2 == 1 && 2 > 1 == 1 && (1 <= 1) + (1 >= 1) + (1 != 2) == 3
compare_ok
#endif
#if -9223372036854775807 - 1 < 0 && (-9223372036854775807 - 1) % -1 == 0
min_ok
#endif
#if undefined_name == 0 && undefined_name + 1 == 1 && !undefined_fn
identifiers_are_zero
#endif
#if true || false
#else
true_false_are_identifiers_in_c
#endif
#define ZERO 0
#define ONE 1
#define SUM ONE + ONE
#if SUM * 2 == 3
macros_are_text
#endif
#if (2 || 1 / 0) && !(0 && 1 / 0) && (1 ? 2 : 1 / 0) && (0 ? 1 / 0 : 3)
short_circuit_ok
#endif
#if 0
#elif 1 / ONE
elif_ok
#endif
#if 1
#elif 1 / 0
#endif
