int printf(const char *, ...);

#define ARCH_BITS 64
#define ENDIAN_LITTLE 1

#if ARCH_BITS == 16
#define NAME "tiny"
#elif ARCH_BITS == 32 && ENDIAN_LITTLE
#define NAME "small LE"
#elif ARCH_BITS == 32
#define NAME "small BE"
#elif ARCH_BITS == 64 && defined(ENDIAN_LITTLE) && (ENDIAN_LITTLE + 0) == 1
#define NAME "big LE"
#else
#define NAME "unknown"
#endif

#if defined NAME && !defined(UNUSED)
#define HAVE_NAME 1
#endif

int main(void) {
  printf("%s %d\n", NAME, HAVE_NAME);
#ifdef __riscv
  printf("riscv xlen %d\n", __riscv_xlen);
#endif
  return 0;
}
