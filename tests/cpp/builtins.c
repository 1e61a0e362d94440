/* Builtin macros and operators (gcc 12 on riscv64 Linux). */
__FILE__ __LINE__ __BASE_FILE__ __FILE_NAME__ __INCLUDE_LEVEL__
__STDC__ __STDC_VERSION__ __STDC_HOSTED__ __GNUC__ __GNUC_MINOR__ __VERSION__
__riscv __riscv_xlen __LP64__ __CHAR_UNSIGNED__ __SIZEOF_LONG_DOUBLE__ __INT_MAX__
__SIZE_TYPE__ __INTMAX_C(7) __UINT64_C(8) __DBL_MAX__ __FLT_EPSILON__ __LDBL_MIN__
__has_attribute(nonnull) __has_attribute(__nonnull__) __has_attribute(no_such_thing)
__has_attribute(deprecated) __has_attribute(fallthrough) __has_attribute(gnu::packed)
__has_builtin(__builtin_expect) __has_builtin(__builtin_fclose) __has_builtin(printf)
__has_builtin(__builtin_memcpy) __has_builtin(__builtin_offsetof)
#if __has_include(<stdio.h>) && __has_include("builtins.c") && !__has_include(<no/such.h>)
has_include_ok
#endif
#if __STDC_VERSION__ >= 201710L && __GNUC__ >= 12 && __riscv_xlen == 64 && __LP64__
versions_ok
#endif
#if __SIZEOF_POINTER__ == 8 && __SIZEOF_INT__ == 4 && __WCHAR_MAX__ == 0x7fffffff
sizes_ok
#endif
#if __CHAR_BIT__ == 8 && __INT_MAX__ == 2147483647 && __LONG_MAX__ == 9223372036854775807L
limits_ok
#endif
#if defined __linux__ && defined __unix__ && defined linux && defined __ELF__
system_ok
#endif
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && __riscv_float_abi_double
endian_and_abi_ok
#endif
#ifdef __STDC_ISO_10646__
from_stdc_predef __STDC_ISO_10646__ __STDC_IEC_559__
#endif
